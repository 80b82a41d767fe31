// bytearray: a mutable byte buffer. payload: [class, __dict__, length (tagged), storage (L_RAW)].
// Barriers: the bytearray guards its storage. Every read goes through bytearrayView (read
// barrier, length bounded by the storage's capacity); every write barriers the bytearray, then
// the storage when it is written in place (the undo log must hold its old bytes).
import { mem, u8 } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc } from '../runtime/alloc';
import { L_BYTEARRAY, L_RAW } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError } from '../runtime/errors';
import { index, indexNumber, iterToArray, tname } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr } from './str_core';
import { newBytes } from './bytes_core';
import { isSlice, sliceIndices } from './slice';
import { bindArgs } from './builtin_function';
import { bytesFromObject, bytesOf, bytesRepr } from './bytes';
import { newIter } from './iterators';
import { seqCompare } from './list';

export const BA_LEN = 4;
export const BA_DATA = 5;

export function bytearrayView(r: number): Uint8Array {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  if (data === 0) return new Uint8Array(0);
  const n = Math.min(mem[r + BA_LEN] >> 1, payloadWords(data) * 4); // bounded: torn state
  return u8.subarray((data + 2) * 4, (data + 2) * 4 + n);
}

/** The bytes, for writing in place (memoryview): the bytearray and its storage write-barriered. */
export function bytearrayWritableView(r: number): Uint8Array {
  writeBarrier(r);
  const data = mem[r + BA_DATA];
  if (data !== 0) writeBarrier(data);
  return bytearrayView(r);
}

export function setBytearray(r: number, b: Uint8Array): void {
  const words = Math.max(1, (b.length + 3) >> 2);
  writeBarrier(r);
  let data = mem[r + BA_DATA];
  if (data === 0 || payloadWords(data) < words) {
    data = alloc(L_RAW, words + (words >> 2), 0);
    mem[r + BA_DATA] = data;
  } else writeBarrier(data); // written in place: the undo log keeps the old bytes
  u8.set(b, (data + 2) * 4);
  mem[r + BA_LEN] = (b.length << 1) | 1;
}

export function newBytearray(b: Uint8Array, cls = T.bytearray): number {
  const r = alloc(L_BYTEARRAY, 4, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + BA_LEN] = 1;
  setBytearray(r, b);
  return r;
}

function byteValue(v: number): number {
  const n = Number(toBigInt(index(v)));
  if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  return n;
}

function byteList(v: number): Uint8Array {
  if (strObj(v) !== 0) typeError('cannot extend bytearray with str');
  return Uint8Array.from(iterToArray(v).map(byteValue));
}

function typeName(cls: number): string { return strJs(getattr(cls, intern('__name__'))); }

function view(v: number): Uint8Array {
  if ((v & 1) === 1 || (mem[v] & 0x7ff) !== L_BYTEARRAY) typeError(`descriptor requires a 'bytearray' object but received a '${tname(v)}'`);
  return bytearrayView(v);
}

export const bytearrayType: TypeDef = {
  name: 'bytearray',
  layout: L_BYTEARRAY,
  slots: {
    repr: (v) => newStr(`${typeName(mem[v + 2])}(${bytesRepr(view(v), 'b', true)})`),
    hash: () => typeError("unhashable type: 'bytearray'"),
    len: (v) => view(v).length,
    getitem: (v, k) => {
      const b = view(v);
      if (isSlice(k)) {
        const [start, , step, n] = sliceIndices(k, b.length);
        const out = new Uint8Array(n);
        for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
        return newBytearray(out);
      }
      if ((k & 1) === 0 && typeInfo(typeOf(k)).slots.index === null) typeError(`bytearray indices must be integers or slices, not ${tname(k)}`);
      let i = indexNumber(k);
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) indexError('bytearray index out of range');
      return intFromNumber(b[i]);
    },
    setitem: (v, k, x) => {
      const b = Array.from(view(v));
      if (isSlice(k)) {
        const [start, stop, step, n] = sliceIndices(k, b.length);
        const vals = x === 0 ? [] : Array.from(bytesOf(x) ?? byteList(x));
        if (step === 1) b.splice(start, Math.max(0, stop - start), ...vals);
        else {
          if (x === 0) {
            const drop = new Set<number>();
            for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
            setBytearray(v, Uint8Array.from(b.filter((_, i) => !drop.has(i))));
            return;
          }
          if (vals.length !== n) valueError(`attempt to assign bytes of size ${vals.length} to extended slice of size ${n}`);
          for (let i = 0, j = start; i < n; i++, j += step) b[j] = vals[i];
        }
        setBytearray(v, Uint8Array.from(b));
        return;
      }
      let i = indexNumber(k);
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) indexError('bytearray index out of range');
      if (x === 0) b.splice(i, 1);
      else {
        b[i] = byteValue(x);
      }
      setBytearray(v, Uint8Array.from(b));
    },
    iter: (v) => newIter(T.bytes_iterator, v),
    contains: (v, x) => bytesContains(view(v), x),
    richcompare: (a, b, op) => {
      const x = bytesOf(a);
      const y = bytesOf(b);
      if (x === null || y === null) return K.NotImplemented;
      return seqCompare(Array.from(x, (c) => (c << 1) | 1), Array.from(y, (c) => (c << 1) | 1), op);
    },
    new: (cls) => newBytearray(new Uint8Array(0), cls),
    init: (v, args, kw) => {
      const [x, enc, err] = bindArgs('bytearray', args, kw, ['source?', 'encoding?', 'errors?']);
      setBytearray(v, x === 0 ? new Uint8Array(0) : bytesFromObject(x, enc, err));
    },
    nbi: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        const by = bytesOf(y);
        if (by === null) return K.NotImplemented;
        const bx = view(x);
        const out = new Uint8Array(bx.length + by.length);
        out.set(bx);
        out.set(by, bx.length);
        setBytearray(x, out);
        return x;
      };
      a[5] = (x: number, y: number): number => {
        if ((y & 1) === 0 && typeInfo(typeOf(y)).slots.index === null) return K.NotImplemented;
        const b = view(x);
        const c = Math.max(0, indexNumber(y));
        const out = new Uint8Array(b.length * c);
        for (let i = 0; i < c; i++) out.set(b, i * b.length);
        setBytearray(x, out);
        return x;
      };
      return a;
    })(),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        const bx = bytesOf(x);
        const by = bytesOf(y);
        if (bx === null || by === null) {
          if (bx !== null && strObj(y) !== 0) typeError(`can't concat ${tname(y)} to ${tname(x)}`);
          return K.NotImplemented;
        }
        const out = new Uint8Array(bx.length + by.length);
        out.set(bx);
        out.set(by, bx.length);
        return (x & 1) === 0 && (mem[x] & 0x7ff) === L_BYTEARRAY ? newBytearray(out) : newBytes(out);
      };
      a[5] = (x: number, y: number): number => {
        const left = (x & 1) === 0 && (mem[x] & 0x7ff) === L_BYTEARRAY;
        const [b, n] = left ? [view(x), y] : [view(y), x];
        if ((n & 1) === 0 && typeInfo(typeOf(n)).slots.index === null) return K.NotImplemented;
        const c = Math.max(0, indexNumber(n));
        const out = new Uint8Array(b.length * c);
        for (let i = 0; i < c; i++) out.set(b, i * b.length);
        return newBytearray(out);
      };
      a[6] = (x: number, y: number): number => {
        if ((x & 1) === 1 || (mem[x] & 0x7ff) !== L_BYTEARRAY) return K.NotImplemented;
        return newBytearray(bytesPercent(view(x), y));
      };
      return a;
    })(),
  },
  methods: {
    ...bytesMethods(view, (b) => newBytearray(b), bytesOf),
    append: (a) => {
      exactArgs('append', a.slice(1), 1);
      const n = byteValue(a[1]);
      const b = view(a[0]);
      const out = new Uint8Array(b.length + 1);
      out.set(b);
      out[b.length] = n;
      setBytearray(a[0], out);
      return K.None;
    },
    extend: (a) => {
      const extra = (bytesOf(a[1]) ?? byteList(a[1])).slice();
      const b = view(a[0]);
      const out = new Uint8Array(b.length + extra.length);
      out.set(b);
      out.set(extra, b.length);
      setBytearray(a[0], out);
      return K.None;
    },
    insert: (a) => {
      exactArgs('insert', a.slice(1), 2);
      const b = Array.from(view(a[0]));
      let i = indexNumber(a[1]);
      if (i < 0) i = Math.max(0, i + b.length);
      if (i > b.length) i = b.length;
      b.splice(i, 0, byteValue(a[2]));
      setBytearray(a[0], Uint8Array.from(b));
      return K.None;
    },
    pop: (a) => {
      const b = Array.from(view(a[0]));
      if (b.length === 0) indexError('pop from empty bytearray');
      let i = a.length > 1 ? indexNumber(a[1]) : b.length - 1;
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) indexError('pop index out of range');
      const [v] = b.splice(i, 1);
      setBytearray(a[0], Uint8Array.from(b));
      return intFromNumber(v);
    },
    remove: (a) => {
      const n = byteValue(a[1]);
      const b = Array.from(view(a[0]));
      const i = b.indexOf(n);
      if (i < 0) valueError('value not found in bytearray');
      b.splice(i, 1);
      setBytearray(a[0], Uint8Array.from(b));
      return K.None;
    },
    clear: (a) => {
      setBytearray(a[0], new Uint8Array(0));
      return K.None;
    },
    copy: (a) => newBytearray(new Uint8Array(view(a[0]))),
    reverse: (a) => {
      setBytearray(a[0], Uint8Array.from(view(a[0])).reverse());
      return K.None;
    },
    __alloc__: (a) => intFromNumber(view(a[0]).length + 1),
  },
  classmethods: {
    fromhex: (a) => {
      const r = newBytearray(parseHex(a[1]));
      return a[0] === T.bytearray ? r : callObject(a[0], [r], 0);
    },
  },
  staticmethods: {
    maketrans: (a) => newBytes(makeTrans(a, bytesOf)),
  },
  attrs: { __hash__: () => K.None },
};

import { getattr } from '../runtime/protocol';
import { intern } from './str_core';
import { callObject } from '../interp/call';
import { bytesMethods, parseHex, makeTrans } from './bytes_methods';
import { bytesContains } from './bytes';
import { bytesPercent } from './str_percent';
import { strObj } from './str';
import { strJs } from './str_core';
import { typeInfo } from './type_core';
import { K as _K, typeOf } from '../runtime/types';
import { exactArgs } from './builtin_function';
function callMethodOn(obj: number, name: string, args: number[], kw: number): number {
  return callObject(getattr(obj, intern(name)), args, kw);
}
