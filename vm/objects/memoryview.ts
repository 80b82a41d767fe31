// memoryview over bytes and bytearray (format 'B', one dimension): enough for code that slices
// and converts buffers. payload (L_ITER): [class, 0, source object, start (tagged), length (tagged)].
import { mem } from '../../stmgc/heap';
import { L_ITER } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError } from '../runtime/errors';
import { L_BYTEARRAY } from '../runtime/layouts';
import { indexNumber, tname } from '../runtime/protocol';
import { intFromNumber } from './int_core';
import { newStr } from './str_core';
import { newBytes } from './bytes_core';
import { newList } from './list_core';
import { newTuple } from './tuple_core';
import { newIter, IT_EXTRA, IT_POS, IT_SOURCE } from './iterators';
import { bytearrayWritableView } from './bytearray';
import { bytesOf, bytesRepr } from './bytes';
import { isSlice, sliceIndices } from './slice';
import { seqCompare } from './list';

/** The bytes a memoryview shows (a view into its source; valid within one builtin call). */
export function memoryviewData(v: number): Uint8Array { return data(v); }

function data(v: number): Uint8Array {
  const b = bytesOf(mem[v + IT_SOURCE])!;
  const start = mem[v + IT_POS] >> 1;
  return b.subarray(start, start + (mem[v + IT_EXTRA] >> 1));
}

export const memoryviewType: TypeDef = {
  name: 'memoryview',
  layout: L_ITER,
  final: true,
  slots: {
    new: (cls, args) => {
      if (args.length !== 1) typeError(`memoryview() takes exactly one argument (${args.length} given)`);
      const b = bytesOf(args[0]);
      if (b === null) typeError(`memoryview: a bytes-like object is required, not '${tname(args[0])}'`);
      if ((mem[args[0]] & 0x7ff) === L_ITER) return newIter(cls, mem[args[0] + IT_SOURCE], (mem[args[0] + IT_POS] >> 1), intFromNumber(b!.length));
      return newIter(cls, args[0], 0, intFromNumber(b!.length));
    },
    len: (v) => data(v).length,
    getitem: (v, k) => {
      const d = data(v);
      if (isSlice(k)) {
        const [start, , step, n] = sliceIndices(k, d.length);
        if (step !== 1) return newBytes(Uint8Array.from({ length: n }, (_, i) => d[start + i * step]));
        return newIter(T.memoryview, mem[v + IT_SOURCE], (mem[v + IT_POS] >> 1) + start, intFromNumber(n));
      }
      let i = indexNumber(k);
      if (i < 0) i += d.length;
      if (i < 0 || i >= d.length) indexError('index out of bounds on dimension 1');
      return intFromNumber(d[i]);
    },
    setitem: (v, k, x) => {
      if (x === 0) typeError('cannot delete memory');
      if ((mem[mem[v + IT_SOURCE]] & 0x7ff) !== L_BYTEARRAY) typeError('cannot modify read-only memory');
      bytearrayWritableView(mem[v + IT_SOURCE]); // barriers: the writes below are in place
      const d = data(v);
      if (isSlice(k)) {
        const [start, , step, n] = sliceIndices(k, d.length);
        const src = bytesOf(x);
        if (src === null) typeError(`a bytes-like object is required, not '${tname(x)}'`);
        if (src!.length !== n) valueError('memoryview assignment: lvalue and rvalue have different structures');
        const copy = src!.slice();
        for (let i = 0, j = start; i < n; i++, j += step) d[j] = copy[i];
        return;
      }
      let i = indexNumber(k);
      if (i < 0) i += d.length;
      if (i < 0 || i >= d.length) indexError('index out of bounds on dimension 1');
      const n = indexNumber(x);
      if (n < 0 || n > 255) valueError('memoryview: invalid value for format \'B\'');
      d[i] = n;
    },
    repr: (v) => newStr(`<memory at 0x${(v * 4).toString(16)}>`),
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      const y = (b & 1) === 0 && (mem[b] & 0x7ff) === L_ITER && mem[b + 2] === T.memoryview ? data(b) : bytesOf(b);
      if (y === null) return K.NotImplemented;
      return seqCompare(Array.from(data(a), (c) => (c << 1) | 1), Array.from(y, (c) => (c << 1) | 1), op);
    },
  },
  methods: {
    tobytes: (a) => newBytes(new Uint8Array(data(a[0]))),
    tolist: (a) => newList(Array.from(data(a[0]), (c) => intFromNumber(c))),
    hex: (a) => newStr(Buffer.from(data(a[0])).toString('hex')),
    release: () => K.None,
    __enter__: (a) => a[0],
    __exit__: () => K.None,
  },
  getters: {
    nbytes: (v) => intFromNumber(data(v).length),
    readonly: (v) => (mem[mem[v + IT_SOURCE]] & 0x7ff) === (mem[newBytesProbe()] & 0x7ff) ? K.True : K.False,
    format: () => newStr('B'),
    itemsize: () => intFromNumber(1),
    ndim: () => intFromNumber(1),
    obj: (v) => mem[v + IT_SOURCE],
    // one dimension of bytes, never strided (a stepped slice is a bytes copy here)
    contiguous: () => K.True,
    c_contiguous: () => K.True,
    f_contiguous: () => K.True,
    shape: (v) => newTuple([intFromNumber(data(v).length)]),
    strides: () => newTuple([intFromNumber(1)]),
  },
};

let probe = 0;
function newBytesProbe(): number {
  if (probe === 0) probe = newBytes(new Uint8Array(0), true);
  return probe;
}

export const _keep = [bytesRepr];
