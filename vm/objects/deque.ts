// collections.deque: the class (CPython 3.11's methods, messages and operators) on the ring
// buffer of deque_core.ts. Every method that runs no Python code (append, appendleft, pop,
// popleft, rotate, clear, reverse, insert, extend from a list/tuple/deque, indexing, len) is one
// builtin call, so it is atomic for other threads (transaction boundaries and thread switches
// fall between bytecodes only): a deque shared bare between threads as a work queue neither
// loses nor duplicates items, as in CPython. Methods that call __eq__ (count, index, remove,
// in) or iterate a generator (extend) are atomic per step and check the deque's state as
// CPython does ("deque mutated during iteration").
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, overflowError, raise, typeError, valueError } from '../runtime/errors';
import { index, indexNumber, iter, next, reprJs, richCompare, richEq, sliceIndexNumber, tname, instanceDict, CMP_EQ, CMP_NE } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr, intern, strJs } from './str_core';
import { newTuple, tupleItems, tupleLen } from './tuple_core';
import { isList, listItems } from './list_core';
import { L_INT, L_BOOL, L_ITER, L_TUPLE } from '../runtime/layouts';
import { mem } from '../../stmgc/heap';
import { callObject } from '../interp/call';
import { TF_HEAPTYPE, typeFlags, typeInfo, typeName, isSubtype } from './type_core';
import { withReprGuard } from './list';
import { makeGenericAlias } from './generic_alias';
import {
  dqAppend, dqAppendLeft, dqClear, dqExtendArray, dqItem, dqItems, dqLen, dqMaxlen, dqPop, dqPopLeft, dqRotate, dqSetAll,
  dqSetItem, dqSetMaxlen, dqState, isDeque, newDeque,
} from './deque_core';
import { newDequeIter } from './deque_iter';

const SSIZE_MAX = 9223372036854775807n;

/** The receiver of deque method `name` (CPython's method_descriptor message otherwise). */
function self(v: number, name: string): number {
  if (!isDeque(v)) typeError(`descriptor '${name}' for 'collections.deque' objects doesn't apply to a '${tname(v)}' object`);
  return v;
}

/** An argument converted as CPython's "n" format (__index__, OverflowError past ssize_t). */
function ssizeArg(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) overflowError('Python int too large to convert to C ssize_t');
  return b > 9007199254740991n ? Number.MAX_SAFE_INTEGER : b < -9007199254740991n ? -Number.MAX_SAFE_INTEGER : Number(b);
}

function noKw(fname: string, kw: number): void {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`${fname}() takes no keyword arguments`);
}

import { hasIndex } from './seq_repeat';

/** A subscript: an index in [0, len) (sq_item's conversion and CPython's messages). */
function position(d: number, key: number): number {
  if (!hasIndex(key)) typeError(`sequence index must be integer, not '${tname(key)}'`);
  let i = indexNumber(key);
  const n = dqLen(d);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('deque index out of range');
  return i;
}

const same = (x: number, v: number): boolean => x === v || richEq(x, v);

function mutated(): never {
  return raise(T.RuntimeError, 'deque mutated during iteration');
}

/** deque.extend / extendleft: lists, tuples and deques in one step; other iterables item by item. */
function extend(d: number, it: number, left: boolean): void {
  let items: number[] | null = null;
  if (it === d || isDeque(it) && typeOf(it) === T.deque) items = dqItems(it);
  else if (isList(it) && typeOf(it) === T.list) items = listItems(it);
  else if ((it & 1) === 0 && (mem[it] & 0x7ff) === L_TUPLE) items = tupleItems(it);
  if (items !== null) {
    if (!left) dqExtendArray(d, items);
    else for (const x of items) dqAppendLeft(d, x);
    return;
  }
  const i = iter(it);
  if (dqMaxlen(d) === 0) {
    while (next(i) !== 0); // (CPython's consume_iterator)
    return;
  }
  for (let x = next(i); x !== 0; x = next(i)) {
    if (left) dqAppendLeft(d, x);
    else dqAppend(d, x);
  }
}

/** A shallow copy: an exact deque in one step, a subclass through its constructor (CPython). */
function copy(d: number): number {
  const cls = typeOf(d);
  const maxlen = dqMaxlen(d);
  if (cls === T.deque) {
    const r = newDeque(T.deque, maxlen);
    dqExtendArray(r, dqItems(d));
    return r;
  }
  return callObject(cls, maxlen < 0 ? [d] : [d, intFromNumber(maxlen)], 0);
}

/** d *= n in place (the items repeated n times, the last maxlen of them kept). */
function repeatInPlace(d: number, nObj: number): number {
  const b = toBigInt(index(nObj));
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) overflowError("cannot fit 'int' into an index-sized integer");
  const items = dqItems(d);
  const size = items.length;
  if (b <= 0n || size === 0) {
    dqClear(d);
    return d;
  }
  if (b === 1n) return d;
  const maxlen = dqMaxlen(d);
  const total = b * BigInt(size);
  let keep = total;
  if (maxlen >= 0 && total > BigInt(maxlen)) keep = BigInt(maxlen);
  if (keep > 1n << 28n) raise(T.MemoryError, '');
  const m = Number(keep);
  const first = (size - (m % size)) % size; // the item the last m of the repetition start with
  const out = new Array<number>(m);
  for (let j = 0; j < m; j++) out[j] = items[(first + j) % size];
  dqSetAll(d, out);
  return d;
}

function compare(a: number, b: number, op: number): number {
  if (!isDeque(b)) return K.NotImplemented;
  const vs = dqLen(a);
  const ws = dqLen(b);
  if (op === CMP_EQ || op === CMP_NE) {
    if (a === b) return (op === CMP_EQ) ? K.True : K.False;
    if (vs !== ws) return (op === CMP_EQ) ? K.False : K.True;
  }
  const i1 = newDequeIter(a, false);
  const i2 = newDequeIter(b, false);
  for (;;) {
    const x = next(i1);
    if (x === 0) break;
    const y = next(i2);
    if (y === 0) break;
    if (!same(x, y)) {
      if (op === CMP_EQ) return K.False;
      if (op === CMP_NE) return K.True;
      return richCompare(x, y, op);
    }
  }
  let r: boolean;
  switch (op) {
    case 0: r = vs < ws; break;
    case 1: r = vs <= ws; break;
    case 2: r = vs === ws; break;
    case 3: r = vs !== ws; break;
    case 4: r = vs > ws; break;
    default: r = vs >= ws; break;
  }
  return r ? K.True : K.False;
}

/** deque(iterable=(), maxlen=None).__init__ (a second __init__ clears the deque first). */
function init(d: number, args: number[], kw: number): void {
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  const npos = args.length - nkw;
  if (args.length > 2) typeError(`deque() takes at most 2 arguments (${args.length} given)`);
  let iterable = npos > 0 ? args[0] : 0;
  let maxlenObj = npos > 1 ? args[1] : 0;
  for (let k = 0; k < nkw; k++) {
    const name = strJs(tupleItems(kw)[k]);
    const v = args[npos + k];
    if (name === 'iterable' && npos < 1) iterable = v;
    else if (name === 'maxlen' && npos < 2) maxlenObj = v;
    else if (name === 'iterable' || name === 'maxlen') {
      typeError(`argument for deque() given by name ('${name}') and position (${name === 'iterable' ? 1 : 2})`);
    } else typeError(`'${name}' is an invalid keyword argument for deque()`);
  }
  let maxlen = -1;
  if (maxlenObj !== 0 && maxlenObj !== K.None) {
    const isInt = (maxlenObj & 1) === 1 || (mem[maxlenObj] & 0x7ff) === L_INT || (mem[maxlenObj] & 0x7ff) === L_BOOL || isSubtype(typeOf(maxlenObj), T.int);
    if (!isInt) typeError('an integer is required');
    maxlen = ssizeArg(maxlenObj);
    if (maxlen < 0) valueError('maxlen must be non-negative');
  }
  dqSetMaxlen(d, maxlen);
  if (dqLen(d) > 0) dqClear(d);
  if (iterable !== 0) extend(d, iterable, false);
}

function repr(d: number): number {
  const body = withReprGuard(d, () => {
    const list = '[' + dqItems(d).map(reprJs).join(', ') + ']';
    const maxlen = dqMaxlen(d);
    return maxlen < 0 ? `${typeName(typeOf(d))}(${list})` : `${typeName(typeOf(d))}(${list}, maxlen=${maxlen})`;
  }, '[...]');
  return newStr(body);
}

export const dequeType: TypeDef = {
  name: 'deque',
  module: 'collections',
  layout: L_ITER,
  sequence: true,
  doc: 'deque([iterable[, maxlen]]) --> deque object\n\nA list-like sequence optimized for data accesses near its endpoints.',
  noargs: ['pop', 'popleft', 'clear', 'copy', '__copy__', 'reverse', '__reversed__', '__reduce__'],
  onearg: ['append', 'appendleft', 'extend', 'extendleft', 'count', 'remove'],
  hiddenDunders: ['__radd__', '__bool__'],
  slots: {
    new: (cls) => newDeque(cls),
    init,
    repr,
    hash: (v) => typeError(`unhashable type: '${typeOf(v) === T.deque ? 'collections.deque' : tname(v)}'`),
    richcompare: compare,
    len: (d) => dqLen(d),
    bool: (d) => dqLen(d) !== 0,
    iter: (d) => newDequeIter(d, false),
    getitem: (d, key) => dqItem(d, position(d, key)),
    setitem: (d, key, v) => {
      const i = position(d, key);
      if (v !== 0) {
        dqSetItem(d, i, v);
        return;
      }
      const items = dqItems(d);
      items.splice(i, 1);
      dqSetAll(d, items);
    },
    contains: (d, v) => {
      const st = dqState(d);
      const n = dqLen(d);
      for (let i = 0; i < n && i < dqLen(d); i++) {
        const hit = same(dqItem(d, i), v);
        if (dqState(d) !== st) mutated();
        if (hit) return true;
      }
      return false;
    },
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        if (!isDeque(x)) return K.NotImplemented;
        if (!isDeque(y)) {
          // (a class statement's __radd__ still gets its turn, as CPython's sq_concat comes last)
          const rt = typeOf(y);
          if ((typeFlags(rt) & TF_HEAPTYPE) !== 0 && typeInfo(rt).lookup(intern('__radd__')) !== 0) return K.NotImplemented;
          return typeError(`can only concatenate deque (not "${tname(y)}") to deque`);
        }
        const r = copy(x);
        extend(r, y, false);
        return r;
      };
      a[5] = (x: number, y: number): number => {
        const [d, n] = isDeque(x) ? [x, y] : [y, x];
        if (!isDeque(d) || !hasIndex(n)) return K.NotImplemented;
        return repeatInPlace(copy(d), n);
      };
      return a;
    })(),
    nbi: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        extend(x, y, false);
        return x;
      };
      a[5] = (x: number, y: number): number => (hasIndex(y) ? repeatInPlace(x, y) : K.NotImplemented);
      return a;
    })(),
  },
  methods: {
    append: (a) => (dqAppend(self(a[0], 'append'), a[1]), K.None),
    appendleft: (a) => (dqAppendLeft(self(a[0], 'appendleft'), a[1]), K.None),
    pop: (a) => dqPop(self(a[0], 'pop')),
    popleft: (a) => dqPopLeft(self(a[0], 'popleft')),
    extend: (a) => (extend(self(a[0], 'extend'), a[1], false), K.None),
    extendleft: (a) => (extend(self(a[0], 'extendleft'), a[1], true), K.None),
    clear: (a) => (dqClear(self(a[0], 'clear')), K.None),
    copy: (a) => copy(self(a[0], 'copy')),
    __copy__: (a) => copy(self(a[0], '__copy__')),
    count: (a) => {
      const d = self(a[0], 'count');
      const st = dqState(d);
      const n = dqLen(d);
      let c = 0;
      for (let i = 0; i < n && i < dqLen(d); i++) {
        if (same(dqItem(d, i), a[1])) c++;
        if (dqState(d) !== st) mutated();
      }
      return intFromNumber(c);
    },
    index: (a, kw) => {
      noKw('index', kw);
      if (a.length < 2) typeError(`index() takes at least 1 argument (${a.length - 1} given)`);
      if (a.length > 4) typeError(`index() takes at most 3 arguments (${a.length - 1} given)`);
      const d = self(a[0], 'index');
      let start = a.length > 2 ? sliceIndexNumber(a[2], false) : 0;
      let stop = a.length > 3 ? sliceIndexNumber(a[3], false) : Number.MAX_SAFE_INTEGER;
      const n = dqLen(d);
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      if (stop > n) stop = n;
      if (start > stop) start = stop;
      const st = dqState(d);
      for (let i = start; i < stop; i++) {
        const hit = same(dqItem(d, i), a[1]);
        if (hit) return intFromNumber(i);
        if (dqState(d) !== st) mutated();
      }
      return valueError(`${reprJs(a[1])} is not in deque`);
    },
    insert: (a, kw) => {
      noKw('insert', kw);
      if (a.length !== 3) typeError(`insert() takes exactly 2 arguments (${a.length - 1} given)`);
      const d = self(a[0], 'insert');
      let i = ssizeArg(a[1]);
      const n = dqLen(d);
      if (dqMaxlen(d) === n) indexError('deque already at its maximum size');
      if (i >= n) return (dqAppend(d, a[2]), K.None);
      if (i <= -n || i === 0) return (dqAppendLeft(d, a[2]), K.None);
      if (i < 0) i += n;
      const items = dqItems(d);
      items.splice(i, 0, a[2]);
      dqSetAll(d, items);
      return K.None;
    },
    remove: (a) => {
      const d = self(a[0], 'remove');
      const st = dqState(d);
      const n = dqLen(d);
      for (let i = 0; i < n && i < dqLen(d); i++) {
        const hit = same(dqItem(d, i), a[1]);
        if (dqState(d) !== st) indexError('deque mutated during iteration');
        if (hit) {
          const items = dqItems(d);
          items.splice(i, 1);
          dqSetAll(d, items);
          return K.None;
        }
      }
      return valueError(`${reprJs(a[1])} is not in deque`);
    },
    reverse: (a) => {
      const d = self(a[0], 'reverse');
      // (CPython's reverse leaves the state alone: iterators continue over the new order)
      dqSetAll(d, dqItems(d).reverse(), false);
      return K.None;
    },
    rotate: (a, kw) => {
      noKw('deque.rotate', kw);
      if (a.length > 2) typeError(`deque.rotate expected at most 1 argument, got ${a.length - 1}`);
      const d = self(a[0], 'rotate');
      dqRotate(d, a.length > 1 ? ssizeArg(a[1]) : 1);
      return K.None;
    },
    __reversed__: (a) => newDequeIter(self(a[0], '__reversed__'), true),
    __reduce__: (a) => {
      const d = self(a[0], '__reduce__');
      const dict = instanceDict(d);
      const maxlen = dqMaxlen(d);
      const args = maxlen < 0 ? K.emptyTuple : newTuple([K.emptyTuple, intFromNumber(maxlen)]);
      return newTuple([typeOf(d), args, dict === 0 ? K.None : dict, iter(d)]); // (a subclass's __iter__)
    },
  },
  classmethods: {
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
  getters: {
    maxlen: (d) => {
      const m = dqMaxlen(self(d, 'maxlen'));
      return m < 0 ? K.None : intFromNumber(m);
    },
  },
  setters: {
    maxlen: () => raise(T.AttributeError, "attribute 'maxlen' of 'collections.deque' objects is not writable"),
  },
  attrs: { __hash__: () => K.None },
};

