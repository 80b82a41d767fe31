// stmgc/txn_cards_range.ts: the slow paths of readBarrierCard / readBarrierRange /
// writeBarrierRange (barriers.ts): the cards spanned by payload words [lo, hi) of a large object
// are read or locked one by one (txn_cards.ts); a small object is barriered whole; outside a
// transaction they do what readBarrier / writeBarrier do there (issue-5 mode).
import { CARD_SHIFT, GC_LARGE, HEADER_WORDS } from './layout';
import { cardBase, cardMarks, mem, txActive, txLock } from './heap';
import { readSlow, writeSlowStm } from './barriers';
import { cardOf, readCards } from './txn_cards';
import { txWriteCardSlow } from './txn_barriers';
import { checkUsable } from './txn_contention';

export function readCardRangeSlow(ref: number, lo: number, hi: number): void {
  if (!txActive) return;
  if ((mem[ref] & GC_LARGE) === 0) {
    readSlow(ref);
    return;
  }
  checkUsable();
  if (hi > lo) readCards(ref, cardOf(ref, lo), cardOf(ref, hi - 1));
}

export function writeCardRangeSlow(ref: number, lo: number, hi: number): void {
  if (!txActive || (mem[ref] & GC_LARGE) === 0) {
    writeSlowStm(ref);
    return;
  }
  for (let i = lo; i < hi;) {
    const k = cardOf(ref, i);
    if (mem[cardBase + k] !== txLock || cardMarks[k] === 0) txWriteCardSlow(ref, i);
    i = ((k + 1) << CARD_SHIFT) - ref - HEADER_WORDS; // the first word of the next card
  }
}
