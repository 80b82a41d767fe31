// BINARY_OP on an instance of a user class whose `__add__` (`__sub__`, `__mul__`, ...) is a
// Python function: the dunder runs as a frame of the dispatch loop (as an inlined __init__),
// instead of a nested run() below binaryOp -> generic slot -> callFound -> callObject (chaos's
// vector class spent ~13% of its time in that nesting). Only the cases where CPython's binary
// protocol reduces to "call type(a).__op__(a, b)" are taken: b of the very same class, or an
// exact int or float (no reflected method of b can come first: int and float are not subclasses
// of a user class, and their own slots are not the generic one), the class's slot being the
// generic one, no __iop__ for an in-place operator, and a plain function taking exactly
// (self, other), not a generator. a and b stay on the caller's value stack while the frame runs
// (FR_SP covers them, so collections trace them); when the frame returns (FF_BINOP),
// `binopReturn` replaces them by the result, or, when __op__ returned NotImplemented, finishes
// the protocol as binaryOp1/binaryOp would (b's slot, then the TypeError).
import { mem } from '../../stmgc/heap';
import { GC_OLD } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { CO_COROUTINE, CO_ITERABLE_COROUTINE, CO_ASYNC_GENERATOR, CO_GENERATOR } from '../../compiler/code';
import { L_FUNCTION, L_INSTANCE } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import { binopError } from '../runtime/protocol';
import { codeInfo } from '../objects/code';
import { intern, internGeneration } from '../objects/str_core';
import { FN_CODE } from '../objects/function';
import { BINOP_DUNDERS, genericBinarySlot, typeInfo, type TypeInfo } from '../objects/type_core';
import { isSimpleCall, newFrame } from './frame';
import { FF_BINOP, FR_CODE, FR_FLAGS, FR_LOCALSPLUS, FR_PC, FR_SP } from './frame_layout';

const CO_GEN_FLAGS = CO_GENERATOR | CO_COROUTINE | CO_ASYNC_GENERATOR | CO_ITERABLE_COROUTINE;
let names: number[] | null = null; // interned `__op__` names (pinned; rebuilt for a new VM)
let namesGen = -1;

/** A frame running type(a).__op__(a, b) for BINARY_OP `arg` (a a heap reference), or 0. */
export function binopFrame(a: number, b: number, arg: number): number {
  const m = mem;
  if ((m[a] & 0x7ff) !== L_INSTANCE) return 0;
  readBarrier(a); // the class word is assignable
  const ta = m[a + 2];
  const tb = typeOf(b);
  if (tb !== ta && tb !== T.int && tb !== T.float) return 0;
  const ti = typeInfo(ta);
  const known = ti.binops;
  const fn = known !== null && known[arg] !== -1 ? known[arg] : binopFunction(ti, arg);
  if (fn === 0) return 0;
  readBarrier(fn); // __code__ is assignable
  const ci = codeInfo(m[fn + FN_CODE]);
  if (!isSimpleCall(ci, 2) || (ci.flags & CO_GEN_FLAGS) !== 0) return 0;
  const f = newFrame(fn, ci);
  m[f + FR_LOCALSPLUS] = a;
  m[f + FR_LOCALSPLUS + 1] = b;
  m[f + FR_FLAGS] = (FF_BINOP << 1) | 1;
  return f;
}

/** The class's Python function for BINARY_OP `arg` when the operator reduces to calling it (the
 *  class's slot is the generic one; for an in-place operator, no `__iop__`), or 0; kept in the
 *  TypeInfo when it cannot move (TypeInfo.lookup's rule), so that a hit is one array load. */
function binopFunction(ti: TypeInfo, arg: number): number {
  const m = mem;
  const inplace = arg >= 13;
  const op = inplace ? arg - 13 : arg;
  const slots = ti.slots;
  let fn = 0;
  const g = slots.nb[op];
  if (!(inplace && slots.nbi[op] !== null) && g !== null && g === genericBinarySlot(op)) {
    if (names === null || namesGen !== internGeneration()) {
      names = BINOP_DUNDERS.map((d) => intern(`__${d}__`));
      namesGen = internGeneration();
    }
    const x = ti.lookup(names[op]);
    if (x !== 0 && (x & 1) === 0 && (m[x] & 0x7ff) === L_FUNCTION) fn = x;
  }
  if (fn === 0 || (m[fn] & GC_OLD) !== 0) {
    if (ti.binops === null) ti.binops = new Array<number>(26).fill(-1);
    ti.binops[arg] = fn;
  }
  return fn;
}

/** The FF_BINOP frame returned v to frame `f` (its registers saved): a, b on f's stack become
 *  the result. May raise (the caller's registers are f's, so the BINARY_OP raises). */
export function binopReturn(f: number, v: number): void {
  const m = mem;
  writeBarrier(f);
  const s = m[f + FR_SP] >> 1;
  if (v === K.NotImplemented) {
    const arg = codeInfo(m[f + FR_CODE]).words[(m[f + FR_PC] >> 1) - 1] >>> 8;
    v = binopRest(m[f + s - 2], m[f + s - 1], arg);
  }
  m[f + s - 2] = v;
  m[f + FR_SP] = ((s - 1) << 1) | 1;
}

/** binaryOp1 after a's slot gave NotImplemented (b's slot never came first here), then the
 *  TypeError of binaryOp / inplaceOp. */
function binopRest(a: number, b: number, arg: number): number {
  const inplace = arg >= 13;
  const op = inplace ? arg - 13 : arg;
  const ta = typeOf(a);
  const tb = typeOf(b);
  if (ta !== tb) {
    const w = typeInfo(tb).slots.nb[op];
    if (w !== null && w !== typeInfo(ta).slots.nb[op]) {
      const r = w(a, b);
      if (r !== K.NotImplemented) return r;
    }
  }
  return binopError(a, b, op, inplace);
}
