// tp_new_wrapper's "staticbase" (Objects/typeobject.c): the class whose builtin __new__ must be
// the one that makes instances of `cls`, so that int.__new__(bool) or object.__new__(int
// subclass) is refused as "not safe". CPython walks tp_base past every class whose tp_new is
// slot_tp_new. A class statement's tp_new is slot_tp_new when __new__ along its MRO is written in
// Python; when that __new__ is a builtin one (`__new__ = int.__new__`, or none of its own) the
// class keeps its __base__'s tp_new, slot_tp_new included (test_pickle's MyIntWithNew2).
import { mem } from '../../stmgc/heap';
import { L_BUILTIN } from '../runtime/layouts';
import { layoutOf } from '../runtime/types';
import { intern } from './str_core';
import { TF_HEAPTYPE, TY_BASE, typeFlags, typeInfo } from './type_core';

let nNew = 0;

/** True when CPython's tp_new of `cls` would be slot_tp_new (a __new__ written in Python). */
function hasSlotNew(cls: number): boolean {
  for (let c = cls; c !== 0 && (typeFlags(c) & TF_HEAPTYPE) !== 0; c = mem[c + TY_BASE]) {
    if (layoutOf(typeInfo(c).lookup(nNew !== 0 ? nNew : (nNew = intern('__new__')))) !== L_BUILTIN) return true;
  }
  return false;
}

/** The first class along __base__ from `cls` whose tp_new is not slot_tp_new (0 if none). */
export function staticNewBase(cls: number): number {
  let c = cls;
  while (c !== 0 && hasSlotNew(c)) c = mem[c + TY_BASE];
  return c;
}

/** The builtin class whose __new__ is staticNewBase(cls)'s tp_new: a class statement without
 *  slot_tp_new inherits its __base__'s (0 for 0). */
export function builtinNewOwner(sb: number): number {
  let c = sb;
  while (c !== 0 && (typeFlags(c) & TF_HEAPTYPE) !== 0) c = mem[c + TY_BASE];
  return c;
}
