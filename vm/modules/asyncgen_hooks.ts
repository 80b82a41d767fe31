// sys.set_asyncgen_hooks / get_asyncgen_hooks (PEP 525) and their use by async generators. The
// hooks are per thread, as CPython's (kept in the thread state's dict TS_LOCALS under a private
// key). An async generator runs them once, when its first asend/athrow/aclose/__anext__
// awaitable is made: it calls `firstiter(agen)` and keeps `finalizer`, which the collector then
// calls with the generator instead of closing it (objects/gen_finalizer.ts). asyncio's loop uses
// them to close async generators left unfinished at the end of asyncio.run().
import { mem } from '../../stmgc/heap';
import { writeBarrier, readBarrier } from '../../stmgc/barriers';
import { K, T } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { reprJs, tname } from '../runtime/protocol';
import { makeBuiltinType, type TypeDef } from '../runtime/typedef';
import { L_BOXED } from '../runtime/layouts';
import { newBoxed } from '../objects/boxed';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { dictGetStr, dictSet, newDict } from '../objects/dict_core';
import { intern, newStr, strJs } from '../objects/str_core';
import { intFromNumber } from '../objects/int_core';
import { bindArgs } from '../objects/builtin_function';
import { ts, TS_LOCALS } from '../interp/thread';
import { callObject } from '../interp/call';
import { layoutOf, typeOf } from '../runtime/types';
import { L_FUNCTION, L_TYPE } from '../runtime/layouts';
import { typeInfo } from '../objects/type_core';
import { GEN_AG_FINALIZER } from '../objects/generator';

const HOOKS_KEY = '__asyncgen_hooks__';

/** This thread's (firstiter, finalizer), each a callable or None. */
function currentHooks(): [number, number] {
  const d = mem[ts + TS_LOCALS];
  const t = d === 0 ? 0 : dictGetStr(d, intern(HOOKS_KEY));
  return t === 0 ? [K.None, K.None] : [tupleItem(t, 0), tupleItem(t, 1)];
}

export function setAsyncgenHooks(args: number[], kwnames: number): number {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  if (args.length - nkw > 2) typeError(`function takes at most 2 arguments (${args.length - nkw} given)`);
  for (let k = 0; k < nkw; k++) {
    const name = strJs(tupleItem(kwnames, k));
    if (name !== 'firstiter' && name !== 'finalizer') typeError(`'${name}' is an invalid keyword argument for this function`);
  }
  const [firstiter, finalizer] = bindArgs('set_asyncgen_hooks', args, kwnames, ['firstiter?', 'finalizer?']);
  if (finalizer !== 0 && finalizer !== K.None && !isCallable(finalizer)) typeError(`callable finalizer expected, got ${tname(finalizer)}`);
  if (firstiter !== 0 && firstiter !== K.None && !isCallable(firstiter)) typeError(`callable firstiter expected, got ${tname(firstiter)}`);
  const [oldFirst, oldFinal] = currentHooks();
  let d = mem[ts + TS_LOCALS];
  if (d === 0) {
    d = newDict();
    writeBarrier(ts);
    mem[ts + TS_LOCALS] = d;
  }
  dictSet(d, intern(HOOKS_KEY), newTuple([firstiter === 0 ? oldFirst : firstiter, finalizer === 0 ? oldFinal : finalizer]));
  return K.None;
}

function isCallable(v: number): boolean {
  const l = layoutOf(v);
  return l === L_FUNCTION || l === L_TYPE || typeInfo(typeOf(v)).slots.call !== null;
}

let hooksType = 0;
const FIELDS = ['firstiter', 'finalizer'];
/** The asyncgen_hooks struct sequence class, made with the sys module (the same heap object on
 *  every worker, which replays the boot). */
export function makeAsyncgenHooksType(): void {
  {
    const def: TypeDef = {
      name: 'asyncgen_hooks',
      module: 'builtins',
      base: T.tuple,
      layout: L_BOXED,
      final: true,
      slots: {
        repr: (self) => newStr(`asyncgen_hooks(${FIELDS.map((f, i) => `${f}=${reprJs(tupleItem(mem[self + 4], i))}`).join(', ')})`),
      },
      getters: { firstiter: (self) => tupleItem(mem[self + 4], 0), finalizer: (self) => tupleItem(mem[self + 4], 1) },
      attrs: { n_fields: () => intFromNumber(2), n_sequence_fields: () => intFromNumber(2), n_unnamed_fields: () => intFromNumber(0) },
    };
    hooksType = makeBuiltinType(def);
  }
}
export function getAsyncgenHooks(): number {
  return newBoxed(hooksType, newTuple(currentHooks()));
}

/**
 * CPython's async_gen_init_hooks: once per async generator, before its first awaitable. Keeps
 * the finalizer (None when there is none) and calls firstiter(agen); returns whether the
 * collector must be told to finalize it (a finalizer was kept).
 */
export function initAsyncgenHooks(agen: number): boolean {
  readBarrier(agen);
  if (mem[agen + GEN_AG_FINALIZER] !== 0) return false;
  const [firstiter, finalizer] = currentHooks();
  writeBarrier(agen);
  mem[agen + GEN_AG_FINALIZER] = finalizer;
  if (firstiter !== K.None) callObject(firstiter, [agen], 0);
  return finalizer !== K.None;
}
