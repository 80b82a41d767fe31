// stmgc/txn_rollback.ts: the abort of the live transaction. Order: replay the undo log (every
// locked object gets its committed payload back), then release the locks with a FRESH version
// from the clock: a reader that raced with one of our in-place writes (checked the STM word just
// before we locked, loaded the field just after we wrote it) then fails its validation instead of
// committing a value that never existed. Then the attempt's own objects go: the nursery is
// discarded (nothing committed points into it), small objects it allocated directly in old space
// return to this worker's free lists, large ones (and survivors of a minor collection inside the
// transaction) are left to the next major collection, unreachable. Card locks of large objects
// are released with the same fresh version. Finally the logs, markers,
// statistics and the conflict log. Never called for an inevitable transaction.
import { CLASS_OF_GRANULES, D_ABORT_REQ, D_HOLDS_LOCKS, D_SNAPSHOT, D_STATE, GC_LARGE, GC_WB, G_CLOCK, G_INEVITABLE, HDR_STM, TX_NONE, headWords } from './layout';
import { mem, setTxActive, setTxSnapshot, workerBase } from './heap';
import { discardNursery, oldAllocated } from './alloc';
import { remembered } from './remembered';
import { freeCellToOwnList } from './old_space';
import { minorHooks } from './gc_minor';
import { recordConflict } from './conflict_log';
import { S_NURSERY_BYTES, X_ABORTED_MS, X_ABORTS, bumpStat, bumpTxStat, statsTiming } from './stats';
import { KIND_CODE, ST_NONE, tx } from './txn_state';
import { clearUndo, replayUndo } from './txn_undo';
import { clearReadSet } from './txn_readset';
import { wakeWaiters } from './txn_waiters';
import { releaseCards } from './txn_cards';
import { weakAfterAbort } from './weakrefs';
import { noteCausedAbort } from './txn_caused';

/** Called after every rollback (the VM drops JS-side state of the aborted attempt here). */
export const abortHooks: Array<() => void> = [];
const dead = (): number => 0;

export function rollback(): void {
  const t = tx;
  if (t.inevitable) throw new Error('stmgc: an inevitable transaction cannot abort');
  const d = t.doom ?? { kind: 'other' as const, ref: 0, other: -1, reason: 'explicit abort' };
  replayUndo();
  const ws = t.writeSet;
  if (ws.length > 0 || t.cardLocks.length > 0) {
    const v = Atomics.add(mem, G_CLOCK, 1) + 1;
    for (let i = 0, n = ws.length, items = ws.items; i < n; i++) {
      const r = items[i];
      mem[r] |= GC_WB;
      mem[r + HDR_STM] = v;
    }
    ws.clear();
    releaseCards(v);
  }
  if (t.holdsLocks) {
    Atomics.store(mem, workerBase + D_HOLDS_LOCKS, 0);
    t.holdsLocks = false;
  }
  discardAttemptObjects();
  weakAfterAbort();
  clearReadSet();
  clearUndo();
  if (t.inevitableToken) {
    Atomics.store(mem, G_INEVITABLE, 0);
    t.inevitableToken = false;
  }
  const lost = statsTiming ? performance.now() - t.attemptStart : 0;
  bumpTxStat(X_ABORTS + KIND_CODE[d.kind], 1);
  bumpTxStat(X_ABORTED_MS + KIND_CODE[d.kind], lost);
  recordConflict(d.kind, d.ref, d.other, lost, d.reason);
  if (d.kind !== 'other') {
    t.consecutiveAborts++; // conflicts escalate; explicit aborts do not
    noteCausedAbort(d.other); // (counted on the worker that made us abort: txn_caused.ts)
  }
  t.status = ST_NONE;
  setTxActive(false);
  setTxSnapshot(0);
  mem[workerBase + D_SNAPSHOT] = 0;
  Atomics.store(mem, workerBase + D_STATE, TX_NONE);
  Atomics.store(mem, workerBase + D_ABORT_REQ, 0);
  wakeWaiters();
  for (const h of abortHooks) h();
}

/** Forgets the objects allocated by the attempt: the nursery is discarded, small old-space
 *  objects go back to this worker's free lists, large ones are left to the major collection. */
export function discardAttemptObjects(): void {
  for (let i = 0; i < oldAllocated.length; i++) {
    const c = oldAllocated.items[i];
    if ((mem[c] & GC_LARGE) !== 0) mem[c + HDR_STM] = 0;
    else freeCellToOwnList(c, CLASS_OF_GRANULES[headWords(mem[c]) >> 1]);
  }
  oldAllocated.clear();
  remembered.clear();
  bumpStat(S_NURSERY_BYTES, discardNursery() * 4);
  for (const h of minorHooks) h(dead);
}
