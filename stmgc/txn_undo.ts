// stmgc/txn_undo.ts: the undo log. The first write of a transaction to an old object (after its
// lock is taken) saves the payload words it may change: the whole payload of a small object, or
// one card (CARD_WORDS heap words) of a big one when the VM uses writeBarrierCard, so writing one
// item of a 1 MB list saves 128 bytes, not 1 MB. Entries: [ref, first payload word, count, words...]
// in a private Int32Array. Abort replays them newest first (so a whole-object backup taken after
// card backups is undone by them). Saved words are committed values, so they never point into
// the nursery; a minor collection inside a long transaction still scans the entries added since
// the previous one as roots (cheap, and robust if that ever changes). Inevitable transactions
// never abort and log nothing.
import { CARD_SHIFT, CARD_WORDS, HEADER_WORDS } from './layout';
import { cardMarks, mem } from './heap';
import { objectWords, scanWords } from './objects';
import { reserveUndo, tx } from './txn_state';

/** Saves payload words [first, first + count) of `ref`. */
export function backupRange(ref: number, first: number, count: number): void {
  const u = reserveUndo(count + 3);
  const p = tx.undoLen;
  u[p] = ref;
  u[p + 1] = first;
  u[p + 2] = count;
  const src = ref + HEADER_WORDS + first;
  if (count <= 16) {
    for (let i = 0; i < count; i++) u[p + 3 + i] = mem[src + i];
  } else {
    u.set(mem.subarray(src, src + count), p + 3);
  }
  tx.undoLen = p + 3 + count;
}

/** Saves the whole payload of `ref`. */
export function backupObject(ref: number): void {
  backupRange(ref, 0, objectWords(ref) - HEADER_WORDS);
}

/** Saves the card holding payload word `i` of `ref` (clipped to the payload) unless already saved. */
export function backupCard(ref: number, i: number): void {
  const card = (ref + HEADER_WORDS + i) >>> CARD_SHIFT;
  if (cardMarks[card] !== 0) return;
  cardMarks[card] = 1;
  tx.cardsSet.push(card);
  const payload = objectWords(ref) - HEADER_WORDS;
  const lo = Math.max(0, card * CARD_WORDS - ref - HEADER_WORDS);
  const hi = Math.min(payload, (card + 1) * CARD_WORDS - ref - HEADER_WORDS);
  backupRange(ref, lo, hi - lo);
}

/** Abort: restores every saved range, newest entry first. */
export function replayUndo(): void {
  const u = tx.undo;
  const starts: number[] = [];
  for (let p = 0; p < tx.undoLen; p += 3 + u[p + 2]) starts.push(p);
  for (let k = starts.length - 1; k >= 0; k--) {
    const p = starts[k];
    const dst = u[p] + HEADER_WORDS + u[p + 1];
    const count = u[p + 2];
    if (count <= 16) {
      for (let i = 0; i < count; i++) mem[dst + i] = u[p + 3 + i];
    } else {
      mem.set(u.subarray(p + 3, p + 3 + count), dst);
    }
  }
}

/** Minor collection inside a transaction: the traced saved words of the entries added since the
 *  last one are roots (`evacuate` returns the old-space copy of a nursery object). */
export function scanUndoRoots(start: number, size: number, evacuate: (v: number) => number): void {
  const u = tx.undo;
  for (let p = tx.undoScanned; p < tx.undoLen; p += 3 + u[p + 2]) {
    const traced = scanWords(u[p]);
    const first = u[p + 1];
    const end = Math.min(first + u[p + 2], traced);
    for (let i = first; i < end; i++) {
      const v = u[p + 3 + i - first];
      if ((v & 1) === 0 && ((v - start) >>> 0) < size) u[p + 3 + i - first] = evacuate(v);
    }
  }
  tx.undoScanned = tx.undoLen;
}

/** Forgets the log and the card markers (commit, or after the replay of an abort). */
export function clearUndo(): void {
  tx.undoLen = 0;
  tx.undoScanned = 0;
  if (tx.undo.length > 1 << 20) tx.undo = new Int32Array(4096);
  const marks = cardMarks;
  const cards = tx.cardsSet;
  for (let i = 0; i < cards.length; i++) marks[cards.items[i]] = 0;
  cards.clear();
}
