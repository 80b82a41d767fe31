// The heap side of str interning: one open-addressed hash set of interned str objects, held by
// a root slot, that every worker attached to the heap consults when its own JS map
// (str_core.ts `interned`, a per-worker cache) misses. So `intern('x')` returns the same object
// on every worker, whoever interned it first, and the identity fast paths of dict lookups,
// attribute caches and `name === N.x` tests behave as on one thread.
//   table payload: [count (tagged), capacity (tagged, a power of two), slot 0, slot 1, ...]
//   a slot is 0 (empty) or an interned str (old, pinned); probing is linear from hash & mask, the
//   hash being the table's own (str_core.ts hashCodePoints of the text, which does not depend on
//   the hash seed, so the start-up snapshot's table serves every PYTHONHASHSEED).
// Grows at half full into a new old array (the old one becomes garbage). Inserts are not
// synchronised: until transactions exist, one worker runs at a time (vm/workers/NOTES in
// vm/NOTES.md); with STM the table is written under the write barrier like any shared object.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { addRoot, getRoot, setRoot } from '../../stmgc/roots';
import { allocateOld } from '../../stmgc/alloc';
import { writeBarrier } from '../../stmgc/barriers';
import { L_ARRAY } from './layouts';

const T_COUNT = 2;
const T_CAP = 3;
const T_SLOTS = 4;

let slot = -1;

function newTable(cap: number): number {
  const t = allocateOld(L_ARRAY, cap + 2, SCAN_ALL);
  if (t === 0) throw new RangeError('pystm: heap too small for the VM itself');
  mem[t + T_COUNT] = 1;
  mem[t + T_CAP] = (cap << 1) | 1;
  return t;
}

/** Creates the table on a new heap (bootstrap; the slot index is deterministic). */
export function initInternTable(): void {
  slot = addRoot(newTable(4096));
}

/** Forgets the table (a new heap is being booted). */
export function resetInternTable(): void { slot = -1; }

/** The interned str equal to `s` (hash `h`), or 0. `text` reads a str object as a JS string. */
export function internTableFind(s: string, h: number, text: (ref: number) => string): number {
  if (slot < 0) return 0;
  const t = getRoot(slot);
  const mask = (mem[t + T_CAP] >> 1) - 1;
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const r = mem[t + T_SLOTS + i];
    if (r === 0) return 0;
    if (text(r) === s) return r;
  }
}

/** Adds an interned str (old, not yet in the table) whose text hashes to h; `hashOf` gives the
 *  hash of the strs already in the table (for a rehash). */
export function internTableAdd(ref: number, h: number, hashOf: (ref: number) => number): void {
  if (slot < 0) return;
  let t = getRoot(slot);
  const cap = mem[t + T_CAP] >> 1;
  const n = mem[t + T_COUNT] >> 1;
  if ((n + 1) * 2 > cap) t = rehash(t, cap * 2, hashOf);
  writeBarrier(t);
  put(t, ref, h);
  mem[t + T_COUNT] = ((n + 1) << 1) | 1;
}

function put(t: number, ref: number, h: number): void {
  const mask = (mem[t + T_CAP] >> 1) - 1;
  let i = h & mask;
  while (mem[t + T_SLOTS + i] !== 0) i = (i + 1) & mask;
  mem[t + T_SLOTS + i] = ref;
}

function rehash(old: number, cap: number, hashOf: (ref: number) => number): number {
  const t = newTable(cap);
  const oldCap = mem[old + T_CAP] >> 1;
  for (let i = 0; i < oldCap; i++) {
    const r = mem[old + T_SLOTS + i];
    if (r !== 0) put(t, r, hashOf(r));
  }
  mem[t + T_COUNT] = mem[old + T_COUNT];
  setRoot(slot, t);
  return t;
}

/** Number of interned strings in the heap table. */
export function internTableCount(): number { return slot < 0 ? 0 : mem[getRoot(slot) + T_COUNT] >> 1; }
