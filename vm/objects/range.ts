// range: payload [start, stop, step, length] (int objects; immutable), its iterator and its
// sequence methods. Iteration over small ranges stays in tagged ints.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ITER, L_RANGE } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError, raise } from '../runtime/errors';
import { index, reprJs, tname, richEq } from '../runtime/protocol';
import { intFromBigInt, intFromNumber, toBigInt } from './int_core';
import { intValue, intHash } from './int';
import { intern, newStr } from './str_core';
import { typeInfo } from './type_core';
import { isSlice, sliceIndicesBig } from './slice';
import { builtinNamed, newIter, IT_POS, IT_SOURCE } from './iterators';
import { newTuple } from './tuple_core';
import { oneMethodArg } from './builtin_function';

import { RG_START, RG_STOP, RG_STEP, RG_LEN } from './range_layout';
export { RG_START, RG_STOP, RG_STEP, RG_LEN };

function big(v: number): bigint { return toBigInt(v); }

function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
  if (step > 0n) return start < stop ? (stop - start - 1n) / step + 1n : 0n;
  return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

export function newRange(start: bigint, stop: bigint, step: bigint): number {
  const r = alloc(L_RANGE, 4, SCAN_ALL);
  mem[r + RG_START] = intFromBigInt(start);
  mem[r + RG_STOP] = intFromBigInt(stop);
  mem[r + RG_STEP] = intFromBigInt(step);
  mem[r + RG_LEN] = intFromBigInt(rangeLength(start, stop, step));
  return r;
}

/** newRange of tagged small ints (the usual `range(n)`, `range(a, b)`, `range(a, b, k)`), in JS
 *  numbers instead of bigints: the same object (the length, below 2^32, may be a medium int).
 *  step is not 0 (the caller checked). */
export function newRangeSmall(start: number, stop: number, step: number): number {
  const s0 = start >> 1;
  const s1 = stop >> 1;
  const st = step >> 1;
  const n = st > 0 ? (s0 < s1 ? Math.floor((s1 - s0 - 1) / st) + 1 : 0) : (s0 > s1 ? Math.floor((s0 - s1 - 1) / -st) + 1 : 0);
  const r = alloc(L_RANGE, 4, SCAN_ALL);
  mem[r + RG_START] = start;
  mem[r + RG_STOP] = stop;
  mem[r + RG_STEP] = step;
  mem[r + RG_LEN] = intFromNumber(n);
  return r;
}

function rangeLen(r: number): number {
  const n = big(mem[r + RG_LEN]);
  if (n > 0x7fffffffffffffffn) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  return Number(n);
}

function rangeItem(r: number, i: bigint): number {
  return intFromBigInt(big(mem[r + RG_START]) + i * big(mem[r + RG_STEP]));
}

function isRange(v: number): boolean { return (v & 1) === 0 && (mem[v] & 0x7ff) === L_RANGE; }

/** The value of an int or bool (CPython's PyLong_CheckExact or bool), else null: an int
 *  subclass may define its own __eq__, so it is compared item by item. */
function exactIntValue(v: number): bigint | null {
  if ((v & 1) === 1) return intValue(v);
  const t = typeOf(v);
  return t === T.int || t === T.bool ? intValue(v) : null;
}

function contains(r: number, v: number): boolean {
  const x = exactIntValue(v);
  if (x === null) {
    const n = Number(big(mem[r + RG_LEN]));
    for (let i = 0; i < n; i++) if (richEq(rangeItem(r, BigInt(i)), v)) return true;
    return false;
  }
  const start = big(mem[r + RG_START]);
  const stop = big(mem[r + RG_STOP]);
  const step = big(mem[r + RG_STEP]);
  if (step > 0n ? x < start || x >= stop : x > start || x <= stop) return false;
  return (x - start) % step === 0n;
}

export const rangeType: TypeDef = {
  noargs: ['__reversed__'],
  onearg: ['count', 'index'],
  name: 'range',
  layout: L_RANGE,
  final: true,
  slots: {
    repr: (r) => {
      const step = big(mem[r + RG_STEP]);
      return newStr(`range(${reprJs(mem[r + RG_START])}, ${reprJs(mem[r + RG_STOP])}${step === 1n ? '' : ', ' + reprJs(mem[r + RG_STEP])})`);
    },
    len: rangeLen,
    bool: (r) => big(mem[r + RG_LEN]) !== 0n,
    iter: (r) => newIter(T.range_iterator, r),
    contains,
    getitem: (r, key) => {
      if (isSlice(key)) {
        const [start, stop, step] = sliceIndicesBig(key, big(mem[r + RG_LEN]));
        const s0 = big(mem[r + RG_START]);
        const st = big(mem[r + RG_STEP]);
        return newRange(s0 + start * st, s0 + stop * st, st * step);
      }
      let i = big(index(key));
      const n = big(mem[r + RG_LEN]);
      if (i < 0n) i += n;
      if (i < 0n || i >= n) indexError('range object index out of range');
      return rangeItem(r, i);
    },
    richcompare: (a, b, op) => {
      if ((op !== 2 && op !== 3) || !isRange(b)) return K.NotImplemented;
      const la = big(mem[a + RG_LEN]);
      let eq = la === big(mem[b + RG_LEN]);
      if (eq && la > 0n) {
        eq = big(mem[a + RG_START]) === big(mem[b + RG_START]) && (la === 1n || big(mem[a + RG_STEP]) === big(mem[b + RG_STEP]));
      }
      return eq === (op === 2) ? K.True : K.False;
    },
    hash: (r) => {
      const n = big(mem[r + RG_LEN]);
      const t = newTuple(n === 0n ? [intFromNumber(0), K.None, K.None] : n === 1n ? [intFromNumber(1), mem[r + RG_START], K.None] : [mem[r + RG_LEN], mem[r + RG_START], mem[r + RG_STEP]]);
      return intHash(BigInt(hashTuple(t)));
    },
    new: (_cls, args, kw) => {
      if (kw !== 0 && (mem[kw + 2] >> 1) > 0) typeError('range() takes no keyword arguments');
      if (args.length === 0) typeError('range expected at least 1 argument, got 0');
      if (args.length > 3) typeError(`range expected at most 3 arguments, got ${args.length}`);
      // tagged small ints (almost every call) without bigints
      const a0 = args[0], a1 = args.length > 1 ? args[1] : 3, a2 = args.length > 2 ? args[2] : 3;
      if ((a0 & a1 & a2 & 1) === 1 && a2 !== 1) return args.length === 1 ? newRangeSmall(1, a0, 3) : newRangeSmall(a0, a1, a2);
      const ints = args.map((a) => big(indexForRange(a)));
      if (ints.length === 1) return newRange(0n, ints[0], 1n);
      const step = ints.length === 3 ? ints[2] : 1n;
      if (step === 0n) valueError('range() arg 3 must not be zero');
      return newRange(ints[0], ints[1], step);
    },
  },
  methods: {
    count: (a) => {
      // an int (or bool) is in the range at most once; anything else is compared with each item
      if (exactIntValue(a[1]) !== null) return intFromNumber(contains(a[0], a[1]) ? 1 : 0);
      const n = Number(big(mem[a[0] + RG_LEN]));
      let c = 0;
      for (let i = 0; i < n; i++) if (richEq(rangeItem(a[0], BigInt(i)), a[1])) c++;
      return intFromNumber(c);
    },
    index: (a) => {
      const x = exactIntValue(a[1]);
      if (x === null) {
        const n = Number(big(mem[a[0] + RG_LEN]));
        for (let i = 0; i < n; i++) if (richEq(rangeItem(a[0], BigInt(i)), a[1])) return intFromNumber(i);
        return valueError('sequence.index(x): x not in sequence');
      }
      if (!contains(a[0], a[1])) valueError(`${reprJs(a[1])} is not in range`);
      return intFromBigInt((x - big(mem[a[0] + RG_START])) / big(mem[a[0] + RG_STEP]));
    },
    __reduce__: (a) => newTuple([T.range, newTuple([mem[a[0] + RG_START], mem[a[0] + RG_STOP], mem[a[0] + RG_STEP]])]),
    __reversed__: (a) => {
      const r = a[0];
      const n = big(mem[r + RG_LEN]);
      const st = big(mem[r + RG_STEP]);
      const last = big(mem[r + RG_START]) + (n - 1n) * st;
      return newIter(T.range_iterator, newRange(last, last - n * st, -st));
    },
  },
  readonlyMembers: ['start', 'stop', 'step'],
  getters: {
    start: (r) => mem[r + RG_START],
    stop: (r) => mem[r + RG_STOP],
    step: (r) => mem[r + RG_STEP],
  },
};

import { hashOf } from '../runtime/protocol';
function hashTuple(t: number): number { return hashOf(t); }

function indexForRange(v: number): number {
  if (intValue(v) !== null) return v;
  // (an __index__ that raises propagates its own exception)
  if (typeInfo(typeOf(v)).lookup(intern('__index__')) === 0) typeError(`'${tname(v)}' object cannot be interpreted as an integer`);
  return index(v);
}

export const rangeIteratorType: TypeDef = {
  name: 'range_iterator',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (self) => self,
    next: (self) => {
      const r = mem[self + IT_SOURCE];
      readBarrier(self); // the position is mutable (ranges are not)
      const i = mem[self + IT_POS] >> 1;
      const len = mem[r + RG_LEN];
      if ((len & 1) === 1) {
        if (i >= len >> 1) return 0;
        writeBarrier(self);
        mem[self + IT_POS] = ((i + 1) << 1) | 1;
        const s = mem[r + RG_START];
        const st = mem[r + RG_STEP];
        if ((s & st & 1) === 1) return intFromNumber((s >> 1) + i * (st >> 1));
        return rangeItem(r, BigInt(i));
      }
      // a range of 2^30 items or more: the position is an int object once it passes 2^30
      const p = big(mem[self + IT_POS]);
      if (p >= big(len)) return 0;
      writeBarrier(self);
      mem[self + IT_POS] = intFromBigInt(p + 1n);
      return rangeItem(r, p);
    },
  },
  noargs: ['__length_hint__', '__reduce__'],
  methods: {
    // (CPython 3.11: iter(range(...)) and the position; __setstate__ clamps it to [0, len])
    __reduce__: (a) => {
      readBarrier(a[0]);
      return newTuple([builtinNamed('iter'), newTuple([mem[a[0] + IT_SOURCE]]), mem[a[0] + IT_POS]]);
    },
    __setstate__: (a) => {
      oneMethodArg(a, '__setstate__');
      let i = toBigInt(index(a[1]));
      const n = big(mem[mem[a[0] + IT_SOURCE] + RG_LEN]);
      if (i < 0n) i = 0n;
      if (i > n) i = n;
      writeBarrier(a[0]);
      mem[a[0] + IT_POS] = intFromBigInt(i);
      return K.None;
    },
    __length_hint__: (a) => {
      const r = mem[a[0] + IT_SOURCE];
      readBarrier(a[0]);
      return intFromBigInt(big(mem[r + RG_LEN]) - big(mem[a[0] + IT_POS]));
    },
  },
};
