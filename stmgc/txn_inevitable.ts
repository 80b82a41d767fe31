// stmgc/txn_inevitable.ts: inevitable transactions, for what cannot be undone (I/O, imports,
// sleeping). At most one at a time: G_INEVITABLE holds its slot + 1. Becoming inevitable:
//   1. take G_INEVITABLE (CAS 0 -> slot+1); if another holds it, wait (or give way);
//   2. from then on no other transaction may take a new lock (txn_barriers checks G_INEVITABLE
//      after its CAS and gives the lock back);
//   3. validate our read set and move the snapshot to the clock: an object read that changed,
//      or that another worker holds locked, aborts us (taking it back would not help: a holder's
//      rollback stamps it with a fresh version, which fails our validation all the same).
// Other lock holders are left alone: what they hold we have not read, and they cannot lock
// anything new, so nothing we read can change; if we touch one of their objects later, the
// barrier's contention path makes them abort (the inevitable transaction always wins). Asking
// every lock holder to abort here threw away transactions that could not commit soon (a sort with
// a key function is one builtin call: 0.3-1.8 s of work per thread start or end on another
// worker in bench/parallel/dict_merge.py; stmgc/NOTES.md "Inevitable").
// After that the transaction never aborts, needs no undo log, and ignores abort requests;
// others' commits of what they held go on.
import { D_SNAPSHOT, D_STATE, G_CLOCK, G_INEVITABLE, TX_INEVITABLE } from './layout';
import { mem, setTxSnapshot, viewHooks, workerBase, workerSlot } from './heap';
import { X_INEVITABLE, bumpTxStat } from './stats';
import { tx } from './txn_state';
import { validateReadSet } from './txn_readset';
import { checkUsable, doomByInevitable, spinWaitOnInevitable } from './txn_contention';
import { doomInvalidRead } from './txn_barriers';
import { localHandle } from './txn_handles';
import { askCommitSoon } from './txn_waiters';
import { checkViewEpoch, noteViewEpoch } from './txn_view_epoch';

/** Makes the running transaction inevitable (may throw TxAborted while it is not yet). */
export function becomeInevitable(): void {
  checkUsable();
  if (tx.inevitable) return;
  takeToken(true);
  finishBecomingInevitable(false);
}

/** txBegin's escalation after repeated aborts: inevitable from the start if the token is free
 *  (or frees up soon); returns false (run normally) otherwise. Holds no lock, so may wait. */
export function tryInevitableAtBegin(): boolean {
  if (!takeToken(false)) return false;
  try {
    finishBecomingInevitable(true);
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
    // ask it to end at its next poll: an inevitable transaction otherwise runs to the end of its
    // slice while every other worker waits (a pool worker's first slice, which pins what it
    // meets first and runs cold: 0.15 s of another worker's begins in raytrace_columns)
    askCommitSoon(holder);
    if (localHandle(holder) === null && spinWaitOnInevitable(holder, () => mem[G_INEVITABLE] === 0)) continue;
    if (!mayDoom) return false;
    doomByInevitable(0, holder, 'another transaction is inevitable');
  }
}

/** `atBegin`: nothing was read yet (txBegin's escalation), so a class change since the snapshot
 *  is only noted; later, it aborts (txn_view_epoch.ts), now that the token is ours. */
function finishBecomingInevitable(atBegin: boolean): void {
  const now = Atomics.load(mem, G_CLOCK);
  const bad = validateReadSet(); // (an object read that another worker holds locked fails too)
  if (bad !== 0) doomInvalidRead(bad);
  if (atBegin) noteViewEpoch();
  else checkViewEpoch();
  setTxSnapshot(now);
  mem[workerBase + D_SNAPSHOT] = now;
  viewHooks.snapshotMoved();
  tx.inevitable = true;
  Atomics.store(mem, workerBase + D_STATE, TX_INEVITABLE);
  bumpTxStat(X_INEVITABLE, 1);
}

export function isInevitable(): boolean { return tx.inevitable; }
