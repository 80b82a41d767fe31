// writeBarrierGuardedWord (stmgc/txn_guarded.ts) and card writes to objects that are a
// transaction's own (stmgc/txn_cards.ts writeCardLarge), scripted with handles: a raw table
// guarded by a small object (a dict's index table under its dict) takes no lock of its own and
// logs one word per write; an abort restores exactly those words and a commit keeps them; another
// transaction conflicts through the guard; a table allocated or whole-written by the transaction
// logs nothing more.
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import {
  CARD_SHIFT, FIRST_VM_TYPE, HDR_STM, addRoot, allocateOld, atomically, getRoot, mem, readBarrier, switchTo,
  tagInt, txAbort, txBegin, txCommit, txLogSizes, untagInt, writeBarrier, writeBarrierCard, writeBarrierGuardedWord,
  type TxHandle,
} from '../../stmgc/index';
import { cardBase } from '../../stmgc/heap';

const T = FIRST_VM_TYPE;
const SLOTS = 8192; // a big index table: 32 KiB, GC_LARGE
let h: TxHandle[] = [];
let gRoot = 0;
let tRoot = 0;
const guard = (): number => getRoot(gRoot);
const table = (): number => getRoot(tRoot);
const card = (a: number, i: number): number => mem[cardBase + ((a + 2 + i) >>> CARD_SHIFT)];
/** A writer as dict_core's insertAt: the guard first, then the table's word. */
const put = (i: number, v: number): void => {
  writeBarrier(guard());
  mem[guard() + 2] = tagInt(untagInt(mem[guard() + 2]) + 1);
  writeBarrierGuardedWord(table(), i);
  mem[table() + 2 + i] = v;
};
/** A reader: the guard's barrier only, as dict lookups. */
const look = (i: number): number => {
  readBarrier(guard());
  return mem[table() + 2 + i];
};

beforeEach(() => {
  h = freshHandles();
  atomically(() => {
    const g = allocateOld(T, 2, 2);
    mem[g + 2] = tagInt(0);
    mem[g + 3] = tagInt(0);
    const t = allocateOld(T + 1, SLOTS, 0);
    mem.fill(-1, t + 2, t + 2 + SLOTS);
    gRoot = addRoot(g);
    tRoot = addRoot(t);
  });
});

describe('stmgc: guarded raw words', () => {
  it('logs one word per write, takes no lock on the table, and an abort restores exactly those words', () => {
    const t = table();
    expect(mem[t] & (1 << 29)).not.toBe(0); // GC_LARGE
    const stm0 = mem[t + HDR_STM];
    const card0 = card(t, 5000);
    switchTo(h[1]);
    txBegin();
    writeBarrier(guard());
    const undo0 = txLogSizes().undoWords; // (the guard's backup)
    put(5000, 7);
    put(17, 8);
    put(5000, 9); // the same word again: logged again, the oldest copy is replayed last
    expect(txLogSizes().undoWords - undo0).toBe(3 * 4);
    expect(txLogSizes().cardLocks).toBe(0);
    expect(mem[t + HDR_STM]).toBe(stm0);
    expect(card(t, 5000)).toBe(card0);
    expect(look(5000)).toBe(9);
    txAbort();
    switchTo(h[2]);
    expect(atomically(() => [look(5000), look(17), look(16), untagInt(mem[guard() + 2])])).toEqual([-1, -1, -1, 0]);
  });

  it('a commit keeps the words; another transaction conflicts through the guard', () => {
    switchTo(h[1]);
    txBegin();
    put(100, 1);
    switchTo(h[2]);
    txBegin(); // younger: gives way on the guard
    expect(aborts(() => look(100)).ref).toBe(guard());
    txAbort();
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    expect(atomically(() => [look(100), look(101), untagInt(mem[guard() + 2])])).toEqual([1, -1, 1]);
  });

  it('a table allocated by the transaction, or whole-written, logs nothing more', () => {
    switchTo(h[1]);
    txBegin();
    const fresh = allocateOld(T + 1, SLOTS, 0);
    const u0 = txLogSizes().undoWords;
    writeBarrierGuardedWord(fresh, 3);
    writeBarrierGuardedWord(fresh, 7000);
    writeBarrierCard(fresh, 4000); // (card writes to a large object the transaction made: no backup)
    expect(txLogSizes().undoWords).toBe(u0);
    const t = table();
    writeBarrier(t); // whole write: the whole payload is saved once
    const u1 = txLogSizes().undoWords;
    expect(u1 - u0).toBe(SLOTS + 3);
    writeBarrierGuardedWord(t, 10);
    writeBarrierCard(t, 6000);
    expect(txLogSizes().undoWords).toBe(u1);
    mem[t + 2 + 10] = 5;
    mem[t + 2 + 6000] = 6;
    txAbort();
    switchTo(h[2]);
    expect(atomically(() => [look(10), look(6000)])).toEqual([-1, -1]);
  });
});
