// dict, the representation: CPython's compact ordered dict. Entries are appended in insertion
// order to an entries vector; a power-of-two index table maps hash slots to entry numbers, probed
// with CPython's perturbation scheme. Deleting leaves a hole (key NULL) that is skipped by
// iteration and squeezed out by the next resize.
//   dict payload:    [class, __dict__ (subclasses only), used (tagged), nentries (tagged), indices (L_RAW), entries (L_ARRAY)]
//   indices payload: int32 slots, -1 empty, -2 deleted, else an entry number (raw, not traced)
//   entries payload: 3 words per entry: [hash (tagged), key, value]
// The same structure serves instance and module __dict__s, with interned str keys hitting the
// identity test first.
// Barriers (vm/NOTES.md "Barriers in the VM"): the dict header guards its two tables. Readers
// read-barrier the dict only; every write to the entries or the index table also
// write-barriers the dict first, then the table for the undo log (writeBarrierCard: one card of
// a big entries vector; writeBarrierGuardedWord: one word of the index table, which takes no
// lock of its own since the dict's excludes everyone). One exception makes big dicts scale: the overwrite of an existing key's value
// in a LARGE entries vector (> 341 entries) only read-barriers the dict and locks the value's
// card (stmgc/txn_cards.ts), so every read of a VALUE word of a large vector card-barriers it
// (valueRead; the caches in interp/ do the same). Keys, hashes and the index table change only
// with the header locked. A module's globals dict stored into inside a transaction gets a padded
// large entries vector (one value word per card: dict_padded.ts, `padGlobals`), so that overwrites
// of two globals, or one overwrite and reads of other globals, do not conflict. Walks are bounded
// for zombie transactions (torn header/tables): probes stop after the table size plus the
// perturbation rounds, entry numbers are checked against the entries vector's capacity.
import { LOOP_CHUNK } from '../interp/osr_off';
import { mem, txActive } from '../../stmgc/heap';
import { STM_BUILD } from '../../stmgc/build_mode';
import { GC_LARGE, SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, readBarrierCard, readBarrierRange, writeBarrier, writeBarrierCard, writeBarrierGuardedWord, writeBarrierRange } from '../../stmgc/barriers';
import { isPadded, padSlot, paddedIndexSize, paddedPayloadWords, writeHoles } from './dict_padded';
import { alloc, allocOld } from '../runtime/alloc';
import { L_ARRAY, L_DICT, L_RAW, L_STR } from '../runtime/layouts';
import { T } from '../runtime/types';
import { strEquals, strHash } from './str_core';
import { hashOf, richEq } from '../runtime/protocol';
import { payloadWords } from '../../stmgc/objects';

export const D_USED = 4;
export const D_NENTRIES = 5;
export const D_INDICES = 6;
export const D_ENTRIES = 7;
export const DICT_PAYLOAD = 6;

const MIN_SIZE = 8;

/** A new dict; `old` puts the dict object itself in old space (for dicts the VM keeps in JS). */
export function newDict(cls = T.dict, expected = 0, old = false): number {
  let size = MIN_SIZE;
  while (size * 2 < expected * 3) size *= 2;
  const d = old ? allocOld(L_DICT, DICT_PAYLOAD, SCAN_ALL) : alloc(L_DICT, DICT_PAYLOAD, SCAN_ALL);
  mem[d + 2] = cls;
  mem[d + D_USED] = 1;
  mem[d + D_NENTRIES] = 1;
  mem[d + D_INDICES] = newIndices(size);
  mem[d + D_ENTRIES] = alloc(L_ARRAY, ((size * 2) / 3 | 0) * 3, SCAN_ALL);
  return d;
}

export function newIndices(size: number): number {
  const ix = alloc(L_RAW, size, 0);
  mem.fill(-1, ix + 2, ix + 2 + size);
  return ix;
}

/** Barrier for reading word `w` (a value: entry * 3 + 2) of entries vector `en`, the dict already
 *  read-barriered: a large vector's values are guarded per card. */
export function valueRead(en: number, w: number): void {
  if ((mem[en] & GC_LARGE) !== 0) readBarrierCard(en, w);
}

/** The same for words [lo, hi) of `en` (bulk copies). */
function valuesRead(en: number, lo: number, hi: number): void {
  if ((mem[en] & GC_LARGE) !== 0 && hi > lo) readBarrierRange(en, lo, hi);
}

export function dictLen(d: number): number {
  readBarrier(d);
  return mem[d + D_USED] >> 1;
}

function keysEqual(a: number, b: number): boolean {
  if (a === b) return true;
  if ((a & 1) === 0 && (b & 1) === 0 && (mem[a] & 0x7ff) === L_STR && (mem[b] & 0x7ff) === L_STR) return strEquals(a, b);
  return richEq(a, b);
}

/** Slot in the index table holding the key's entry, or -(free slot)-1 when absent. */
export function findSlot(d: number, key: number, hash: number): number {
  hash = (hash << 1) >> 1; // the stored (tagged) hash keeps 31 bits: probe exactly as resize() does
  const ix = mem[d + D_INDICES];
  const mask = payloadWords(ix) - 1;
  const entries = mem[d + D_ENTRIES];
  const nent = (payloadWords(entries) / 3) | 0;
  let i = hash & mask;
  let perturb = hash >>> 0;
  let freeSlot = -1;
  // perturb reaches 0 within 7 rounds, then i*5+1 visits every slot: a consistent table (never
  // full) ends well before the bound; a torn one (zombie) gives up as "absent"
  for (let probes = mask + 8; probes >= 0; probes--) {
    const e = mem[ix + 2 + i];
    if (e === -1) return -(freeSlot >= 0 ? freeSlot : i) - 1;
    if (e === -2 || e < 0 || e >= nent) {
      if (freeSlot < 0) freeSlot = i;
    } else {
      const p = entries + 2 + e * 3;
      const k = mem[p + 1];
      if (k === key) return i;
      if (mem[p] === ((hash << 1) | 1) && k !== 0) {
        const eq = keysEqual(key, k);
        // the comparison may have run Python code that changed the dict (equal or not): restart,
        // or a stale index table would be probed and a stale free slot returned
        if (mem[d + D_INDICES] !== ix || mem[d + D_ENTRIES] !== entries || mem[ix + 2 + i] !== e || mem[p + 1] !== k) return findSlot(d, key, hash);
        if (eq) return i;
      }
    }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return -(freeSlot >= 0 ? freeSlot : i) - 1;
}

export function dictGetH(d: number, key: number, hash: number): number {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s < 0) return 0;
  const e = mem[mem[d + D_INDICES] + 2 + s];
  const en = mem[d + D_ENTRIES];
  valueRead(en, e * 3 + 2);
  return mem[en + 2 + e * 3 + 2];
}

/** d[key], or 0 (NULL) when absent. May run Python code (__hash__, __eq__). */
export function dictGet(d: number, key: number): number {
  return dictGetH(d, key, hashOf(key));
}

/** Lookup by an exact str, usually interned (identity first). (strHash: a str builder's view
 *  keeps its hash elsewhere, vm/objects/str_builder.ts) */
export function dictGetStr(d: number, key: number): number {
  return dictGetH(d, key, strHash(key));
}

export function dictSetH(d: number, key: number, hash: number, value: number): void {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s >= 0) {
    const entries = mem[d + D_ENTRIES];
    const e = mem[mem[d + D_INDICES] + 2 + s];
    if (e < 0 || e * 3 + 2 >= payloadWords(entries)) return; // torn (zombie) state only
    if ((mem[entries] & GC_LARGE) === 0) writeBarrier(d); // a large vector: the value's card only
    writeBarrierCard(entries, e * 3 + 2);
    mem[entries + 2 + e * 3 + 2] = value;
    return;
  }
  insertNew(d, key, hash, value);
}

/** dict.setdefault: one lookup (so __eq__ runs as often as in CPython); the value now stored. */
export function dictSetDefaultH(d: number, key: number, hash: number, dflt: number): number {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s >= 0) {
    const e = mem[mem[d + D_INDICES] + 2 + s];
    const en = mem[d + D_ENTRIES];
    valueRead(en, e * 3 + 2);
    return mem[en + 2 + e * 3 + 2];
  }
  insertNew(d, key, hash, dflt);
  return dflt;
}

/** Adds a key known to be absent (findSlot just failed; no guest code runs from here on). */
function insertNew(d: number, key: number, hash: number, value: number): void {
  writeBarrier(d);
  let entries = mem[d + D_ENTRIES];
  let n = mem[d + D_NENTRIES] >> 1;
  if (STM_BUILD && isPadded(entries)) {
    insertPadded(d, key, hash, value, entries, n);
    return;
  }
  if ((n + 1) * 3 > payloadWords(entries)) {
    // the key is known to be absent and no guest code runs from here on: after the resize, take
    // the first empty index slot on its probe path without comparing keys (CPython's
    // find_empty_slot), so __eq__ runs exactly as often as in CPython
    resize(d, false);
    entries = mem[d + D_ENTRIES];
    n = mem[d + D_NENTRIES] >> 1;
    insertAt(d, findEmptySlot(d, hash), n, entries, key, hash, value);
    return;
  }
  // CPython 3.11 inserts at the first *empty* slot of the probe path, never into a deleted one:
  // the same index layout keeps later lookups comparing keys in the same order (__eq__ calls)
  insertAt(d, findEmptySlot(d, hash), n, entries, key, hash, value);
}

/** insertNew into a padded entries vector (dict_padded.ts): the entry goes to the next card,
 *  the entries skipped become holes. */
function insertPadded(d: number, key: number, hash: number, value: number, entries: number, n: number): void {
  let at = padSlot(entries, n);
  if ((at + 1) * 3 > payloadWords(entries)) {
    resize(d, true);
    entries = mem[d + D_ENTRIES];
    n = mem[d + D_NENTRIES] >> 1;
    at = padSlot(entries, n);
  }
  if (at > n) {
    writeBarrierRange(entries, n * 3, at * 3);
    writeHoles(entries, n, at);
  }
  insertAt(d, findEmptySlot(d, hash), at, entries, key, hash, value);
}

/** A store into `d` as a globals dict (STORE_GLOBAL, module-level STORE_NAME, a module's
 *  setattr): inside a transaction its entries vector becomes padded (dict_padded.ts), so that
 *  overwrites of one global conflict per card from then on. A resize: it writes the header once. */
export function padGlobals(d: number): void {
  if (STM_BUILD && txActive && mem[d + D_ENTRIES] !== lastPadded) {
    readBarrier(d);
    if (!isPadded(mem[d + D_ENTRIES])) resize(d, true);
    lastPadded = mem[d + D_ENTRIES];
  }
}
/** The entries vector padGlobals saw padded last (a hint of this JS thread: a vector freed and its
 *  address reused by an ordinary one is merely not padded, which changes no result). */
let lastPadded = 0;

function findEmptySlot(d: number, hash: number): number {
  hash = (hash << 1) >> 1;
  const ix = mem[d + D_INDICES];
  const mask = payloadWords(ix) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (let probes = mask + 8; mem[ix + 2 + i] !== -1 && probes >= 0; probes--) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** Appends entry n and points index slot `slot` at it (the dict is write-barriered already). */
function insertAt(d: number, slot: number, n: number, entries: number, key: number, hash: number, value: number): void {
  if ((n + 1) * 3 > payloadWords(entries)) return; // torn (zombie) state only
  writeBarrierCard(entries, n * 3);
  writeBarrierCard(entries, n * 3 + 2); // an entry may straddle two cards
  const p = entries + 2 + n * 3;
  mem[p] = (hash << 1) | 1;
  mem[p + 1] = key;
  mem[p + 2] = value;
  const ix = mem[d + D_INDICES];
  writeBarrierGuardedWord(ix, slot); // raw table guarded by the dict: its one word in the undo log
  mem[ix + 2 + slot] = n;
  mem[d + D_NENTRIES] = ((n + 1) << 1) | 1;
  mem[d + D_USED] += 2;
}

export function dictSet(d: number, key: number, value: number): void {
  dictSetH(d, key, hashOf(key), value);
}

/** Copies the entry at word p into slot k of fresh tables (entries vector, index table of
 *  mask + 1 slots, all -1), probing for k's index slot as findSlot would: resize and the
 *  OrderedDict rebuild (dict_reorder.ts) share it. No barriers: the tables are new. */
export function placeEntry(p: number, entries: number, k: number, ix: number, mask: number): void {
  const q = entries + 2 + k * 3;
  mem[q] = mem[p];
  mem[q + 1] = mem[p + 1];
  mem[q + 2] = mem[p + 2];
  const h = mem[p] >> 1;
  let i = h & mask;
  let perturb = h >>> 0;
  while (mem[ix + 2 + i] !== -1) {
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  mem[ix + 2 + i] = k;
}

/** Resizes to fit the live entries (at least doubling when mostly live), dropping holes. */
/** `padded`: the new entries vector is padded (dict_padded.ts; STM build only). */
function resize(d: number, padded: boolean): void {
  const used = mem[d + D_USED] >> 1;
  let size = MIN_SIZE;
  let words = 0;
  if (STM_BUILD && padded) {
    words = paddedPayloadWords(used);
    size = paddedIndexSize(words);
  } else {
    while (size * 2 < (used + 1) * 3 * 2) size *= 2;
    words = ((size * 2) / 3 | 0) * 3;
  }
  const oldEntries = mem[d + D_ENTRIES];
  const n = Math.min(mem[d + D_NENTRIES] >> 1, (payloadWords(oldEntries) / 3) | 0);
  valuesRead(oldEntries, 0, n * 3);
  const ix = newIndices(size);
  const entries = alloc(L_ARRAY, words, SCAN_ALL);
  const mask = size - 1;
  let k = 0;
  const cap = (words / 3) | 0;
  for (let e = 0; e < n && k < cap; e++) {
    const p = oldEntries + 2 + e * 3;
    if (mem[p + 1] === 0) continue;
    if (STM_BUILD && padded && k > 0) {
      const at = padSlot(entries, k);
      if (at >= cap) break; // (torn state only: the vector has room for twice the live entries)
      writeHoles(entries, k, at); // (a new vector: no barriers)
      k = at;
    }
    placeEntry(p, entries, k, ix, mask);
    k++;
  }
  writeBarrier(d);
  mem[d + D_INDICES] = ix;
  mem[d + D_ENTRIES] = entries;
  mem[d + D_NENTRIES] = (k << 1) | 1;
}

/** Deletes key; returns its value, or 0 when it was absent. */
export function dictDelH(d: number, key: number, hash: number): number {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s < 0) return 0;
  writeBarrier(d);
  const ix = mem[d + D_INDICES];
  const e = mem[ix + 2 + s];
  const entries = mem[d + D_ENTRIES];
  if (e < 0 || e * 3 + 2 >= payloadWords(entries)) return 0; // torn (zombie) state only
  const p = entries + 2 + e * 3;
  const v = mem[p + 2];
  const n = Math.min(mem[d + D_NENTRIES] >> 1, (payloadWords(entries) / 3) | 0);
  // the hole's hash word becomes its skip: the next entry, or past the hole run that follows
  let next = e + 1;
  if (next < n && mem[entries + 2 + next * 3 + 1] === 0) next = Math.max(next + 1, mem[entries + 2 + next * 3] >> 1);
  writeBarrierCard(entries, e * 3);
  writeBarrierCard(entries, e * 3 + 1);
  writeBarrierCard(entries, e * 3 + 2);
  mem[p] = (next << 1) | 1;
  mem[p + 1] = 0;
  mem[p + 2] = 0;
  // the first entry's skip follows the first live entry when that one goes (a FIFO drain,
  // OrderedDict.popitem(last=False): next(iter(d)) stays one hop)
  if (e > 0 && mem[entries + 3] === 0 && mem[entries + 2] >> 1 === e) {
    writeBarrierCard(entries, 0);
    mem[entries + 2] = (next << 1) | 1;
  }
  writeBarrierGuardedWord(ix, s);
  mem[ix + 2 + s] = -2;
  mem[d + D_USED] -= 2;
  return v;
}

/** Sets nentries to i (every entry from i on is a hole): the next insertion reuses entry i. The
 *  first entry's skip may point past i (a run of holes from 0 to the popped entry): it is pulled
 *  back to i, which is about to be live again. */
export function dictTrimEntries(d: number, i: number): void {
  writeBarrier(d);
  mem[d + D_NENTRIES] = (i << 1) | 1;
  const en = mem[d + D_ENTRIES];
  if (i > 0 && payloadWords(en) >= 3 && mem[en + 3] === 0 && mem[en + 2] >> 1 > i) {
    writeBarrierCard(en, 0);
    mem[en + 2] = (i << 1) | 1;
  }
}

/** The first live entry at or after `pos` (n if none; n = dictEntryCount(d)), following the
 *  skips that holes keep in their hash words (dictDelH), so a walk over a run of deleted entries
 *  at the front is one hop, not one step per hole. A skip only ever points past holes: an entry
 *  between a hole and its skip cannot become live again (entries are appended after nentries,
 *  and popitem's trimming of nentries stops at a live entry, above any such run). Keys and
 *  hash words change only with the dict locked, so the dict's read barrier covers them. */
export function dictNextLive(d: number, pos: number, n: number): number {
  readBarrier(d);
  const en = mem[d + D_ENTRIES];
  const cap = (payloadWords(en) / 3) | 0;
  if (n > cap) n = cap; // (torn state only)
  while (pos < n && mem[en + 2 + pos * 3 + 1] === 0) {
    pos = Math.max(pos + 1, mem[en + 2 + pos * 3] >> 1);
  }
  return pos;
}

export function dictDel(d: number, key: number): number {
  return dictDelH(d, key, hashOf(key));
}

export function dictClear(d: number): void {
  writeBarrier(d);
  mem[d + D_USED] = 1;
  mem[d + D_NENTRIES] = 1;
  mem[d + D_INDICES] = newIndices(MIN_SIZE);
  mem[d + D_ENTRIES] = alloc(L_ARRAY, ((MIN_SIZE * 2) / 3 | 0) * 3, SCAN_ALL);
}

/** Makes the empty dict d a copy of src: the tables are copied word for word when src has no
 * holes, otherwise live entries are re-inserted with their stored hashes (no __hash__ calls). */
export function dictCopyInto(d: number, src: number): void {
  readBarrier(src);
  const n = Math.min(mem[src + D_NENTRIES] >> 1, (payloadWords(mem[src + D_ENTRIES]) / 3) | 0);
  valuesRead(mem[src + D_ENTRIES], 0, n * 3);
  if (mem[src + D_USED] !== mem[src + D_NENTRIES]) {
    for (let i = 0; i < n; i++) {
      const p = mem[src + D_ENTRIES] + 2 + i * 3;
      if (mem[p + 1] !== 0) dictSetH(d, mem[p + 1], mem[p] >> 1, mem[p + 2]);
    }
    return;
  }
  const six = mem[src + D_INDICES];
  const sen = mem[src + D_ENTRIES];
  const size = payloadWords(six);
  if (n > ((size * 2) / 3 | 0)) return; // torn (zombie) state only
  const ix = alloc(L_RAW, size, 0);
  mem.copyWithin(ix + 2, six + 2, six + 2 + size);
  const en = alloc(L_ARRAY, payloadWords(sen), SCAN_ALL);
  mem.copyWithin(en + 2, sen + 2, sen + 2 + n * 3);
  writeBarrier(d);
  mem[d + D_INDICES] = ix;
  mem[d + D_ENTRIES] = en;
  mem[d + D_USED] = mem[src + D_USED];
  mem[d + D_NENTRIES] = mem[src + D_NENTRIES];
}

// ── iteration by entry number (stable while the dict is not resized) ──
// dictEntryCount read-barriers the dict and bounds the count by the entries vector's capacity;
// the entry readers re-check the capacity (the vector may have been replaced since: an entry
// past it reads as a hole) and read-barrier the dict again (one compare once it is recorded),
// so a caller that calls Python code between two entries stays covered.
export function dictEntryCount(d: number): number {
  readBarrier(d);
  return Math.min(mem[d + D_NENTRIES] >> 1, (payloadWords(mem[d + D_ENTRIES]) / 3) | 0);
}
function entryWord(d: number, i: number, w: number): number {
  readBarrier(d);
  const en = mem[d + D_ENTRIES];
  if (i * 3 + w >= payloadWords(en)) return 0;
  if (w === 2) valueRead(en, i * 3 + 2);
  return mem[en + 2 + i * 3 + w];
}
export function dictEntryKey(d: number, i: number): number { return entryWord(d, i, 1); }
export function dictEntryValue(d: number, i: number): number { return entryWord(d, i, 2); }
/** The stored (31-bit) hash of entry i. */
export function dictEntryHash(d: number, i: number): number { return entryWord(d, i, 0) >> 1; }

export function dictKeys(d: number): number[] {
  const out: number[] = [];
  const n = dictEntryCount(d);
  // in calls of LOOP_CHUNK entries: one call's long loop would stay unoptimized (interp/osr_off.ts)
  // (n is bounded by the entries vector, read once: nothing here runs guest code)
  const en = mem[d + D_ENTRIES];
  for (let i = 0; i < n; i += LOOP_CHUNK) keysInto(out, en, i, Math.min(n, i + LOOP_CHUNK));
  return out;
}
function keysInto(out: number[], en: number, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const k = mem[en + 3 + i * 3];
    if (k !== 0) out.push(k);
  }
}

export function dictItems(d: number): [number, number][] {
  const out: [number, number][] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const k = dictEntryKey(d, i);
    if (k !== 0) out.push([k, dictEntryValue(d, i)]);
  }
  return out;
}
