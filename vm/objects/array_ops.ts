// array.array: the operations the class's slots and methods share (construction, slices, item
// search, comparison by items). Each runs within one builtin call, so it is one atomic step for
// other threads; those that call Python code per item (__eq__ of a mixed comparison, __index__
// of a converted item, an iterator's __next__) convert everything first and store once, so a
// failure leaves the array as it was (CPython's "issue 4509" rule), except extend() from an
// iterator, which keeps the items before the failing one, as CPython's.
import { mem } from '../../stmgc/heap';
import { L_BYTES, L_LIST, L_TUPLE } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import { typeError, valueError } from '../runtime/errors';
import { iter, next, richCompare, richEq, tname, CMP_EQ, CMP_NE } from '../runtime/protocol';
import { listItems } from './list_core';
import { tupleItems } from './tuple_core';
import { strObj } from './str';
import { strCodePoints } from './str_core';
import { bytesOf } from './bytes';
import { sliceIndices } from './slice';
import {
  arrayAppendBytes, arrayAppendJs, arrayBytes, arrayCode, arrayItemsJs, arrayLen, arrayReplaceItems, arraySetBytes, boxItem, convertItem,
  isArray, itemSizeOf, newArray, packItems,
} from './array_core';

export function needArray(v: number, name: string): number {
  if (!isArray(v)) typeError(`descriptor '${name}' for 'array.array' objects doesn't apply to a '${tname(v)}' object`);
  return v;
}

/** CPython's array_new after the typecode: the initializer, into a new array of class cls. */
export function constructArray(cls: number, tc: string, init: number): number {
  if (init !== 0 && tc !== 'u') {
    if (strObj(init) !== 0) typeError(`cannot use a str to initialize an array with typecode '${tc}'`);
    if (isArray(init) && arrayCode(init) === 'u') typeError(`cannot use a unicode array to initialize an array with typecode '${tc}'`);
  }
  const a = newArray(cls, tc);
  if (init === 0) return a;
  const l = (init & 1) === 0 ? mem[init] & 0x7ff : 0;
  if (l === L_LIST || l === L_TUPLE) {
    if (typeOf(init) === T.list || typeOf(init) === T.tuple) {
      arraySetBytes(a, packItems(tc, (l === L_LIST ? listItems(init) : tupleItems(init)).map((x) => convertItem(tc, x))));
      return a;
    }
  }
  if ((l === L_BYTES || typeOf(init) === T.bytearray) && bytesOf(init) !== null) {
    frombytes(a, bytesOf(init)!);
    return a;
  }
  if (tc === 'u' && strObj(init) !== 0) {
    arraySetBytes(a, packItems('u', strCodePoints(strObj(init))));
    return a;
  }
  if (isArray(init) && arrayCode(init) === tc) {
    arraySetBytes(a, arrayBytes(init).slice());
    return a;
  }
  extendFromIterable(a, init);
  return a;
}

export function frombytes(a: number, b: Uint8Array): void {
  if (b.length % itemSizeOf(arrayCode(a)) !== 0) valueError('bytes length not a multiple of item size');
  if (b.length > 0) arrayAppendBytes(a, b.slice());
}

/** extend() from any iterable: item by item, as CPython's array_iter_extend. */
export function extendFromIterable(a: number, x: number): void {
  const tc = arrayCode(a);
  const it = iter(x);
  for (let v = next(it); v !== 0; v = next(it)) arrayAppendJs(a, convertItem(tc, v));
}

export function extend(a: number, x: number): void {
  if (isArray(x)) {
    if (arrayCode(x) !== arrayCode(a)) typeError('can only extend with array of same kind');
    const b = arrayBytes(x).slice();
    if (b.length > 0) arrayAppendBytes(a, b);
    return;
  }
  extendFromIterable(a, x);
}

/** a[k] for a slice k: a new array.array (never the subclass, as CPython's). */
export function sliceOf(a: number, k: number): number {
  const tc = arrayCode(a);
  const size = itemSizeOf(tc);
  const b = arrayBytes(a);
  const [start, , step, n] = sliceIndices(k, Math.floor(b.length / size));
  if (step === 1) return newArray(T.array, tc, b.slice(start * size, (start + n) * size));
  const out = new Uint8Array(n * size);
  for (let i = 0, j = start; i < n; i++, j += step) out.set(b.subarray(j * size, (j + 1) * size), i * size);
  return newArray(T.array, tc, out);
}

/** a[k] = v (v an array of the same typecode) or del a[k] (v 0), k a slice. */
export function assignSlice(a: number, k: number, v: number): void {
  const tc = arrayCode(a);
  const size = itemSizeOf(tc);
  let src = new Uint8Array(0);
  if (v !== 0) {
    if (!isArray(v)) typeError(`can only assign array (not "${tname(v)}") to array slice`);
    if (arrayCode(v) !== tc) typeError('bad argument type for built-in operation');
    src = arrayBytes(v).slice(); // (copied first: v may be a itself)
  }
  const cur = arrayBytes(a);
  const len = Math.floor(cur.length / size);
  const [start, stop, step, n] = sliceIndices(k, len);
  if (step === 1) {
    arrayReplaceItems(a, start, Math.max(start, stop), src);
    return;
  }
  if (v === 0 || src.length === 0) { // (an empty array assigned to an extended slice deletes it, as CPython's)
    const out = new Uint8Array((len - n) * size);
    const drop = new Uint8Array(len);
    for (let i = 0, j = start; i < n; i++, j += step) drop[j] = 1;
    let p = 0;
    for (let i = 0; i < len; i++) if (drop[i] === 0) { out.set(cur.subarray(i * size, (i + 1) * size), p); p += size; }
    arraySetBytes(a, out);
    return;
  }
  const m = src.length / size;
  if (m !== n) valueError(`attempt to assign array of size ${m} to extended slice of size ${n}`);
  const out = cur.slice();
  for (let i = 0, j = start; i < n; i++, j += step) out.set(src.subarray(i * size, (i + 1) * size), j * size);
  arraySetBytes(a, out);
}

/** Equality of a JS item with a Python value without running Python code when both are plain
 *  numbers; otherwise richEq on the boxed item. */
export function itemEquals(tc: string, x: number | bigint, v: number): boolean {
  if ((v & 1) === 1 && tc !== 'u') return x == (v >> 1); // (a float item or a bigint: numeric equality)
  return richEq(boxItem(tc, x), v);
}

/** The first index in [start, stop) whose item equals v, or -1. */
export function findItem(a: number, v: number, start: number, stop: number): number {
  const tc = arrayCode(a);
  const items = arrayItemsJs(a);
  for (let i = start; i < Math.min(stop, items.length); i++) if (itemEquals(tc, items[i], v)) return i;
  return -1;
}

/** array_richcompare: item by item (numbers compared exactly without boxing; 'u' items and
 *  mixed kinds through the protocol), then by length. */
export function compareArrays(a: number, b: number, op: number): number {
  if (!isArray(a) || !isArray(b)) return K.NotImplemented;
  const ta = arrayCode(a);
  const tb = arrayCode(b);
  const na = arrayLen(a);
  const nb = arrayLen(b);
  if (na !== nb && (op === CMP_EQ || op === CMP_NE)) return op === CMP_EQ ? K.False : K.True;
  const xa = arrayItemsJs(a);
  const xb = arrayItemsJs(b);
  const plain = (ta === 'u') === (tb === 'u');
  const n = Math.min(xa.length, xb.length);
  let i = 0;
  for (; i < n; i++) {
    const same = plain ? xa[i] == xb[i] : richEq(boxItem(ta, xa[i]), boxItem(tb, xb[i]));
    if (!same) break;
  }
  if (i < n) {
    if (op === CMP_EQ) return K.False;
    if (op === CMP_NE) return K.True;
    if (plain) {
      const p = xa[i];
      const q = xb[i];
      const r = op === 0 ? p < q : op === 1 ? p <= q : op === 4 ? p > q : p >= q;
      return r ? K.True : K.False;
    }
    return richCompare(boxItem(ta, xa[i]), boxItem(tb, xb[i]), op);
  }
  const la = xa.length;
  const lb = xb.length;
  const r = op === 0 ? la < lb : op === 1 ? la <= lb : op === CMP_EQ ? la === lb : op === CMP_NE ? la !== lb : op === 4 ? la > lb : la >= lb;
  return r ? K.True : K.False;
}
