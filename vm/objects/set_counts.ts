// set_counts.ts: the split fill/used counts of BIG set tables (issue 6), so that two threads
// adding or discarding keys far apart in one big set write no common word.
//
// A table of BIG_SLOTS slots or more carries, after its slots, one counter card per REGION
// (REGIONS equal runs of slots) and one pool card, each alone in its 32-word card:
//   [slots: 2 words each][pad to a card][region 0: fill, used, quota]...[region 31][pool]
// (tagged ints, so the GC's scan of the table is unchanged). `fill` / `used` of the set are the
// sums over the regions (the header's fill/used words are not kept for a big table: read them
// through setLen / setFillCount). An add or discard locks the card of its slot and the counter
// card of the slot's region, reads the header (mask, table) without locking it, and so conflicts
// only with writers of the same region (and with whoever locks the header: resize, clear, bulk
// operations). Readers of a big table read-barrier the cards of the slots they read (set_core.ts).
//
// The resize decision stays CPython's, exactly (so a set of ints keeps CPython's order): CPython
// resizes right after an insert into a FREE slot makes fill*5 >= mask*3. Let L = the largest fill
// with fill*5 < mask*3. We keep the invariant
//     fill + (sum of the regions' quotas) + pool <= L
// An insert into a free slot (fill + 1) first spends one unit of its region's quota (quota - 1);
// when that is 0 it moves a part of the pool into the quota (the pool card is locked: those takes
// are rare); when the pool is empty too it does a full sync: locks every counter card, sums the
// exact fill and used, resizes exactly as CPython when fill*5 >= mask*3, and otherwise hands the
// slack L - fill out again (a quarter as quotas, the rest as pool). An insert that spent a unit
// leaves fill <= L, i.e. fill*5 < mask*3: CPython would not resize there either, and every
// insert that might reach the threshold goes through the exact full sync.
// Why the table never fills up (open addressing needs a free slot for a probe to end): by the
// invariant fill <= L < 3*mask/5 < size after every operation that did not resize, so at least
// 2/5 of the slots are free; an insert that reaches the threshold resizes in the same operation.
// Reusing a dummy slot or discarding does not change fill (no quota); resize, merge into an empty
// table and clear rebuild the counters (recount) with the whole table locked. Zombie reads (a torn
// mix of counters until the next validation) can only give a wrong count: sums are clamped to
// [0, size] before anything is sized from them.
import { mem } from '../../stmgc/heap';
import { CARD_WORDS, GC_LARGE, HEADER_WORDS } from '../../stmgc/layout';
import { payloadWords } from '../../stmgc/objects';
import { readBarrierCard, writeBarrierCard, writeBarrierRange } from '../../stmgc/barriers';
import { inTransaction, txBeginCount } from '../../stmgc/txn';
import { gcEpoch } from '../runtime/alloc';

/** Tables of this many slots or more have split counts (sets of more than ~1200 keys). */
export const BIG_SLOTS = 8192;
const REGIONS = 32;
const C_FILL = 0;
const C_USED = 1;
const C_QUOTA = 2;
/** Words after the slots: up to a card of padding, REGIONS counter cards, the pool card. */
const EXTRA = CARD_WORDS * (REGIONS + 2);

/** Payload words of a table of `size` slots. */
export function tableWords(size: number): number {
  return size >= BIG_SLOTS ? size * 2 + EXTRA : size * 2;
}

/** Slots of table `t`, from its own capacity (whatever a torn header says). */
export function tableSlots(t: number): number {
  const pw = payloadWords(t);
  return pw > 2 * BIG_SLOTS ? (pw - EXTRA) >> 1 : pw >> 1;
}

/** Tables of BIG_SLOTS slots or more (tableSlots(t) >= BIG_SLOTS) are the big ones. */
export function isBigTable(t: number): boolean {
  return (mem[t] & GC_LARGE) !== 0 && payloadWords(t) > 2 * BIG_SLOTS; // (a small table: one load)
}

/** Payload index of region 0's counter card (the first card boundary after the slots). */
function countsAt(t: number, size: number): number {
  const w = t + HEADER_WORDS + size * 2;
  return size * 2 + ((CARD_WORDS - (w & (CARD_WORDS - 1))) & (CARD_WORDS - 1));
}

/** Payload index of the counter card of the region holding slot j. */
function regionAt(t: number, size: number, j: number): number {
  return countsAt(t, size) + (j >>> (26 - Math.clz32(size))) * CARD_WORDS; // size / REGIONS slots each
}

/** Sum of one counter (C_FILL or C_USED) over the regions, each card read-barriered; clamped. */
function sumOf(t: number, size: number, which: number): number {
  const c0 = countsAt(t, size);
  let n = 0;
  for (let c = c0, e = c0 + REGIONS * CARD_WORDS; c < e; c += CARD_WORDS) {
    readBarrierCard(t, c);
    n += mem[t + HEADER_WORDS + c + which] >> 1;
  }
  return n < 0 ? 0 : n > size ? size : n;
}

/** Bumped by every change of a big table's counters on this JS thread (the writers below). */
let counterWrites = 0;
// The last used-sum (a set iterator asks at every step, `len()` often): still right while no
// counter changed on this JS thread, in the same transaction (whose read set holds the counter
// cards, so another worker's commit to them dooms it) or the same stretch outside one, with no
// collection or abort in between (which may move or reuse the table's address).
let cachedT = 0;
let cachedSize = 0;
let cachedWrites = -1;
let cachedTx = -1;
let cachedEpoch = -1;
let cachedUsed = 0;

/** Forgets the cached sum (tests that tear counters by hand, as a zombie transaction would see). */
export function forgetUsedSum(): void { cachedWrites = -1; }

/** used / fill of big table t of `size` slots: O(REGIONS), every counter card read-barriered. */
export function bigUsed(t: number, size: number): number {
  const txKey = txBeginCount * 2 + (inTransaction() ? 1 : 0);
  const epoch = gcEpoch();
  if (t === cachedT && size === cachedSize && counterWrites === cachedWrites && txKey === cachedTx && epoch === cachedEpoch) {
    return cachedUsed;
  }
  const n = sumOf(t, size, C_USED);
  cachedT = t;
  cachedSize = size;
  cachedWrites = counterWrites;
  cachedTx = txKey;
  cachedEpoch = epoch;
  cachedUsed = n;
  return n;
}
export function bigFill(t: number, size: number): number { return sumOf(t, size, C_FILL); }

/** The largest fill that does not make CPython resize: fill*5 < mask*3. */
function fillLimit(mask: number): number { return Math.floor((mask * 3 - 1) / 5); }

/** Hands the slack L - fill out: a quarter as equal quotas, the rest as pool (counters locked). */
function distribute(t: number, size: number, mask: number, fill: number): void {
  counterWrites++;
  const c0 = countsAt(t, size);
  const slack = Math.max(0, fillLimit(mask) - fill);
  const q = Math.floor(slack / (4 * REGIONS));
  for (let r = 0; r < REGIONS; r++) mem[t + HEADER_WORDS + c0 + r * CARD_WORDS + C_QUOTA] = (q << 1) | 1;
  mem[t + HEADER_WORDS + c0 + REGIONS * CARD_WORDS] = ((slack - q * REGIONS) << 1) | 1;
}

/**
 * Rebuilds the counters of big table `t` from its slots (after a resize or a bulk copy): the
 * caller owns the table (allocated or whole-write-barriered). `dummy` is the deleted-slot marker.
 */
export function recount(t: number, mask: number, dummy: number): void {
  counterWrites++;
  const size = tableSlots(t);
  const c0 = countsAt(t, size);
  const per = size / REGIONS;
  let fill = 0;
  for (let r = 0; r < REGIONS; r++) {
    let f = 0;
    let u = 0;
    for (let j = r * per, e = j + per; j < e; j++) {
      const k = mem[t + 3 + j * 2];
      if (k === 0) continue;
      f++;
      if (k !== dummy) u++;
    }
    const p = t + HEADER_WORDS + c0 + r * CARD_WORDS;
    mem[p + C_FILL] = (f << 1) | 1;
    mem[p + C_USED] = (u << 1) | 1;
    fill += f;
  }
  distribute(t, size, mask, fill);
}

/** The region of slot j in a big table of mask + 1 slots (0 .. REGIONS - 1). */
export function regionOf(mask: number, j: number): number {
  return j >>> (26 - Math.clz32(mask + 1));
}
export const SET_REGIONS = REGIONS;

/** recount for a big table without dummies whose keys per region (regionOf) the caller counted
 *  as it filled the table (set_build.ts): the same counters, without reading the slots. */
export function recountFrom(t: number, mask: number, fills: Int32Array): void {
  counterWrites++;
  const size = tableSlots(t);
  const c0 = countsAt(t, size);
  let fill = 0;
  for (let r = 0; r < REGIONS; r++) {
    const p = t + HEADER_WORDS + c0 + r * CARD_WORDS;
    mem[p + C_FILL] = (fills[r] << 1) | 1;
    mem[p + C_USED] = (fills[r] << 1) | 1;
    fill += fills[r];
  }
  distribute(t, size, mask, fill);
}

/**
 * Counts a key stored into slot j of big table `t` (the slot's card is the caller's): `fresh`
 * when the slot was free (fill grows), not when a dummy was reused. Returns -1, or the `minused`
 * of the resize CPython does now (full sync found fill*5 >= mask*3).
 */
export function bigCountInsert(t: number, size: number, mask: number, j: number, fresh: boolean): number {
  counterWrites++;
  const c = regionAt(t, size, j);
  writeBarrierCard(t, c);
  const p = t + HEADER_WORDS + c;
  mem[p + C_USED] += 2;
  if (!fresh) return -1;
  mem[p + C_FILL] += 2;
  if (mem[p + C_QUOTA] > 1) { // a quota unit left (tagged 1 = 0)
    mem[p + C_QUOTA] -= 2;
    return -1;
  }
  const pc = countsAt(t, size) + REGIONS * CARD_WORDS;
  writeBarrierCard(t, pc);
  const pool = mem[t + HEADER_WORDS + pc] >> 1;
  if (pool > 0) {
    const take = Math.max(1, pool >> 2); // a quarter: few takes for a region that keeps inserting
    mem[t + HEADER_WORDS + pc] -= take * 2;
    mem[p + C_QUOTA] += (take - 1) * 2;
    return -1;
  }
  // full sync: every counter card locked, exact sums
  const c0 = countsAt(t, size);
  writeBarrierRange(t, c0, c0 + (REGIONS + 1) * CARD_WORDS);
  let fill = 0;
  let used = 0;
  for (let r = 0; r < REGIONS; r++) {
    fill += mem[t + HEADER_WORDS + c0 + r * CARD_WORDS + C_FILL] >> 1;
    used += mem[t + HEADER_WORDS + c0 + r * CARD_WORDS + C_USED] >> 1;
  }
  used = used < 0 ? 0 : used > size ? size : used;
  if (fill * 5 >= mask * 3) return used > 50000 ? used * 2 : used * 4;
  distribute(t, size, mask, fill);
  return -1;
}

/** Counts a key removed from slot j of big table `t` of `size` slots (slot j became a dummy). */
export function bigCountRemove(t: number, size: number, j: number): void {
  counterWrites++;
  const c = regionAt(t, size, j);
  writeBarrierCard(t, c);
  mem[t + HEADER_WORDS + c + C_USED] -= 2;
}
