// stmgc/txn_caused.ts: contention a worker causes the others. A transaction that waits for a
// lock held by worker k, or aborts over it, adds that to k's counters (its W_CAUSED line, written
// by the victims with Atomics.add), so k can see what its own transactions cost the others: in a
// program where every thread writes one Lock's cell, a pool worker whose transactions win keeps
// seeing calm windows of its own while the main worker waits and throws its work away (vm
// interp/sched_nap.ts judges both; vm/NOTES.md "Contention naps", h18-par).
import { D_CAUSED_ABORTS, D_CAUSED_WAIT_US, G_WORKERS_BASE, WORKER_WORDS } from './layout';
import { mem, workerBase, workerSlot } from './heap';

function lineOf(slot: number): number { return mem[G_WORKERS_BASE] + slot * WORKER_WORDS; }

/** This worker's transaction aborted over a lock of worker `other` (-1: nobody in particular). */
export function noteCausedAbort(other: number): void {
  if (other < 0 || other === workerSlot) return;
  Atomics.add(mem, lineOf(other) + D_CAUSED_ABORTS, 1);
}

/** This worker waited `ms` for a lock of worker `other`. */
export function noteCausedWait(other: number, ms: number): void {
  if (other < 0 || other === workerSlot || !(ms > 0)) return;
  Atomics.add(mem, lineOf(other) + D_CAUSED_WAIT_US, Math.round(ms * 1000));
}

/** Aborts this worker caused others so far (a counter: compare two readings). */
export function causedAborts(): number { return Atomics.load(mem, workerBase + D_CAUSED_ABORTS); }

/** Microseconds others waited for this worker's locks so far (int32, wraps: subtract with `| 0`). */
export function causedWaitMicros(): number { return Atomics.load(mem, workerBase + D_CAUSED_WAIT_US); }
