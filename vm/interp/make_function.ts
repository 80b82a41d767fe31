// vm/interp/make_function.ts: what MAKE_FUNCTION (interp/loop.ts rareOp case 69) reads for every
// function it makes, without a dict lookup each time. CPython's PyFunction_New takes
// `__module__` from the globals' `__name__` at each call (PyDict_GetItem: the dict's own storage,
// no __getitem__, None when absent); here it is found through a one-entry cache per MAKE_FUNCTION
// instruction, kept in the LOAD_GLOBAL cache words of the making code's CodeInfo at the
// instruction's own pc (unused there: global_cache.ts indexes them by the LOAD_GLOBAL's pc):
//   [globals, globals' entries vector, entry number of `__name__`]
// A hit re-checks that the entries vector is still the dict's and that its entry still holds the
// key `__name__`, then reads the value word as it is now (so `__name__ = 'x'` is seen at once,
// and a deletion, insertion into a full vector, resize or collection simply misses). Barriers as
// global_cache.ts's hit: the dict read-barriered before its entries vector is trusted, a large
// vector's value card too. The docstring (the code's first constant when it is a str, for a
// function's code) is computed once per CodeInfo of the new function's code (CodeInfo.docConst).
import { mem } from '../../stmgc/heap';
import { STM_BUILD } from '../../stmgc/build_mode';
import { readBarrier, readBarrierCard } from '../../stmgc/barriers';
import { SIZE_MASK, SIZE_SHIFT } from '../../stmgc/layout';
import { D_ENTRIES, D_INDICES, dictGetStr, findSlot } from '../objects/dict_core';
import { strHash } from '../objects/str_core';
import { names as N } from '../runtime/protocol';
import { K } from '../runtime/types';
import { L_STR } from '../runtime/layouts';
import type { CodeInfo } from '../objects/code';
import { GC_WORDS } from './global_cache';

/** The globals' `__name__` (the new function's __module__), or None when absent. `ci` is the
 *  code running MAKE_FUNCTION, `pc` that instruction's index. */
export function moduleNameFor(ci: CodeInfo, pc: number, globals: number): number {
  const m = mem;
  let c = ci.gcache;
  if (c === null) c = ci.gcache = new Int32Array(ci.words.length * GC_WORDS);
  const k = pc * GC_WORDS;
  readBarrier(globals);
  const en = m[globals + D_ENTRIES];
  if (c[k] === globals && en === c[k + 1]) {
    const e = c[k + 2];
    const p = en + 2 + e * 3;
    if (m[p + 1] === N.name) {
      if (STM_BUILD && ((m[en] >>> SIZE_SHIFT) & SIZE_MASK) === 0) readBarrierCard(en, e * 3 + 2); // large: per card
      const v = m[p + 2];
      if (v !== 0) return v;
    }
  }
  const v = dictGetStr(globals, N.name);
  // the entry it was found at, for the next one (findSlot again: a miss is rare, once per
  // MAKE_FUNCTION and globals dict or after the dict changed shape)
  c[k] = 0;
  if (v !== 0) {
    const s = findSlot(globals, N.name, strHash(N.name));
    if (s >= 0 && m[globals + D_ENTRIES] === en) {
      c[k] = globals;
      c[k + 1] = en;
      c[k + 2] = m[m[globals + D_INDICES] + 2 + s];
    }
  }
  return v !== 0 ? v : K.None;
}

/** The docstring of a function made from code `ci` (its first constant when that is a str and
 *  the code is a function's: CO_OPTIMIZED | CO_NEWLOCALS), else None; computed once per CodeInfo. */
export function docFor(ci: CodeInfo): number {
  let d = ci.docConst;
  if (d === -1) {
    const c0 = ci.consts.length > 0 ? ci.consts[0] : 0;
    d = ci.docConst = c0 !== 0 && (c0 & 1) === 0 && (mem[c0] & 0x7ff) === L_STR && (ci.flags & 0x3) !== 0 ? c0 : K.None;
  }
  return d;
}
