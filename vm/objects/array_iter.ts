// array.arrayiterator: iter(array) (CPython 3.11's arrayiterobject). payload (L_ITER, newIter):
// [class, 0, the array, position (tagged; -1 once exhausted: the array is dropped, as
// CPython's ao = NULL, so an array that grows later gives no more items)]. Pickles as
// (iter, (array,), position) or (iter, ((),)) once exhausted; __setstate__ clamps.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';
import { K } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { indexNumber } from '../runtime/protocol';
import { intFromNumber } from './int_core';
import { newTuple } from './tuple_core';
import { IT_POS, IT_SOURCE, builtinNamed, releaseSource } from './iterators';
import { arrayItemAt, arrayLen } from './array_core';

function pos(it: number): number {
  readBarrier(it);
  return mem[it + IT_POS] >> 1;
}

function setPos(it: number, p: number): void {
  writeBarrier(it);
  mem[it + IT_POS] = (p << 1) | 1;
}

export const arrayIterType: TypeDef = {
  name: 'arrayiterator',
  module: 'array',
  layout: L_ITER,
  final: true,
  noargs: ['__reduce__'],
  slots: {
    iter: (it) => it,
    next: (it) => {
      const p = pos(it);
      if (p < 0) return 0;
      const x = arrayItemAt(mem[it + IT_SOURCE], p);
      if (x === 0) {
        setPos(it, -1);
        releaseSource(it);
        return 0;
      }
      setPos(it, p + 1);
      return x;
    },
  },
  methods: {
    __reduce__: (a) => {
      const iterFn = builtinNamed('iter');
      const p = pos(a[0]);
      if (p < 0) return newTuple([iterFn, newTuple([K.emptyTuple])]);
      return newTuple([iterFn, newTuple([mem[a[0] + IT_SOURCE]]), intFromNumber(p)]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`arrayiterator.__setstate__() takes exactly one argument (${a.length - 1} given)`);
      let i = indexNumber(a[1]);
      if (pos(a[0]) < 0) return K.None;
      const n = arrayLen(mem[a[0] + IT_SOURCE]);
      i = i < 0 ? 0 : i > n ? n : i;
      setPos(a[0], i);
      return K.None;
    },
  },
};
