// Keyword calls bound straight from the caller's value stack (`k(i, y=2)`, CALL_KW): the keyword
// names tuple of a call site (a constant of the caller's code) is mapped once to the parameter
// slots it names, in a small per-callee cache (CodeInfo.kwCache, this worker's), and the values
// are copied into those slots with no arguments array and no name search. Every call that is not
// plain (the callee takes *args or **kwargs, a keyword names no parameter or a positional-only
// one, a parameter given twice, a required one missing) returns false with the frame's locals
// as they were (all unset), and the caller takes frame.ts bindArguments, which raises CPython's
// error. Addresses as keys: a kwnames tuple is a constant of its caller's code object (compiler
// codegen: LOAD_CONST before CALL_KW), and code objects and their constants are old and pinned
// (objects/code.ts loadCode, code_replace.ts), so its address never names another tuple; a young
// tuple (only hand-made bytecode could push one) is bound without the cache. CodeInfo objects,
// and so their caches, are also made again after a major collection or an abort (gcEpoch).
import { mem } from '../../stmgc/heap';
import { GC_OLD } from '../../stmgc/layout';
import { CO_VARARGS, CO_VARKEYWORDS } from '../../compiler/code';
import type { CodeInfo } from '../objects/code';
import { K } from '../runtime/types';
import { FN_DEFAULTS, FN_KWDEFAULTS } from '../objects/function';
import { strEquals } from '../objects/str_core';
import { tupleItem, tupleLen } from '../objects/tuple_core';
import { dictGetStr } from '../objects/dict_core';
import { FR_LOCALSPLUS } from './frame_layout';

/** Entries kept per callee (call sites with different keyword sets of one function). */
const KW_ENTRIES = 4;

/** Per-callee cache: kwnames tuple addresses and, for each, the slots (null: not bindable here). */
export class KwCache {
  readonly names = new Int32Array(KW_ENTRIES);
  readonly slots: (Int32Array | null)[] = new Array<Int32Array | null>(KW_ENTRIES).fill(null);
  next = 0;
}

/** The parameter slot of each name in `kwnames`, or null when one names no parameter that a
 *  keyword may fill (positional-only, unknown: the slow path reports it). */
function computeSlots(ci: CodeInfo, kwnames: number): Int32Array | null {
  const n = tupleLen(kwnames);
  const out = new Int32Array(n);
  const end = ci.argcount + ci.kwonly;
  for (let k = 0; k < n; k++) {
    const name = tupleItem(kwnames, k);
    let j = -1;
    for (let p = ci.posonly; p < end; p++) {
      const pn = ci.varnames[p];
      if (pn === name || strEquals(pn, name)) { j = p; break; }
    }
    if (j < 0) return null;
    out[k] = j;
  }
  return out;
}

function slotsFor(ci: CodeInfo, kwnames: number): Int32Array | null {
  if ((mem[kwnames] & GC_OLD) === 0) return computeSlots(ci, kwnames); // (may move or die: no key)
  let c = ci.kwCache;
  if (c === null) c = ci.kwCache = new KwCache();
  for (let e = 0; e < KW_ENTRIES; e++) if (c.names[e] === kwnames) return c.slots[e];
  const s = computeSlots(ci, kwnames);
  const e = c.next;
  c.next = (e + 1) % KW_ENTRIES;
  c.names[e] = kwnames;
  c.slots[e] = s;
  return s;
}

/**
 * Binds the n values at mem[src..src+n) (positionals, then one value per name of `kwnames`) to
 * the parameters of `func` (code `ci`) in the fresh frame `f`, with the defaults for what is not
 * given. False when the call needs bindArguments (nothing is then left written).
 */
export function bindKeywords(f: number, func: number, ci: CodeInfo, src: number, n: number, kwnames: number): boolean {
  if ((ci.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) return false;
  const slots = slotsFor(ci, kwnames);
  if (slots === null) return false;
  const m = mem;
  const nkw = slots.length;
  const npos = n - nkw;
  const co = ci.argcount;
  if (npos > co) return false;
  for (let k = 0; k < nkw; k++) if (slots[k] < npos) return false; // given twice
  const lp = f + FR_LOCALSPLUS;
  for (let i = 0; i < npos; i++) m[lp + i] = m[src + i];
  for (let k = 0; k < nkw; k++) m[lp + slots[k]] = m[src + npos + k];
  if (npos < co) {
    const defaults = m[func + FN_DEFAULTS];
    const first = defaults === K.None ? co : co - tupleLen(defaults);
    for (let i = npos; i < co; i++) {
      if (m[lp + i] !== 0) continue;
      if (i < first) return unbind(lp, co + ci.kwonly); // a required one missing
      m[lp + i] = tupleItem(defaults, i - first);
    }
  }
  const end = co + ci.kwonly;
  if (end > co) {
    const kwdefaults = m[func + FN_KWDEFAULTS];
    for (let i = co; i < end; i++) {
      if (m[lp + i] !== 0) continue;
      const d = kwdefaults === K.None ? 0 : dictGetStr(kwdefaults, ci.varnames[i]);
      if (d === 0) return unbind(lp, end);
      m[lp + i] = d;
    }
  }
  return true;
}

/** Leaves the parameters unset again (for bindArguments, which tests them for "given twice"). */
function unbind(lp: number, n: number): false {
  for (let i = 0; i < n; i++) mem[lp + i] = 0;
  return false;
}
