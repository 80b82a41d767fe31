// set_fast.ts: `key in s`, `s.add(key)` and SET_ADD for a key that is a tagged int or an exact
// str (go's `n not in seen` / `seen.add(n)`, nqueens' `{cols[r] + r for r in rows}`), with the
// hash computed here (no hashOf dispatch), one read barrier on the set per operation, the table's
// size from its own header word (no objectWords call) and the keys compared without keyEq: a
// slot holding the key itself is a hit; one holding another tagged int, or a str when the key is
// an int, is not equal; two strs are compared by their units (as set_core.ts keyEq). Any other
// key found with the same hash (1.0, True, an instance whose __eq__ is Python code that may change
// the set) sends the operation to set_core.ts's general path from the start: nothing was written
// yet, so it runs exactly as if called first. Big tables (8192+ slots, set_counts.ts: split
// counts, a card barrier per probe) take the general path too. The probe sequence, the dummy reuse and the
// resize rule are set_core.ts setAddOnce's (CPython 3.11's), and the resize of a small table
// (grow) is set_core.ts resize on locals, so the table and the iteration order are the ones the
// general path builds; the barriers are its small-table ones (the set read, then the set and the
// slot's card written).
import { mem, readMarks, txActive, txLock, txSnapshot } from '../../stmgc/heap';
import { STM_BUILD } from '../../stmgc/build_mode';
import { SCAN_ALL, SIZE_MASK, SIZE_SHIFT } from '../../stmgc/layout';
import { readBarrier, writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ARRAY, L_STR } from '../runtime/layouts';
import { BIG_SLOTS, tableSlots } from './set_counts';
import { strEquals, strHash } from './str_core';
import { SE_FILL, SE_MASK, SE_TABLE, SE_USED, setAddH, setContainsH, setDummy, setResize } from './set_core';

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** The table hash of a tagged int or exact str key, normalised to 31 bits as the table keeps it. */
function keyHash(key: number): number {
  if ((key & 1) === 1) {
    const n = key >> 1;
    return n === -1 ? -2 : n;
  }
  return (strHash(key) << 1) >> 1;
}

/** Slots of a table without split counts (from its header word when it is not a large object);
 *  0 for a big one (set_counts.ts). */
function plainSlots(m: Int32Array, table: number): number {
  const g = (m[table] >>> SIZE_SHIFT) & SIZE_MASK; // granules: 2 words each, header included
  if (g !== 0) return g - 1;
  const size = tableSlots(table);
  return size >= BIG_SLOTS ? 0 : size;
}

/**
 * 0: key (a tagged int or an exact str) and the slot key k (same hash, k !== key, k not a dummy)
 * differ; 1: equal; 2: unknown without guest code (the general path decides).
 */
function sameKey(key: number, k: number): number {
  if ((k & 1) === 1) return 0; // another int; or an int against the str key
  if ((mem[k] & 0x7ff) !== L_STR) return 2;
  if ((key & 1) === 1) return 2; // a str (subclass?) against an int key: its __eq__ may be Python's
  return strEquals(key, k) ? 1 : 0;
}

/** `key in s` for an exact set or frozenset s and a tagged int or exact str key. */
export function setHasKey(s: number, key: number): boolean {
  const m = mem;
  // (readBarrier's test written out on `m`: one load of the heap array for the whole probe)
  if (STM_BUILD && (m[s + 1] > txSnapshot || (txActive && readMarks[s >> 1] === 0)) && m[s + 1] !== txLock) readBarrier(s);
  const h = keyHash(key);
  const table = m[s + SE_TABLE];
  const size = plainSlots(m, table);
  if (size === 0) return setContainsH(s, key, h);
  const mask = Math.min(m[s + SE_MASK] >> 1, size - 1);
  const th = (h << 1) | 1;
  const dummy = setDummy();
  let i = h & mask;
  let lo = h >>> 0;
  let hi = h < 0 ? 0xffffffff : 0;
  for (let rounds = mask + 16; rounds >= 0; rounds--) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let p = table + 2 + i * 2;
    for (;;) {
      const k = m[p + 1];
      if (k === key) return true;
      if (k === 0) return false;
      if (m[p] === th && k !== dummy) {
        const r = sameKey(key, k);
        if (r === 1) return true;
        if (r === 2) return setContainsH(s, key, h);
      }
      if (probes-- === 0) break;
      p += 2;
    }
    lo = ((lo >>> 5) | (hi << 27)) >>> 0;
    hi >>>= 5;
    i = (i * 5 + 1 + lo) & mask;
  }
  return false; // torn (zombie) state only
}

/** s.add(key) / SET_ADD for an exact set (or a subclass whose add is set's) and a tagged int or
 *  exact str key. */
export function setAddKey(s: number, key: number): void {
  const m = mem;
  if (STM_BUILD && (m[s + 1] > txSnapshot || (txActive && readMarks[s >> 1] === 0)) && m[s + 1] !== txLock) readBarrier(s);
  const h = keyHash(key);
  const table = m[s + SE_TABLE];
  const size = plainSlots(m, table);
  if (size === 0) {
    setAddH(s, key, h);
    return;
  }
  const mask = Math.min(m[s + SE_MASK] >> 1, size - 1);
  const th = (h << 1) | 1;
  const dummy = setDummy();
  let i = h & mask;
  let lo = h >>> 0;
  let hi = h < 0 ? 0xffffffff : 0;
  let free = -1;
  for (let rounds = mask + 16; rounds >= 0; rounds--) {
    let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
    let j = i;
    for (;;) {
      const p = table + 2 + j * 2;
      const k = m[p + 1];
      if (k === key) return;
      if (k === 0) {
        writeBarrier(s);
        if (free >= 0) {
          // CPython 3.11 reuses the last dummy seen on the probe path (fill unchanged)
          writeBarrierCard(table, free * 2); // hash and key share a card
          m[table + 2 + free * 2] = th;
          m[table + 3 + free * 2] = key;
          m[s + SE_USED] += 2;
          return;
        }
        writeBarrierCard(table, j * 2);
        m[p] = th;
        m[p + 1] = key;
        const fill = (m[s + SE_FILL] += 2) >> 1;
        const used = (m[s + SE_USED] += 2) >> 1;
        if (fill * 5 >= mask * 3) grow(s, table, mask, used > 50000 ? used * 2 : used * 4, dummy);
        return;
      }
      if (k === dummy) {
        free = j;
      } else if (m[p] === th) {
        const r = sameKey(key, k);
        if (r === 1) return;
        if (r === 2) {
          setAddH(s, key, h);
          return;
        }
      }
      if (probes-- === 0) break;
      j++;
    }
    lo = ((lo >>> 5) | (hi << 27)) >>> 0;
    hi >>>= 5;
    i = (i * 5 + 1 + lo) & mask;
  }
}

/** set_core.ts resize (set_table_resize) of small table `old` (mask + 1 slots, the set's) to the
 *  smallest power of two above minused, when that is still a table without split counts: the
 *  keys reinserted in slot order with their stored hashes, dummies dropped (insertClean's probe,
 *  on locals). A new table: no barrier on it; the set's header is written. */
function grow(s: number, old: number, oldMask: number, minused: number, dummy: number): void {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  if (size >= BIG_SLOTS) {
    setResize(s, minused);
    return;
  }
  const table = alloc(L_ARRAY, size * 2, SCAN_ALL);
  const m = mem;
  const mask = size - 1;
  let n = 0;
  for (let e = 0; e <= oldMask; e++) {
    const k = m[old + 3 + e * 2];
    if (k === 0 || k === dummy) continue;
    const th = m[old + 2 + e * 2];
    const h = th >> 1;
    let i = h & mask;
    let lo = h >>> 0;
    let hi = h < 0 ? 0xffffffff : 0;
    // insertClean: the first free slot of the 10-slot run at i (when it fits), else perturb
    for (;;) {
      if (m[table + 3 + i * 2] === 0) break;
      let j = 1;
      if (i + LINEAR_PROBES <= mask) {
        for (; j <= LINEAR_PROBES; j++) if (m[table + 3 + (i + j) * 2] === 0) break;
        if (j <= LINEAR_PROBES) {
          i += j;
          break;
        }
      }
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
    m[table + 2 + i * 2] = th;
    m[table + 3 + i * 2] = k;
    n++;
  }
  writeBarrier(s);
  m[s + SE_TABLE] = table;
  m[s + SE_MASK] = (mask << 1) | 1;
  m[s + SE_FILL] = (n << 1) | 1;
  m[s + SE_USED] = (n << 1) | 1;
}
