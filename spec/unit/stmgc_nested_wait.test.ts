// The nested-wait rule (stmgc/txn_nested.ts), scripted with handles from this one JS thread:
// while the inevitable transaction of slot 1 is in a nested wait (D_NESTED_WAIT), a transaction
// that would wait for it (a new lock, a lock of slot 1's, becoming inevitable) gives way with
// NESTED_WAIT_REASON naming slot 1, which is what makes the VM bounce its thread there; without
// the flag the same meetings are ordinary inevitable conflicts.
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import {
  FIRST_VM_TYPE, addRoot, allocate, getRoot, mem, storeField, switchTo, tagInt, txAbort, txBegin, txCommit, type TxHandle,
} from '../../stmgc/index';
import { NESTED_WAIT_REASON, becomeInevitable, nestedWaitOf, setNestedWait } from '../../stmgc/txn';
import { nestedInevitable } from '../../stmgc/txn_nested';

let h: TxHandle[] = [];
let x = 0;
let y = 0;

beforeEach(() => {
  h = freshHandles();
  txBegin();
  for (const slot of [0, 1]) {
    const o = allocate(FIRST_VM_TYPE, 2, 2);
    mem[o + 2] = tagInt(slot);
    if (slot === 0) x = addRoot(o);
    else y = addRoot(o);
  }
  expect(txCommit()).toBe(true);
});

/** Slot 1: an inevitable transaction that wrote x, in a nested wait if `nested`. */
function inevitableWriter(nested: boolean): void {
  switchTo(h[1]);
  txBegin();
  storeField(getRoot(x), 0, tagInt(10));
  becomeInevitable();
  setNestedWait(nested);
}

describe('nested wait', () => {
  it('is seen by every worker while it lasts', () => {
    inevitableWriter(true);
    switchTo(h[2]);
    expect(nestedWaitOf(1)).toBe(true);
    expect(nestedWaitOf(2)).toBe(false);
    expect(nestedInevitable()).toBe(1);
    switchTo(h[1]);
    setNestedWait(false);
    switchTo(h[2]);
    expect(nestedWaitOf(1)).toBe(false);
    expect(nestedInevitable()).toBe(-1);
  });

  it('a new lock elsewhere gives way naming the waiter', () => {
    inevitableWriter(true);
    switchTo(h[2]);
    txBegin();
    const e = aborts(() => storeField(getRoot(y), 0, tagInt(3)));
    expect(e.reason).toBe(NESTED_WAIT_REASON);
    expect(e.kind).toBe('inevitable');
    expect(e.other).toBe(1);
    txAbort();
    expect(mem[getRoot(y) + 2]).toBe(tagInt(1));
  });

  it('a lock of the waiter gives way naming it', () => {
    inevitableWriter(true);
    switchTo(h[2]);
    txBegin();
    const e = aborts(() => storeField(getRoot(x), 0, tagInt(4)));
    expect(e.reason).toBe(NESTED_WAIT_REASON);
    expect(e.other).toBe(1);
    txAbort();
  });

  it('becoming inevitable gives way naming it', () => {
    inevitableWriter(true);
    switchTo(h[3]);
    txBegin();
    const e = aborts(() => becomeInevitable());
    expect(e.reason).toBe(NESTED_WAIT_REASON);
    expect(e.other).toBe(1);
    txAbort();
  });

  it('without the flag the same meetings are ordinary inevitable conflicts', () => {
    inevitableWriter(false);
    switchTo(h[2]);
    txBegin();
    const e = aborts(() => storeField(getRoot(y), 0, tagInt(3)));
    expect(e.kind).toBe('inevitable');
    expect(e.reason).not.toBe(NESTED_WAIT_REASON);
    txAbort();
  });

  it('after the wait and the commit the others go on, and see its writes', () => {
    inevitableWriter(true);
    setNestedWait(false);
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    txBegin();
    storeField(getRoot(y), 0, tagInt(7));
    expect(mem[getRoot(x) + 2]).toBe(tagInt(10));
    expect(txCommit()).toBe(true);
  });
});
