// Moving a dict's entry to the front in amortized O(1), for OrderedDict.move_to_end(key,
// last=False) (lib/collections: an OrderedDict is a plain dict whose entry order is its order).
// The entries vector is given a run of holes at its front (a "front gap"); a move takes the hole
// just before the first live entry, so only a rebuild (when the gap is used up, after at least
// max(8, len) moves, or after a resize squeezed the holes out) costs O(len).
// Holes follow dict_core's conventions: key 0, value 0, the hash word a skip (tagged) to a later
// entry that only ever points past holes; hole 0's skip names the first live entry, so
// iteration's dictNextLive starts in one hop. A hole k >= 1 of a rebuilt gap skips to k + 1.
// Barriers: as dict_core's writers (the dict write-barriered, then each changed card of the
// entries vector and each changed word of the index table); a rebuild writes fresh tables and
// swaps them in under the dict's barrier, as resize() does.
import { mem } from '../../stmgc/heap';
import { GC_LARGE, SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, readBarrierRange, writeBarrier, writeBarrierCard, writeBarrierGuardedWord } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc } from '../runtime/alloc';
import { L_ARRAY } from '../runtime/layouts';
import { D_ENTRIES, D_INDICES, D_NENTRIES, D_USED, dictNextLive, findSlot, newIndices, placeEntry, valueRead } from './dict_core';

/** Moves key's entry first; false when key is absent. May run Python code (__eq__) while
 *  looking the key up, none after. */
export function dictMoveToFront(d: number, key: number, hash: number): boolean {
  readBarrier(d);
  const s = findSlot(d, key, hash);
  if (s < 0) return false;
  const ix = mem[d + D_INDICES];
  const en = mem[d + D_ENTRIES];
  const e = mem[ix + 2 + s];
  const n = Math.min(mem[d + D_NENTRIES] >> 1, (payloadWords(en) / 3) | 0);
  if (e < 0 || e >= n) return true; // torn (zombie) state only
  const first = dictNextLive(d, 0, n);
  if (first === e) return true;
  if (first === 0) {
    rebuildWithGap(d, e, n);
    return true;
  }
  const t = first - 1; // a hole, as everything before `first` is
  writeBarrier(d);
  valueRead(en, e * 3 + 2);
  const p = en + 2 + e * 3;
  const q = en + 2 + t * 3;
  for (let w = 0; w < 3; w++) writeBarrierCard(en, t * 3 + w);
  mem[q] = mem[p];
  mem[q + 1] = mem[p + 1];
  mem[q + 2] = mem[p + 2];
  // entry e becomes a hole whose skip passes the holes after it (as dictDelH)
  let next = e + 1;
  if (next < n && mem[en + 2 + next * 3 + 1] === 0) next = Math.max(next + 1, mem[en + 2 + next * 3] >> 1);
  for (let w = 0; w < 3; w++) writeBarrierCard(en, e * 3 + w);
  mem[p] = (next << 1) | 1;
  mem[p + 1] = 0;
  mem[p + 2] = 0;
  if (t > 0) {
    writeBarrierCard(en, 0);
    mem[en + 2] = (t << 1) | 1;
  }
  writeBarrierGuardedWord(ix, s);
  mem[ix + 2 + s] = t;
  return true;
}

/** New tables: max(8, len) - 1 holes, entry e, then the other live entries in order. */
function rebuildWithGap(d: number, e: number, n: number): void {
  const used = mem[d + D_USED] >> 1;
  const gap = Math.max(8, used);
  let size = 8;
  while (((size * 2) / 3 | 0) < gap + 2 * used + 8) size *= 2;
  const oldEn = mem[d + D_ENTRIES];
  if ((mem[oldEn] & GC_LARGE) !== 0 && n > 0) readBarrierRange(oldEn, 0, n * 3);
  const ix = newIndices(size);
  const en = alloc(L_ARRAY, ((size * 2) / 3 | 0) * 3, SCAN_ALL);
  const mask = size - 1;
  for (let k = 0; k < gap - 1; k++) mem[en + 2 + k * 3] = ((k === 0 ? gap - 1 : k + 1) << 1) | 1;
  let k = gap - 1;
  placeEntry(oldEn + 2 + e * 3, en, k++, ix, mask);
  for (let i = 0; i < n; i++) if (i !== e && mem[oldEn + 2 + i * 3 + 1] !== 0) placeEntry(oldEn + 2 + i * 3, en, k++, ix, mask);
  writeBarrier(d);
  mem[d + D_INDICES] = ix;
  mem[d + D_ENTRIES] = en;
  mem[d + D_NENTRIES] = (k << 1) | 1;
}
