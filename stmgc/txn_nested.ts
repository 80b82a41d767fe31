// stmgc/txn_nested.ts: an inevitable transaction that waits in a nested wait. The VM runs a
// blocking call made below a builtin (`list(executor.map(...))`: the generator waits inside
// list()) in a nested driver on the same JS thread, and the whole wait is part of one inevitable
// transaction (its JS locals hold references, so no commit, which needs a minor collection, can
// happen until it returns). While it lasts no other worker can take a lock, wait for one of its
// locks, or become inevitable: a thread elsewhere that must do any of these to wake the waiter
// would wait for it forever. So the waiter raises D_NESTED_WAIT, and a transaction that meets it
// (waitFor, waitForInevitable, takeToken) gives way at once with NESTED_WAIT_REASON: the VM rolls
// it back and hands its thread to the waiting worker (vm/interp/sched.ts "bounce"), whose nested
// driver runs it inside the inevitable transaction, where none of those waits exist.
import { D_NESTED_WAIT, G_INEVITABLE, G_WORKERS_BASE, WORKER_WORDS } from './layout';
import { mem, workerBase } from './heap';

/** The reason of an abort that must move its thread to the nested waiter (TxAborted.other). */
export const NESTED_WAIT_REASON = 'the inevitable transaction is in a nested wait';

/** Raised while this worker's (inevitable) transaction runs a nested wait. */
export function setNestedWait(on: boolean): void {
  Atomics.store(mem, workerBase + D_NESTED_WAIT, on ? 1 : 0);
}

/** Whether worker `slot` is in a nested wait now. */
export function nestedWaitOf(slot: number): boolean {
  return slot >= 0 && Atomics.load(mem, mem[G_WORKERS_BASE] + slot * WORKER_WORDS + D_NESTED_WAIT) !== 0;
}

/** The slot of the inevitable transaction's worker if it is in a nested wait, else -1. */
export function nestedInevitable(): number {
  const holder = Atomics.load(mem, G_INEVITABLE) - 1;
  return holder >= 0 && nestedWaitOf(holder) ? holder : -1;
}
