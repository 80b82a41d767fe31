// The native module `_pystm_abc`: the two parts of CPython's _abc that touch type flags, for
// lib/abc.py (the rest of ABCMeta is Python there). init_flags(cls) is _abc_init's handling of
// `__abc_tpflags__` (collections.abc.Sequence and Mapping set it: the class gets
// Py_TPFLAGS_SEQUENCE or _MAPPING; it answers whether the name is there to delete); register_flags(abc, sub)
// is _abc_register's: a class registered with a sequence or mapping ABC gets that flag, so
// `case [...]`/`case {...}` accept its instances (vm/objects/collection_flags.ts).
import { K, T } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { dictGetStr } from '../objects/dict_core';
import { intern } from '../objects/str_core';
import { mem } from '../../stmgc/heap';
import { L_TYPE } from '../runtime/layouts';
import { layoutOf } from '../runtime/types';
import { TY_DICT } from '../objects/type_core';
import { collectionFlags, setCollectionFlag, TF_MAPPING, TF_SEQUENCE } from '../objects/collection_flags';
import { isIntObject } from '../runtime/protocol';
import { toBigInt } from '../objects/int_core';

const COLLECTION = TF_SEQUENCE | TF_MAPPING;
/** (CPython's bit values, 1 << 5 and 1 << 6, are ours too: type_core.ts.) */

function initFlags(args: number[]): number {
  if (args.length !== 1) typeError(`init_flags() takes exactly one argument (${args.length} given)`);
  const cls = args[0];
  if ((cls & 1) === 1 || layoutOf(cls) !== L_TYPE) return K.False;
  const dict = mem[cls + TY_DICT];
  const flags = dictGetStr(dict, intern('__abc_tpflags__'));
  if (flags === 0) return K.False;
  if (isIntObject(flags)) {
    const val = Number(BigInt.asIntN(32, toBigInt(flags)));
    if ((val & COLLECTION) === COLLECTION) typeError('__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING');
    if ((val & COLLECTION) !== 0) setCollectionFlag(cls, val & COLLECTION);
  }
  return K.True; // lib/abc.py then deletes the name through type.__delattr__ (caches invalidated)
}

function registerFlags(args: number[]): number {
  if (args.length !== 2) typeError(`register_flags() takes exactly 2 arguments (${args.length} given)`);
  const [abc, sub] = args;
  if ((abc & 1) === 1 || layoutOf(abc) !== L_TYPE || (sub & 1) === 1 || layoutOf(sub) !== L_TYPE) return K.None;
  const flag = collectionFlags(abc);
  if (flag !== 0) setCollectionFlag(sub, flag);
  return K.None;
}

export function makeAbcFlagsModule(): number {
  const m = newModule('_pystm_abc', T.module, K.None);
  moduleSet(m, 'init_flags', defineBuiltin('init_flags', (a) => initFlags(a)));
  moduleSet(m, 'register_flags', defineBuiltin('register_flags', (a) => registerFlags(a)));
  return m;
}
