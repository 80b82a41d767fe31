// The native `_weakref` module: ref/ReferenceType (vm/objects/weakref.ts), getweakrefcount,
// getweakrefs, _remove_dead_weakref; lib/weakref.py builds proxies, WeakMethod, the weak
// dictionaries and finalize on it, lib/_weakrefset.py WeakSet. Also `_pystm_run_callbacks`, which
// runs the callbacks of weak references the collectors cleared (gc.collect() calls it).
import { K, T } from '../runtime/types';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intFromNumber } from '../objects/int_core';
import { newList } from '../objects/list_core';
import { dictDel, dictGet } from '../objects/dict_core';
import { isWeakref, isWeakrefable, runWeakCallbacks, weakrefsTo, wrReferent } from '../objects/weakref';
import { readBarrier } from '../../stmgc/barriers';
import { weakrefCount } from '../objects/weakref_index';
import { finalizedSoFar } from '../objects/finalizer';

export function makeWeakrefModule(): number {
  const m = newModule('_weakref');
  const fn = (name: string, impl: (a: number[]) => number): void => moduleSet(m, name, defineBuiltin(name, impl));
  fn('getweakrefcount', (a) => intFromNumber(isWeakrefable(a[0]) ? weakrefCount(a[0]) : 0));
  fn('getweakrefs', (a) => newList(isWeakrefable(a[0]) ? weakrefsTo(a[0]) : []));
  fn('_remove_dead_weakref', (a) => {
    // del d[key] if d[key] is a dead weak reference (WeakValueDictionary's callback)
    const v = dictGet(a[0], a[1]);
    if (v !== 0 && isWeakref(v)) {
      readBarrier(v);
      if (wrReferent(v) === 0) dictDel(a[0], a[1]);
    }
    return K.None;
  });
  fn('_pystm_run_callbacks', () => {
    runWeakCallbacks();
    return K.None;
  });
  fn('_pystm_finalized', () => intFromNumber(finalizedSoFar())); // (how many __del__ ran so far)
  moduleSet(m, 'ref', T.weakref);
  moduleSet(m, 'ReferenceType', T.weakref);
  return m;
}
