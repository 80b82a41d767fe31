// Padded entries vectors: per-global conflicts for module dicts (vm/NOTES.md "h20-gran").
// A module's globals dict that is stored into from inside a transaction gets an entries vector
// that is a large object (stmgc/NOTES.md "Cards": conflicts per 32-word card, the object word
// takes no part) laid out so that no two entries' VALUE words share a card: between two entries
// the vector keeps holes (key NULL, the hash word a skip to the next entry, as dictDelH leaves).
// An overwrite of a global in a large vector locks only its value's card (dict_core.ts dictSetH)
// and a LOAD_GLOBAL hit reads only that card (interp/global_cache.ts, run()), so storing one
// global no longer conflicts with readers of the others; an insertion, deletion or resize still
// writes the dict header, which every reader reads. A padded vector is marked by its length: its
// payload is 2 mod 3 words. An ordinary vector asks for 3 * entries words, and an object's size is
// rounded up to whole 8-byte granules, so its payload reads back as 0 or 1 mod 3, never 2. The
// mark moves with the vector and needs no word in the dict. STM build only: the single-threaded build never
// pads (nothing here is reached there).
import { mem } from '../../stmgc/heap';
import { CARD_SHIFT, GC_LARGE } from '../../stmgc/layout';
import { payloadWords } from '../../stmgc/objects';

/** Words per page of large-object space (a large object starts on a page: cards align). */
const PAGE_WORDS = 1024;

/** The entries vector `en` is padded (one entry's value word per card). */
export function isPadded(en: number): boolean {
  return (mem[en] & GC_LARGE) !== 0 && payloadWords(en) % 3 === 2;
}

/** Payload words of a padded vector with room for twice `used + 1` entries (at least 2 pages, so
 *  that it is a large object; 32 entries per page). 2 mod 3 and even (whole granules: the size
 *  reads back exactly). */
export function paddedPayloadWords(used: number): number {
  const entries = Math.max(2 * (used + 1), 16);
  const pages = Math.max(2, Math.ceil(((entries + 2) << CARD_SHIFT) / PAGE_WORDS));
  let p = pages * PAGE_WORDS - 2;
  while (p % 6 !== 2) p -= 2;
  return p;
}

/** Index-table size (a power of two) for a padded vector of `words` payload words: it holds at
 *  most one live entry per card (+1), and the table is kept at most 2/3 full. */
export function paddedIndexSize(words: number): number {
  const most = (words >>> CARD_SHIFT) + 2;
  let size = 8;
  while (((size * 2) / 3 | 0) < most) size *= 2;
  return size;
}

/** Where the entry after `n - 1` goes in padded vector `en`: the first entry number >= n whose
 *  value word is in another card than entry n - 1's. */
export function padSlot(en: number, n: number): number {
  if (n === 0) return 0;
  const prev = (en + 2 + (n - 1) * 3 + 2) >>> CARD_SHIFT;
  while ((en + 2 + n * 3 + 2) >>> CARD_SHIFT === prev) n++;
  return n;
}

/** Makes entries [from, to) of `en` holes that skip to `to` (the caller has barriered them). */
export function writeHoles(en: number, from: number, to: number): void {
  for (let e = from; e < to; e++) {
    const p = en + 2 + e * 3;
    mem[p] = (to << 1) | 1;
    mem[p + 1] = 0;
    mem[p + 2] = 0;
  }
}
