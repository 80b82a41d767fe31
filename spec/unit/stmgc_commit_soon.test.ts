// The commit-soon handshake (stmgc/txn_waiters.ts) and the rule that a commit does not honour an
// abort request, scripted with handles from this one JS thread: a waiter's ask sets its bit in
// the holder's descriptor, the holder sees it (commitSoonAsked, pollTx), its commit or rollback
// clears it; an abort request pending at commit time does not throw the work away when the read
// set is valid, but a poll honours it.
import { beforeEach, describe, expect, it } from 'vitest';
import { freshHandles } from '../helpers/stm_handles';
import {
  D_ABORT_REF, D_ABORT_REQ, D_COMMIT_SOON, FIRST_VM_TYPE, G_WORKERS_BASE, TxAborted, WORKER_WORDS, addRoot, allocate, attachHeap,
  getRoot, loadField, mem, storeField, switchTo, tagInt, txAbort, txBegin,
  txCommit, untagInt, type TxHandle,
} from '../../stmgc/index';
import { askCommitSoon, commitSoonAsked, txSeqOf } from '../../stmgc/txn_waiters';
import { NESTED_WAIT_REASON, becomeInevitable, pollTx, setNestedWait } from '../../stmgc/txn';
import { tryInevitableAtBegin } from '../../stmgc/txn_inevitable';
import { aborts } from '../helpers/stm_handles';

let h: TxHandle[] = [];
let x = 0;
const desc = (slot: number): number => mem[G_WORKERS_BASE] + slot * WORKER_WORDS;

beforeEach(() => {
  h = freshHandles();
  txBegin();
  const o = allocate(FIRST_VM_TYPE, 2, 2);
  mem[o + 2] = tagInt(1);
  x = addRoot(o);
  expect(txCommit()).toBe(true);
});

describe('commit soon', () => {
  it('an ask sets the asker bit in the holder, which sees it and clears it at commit', () => {
    switchTo(h[1]);
    txBegin();
    storeField(getRoot(x), 0, tagInt(2));
    expect(commitSoonAsked()).toBe(false);
    switchTo(h[2]);
    askCommitSoon(1);
    switchTo(h[3]);
    askCommitSoon(1);
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe((1 << 2) | (1 << 3));
    switchTo(h[1]);
    expect(commitSoonAsked()).toBe(true);
    expect(pollTx()).toBe(true);
    expect(txCommit()).toBe(true);
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe(0);
    expect(commitSoonAsked()).toBe(false);
  });

  it('a rollback clears the asks too, and a new transaction starts unasked', () => {
    switchTo(h[1]);
    txBegin();
    storeField(getRoot(x), 0, tagInt(5));
    switchTo(h[2]);
    askCommitSoon(1);
    switchTo(h[1]);
    txAbort();
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe(0);
    switchTo(h[2]);
    askCommitSoon(1); // about the ended transaction: dropped at the next begin
    switchTo(h[1]);
    txBegin();
    expect(commitSoonAsked()).toBe(false);
    expect(untagInt(loadField(getRoot(x), 0))).toBe(1);
    expect(txCommit()).toBe(true);
  });

  it('every end of a transaction, commit or rollback, counts in D_TX_SEQ (a waiter sees the end even when the next one locks the object again)', () => {
    switchTo(h[1]);
    const s0 = txSeqOf(1);
    txBegin();
    storeField(getRoot(x), 0, tagInt(3));
    const lockWord = mem[getRoot(x) + 1];
    expect(txSeqOf(1)).toBe(s0);
    expect(txCommit()).toBe(true);
    expect(txSeqOf(1)).toBe(s0 + 1);
    txBegin();
    storeField(getRoot(x), 0, tagInt(4));
    expect(mem[getRoot(x) + 1]).toBe(lockWord); // the same lock value as in the first transaction
    txAbort();
    expect(txSeqOf(1)).toBe(s0 + 2);
    txBegin();
    expect(txSeqOf(1)).toBe(s0 + 2); // a begin is not an end
    txCommit();
  });

  it('an abort request pending at commit does not abort a valid transaction; a poll honours it', () => {
    switchTo(h[1]);
    txBegin();
    const o = getRoot(x);
    storeField(o, 0, tagInt(7));
    // worker 2 asked us to abort because of o (as requestAbort writes it for a real worker)
    mem[desc(1) + D_ABORT_REF] = o;
    Atomics.store(mem, desc(1) + D_ABORT_REQ, 3 | (1 << 8));
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    txBegin();
    expect(untagInt(loadField(getRoot(x), 0))).toBe(7);
    txCommit();
    switchTo(h[1]);
    txBegin();
    storeField(getRoot(x), 0, tagInt(8));
    mem[desc(1) + D_ABORT_REF] = getRoot(x);
    Atomics.store(mem, desc(1) + D_ABORT_REQ, 3 | (1 << 8));
    expect(() => pollTx()).toThrow(TxAborted);
    txAbort();
    switchTo(h[2]);
    txBegin();
    expect(untagInt(loadField(getRoot(x), 0))).toBe(7);
    txCommit();
  });

  it('a transaction that waits for the inevitable one (a new lock, or the token) asks it to commit soon', () => {
    const y = (() => {
      txBegin();
      const o = allocate(FIRST_VM_TYPE, 2, 2);
      const r = addRoot(o);
      expect(txCommit()).toBe(true);
      return r;
    })();
    switchTo(h[1]);
    txBegin();
    becomeInevitable();
    expect(pollTx()).toBe(false);
    switchTo(h[2]);
    txBegin();
    expect(untagInt(loadField(getRoot(x), 0))).toBe(1); // reading is fine, and asks nothing
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe(0);
    expect(aborts(() => storeField(getRoot(y), 0, tagInt(3))).kind).toBe('inevitable'); // a new lock
    txAbort();
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe(1 << 2);
    switchTo(h[3]);
    txBegin();
    expect(aborts(() => becomeInevitable()).kind).toBe('inevitable'); // the token
    txAbort();
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe((1 << 2) | (1 << 3));
    switchTo(h[1]);
    expect(pollTx()).toBe(true); // the VM ends the transaction at this poll
    expect(txCommit()).toBe(true);
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe(0);
  });
  it('a nested wait\'s inevitable transaction is asked too, its waiters still give way at once (NESTED_WAIT_REASON), and the asks last until it ends', () => {
    // the VM does not poll while a nested wait holds JS references (sched.ts safePoint: pinned),
    // so the ask changes nothing in the nested driver; it is answered at the first poll after it
    const y = (() => {
      txBegin();
      const r = addRoot(allocate(FIRST_VM_TYPE, 2, 2));
      expect(txCommit()).toBe(true);
      return r;
    })();
    switchTo(h[1]);
    txBegin();
    becomeInevitable();
    setNestedWait(true);
    switchTo(h[2]);
    txBegin();
    const e = aborts(() => storeField(getRoot(y), 0, tagInt(3)));
    expect([e.kind, e.reason, e.other]).toEqual(['inevitable', NESTED_WAIT_REASON, 1]);
    txAbort();
    switchTo(h[3]);
    txBegin();
    expect(aborts(() => becomeInevitable()).reason).toBe(NESTED_WAIT_REASON);
    txAbort();
    txBegin();
    expect(tryInevitableAtBegin()).toBe(false); // txBegin's escalation asks as well, without dooming
    txCommit();
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe((1 << 2) | (1 << 3));
    switchTo(h[1]);
    expect(commitSoonAsked()).toBe(true); // still asked when the nested wait ends
    setNestedWait(false);
    expect(pollTx()).toBe(true);
    storeField(getRoot(y), 0, tagInt(9)); // (inevitable: no conflict, nothing to abort)
    expect(txCommit()).toBe(true);
    expect(mem[desc(1) + D_COMMIT_SOON]).toBe(0);
    switchTo(h[2]);
    txBegin();
    storeField(getRoot(y), 0, tagInt(4)); // the lock is free again
    expect(txCommit()).toBe(true);
  });
});
