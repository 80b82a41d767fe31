// stmgc/txn_cards.ts: card-granular conflicts on large (GC_LARGE) objects, the storage arrays of
// big lists, dicts and bytearrays. Every CARD_WORDS-word card of the heap has an STM word in the
// card table (mem[cardBase + k]: a version, or LOCK_BASE + worker), and for a large object the
// cards ARE the conflict unit (NOTES.md "Cards: per-card conflicts"):
//   card read  (readBarrierCard)   check + record the card (pair [ref, card] in tx.cardReadSet)
//   card write (writeBarrierCard)  CAS-lock the card (pair in tx.cardLocks), undo-log the card
//   whole read (readBarrier)       every card of the object, each as a card read
//   whole write (writeBarrier)     lock every card, then the object's own word (our fast-path flag)
// The object's own STM word takes no part in conflicts between transactions on a large object: it
// is only this worker's "all cards are mine" mark (and carries txLock from birth for an object
// allocated by the running transaction, whose cards nobody else can reach). Commit stores the new
// version into every locked card; abort stores a fresh one. Locked cards are roots of every minor
// collection of the transaction (their traced words may point into our nursery).
import { CARD_SHIFT, HEADER_WORDS, LOCK_BASE, lockOwner } from './layout';
import { cardBase, cardMarks, cardReadMarks, mem, txLock, txLockClean, txSnapshot } from './heap';
import { objectWords, scanWords } from './objects';
import { X_FIRST_WRITES, bumpTxStat } from './stats';
import { tx } from './txn_state';
import { backupCard } from './txn_undo';
import { onLockedByOther } from './txn_contention';
import { extendSnapshot, lockStmWord } from './txn_barriers';

/** The heap card of payload word `i` of `ref`. */
export function cardOf(ref: number, i: number): number { return (ref + HEADER_WORDS + i) >>> CARD_SHIFT; }
/** First and last card of a large object (its pages are its own: no card is shared). */
export function firstCard(ref: number): number { return ref >>> CARD_SHIFT; }
export function lastCard(ref: number): number { return (ref + objectWords(ref) - 1) >>> CARD_SHIFT; }

/** Card `k` of `ref` is read: waits for / gives way to a writer, extends, records it once. */
export function readCard(ref: number, k: number): void {
  const w = cardBase + k;
  for (;;) {
    const s = mem[w];
    if (s === txLock) return;
    if (s >= LOCK_BASE) {
      onLockedByOther(ref, lockOwner(s), 'write-read', w);
      continue;
    }
    if (s > txSnapshot) {
      extendSnapshot();
      continue;
    }
    if (cardReadMarks[k] === 0) {
      cardReadMarks[k] = 1;
      tx.cardReadSet.push(ref);
      tx.cardReadSet.push(k);
    }
    return;
  }
}

/** Cards k0..k1 (inclusive) of `ref` are read. */
export function readCards(ref: number, k0: number, k1: number): void {
  for (let k = k0; k <= k1; k++) {
    const s = mem[cardBase + k];
    if (s === txLock || (s <= txSnapshot && cardReadMarks[k] !== 0)) continue;
    readCard(ref, k);
  }
}

/** Takes this transaction's lock on card `k` of `ref` (nothing if it holds it already). */
export function lockCard(ref: number, k: number): void {
  if (!lockStmWord(ref, cardBase + k)) return;
  tx.cardLocks.push(ref);
  tx.cardLocks.push(k);
  bumpTxStat(X_FIRST_WRITES, 1);
}

/** Whole-object write of a large object: every card locked (in address order). */
export function lockAllCards(ref: number): void {
  for (let k = firstCard(ref), k1 = lastCard(ref); k <= k1; k++) if (mem[cardBase + k] !== txLock) lockCard(ref, k);
}

/** writeBarrierCard's slow path for a large object: lock the card (unless the whole object is
 *  ours), then save it in the undo log once (an inevitable transaction only marks it). */
export function writeCardLarge(ref: number, i: number): void {
  const k = cardOf(ref, i);
  const o = mem[ref + 1];
  const ours = o === txLock || o === txLockClean;
  if (!ours) lockCard(ref, k);
  if (cardMarks[k] !== 0) return;
  // (an object that is ours as a whole was allocated by this transaction, which an abort drops,
  // or whole-written, with its whole payload in the undo log: no card backup)
  if (!tx.inevitable && !ours) {
    backupCard(ref, i);
  } else {
    cardMarks[k] = 1;
    tx.cardsSet.push(k);
  }
}

/** Card `k` (of the read set) is still valid for the snapshot. */
export function cardValid(k: number): boolean {
  const s = mem[cardBase + k];
  return s <= txSnapshot || s === txLock;
}

/** Returns 0 when every card read is still valid, else the object of the first bad one
 *  (`badCardWord` then names the card's STM word). */
export let badCardWord = 0;
export function validateCardReads(): number {
  const l = tx.cardReadSet;
  const items = l.items;
  const snap = txSnapshot;
  for (let i = 0, n = l.length; i < n; i += 2) {
    const s = mem[cardBase + items[i + 1]];
    if (s <= snap || s === txLock) continue;
    badCardWord = cardBase + items[i + 1];
    return items[i];
  }
  return 0;
}

export function clearCardReads(): void {
  const l = tx.cardReadSet;
  const items = l.items;
  const marks = cardReadMarks;
  for (let i = 1, n = l.length; i < n; i += 2) marks[items[i]] = 0;
  l.clear();
}

/** Commit (v: the new version) or abort (v: a fresh version): releases every card lock. */
export function releaseCards(v: number): void {
  const l = tx.cardLocks;
  const items = l.items;
  for (let i = 1, n = l.length; i < n; i += 2) mem[cardBase + items[i]] = v;
  l.clear();
}

/** Whether this transaction holds a card lock of `ref` (an abort request about it is not stale). */
export function holdsCardOf(ref: number): boolean {
  const l = tx.cardLocks;
  for (let i = 0, n = l.length; i < n; i += 2) if (l.items[i] === ref) return true;
  return false;
}

/** Minor collection inside a transaction (and at commit): the traced words of every locked card
 *  are roots (a card written since the last collection may point into the nursery). */
export function scanCardRoots(start: number, size: number, evacuate: (v: number) => number): void {
  const l = tx.cardLocks;
  const items = l.items;
  for (let i = 0, n = l.length; i < n; i += 2) {
    const ref = items[i];
    const lo = Math.max(ref + HEADER_WORDS, items[i + 1] << CARD_SHIFT);
    const hi = Math.min(ref + HEADER_WORDS + scanWords(ref), (items[i + 1] + 1) << CARD_SHIFT);
    for (let p = lo; p < hi; p++) {
      const v = mem[p];
      if ((v & 1) === 0 && ((v - start) >>> 0) < size) mem[p] = evacuate(v);
    }
  }
}

/** Version 0 in every card of a large object of `words` words at `ref` (allocation, sweep,
 *  renormalization): no stale version, and never a lock, survives in a reused card. */
export function zeroCards(ref: number, words: number): void {
  mem.fill(0, cardBase + (ref >>> CARD_SHIFT), cardBase + ((ref + words - 1) >>> CARD_SHIFT) + 1);
}
