// A lock released between a barrier's look at an STM word and the contention code's own look
// (stmgc/txn_contention.ts onLockedByOther), scripted with handles from this one JS thread: the
// barrier saw worker 1's lock, worker 1's transaction ended before onLockedByOther read the word
// again. The waiter must look again at once. Before, it waited for the word to change from the
// version it read: a younger transaction gave way for nothing, and an inevitable one waited for
// ever (spec/stress/executor_nested.py at --workers 4 hung about 1 run in 100 that way: a nested
// wait's inevitable transaction against an idle pool worker).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { freshHandles } from '../helpers/stm_handles';
import { FIRST_VM_TYPE, addRoot, allocate, getRoot, mem, storeField, switchTo, tagInt, txAbort, txBegin, txCommit, type TxHandle } from '../../stmgc/index';
import { LOCK_BASE } from '../../stmgc/layout';
import { becomeInevitable } from '../../stmgc/txn';
import { onLockedByOther, setWaitHook } from '../../stmgc/txn_contention';

let h: TxHandle[] = [];
let x = 0;

beforeEach(() => {
  h = freshHandles();
  txBegin();
  const o = allocate(FIRST_VM_TYPE, 2, 2);
  mem[o + 2] = tagInt(1);
  x = addRoot(o);
  expect(txCommit()).toBe(true);
});
afterEach(() => setWaitHook(null));

/** Worker 1 locks x and ends its transaction (commit or rollback): the word is a version again. */
function lockedThenReleased(commit: boolean): number {
  switchTo(h[1]);
  txBegin();
  storeField(getRoot(x), 0, tagInt(2));
  const lock = mem[getRoot(x) + 1];
  expect(lock).toBeGreaterThanOrEqual(LOCK_BASE);
  if (commit) expect(txCommit()).toBe(true);
  else txAbort();
  expect(mem[getRoot(x) + 1]).toBeLessThan(LOCK_BASE);
  return lock;
}

describe('a lock released before the contention code looks', () => {
  for (const commit of [true, false]) {
    const end = commit ? 'committed' : 'rolled back';
    it(`a younger reader returns at once (holder ${end}), no abort`, () => {
      lockedThenReleased(commit);
      switchTo(h[2]);
      txBegin();
      onLockedByOther(getRoot(x), 1, 'write-read');
      expect(txCommit()).toBe(true);
    });

    it(`an inevitable reader returns at once (holder ${end}), no wait`, () => {
      lockedThenReleased(commit);
      switchTo(h[2]);
      txBegin();
      becomeInevitable();
      // the old code waited for ever here: the wait hook turns that into a failure
      setWaitHook(() => { throw new Error('waited for a lock that was already released'); });
      onLockedByOther(getRoot(x), 1, 'write-read');
      onLockedByOther(getRoot(x), 1, 'write-write');
      expect(txCommit()).toBe(true);
    });
  }

  it("a word locked since by another worker: the caller looks again (and meets that worker's lock)", () => {
    lockedThenReleased(true);
    switchTo(h[3]);
    txBegin();
    storeField(getRoot(x), 0, tagInt(3));
    switchTo(h[2]);
    txBegin();
    becomeInevitable();
    setWaitHook(() => { throw new Error('waited on worker 1, whose lock is gone'); });
    onLockedByOther(getRoot(x), 1, 'write-read');
    switchTo(h[3]);
    txAbort();
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
  });
});
