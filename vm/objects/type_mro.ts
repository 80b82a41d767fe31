// A class's MRO as CPython computes it (typeobject.c mro_invoke / mro_internal / mro_hierarchy):
// a metaclass's own mro() is called (at class creation and on `C.__bases__ = ...`), its result
// checked (classes only, of a layout the class can hold, not empty); a custom mro() that set the
// MRO again on the way (through `__bases__` assignment) wins over the result of the outer call.
// While the first mro() of a new class runs, `C.__mro__` is None and the class cannot be a base
// (CPython's tp_mro NULL); TY_MRO holds the C3 order then, so the VM's lookups keep working.
import { mem } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import { L_INSTANCE, L_TYPE } from '../runtime/layouts';
import { T, layoutOf, typeOf } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { callFound, iterToArray, tname } from '../runtime/protocol';
import { TY_BASES, TY_DICT, TY_LAYOUT, TY_MRO, TY_NSLOTS, mroOrError, typeInfo, typeModified, typeName } from './type_core';
import { intern } from './str_core';
import { newTuple, tupleItems } from './tuple_core';
import { dictGetStr } from './dict_core';
import { subclassesOf } from './type_watch';

/** New classes whose first mro() call has not returned (a class cannot die meanwhile: the
 *  caller holds it). */
const pending = new Set<number>();

export function mroPending(t: number): boolean { return pending.size > 0 && pending.has(t); }

/** type.mro(t): the C3 order of t's current bases. */
export function defaultMro(t: number): number[] {
  return mroOrError(t, tupleItems(mem[t + TY_BASES]));
}

/** CPython's mro_check: what a custom mro() returned must be classes whose instance layout t's
 *  instances have (a base with another builtin layout, or more slots, is unsuitable). */
function checkMro(t: number, mro: number[]): void {
  const layout = mem[t + TY_LAYOUT] >> 1;
  for (const c of mro) {
    if (layoutOf(c) !== L_TYPE) typeError(`mro() returned a non-class ('${tname(c)}')`);
    const l = mem[c + TY_LAYOUT] >> 1;
    if ((l !== L_INSTANCE && l !== layout) || mem[c + TY_NSLOTS] >> 1 > mem[t + TY_NSLOTS] >> 1) {
      typeError(`mro() returned base with unsuitable layout ('${typeName(c)}')`);
    }
  }
}

/** mro_invoke: the metaclass's mro() when it has its own, else C3. */
function invokeMro(t: number): number[] {
  const meta = typeOf(t);
  if (meta === T.type) return defaultMro(t);
  const f = typeInfo(meta).lookup(intern('mro'));
  if (f === dictGetStr(mem[T.type + TY_DICT], intern('mro'))) return defaultMro(t);
  const r = iterToArray(callFound(t, f, []));
  if (r.length === 0) typeError('type MRO must not be empty');
  checkMro(t, r);
  return r;
}

/** mro_internal: computes and sets t's MRO; false when a reentrant call set it meanwhile. */
function mroInternal(t: number): boolean {
  const old = mem[t + TY_MRO];
  const mro = invokeMro(t);
  if (mem[t + TY_MRO] !== old) return false;
  writeBarrier(t);
  mem[t + TY_MRO] = newTuple(mro);
  pending.delete(t);
  typeModified();
  return true;
}

/** A new class's MRO (type.__new__): TY_MRO already holds the C3 order of its bases. */
export function initMro(t: number): void {
  if (typeOf(t) === T.type) return;
  pending.add(t);
  try {
    mroInternal(t);
  } finally {
    pending.delete(t);
  }
}

/** mro_hierarchy: t's MRO and then its subclasses' again; `done` gets [class, new, old] for an
 *  undo. */
export function mroHierarchy(t: number, done: [number, number, number][]): void {
  const old = mem[t + TY_MRO];
  if (!mroInternal(t)) return;
  done.push([t, mem[t + TY_MRO], old]);
  for (const c of subclassesOf(t)) mroHierarchy(c, done); // (a copy: a custom mro() may change the list)
}

/** Undoes mroHierarchy's changes, newest first, except where a reentrant call set a newer MRO. */
export function undoMros(done: [number, number, number][]): void {
  for (let i = done.length - 1; i >= 0; i--) {
    const [c, now, old] = done[i];
    if (mem[c + TY_MRO] !== now) continue;
    writeBarrier(c);
    mem[c + TY_MRO] = old;
  }
  typeModified();
}
