// set and frozenset, the representation: CPython 3.11's open-addressing table (setobject.c)
// with its probing (9 linear probes, then perturbation with the hash as a 64-bit unsigned
// value) and resize policy, so a set of ints iterates in the same order as in CPython.
//   payload: [class, __dict__ (subclasses), fill (tagged), used (tagged), mask (tagged),
//             table (L_ARRAY: 2 words per slot: hash (tagged), key), finger (tagged),
//             frozenset hash cache: 3 tagged chunks of the 64-bit hash (21+21+22 bits; 0 = not
//             computed yet), so nested frozensets hash in linear time as in CPython]
// A free slot has key 0; a deleted one key DUMMY (a pinned marker object) and hash -1.
// Hashes are kept as 31-bit values (the table stores them tagged): every probe uses the
// normalised `(h << 1) >> 1`, so lookups, inserts and resizes follow the same probe sequence.
// The bulk operations (merge, resize, swap) are CPython's, so derived sets keep its order too.
// Barriers (vm/NOTES.md "Barriers in the VM"): the set header guards a small table (readers barrier
// the set; writers barrier the set, then the table: one card per slot written). A BIG table
// (set_counts.ts: split fill/used counts) is card-granular: adds and discards read-barrier the
// header and lock only the slot's card and its region's counter card; readers read-barrier the
// card of every slot they read (or the whole table for bulk reads). Probe loops use the table's
// own capacity for the mask and stop after a bounded number of rounds, so a zombie transaction on
// a torn header/table cannot loop forever or read past the table.
import { mem } from '../../stmgc/heap';
import { GC_LARGE, SCAN_ALL } from '../../stmgc/layout';
import { payloadWords } from '../../stmgc/objects';
import { writeBarrier, writeBarrierCard, readBarrier, readBarrierCard } from '../../stmgc/barriers';
import { BIG_SLOTS, bigCountInsert, bigCountRemove, bigFill, bigUsed, isBigTable, recount, tableSlots, tableWords } from './set_counts';
import { alloc, allocOld } from '../runtime/alloc';
import { L_ARRAY, L_FROZENSET, L_SET, L_STR } from '../runtime/layouts';
import { T } from '../runtime/types';
import { hashOf, richEq } from '../runtime/protocol';
import { strEquals } from './str_core';
import { pin } from '../runtime/pinned';

export const SE_FILL = 4;
export const SE_USED = 5;
export const SE_MASK = 6;
export const SE_TABLE = 7;
export const SE_FINGER = 8;
export const SE_HASH = 9; // 3 words
const SET_PAYLOAD = 10;
const MINSIZE = 8;
const LINEAR_PROBES = 9;

let DUMMY = 0;
export function initSets(): void {
  DUMMY = pin(allocOld(L_ARRAY, 1, SCAN_ALL));
}
export function setDummy(): number { return DUMMY; }

export function newSet(cls = T.set, layout = L_SET, old = false): number {
  const s = old ? allocOld(layout, SET_PAYLOAD, SCAN_ALL) : alloc(layout, SET_PAYLOAD, SCAN_ALL);
  mem[s + 2] = cls;
  mem[s + SE_FILL] = 1;
  mem[s + SE_USED] = 1;
  mem[s + SE_MASK] = ((MINSIZE - 1) << 1) | 1;
  mem[s + SE_TABLE] = old ? allocOld(L_ARRAY, MINSIZE * 2, SCAN_ALL) : alloc(L_ARRAY, MINSIZE * 2, SCAN_ALL);
  mem[s + SE_FINGER] = 1;
  return s;
}

export function newFrozenSet(items: readonly number[], old = false): number {
  const s = newSet(T.frozenset, L_FROZENSET, old);
  for (const x of items) setAdd(s, x);
  return s;
}
export function newFrozenSetOld(items: readonly number[]): number { return newFrozenSet(items, true); }

export function setLen(s: number): number {
  readBarrier(s);
  return usedOf(s);
}

/** The set's fill (used + dummies), after the caller's read barrier on the set. */
export function setFillCount(s: number): number {
  const t = mem[s + SE_TABLE];
  const size = tableSlots(t);
  return size >= BIG_SLOTS ? bigFill(t, size) : mem[s + SE_FILL] >> 1;
}

/** The set's used count, after the caller's read barrier on the set. */
function usedOf(s: number): number {
  const t = mem[s + SE_TABLE];
  if ((mem[t] & GC_LARGE) === 0) return mem[s + SE_USED] >> 1;
  const size = tableSlots(t);
  return size >= BIG_SLOTS ? bigUsed(t, size) : mem[s + SE_USED] >> 1;
}

function keyEq(a: number, b: number): boolean {
  if ((a & 1) === 0 && (b & 1) === 0 && (mem[a] & 0x7ff) === L_STR && (mem[b] & 0x7ff) === L_STR) return strEquals(a, b);
  return richEq(a, b);
}

/** Table slot holding key, or -1. */
/** Slot of key, or -1. A key's __eq__ may mutate the set: then the lookup restarts (CPython). */
function findKey(s: number, key: number, hash: number): number {
  for (;;) {
    const j = findKeyOnce(s, key, hash);
    if (j !== RESTART) return j;
  }
}
const RESTART = -2;

/** The set's mask, bounded by its table's capacity (equal unless torn). */
function tableMask(s: number, table: number): number {
  return Math.min(mem[s + SE_MASK] >> 1, tableSlots(table) - 1);
}

function findKeyOnce(s: number, key: number, hash: number): number {
  hash = (hash << 1) >> 1;
  const table = mem[s + SE_TABLE];
  const size = tableSlots(table);
  const mask = Math.min(mem[s + SE_MASK] >> 1, size - 1);
  const big = size >= BIG_SLOTS;
  const th = (hash << 1) | 1;
  let i = hash & mask;
  let lo = hash >>> 0;
  let hi = hash < 0 ? 0xffffffff : 0;
  for (let rounds = mask + 16; rounds >= 0; rounds--) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const p = table + 2 + j * 2;
      if (big) readBarrierCard(table, j * 2); // hash and key share a card
      const k = mem[p + 1];
      if (k === 0) return -1;
      if (mem[p] === th && k !== DUMMY) {
        if (k === key) return j;
        const eq = keyEq(key, k);
        // __eq__ ran guest code: if the set's table or this slot changed, start over
        if (mem[s + SE_TABLE] !== table || mem[p + 1] !== k) return RESTART;
        if (eq) return j;
      }
      if (probes-- === 0) break;
      j++;
    }
    lo = ((lo >>> 5) | (hi << 27)) >>> 0;
    hi >>>= 5;
    i = (i * 5 + 1 + lo) & mask;
  }
  return -1; // torn (zombie) state only: a table that is never full ends the probe above
}

export function setContainsH(s: number, key: number, hash: number): boolean {
  readBarrier(s);
  return findKey(s, key, hash) >= 0;
}
export function setContains(s: number, key: number): boolean { return setContainsH(s, key, hashOf(key)); }

/** Adds key; returns false when it was already present. */
export function setAddH(s: number, key: number, hash: number): boolean {
  readBarrier(s);
  for (;;) {
    const r = setAddOnce(s, key, hash);
    if (r !== ADD_RESTART) return r === 1;
  }
}
const ADD_RESTART = 2;

/** 1 added, 0 present, ADD_RESTART when a key's __eq__ changed the set under the probe. */
function setAddOnce(s: number, key: number, hash: number): number {
  hash = (hash << 1) >> 1;
  const table = mem[s + SE_TABLE];
  const size = tableSlots(table);
  const mask = Math.min(mem[s + SE_MASK] >> 1, size - 1);
  const big = size >= BIG_SLOTS;
  const th = (hash << 1) | 1;
  let i = hash & mask;
  let lo = hash >>> 0;
  let hi = hash < 0 ? 0xffffffff : 0;
  let free = -1;
  for (let rounds = mask + 16; rounds >= 0; rounds--) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const p = table + 2 + j * 2;
      if (big) readBarrierCard(table, j * 2);
      const k = mem[p + 1];
      if (k === 0) {
        if (big) {
          // the header is only read: the slot's card and its region's counters are locked
          const at = free >= 0 ? free : j;
          writeBarrierCard(table, at * 2);
          mem[table + 2 + at * 2] = th;
          mem[table + 3 + at * 2] = key;
          const minused = bigCountInsert(table, size, mask, at, free < 0);
          if (minused >= 0) resize(s, minused);
          return 1;
        }
        writeBarrier(s);
        writeBarrierCard(table, (free >= 0 ? free : j) * 2); // hash and key share a card
        if (free >= 0) {
          mem[table + 2 + free * 2] = th;
          mem[table + 3 + free * 2] = key;
          mem[s + SE_USED] += 2;
          return 1;
        }
        mem[p] = th;
        mem[p + 1] = key;
        mem[s + SE_FILL] += 2;
        mem[s + SE_USED] += 2;
        const fill = mem[s + SE_FILL] >> 1;
        if (fill * 5 >= mask * 3) {
          const used = mem[s + SE_USED] >> 1;
          resize(s, used > 50000 ? used * 2 : used * 4);
        }
        return 1;
      }
      if (k === DUMMY) {
        free = j; // CPython 3.11 reuses the last dummy seen on the probe path
      } else if (mem[p] === th) {
        if (k === key) return 0;
        const eq = keyEq(key, k);
        if (mem[s + SE_TABLE] !== table || mem[p + 1] !== k) return ADD_RESTART;
        if (eq) return 0;
      }
      if (probes-- === 0) break;
      j++;
    }
    lo = ((lo >>> 5) | (hi << 27)) >>> 0;
    hi >>>= 5;
    i = (i * 5 + 1 + lo) & mask;
  }
  return 0; // torn (zombie) state only
}

export function setAdd(s: number, key: number): boolean { return setAddH(s, key, hashOf(key)); }

/** set_table_resize: a table of the smallest power of two > minused, dummies dropped. */
export function setResize(s: number, minused: number): void { resize(s, minused); }

function resize(s: number, minused: number): void {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  const old = mem[s + SE_TABLE];
  const oldSize = tableMask(s, old) + 1;
  // the small table with no dummies is left alone (CPython keeps its smalltable as it is)
  if (size === MINSIZE && oldSize === MINSIZE && mem[s + SE_FILL] === mem[s + SE_USED]) return;
  if (isBigTable(old)) readBarrier(old); // every card: its writers do not lock the header
  const table = alloc(L_ARRAY, tableWords(size), SCAN_ALL);
  const mask = size - 1;
  let n = 0;
  for (let e = 0; e < oldSize; e++) {
    const k = mem[old + 3 + e * 2];
    if (k === 0 || k === DUMMY) continue;
    insertClean(table, mask, k, mem[old + 2 + e * 2]);
    n++;
  }
  if (size >= BIG_SLOTS) recount(table, mask, DUMMY);
  writeBarrier(s);
  mem[s + SE_TABLE] = table;
  mem[s + SE_MASK] = (mask << 1) | 1;
  mem[s + SE_FILL] = (n << 1) | 1; // (not kept up to date for a big table: set_counts.ts)
  mem[s + SE_USED] = (n << 1) | 1;
}

/** set_insert_clean: puts a key known to be absent into a table without dummies; returns its
 *  slot. */
export function insertClean(table: number, mask: number, k: number, th: number): number {
  const h = th >> 1;
  let i = h & mask;
  let lo = h >>> 0;
  let hi = h < 0 ? 0xffffffff : 0;
  for (;;) {
    if (mem[table + 3 + i * 2] === 0) break;
    let found = false;
    if (i + LINEAR_PROBES <= mask) {
      for (let j = 1; j <= LINEAR_PROBES; j++) {
        if (mem[table + 3 + (i + j) * 2] === 0) {
          i += j;
          found = true;
          break;
        }
      }
    }
    if (found) break;
    lo = ((lo >>> 5) | (hi << 27)) >>> 0;
    hi >>>= 5;
    i = (i * 5 + 1 + lo) & mask;
  }
  mem[table + 2 + i * 2] = th;
  mem[table + 3 + i * 2] = k;
  return i;
}

/** set_merge: adds every key of the set or frozenset `o` (CPython's three strategies). */
export function setMerge(s: number, o: number): void {
  readBarrier(s);
  readBarrier(o);
  const oused = usedOf(o);
  if (o === s || oused === 0) return;
  if ((setFillCount(s) + oused) * 5 >= (mem[s + SE_MASK] >> 1) * 3) {
    resize(s, (usedOf(s) + oused) * 2);
  }
  const otable = mem[o + SE_TABLE];
  const omask = tableMask(o, otable);
  if (isBigTable(otable)) readBarrier(otable); // every card
  const table = mem[s + SE_TABLE];
  const mask = tableMask(s, table);
  if (setFillCount(s) === 0) {
    writeBarrier(table);
    writeBarrier(s);
    if (mask === omask && setFillCount(o) === oused) {
      // same size, no dummies: copy the table's slots
      mem.copyWithin(table + 2, otable + 2, otable + 2 + (omask + 1) * 2);
    } else {
      for (let e = 0; e <= omask; e++) {
        const k = mem[otable + 3 + e * 2];
        if (k !== 0 && k !== DUMMY) insertClean(table, mask, k, mem[otable + 2 + e * 2]);
      }
    }
    if (isBigTable(table)) recount(table, mask, DUMMY);
    mem[s + SE_FILL] = (oused << 1) | 1;
    mem[s + SE_USED] = (oused << 1) | 1;
    return;
  }
  for (let e = 0; e <= omask; e++) {
    const k = mem[otable + 3 + e * 2];
    if (k !== 0 && k !== DUMMY) setAddH(s, k, mem[otable + 2 + e * 2] >> 1);
  }
}

/** set_swap_bodies: exchanges the tables of two sets (the finger stays). */
export function setSwapBodies(a: number, b: number): void {
  writeBarrier(a);
  writeBarrier(b);
  for (const w of [SE_FILL, SE_USED, SE_MASK, SE_TABLE]) {
    const t = mem[a + w];
    mem[a + w] = mem[b + w];
    mem[b + w] = t;
  }
}

/** (fill - used) and mask, for the dummy-purging rule of difference_update. */
export function setPurgeDummies(s: number): void {
  readBarrier(s);
  const fill = setFillCount(s);
  const used = usedOf(s);
  if (fill - used <= ((mem[s + SE_MASK] >> 1) >>> 2)) return;
  resize(s, used > 50000 ? used * 2 : used * 4);
}

/** Removes key; returns false when absent. */
export function setDiscardH(s: number, key: number, hash: number): boolean {
  readBarrier(s);
  const j = findKey(s, key, hash);
  if (j < 0) return false;
  const table = mem[s + SE_TABLE];
  const size = tableSlots(table);
  if (size >= BIG_SLOTS) {
    writeBarrierCard(table, j * 2);
    mem[table + 2 + j * 2] = -1;
    mem[table + 3 + j * 2] = DUMMY;
    bigCountRemove(table, size, j);
    return true;
  }
  writeBarrier(s);
  writeBarrierCard(table, j * 2);
  mem[table + 2 + j * 2] = -1;
  mem[table + 3 + j * 2] = DUMMY;
  mem[s + SE_USED] -= 2;
  return true;
}
export function setDiscard(s: number, key: number): boolean { return setDiscardH(s, key, hashOf(key)); }

export function setClear(s: number): void {
  writeBarrier(s);
  mem[s + SE_FILL] = 1;
  mem[s + SE_USED] = 1;
  mem[s + SE_MASK] = ((MINSIZE - 1) << 1) | 1;
  mem[s + SE_TABLE] = alloc(L_ARRAY, MINSIZE * 2, SCAN_ALL);
}

/** set.pop() as CPython: from the finger onwards; 0 when empty. */
export function setPop(s: number): number {
  readBarrier(s);
  if (usedOf(s) === 0) return 0;
  const table = mem[s + SE_TABLE];
  const size = tableSlots(table);
  const mask = Math.min(mem[s + SE_MASK] >> 1, size - 1);
  const big = size >= BIG_SLOTS;
  let i = (mem[s + SE_FINGER] >> 1) & mask;
  for (let n = mask; ; n--) {
    if (big) readBarrierCard(table, i * 2);
    const k = mem[table + 3 + i * 2];
    if (k !== 0 && k !== DUMMY) break;
    if (n === 0) return 0; // torn (zombie) state only: "used" said there was a key
    i = i + 1 > mask ? 0 : i + 1;
  }
  const key = mem[table + 3 + i * 2];
  writeBarrier(s); // the finger: pop locks the header of a big set too
  writeBarrierCard(table, i * 2);
  mem[table + 2 + i * 2] = -1;
  mem[table + 3 + i * 2] = DUMMY;
  if (big) bigCountRemove(table, size, i);
  else mem[s + SE_USED] -= 2;
  mem[s + SE_FINGER] = ((i + 1) << 1) | 1;
  return key;
}

/**
 * One step of a set iterator (setiter_iternext): the first occupied slot at or after `pos`, or
 * -1 at the end, or -2 when the set's size is no longer `len` (CPython's check, made on every
 * step). Fused so that a big table's size, barriers and counters are looked up once per step.
 */
export function setIterNext(s: number, pos: number, len: number): number {
  readBarrier(s);
  const t = mem[s + SE_TABLE];
  const size = tableSlots(t);
  const big = size >= BIG_SLOTS;
  if ((big ? bigUsed(t, size) : mem[s + SE_USED] >> 1) !== len) return -2;
  const n = Math.min(mem[s + SE_MASK] >> 1, size - 1) + 1;
  for (; pos < n; pos++) {
    if (big) readBarrierCard(t, pos * 2);
    const k = mem[t + 3 + pos * 2];
    if (k !== 0 && k !== DUMMY) return pos;
  }
  return -1;
}

/** Table size (slots), for iteration (read-barriered; bounded by the table's capacity). */
export function setSlots(s: number): number {
  readBarrier(s);
  return tableMask(s, mem[s + SE_TABLE]) + 1;
}
/** Key in slot i, or 0 for an empty or deleted slot (or past the table: torn state only). */
export function setSlotKey(s: number, i: number): number {
  readBarrier(s);
  const t = mem[s + SE_TABLE];
  if (!slotReadable(t, i)) return 0;
  const k = mem[t + 3 + i * 2];
  return k === DUMMY ? 0 : k;
}
export function setSlotHash(s: number, i: number): number {
  readBarrier(s);
  const t = mem[s + SE_TABLE];
  return slotReadable(t, i) ? mem[t + 2 + i * 2] >> 1 : 0;
}
/** Slot i is inside table t (false past it: torn state only); a big table's card is read-barriered. */
function slotReadable(t: number, i: number): boolean {
  if ((mem[t] & GC_LARGE) === 0) return i * 2 < payloadWords(t);
  const size = tableSlots(t);
  if (i >= size) return false;
  if (size >= BIG_SLOTS) readBarrierCard(t, i * 2);
  return true;
}

export function setItems(s: number): number[] {
  readBarrier(s);
  const t = mem[s + SE_TABLE];
  if (isBigTable(t)) readBarrier(t); // every card
  const out: number[] = [];
  const n = tableMask(s, t) + 1;
  for (let i = 0; i < n; i++) {
    const k = mem[t + 3 + i * 2];
    if (k !== 0 && k !== DUMMY) out.push(k);
  }
  return out;
}
