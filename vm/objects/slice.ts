// slice: payload [start, stop, step] (any objects; None when omitted), and the index
// arithmetic every sequence shares (CPython's PySlice_Unpack + PySlice_AdjustIndices).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_SLICE } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import { intValue } from './int';
import { typeInfo } from './type_core';
import { intern } from './str_core';
import type { TypeDef } from '../runtime/typedef';
import { valueError, typeError } from '../runtime/errors';
import { index, reprJs, richCompare, hashOf } from '../runtime/protocol';
import { toBigInt } from './int_core';
import { newStr } from './str_core';
import { newTuple } from './tuple_core';
import { intFromBigInt, intFromNumber } from './int_core';
import { bindArgs, noKeywords } from './builtin_function';

export const SL_START = 2;
export const SL_STOP = 3;
export const SL_STEP = 4;

export function newSlice(start: number, stop: number, step: number): number {
  const r = alloc(L_SLICE, 3, SCAN_ALL);
  mem[r + SL_START] = start;
  mem[r + SL_STOP] = stop;
  mem[r + SL_STEP] = step;
  return r;
}

export function isSlice(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_SLICE;
}

function clampIndex(v: number): number {
  if ((v & 1) === 1) return v >> 1; // a small int: in range, no BigInt
  const b = toBigInt(sliceIndex(v));
  if (b > 9007199254740991n) return Number.MAX_SAFE_INTEGER;
  if (b < -9007199254740991n) return -Number.MAX_SAFE_INTEGER;
  return Number(b);
}

/** [start, stop, step, length] of slice s applied to a sequence of `len` items. */
export function sliceIndices(s: number, len: number): [number, number, number, number] {
  const stepV = mem[s + SL_STEP];
  let step = 1;
  if (stepV !== K.None) {
    step = clampIndex(stepV);
    if (step === 0) valueError('slice step cannot be zero');
  }
  const startV = mem[s + SL_START];
  const stopV = mem[s + SL_STOP];
  let start = startV === K.None ? (step < 0 ? Number.MAX_SAFE_INTEGER : 0) : clampIndex(startV);
  let stop = stopV === K.None ? (step < 0 ? -Number.MAX_SAFE_INTEGER : Number.MAX_SAFE_INTEGER) : clampIndex(stopV);
  if (start < 0) {
    start += len;
    if (start < 0) start = step < 0 ? -1 : 0;
  } else if (start >= len) start = step < 0 ? len - 1 : len;
  if (stop < 0) {
    stop += len;
    if (stop < 0) stop = step < 0 ? -1 : 0;
  } else if (stop >= len) stop = step < 0 ? len - 1 : len;
  let n = 0;
  if (step < 0) {
    if (stop < start) n = Math.floor((start - stop - 1) / -step) + 1;
  } else if (start < stop) n = Math.floor((stop - start - 1) / step) + 1;
  return [start, stop, step, n];
}

/** sliceIndices with exact integers (CPython's _PySlice_GetLongIndices): for slice.indices()
 *  and ranges, whose lengths may pass 2**53. */
export function sliceIndicesBig(s: number, len: bigint): [bigint, bigint, bigint] {
  const stepV = mem[s + SL_STEP];
  const step = stepV === K.None ? 1n : toBigInt(sliceIndex(stepV));
  if (step === 0n) valueError('slice step cannot be zero');
  const neg = step < 0n;
  const lower = neg ? -1n : 0n;
  const upper = neg ? len - 1n : len;
  const clamp = (v: number, dflt: bigint): bigint => {
    if (v === K.None) return dflt;
    let x = toBigInt(sliceIndex(v));
    if (x < 0n) {
      x += len;
      if (x < lower) x = lower;
    } else if (x > upper) x = upper;
    return x;
  };
  return [clamp(mem[s + SL_START], neg ? upper : lower), clamp(mem[s + SL_STOP], neg ? lower : upper), step];
}

function sliceIndex(v: number): number {
  if (intValue(v) !== null) return v;
  if (typeInfo(typeOf(v)).lookup(intern('__index__')) === 0) typeError('slice indices must be integers or None or have an __index__ method');
  return index(v);
}

export const sliceType: TypeDef = {
  name: 'slice',
  layout: L_SLICE,
  final: true,
  slots: {
    repr: (self) => newStr(`slice(${reprJs(mem[self + SL_START])}, ${reprJs(mem[self + SL_STOP])}, ${reprJs(mem[self + SL_STEP])})`),
    richcompare: (a, b, op) => {
      if (!isSlice(b)) return K.NotImplemented;
      const ta = newTuple([mem[a + SL_START], mem[a + SL_STOP], mem[a + SL_STEP]]);
      const tb = newTuple([mem[b + SL_START], mem[b + SL_STOP], mem[b + SL_STEP]]);
      return richCompare(ta, tb, op);
    },
    hash: () => typeError("unhashable type: 'slice'"),
    new: (_cls, args, kw) => {
      noKeywords('slice', kw);
      if (args.length === 0) typeError('slice expected at least 1 argument, got 0');
      if (args.length > 3) typeError(`slice expected at most 3 arguments, got ${args.length}`);
      if (args.length === 1) return newSlice(K.None, args[0], K.None);
      return newSlice(args[0], args[1], args.length === 3 ? args[2] : K.None);
    },
  },
  onearg: ['indices'],
  noargs: ['__reduce__'],
  attrs: { __hash__: () => K.None },
  methods: {
    __reduce__: (a) => newTuple([T.slice, newTuple([mem[a[0] + SL_START], mem[a[0] + SL_STOP], mem[a[0] + SL_STEP]])]),
    indices: (a) => {
      const n = toBigInt(index(a[1]));
      if (n < 0n) valueError('length should not be negative');
      const [start, stop, step] = sliceIndicesBig(a[0], n);
      return newTuple([intFromBigInt(start), intFromBigInt(stop), intFromBigInt(step)]);
    },
  },
  readonlyMembers: ['start', 'stop', 'step'],
  getters: {
    start: (self) => mem[self + SL_START],
    stop: (self) => mem[self + SL_STOP],
    step: (self) => mem[self + SL_STEP],
  },
};

export const _keep = [hashOf, bindArgs];
