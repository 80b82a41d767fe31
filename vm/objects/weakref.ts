// weakref.ReferenceType (`weakref.ref`): a weak reference. The object is stmgc's TYPE_WEAKREF
// (stmgc/layout.ts, stmgc/weakrefs.ts): [class, __dict__, callback, pending link | referent,
// registry link, flags, hash]; the referent word is raw, so the collectors do not keep the referent
// alive and clear the word when it dies (at the next collection: there is no refcounting, see
// vm/NOTES.md "Weak references"). Subclasses (WeakMethod, KeyedRef, the proxies of lib/weakref.py)
// are the same object with their class in word 0 and their attributes in the __dict__.
// Callbacks never run inside the GC: the collectors queue the cleared references and
// runWeakCallbacks() calls them as guest code at the next safe point, and in gc.collect().
import { isArray } from './array_core';
import { mem } from '../../stmgc/heap';
import { workerSlot } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { TYPE_WEAKREF, WR_CALLBACK, WR_HASH, WR_KIND, WR_NEXT, WR_PENDING, WR_REFERENT, G_MAX_WORKERS } from '../../stmgc/layout';
import { newWeakref, takeWeakPending, weakCell, weakPending } from '../../stmgc/weakrefs';
import { becomeInevitable, inTransaction, isInevitable } from '../../stmgc/txn';
import { alloc, anyGcEpoch } from '../runtime/alloc';
import {
  L_ASYNCGEN, L_BUILTIN, L_BYTEARRAY, L_CODE, L_COROUTINE, L_DICT, L_EXCEPTION, L_FROZENSET, L_FUNCTION, L_GENERATOR, L_INSTANCE,
  L_LIST, L_METHOD, L_MODULE, L_SET, L_TYPE, L_STR, L_ITER, L_BOXED, L_COMPLEX,
} from '../runtime/layouts';
import { tupleLen } from './tuple_core';
import { itemSize } from './type_sizes';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, typeError } from '../runtime/errors';
import { CMP_EQ, CMP_NE, hashOf, reprJs, richCompare, tname, truthy } from '../runtime/protocol';
import { newStr, strJs, intern } from './str_core';
import { identity } from '../runtime/identity';
import { isSubtype, typeInfo, typeName } from './type_core';
import { defineBuiltin } from './builtin_function';
import { newProperty } from './descriptors';
import { makeGenericAlias } from './generic_alias';
import { callObject } from '../interp/call';
import { writeUnraisable } from '../runtime/unraisable';
import { addRoot, removeRoot } from '../../stmgc/roots';
import { isFinalizerRegistration, runFinalizer } from './finalizer';
import { getattr } from '../runtime/protocol';

/** Flags word: an exact `weakref.ref` without callback (CPython shares those), a cached hash. */
const WK_PLAIN = 1;
const WK_HASHED = 2;

export const wrReferent = (r: number): number => mem[r + 2 + WR_REFERENT];
export const isWeakref = (v: number): boolean => (v & 1) === 0 && v !== 0 && (mem[v] & 0x7ff) === TYPE_WEAKREF;

/** CPython's rule, by representation: instances of classes with a `__weakref__` descriptor (user
 *  classes, unless their __slots__ leave it out; subclasses of list/dict/bytearray/exceptions),
 *  and functions, classes, sets, modules, generators, code, methods and builtin functions. */
export function isWeakrefable(v: number): boolean {
  if ((v & 1) === 1 || v === 0) return false;
  const l = mem[v] & 0x7ff;
  switch (l) {
    case L_INSTANCE: case L_EXCEPTION: case L_LIST: case L_DICT: case L_BYTEARRAY:
      if (isArray(v)) return true; // (array.array: weakly referenceable as CPython's)
      // the classes made by a class statement that got a __weakref__ descriptor (or inherit one)
      return typeInfo(typeOf(v)).lookup(intern('__weakref__')) !== 0;
    case L_BOXED: // (subclasses of float, complex, str: CPython's rule is a base whose tp_itemsize is 0)
      return typeInfo(typeOf(v)).lookup(intern('__weakref__')) !== 0;
    case L_TYPE: case L_FUNCTION: case L_METHOD: case L_BUILTIN: case L_SET: case L_FROZENSET: case L_MODULE:
    case L_GENERATOR: case L_COROUTINE: case L_ASYNCGEN: case L_CODE:
      return true;
    case L_ITER: // (collections.deque and its subclasses: vm/objects/deque_core.ts; memoryview; functools.partial, lru_cache's wrapper; itertools._tee)
      return isDeque(v) || mem[v + 2] === T.memoryview || mem[v + 2] === T.partial || mem[v + 2] === T._lru_cache_wrapper || isSubtype(mem[v + 2], T.partial) || typeOf(v) === T.itertools__tee;
    default:
      return false;
  }
}

import { isDeque } from './deque_core';
export { weakrefsTo } from './weakref_index';
import { weakrefsTo } from './weakref_index';

/** ref.__new__ / proxy creation: a new weak reference of class `cls` (or the shared plain one). */
export function makeWeakref(cls: number, obj: number, callback: number): number {
  if (!isWeakrefable(obj)) typeError(`cannot create weak reference to '${isWeakref(obj) && typeOf(obj) === T.weakref ? 'weakref.ReferenceType' : tname(obj)}' object`);
  const cb = callback === K.None || callback === 0 ? 0 : callback;
  const plain = cls === T.weakref && cb === 0;
  if (plain) {
    const r = plainRefs().get(obj);
    if (r !== undefined && isWeakref(r) && wrReferent(r) === obj && (mem[r + 2 + WR_KIND] & WK_PLAIN) !== 0) return r;
  }
  const cell = weakCell(workerSlot);
  if (cell !== 0) writeBarrier(cell); // (the link is a transactional write of this slot's chain cell)
  const r = newWeakref(alloc, cls, obj, cb, plain ? WK_PLAIN : 0);
  if (plain) plainRefs().set(obj, r);
  return r;
}

// CPython shares the plain `ref(obj)` (no callback). Finding it on the chains would cost a walk
// of every weak reference (WeakKeyDictionary makes one per lookup), so each worker remembers the
// plain refs it made, by referent address, until its next collection or abort (anyGcEpoch); a
// hit is checked against the heap. A miss only means a second plain ref to the same object.
let plainMap = new Map<number, number>();
let plainEpoch = -1;
function plainRefs(): Map<number, number> {
  const e = anyGcEpoch();
  if (e !== plainEpoch) {
    plainMap = new Map();
    plainEpoch = e;
  }
  return plainMap;
}

/** The getter of `obj.__weakref__` (the first weak reference to obj, or None), a builtin made
 *  by the bootstrap; class creation (vm/objects/type.ts) puts a property with it in the dict of
 *  each class that gives its instances weak reference support, as CPython does. */
let weakrefGetter = 0;
export function initWeakrefAttr(): void {
  weakrefGetter = defineBuiltin('__weakref__', (a) => {
    const rs = weakrefsTo(a[0]);
    return rs.length > 0 ? rs[0] : K.None;
  });
}
/** The `__weakref__` descriptor for a new class, or 0 when it gets none: CPython adds one to a
 *  class whose bases give no weak reference support yet, unless its `__slots__` leave it out. */
export function weakrefDescriptorFor(layout: number, bases: number[], slotNames: number[] | null): number {
  if (weakrefGetter === 0) return 0;
  if (layout === L_BOXED || layout === L_COMPLEX) { // (complex's subclasses are boxed too)
    if (bases.length === 0 || itemSize(bases[0]) !== 0) return 0; // (int, tuple, bytes: tp_itemsize != 0)
  } else if (layout !== L_INSTANCE && layout !== L_EXCEPTION && layout !== L_LIST && layout !== L_DICT && layout !== L_BYTEARRAY) return 0;
  const name = intern('__weakref__');
  for (const b of bases) if (typeInfo(b).lookup(name) !== 0) return 0;
  if (slotNames !== null && !slotNames.some((s) => (s & 1) === 0 && (mem[s] & 0x7ff) === L_STR && strJs(s) === '__weakref__')) return 0;
  return newProperty(weakrefGetter, K.None, K.None, K.None, true);
}

function weakrefRepr(r: number): number {
  const at = `0x${identity(r).toString(16).padStart(12, '0')}`;
  readBarrier(r);
  const o = wrReferent(r);
  if (o === 0) return newStr(`<weakref at ${at}; dead>`);
  const oat = `0x${identity(o).toString(16).padStart(12, '0')}`;
  let name = '';
  try {
    const n = getattr(o, intern('__name__'));
    name = ` (${(n & 1) === 0 && (mem[n] & 0x7ff) !== 0 ? strJs(n) : reprJs(n)})`;
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
  }
  return newStr(`<weakref at ${at}; to '${typeName(typeOf(o))}' at ${oat}${name}>`);
}

export const weakrefType: TypeDef = {
  name: 'ReferenceType',
  module: 'weakref',
  layout: TYPE_WEAKREF,
  slots: {
    new: (cls, args, kwnames) => {
      if (kwnames !== 0 && cls === T.weakref) typeError('ref() takes no keyword arguments');
      // (a subclass's keywords are its __init__'s: CPython's weakref___new__ unpacks only the
      // positional arguments, which come before the keyword values in args)
      const n = args.length - (kwnames === 0 ? 0 : tupleLen(kwnames));
      if (n < 1 || n > 2) {
        typeError(`__new__ expected at ${n < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${n}`);
      }
      return makeWeakref(cls, args[0], n > 1 ? args[1] : K.None);
    },
    init: (_self, args, kwnames) => {
      // (CPython's weakref___init__ unpacks the positional arguments, 1 or 2, and ignores keywords)
      const n = args.length - (kwnames === 0 ? 0 : tupleLen(kwnames));
      if (n < 1 || n > 2) typeError(`__init__ expected at ${n < 1 ? 'least 1 argument' : 'most 2 arguments'}, got ${n}`);
    },
    call: (self, args) => {
      if (args.length !== 0) typeError(`weakref() takes no arguments (${args.length} given)`);
      readBarrier(self);
      const o = wrReferent(self);
      return o === 0 ? K.None : o;
    },
    hash: (self) => {
      if ((mem[self + 2 + WR_KIND] & WK_HASHED) !== 0) return mem[self + 2 + WR_HASH];
      readBarrier(self);
      const o = wrReferent(self);
      if (o === 0) typeError('weak object has gone away');
      const h = hashOf(o);
      // a cached value written once, the same by every writer (as str hashes): no barrier
      mem[self + 2 + WR_HASH] = h;
      mem[self + 2 + WR_KIND] |= WK_HASHED;
      return h;
    },
    richcompare: (a, b, op) => {
      if ((op !== CMP_EQ && op !== CMP_NE) || !isWeakref(b)) return K.NotImplemented;
      readBarrier(a);
      readBarrier(b);
      const x = wrReferent(a);
      const y = wrReferent(b);
      if (x === 0 || y === 0) return (a === b) === (op === CMP_EQ) ? K.True : K.False;
      return richCompare(x, y, op);
    },
    repr: weakrefRepr,
  },
  getters: {
    __callback__: (self) => {
      // (CPython drops the callback when it clears the reference)
      readBarrier(self);
      if (wrReferent(self) === 0) return K.None;
      const cb = mem[self + 2 + WR_CALLBACK];
      return cb === 0 ? K.None : cb;
    },
  },
  classmethods: {
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
};

/**
 * Runs what the collectors queued on the global pending list, each as guest code: first the
 * `__del__` of the finalizable objects found dead (finalizer.ts), then the callbacks of the weak
 * references they cleared, in the order the collector queued them (stmgc/weakrefs.ts
 * queueCleared: per object newest first, as CPython; CPython frees an object after its
 * `__del__`: its weak references call back after it). An exception is printed as CPython prints an unraisable one
 * and the others still run. Called at safe points of the outermost loop and by gc.collect().
 * Inside a transaction it becomes inevitable first: taking the list is not undone by an abort.
 * The taken list stays in a root slot until every entry ran: guest code may collect meanwhile.
 */
export function runWeakCallbacks(): void {
  if (!weakPending()) return;
  if (inTransaction() && !isInevitable()) becomeInevitable();
  const head = takeWeakPending();
  if (head === 0) return;
  const slot = addRoot(head);
  const due: number[] = [];
  for (let r = head; r !== 0; r = mem[r + 2 + WR_PENDING]) due.push(r); // (old objects: they do not move)
  try {
    for (const r of due) if (isFinalizerRegistration(r)) runFinalizer(r);
    for (const r of due) {
      if (isFinalizerRegistration(r)) continue;
      const cb = mem[r + 2 + WR_CALLBACK];
      if (cb === 0) continue;
      try {
        callObject(cb, [r], 0);
      } catch (e) {
        if (!(e instanceof PyException)) throw e;
        writeUnraisable(e.exc, cb);
      }
    }
  } finally {
    for (const r of due) mem[r + 2 + WR_PENDING] = 0;
    if (slot >= 0) removeRoot(slot);
  }
}

export const _keep = [truthy];
