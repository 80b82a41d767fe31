// stmgc/txn_waiters.ts: the "commit soon" handshake between a transaction waiting for an STM
// lock (txn_contention.onLockedByOther) and the one holding it. The waiter sets its bit in the
// holder's D_COMMIT_SOON word; the VM ends the holder's transaction at its next convenient
// boundary (commitSoonAsked, after a guest lock release or at a poll); the end of that
// transaction, commit or rollback, wakes every waiter whose bit is set (they may sleep in
// spinWait on their own D_ABORT_REQ word).
import { D_ABORT_REQ, D_COMMIT_SOON, G_WORKERS_BASE, WORKER_WORDS } from './layout';
import { mem, workerBase, workerSlot } from './heap';

/** Asks worker `holder` to end its transaction soon and to wake this worker when it does. */
export function askCommitSoon(holder: number): void {
  Atomics.or(mem, mem[G_WORKERS_BASE] + holder * WORKER_WORDS + D_COMMIT_SOON, 1 << (workerSlot & 31));
}

/** Whether another transaction asked this worker's transaction to commit soon. */
export function commitSoonAsked(): boolean { return mem[workerBase + D_COMMIT_SOON] !== 0; }

/** At the end of a transaction (its locks are gone): wakes the workers that asked. */
export function wakeWaiters(): void {
  const m = Atomics.exchange(mem, workerBase + D_COMMIT_SOON, 0);
  if (m === 0) return;
  const base = mem[G_WORKERS_BASE];
  for (let k = 0; k < 32; k++) if ((m & (1 << k)) !== 0) Atomics.notify(mem, base + k * WORKER_WORDS + D_ABORT_REQ);
}
