// The native module `_pystm_deque`: the builtin deque class (vm/objects/deque.ts, built by the
// bootstrap as T.deque) and its iterator classes, for lib/collections (whose `deque` it is) and
// lib/_collections. A factory only: the classes themselves are made by bootCore on every worker.
import { T } from '../runtime/types';
import { newModule, moduleSet } from './module';

export function makeDequeModule(): number {
  const m = newModule('_pystm_deque');
  moduleSet(m, 'deque', T.deque);
  moduleSet(m, '_deque_iterator', T._deque_iterator);
  moduleSet(m, '_deque_reverse_iterator', T._deque_reverse_iterator);
  return m;
}
