// LOAD_GLOBAL's inline cache, per worker and per code object (CodeInfo.gcache: GC_WORDS = 8 words
// per instruction; never in the shared code object, see vm/NOTES.md). An entry remembers where the
// name was found: the dict's entries vector and the entry number. A hit re-checks that the
// entries vector is still the dict's and still holds this name at that entry, so any insertion,
// deletion, resize or collection simply misses; a builtins hit also checks that the globals dict
// gained no entry since (a new global could shadow the builtin). `builtins` is the frame's
// __builtins__: a dict, or the builtins module (whose dict is then used); any other object (exec()
// with a mapping or dict subclass as `__builtins__`) is looked up with getitem and not cached;
// so is every name when globals is a dict subclass (its __getitem__/__missing__ first).
//   [globals, globals entries, globals nentries, builtins, builtins entries, entry, where (1 g, 2 b),
//    slot]
// `slot` is, for a globals entry, the address of the entry's key word (its value is the next
// word), else 0: run()'s LOAD_GLOBAL checks that hit inline (interp/loop.ts: the globals dict's
// read-barrier test, c[k] === globals, the entries vector unchanged, m[slot] === name, and for a
// large vector the value's card read test) and calls cachedGlobal for everything else.
// Barriers (vm/NOTES.md "Barriers in the VM"): a hit read-barriers the globals dict before
// checking its entries vector (and, for a builtin, the builtins dict), since the dict headers
// guard their entries; the entry number needs no capacity check (the vector is the very one the
// entry was found in). A module's __dict__ word never changes: the module needs no barrier. The
// value word of a LARGE entries vector (> 341 globals, or a padded one: a globals dict stored into
// inside a transaction, objects/dict_padded.ts) is guarded per card (an overwrite locks only its
// card: objects/dict_core.ts), so a hit there also card-barriers the value. Stores (STORE_GLOBAL,
// module-level STORE_NAME, a module's setattr) pad the globals dict first (`padGlobals`).
import { mem, readMarks, txActive, txLock, txSnapshot } from '../../stmgc/heap';
import { STM_BUILD } from '../../stmgc/build_mode';
import { readBarrier, readBarrierCard, writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { SIZE_MASK, SIZE_SHIFT } from '../../stmgc/layout';
import { payloadWords } from '../../stmgc/objects';
import { D_ENTRIES, D_NENTRIES, dictGetH, dictSetH, padGlobals } from '../objects/dict_core';
import { strHash } from '../objects/str_core';
import { L_DICT, L_MODULE } from '../runtime/layouts';
import { T, typeOf } from '../runtime/types';
import { getitem, isInstance } from '../runtime/protocol';
import { PyException } from '../runtime/errors';
import type { CodeInfo } from '../objects/code';

/** Words per instruction in CodeInfo.gcache. */
export const GC_WORDS = 8;

/** Looks name up in globals then builtins, through the cache; 0 when absent. */
export function cachedGlobal(ci: CodeInfo, pc: number, globals: number, builtins: number, name: number): number {
  const m = mem;
  let c = ci.gcache;
  if (c === null) c = ci.gcache = new Int32Array(ci.words.length * GC_WORDS);
  const k = pc * GC_WORDS;
  if (STM_BUILD && (m[globals + 1] > txSnapshot || (txActive && readMarks[globals >> 1] === 0)) && m[globals + 1] !== txLock) readBarrier(globals);
  if (c[k] === globals && m[globals + D_ENTRIES] === c[k + 1]) {
    const where = c[k + 6];
    if (where === 1) {
      const p = c[k + 1] + 2 + c[k + 5] * 3;
      if (m[p + 1] === name) {
        if (STM_BUILD && ((m[c[k + 1]] >>> SIZE_SHIFT) & SIZE_MASK) === 0) readBarrierCard(c[k + 1], c[k + 5] * 3 + 2); // large: per card
        return m[p + 2];
      }
    } else if (where === 2 && m[globals + D_NENTRIES] === c[k + 2] && c[k + 3] === builtins) {
      const bd = (m[builtins] & 0x7ff) === L_DICT ? builtins : m[builtins + 3];
      if (STM_BUILD && (m[bd + 1] > txSnapshot || (txActive && readMarks[bd >> 1] === 0)) && m[bd + 1] !== txLock) readBarrier(bd);
      const be = m[bd + D_ENTRIES];
      if (be === c[k + 4]) {
        const p = be + 2 + c[k + 5] * 3;
        if (m[p + 1] === name) {
          if (STM_BUILD && ((m[be] >>> SIZE_SHIFT) & SIZE_MASK) === 0) readBarrierCard(be, c[k + 5] * 3 + 2);
          return m[p + 2];
        }
      }
    }
  }
  return fill(c, k, globals, builtins, name);
}

function findEntry(d: number, name: number): number {
  if (STM_BUILD && (mem[d + 1] > txSnapshot || (txActive && readMarks[d >> 1] === 0)) && mem[d + 1] !== txLock) readBarrier(d);
  const entries = mem[d + D_ENTRIES];
  const n = Math.min(mem[d + D_NENTRIES] >> 1, (payloadWords(entries) / 3) | 0);
  for (let i = 0; i < n; i++) if (mem[entries + 2 + i * 3 + 1] === name) return i;
  return -1;
}

function fill(c: Int32Array, k: number, globals: number, builtins: number, name: number): number {
  const m = mem;
  if (typeOf(globals) !== T.dict) {
    // a dict subclass as globals (exec): its __getitem__/__missing__ first, as CPython's slow
    // path; never cached
    c[k] = 0;
    c[k + 6] = 0;
    const gv = mappingGetOpt(globals, name);
    if (gv !== 0) return gv;
    const bl = m[builtins] & 0x7ff;
    if (bl === L_MODULE) return dictGetH(m[builtins + 3], name, strHash(name));
    if (bl === L_DICT && typeOf(builtins) === T.dict) return dictGetH(builtins, name, strHash(name));
    return mappingGetOpt(builtins, name);
  }
  const h = strHash(name);
  const v = dictGetH(globals, name, h);
  c[k] = globals;
  c[k + 1] = m[globals + D_ENTRIES];
  c[k + 2] = m[globals + D_NENTRIES];
  c[k + 7] = 0;
  if (v !== 0) {
    const i = findEntry(globals, name);
    c[k + 5] = i;
    c[k + 6] = i >= 0 ? 1 : 0;
    if (i >= 0) c[k + 7] = c[k + 1] + 2 + i * 3 + 1;
    return v;
  }
  const bl = m[builtins] & 0x7ff;
  if (bl !== L_MODULE && !(bl === L_DICT && typeOf(builtins) === T.dict)) {
    // a mapping or dict subclass as __builtins__: PyObject_GetItem every time, never cached
    c[k + 6] = 0;
    return mappingGetOpt(builtins, name);
  }
  const b = bl === L_DICT ? builtins : m[builtins + 3];
  const bv = dictGetH(b, name, h);
  if (bv === 0) {
    c[k + 6] = 0;
    return 0;
  }
  const i = findEntry(b, name);
  c[k + 3] = builtins;
  c[k + 4] = m[b + D_ENTRIES];
  c[k + 5] = i;
  c[k + 6] = i >= 0 ? 2 : 0;
  return bv;
}

/** mapping[key], or 0 when it raises KeyError (PyObject_GetItem for globals, builtins, locals). */
export function mappingGetOpt(mapping: number, key: number): number {
  try {
    return getitem(mapping, key);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.KeyError)) return 0;
    throw e;
  }
}

/** STORE_NAME into an exact dict (module level: the globals; a class body's namespace): an
 *  overwrite of the entry this instruction found before is stored in place (the barriers of
 *  dictSetH's overwrite: the dict while its entries vector is small, and the value's card; the
 *  globals dict, `d === globals`, is padded first inside a transaction);
 *  anything else through dictSetH. The entry is looked for (a scan of the entries vector) only
 *  when the instruction stores into the same dict again and the vector is not the one already
 *  scanned, so code that runs once (a class body, a long generated module) never scans and a
 *  large vector is scanned once. The cache words are LOAD_GLOBAL's (an instruction has
 *  one kind): [dict, entries vector scanned, -, -, -, -, -, slot], `slot` the entry's key word. */
export function cachedStoreName(ci: CodeInfo, pc: number, d: number, name: number, v: number, globals: number): void {
  const m = mem;
  let c = ci.gcache;
  if (c === null) c = ci.gcache = new Int32Array(ci.words.length * GC_WORDS);
  const k = pc * GC_WORDS;
  if (STM_BUILD && d === globals) padGlobals(d);
  if (STM_BUILD && (m[d + 1] > txSnapshot || (txActive && readMarks[d >> 1] === 0)) && m[d + 1] !== txLock) readBarrier(d);
  const slot = c[k + 7];
  const en = m[d + D_ENTRIES];
  if (c[k] === d && slot !== 0 && en === c[k + 1] && m[slot] === name) {
    if (((m[en] >>> SIZE_SHIFT) & SIZE_MASK) !== 0) writeBarrier(d); // a large vector: the value's card only
    writeBarrierCard(en, slot + 1 - en - 2);
    m[slot + 1] = v;
    return;
  }
  dictSetH(d, name, strHash(name), v);
  const en2 = m[d + D_ENTRIES];
  if (c[k] !== d) {
    c[k] = d;
    c[k + 1] = 0;
    c[k + 7] = 0;
    return;
  }
  if (c[k + 1] === en2) return;
  c[k + 1] = en2;
  const i = findEntry(d, name);
  c[k + 7] = i >= 0 ? en2 + 2 + i * 3 + 1 : 0;
}
