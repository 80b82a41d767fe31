// Contention a worker causes the others (stmgc/txn_caused.ts), scripted with handles: an abort
// over another worker's lock is counted on that worker's W_CAUSED line, whichever side aborts
// (the younger giving way to the holder, or the holder rolled back for an older transaction);
// explicit aborts count nowhere. The pool worker's nap verdict reads these counters
// (spec/unit/vm_sched_nap.test.ts).
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import { FIRST_VM_TYPE, addRoot, allocate, getRoot, storeField, switchTo, tagInt, txAbort, txBegin, txCommit, type TxHandle } from '../../stmgc/index';
import { causedAborts } from '../../stmgc/txn_caused';

let h: TxHandle[] = [];
let root = 0;
const caused = (k: number): number => {
  switchTo(h[k]);
  return causedAborts();
};

beforeEach(() => {
  h = freshHandles();
  txBegin();
  root = addRoot(allocate(FIRST_VM_TYPE, 4, 4));
  expect(txCommit()).toBe(true);
});

describe('stmgc: contention caused to others', () => {
  it('the younger gives way: counted on the holder', () => {
    const x = getRoot(root);
    switchTo(h[1]);
    txBegin(); // older
    storeField(x, 0, tagInt(1));
    switchTo(h[2]);
    txBegin();
    aborts(() => storeField(x, 0, tagInt(2)));
    txAbort();
    expect([caused(0), caused(1), caused(2)]).toEqual([0, 1, 0]);
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
  });

  it('the holder rolled back for an older transaction: counted on the older one', () => {
    const x = getRoot(root);
    switchTo(h[1]);
    txBegin();
    switchTo(h[0]);
    txBegin(); // same start clock, lower slot: older
    switchTo(h[1]);
    storeField(x, 0, tagInt(1));
    switchTo(h[0]);
    storeField(x, 0, tagInt(2)); // t1 is rolled back on the spot
    expect([caused(0), caused(1)]).toEqual([1, 0]);
    switchTo(h[1]);
    aborts(() => storeField(x, 1, tagInt(3)));
    expect(txCommit()).toBe(false);
    expect([caused(0), caused(1)]).toEqual([1, 0]); // (counted once, at the rollback)
    switchTo(h[0]);
    expect(txCommit()).toBe(true);
  });

  it('an explicit abort counts nowhere', () => {
    const x = getRoot(root);
    switchTo(h[3]);
    txBegin();
    storeField(x, 0, tagInt(1));
    txAbort();
    expect([0, 1, 2, 3].map(caused)).toEqual([0, 0, 0, 0]);
  });
});
