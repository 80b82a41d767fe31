// array.array (CPython 3.11's Modules/arraymodule.c): the class, its slots and methods, over the
// raw items of array_core.ts. Messages are CPython's word for word. Every method is one builtin
// call, so one atomic step for other threads. Results of slicing, +, * and copies are plain
// array.array (not the subclass), as CPython's.
import { argTypeName } from '../runtime/protocol';
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, raise, typeError, valueError } from '../runtime/errors';
import { getattr, getattrOpt, indexNumber, isIntObject, reprJs, sliceIndexNumber, tname } from '../runtime/protocol';
import { intern, newStr } from './str_core';
import { strObj } from './str';
import { intFromNumber } from './int_core';
import { newList, isList, listItems } from './list_core';
import { newTuple } from './tuple_core';
import { exactArgs, methodArgRange, positionalOnlyNew } from './builtin_function';
import { typeName } from './type_core';
import { isSlice } from './slice';
import { bytesOf } from './bytes';
import { newBytes, bytesView } from './bytes_core';
import { callObject } from '../interp/call';
import { importModule } from '../runtime/importer';
import { L_BYTEARRAY, L_BYTES } from '../runtime/layouts';
import { BA_DATA } from './bytearray';
import { newIter } from './iterators';
import {
  TYPECODES, arrayAppendJs, arrayBytes, arrayCode, arrayGet, arrayItemsJs, arrayLen, arrayReplaceItems, arraySetBytes,
  arraySetJs, boxItem, codePointsStr, convertItem, isArray, itemSizeOf, newArray, packItems,
} from './array_core';
import {
  assignSlice, compareArrays, constructArray, extend, findItem, frombytes, itemEquals, needArray, sliceOf,
} from './array_ops';
import { strCodePoints } from './str_core';

const NO_BYTES = new Uint8Array(0);

/** Native machine format codes (CPython's typecode_to_mformat_code on little-endian Linux). */
export const NATIVE_MFORMAT: Record<string, number> = { b: 1, B: 0, h: 4, H: 2, i: 8, I: 6, l: 12, L: 10, q: 12, Q: 10, f: 14, d: 16, u: 20 };

import { hasIndex, repeatBytes, repeatCount } from './seq_repeat';

function position(a: number, k: number, msg: string): number {
  let i = indexNumber(k);
  const n = arrayLen(a);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError(msg);
  return i;
}

export function typecodeArg(v: number, fname: string, argn: number): string {
  const s = strObj(v);
  const cps = s === 0 ? [] : strCodePoints(s);
  if (s === 0 || cps.length !== 1) typeError(`${fname}() argument ${argn} must be a unicode character, not ${tname(v)}`);
  return String.fromCodePoint(cps[0]);
}

function arrayNew(cls: number, args: number[], kw: number): number {
  const pos = positionalOnlyNew('array.array', cls, T.array, args, kw);
  if (pos.length < 1) typeError(`array() takes at least 1 argument (${pos.length} given)`);
  if (pos.length > 2) typeError(`array() takes at most 2 arguments (${pos.length} given)`);
  const tc = typecodeArg(pos[0], 'array', 1);
  if (!TYPECODES.includes(tc)) valueError('bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)');
  return constructArray(cls, tc, pos.length > 1 ? pos[1] : 0);
}

function repr(a: number): number {
  const tc = arrayCode(a);
  const name = typeName(typeOf(a));
  if (arrayLen(a) === 0) return newStr(`${name}('${tc}')`);
  const items = arrayItemsJs(a);
  if (tc === 'u') return newStr(`${name}('u', ${reprJs(codePointsStr(items))})`);
  return newStr(`${name}('${tc}', ${reprJs(newList(items.map((x) => boxItem(tc, x))))})`);
}

function repeat(a: number, n: number): Uint8Array {
  const b = arrayBytes(a);
  const c = repeatCount(n, b.length, null, 2 ** 31);
  return repeatBytes(b, c);
}

function mulDunder(a: number[], name: string, f: (x: number, c: number) => number): number {
  if (a.length !== 2) typeError(`expected 1 argument, got ${a.length - 1}`);
  const self = needArray(a[0], name);
  if (!hasIndex(a[1])) typeError(`can't multiply sequence by non-int of type '${tname(a[1])}'`);
  return f(self, a[1]);
}

function reduceEx(a: number[]): number {
  if (a.length !== 2) typeError(`__reduce_ex__() takes exactly 1 positional argument (${a.length - 1} given)`);
  const self = needArray(a[0], '__reduce_ex__');
  if (!isIntObject(a[1])) typeError('__reduce_ex__ argument should be an integer');
  const proto = indexNumber(a[1]);
  let dict = getattrOpt(self, intern('__dict__'));
  if (dict === 0) dict = K.None;
  const tc = arrayCode(self);
  if (proto < 3) {
    return newTuple([typeOf(self), newTuple([newStr(tc), tolist(self)]), dict]);
  }
  const recon = getattr(importArrayModule(), intern('_array_reconstructor'));
  return newTuple([recon, newTuple([typeOf(self), newStr(tc), intFromNumber(NATIVE_MFORMAT[tc]), newBytes(arrayBytes(self).slice())]), dict]);
}

function importArrayModule(): number { return importModule('array'); }

function tolist(a: number): number {
  const tc = arrayCode(a);
  return newList(arrayItemsJs(a).map((x) => boxItem(tc, x)));
}

const copyOf = (a: number): number => newArray(T.array, arrayCode(a), arrayBytes(a).slice());

function byteswap(a: number): void {
  const size = itemSizeOf(arrayCode(a));
  if (size === 1) return;
  const b = arrayBytes(a).slice();
  for (let o = 0; o + size <= b.length; o += size) b.subarray(o, o + size).reverse();
  arraySetBytes(a, b);
}

function fromfile(a: number[]): number {
  methodArgRange('fromfile', a, 2, 2);
  const self = needArray(a[0], 'fromfile');
  const n = indexNumber(a[2]);
  if (n < 0) valueError('negative count');
  const size = itemSizeOf(arrayCode(self));
  const want = n * size;
  const r = callObject(getattr(a[1], intern('read')), [intFromNumber(want)], 0);
  if ((r & 1) === 1 || (mem[r] & 0x7ff) !== L_BYTES) typeError("read() didn't return bytes");
  const got = bytesView(r);
  const whole = got.length - (got.length % size);
  frombytes(self, got.slice(0, whole));
  if (got.length !== want) raise(T.EOFError, "read() didn't return enough bytes");
  return K.None;
}

function tofile(a: number[]): number {
  if (a.length !== 2) typeError(`tofile() takes exactly 1 positional argument (${a.length - 1} given)`);
  const self = needArray(a[0], 'tofile');
  const b = arrayBytes(self).slice();
  const write = getattr(a[1], intern('write'));
  const BLOCK = 64 * 1024;
  for (let o = 0; o < b.length; o += BLOCK) callObject(write, [newBytes(b.subarray(o, o + BLOCK))], 0);
  return K.None;
}

export const arrayType: TypeDef = {
  name: 'array',
  module: 'array',
  layout: L_BYTEARRAY,
  sequence: true,
  doc: 'array(typecode [, initializer]) -> array\n\nReturn a new array whose items are restricted by typecode, and\ninitialized from the optional initializer value, which must be a list,\nstring or iterable over elements of the appropriate type.\n\nArrays represent basic values and behave very much like lists, except\nthe type of objects stored in them is constrained. The type is specified\nat object creation time by using a type code, which is a single character.',
  noargs: ['buffer_info', 'byteswap', 'reverse', 'tobytes', 'tolist', 'tounicode', '__copy__'],
  onearg: ['append', 'extend', 'count', 'remove', 'fromlist', 'frombytes', 'fromunicode', '__deepcopy__'],
  hiddenDunders: ['__radd__', '__bool__'],
  slots: {
    new: arrayNew,
    repr,
    hash: (v) => typeError(`unhashable type: '${tname(v)}'`),
    richcompare: compareArrays,
    len: (a) => arrayLen(a),
    iter: (a) => newIter(T.arrayiterator, a),
    contains: (a, v) => findItem(a, v, 0, Number.MAX_SAFE_INTEGER) >= 0,
    getitem: (a, k) => {
      if (hasIndex(k)) return arrayGet(a, position(a, k, 'array index out of range'));
      if (isSlice(k)) return sliceOf(a, k);
      return typeError('array indices must be integers');
    },
    setitem: (a, k, v) => {
      if (hasIndex(k)) {
        if (v === 0) {
          const i = position(a, k, 'array assignment index out of range');
          arrayReplaceItems(a, i, i + 1, NO_BYTES);
          return;
        }
        const i = position(a, k, 'array assignment index out of range');
        arraySetJs(a, i, convertItem(arrayCode(a), v));
        return;
      }
      if (isSlice(k)) { assignSlice(a, k, v); return; }
      typeError('array indices must be integers');
    },
    nb: (() => {
      const n = new Array(13).fill(null);
      n[0] = (x: number, y: number): number => {
        if (!isArray(x)) return K.NotImplemented;
        if (!isArray(y)) typeError(`can only append array (not "${tname(y)}") to array`);
        if (arrayCode(x) !== arrayCode(y)) typeError('bad argument type for built-in operation');
        const bx = arrayBytes(x);
        const by = arrayBytes(y);
        const out = new Uint8Array(bx.length + by.length);
        out.set(bx);
        out.set(by, bx.length);
        return newArray(T.array, arrayCode(x), out);
      };
      n[5] = (x: number, y: number): number => {
        const [a, c] = isArray(x) ? [x, y] : [y, x];
        if (!isArray(a) || !hasIndex(c)) return K.NotImplemented;
        return newArray(T.array, arrayCode(a), repeat(a, c));
      };
      return n;
    })(),
    nbi: (() => {
      const n = new Array(13).fill(null);
      n[0] = (x: number, y: number): number => {
        if (!isArray(y)) typeError(`can only extend array with array (not "${tname(y)}")`);
        if (arrayCode(x) !== arrayCode(y)) typeError('bad argument type for built-in operation');
        extend(x, y);
        return x;
      };
      n[5] = (x: number, y: number): number => {
        if (!hasIndex(y)) return K.NotImplemented;
        arraySetBytes(x, repeat(x, y));
        return x;
      };
      return n;
    })(),
  },
  methods: {
    append: (a) => (arrayAppendJs(needArray(a[0], 'append'), convertItem(arrayCode(a[0]), a[1])), K.None),
    extend: (a) => (extend(needArray(a[0], 'extend'), a[1]), K.None),
    insert: (a, kw) => {
      exactArgs('insert', a.slice(1), 2, kw);
      const self = needArray(a[0], 'insert');
      let i = indexNumber(a[1]);
      const x = convertItem(arrayCode(self), a[2]);
      const n = arrayLen(self);
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      arrayReplaceItems(self, i, i, packItems(arrayCode(self), [x]));
      return K.None;
    },
    pop: (a, kw) => {
      methodArgRange('pop', a, 0, 1, kw);
      const self = needArray(a[0], 'pop');
      const n = arrayLen(self);
      let i = a.length > 1 ? indexNumber(a[1]) : -1;
      if (n === 0) indexError('pop from empty array');
      if (i < 0) i += n;
      if (i < 0 || i >= n) indexError('pop index out of range');
      const v = arrayGet(self, i);
      arrayReplaceItems(self, i, i + 1, NO_BYTES);
      return v;
    },
    remove: (a) => {
      const self = needArray(a[0], 'remove');
      const i = findItem(self, a[1], 0, Number.MAX_SAFE_INTEGER);
      if (i < 0) valueError('array.remove(x): x not in array');
      arrayReplaceItems(self, i, i + 1, NO_BYTES);
      return K.None;
    },
    index: (a, kw) => {
      methodArgRange('index', a, 1, 3, kw);
      const self = needArray(a[0], 'index');
      const n = arrayLen(self);
      let start = a.length > 2 ? sliceIndexNumber(a[2], false) : 0;
      let stop = a.length > 3 ? sliceIndexNumber(a[3], false) : Number.MAX_SAFE_INTEGER;
      if (start < 0) start = Math.max(0, start + n);
      if (stop < 0) stop = Math.max(0, stop + n);
      const i = findItem(self, a[1], start, stop);
      if (i < 0) valueError('array.index(x): x not in array');
      return intFromNumber(i);
    },
    count: (a) => {
      const self = needArray(a[0], 'count');
      const tc = arrayCode(self);
      let c = 0;
      for (const x of arrayItemsJs(self)) if (itemEquals(tc, x, a[1])) c++;
      return intFromNumber(c);
    },
    reverse: (a) => {
      const self = needArray(a[0], 'reverse');
      const size = itemSizeOf(arrayCode(self));
      const b = arrayBytes(self);
      const n = Math.floor(b.length / size);
      const out = new Uint8Array(b.length);
      for (let i = 0; i < n; i++) out.set(b.subarray(i * size, (i + 1) * size), (n - 1 - i) * size);
      arraySetBytes(self, out);
      return K.None;
    },
    byteswap: (a) => (byteswap(needArray(a[0], 'byteswap')), K.None),
    buffer_info: (a) => {
      const self = needArray(a[0], 'buffer_info');
      const data = mem[self + BA_DATA];
      return newTuple([intFromNumber(data === 0 || arrayLen(self) === 0 ? 0 : (data + 2) * 4), intFromNumber(arrayLen(self))]);
    },
    tobytes: (a) => newBytes(arrayBytes(needArray(a[0], 'tobytes')).slice()),
    frombytes: (a) => {
      const self = needArray(a[0], 'frombytes');
      const b = bytesOf(a[1]);
      if (b === null) typeError(`a bytes-like object is required, not '${tname(a[1])}'`);
      frombytes(self, b!);
      return K.None;
    },
    tolist: (a) => tolist(needArray(a[0], 'tolist')),
    fromlist: (a) => {
      const self = needArray(a[0], 'fromlist');
      if (!isList(a[1])) typeError('arg must be list');
      const tc = arrayCode(self);
      const b = packItems(tc, listItems(a[1]).map((x) => convertItem(tc, x)));
      if (b.length > 0) arrayAppendBytesChecked(self, b);
      return K.None;
    },
    tounicode: (a) => {
      const self = needArray(a[0], 'tounicode');
      if (arrayCode(self) !== 'u') valueError('tounicode() may only be called on unicode type arrays');
      return codePointsStr(arrayItemsJs(self));
    },
    fromunicode: (a) => {
      const self = needArray(a[0], 'fromunicode');
      const s = strObj(a[1]);
      if (s === 0) typeError(`fromunicode() argument must be str, not ${argTypeName(a[1])}`);
      if (arrayCode(self) !== 'u') valueError('fromunicode() may only be called on unicode type arrays');
      const b = packItems('u', strCodePoints(s));
      if (b.length > 0) arrayAppendBytesChecked(self, b);
      return K.None;
    },
    fromfile,
    tofile,
    // (CPython's sq_repeat wrappers: a non-int count is a TypeError when called directly; the
    // operator still tries the other operand's __rmul__ through the slots above)
    __mul__: (a) => mulDunder(a, '__mul__', (x, c) => newArray(T.array, arrayCode(x), repeat(x, c))),
    __rmul__: (a) => mulDunder(a, '__rmul__', (x, c) => newArray(T.array, arrayCode(x), repeat(x, c))),
    __imul__: (a) => mulDunder(a, '__imul__', (x, c) => (arraySetBytes(x, repeat(x, c)), x)),
    __reduce_ex__: reduceEx,
    __copy__: (a) => copyOf(needArray(a[0], '__copy__')),
    __deepcopy__: (a) => copyOf(needArray(a[0], '__deepcopy__')),
    __sizeof__: (a) => intFromNumber(64 + arrayBytes(needArray(a[0], '__sizeof__')).length),
  },
  getters: {
    typecode: (a) => newStr(arrayCode(a)),
    itemsize: (a) => intFromNumber(itemSizeOf(arrayCode(a))),
  },
  attrs: { __hash__: () => K.None },
};

function arrayAppendBytesChecked(a: number, b: Uint8Array): void {
  frombytes(a, b);
}
