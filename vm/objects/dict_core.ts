// dict, the representation: CPython's compact ordered dict. Entries are appended in insertion
// order to an entries vector; a power-of-two index table maps hash slots to entry numbers, probed
// with CPython's perturbation scheme. Deleting leaves a hole (key NULL) that is skipped by
// iteration and squeezed out by the next resize.
//   dict payload:    [class, __dict__ (subclasses only), used (tagged), nentries (tagged), indices (L_RAW), entries (L_ARRAY)]
//   indices payload: int32 slots, -1 empty, -2 deleted, else an entry number (raw, not traced)
//   entries payload: 3 words per entry: [hash (tagged), key, value]
// The same structure serves instance and module __dict__s, with interned str keys hitting the
// identity test first. Every write goes through the write barrier of the object it modifies.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { txActive } from '../../stmgc/heap';
import { txValidate } from '../../stmgc/txn';
import { alloc, allocOld } from '../runtime/alloc';
import { L_ARRAY, L_DICT, L_RAW, L_STR } from '../runtime/layouts';
import { T } from '../runtime/types';
import { strEquals } from './str_core';
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

function newIndices(size: number): number {
  const ix = alloc(L_RAW, size, 0);
  mem.fill(-1, ix + 2, ix + 2 + size);
  return ix;
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
function findSlot(d: number, key: number, hash: number): number {
  hash = (hash << 1) >> 1; // the stored (tagged) hash keeps 31 bits: probe exactly as resize() does
  const ix = mem[d + D_INDICES];
  const mask = payloadWords(ix) - 1;
  const entries = mem[d + D_ENTRIES];
  let i = hash & mask;
  let perturb = hash >>> 0;
  let freeSlot = -1;
  for (let probes = mask * 2 + 64; ; probes--) {
    // a table with no empty slot is a torn view (a zombie transaction read a dict another worker
    // is rewriting in place): validation aborts it instead of probing forever
    if (probes < 0) { zombieCheck(); probes = mask * 2 + 64; }
    const e = mem[ix + 2 + i];
    if (e === -1) return -(freeSlot >= 0 ? freeSlot : i) - 1;
    if (e === -2) {
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
}

export function dictGetH(d: number, key: number, hash: number): number {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s < 0) return 0;
  const e = mem[mem[d + D_INDICES] + 2 + s];
  return mem[mem[d + D_ENTRIES] + 2 + e * 3 + 2];
}

/** d[key], or 0 (NULL) when absent. May run Python code (__hash__, __eq__). */
export function dictGet(d: number, key: number): number {
  return dictGetH(d, key, hashOf(key));
}

/** Lookup by an interned str (identity first). */
export function dictGetStr(d: number, key: number): number {
  return dictGetH(d, key, mem[key + 2]);
}

export function dictSetH(d: number, key: number, hash: number, value: number): void {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s >= 0) {
    const entries = mem[d + D_ENTRIES];
    const e = mem[mem[d + D_INDICES] + 2 + s];
    writeBarrier(entries);
    mem[entries + 2 + e * 3 + 2] = value;
    return;
  }
  let entries = mem[d + D_ENTRIES];
  let n = mem[d + D_NENTRIES] >> 1;
  if ((n + 1) * 3 > payloadWords(entries)) {
    // the key is known to be absent and no guest code runs from here on: after the resize, take
    // the first empty index slot on its probe path without comparing keys (CPython's
    // find_empty_slot), so __eq__ runs exactly as often as in CPython
    resize(d);
    entries = mem[d + D_ENTRIES];
    n = mem[d + D_NENTRIES] >> 1;
    insertAt(d, findEmptySlot(d, hash), n, entries, key, hash, value);
    return;
  }
  // CPython 3.11 inserts at the first *empty* slot of the probe path, never into a deleted one:
  // the same index layout keeps later lookups comparing keys in the same order (__eq__ calls)
  insertAt(d, findEmptySlot(d, hash), n, entries, key, hash, value);
}

function findEmptySlot(d: number, hash: number): number {
  hash = (hash << 1) >> 1;
  const ix = mem[d + D_INDICES];
  const mask = payloadWords(ix) - 1;
  let i = hash & mask;
  let perturb = hash >>> 0;
  for (let probes = mask * 2 + 64; mem[ix + 2 + i] !== -1; probes--) {
    if (probes < 0) { zombieCheck(); probes = mask * 2 + 64; }
    perturb >>>= 5;
    i = (i * 5 + perturb + 1) & mask;
  }
  return i;
}

/** A loop over heap data that cannot end: in a transaction, a torn read (TxAborted from the
 *  validation restarts it); otherwise a broken dict. */
function zombieCheck(): void {
  if (txActive) txValidate();
  throw new Error('internal: dict index table has no empty slot');
}

function insertAt(d: number, slot: number, n: number, entries: number, key: number, hash: number, value: number): void {
  writeBarrier(entries);
  const p = entries + 2 + n * 3;
  mem[p] = (hash << 1) | 1;
  mem[p + 1] = key;
  mem[p + 2] = value;
  const ix = mem[d + D_INDICES];
  writeBarrier(ix); // (raw table: not for the GC, but an abort must restore it with the entries)
  mem[ix + 2 + slot] = n;
  writeBarrier(d);
  mem[d + D_NENTRIES] = ((n + 1) << 1) | 1;
  mem[d + D_USED] += 2;
}

export function dictSet(d: number, key: number, value: number): void {
  dictSetH(d, key, hashOf(key), value);
}

/** Resizes to fit the live entries (at least doubling when mostly live), dropping holes. */
function resize(d: number): void {
  const used = mem[d + D_USED] >> 1;
  let size = MIN_SIZE;
  while (size * 2 < (used + 1) * 3 * 2) size *= 2;
  const oldEntries = mem[d + D_ENTRIES];
  const n = mem[d + D_NENTRIES] >> 1;
  const ix = newIndices(size);
  const entries = alloc(L_ARRAY, ((size * 2) / 3 | 0) * 3, SCAN_ALL);
  const mask = size - 1;
  let k = 0;
  for (let e = 0; e < n; e++) {
    const p = oldEntries + 2 + e * 3;
    if (mem[p + 1] === 0) continue;
    const h = mem[p] >> 1;
    const q = entries + 2 + k * 3;
    mem[q] = mem[p];
    mem[q + 1] = mem[p + 1];
    mem[q + 2] = mem[p + 2];
    let i = h & mask;
    let perturb = h >>> 0;
    while (mem[ix + 2 + i] !== -1) {
      perturb >>>= 5;
      i = (i * 5 + perturb + 1) & mask;
    }
    mem[ix + 2 + i] = k;
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
  const ix = mem[d + D_INDICES];
  const e = mem[ix + 2 + s];
  const entries = mem[d + D_ENTRIES];
  const p = entries + 2 + e * 3;
  const v = mem[p + 2];
  writeBarrier(entries);
  mem[p + 1] = 0;
  mem[p + 2] = 0;
  writeBarrier(ix);
  mem[ix + 2 + s] = -2;
  writeBarrier(d);
  mem[d + D_USED] -= 2;
  return v;
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
  const n = mem[src + D_NENTRIES] >> 1;
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
export function dictEntryCount(d: number): number {
  readBarrier(d);
  return mem[d + D_NENTRIES] >> 1;
}
export function dictEntryKey(d: number, i: number): number { return mem[mem[d + D_ENTRIES] + 2 + i * 3 + 1]; }
export function dictEntryValue(d: number, i: number): number { return mem[mem[d + D_ENTRIES] + 2 + i * 3 + 2]; }
/** The stored (31-bit) hash of entry i. */
export function dictEntryHash(d: number, i: number): number { return mem[mem[d + D_ENTRIES] + 2 + i * 3] >> 1; }

export function dictKeys(d: number): number[] {
  const out: number[] = [];
  const n = dictEntryCount(d);
  for (let i = 0; i < n; i++) {
    const k = dictEntryKey(d, i);
    if (k !== 0) out.push(k);
  }
  return out;
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
