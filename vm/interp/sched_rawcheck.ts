// The scheduler's barrier-free heap writes, checked (PYSTM_STM_CHECK_RAW=1; off: one boolean test).
// The scheduler writes thread states' scheduler words, the anchor, the live-thread array and lock
// objects' waiter words without barriers, also inside transactions, inevitable or not. Since an
// inevitable transaction no longer aborts the other lock holders (stmgc/NOTES.md "Inevitable",
// the audit table), that is exact only because none of those objects is ever locked by another
// worker's transaction at that moment: a thread state is locked only by the transaction running
// that thread, and the scheduler writes other threads' states only while they do not run.
// This checks it where the writes happen: a write target whose STM word is the lock of another
// worker's transaction that is not inevitable (it may still roll back, and its rollback would put
// its backup over the write) is reported on stderr (`[rawcheck w] what ...`) and counted. An
// inevitable holder is not reported: it never rolls back (a nested wait's transaction holds the
// states of the threads it ran, and the threads it bounces are queued and dequeued meanwhile).
import { writeSync } from 'node:fs';
import { mem, workerSlot } from '../../stmgc/heap';
import { D_STATE, HDR_STM, LOCK_BASE, TX_INEVITABLE, lockOwner } from '../../stmgc/layout';
import { descriptorBase } from '../../stmgc/txn_contention';
import { inTransaction, isInevitable } from '../../stmgc/txn';

/** On when PYSTM_STM_CHECK_RAW is set (read at run time: not frozen in the start-up snapshot). */
export let rawCheckOn = false;
let hits = 0;

export function initRawCheck(): void {
  rawCheckOn = process.env.PYSTM_STM_CHECK_RAW !== undefined && process.env.PYSTM_STM_CHECK_RAW !== '0';
  if (rawCheckOn) process.once('exit', () => { if (hits > 0) writeSync(2, `[rawcheck ${workerSlot}] ${hits} raw writes met another worker's lock\n`); });
}

/** `obj` (0: nothing) is about to be written without a barrier by the scheduler (`what` says where). */
export function rawWrite(obj: number, what: string): void {
  if (obj === 0) return;
  const s = mem[obj + HDR_STM];
  if (s < LOCK_BASE) return;
  const owner = lockOwner(s);
  if (owner === workerSlot || Atomics.load(mem, descriptorBase(owner) + D_STATE) === TX_INEVITABLE) return;
  hits++;
  writeSync(2, `[rawcheck ${workerSlot}] ${what}: object ${obj} locked by worker ${owner}, not inevitable (in a transaction: ${inTransaction()}, inevitable: ${isInevitable()})\n`);
}

export function rawCheckHits(): number { return hits; }
