// Non-empty __slots__ on a subclass of a builtin whose layout has no slot words (list, dict,
// array, bytearray...): the values are kept in the instance's __dict__ word, and the class is
// marked TF_SLOTS_IN_DICT so that only the slot names may be stored there (CPython's
// "'E' object has no attribute 'color'") and the instance shows no __dict__ (attribute reads,
// pickling's state and the attribute caches: objects/object.ts, runtime/protocol.ts,
// objects/object_reduce.ts, interp/attr_cache.ts).
import { mem } from '../../stmgc/heap';
import { TF_HAS_DICT, TF_SLOTS_IN_DICT, TY_MRO, TY_SLOTNAMES, typeFlags } from './type_core';
import { tupleItem, tupleLen } from './tuple_core';
import { strJs } from './str_core';

/** Does a class whose own slots are `ownSlots` (non-empty, no '__dict__' among them) keep them
 *  in the dict word as slots only? When none of its bases gives a real __dict__. */
export function slotsOnlyBases(bases: number[]): boolean {
  for (const b of bases) {
    const f = typeFlags(b);
    if ((f & TF_HAS_DICT) !== 0 && (f & TF_SLOTS_IN_DICT) === 0) return false;
  }
  return true;
}

/** May attribute `name` be stored in the dict word of an instance of TF_SLOTS_IN_DICT class t?
 *  When a class of its MRO names it in __slots__ (mangled names as the class statement keeps). */
export function slotNameAllowed(t: number, name: number): boolean {
  const mro = mem[t + TY_MRO];
  let js: string | null = null;
  for (let i = 0, n = tupleLen(mro); i < n; i++) {
    const names = mem[tupleItem(mro, i) + TY_SLOTNAMES];
    if (names === 0) continue;
    for (let j = 0, m = tupleLen(names); j < m; j++) {
      const s = tupleItem(names, j);
      if (s === name) return true;
      if (js === null) js = strJs(name);
      if (strJs(s) === js) return true;
    }
  }
  return false;
}

export function isSlotsInDict(t: number): boolean {
  return (typeFlags(t) & TF_SLOTS_IN_DICT) !== 0;
}
