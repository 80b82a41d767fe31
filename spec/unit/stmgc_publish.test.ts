// What a worker made outside transactions ("issue-5 mode": the main thread before the first thread
// start) must be published before another worker may run on it (stmgc/txn.ts
// publishNonTransactional; vm/interp/sched.ts maybeStartStm calls it before G_STM_ON). Until
// then every object it wrote or allocated carries its lock word and young ones live in its
// nursery: another worker's transaction meets a lock nobody will release by committing, and
// (the early pool start hang of queue_producer_consumer.py) raced the minor collection that
// finally cleared it. Scripted with handles: slot 0 writes outside a transaction, slot 1 runs one.
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import {
  FIRST_VM_TYPE, HDR_STM, LOCK_BASE, addRoot, allocate, allocateOld, getRoot, inTransaction, isYoung, mem, storeField, switchTo, tagInt,
  txBegin, txCommit, type TxHandle,
} from '../../stmgc/index';
import { publishNonTransactional } from '../../stmgc/txn';
import { nurseryUsedWords } from '../../stmgc/alloc';

let h: TxHandle[] = [];
let holder = 0; // root slot of an old object, committed before the script
let fresh = 0; // root slot of an object allocated old outside a transaction

beforeEach(() => {
  h = freshHandles();
  txBegin();
  const o = allocate(FIRST_VM_TYPE, 2, 2);
  mem[o + 2] = tagInt(0);
  holder = addRoot(o);
  expect(txCommit()).toBe(true);
  // slot 0, outside any transaction (as the main thread before the first thread start): a young
  // object stored into the old one, and an object allocated directly in old space
  expect(inTransaction()).toBe(false);
  const young = allocate(FIRST_VM_TYPE, 2, 2);
  mem[young + 2] = tagInt(7);
  storeField(getRoot(holder), 1, young);
  fresh = addRoot(allocateOld(FIRST_VM_TYPE, 2, 2));
});

describe('publishing what was made outside transactions', () => {
  it('before: the objects carry slot 0 lock word and a young reference; slot 1 cannot write them', () => {
    expect(mem[getRoot(holder) + HDR_STM]).toBeGreaterThanOrEqual(LOCK_BASE);
    expect(mem[getRoot(fresh) + HDR_STM]).toBeGreaterThanOrEqual(LOCK_BASE);
    expect(isYoung(mem[getRoot(holder) + 3])).toBe(true);
    switchTo(h[1]);
    txBegin();
    aborts(() => storeField(getRoot(holder), 0, tagInt(1)));
  });

  it('after: nothing young or locked is left, and slot 1 writes and reads them in a transaction', () => {
    publishNonTransactional();
    expect(nurseryUsedWords()).toBe(0);
    const o = getRoot(holder);
    expect(mem[o + HDR_STM]).toBeLessThan(LOCK_BASE);
    expect(mem[getRoot(fresh) + HDR_STM]).toBeLessThan(LOCK_BASE);
    const moved = mem[o + 3];
    expect(isYoung(moved)).toBe(false);
    expect(mem[moved + 2]).toBe(tagInt(7));
    switchTo(h[1]);
    txBegin();
    storeField(getRoot(holder), 0, tagInt(1));
    storeField(getRoot(fresh), 0, tagInt(2));
    expect(mem[mem[getRoot(holder) + 3] + 2]).toBe(tagInt(7));
    expect(txCommit()).toBe(true);
  });

  it('is refused inside a transaction', () => {
    switchTo(h[1]);
    txBegin();
    expect(() => publishNonTransactional()).toThrow(/inside a transaction/);
  });
});
