// stmgc/txn_barriers.ts: the slow paths of the STM read and write barriers inside a transaction
// (barriers.ts calls them when the inline test fails and txActive is set).
//   read:  our own object -> nothing; locked by another -> contention (wait/kill/give way);
//          version newer than the snapshot -> extend the snapshot (revalidate) or abort;
//          else record it in the read set once (read marker).
//   write: our lock after a minor collection (LOCK_CLEAN) -> back to LOCK_BASE + remember;
//          another's lock -> contention; newer version -> extend or abort; an inevitable
//          transaction elsewhere -> wait for it (no new locks while one runs); else CAS the
//          version to our lock (encounter-time locking), add to the write set, remember for the
//          GC, and save the payload in the undo log (unless inevitable: it never aborts).
// Large objects (GC_LARGE) conflict per card instead (txn_cards.ts): a whole read reads every
// card, a whole write locks every card before it marks the object word as ours.
// Every path first checks that the transaction is still alive and honours abort requests.
import { CARD_SHIFT, HEADER_WORDS, D_HOLDS_LOCKS, D_SNAPSHOT, GC_LARGE, GC_WB, G_CLOCK, G_INEVITABLE, HDR_STM, LOCK_BASE, lockOwner } from './layout';
import { cardMarks, mem, readMarks, setTxSnapshot, txLock, txLockClean, txSnapshot, viewHooks, workerBase } from './heap';
import { remembered } from './remembered';
import { X_FIRST_WRITES, bumpTxStat } from './stats';
import { tx } from './txn_state';
import { backupObject } from './txn_undo';
import { recordRead, validateReadSet } from './txn_readset';
import { checkUsable, doom, doomByInevitable, onLockedByOther, spinWait, spinWaitOnInevitable, txConfig } from './txn_contention';
import { localHandle } from './txn_handles';
import { badCardWord, firstCard, lastCard, lockAllCards, readCards, writeCardLarge } from './txn_cards';
import { askCommitSoon } from './txn_waiters';
import { checkViewEpoch } from './txn_view_epoch';

export function txReadSlow(ref: number): void {
  checkUsable();
  if ((mem[ref] & GC_LARGE) !== 0) {
    // a whole read of a large object: every card (the object word is never marked read, so every
    // whole read comes here and sees the cards' current versions)
    if (mem[ref + HDR_STM] !== txLockClean) readCards(ref, firstCard(ref), lastCard(ref));
    return;
  }
  for (;;) {
    const s = mem[ref + HDR_STM];
    if (s === txLock || s === txLockClean) return;
    if (s >= LOCK_BASE) {
      onLockedByOther(ref, lockOwner(s), 'write-read');
      continue;
    }
    if (s > txSnapshot) {
      extendSnapshot();
      continue;
    }
    if (readMarks[ref >> 1] === 0) recordRead(ref);
    return;
  }
}

/** Moves the snapshot to the current clock after checking every read is still valid. */
export function extendSnapshot(): void {
  const now = Atomics.load(mem, G_CLOCK);
  const bad = validateReadSet();
  if (bad !== 0) {
    // an inevitable transaction's reads cannot be overwritten (no one takes a lock meanwhile):
    // this would be a broken protocol, not a conflict
    if (tx.inevitable) throw new Error('stmgc: an object an inevitable transaction read was changed');
    doomInvalidRead(bad);
  }
  // (an inevitable transaction gets here too, rarely: an object it had not read got a newer
  // version after its snapshot without new contents — a transaction that had locked it before
  // the inevitable one began rolled back and stamped it; its reads are all still valid, so
  // moving the snapshot is exact. It used to be a fatal error: weakref/wr_threads.py, 1 run in
  // 10-25 under load.)
  checkViewEpoch(); // (a class changed meanwhile: what the caches gave before may be stale)
  setTxSnapshot(now);
  mem[workerBase + D_SNAPSHOT] = now;
  viewHooks.snapshotMoved();
}

export function doomInvalidRead(bad: number): never {
  const s = (mem[bad] & GC_LARGE) !== 0 && badCardWord !== 0 ? mem[badCardWord] : mem[bad + HDR_STM];
  doom('write-read', bad, s >= LOCK_BASE ? lockOwner(s) : -1, 'an object read was changed by another transaction');
}

function remember(ref: number): void {
  if ((mem[ref] & GC_WB) !== 0) {
    mem[ref] &= ~GC_WB;
    remembered.push(ref);
  }
}

/** Takes this transaction's lock on `ref`; `backup`: save the whole payload when newly locked. */
export function txWriteSlow(ref: number, backup: boolean): void {
  checkUsable();
  for (;;) {
    const s = mem[ref + HDR_STM];
    if (s === txLock) return;
    if (s === txLockClean) {
      mem[ref + HDR_STM] = txLock;
      remember(ref);
      return;
    }
    if ((mem[ref] & GC_LARGE) !== 0) {
      // a large object: locking every card excludes every other writer; the object word is then
      // only our own "all cards are mine" mark (nobody else writes it while we hold the cards)
      lockAllCards(ref);
      mem[ref + HDR_STM] = txLock;
      tx.writeSet.push(ref);
      remember(ref);
      if (backup && !tx.inevitable) backupObject(ref);
      return;
    }
    if (!lockStmWord(ref, ref + HDR_STM)) return;
    tx.writeSet.push(ref);
    remember(ref);
    if (backup && !tx.inevitable) backupObject(ref);
    bumpTxStat(X_FIRST_WRITES, 1);
    return;
  }
}

/**
 * Encounter-time lock of the STM word `word` (the header word of `ref`, or one of its cards:
 * txn_cards.ts) for this transaction: another's lock goes to contention, a newer version extends
 * the snapshot, an inevitable transaction elsewhere is waited for; then the CAS. False when the
 * word was ours already, true when this call locked it.
 */
export function lockStmWord(ref: number, word: number): boolean {
  for (;;) {
    const s = mem[word];
    if (s === txLock) return false;
    if (s >= LOCK_BASE) {
      onLockedByOther(ref, lockOwner(s), 'write-write', word);
      continue;
    }
    if (s > txSnapshot) {
      extendSnapshot();
      continue;
    }
    if (!tx.inevitable && mem[G_INEVITABLE] !== 0) {
      waitForInevitable(ref);
      continue;
    }
    if (!tx.holdsLocks) {
      tx.holdsLocks = true;
      Atomics.store(mem, workerBase + D_HOLDS_LOCKS, 1);
    }
    if (Atomics.compareExchange(mem, word, s, txLock) !== s) continue;
    if (!tx.inevitable && Atomics.load(mem, G_INEVITABLE) !== 0) {
      // an inevitable transaction started meanwhile: it may read this object, so give the lock back
      Atomics.store(mem, word, s);
      waitForInevitable(ref);
      continue;
    }
    return true;
  }
}

/** Card-granular write barrier slow path: a large object locks the card of payload word `i`
 *  (txn_cards.ts); a small one is locked whole (and backed up whole); either way the card is
 *  marked, and a large object's card is saved in the undo log, once per transaction. */
export function txWriteCardSlow(ref: number, i: number): void {
  checkUsable();
  if ((mem[ref] & GC_LARGE) !== 0) {
    writeCardLarge(ref, i);
    return;
  }
  if (mem[ref + HDR_STM] !== txLock) txWriteSlow(ref, true);
  {
    const card = (ref + HEADER_WORDS + i) >>> CARD_SHIFT;
    if (cardMarks[card] === 0) {
      cardMarks[card] = 1;
      tx.cardsSet.push(card);
    }
  }
}

/** No new lock while another transaction is inevitable: ask it to end soon, wait for it to end,
 *  or give way. */
export function waitForInevitable(ref: number): void {
  const holder = mem[G_INEVITABLE] - 1;
  if (tx.writeSet.length === 0 && tx.cardLocks.length === 0 && tx.holdsLocks) {
    tx.holdsLocks = false;
    Atomics.store(mem, workerBase + D_HOLDS_LOCKS, 0);
  }
  if (holder >= 0) askCommitSoon(holder); // (see txn_inevitable.ts takeToken)
  if (holder >= 0 && localHandle(holder) === null && spinWaitOnInevitable(holder, () => mem[G_INEVITABLE] === 0)) return;
  if (mem[G_INEVITABLE] === 0) return;
  doomByInevitable(ref, holder, 'another transaction is inevitable');
}
