// The native module `_pickle_native`: the hot loops of lib/_pickle_save.py's Pickler.save
// (`save(pickler, obj, save_persistent_id)`, vm/modules/pickle_save.ts) and of
// lib/_pickle_load.py's Unpickler.load (`load(unpickler)`, vm/modules/pickle_load.ts). The
// classes stay in Python (subclassable, their hooks looked up on the instance); these two
// builtins take the pickler/unpickler and read and write its state on the heap. No JS state.
import { K, T } from '../runtime/types';
import { truthy } from '../runtime/protocol';
import { exactArgs, defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern } from '../objects/str_core';
import { nativeSave } from './pickle_save';
import { nativeLoad } from './pickle_load';

export function makePickleNativeModule(): number {
  const m = newModule('_pickle_native', T.module, intern('the native halves of pystm\'s _pickle\n'));
  moduleSet(m, 'save', defineBuiltin('save', (a, kw) => {
    if (a.length !== 4) exactArgs('save', a, 3, kw);
    nativeSave(a[0], a[1], truthy(a[2]), a.length === 4 && truthy(a[3]));
    return K.None;
  }, 0, m));
  moduleSet(m, 'load', defineBuiltin('load', (a, kw) => {
    exactArgs('load', a, 1, kw);
    return nativeLoad(a[0]);
  }, 0, m));
  return m;
}
