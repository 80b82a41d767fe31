// _collections._deque_iterator and _deque_reverse_iterator: L_ITER objects
//   payload: [class, 0, deque, position (tagged: items consumed), state (tagged: the deque's
//   state when the iterator was made)]
// next() raises "deque mutated during iteration" whenever the deque's state moved (every call,
// as CPython's), then returns item `position` (from the left, or from the right for the reverse
// iterator). Barriers: the iterator is read-barriered before its words are read and
// write-barriered before the position moves; the deque through deque_core's readers.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';
import { T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError } from '../runtime/errors';
import { indexNumber, tname } from '../runtime/protocol';
import { intFromNumber } from './int_core';
import { newTuple } from './tuple_core';
import { IT_EXTRA, IT_POS, IT_SOURCE, newIter } from './iterators';
import { dqItem, dqLen, dqState, isDeque } from './deque_core';

/** A new iterator over deque `d` (reverse: from the right). */
export function newDequeIter(d: number, reverse: boolean, pos = 0): number {
  return newIter(reverse ? T._deque_reverse_iterator : T._deque_iterator, d, pos, (dqState(d) << 1) | 1);
}

function dequeNext(it: number, reverse: boolean): number {
  readBarrier(it);
  const d = mem[it + IT_SOURCE];
  const pos = mem[it + IT_POS] >> 1;
  if (dqState(d) !== mem[it + IT_EXTRA] >> 1) raise(T.RuntimeError, 'deque mutated during iteration');
  const n = dqLen(d);
  if (pos >= n) return 0;
  writeBarrier(it);
  mem[it + IT_POS] = ((pos + 1) << 1) | 1;
  return dqItem(d, reverse ? n - 1 - pos : pos);
}

function remaining(it: number): number {
  readBarrier(it);
  return Math.max(0, dqLen(mem[it + IT_SOURCE]) - (mem[it + IT_POS] >> 1));
}

function iterDef(name: string, reverse: boolean): TypeDef {
  return {
    name,
    module: '_collections',
    layout: L_ITER,
    final: true,
    slots: {
      iter: (self) => self,
      next: (self) => dequeNext(self, reverse),
      // _deque_iterator(deque, index=0): what __reduce__ returns (pickling an iterator)
      new: (cls, args) => {
        if (args.length < 1 || args.length > 2) typeError(`${name}() takes at most 2 arguments (${args.length} given)`);
        if (!isDeque(args[0])) typeError(`${name}() argument 1 must be collections.deque, not ${tname(args[0])}`);
        const it = newIter(cls, args[0], 0, (dqState(args[0]) << 1) | 1);
        const k = args.length > 1 ? indexNumber(args[1]) : 0;
        const n = dqLen(args[0]);
        mem[it + IT_POS] = (Math.max(0, Math.min(k, n)) << 1) | 1;
        return it;
      },
    },
    methods: {
      __length_hint__: (a) => intFromNumber(remaining(a[0])),
      __reduce__: (a) => {
        readBarrier(a[0]);
        return newTuple([mem[a[0] + 2], newTuple([mem[a[0] + IT_SOURCE], intFromNumber(mem[a[0] + IT_POS] >> 1)])]);
      },
    },
  };
}

export const dequeIterType = iterDef('_deque_iterator', false);
export const dequeReverseIterType = iterDef('_deque_reverse_iterator', true);
