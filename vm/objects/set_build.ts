// set_build.ts: adding the items of a list or tuple to an EMPTY set (set(L), set.update(L),
// {*L}) when the keys are tagged ints or exact strs. CPython's set_add_entry and
// set_table_resize run on local variables: the same probe sequence (31-bit hashes, 9 linear
// probes, then perturbation) and the same resize rule as set_core.ts setAddOnce, so the table
// (and the iteration order) is the one the key-by-key path builds. What it saves per key: the
// list iterator's next(), hashOf's dispatch, a write barrier and a card barrier (one barrier
// on the set and its table for the whole build), and a big table's split counts (set_counts.ts:
// computed once at the end by recount, with the table locked whole as setMerge does). Keys of
// any other type may run guest code in __hash__/__eq__ (which could see the half-built set), so
// the build stops before the first one and returns how many items it added; the caller goes on
// key by key from there.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL, SCAN_SHIFT } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { LOOP_CHUNK } from '../interp/osr_off';
import { alloc } from '../runtime/alloc';
import { L_ARRAY, L_STR } from '../runtime/layouts';
import { BIG_SLOTS, SET_REGIONS, recountFrom, regionOf, tableSlots, tableWords } from './set_counts';
import { SE_FILL, SE_MASK, SE_TABLE, SE_USED, insertClean, setFillCount } from './set_core';
import { strEquals, strHash } from './str_core';

const MINSIZE = 8;
const LINEAR_PROBES = 9;
/** Keys per region of the table being built, when it is big (set_counts.ts split counts). */
const fills = new Int32Array(SET_REGIONS);

/** Adds the n keys mem[at], mem[at+1], ... to set s when it is empty (fill 0: no dummies),
 *  stopping before the first key that is neither a tagged int nor an exact str. Returns the
 *  number of items consumed (0 when s is not empty). The items are read by the caller's barrier;
 *  nothing here runs guest code or moves objects. */
export function setBuildFrom(s: number, at: number, n: number): number {
  readBarrier(s);
  if (n === 0 || setFillCount(s) !== 0) return 0;
  writeBarrier(s);
  let table = mem[s + SE_TABLE];
  writeBarrier(table); // (a big table: every card, as setMerge)
  bTable = table;
  bMask = Math.min(mem[s + SE_MASK] >> 1, tableSlots(table) - 1);
  bFill = 0;
  fills.fill(0);
  // in calls of LOOP_CHUNK keys: one call's long loop would stay unoptimized (interp/osr_off.ts)
  let x = 0;
  while (x < n) {
    const end = Math.min(n, x + LOOP_CHUNK);
    x = addKeys(at, x, end);
    if (x < end) break;
  }
  table = bTable;
  const mask = bMask;
  const fill = bFill;
  // the last table grown is the set's: traced from now on (see grown)
  if (table !== mem[s + SE_TABLE]) mem[table] |= SCAN_ALL << SCAN_SHIFT;
  mem[s + SE_TABLE] = table;
  mem[s + SE_MASK] = (mask << 1) | 1;
  mem[s + SE_FILL] = (fill << 1) | 1;
  mem[s + SE_USED] = (fill << 1) | 1;
  if (mask + 1 >= BIG_SLOTS) recountFrom(table, mask, fills);
  return x;
}

/** The build's table, its mask and its fill while setBuildFrom runs (addKeys' state between calls). */
let bTable = 0;
let bMask = 0;
let bFill = 0;

/** Adds the keys mem[at + x] for x in [from, to) to the table being built; returns the index of
 *  the first key that is neither a tagged int nor an exact str (to when there is none). */
function addKeys(at: number, from: number, to: number): number {
  let table = bTable;
  let mask = bMask;
  let fill = bFill;
  let x = from;
  for (; x < to; x++) {
    const key = mem[at + x];
    let h: number;
    if ((key & 1) === 1) {
      h = key >> 1;
      if (h === -1) h = -2;
    } else if ((mem[key] & 0x7ff) === L_STR) {
      h = strHash(key);
    } else break;
    h = (h << 1) >> 1;
    const th = (h << 1) | 1;
    let i = h & mask;
    let lo = h >>> 0;
    let hi = h < 0 ? 0xffffffff : 0;
    probe: for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const p = table + 2 + j * 2;
        const k = mem[p + 1];
        if (k === 0) {
          mem[p] = th;
          mem[p + 1] = key;
          fill++;
          if (mask >= BIG_SLOTS - 1) fills[regionOf(mask, j)]++;
          if (fill * 5 >= mask * 3) {
            // fill === used (no dummies): CPython's growth, used > 50000 ? used * 2 : used * 4
            const t = grown(table, mask, fill > 50000 ? fill * 2 : fill * 4);
            table = t;
            mask = tableSlots(t) - 1;
          }
          break probe;
        }
        // (only tagged ints and exact strs are in the table: equal ints are the same word)
        if (k === key || (mem[p] === th && (key & 1) === 0 && (k & 1) === 0 && strEquals(key, k))) break probe;
        if (probes-- === 0) break;
        j++;
      }
      lo = ((lo >>> 5) | (hi << 27)) >>> 0;
      hi >>>= 5;
      i = (i * 5 + 1 + lo) & mask;
    }
  }
  bTable = table;
  bMask = mask;
  bFill = fill;
  return x;
}

/** set_table_resize of a table without dummies: a new table of the smallest power of two above
 *  minused, the keys reinserted in table order (a new object: no barrier). It is made untraced
 *  (scan 0): every table but the last one grown is garbage when the build returns, and a big one
 *  allocated in old space would otherwise be scanned whole by the next minor collection (a root
 *  as every new old object: 20% of set(range(100000))'s time was that scan). No collection can
 *  run before setBuildFrom returns, and it marks the last one traced (SCAN_ALL) before then. */
function grown(old: number, oldMask: number, minused: number): number {
  let size = MINSIZE;
  while (size <= minused) size <<= 1;
  const table = alloc(L_ARRAY, tableWords(size), 0);
  const mask = size - 1;
  const big = size >= BIG_SLOTS;
  if (big) fills.fill(0);
  for (let e = 0; e <= oldMask; e++) {
    const k = mem[old + 3 + e * 2];
    if (k === 0) continue;
    const j = insertClean(table, mask, k, mem[old + 2 + e * 2]);
    if (big) fills[regionOf(mask, j)]++;
  }
  return table;
}
