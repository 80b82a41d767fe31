// tuple: the class and its methods. Hash is CPython 3.11's xxHash-based tuplehash over the
// items' full (64-bit) hashes, so sets of tuples of ints iterate in CPython's order.
import { softValueError } from '../runtime/soft_raise';
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_TUPLE, L_LIST } from '../runtime/layouts';
import { listToTuple } from './list_core';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError, raise } from '../runtime/errors';
import { index, indexNumber, iterToArray, reprJs, richEq, sliceIndexNumber, tname } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr } from './str_core';
import { newTuple, tupleItems, tupleLen, tupleItem } from './tuple_core';
import { isSlice, sliceIndices } from './slice';
import { seqCompare, withReprGuard } from './list';
import { newSeqIter } from './iterators';
import { tupleConcat } from './seq_concat';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype } from './type_core';
import { intValue } from './int';
import { bindArgs, methodArgRange, oneSlotArg, positionalOnlyNew } from './builtin_function';
import { makeGenericAlias } from './generic_alias';

/** The tuple inside a tuple or tuple-subclass instance, or 0. */
export function tupleOf(v: number): number {
  if ((v & 1) === 1) return 0;
  const l = mem[v] & 0x7ff;
  if (l === L_TUPLE) return v;
  if (l === L_BOXED && isSubtype(typeOf(v), T.tuple)) return mem[v + BX_VALUE];
  return 0;
}

function self(v: number): number {
  const t = tupleOf(v);
  if (t === 0) typeError(`descriptor requires a 'tuple' object but received a '${tname(v)}'`);
  return t;
}

import { tupleHash } from './tuple_hash';
export { fullHash, tupleHashFull } from './tuple_hash';

export function tupleGetitem(v: number, key: number): number {
  const t = self(v);
  const n = tupleLen(t);
  if (isSlice(key)) {
    const [start, , step, len] = sliceIndices(key, n);
    if (step === 1 && len === n && typeOf(v) === T.tuple) return t;
    const out = new Array<number>(len);
    for (let i = 0, j = start; i < len; i++, j += step) out[i] = tupleItem(t, j);
    return newTuple(out);
  }
  if ((key & 1) === 0 && typeInfoIndex(key) === false) typeError(`tuple indices must be integers or slices, not ${tname(key)}`);
  let i = indexNumber(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('tuple index out of range');
  return tupleItem(t, i);
}

import { typeInfo } from './type_core';
function typeInfoIndex(v: number): boolean {
  return typeInfo(typeOf(v)).slots.index !== null || intValue(v) !== null;
}

export const tupleType: TypeDef = {
  sequence: true,
  onearg: ['count', '__class_getitem__'],
  hiddenDunders: ['__radd__'],
  name: 'tuple',
  noargs: ['__getnewargs__'],
  layout: L_BOXED,
  slots: {
    repr: (v) => {
      const t = self(v);
      const items = tupleItems(t);
      if (items.length === 0) return newStr('()');
      return newStr(withReprGuard(t, () => '(' + items.map(reprJs).join(', ') + (items.length === 1 ? ',)' : ')'), '(...)'));
    },
    hash: (v) => tupleHash(self(v)),
    richcompare: (a, b, op) => {
      const x = tupleOf(a);
      const y = tupleOf(b);
      if (x === 0 || y === 0) return K.NotImplemented;
      return seqCompare(tupleItems(x), tupleItems(y), op);
    },
    len: (v) => tupleLen(self(v)),
    getitem: tupleGetitem,
    contains: (v, x) => {
      const t = self(v);
      const n = tupleLen(t);
      for (let i = 0; i < n; i++) if (richEq(tupleItem(t, i), x)) return true;
      return false;
    },
    iter: (v) => newSeqIter(T.tuple_iterator, self(v)),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        const tx = tupleOf(x);
        if (tx === 0) return K.NotImplemented;
        const ty = tupleOf(y);
        if (ty === 0) return typeError(`can only concatenate tuple (not "${tname(y)}") to tuple`);
        return tupleConcat(tx, ty, tx === x, ty === y);
      };
      a[5] = (x: number, y: number): number => {
        const [t, n] = tupleOf(x) !== 0 ? [tupleOf(x), y] : [tupleOf(y), x];
        if (t === 0 || !hasIndex(n)) return K.NotImplemented;
        const c = repeatCount(n, tupleLen(t), null, 1 << 28);
        // as CPython: an exact tuple times 1 is itself, an empty result the empty tuple
        if (c === 1 && typeOf(t) === T.tuple) return t;
        if (c === 0 || tupleLen(t) === 0) return K.emptyTuple;
        const items = tupleItems(t);
        const out: number[] = [];
        for (let i = 0; i < c; i++) out.push(...items);
        return newTuple(out);
      };
      return a;
    })(),
    new: (cls, args, kw) => {
      const [it] = bindArgs('tuple', positionalOnlyNew('tuple', cls, T.tuple, args, kw), 0, ['iterable?']);
      let t: number;
      if (it === 0) t = K.emptyTuple;
      else if (tupleOf(it) !== 0 && typeOf(it) === T.tuple) t = it;
      else if ((it & 1) === 0 && (mem[it] & 0x7ff) === L_LIST && mem[it + 2] === T.list) t = listToTuple(it); // no iterator, no JS array
      else t = newTuple(iterToArray(it));
      return cls === T.tuple ? t : newBoxed(cls, t);
    },
  },
  methods: {
    count: (a) => {
      let c = 0;
      for (const x of tupleItems(self(a[0]))) if (richEq(x, a[1])) c++;
      return intFromNumber(c);
    },
    index: (a) => {
      methodArgRange('index', a, 1, 3);
      const items = tupleItems(self(a[0]));
      const n = items.length;
      let start = a.length > 2 ? sliceIndexNumber(a[2], false) : 0;
      let stop = a.length > 3 ? sliceIndexNumber(a[3], false) : n;
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      for (let i = start; i < Math.min(stop, n); i++) if (richEq(items[i], a[1])) return intFromNumber(i);
      return softValueError('tuple.index(x): x not in tuple'); // (runtime/soft_raise.ts)
    },
    __getnewargs__: (a) => newTuple([self(a[0])]),
  },
  classmethods: {
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
};
import { hasIndex, repeatCount } from './seq_repeat';
