// Whether an object of class `from` may become one of class `to` (`obj.__class__ = to`): CPython's
// compatible_for_assignment. Each class is taken up its chain of solid bases (TY_BASE) while it
// adds nothing to its base's instance layout (no slots, no __dict__ or __weakref__ of its own);
// the two classes so reached must be the same, or Python classes with the same base that add the
// same things (slot names, sorted as type.__new__ keeps them; __dict__; __weakref__).
import { mem } from '../../stmgc/heap';
import { TF_HAS_DICT, TF_HEAPTYPE, TY_BASE, TY_SLOTNAMES, typeFlags, typeInfo } from './type_core';
import { intern, strEquals } from './str_core';
import { tupleItems } from './tuple_core';

function heap(c: number): boolean { return (typeFlags(c) & TF_HEAPTYPE) !== 0; }
function ownSlots(c: number): number[] { return mem[c + TY_SLOTNAMES] === 0 ? [] : tupleItems(mem[c + TY_SLOTNAMES]); }
function addsDict(c: number, base: number): boolean { return (typeFlags(c) & TF_HAS_DICT) !== 0 && (typeFlags(base) & TF_HAS_DICT) === 0; }
function addsWeakref(c: number, base: number): boolean {
  const name = intern('__weakref__');
  return typeInfo(c).lookup(name) !== 0 && typeInfo(base).lookup(name) === 0;
}

/** compatible_with_tp_base: a Python class whose instances are laid out as its base's. */
function sameAsBase(c: number): boolean {
  const base = mem[c + TY_BASE];
  return base !== 0 && heap(c) && ownSlots(c).length === 0 && !addsDict(c, base) && !addsWeakref(c, base);
}

function sameSlotsAdded(a: number, b: number): boolean {
  const base = mem[a + TY_BASE];
  if (!heap(a) || !heap(b)) return false;
  const sa = ownSlots(a);
  const sb = ownSlots(b);
  if (sa.length !== sb.length || sa.some((s, i) => !strEquals(s, sb[i]))) return false;
  return addsDict(a, base) === addsDict(b, base) && addsWeakref(a, base) === addsWeakref(b, base);
}

export function compatibleForAssignment(from: number, to: number): boolean {
  let a = to;
  let b = from;
  while (sameAsBase(a)) a = mem[a + TY_BASE];
  while (sameAsBase(b)) b = mem[b + TY_BASE];
  return a === b || (mem[a + TY_BASE] === mem[b + TY_BASE] && sameSlotsAdded(a, b));
}
