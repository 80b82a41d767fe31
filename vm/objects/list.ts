// list: the class and its methods (indexing and slicing, slice assignment, sort with key and
// reverse (stable), comparison, repr with recursion guard, in-place operators).
import { indexOfTaggedInt } from './list_scan';
import { numericSortKeys, sortByNumbers } from './sort_numeric';
import { intRunDirection, keysKind } from './sort_scan';
import { softConstError, softValueError } from '../runtime/soft_raise';
import { mem } from '../../stmgc/heap';
import { copyWords } from '../runtime/heap_copy';
import { L_BUILTIN, L_LIST } from '../runtime/layouts';
import { K, T, layoutOf, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, indexError, typeError, valueError } from '../runtime/errors';
import {
  callFound, isIntObject, index, indexNumber, iter, iterToArray, reprJs, richCompare, richEq, truthy, tname, isInstance, CMP_EQ, CMP_NE, CMP_LT,
} from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { intern, newStr, strCompare } from './str_core';
import { tupleLen } from './tuple_core';
import {
  LI_LEN, LI_ITEMS, listAppend, listExtend, listItem, listItems, listLen, listSetAll, listSetItem, newList, newListN, isList,
  listSliceCopy, listDeleteRange, listOpenGap, listTruncate, listItemsForRead, listItemsForWrite, listLenBounded, itemsRead,
} from './list_core';
import { writeBarrier } from '../../stmgc/barriers';
import { isSlice, sliceIndices } from './slice';
import { bindArgs, exactArgs, argRange } from './builtin_function';
import { callObject } from '../interp/call';
import { newSeqIter, newReversedIter } from './iterators';
import { listConcat } from './seq_concat';
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
  if ((key & 1) === 1) {
    const n = listLen(l);
    let i = key >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('list index out of range');
    return listItem(l, i);
  }
  if (isSlice(key)) {
    const [start, , step, n] = sliceIndices(key, listLen(l));
    if (step === 1) return listSliceCopy(l, start, n);
    const r = newListN(n);
    const dst = mem[r + LI_ITEMS] + 2;
    const src = listItemsForRead(l) + 2;
    const cap = listLenBounded(l);
    for (let i = 0, j = start; i < n; i++, j += step) mem[dst + i] = j < cap ? mem[src + j] : K.None;
    return r;
  }
  if (!hasIndex(key)) typeError(`list indices must be integers or slices, not ${tname(key)}`);
  return listItem(l, normIndex(l, key, 'list'));
}

import { hasIndex, repeatCount } from './seq_repeat';
import { typeInfo as typeInfoOf } from './type_core';

function listSetitem(l: number, key: number, v: number): void {
  if (isSlice(key)) {
    const [start, stop, step, n] = sliceIndices(key, listLen(l));
    if (v === 0) {
      if (n === 0) return;
      if (step === 1) {
        listDeleteRange(l, start, n);
        return;
      }
      // extended slice: compact the survivors in place, ascending
      let lo = start;
      let st = step;
      if (st < 0) {
        lo = start + (n - 1) * step;
        st = -step;
      }
      const len = listLenBounded(l);
      const a = listItemsForWrite(l) + 2;
      let w = lo;
      for (let r = lo; r < len; r++) {
        if (r - lo < n * st && (r - lo) % st === 0) continue;
        mem[a + w++] = mem[a + r];
      }
      listTruncate(l, w);
      return;
    }
    const values = seqFastForSlice(v, step === 1 ? 'can only assign an iterable' : 'must assign iterable to extended slice');
    const m = values.length;
    if (step === 1) {
      const old = Math.max(start, stop) - start;
      if (m > old) listOpenGap(l, start + old, m - old);
      else if (m < old) listDeleteRange(l, start + m, old - m);
      const a = listItemsForWrite(l);
      if (start + m > listLenBounded(l)) return; // torn (zombie) state only
      for (let i = 0; i < m; i++) mem[a + 2 + start + i] = values[i];
      return;
    }
    if (m !== n) valueError(`attempt to assign sequence of size ${m} to extended slice of size ${n}`);
    for (let i = 0, j = start; i < n; i++, j += step) listSetItem(l, j, values[i]);
    return;
  }
  if ((key & 1) === 0 && !hasIndex(key)) typeError(`list indices must be integers or slices, not ${tname(key)}`);
  const i = normIndex(l, key, 'list assignment');
  if (v === 0) listDeleteRange(l, i, 1);
  else listSetItem(l, i, v);
}

/** The list [items of x repeated c times], by doubling heap copies. */
function repeated(x: number, c: number): number {
  const n = listLenBounded(x);
  const total = n * c;
  const r = newListN(total);
  if (total === 0) return r;
  const dst = mem[r + LI_ITEMS] + 2;
  itemsRead(mem[x + LI_ITEMS], 0, n);
  const src = mem[x + LI_ITEMS] + 2;
  copyWords(dst, src, n);
  let done = n;
  while (done < total) {
    const k = Math.min(done, total - done);
    copyWords(dst + done, dst, k);
    done += k;
  }
  return r;
}

/** The items of a slice assignment's right side (CPython's PySequence_Fast): an exact list's or
 *  tuple's as they are (a subclass is iterated: it may define __iter__), else iterated; a right
 *  side that is not iterable is the TypeError `msg` (one raised while iterating goes through). */
function seqFastForSlice(v: number, msg: string): number[] {
  const t = (v & 1) === 0 ? typeOf(v) : 0;
  if (t === T.list || t === T.tuple) return iterToArray(v);
  let it: number;
  try {
    it = iter(v);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError)) typeError(msg);
    throw e;
  }
  return iterToArray(it);
}

/** list_richcompare on the live lists: an __eq__ that changes either list is seen (the sizes
 *  are compared again when the element loop ends, as CPython does). */
function listCompare(v: number, w: number, op: number): number {
  if (listLen(v) !== listLen(w) && (op === CMP_EQ || op === CMP_NE)) return op === CMP_EQ ? K.False : K.True;
  let i = 0;
  for (; i < listLen(v) && i < listLen(w); i++) {
    if (!richEq(listItem(v, i), listItem(w, i))) break;
  }
  const x = listLen(v);
  const y = listLen(w);
  if (i >= x || i >= y) {
    const r = op === 0 ? x < y : op === 1 ? x <= y : op === 2 ? x === y : op === 3 ? x !== y : op === 4 ? x > y : x >= y;
    return r ? K.True : K.False;
  }
  if (op === CMP_EQ) return K.False;
  if (op === CMP_NE) return K.True;
  return richCompare(listItem(v, i), listItem(w, i), op);
}

/** An index argument clamped to the ssize_t range (CPython's _PyEval_SliceIndexNotNone). */
function clampedIndex(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  return b > 9223372036854775807n ? Number.MAX_SAFE_INTEGER : b < -9223372036854775808n ? -Number.MAX_SAFE_INTEGER : Number(b);
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

/** The count of list * n (a MemoryError past what pystm can build). */
function listRepeatCount(n: number, len: number): number { return repeatCount(n, len, null, 1 << 28); }

export function listSort(l: number, key: number, reverse: boolean): void {
  const items = listItems(l);
  // the list looks empty while sorting (CPython raises if it was modified)
  listSetAll(l, []);
  // any change reallocates the empty (1-slot, fresh) item array or writes its slot (an append
  // then a pop too, as CPython's allocated != -1 check); no collection runs inside a builtin,
  // so the address is stable
  const emptyItems = mem[l + LI_ITEMS];
  mem[emptyItems + 2] = K.None; // a marker past the length: an append overwrites it, a pop clears it
  let error: unknown = null;
  let result = items;
  try {
    result = sortItems(items, key === 0 || key === K.None ? 0 : key, reverse);
  } catch (e) {
    error = e;
  }
  const modified = listLen(l) !== 0 || mem[l + LI_ITEMS] !== emptyItems || mem[emptyItems + 2] !== K.None;
  listSetAll(l, result);
  if (error !== null) throw error;
  if (modified) valueError('list modified during sort');
}

function ltGeneric(x: number, y: number): boolean {
  if ((x & y & 1) === 1) return (x >> 1) < (y >> 1);
  return truthy(richCompare(x, y, CMP_LT));
}

/** The items sorted stably by key (0: the items themselves); only `<` is used, as in CPython. */
export function sortItems(items: number[], key: number, reverse: boolean): number[] {
  const n = items.length;
  if (n < 2) {
    if (n === 1 && key !== 0) callObject(key, [items[0]], 0); // CPython calls it (it may raise)
    return items;
  }
  const keys = key === 0 ? items : items.map((x) => callObject(key, [x], 0));
  // homogeneous keys compare without the protocol (CPython's unsafe_*_compare)
  const kind = keysKind(keys);
  if (key === 0 && kind === 1) {
    // equal small ints are the same value, so stability is moot; tagged words order as their
    // values. A few: an insertion sort in place (no typed-array round trip)
    if (n <= 16) {
      const out = items.slice();
      for (let i = 1; i < n; i++) {
        const x = out[i];
        let j = i - 1;
        while (j >= 0 && out[j] > x) { out[j + 1] = out[j]; j--; }
        out[j + 1] = x;
      }
      if (reverse) out.reverse();
      return out;
    }
    // already in order, or in reverse order (a list sorted before, or built by a loop): one
    // pass, as CPython's timsort finds it a single run
    const dir = intRunDirection(items);
    const up = (dir & 1) !== 0;
    if (dir !== 0) {
      const out = items.slice();
      if (up === reverse) out.reverse(); // (all equal: both; equal small ints are one value)
      return out;
    }
    const a = Int32Array.from(items);
    a.sort();
    if (reverse) a.reverse();
    return Array.from(a);
  }
  // floats (and small ints) without NaNs: compared as doubles (objects/sort_numeric.ts)
  const vals = kind === 0 ? numericSortKeys(keys) : null;
  if (vals !== null) return sortByNumbers(items, vals, reverse);
  // reverse=True keeps equal items in their original order: reverse, sort, reverse (as CPython)
  if (key === 0) {
    const out = reverse ? items.slice().reverse() : items.slice();
    out.sort(kind === 2 ? strCompare : (x, y) => (ltGeneric(x, y) ? -1 : ltGeneric(y, x) ? 1 : 0));
    if (reverse) out.reverse();
    return out;
  }
  const order = items.map((_, i) => i);
  if (reverse) order.reverse();
  order.sort(kind === 1 ? (a, b) => (keys[a] >> 1) - (keys[b] >> 1)
    : kind === 2 ? (a, b) => strCompare(keys[a], keys[b])
      : (a, b) => (ltGeneric(keys[a], keys[b]) ? -1 : ltGeneric(keys[b], keys[a]) ? 1 : 0));
  if (reverse) order.reverse();
  return order.map((i) => items[i]);
}

/** CPython's list() asks a sized-unknown iterable for PyObject_LengthHint first: a class
 *  statement's __length_hint__ (looked up on the class) runs, and its errors and bad results
 *  raise; the hint itself is only an allocation size there, so it is not kept here. */
function userLengthHint(v: number): void {
  const cls = typeOf(v);
  const ti = typeInfoOf(cls);
  if (ti.slots.len !== null) return;
  const hook = ti.lookup(intern('__length_hint__'));
  if (hook === 0 || layoutOf(hook) === L_BUILTIN) return;
  const r = callFound(v, hook, []);
  if (r === K.NotImplemented) return;
  if (!isIntObject(r)) typeError(`__length_hint__ must be an integer, not ${tname(r)}`);
  if (toBigInt(index(r)) < 0n) valueError('__length_hint__() should return >= 0');
}

export const listType: TypeDef = {
  sequence: true,
  onearg: ['__getitem__', '__class_getitem__'],
  hiddenDunders: ['__radd__', '__bool__'],
  name: 'list',
  noargs: ['clear', 'copy', 'reverse', '__reversed__'],
  layout: L_LIST,
  slots: {
    repr: (v) => newStr(withReprGuard(v, () => '[' + listItems(v).map(reprJs).join(', ') + ']', '[...]')),
    richcompare: (a, b, op) => {
      if (!isList(b)) return K.NotImplemented;
      return listCompare(a, b, op);
    },
    len: (v) => listLen(v),
    bool: (v) => listLen(v) !== 0,
    getitem: listGetitem,
    setitem: listSetitem,
    contains: (l, v) => {
      if ((v & 1) === 1) return indexOfTaggedInt(l, v, 0, 2 ** 31) >= 0; // (objects/list_scan.ts)
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
        return listConcat(x, y);
      };
      a[5] = (x: number, y: number): number => {
        const [l, n] = isList(x) ? [x, y] : [y, x];
        if (!isList(l) || !hasIndex(n)) return K.NotImplemented;
        return repeated(l, listRepeatCount(n, listLen(l)));
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
        if (!hasIndex(y)) return K.NotImplemented;
        const r = repeated(x, listRepeatCount(y, listLen(x)));
        writeBarrier(x);
        mem[x + LI_ITEMS] = mem[r + LI_ITEMS];
        mem[x + LI_LEN] = mem[r + LI_LEN];
        return x;
      };
      return a;
    })(),
    hash: (v) => typeError(`unhashable type: '${tname(v)}'`),
    new: (cls) => newList([], cls),
    init: (selfv, args, kw) => {
      // as CPython's list.__init__: keywords are refused unless a subclass overrides __new__
      // (which may take them); more than one positional argument always
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      const npos = args.length - nkw;
      const cls = typeOf(selfv);
      if (nkw > 0 && (cls === T.list || typeInfoOf(cls).definer(intern('__new__')) === T.list)) typeError('list() takes no keyword arguments');
      if (npos > 1) typeError(`list expected at most 1 argument, got ${npos}`);
      listSetAll(selfv, []);
      if (npos === 1) {
        userLengthHint(args[0]);
        listExtend(selfv, args[0]);
      }
    },
  },
  methods: {
    append: (a, kw) => {
      if (a.length !== 2 || kw !== 0) exactArgs('list.append', a.slice(1), 1, kw);
      listAppend(self(a[0]), a[1]);
      return K.None;
    },
    extend: (a, kw) => {
      if (a.length !== 2 || kw !== 0) exactArgs('list.extend', a.slice(1), 1, kw);
      listExtend(self(a[0]), a[1]);
      return K.None;
    },
    insert: (a) => {
      if (a.length !== 3) typeError(`insert expected 2 arguments, got ${a.length - 1}`);
      const l = self(a[0]);
      let i = indexNumber(a[1]);
      const n = listLen(l);
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      const arr = listOpenGap(l, i, 1);
      mem[arr + 2 + i] = a[2];
      return K.None;
    },
    pop: (a) => {
      if (a.length > 2) argRange('pop', a.slice(1), 0, 1);
      const l = self(a[0]);
      const n = listLen(l);
      let i = a.length > 1 ? ((a[1] & 1) === 1 ? a[1] >> 1 : indexNumber(a[1])) : n - 1;
      // (soft-raised, runtime/soft_raise.ts: `while True: try: x = stack.pop() except
      // IndexError: break` cost ~2 µs a miss as a JS throw)
      if (n === 0) return softConstError(T.IndexError, 'pop from empty list');
      if (i < 0) i += n;
      if (i < 0 || i >= n) return softConstError(T.IndexError, 'pop index out of range');
      const v = listItem(l, i);
      if (i === n - 1) listTruncate(l, i);
      else listDeleteRange(l, i, 1);
      return v;
    },
    remove: (a) => {
      if (a.length !== 2) exactArgs('list.remove', a.slice(1), 1);
      const l = self(a[0]);
      for (let i = 0; i < listLen(l); i++) {
        const x = listItem(l, i);
        if (x === a[1] || richEq(x, a[1])) {
          if (i < listLen(l)) listDeleteRange(l, i, 1);
          return K.None;
        }
      }
      return softConstError(T.ValueError, 'list.remove(x): x not in list'); // (runtime/soft_raise.ts: a constant message)
    },
    index: (a) => {
      if (a.length < 2 || a.length > 4) argRange('index', a.slice(1), 1, 3);
      const n = listLen(self(a[0]));
      let start = a.length > 2 ? clampedIndex(a[2]) : 0;
      let stop = a.length > 3 ? clampedIndex(a[3]) : n;
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      if ((a[1] & 1) === 1) {
        const i = indexOfTaggedInt(a[0], a[1], start, stop); // (objects/list_scan.ts)
        return i >= 0 ? intFromNumber(i) : softValueError(`${reprJs(a[1])} is not in list`);
      }
      for (let i = start; i < Math.min(stop, listLen(a[0])); i++) {
        const x = listItem(a[0], i);
        if (x === a[1] || richEq(x, a[1])) return intFromNumber(i);
      }
      return softValueError(`${reprJs(a[1])} is not in list`);
    },
    count: (a) => {
      if (a.length !== 2) exactArgs('list.count', a.slice(1), 1);
      const l = self(a[0]);
      let c = 0;
      for (let i = 0; i < listLen(l); i++) {
        const x = listItem(l, i);
        if (x === a[1] || richEq(x, a[1])) c++;
      }
      return intFromNumber(c);
    },
    clear: (a) => {
      listSetAll(self(a[0]), []);
      return K.None;
    },
    copy: (a) => listSliceCopy(self(a[0]), 0, listLen(a[0])),
    reverse: (a) => {
      const l = self(a[0]);
      const n = listLenBounded(l);
      const arr = listItemsForWrite(l);
      for (let i = 2, j = n + 1; i < j; i++, j--) {
        const t = mem[arr + i];
        mem[arr + i] = mem[arr + j];
        mem[arr + j] = t;
      }
      return K.None;
    },
    sort: (a, kw) => {
      const nkw = kw === 0 ? 0 : mem[kw + 2] >> 1;
      if (a.length - 1 > 2) typeError(`sort() takes at most 2 arguments (${a.length - 1} given)`);
      if (a.length - nkw > 1) typeError('sort() takes no positional arguments');
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
