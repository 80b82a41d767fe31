// The unpickler's BUILD for the common case, natively (vm/modules/pickle_load.ts calls it before
// lib/_pickle_load.py's `_build`): a plain instance (layout L_INSTANCE) whose class has no
// __setstate__, __getattr__, __getattribute__ or __setattr__ of its own, and a state that is an
// exact dict with str keys. As CPython's load_build, every item goes into the instance __dict__
// under the interned key: a name the class does not define is stored as `setattr` stores it
// (the inline attribute values), one it does define straight into the materialized __dict__
// (no descriptor runs). Anything else returns false with nothing changed: the Python `_build`
// does it (a __setstate__ call, (state, slotstate) pairs, the errors).
import { K, T, typeOf, layoutOf } from '../runtime/types';
import { L_DICT, L_INSTANCE } from '../runtime/layouts';
import { getattr, instanceDict, setattr } from '../runtime/protocol';
import { intern, strJs } from '../objects/str_core';
import { dictEntryCount, dictEntryKey, dictEntryValue, dictGetStr, dictSet } from '../objects/dict_core';
import { typeInfo } from '../objects/type_core';

const N = { setstate: 0, getattr: 0, getattribute: 0, setattr: 0, dict: 0 };
let ready = false;

export function buildPlain(inst: number, state: number): boolean {
  if (layoutOf(inst) !== L_INSTANCE || (state & 1) === 1 || typeOf(state) !== T.dict) return false;
  if (!ready) {
    N.setstate = intern('__setstate__'); N.getattr = intern('__getattr__');
    N.getattribute = intern('__getattribute__'); N.setattr = intern('__setattr__'); N.dict = intern('__dict__');
    ready = true;
  }
  const ti = typeInfo(typeOf(inst));
  const base = typeInfo(T.object);
  if (ti.lookup(N.setstate) !== 0 || ti.lookup(N.getattr) !== 0) return false;
  if (ti.lookup(N.getattribute) !== base.lookup(N.getattribute) || ti.lookup(N.setattr) !== base.lookup(N.setattr)) return false;
  const count = dictEntryCount(state);
  for (let i = 0; i < count; i++) {
    const k = dictEntryKey(state, i);
    if (k !== 0 && ((k & 1) === 1 || typeOf(k) !== T.str)) return false;
  }
  const own = instanceDict(inst);
  if (own !== 0 && own !== K.None && layoutOf(own) === L_DICT && dictGetStr(own, N.setstate) !== 0) return false;
  for (let i = 0; i < count; i++) {
    const k = dictEntryKey(state, i);
    if (k === 0) continue;
    const name = intern(strJs(k));
    const v = dictEntryValue(state, i);
    if (ti.lookup(name) === 0) setattr(inst, name, v);
    else dictSet(getattr(inst, N.dict), name, v); // (made if the instance has none yet)
  }
  return true;
}
