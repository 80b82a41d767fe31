// stmgc/txn.ts: the transaction API the VM calls (DESIGN §4). One transaction at a time per
// worker; its JS-local state is txn_state.tx, its shared descriptor the D_* words.
//   txBegin()          snapshot = G_CLOCK (read only); after an abort: randomized backoff, and
//                      after txConfig.escalateAfter consecutive aborts, inevitable from the start.
//   txCommit()         validate the read set, minor collection (nothing committed may point
//                      into the nursery), then, if anything was written, a new version from the
//                      clock (Atomics.add: the only shared word a commit writes) published into
//                      every written object, which releases its lock. False: it aborted instead.
//   txAbort(reason)    roll back (txn_rollback.ts); also completes a transaction that threw.
//   TxAborted          thrown by slow paths; the VM catches it at its top level, calls txAbort()
//                      and restarts from the thread state it saved at txBegin.
//   becomeInevitable() see txn_inevitable.ts.   txPoll()  honour abort requests (bytecode
//                      boundaries).   txValidate()  check the view is still consistent (before
//                      acting on what was read in ways that escape, e.g. raising a guest error).
import { D_ABORT_REQ, D_COMMIT_SOON, D_WAITING_ON, D_HOLDS_LOCKS, D_LOCATION, D_SNAPSHOT, D_START_TS, D_STATE, G_CLOCK, G_INEVITABLE, G_MAJOR_REQUESTED, HDR_STM, TX_ACTIVE, TX_NONE, VERSION_RENORMALIZE_AT } from './layout';
import { attachHooks, mem, requestSafePoint, setTxActive, setTxSnapshot, txSnapshot, viewHooks, workerBase } from './heap';
import { nurseryUsedWords, oldAllocated } from './alloc';
import { remembered } from './remembered';
import { minorCollection } from './gc_minor';
import { publishWeakPending } from './weakrefs';
import { X_COMMITS, X_COMMITS_READ_ONLY, X_COMMITTED_MS, X_ESCALATIONS, bumpTxStat, statClock, statsTiming } from './stats';
import { ST_ACTIVE, ST_DOOMED, ST_NONE, ST_ROLLED_BACK, tx } from './txn_state';
import { clearUndo } from './txn_undo';
import { clearReadSet, ensureMarkTables, validateReadSet } from './txn_readset';
import { discardAttemptObjects, rollback } from './txn_rollback';
import { checkAbortRequest, checkUsable, pendingAbort, txConfig } from './txn_contention';
import { commitSoonAsked, wakeWaiters } from './txn_waiters';
export { commitSoonAsked };
import { doomInvalidRead } from './txn_barriers';
import { tryInevitableAtBegin } from './txn_inevitable';
import { releaseCards } from './txn_cards';
import { handleMode, setInTransactionHook } from './txn_handles';
import { TxAborted } from './txn_aborted';
import { checkClassCommit, noteViewEpoch } from './txn_view_epoch';

export { TxAborted } from './txn_aborted';
export { becomeInevitable, isInevitable } from './txn_inevitable';
export { NESTED_WAIT_REASON, nestedWaitOf, setNestedWait } from './txn_nested';
export { setTxConfig, txConfig, type TxConfig } from './txn_contention';
export { abortHooks } from './txn_rollback';

attachHooks.onAttach.push(() => {
  mem[workerBase + D_STATE] = TX_NONE;
  mem[workerBase + D_ABORT_REQ] = 0;
  mem[workerBase + D_HOLDS_LOCKS] = 0;
  mem[workerBase + D_LOCATION] = -1;
  mem[workerBase + D_WAITING_ON] = 0;
  mem[workerBase + D_COMMIT_SOON] = 0;
});


/** The VM's periodic poll in a transaction: honours another worker's abort request (throws
 *  TxAborted) and tells whether one asked this transaction to commit soon. */
export function pollTx(): boolean {
  if (mem[workerBase + D_ABORT_REQ] !== 0) checkAbortRequest();
  return commitSoonAsked();
}

/** Whether a transaction is running (or lost and not yet rolled back) on this worker. */
export function inTransaction(): boolean { return tx.status !== ST_NONE; }
setInTransactionHook(inTransaction);

/** Introspection for tests and --trace-stm: sizes of this worker's logs. */
export function txLogSizes(): { reads: number; writes: number; cardReads: number; cardLocks: number; undoWords: number; snapshot: number; inevitable: boolean } {
  return {
    reads: tx.readSet.length, writes: tx.writeSet.length, cardReads: tx.cardReadSet.length >> 1, cardLocks: tx.cardLocks.length >> 1,
    undoWords: tx.undoLen, snapshot: txSnapshot, inevitable: tx.inevitable,
  };
}

/**
 * Outside a transaction: what issue-5 code left (young objects, objects written or allocated old
 * carrying our lock word) becomes ordinary committed state, by a minor collection. Before another
 * worker may run on what this one made outside transactions (the VM, before it turns
 * transactions on for the pool: vm sched.ts maybeStartStm), and at every txBegin.
 */
export function publishNonTransactional(): void {
  if (tx.status !== ST_NONE) throw new Error('stmgc: publishNonTransactional inside a transaction');
  if (nurseryUsedWords() > 0 || remembered.length > 0 || oldAllocated.length > 0) minorCollection();
}

/** How many transactions this JS thread began (all handles): a value read inside a transaction
 *  and cached by the VM (set_counts.ts) is good while this and the transaction's status stay. */
export let txBeginCount = 0;

export function txBegin(): void {
  const t = tx;
  txBeginCount++;
  if (t.status === ST_DOOMED) rollback();
  else if (t.status === ST_ROLLED_BACK) settleRolledBack();
  else if (t.status !== ST_NONE) throw new Error('stmgc: txBegin inside a transaction');
  ensureMarkTables();
  // begin at a clean point: what issue-5 code left becomes ordinary committed state first
  publishNonTransactional();
  if (t.consecutiveAborts > 0) backoff(t.consecutiveAborts);
  else t.startTs = Atomics.load(mem, G_CLOCK);
  const b = workerBase;
  mem[b + D_START_TS] = t.startTs;
  Atomics.store(mem, b + D_ABORT_REQ, 0);
  wakeWaiters(false); // (asks about our previous transaction: its locks are gone)
  const snap = Atomics.load(mem, G_CLOCK);
  setTxSnapshot(snap);
  mem[b + D_SNAPSHOT] = snap;
  noteViewEpoch(); // (before the VM's own look at the epoch: its caches are never older than this)
  viewHooks.snapshotMoved();
  t.status = ST_ACTIVE;
  t.doom = null;
  t.waitedMs = 0;
  setTxActive(true);
  Atomics.store(mem, b + D_STATE, TX_ACTIVE);
  t.attemptStart = statClock();
  t.beganAt = performance.now();
  if (t.consecutiveAborts >= txConfig.escalateAfter && tryInevitableAtBegin()) bumpTxStat(X_ESCALATIONS, 1);
}

/** Commits; returns false when the transaction had to abort instead (it is then rolled back). */
export function txCommit(): boolean {
  const t = tx;
  if (t.status === ST_ROLLED_BACK) {
    settleRolledBack();
    return false;
  }
  if (t.status === ST_DOOMED) {
    rollback();
    return false;
  }
  if (t.status !== ST_ACTIVE) throw new Error('stmgc: txCommit outside a transaction');
  // a class change is published before the validation, so before the version that makes it
  // visible; while another transaction is inevitable it cannot commit (txn_view_epoch.ts)
  const classChange = viewHooks.beforeVersion();
  if (!t.inevitable) {
    try {
      if (classChange) checkClassCommit();
      // (an abort request is not honoured here: it asks for our locks, and a commit that
      // validates releases them as well, without throwing the work away)
      const bad = validateReadSet();
      if (bad !== 0) doomInvalidRead(bad);
    } catch (e) {
      if (!(e instanceof TxAborted)) throw e;
      rollback();
      return false;
    }
  }
  // point of no return: the read set was valid with every written object still locked by us
  minorCollection();
  publishWeakPending(); // (weak references cleared by this transaction's collections: callbacks due)
  const ws = t.writeSet;
  const b = workerBase;
  if (ws.length > 0 || t.cardLocks.length > 0) {
    const v = Atomics.add(mem, G_CLOCK, 1) + 1; // also the fence before the plain version stores
    for (let i = 0, n = ws.length, items = ws.items; i < n; i++) mem[items[i] + HDR_STM] = v;
    ws.clear();
    releaseCards(v);
    if (v >= VERSION_RENORMALIZE_AT && mem[G_MAJOR_REQUESTED] === 0) {
      mem[G_MAJOR_REQUESTED] = 1;
      requestSafePoint();
    }
  } else {
    bumpTxStat(X_COMMITS_READ_ONLY, 1);
  }
  if (t.holdsLocks) {
    t.holdsLocks = false;
    Atomics.store(mem, b + D_HOLDS_LOCKS, 0);
  }
  if (t.inevitableToken) {
    t.inevitableToken = false;
    t.inevitable = false;
    Atomics.store(mem, G_INEVITABLE, 0);
  }
  clearReadSet();
  clearUndo();
  bumpTxStat(X_COMMITS, 1);
  if (statsTiming) bumpTxStat(X_COMMITTED_MS, performance.now() - t.attemptStart);
  t.consecutiveAborts = 0;
  t.status = ST_NONE;
  setTxActive(false);
  setTxSnapshot(0);
  mem[b + D_SNAPSHOT] = 0;
  Atomics.store(mem, b + D_STATE, TX_NONE);
  wakeWaiters();
  return true;
}

/** Aborts the running transaction (or completes the abort of one that threw TxAborted). */
export function txAbort(reason = 'explicit abort', escalates = false): void {
  const t = tx;
  if (t.status === ST_NONE) return;
  if (t.status === ST_ROLLED_BACK) {
    settleRolledBack();
    return;
  }
  if (t.status === ST_ACTIVE) {
    if (t.inevitable) throw new Error('stmgc: an inevitable transaction cannot abort');
    t.doom = { kind: 'other', ref: 0, other: -1, reason };
  }
  rollback();
  // an abort that stands for a conflict (the VM's forced aborts, PYSTM_STM_ABORT_EVERY) counts
  // toward escalation as a conflict's does: guaranteed progress holds under it too
  if (escalates) t.consecutiveAborts++;
}

/** Throws TxAborted if another transaction asked this one to abort (call at bytecode boundaries). */
export function txPoll(): void {
  if (mem[workerBase + D_ABORT_REQ] !== 0 || tx.status !== ST_ACTIVE) checkUsable();
}

/** Throws TxAborted unless everything read so far is still consistent (opacity check). */
export function txValidate(): void {
  checkUsable();
  if (tx.inevitable) return;
  const bad = validateReadSet();
  if (bad !== 0) doomInvalidRead(bad);
}

/** Runs `fn` as one transaction, retrying until it commits (tests and simple callers). */
export function atomically<T>(fn: () => T): T {
  for (;;) {
    txBegin();
    let result: T;
    try {
      result = fn();
    } catch (e) {
      // a TxAborted, or anything thrown by a zombie (a transaction whose view is already
      // inconsistent): roll back and retry; a genuine error aborts (inevitable: commits) and escapes
      if (e instanceof TxAborted || tx.status !== ST_ACTIVE || (!tx.inevitable && validateReadSet() !== 0)) {
        txAbort();
        continue;
      }
      if (tx.inevitable) txCommit(); else txAbort('exception');
      throw e;
    }
    if (txCommit()) return result;
  }
}

/** The TxAborted a rolled-back handle owes its caller is consumed; the slot is idle again. */
function settleRolledBack(): void {
  discardAttemptObjects(); // what it allocated after it was rolled back
  tx.status = ST_NONE;
  setTxActive(false);
  setTxSnapshot(0);
}

/** Randomized exponential backoff before retrying (none when driven through handles). */
function backoff(aborts: number): void {
  if (handleMode() || txConfig.backoffMaxMicros <= 0) return;
  const cap = Math.min(txConfig.backoffMaxMicros, 2 ** Math.min(aborts, 20));
  const until = performance.now() + (Math.random() * cap) / 1000;
  while (performance.now() < until) { /* spin: sleeping costs 50+ us on this machine */ }
}

export { pendingAbort };
