// stmgc/txn_waiters.ts: the "commit soon" handshake between a transaction waiting for an STM
// lock (txn_contention.onLockedByOther) and the one holding it. The waiter sets its bit in the
// holder's D_COMMIT_SOON word; the VM ends the holder's transaction at its next convenient
// boundary (commitSoonAsked, after a guest lock release or at a poll); the end of that
// transaction, commit or rollback, wakes every waiter whose bit is set (they may sleep in
// spinWait on their own D_ABORT_REQ word).
import { D_ABORT_REQ, D_COMMIT_SOON, D_STATE, D_TX_SEQ, D_WAITING_ON, G_MAX_WORKERS, G_WORKERS_BASE, TX_NONE, WORKER_WORDS } from './layout';
import { mem, workerBase, workerSlot } from './heap';

/** Asks worker `holder` to end its transaction soon and to wake this worker when it does. */
export function askCommitSoon(holder: number): void {
  Atomics.or(mem, mem[G_WORKERS_BASE] + holder * WORKER_WORDS + D_COMMIT_SOON, 1 << (workerSlot & 31));
}

/** Whether another transaction asked this worker's transaction to commit soon. */
export function commitSoonAsked(): boolean { return mem[workerBase + D_COMMIT_SOON] !== 0; }

/** Whether a transaction runs on another worker right now (a hint: it may end at once). */
export function otherTransactionRunning(): boolean {
  const base = mem[G_WORKERS_BASE];
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) {
    if (w !== workerSlot && Atomics.load(mem, base + w * WORKER_WORDS + D_STATE) !== TX_NONE) return true;
  }
  return false;
}

/** Transactions ended on worker `slot` so far (a waiter's test that the holder's one ended). */
export function txSeqOf(slot: number): number { return Atomics.load(mem, mem[G_WORKERS_BASE] + slot * WORKER_WORDS + D_TX_SEQ); }

/** How long (ms) a transaction that ended with waiters lets them take what it released before
 *  this worker goes on: a woken waiter needs tens of microseconds, while the holder's next
 *  transaction takes the same lock again within a few (the waiter would never get it). */
export const HANDOFF_MS = 0.1;

/**
 * At the end of a transaction (its locks are gone; `ended`: a commit or rollback, not a begin):
 * counts it, wakes the workers that asked, and with `ended` gives them up to HANDOFF_MS to get
 * going (each clears its D_WAITING_ON when its wait returns).
 */
export function wakeWaiters(ended = true): void {
  const b = workerBase;
  if (ended) Atomics.add(mem, b + D_TX_SEQ, 1);
  const m = Atomics.exchange(mem, b + D_COMMIT_SOON, 0);
  if (m === 0) return;
  const base = mem[G_WORKERS_BASE];
  for (let k = 0; k < 32; k++) if ((m & (1 << k)) !== 0) Atomics.notify(mem, base + k * WORKER_WORDS + D_ABORT_REQ);
  if (!ended) return;
  const me = workerSlot + 1;
  const until = performance.now() + HANDOFF_MS;
  for (let k = 0; k < 32; k++) {
    if ((m & (1 << k)) === 0) continue;
    const at = base + k * WORKER_WORDS + D_WAITING_ON;
    while (Atomics.load(mem, at) === me && performance.now() < until);
  }
}
