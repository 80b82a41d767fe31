// The builtin iterator classes over sequences: list_iterator, tuple_iterator, str_iterator,
// range_iterator, list_reverseiterator, the generic `iterator` (old __getitem__ protocol) and
// callable_iterator (iter(f, sentinel)). One layout, L_ITER:
//   payload: [class, __dict__ (0), source, position (tagged), extra]
// The class word says which next() applies. position -1 marks an exhausted iterator.
// Iterators are mutable (their position): next() read-barriers the iterator before reading its
// position (advance() write-barriers it) and the source list before its length and items.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc, allocOld } from '../runtime/alloc';
import { L_ITER, L_LIST } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException } from '../runtime/errors';
import { getitem, isInstance, richEq, setSeqIterFactory } from '../runtime/protocol';
import { LI_ITEMS, LI_LEN, itemRead, itemsRead, listItem, listLen, listLenBounded, setReversedDrain } from './list_core';
import { TU_ITEMS } from './tuple_core';
import { charStr, strCodeAt, strLen } from './str_core';
import { intFromNumber } from './int_core';
import { callObject } from '../interp/call';
import { newSlice } from './slice';
import { dictGetStr } from './dict_core';
import { builtinsDictRef } from '../runtime/importer';
import { intern, newStr } from './str_core';
import { newTuple } from './tuple_core';
import { newList } from './list_core';
import { typeError } from '../runtime/errors';
import { indexNumber } from '../runtime/protocol';
import { oneMethodArg } from './builtin_function';

export const IT_SOURCE = 4;
export const IT_POS = 5;
export const IT_EXTRA = 6;

export function newIter(cls: number, source: number, pos = 0, extra = 0, old = false): number {
  const r = old ? allocOld(L_ITER, 5, SCAN_ALL) : alloc(L_ITER, 5, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + IT_SOURCE] = source;
  mem[r + IT_POS] = (pos << 1) | 1;
  mem[r + IT_EXTRA] = extra;
  return r;
}

export function newSeqIter(cls: number, source: number): number {
  return newIter(cls, source);
}

/** list_reverseiterator: -1 is "before the first item" (its next() ends the iteration), this
 *  is "ended" (pickled as an empty iterator, as CPython's dropped sequence). */
const REV_EXHAUSTED = -2;

export function newReversedIter(list: number): number {
  return newIter(T.list_reverseiterator, list, listLen(list) - 1);
}

/** The position word, after the read barrier (the source word changes only when the position
 *  becomes negative: releaseSource). */
function itPos(it: number): number {
  readBarrier(it);
  return mem[it + IT_POS] >> 1;
}

function advance(it: number, pos: number): void {
  writeBarrier(it);
  mem[it + IT_POS] = (pos << 1) | 1;
}

/** An exhausted iterator lets its iterable go, as CPython's (check_free_after_iterating: the
 *  iterable's `__del__` runs once the iteration ended). Its source word becomes None: every
 *  reader looks at the (negative) position first. After the iterator's write barrier. */
export function releaseSource(it: number): void {
  mem[it + IT_SOURCE] = K.None;
}

function exhaust(it: number, pos: number): void {
  advance(it, pos);
  releaseSource(it);
}

const selfIter = (self: number): number => self;
const lengthHint = (self: number, len: (s: number) => number): number => {
  const pos = itPos(self);
  return intFromNumber(pos < 0 ? 0 : Math.max(0, len(mem[self + IT_SOURCE]) - pos));
};

// ── pickling (as CPython): (iter, (seq,), index) and __setstate__(index); an exhausted
// iterator reduces to (iter, (empty,)) ──
export function builtinNamed(name: string): number {
  return dictGetStr(builtinsDictRef(), intern(name));
}

function seqReduce(empty: () => number, ctor = 'iter') {
  return (a: number[]): number => {
    // the builtins first: finding them may run code (a key's __eq__) that exhausts the iterator
    const iterFn = builtinNamed('iter');
    const ctorFn = ctor === 'iter' ? iterFn : builtinNamed(ctor);
    const pos = itPos(a[0]);
    if (pos < 0) return newTuple([iterFn, newTuple([empty()])]);
    return newTuple([ctorFn, newTuple([mem[a[0] + IT_SOURCE]]), intFromNumber(pos)]);
  };
}

function seqSetstate(len: (src: number) => number, reverse = false) {
  return (a: number[]): number => {
    oneMethodArg(a, '__setstate__');
    const it = a[0];
    if (reverse ? itPos(it) === REV_EXHAUSTED : itPos(it) < 0) return K.None;
    let i = indexNumber(a[1]);
    const n = len(mem[it + IT_SOURCE]);
    if (reverse) i = i < -1 ? -1 : i > n - 1 ? n - 1 : i;
    else i = i < 0 ? 0 : i > n ? n : i;
    advance(it, i);
    return K.None;
  };
}

function iterType(name: string, next: (self: number) => number, len?: (src: number) => number, empty?: () => number): TypeDef {
  const methods: TypeDef['methods'] = {};
  if (len) methods.__length_hint__ = (a) => lengthHint(a[0], len);
  if (len && empty) {
    methods.__reduce__ = seqReduce(empty);
    methods.__setstate__ = seqSetstate(len);
  }
  return {
    name,
    layout: L_ITER,
    final: true,
    slots: { iter: selfIter, next }, // (no instances from Python: typedef.ts)
    methods,
    noargs: len && empty ? ['__length_hint__', '__reduce__'] : len ? ['__length_hint__'] : [],
  };
}

export const listIteratorType = iterType('list_iterator', (self) => {
  const pos = itPos(self);
  const l = mem[self + IT_SOURCE];
  if (pos < 0 || pos >= listLenBounded(l)) {
    if (pos >= 0) exhaust(self, -1);
    return 0;
  }
  advance(self, pos + 1);
  const items = mem[l + LI_ITEMS];
  itemRead(items, pos); // a large vector is guarded per card
  return mem[items + 2 + pos];
}, (l) => listLen(l), () => newList([]));

/**
 * What a list_reverseiterator has left, in its order, taken at once (list.extend(reversed(L)),
 * list(reversed(L)): objects/list_core.ts listExtend) and the iterator exhausted, as its next()
 * called until the end would (no Python code runs meanwhile: the list cannot change); null when
 * `it` is not one. Copied in calls of 4 Ki items (V8 optimizes at a call; OSR is off).
 */
export function drainReversedList(it: number): number[] | null {
  if ((it & 1) === 1 || (mem[it] & 0x7ff) !== L_ITER || mem[it + 2] !== T.list_reverseiterator) return null;
  const pos = itPos(it);
  const l = mem[it + IT_SOURCE];
  if (pos < 0 || pos >= listLenBounded(l)) {
    if (pos !== REV_EXHAUSTED) exhaust(it, REV_EXHAUSTED);
    return [];
  }
  const a = mem[l + LI_ITEMS];
  itemsRead(a, 0, pos + 1);
  const out = new Array<number>(pos + 1);
  for (let k = 0; k <= pos; k += LOOP_CHUNK) reversedOut(out, a + 2 + pos, k, Math.min(pos + 1, k + LOOP_CHUNK));
  exhaust(it, REV_EXHAUSTED);
  return out;
}

function reversedOut(out: number[], last: number, k: number, end: number): void {
  for (; k < end; k++) out[k] = mem[last - k];
}
setReversedDrain(drainReversedList);
import { LOOP_CHUNK } from '../interp/osr_off';

export const listReverseIteratorType = iterType('list_reverseiterator', (self) => {
  const pos = itPos(self);
  const l = mem[self + IT_SOURCE];
  if (pos < 0 || pos >= listLenBounded(l)) {
    if (pos !== REV_EXHAUSTED) exhaust(self, REV_EXHAUSTED);
    return 0;
  }
  advance(self, pos - 1);
  return listItem(l, pos);
});
listReverseIteratorType.methods = {
  __length_hint__: (a) => {
    const pos = itPos(a[0]);
    return intFromNumber(pos < 0 || pos >= listLen(mem[a[0] + IT_SOURCE]) ? 0 : pos + 1);
  },
  __reduce__: (a) => {
    const iterFn = builtinNamed('iter');
    const reversedFn = builtinNamed('reversed');
    const pos = itPos(a[0]);
    if (pos === REV_EXHAUSTED) return newTuple([iterFn, newTuple([newList([])])]);
    return newTuple([reversedFn, newTuple([mem[a[0] + IT_SOURCE]]), intFromNumber(pos)]);
  },
  __setstate__: seqSetstate((l) => listLen(l), true),
};
listReverseIteratorType.noargs = ['__length_hint__', '__reduce__'];

export const tupleIteratorType = iterType('tuple_iterator', (self) => {
  const pos = itPos(self);
  const t = mem[self + IT_SOURCE];
  if (pos < 0 || pos >= mem[t + 2] >> 1) {
    if (pos >= 0) exhaust(self, -1);
    return 0;
  }
  advance(self, pos + 1);
  return mem[t + TU_ITEMS + pos];
}, (t) => mem[t + 2] >> 1, () => K.emptyTuple);

export const strIteratorType = iterType('str_iterator', (self) => {
  const pos = itPos(self);
  const s = mem[self + IT_SOURCE];
  if (pos < 0 || pos >= strLen(s)) {
    if (pos >= 0) exhaust(self, -1);
    return 0;
  }
  advance(self, pos + 1);
  return charStr(strCodeAt(s, pos));
}, (s) => strLen(s), () => newStr(''));

/** The old sequence protocol: obj[0], obj[1], ... until IndexError. */
export const seqIteratorType = iterType('iterator', (self) => {
  const pos = itPos(self);
  if (pos < 0) return 0;
  try {
    const v = getitem(mem[self + IT_SOURCE], intFromNumber(pos));
    advance(self, pos + 1);
    return v;
  } catch (e) {
    if (e instanceof PyException && (isInstance(e.exc, T.IndexError) || isInstance(e.exc, T.StopIteration))) {
      exhaust(self, -1);
      return 0;
    }
    throw e;
  }
});

// (iter, (seq,), index), or (iter, ((),)) once exhausted; __setstate__ takes index (< 0: 0)
seqIteratorType.methods = {
  __reduce__: (a) => {
    const iterFn = builtinNamed('iter');
    const pos = itPos(a[0]);
    if (pos < 0) return newTuple([iterFn, newTuple([K.emptyTuple])]);
    return newTuple([iterFn, newTuple([mem[a[0] + IT_SOURCE]]), intFromNumber(pos)]);
  },
  __setstate__: (a) => {
    oneMethodArg(a, '__setstate__');
    const i = indexNumber(a[1]);
    if (itPos(a[0]) >= 0) advance(a[0], i < 0 ? 0 : i);
    return K.None;
  },
};
seqIteratorType.noargs = ['__reduce__'];

function endCallIter(self: number): void {
  exhaust(self, -1);
  writeBarrier(self);
  mem[self + IT_EXTRA] = K.None;
}

/** iter(callable, sentinel), as calliter_iternext: `sentinel == result` ends it, and so does
 *  StopIteration from the callable; a call that ended it (re-entrantly) gives no item either. */
export const callableIteratorType = iterType('callable_iterator', (self) => {
  if (itPos(self) < 0) return 0;
  let v: number;
  try {
    v = callObject(mem[self + IT_SOURCE], [], 0);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.StopIteration)) {
      if (itPos(self) >= 0) endCallIter(self);
      return 0;
    }
    throw e;
  }
  if (itPos(self) < 0) return 0;
  if (richEq(mem[self + IT_EXTRA], v)) {
    if (itPos(self) >= 0) endCallIter(self);
    return 0;
  }
  return v;
});
callableIteratorType.methods = {
  __reduce__: (a) => {
    const iterFn = builtinNamed('iter');
    if (itPos(a[0]) < 0) return newTuple([iterFn, newTuple([K.emptyTuple])]);
    return newTuple([iterFn, newTuple([mem[a[0] + IT_SOURCE], mem[a[0] + IT_EXTRA]])]);
  },
};
callableIteratorType.noargs = ['__reduce__'];

export function initIterators(): void {
  setSeqIterFactory((v) => newIter(T.iterator, v));
}

export function isListLayout(v: number): boolean { return (v & 1) === 0 && (mem[v] & 0x7ff) === L_LIST; }
export const _keep = [K, newSlice];
