// The native module `_pystm_deque`: the builtin deque class (vm/objects/deque.ts, built by the
// bootstrap as T.deque) and its iterator classes, for lib/collections (whose `deque` it is) and
// lib/_collections. A factory only: the classes themselves are made by bootCore on every worker.
// Also `_dict_move_to_front(d, key)`, OrderedDict.move_to_end(key, last=False) in amortized O(1)
// (dict_reorder.ts): KeyError when key is absent.
import { K, T } from '../runtime/types';
import { newModule, moduleSet } from './module';
import { defineBuiltin, exactArgs } from './builtin_function';
import { hashOf } from '../runtime/protocol';
import { typeOf } from '../runtime/types';
import { isSubtype } from './type_core';
import { typeError, PyException, newException } from '../runtime/errors';
import { newTuple } from './tuple_core';
import { dictMoveToFront } from './dict_reorder';

export function makeDequeModule(): number {
  const m = newModule('_pystm_deque');
  moduleSet(m, 'deque', T.deque);
  moduleSet(m, '_deque_iterator', T._deque_iterator);
  moduleSet(m, '_deque_reverse_iterator', T._deque_reverse_iterator);
  moduleSet(m, '_dict_move_to_front', defineBuiltin('_dict_move_to_front', (a) => {
    exactArgs('_dict_move_to_front', a, 2);
    if (!isSubtype(typeOf(a[0]), T.dict)) return typeError('_dict_move_to_front() needs a dict');
    if (!dictMoveToFront(a[0], a[1], hashOf(a[1]))) throw new PyException(newException(T.KeyError, newTuple([a[1]])));
    return K.None;
  }));
  return m;
}
