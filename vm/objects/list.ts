// list: the class and its methods (indexing and slicing, slice assignment, sort with key and
// reverse (stable), comparison, repr with recursion guard, in-place operators).
import { mem } from '../../stmgc/heap';
import { L_LIST } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, indexError, typeError, valueError, raise } from '../runtime/errors';
import {
  index, indexNumber, iterToArray, reprJs, richCompare, richEq, truthy, tname, isInstance, CMP_EQ, CMP_NE, CMP_LT,
} from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr } from './str_core';
import {
  LI_LEN, listAppend, listExtend, listItem, listItems, listLen, listSetAll, listSetItem, newList, isList,
} from './list_core';
import { isSlice, sliceIndices } from './slice';
import { bindArgs, exactArgs, argRange } from './builtin_function';
import { callObject } from '../interp/call';
import { newSeqIter, newReversedIter } from './iterators';
import { isSubtype } from './type_core';

function self(v: number): number {
  if (!isList(v)) typeError(`descriptor requires a 'list' object but received a '${tname(v)}'`);
  return v;
}

/** Repr recursion guard shared by containers (CPython's Py_ReprEnter). */
export const reprActive = new Set<number>();
export function withReprGuard(v: number, inner: () => string, recursive: string): string {
  if (reprActive.has(v)) return recursive;
  reprActive.add(v);
  try {
    return inner();
  } finally {
    reprActive.delete(v);
  }
}

function normIndex(l: number, key: number, what: string): number {
  const n = listLen(l);
  let i = indexNumber(key);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(`${what} index out of range`);
  return i;
}

export function listGetitem(l: number, key: number): number {
  if (isSlice(key)) {
    const items = listItems(l);
    const [start, , step, n] = sliceIndices(key, items.length);
    const out = new Array<number>(n);
    for (let i = 0, j = start; i < n; i++, j += step) out[i] = items[j];
    return newList(out);
  }
  if (!isIndexable(key)) typeError(`list indices must be integers or slices, not ${tname(key)}`);
  return listItem(l, normIndex(l, key, 'list'));
}

function isIndexable(key: number): boolean {
  try {
    index(key);
    return true;
  } catch (e) {
    if (e instanceof PyException) return false;
    throw e;
  }
}

function listSetitem(l: number, key: number, v: number): void {
  if (isSlice(key)) {
    const items = listItems(l);
    const [start, stop, step, n] = sliceIndices(key, items.length);
    if (v === 0) {
      // delete a slice
      const drop = new Set<number>();
      for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
      listSetAll(l, items.filter((_, i) => !drop.has(i)));
      return;
    }
    const values = v === l ? items.slice() : iterToArrayForSlice(v);
    if (step === 1) {
      const end = Math.max(start, stop);
      listSetAll(l, [...items.slice(0, start), ...values, ...items.slice(end)]);
      return;
    }
    if (values.length !== n) valueError(`attempt to assign sequence of size ${values.length} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) items[j] = values[i];
    listSetAll(l, items);
    return;
  }
  if (!isIndexable(key)) typeError(`list indices must be integers or slices, not ${tname(key)}`);
  if (v === 0) {
    const i = normIndex(l, key, 'list assignment');
    const items = listItems(l);
    items.splice(i, 1);
    listSetAll(l, items);
    return;
  }
  listSetItem(l, normIndex(l, key, 'list assignment'), v);
}

function iterToArrayForSlice(v: number): number[] {
  try {
    return iterToArray(v);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError)) typeError('can only assign an iterable');
    throw e;
  }
}

export function seqCompare(a: number[], b: number[], op: number): number {
  if (a.length !== b.length && (op === CMP_EQ || op === CMP_NE)) return op === CMP_EQ ? K.False : K.True;
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    if (!richEq(a[i], b[i])) {
      if (op === CMP_EQ) return K.False;
      if (op === CMP_NE) return K.True;
      return richCompare(a[i], b[i], op);
    }
  }
  const x = a.length;
  const y = b.length;
  let r: boolean;
  switch (op) {
    case 0: r = x < y; break;
    case 1: r = x <= y; break;
    case 2: r = x === y; break;
    case 3: r = x !== y; break;
    case 4: r = x > y; break;
    default: r = x >= y; break;
  }
  return r ? K.True : K.False;
}

function repeatCount(n: number): number {
  const v = toBigInt(index(n));
  if (v <= 0n) return 0;
  if (v > 1n << 32n) return raise(T.MemoryError, '');
  return Number(v);
}

export function listSort(l: number, key: number, reverse: boolean): void {
  const items = listItems(l);
  // the list looks empty while sorting (CPython raises if it was modified)
  listSetAll(l, []);
  const keys = key === 0 || key === K.None ? items : items.map((x) => callObject(key, [x], 0));
  const order = items.map((_, i) => i);
  let error: unknown = null;
  const lt = (a: number, b: number): boolean => {
    const x = keys[a];
    const y = keys[b];
    if ((x & y & 1) === 1) return (x >> 1) < (y >> 1);
    return truthy(richCompare(x, y, CMP_LT));
  };
  try {
    // reverse=True keeps equal items in their original order: reverse, sort, reverse (as CPython)
    if (reverse) order.reverse();
    order.sort((a, b) => (lt(a, b) ? -1 : lt(b, a) ? 1 : 0));
    if (reverse) order.reverse();
  } catch (e) {
    error = e;
  }
  const modified = listLen(l) !== 0;
  listSetAll(l, error === null ? order.map((i) => items[i]) : items);
  if (error !== null) throw error;
  if (modified) valueError('list modified during sort');
}

export const listType: TypeDef = {
  name: 'list',
  layout: L_LIST,
  slots: {
    repr: (v) => newStr(withReprGuard(v, () => '[' + listItems(v).map(reprJs).join(', ') + ']', '[...]')),
    richcompare: (a, b, op) => {
      if (!isList(b)) return K.NotImplemented;
      return seqCompare(listItems(a), listItems(b), op);
    },
    len: (v) => listLen(v),
    bool: (v) => listLen(v) !== 0,
    getitem: listGetitem,
    setitem: listSetitem,
    contains: (l, v) => {
      const n = listLen(l);
      for (let i = 0; i < n && i < listLen(l); i++) if (richEq(listItem(l, i), v)) return true;
      return false;
    },
    iter: (v) => newSeqIter(T.list_iterator, v),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        if (!isList(x)) return K.NotImplemented;
        if (!isList(y)) return typeError(`can only concatenate list (not "${tname(y)}") to list`);
        return newList([...listItems(x), ...listItems(y)]);
      };
      a[5] = (x: number, y: number): number => {
        const [l, n] = isList(x) ? [x, y] : [y, x];
        if (!isList(l)) return K.NotImplemented;
        try {
          index(n);
        } catch {
          return K.NotImplemented;
        }
        const items = listItems(l);
        const c = repeatCount(n);
        const out: number[] = [];
        for (let i = 0; i < c; i++) out.push(...items);
        return newList(out);
      };
      return a;
    })(),
    nbi: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        listExtend(x, y);
        return x;
      };
      a[5] = (x: number, y: number): number => {
        if (!isIndexable(y)) return K.NotImplemented;
        const items = listItems(x);
        const c = repeatCount(y);
        const out: number[] = [];
        for (let i = 0; i < c; i++) out.push(...items);
        listSetAll(x, out);
        return x;
      };
      return a;
    })(),
    hash: (v) => typeError(`unhashable type: '${tname(v)}'`),
    new: (cls) => newList([], cls),
    init: (selfv, args, kw) => {
      const [it] = bindArgs('list', args, kw, ['iterable?']);
      listSetAll(selfv, []);
      if (it !== 0) listExtend(selfv, it);
    },
  },
  methods: {
    append: (a) => {
      exactArgs('append', a.slice(1), 1);
      listAppend(self(a[0]), a[1]);
      return K.None;
    },
    extend: (a) => {
      exactArgs('extend', a.slice(1), 1);
      listExtend(self(a[0]), a[1]);
      return K.None;
    },
    insert: (a) => {
      if (a.length !== 3) typeError(`insert expected 2 arguments, got ${a.length - 1}`);
      const items = listItems(self(a[0]));
      let i = indexNumber(a[1]);
      if (i < 0) i = Math.max(0, i + items.length);
      if (i > items.length) i = items.length;
      items.splice(i, 0, a[2]);
      listSetAll(a[0], items);
      return K.None;
    },
    pop: (a) => {
      argRange('pop', a.slice(1), 0, 1);
      const items = listItems(self(a[0]));
      if (items.length === 0) indexError('pop from empty list');
      let i = a.length > 1 ? indexNumber(a[1]) : items.length - 1;
      if (i < 0) i += items.length;
      if (i < 0 || i >= items.length) indexError('pop index out of range');
      const v = items[i];
      if (i === items.length - 1) {
        mem[a[0] + LI_LEN] = ((items.length - 1) << 1) | 1;
      } else {
        items.splice(i, 1);
        listSetAll(a[0], items);
      }
      return v;
    },
    remove: (a) => {
      exactArgs('remove', a.slice(1), 1);
      const items = listItems(self(a[0]));
      for (let i = 0; i < items.length; i++) {
        if (richEq(items[i], a[1])) {
          const now = listItems(a[0]);
          now.splice(i, 1);
          listSetAll(a[0], now);
          return K.None;
        }
      }
      return valueError('list.remove(x): x not in list');
    },
    index: (a) => {
      argRange('index', a.slice(1), 1, 3);
      const items = listItems(self(a[0]));
      const n = items.length;
      let start = a.length > 2 ? indexNumber(a[2]) : 0;
      let stop = a.length > 3 ? indexNumber(a[3]) : n;
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      for (let i = start; i < Math.min(stop, listLen(a[0])); i++) if (richEq(listItem(a[0], i), a[1])) return intFromNumber(i);
      return valueError(`${reprJs(a[1])} is not in list`);
    },
    count: (a) => {
      exactArgs('count', a.slice(1), 1);
      let c = 0;
      for (const x of listItems(self(a[0]))) if (richEq(x, a[1])) c++;
      return intFromNumber(c);
    },
    clear: (a) => {
      listSetAll(self(a[0]), []);
      return K.None;
    },
    copy: (a) => newList(listItems(self(a[0]))),
    reverse: (a) => {
      listSetAll(self(a[0]), listItems(a[0]).reverse());
      return K.None;
    },
    sort: (a, kw) => {
      if (a.length - (kw === 0 ? 0 : mem[kw + 2] >> 1) > 1) typeError('sort() takes no positional arguments');
      const [l, key, reverse] = bindArgs('sort', a, kw, ['self', '$key?', '$reverse?']);
      listSort(self(l), key, reverse !== 0 && truthy(reverse));
      return K.None;
    },
    __reversed__: (a) => newReversedIter(self(a[0])),
  },
  classmethods: {
    __class_getitem__: (a) => genericAlias(a[0], a[1]),
  },
  attrs: { __hash__: () => K.None },
};

import { makeGenericAlias } from './generic_alias';
function genericAlias(cls: number, arg: number): number { return makeGenericAlias(cls, arg); }

export const _keep = [typeOf, isSubtype];
