// Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING (PEP 634): the flags MATCH_SEQUENCE and
// MATCH_MAPPING test. The builtin sequences (list, tuple, range, memoryview, array.array,
// collections.deque) and mappings (dict, mappingproxy) carry their flag from creation; an ABC
// sets it on itself from `__abc_tpflags__` (collections.abc.Sequence/Mapping, via lib/abc.py)
// and on the classes registered with it. A class without a flag of its own takes the first
// flag along its MRO, as CPython's inherit_patma_flags does when the class is made: so
// `class M(UserDict, Sequence)` is a mapping and `class S(UserList, dict)` a sequence.
import { mem } from '../../stmgc/heap';
import { TF_HEAPTYPE, TY_FLAGS, typeFlags, typeInfo } from './type_core';

/** Type flag bits (TY_FLAGS), CPython's values: defined here, not in type_core.ts, because the
 *  table below is built when this module loads, which can be before type_core's constants. */
export const TF_SEQUENCE = 32;
export const TF_MAPPING = 64;

const COLLECTION = TF_SEQUENCE | TF_MAPPING;

/** The builtin types that have a flag of their own, by `module.name`. */
const BUILTIN_FLAGS: ReadonlyMap<string, number> = new Map([
  ['builtins.list', TF_SEQUENCE], ['builtins.tuple', TF_SEQUENCE], ['builtins.range', TF_SEQUENCE],
  ['builtins.memoryview', TF_SEQUENCE], ['array.array', TF_SEQUENCE], ['collections.deque', TF_SEQUENCE],
  ['builtins.dict', TF_MAPPING], ['builtins.mappingproxy', TF_MAPPING],
]);

/** The flag a builtin class is made with (makeBuiltinType), 0 for most. */
export function builtinCollectionFlag(module: string | undefined, name: string): number {
  return BUILTIN_FLAGS.get(`${module ?? 'builtins'}.${name}`) ?? 0;
}

/** TF_SEQUENCE, TF_MAPPING or 0 for instances of `t`: its own flag, else the first along its MRO. */
export function collectionFlags(t: number): number {
  const own = typeFlags(t) & COLLECTION;
  if (own !== 0) return own;
  for (const c of typeInfo(t).mro) {
    const f = typeFlags(c) & COLLECTION;
    if (f !== 0) return f;
  }
  return 0;
}

/** Sets `t`'s own collection flag (replacing the other one), as CPython's _abc_init and
 *  set_collection_flag_recursive; builtin (non-heap) types keep theirs. */
export function setCollectionFlag(t: number, flag: number): void {
  const flags = typeFlags(t);
  if ((flags & TF_HEAPTYPE) === 0) return;
  mem[t + TY_FLAGS] = (((flags & ~COLLECTION) | (flag & COLLECTION)) << 1) | 1;
}
