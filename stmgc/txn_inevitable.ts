// stmgc/txn_inevitable.ts: inevitable transactions, for what cannot be undone (I/O, imports,
// sleeping). At most one at a time: G_INEVITABLE holds its slot + 1. Becoming inevitable:
//   1. take G_INEVITABLE (CAS 0 -> slot+1); if another holds it, wait (or give way);
//   2. from then on no other transaction may take a new lock (txn_barriers checks G_INEVITABLE
//      after its CAS and gives the lock back), and we wait until no other worker holds locks
//      (D_HOLDS_LOCKS), asking each holder to commit soon, then (inevitableAskMicros later) to
//      abort;
//   3. validate our read set and move the snapshot to the clock (this may still abort us).
// After that nothing we read can change (no other writer exists), so the transaction never
// aborts, needs no undo log, and ignores abort requests; others' read-only commits go on.
import { D_HOLDS_LOCKS, D_SNAPSHOT, D_STATE, G_CLOCK, G_INEVITABLE, G_MAX_WORKERS, TX_INEVITABLE } from './layout';
import { mem, setTxSnapshot, viewHooks, workerBase, workerSlot } from './heap';
import { X_INEVITABLE, bumpTxStat } from './stats';
import { tx } from './txn_state';
import { validateReadSet } from './txn_readset';
import { checkUsable, descriptorBase, doomByInevitable, requestAbort, spinWait, spinWaitOnInevitable, txConfig } from './txn_contention';
import { doomInvalidRead } from './txn_barriers';
import { localHandle } from './txn_handles';
import { askCommitSoon } from './txn_waiters';

/** Makes the running transaction inevitable (may throw TxAborted while it is not yet). */
export function becomeInevitable(): void {
  checkUsable();
  if (tx.inevitable) return;
  takeToken(true);
  finishBecomingInevitable();
}

/** txBegin's escalation after repeated aborts: inevitable from the start if the token is free
 *  (or frees up soon); returns false (run normally) otherwise. Holds no lock, so may wait. */
export function tryInevitableAtBegin(): boolean {
  if (!takeToken(false)) return false;
  try {
    finishBecomingInevitable();
    return true;
  } catch (e) {
    if (tx.inevitableToken && !tx.inevitable) {
      tx.inevitableToken = false;
      Atomics.store(mem, G_INEVITABLE, 0);
    }
    throw e;
  }
}

function takeToken(mayDoom: boolean): boolean {
  const me = workerSlot + 1;
  for (;;) {
    if (Atomics.compareExchange(mem, G_INEVITABLE, 0, me) === 0) {
      tx.inevitableToken = true;
      return true;
    }
    const holder = Atomics.load(mem, G_INEVITABLE) - 1;
    if (holder < 0) continue;
    if (localHandle(holder) === null && spinWaitOnInevitable(holder, () => mem[G_INEVITABLE] === 0)) continue;
    if (!mayDoom) return false;
    doomByInevitable(0, holder, 'another transaction is inevitable');
  }
}

function finishBecomingInevitable(): void {
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) {
    if (w === workerSlot) continue;
    const flag = descriptorBase(w) + D_HOLDS_LOCKS;
    if (Atomics.load(mem, flag) === 0) continue;
    if (localHandle(w) === null) {
      // first ask it to commit (it polls for that): only if it does not, kill its work
      askCommitSoon(w);
      if (spinWait(() => Atomics.load(mem, flag) === 0, txConfig.inevitableAskMicros)) continue;
    }
    requestAbort(w, 'inevitable', 0);
    if (localHandle(w) !== null) {
      if (Atomics.load(mem, flag) !== 0) throw new Error(`stmgc: handle ${w} still holds locks`);
      continue;
    }
    spinWait(() => Atomics.load(mem, flag) === 0, Infinity);
  }
  const now = Atomics.load(mem, G_CLOCK);
  const bad = validateReadSet();
  if (bad !== 0) doomInvalidRead(bad);
  setTxSnapshot(now);
  mem[workerBase + D_SNAPSHOT] = now;
  viewHooks.snapshotMoved();
  tx.inevitable = true;
  Atomics.store(mem, workerBase + D_STATE, TX_INEVITABLE);
  bumpTxStat(X_INEVITABLE, 1);
}

export function isInevitable(): boolean { return tx.inevitable; }
