// stmgc/txn_contention.ts: what a transaction does when it meets another one: the contention
// policy (older wins; the inevitable transaction always wins), abort requests, and bounded waits.
// A transaction never rolls back another: it asks (D_ABORT_REQ on the other's descriptor, plus
// Atomics.notify) and the other aborts itself at its next slow path, txPoll or commit. A request
// names the object; the receiver ignores it when it no longer holds that lock (stale request).
// Waiting spins, then sleeps in short Atomics.wait slices, polling its own abort requests (so two
// waiters never deadlock: the younger gives way). With handles (one JS thread driving several
// slots) nobody else can run while we wait, so a loser handle is rolled back on the spot instead.
import {
  D_ABORT_REF, D_ABORT_REQ, D_HOLDS_LOCKS, D_WAITING_ON, D_START_TS, D_STATE, GC_LARGE, G_WORKERS_BASE, HDR_STM, LOCK_BASE, TX_INEVITABLE, WORKER_WORDS, lockOwner,
} from './layout';
import { mem, setTxActive, setTxSnapshot, txLock, txLockClean, workerBase, workerSlot } from './heap';
import { KIND_CODE, KIND_NAMES, ST_ACTIVE, ST_DOOMED, ST_ROLLED_BACK, tx, type ConflictKind } from './txn_state';
import { TxAborted } from './txn_aborted';
import { localHandle, withHandle, type TxHandle } from './txn_handles';
import { rollback } from './txn_rollback';
import { askCommitSoon, txSeqOf } from './txn_waiters';
import { X_WAIT_MS, bumpTxStat } from './stats';
import { holdsCardOf } from './txn_cards';
import { NESTED_WAIT_REASON, nestedWaitOf } from './txn_nested';
import { noteCausedWait } from './txn_caused';

export interface TxConfig {
  /** How long a transaction waits for a lock held by a normal transaction before giving way. */
  waitMicros: number;
  /** How long an older transaction waits for a younger one it asked to abort (the younger sees
   *  the request at its next barrier slow path or poll, see vm sched.ts pollInSlices) before it
   *  gives up itself (a younger one that never looks). */
  olderWaitMicros: number;
  /** How long a waiting transaction spins before it sleeps in short slices. */
  spinMicros: number;
  /** How long it waits for the inevitable transaction (its lock, or to take a lock while it runs). */
  inevitableWaitMicros: number;
  /** Consecutive aborts after which txBegin makes the transaction inevitable (guaranteed progress). */
  escalateAfter: number;
  /** Upper bound of the randomized exponential backoff after an abort. */
  backoffMaxMicros: number;
  /** A transaction that has run longer than this (ms: several time slices, i.e. one that could
   *  not reach a boundary, e.g. a sort with a key function inside one builtin call) waits for a
   *  lock `stakeFraction` of its own run time before it gives way (see `patience`). */
  stakeAfterMs: number;
  stakeFraction: number;
  /** Upper bound of that wait. */
  stakeMaxMicros: number;
}
export const txConfig: TxConfig = {
  waitMicros: 200, olderWaitMicros: 5_000, spinMicros: 150, inevitableWaitMicros: 20_000, escalateAfter: 8, backoffMaxMicros: 500,
  stakeAfterMs: 20, stakeFraction: 0.25, stakeMaxMicros: 100_000,
};
export function setTxConfig(c: Partial<TxConfig>): void { Object.assign(txConfig, c); }

export function descriptorBase(slot: number): number { return mem[G_WORKERS_BASE] + slot * WORKER_WORDS; }

/** This transaction must abort: remembers why and throws TxAborted (the rollback runs at txAbort). */
export function doom(kind: ConflictKind, ref: number, other: number, reason: string): never {
  if (tx.status === ST_ACTIVE) {
    tx.status = ST_DOOMED;
    tx.doom = { kind, ref, other, reason };
    setTxSnapshot(-1); // every later read or write of a shared object takes the slow path and throws
  }
  throw pendingAbort();
}

/** The TxAborted of a doomed or rolled-back transaction. */
export function pendingAbort(): TxAborted {
  const d = tx.doom ?? { kind: 'other' as const, ref: 0, other: -1, reason: 'not in a transaction' };
  return new TxAborted(d.kind, d.ref, d.other, d.reason);
}

/** Slow paths call this first: throws when the transaction is already lost. */
export function checkUsable(): void {
  if (tx.status !== ST_ACTIVE) {
    if (tx.status === ST_DOOMED || tx.status === ST_ROLLED_BACK) throw pendingAbort();
    throw new Error('stmgc: transactional access outside a transaction');
  }
  if (mem[workerBase + D_ABORT_REQ] !== 0) checkAbortRequest();
}

function ownsLock(ref: number): boolean {
  const s = mem[ref + HDR_STM];
  return s === txLock || s === txLockClean || ((mem[ref] & GC_LARGE) !== 0 && holdsCardOf(ref));
}

function holdsAnyLock(): boolean { return tx.writeSet.length !== 0 || tx.cardLocks.length !== 0; }

/** Honours an abort request from another worker, unless it is stale or we are inevitable. */
export function checkAbortRequest(): void {
  const req = Atomics.load(mem, workerBase + D_ABORT_REQ);
  if (req === 0) return;
  const ref = mem[workerBase + D_ABORT_REF];
  Atomics.store(mem, workerBase + D_ABORT_REQ, 0);
  if (tx.status !== ST_ACTIVE || tx.inevitable) return;
  if (ref !== 0 ? !ownsLock(ref) : !holdsAnyLock()) return;
  doom(KIND_NAMES[(req >> 8) & 3], ref, (req & 0xff) - 1, 'aborted at the request of another transaction');
}

/** Asks worker `slot` to abort because of `ref` (0: because it holds any lock). A handle of this
 *  JS thread is rolled back at once. */
export function requestAbort(slot: number, kind: ConflictKind, ref: number): void {
  const h = localHandle(slot);
  if (h) {
    abortLocalHandle(h, kind, ref, workerSlot);
    return;
  }
  const b = descriptorBase(slot);
  mem[b + D_ABORT_REF] = ref;
  Atomics.store(mem, b + D_ABORT_REQ, (workerSlot + 1) | (KIND_CODE[kind] << 8));
  Atomics.notify(mem, b + D_ABORT_REQ);
}

function abortLocalHandle(h: TxHandle, kind: ConflictKind, ref: number, by: number): void {
  withHandle(h, () => {
    if (tx.status !== ST_ACTIVE || tx.inevitable) return;
    if (ref === 0 && !holdsAnyLock() && tx.holdsLocks) {
      tx.holdsLocks = false; // flagged for a lock it never got
      Atomics.store(mem, workerBase + D_HOLDS_LOCKS, 0);
    }
    if (ref !== 0 ? !ownsLock(ref) : !holdsAnyLock()) return;
    tx.doom = { kind, ref, other: by, reason: 'aborted at the request of another transaction' };
    rollback();
    markRolledBack();
  });
}

/** After a rollback done on behalf of a handle that is not running: its next access throws. */
export function markRolledBack(): void {
  tx.status = ST_ROLLED_BACK;
  setTxActive(true);
  setTxSnapshot(-1);
}

/** Whether this transaction has priority over worker `other`'s (older start, then lower slot). */
export function isOlderThan(other: number): boolean {
  const theirs = mem[descriptorBase(other) + D_START_TS];
  return tx.startTs < theirs || (tx.startTs === theirs && workerSlot < other);
}

/**
 * Waits until `cond()` holds or `micros` pass; polls this transaction's abort requests (may throw).
 * Returns whether `cond()` came true.
 */
let waitHook: (() => void) | null = null;
let lastHook = 0;
/** Called every ~50 ms while a worker waits on another (the VM: has a worker died? it throws). */
export function setWaitHook(f: (() => void) | null): void { waitHook = f; }

export function spinWait(cond: () => boolean, micros: number): boolean {
  if (cond()) return true;
  if (micros <= 0) return false;
  const t0 = performance.now();
  const deadline = t0 + micros / 1000;
  try {
    for (let spins = 1; ; spins++) {
      if (cond()) return true;
      if ((spins & 63) === 0) {
        checkAbortRequest();
        const now = performance.now();
        if (now > deadline) return false;
        if (process.env.PYSTM_DEBUG_WAIT && now - t0 > 1000 && (spins & 0x3fff) === 0) require("node:fs").writeSync(2, `[spinWait ${workerSlot}] ${[0, 1, 2, 3].map((w) => `w${w}: state=${mem[descriptorBase(w) + D_STATE]} holds=${mem[descriptorBase(w) + D_HOLDS_LOCKS]} req=${mem[descriptorBase(w) + D_ABORT_REQ]}`).join(' ')} ${new Error().stack}\n`);
        // past spinMicros of spinning, sleep in slices (woken early by an abort request, or by
        // the end of the transaction we wait for: wakeWaiters). Spinning first matters: a futex
        // wake-up costs ~50 us here, by when the holder's next transaction has the lock again.
        if (now - t0 > txConfig.spinMicros / 1000) Atomics.wait(mem, workerBase + D_ABORT_REQ, 0, Math.min(0.2, deadline - now));
        if (waitHook !== null && now - lastHook > 50) {
          lastHook = now;
          waitHook();
        }
      }
    }
  } finally {
    const dt = performance.now() - t0;
    tx.waitedMs += dt;
    bumpTxStat(X_WAIT_MS, dt);
  }
}

/**
 * Waits up to inevitableWaitMicros for `cond` while worker `holder`'s inevitable transaction runs,
 * and stops at once if it enters a nested wait (txn_nested.ts: it may never end while we wait).
 * True when `cond` came true and the holder is not in a nested wait.
 */
export function spinWaitOnInevitable(holder: number, cond: () => boolean): boolean {
  return spinWait(() => cond() || nestedWaitOf(holder), txConfig.inevitableWaitMicros) && !nestedWaitOf(holder);
}

/** This transaction gives way to worker `holder`'s inevitable one: NESTED_WAIT_REASON when that
 *  one is in a nested wait (the VM then moves the thread there), else `reason`. */
export function doomByInevitable(ref: number, holder: number, reason: string): never {
  doom('inevitable', ref, holder, nestedWaitOf(holder) ? NESTED_WAIT_REASON : reason);
}

/**
 * `ref` is locked by worker `other`; we wanted to read it (kind write-read) or write it
 * (write-write). `word` is the STM word found locked: the object's, or one of its cards
 * (txn_cards.ts). Returns when the lock may be gone (the caller re-reads the STM word), or
 * dooms this transaction.
 */
export function onLockedByOther(ref: number, other: number, kind: ConflictKind, word = ref + HDR_STM): void {
  const stm = mem[word];
  // the caller saw `other`'s lock a moment ago; released since (a version now, or another
  // worker's lock): the caller looks again. Waiting here for that word to change would wait for
  // ever when the holder stays idle (an inevitable transaction waits without a limit: a nested
  // wait hung 1 run in ~100 of spec/stress/executor_nested.py at --workers 4), and a younger
  // one would wait its patience out and abort for nothing
  if (stm < LOCK_BASE || lockOwner(stm) !== other) return;
  // released: the word changed, or the holder's transaction ended (it may have locked the object
  // again in its next one: the same lock value)
  const seq = txSeqOf(other);
  const released = (): boolean => mem[word] !== stm || txSeqOf(other) !== seq;
  const local = localHandle(other) !== null;
  // ask it to commit soon (it may be about to release the object), and to wake us when it ends
  if (!local) {
    askCommitSoon(other);
    mem[workerBase + D_WAITING_ON] = other + 1;
  }
  const t0 = performance.now();
  try {
    waitFor(ref, other, kind, released, local);
  } finally {
    if (!local) mem[workerBase + D_WAITING_ON] = 0;
    noteCausedWait(other, performance.now() - t0);
  }
}

function waitFor(ref: number, other: number, kind: ConflictKind, released: () => boolean, local: boolean): void {
  if (Atomics.load(mem, descriptorBase(other) + D_STATE) === TX_INEVITABLE && !tx.inevitable) {
    if (!local && spinWaitOnInevitable(other, released)) return;
    doomByInevitable(ref, other, 'object locked by the inevitable transaction');
  }
  const ranMs = performance.now() - tx.beganAt;
  if (tx.inevitable || isOlderThan(other)) {
    // asked to commit soon (above), it may release the object in a moment: kill it only after
    if (!local && spinWait(released, txConfig.waitMicros)) return;
    requestAbort(other, kind, ref);
    if (spinWait(released, tx.inevitable ? Infinity : patience(txConfig.olderWaitMicros, ranMs))) return;
    doom(kind, ref, other, 'older transaction gave up waiting for a lock');
  }
  // (the holder was asked to commit soon: in a driver loop it does within a poll interval)
  if (!local && spinWait(released, patience(txConfig.waitMicros, ranMs))) return;
  doom(kind, ref, other, 'younger transaction gives way');
}

/**
 * How long (us) a transaction that has run `ranMs` waits for a lock before it gives way: `base`,
 * or for a long transaction a share of what an abort would throw away. Age alone decided before,
 * and a 1.3 s sort with a key function (one builtin call: no boundary) was thrown away because a
 * younger transaction held `merged` for a moment (bench/parallel/dict_merge.py, stmgc/NOTES.md
 * "Long transactions wait before they give way"). Waiting cannot deadlock: a waiter polls its
 * own abort requests, so an older transaction waiting on us still wins.
 */
export function patience(base: number, ranMs: number): number {
  if (ranMs <= txConfig.stakeAfterMs) return base;
  return Math.max(base, Math.min(ranMs * 1000 * txConfig.stakeFraction, txConfig.stakeMaxMicros));
}

/** Owner of an STM word that is a lock by another worker, else -1. */
export function otherOwner(stm: number): number {
  if (stm < LOCK_BASE) return -1;
  const o = lockOwner(stm);
  return o === workerSlot ? -1 : o;
}
