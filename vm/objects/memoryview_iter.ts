// memory_iterator: iter(memoryview) of a 1-D view (CPython 3.11's memoryiter), its items read one
// at a time in place (no list of them first). payload: the iterators.ts L_ITER layout [class,
// 0, the view (IT_SOURCE), position (IT_POS, tagged; -1 once exhausted)]. As CPython's: no
// __length_hint__, __reduce__ or instances from Python; a view released mid-way raises on the
// next step unless the iterator was at its end.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';
import type { TypeDef } from '../runtime/typedef';
import { IT_POS, IT_SOURCE } from './iterators';
import { memoryviewIterItem } from './memoryview';

export const memoryIteratorType: TypeDef = {
  name: 'memory_iterator',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (it) => it,
    next: (it) => {
      readBarrier(it);
      const pos = mem[it + IT_POS] >> 1;
      if (pos < 0) return 0;
      const x = memoryviewIterItem(mem[it + IT_SOURCE], pos);
      writeBarrier(it);
      mem[it + IT_POS] = x === 0 ? (-1 << 1) | 1 : ((pos + 1) << 1) | 1;
      return x;
    },
  },
};
