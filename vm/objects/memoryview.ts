// memoryview over bytes and bytearray (format 'B', one dimension): enough for code that slices
// and converts buffers. payload (L_ITER): [class, 0, source object, start (tagged), length (tagged)].
import { mem } from '../../stmgc/heap';
import { L_ITER } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError } from '../runtime/errors';
import { indexNumber, tname } from '../runtime/protocol';
import { intFromNumber } from './int_core';
import { newStr } from './str_core';
import { newBytes } from './bytes_core';
import { newList } from './list_core';
import { newIter, IT_EXTRA, IT_POS, IT_SOURCE } from './iterators';
import { bytesOf, bytesRepr } from './bytes';
import { isSlice, sliceIndices } from './slice';
import { seqCompare } from './list';

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
  },
};

let probe = 0;
function newBytesProbe(): number {
  if (probe === 0) probe = newBytes(new Uint8Array(0), true);
  return probe;
}

export const _keep = [bytesRepr];
