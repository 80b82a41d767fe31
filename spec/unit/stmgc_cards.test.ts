// Card-granular conflicts on large objects (stmgc/txn_cards.ts), scripted with handles as in
// stmgc_txn.test.ts: two transactions writing far-apart elements of one big array both commit;
// the same card conflicts (older wins, the younger gives way); a card reader conflicts only with
// a writer of its card; card writers against whole-object readers and writers, both orders; an
// abort restores the cards and republishes them; a minor collection inside a transaction with
// young objects stored through card locks; major collections (freed cards, renormalization);
// an inevitable transaction against card locks; range barriers.
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import {
  CARD_SHIFT, FIRST_VM_TYPE, G_CLOCK, HDR_STM, LOCK_BASE, VERSION_RENORMALIZE_AT, TxAborted, addRoot, allocate, allocateOld,
  atomically, becomeInevitable, collectAllHandles, collectAtSafePoint, getRoot,
  isInevitable, isOld, mem, readBarrier, readBarrierCard, readBarrierRange, removeRoot, switchTo,
  tagInt, txAbort, txBegin, txCommit, txLogSizes, untagInt, verifyHeap, writeBarrier, writeBarrierCard,
  writeBarrierRange, type TxHandle,
} from '../../stmgc/index';
import { cardBase } from '../../stmgc/heap';

const T = FIRST_VM_TYPE;
const WORDS = 100_000; // a big list's storage: 3126 cards
let h: TxHandle[] = [];
let root = 0;
const arr = (): number => getRoot(root);
const card = (a: number, i: number): number => mem[cardBase + ((a + 2 + i) >>> CARD_SHIFT)];
const get = (a: number, i: number): number => {
  readBarrierCard(a, i);
  return untagInt(mem[a + 2 + i]);
};
const set = (a: number, i: number, v: number): void => {
  writeBarrierCard(a, i);
  mem[a + 2 + i] = tagInt(v);
};

beforeEach(() => {
  h = freshHandles();
  atomically(() => {
    const a = allocateOld(T, WORDS, 31);
    for (let i = 0; i < WORDS; i++) mem[a + 2 + i] = tagInt(i);
    root = addRoot(a);
  });
});

describe('stmgc: card-granular conflicts on large objects', () => {
  it('two transactions write far-apart elements of one array and both commit', () => {
    const a = arr();
    expect(mem[a] & (1 << 29)).not.toBe(0); // GC_LARGE
    switchTo(h[1]);
    txBegin();
    set(a, 10, -10);
    expect(card(a, 10)).toBe(LOCK_BASE + 1);
    expect(mem[a + HDR_STM]).not.toBe(LOCK_BASE + 1); // the object word is not locked by a card write
    switchTo(h[2]);
    txBegin();
    set(a, WORDS - 10, -20);
    expect(get(a, 500)).toBe(500);
    expect(txLogSizes().cardLocks).toBe(1);
    expect(txLogSizes().cardReads).toBe(1);
    switchTo(h[1]);
    expect(get(a, 10)).toBe(-10); // own card
    expect(get(a, 11)).toBe(11);
    expect(txCommit()).toBe(true);
    const v1 = mem[G_CLOCK];
    expect(card(a, 10)).toBe(v1);
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
    expect(card(a, WORDS - 10)).toBe(v1 + 1);
    switchTo(h[3]);
    expect(atomically(() => [get(a, 10), get(a, WORDS - 10), get(a, 9)])).toEqual([-10, -20, 9]);
  });

  it('the same card conflicts: the younger gives way, the older kills the younger', () => {
    const a = arr();
    switchTo(h[1]);
    txBegin();
    set(a, 100, 1);
    switchTo(h[2]);
    txBegin(); // same clock, higher slot: younger
    const e = aborts(() => set(a, 101, 2)); // another word of the same card
    expect(e.kind).toBe('write-write');
    expect(e.ref).toBe(a);
    txAbort();
    // now the older one comes second: it rolls the younger back and takes the card
    switchTo(h[2]);
    txBegin();
    set(a, 5000, 3);
    switchTo(h[1]);
    set(a, 5001, 4);
    expect(card(a, 5001)).toBe(LOCK_BASE + 1);
    expect(mem[a + 2 + 5000]).toBe(tagInt(5000)); // the younger's write was undone
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    expect(() => get(a, 0)).toThrow(TxAborted);
    expect(txCommit()).toBe(false);
    switchTo(h[3]);
    expect(atomically(() => [get(a, 100), get(a, 101), get(a, 5000), get(a, 5001)])).toEqual([1, 101, 5000, 4]);
  });

  it('a card reader conflicts only with a writer of its card', () => {
    const a = arr();
    switchTo(h[1]);
    txBegin();
    expect(get(a, 64)).toBe(64);
    switchTo(h[2]);
    atomically(() => set(a, 70_000, -1)); // another card: no conflict
    switchTo(h[1]);
    expect(get(a, 65)).toBe(65);
    expect(get(a, 70_000)).toBe(-1); // a newer card: the snapshot is extended (the read set is valid)
    expect(txCommit()).toBe(true);
    txBegin();
    expect(get(a, 64)).toBe(64);
    switchTo(h[2]);
    atomically(() => set(a, 66, -2)); // the card read (words 62..93 of the payload)
    switchTo(h[1]);
    const e = aborts(() => get(a, 67)); // the card is newer than the snapshot: extension fails
    expect(e.kind).toBe('write-read');
    txAbort();
    txBegin();
    expect(get(a, 64)).toBe(64);
    switchTo(h[2]);
    atomically(() => set(a, 66, -3));
    switchTo(h[1]);
    expect(txCommit()).toBe(false); // commit-time validation sees it too
  });

  it('a card writer against a whole-object reader, both orders', () => {
    const a = arr();
    // 1. the whole reader first: a card write committed since makes it fail
    switchTo(h[1]);
    txBegin();
    readBarrier(a);
    expect(txLogSizes().cardReads).toBe(Math.ceil((WORDS + 2) / 32));
    switchTo(h[2]);
    atomically(() => set(a, 50_000, -1));
    switchTo(h[1]);
    expect(aborts(() => readBarrier(a)).kind).toBe('write-read'); // a whole read rechecks every card
    txAbort();
    txBegin();
    readBarrier(a);
    switchTo(h[2]);
    atomically(() => set(a, 50_000, -2));
    switchTo(h[1]);
    expect(txCommit()).toBe(false);
    // 2. the card writer first: the (younger) whole reader meets its lock and gives way
    switchTo(h[1]);
    txBegin();
    set(a, 99_000, -3);
    switchTo(h[2]);
    txBegin();
    const e = aborts(() => readBarrier(a));
    expect(e.kind).toBe('write-read');
    txAbort();
    // an older whole reader kills the card writer instead
    switchTo(h[1]);
    txAbort();
    switchTo(h[2]);
    txBegin();
    set(a, 99_000, -4);
    switchTo(h[1]);
    txBegin();
    readBarrier(a);
    expect(untagInt(mem[a + 2 + 99_000])).toBe(99_000); // rolled back: the committed value
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    expect(txCommit()).toBe(false);
  });

  it('a card writer against a whole-object writer, both orders', () => {
    const a = arr();
    // 1. card writer first (older): the whole writer meets a locked card and gives way
    switchTo(h[1]);
    txBegin();
    set(a, 80_000, -1);
    switchTo(h[2]);
    txBegin();
    expect(aborts(() => writeBarrier(a)).kind).toBe('write-write');
    txAbort();
    atomically(() => 0); // (a retry keeps its priority: end this logical transaction)
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    // 2. whole writer first: it holds every card; card writers and card readers anywhere meet it
    switchTo(h[1]);
    txBegin();
    writeBarrier(a);
    mem[a + 2 + 3] = tagInt(-3);
    expect(card(a, 0)).toBe(LOCK_BASE + 1);
    expect(card(a, WORDS - 1)).toBe(LOCK_BASE + 1);
    expect(mem[a + HDR_STM]).toBe(LOCK_BASE + 1);
    switchTo(h[2]);
    txBegin();
    expect(aborts(() => set(a, 40_000, 1)).kind).toBe('write-write');
    txAbort();
    txBegin();
    expect(aborts(() => get(a, 60_000)).kind).toBe('write-read');
    txAbort();
    switchTo(h[1]);
    expect(get(a, 3)).toBe(-3);
    set(a, 90_000, -9); // cards of a wholly locked object: no new lock, the undo log has it all
    expect(txCommit()).toBe(true);
    const v = mem[G_CLOCK];
    expect(card(a, 40_000)).toBe(v);
    expect(mem[a + HDR_STM]).toBe(v);
    switchTo(h[2]);
    expect(atomically(() => [get(a, 3), get(a, 80_000), get(a, 90_000)])).toEqual([-3, -1, -9]);
    // 3. an older whole writer kills a younger card writer
    switchTo(h[2]);
    txBegin();
    set(a, 10, 1);
    switchTo(h[1]);
    txBegin();
    writeBarrier(a);
    expect(untagInt(mem[a + 2 + 10])).toBe(10);
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    expect(txCommit()).toBe(false);
  });

  it('an abort restores the cards and republishes them with a fresh version', () => {
    const a = arr();
    switchTo(h[2]);
    txBegin();
    expect(get(a, 20_000)).toBe(20_000); // an earlier reader of the card
    switchTo(h[1]);
    txBegin();
    set(a, 20_001, -1);
    set(a, 90_000, -2);
    set(a, 90_001, -3);
    expect(txLogSizes().cardLocks).toBe(2);
    expect(txLogSizes().undoWords).toBeLessThanOrEqual(2 * (3 + 32));
    const before = mem[G_CLOCK];
    txAbort();
    expect([untagInt(mem[a + 2 + 20_001]), untagInt(mem[a + 2 + 90_000]), untagInt(mem[a + 2 + 90_001])]).toEqual([20_001, 90_000, 90_001]);
    expect(card(a, 20_001)).toBe(before + 1);
    expect(card(a, 90_000)).toBe(before + 1);
    expect(txLogSizes().cardLocks).toBe(0);
    switchTo(h[2]);
    expect(txCommit()).toBe(false); // it might have seen the aborted write: the fresh version says so
  });

  it('young objects stored through card locks survive a minor collection inside the transaction', () => {
    const a = arr();
    switchTo(h[1]);
    txBegin();
    const young = allocate(T, 2, 2);
    mem[young + 2] = tagInt(4242);
    writeBarrierCard(a, 77_777);
    mem[a + 2 + 77_777] = young;
    collectAtSafePoint(); // minor collection inside the transaction: the locked card is a root
    const moved = mem[a + 2 + 77_777];
    expect(moved).not.toBe(young);
    expect(isOld(moved)).toBe(true);
    expect(untagInt(mem[moved + 2])).toBe(4242);
    const young2 = allocate(T, 2, 2); // the same card again after the collection
    mem[young2 + 2] = tagInt(4343);
    writeBarrierCard(a, 77_778);
    mem[a + 2 + 77_778] = young2;
    expect(txCommit()).toBe(true); // the commit's minor collection scans the card again
    expect(isOld(mem[a + 2 + 77_778])).toBe(true);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    switchTo(h[2]);
    expect(atomically(() => { readBarrierCard(a, 77_778); return untagInt(mem[mem[a + 2 + 77_778] + 2]); })).toBe(4343);
    // and an abort after a collection inside the transaction restores the card
    switchTo(h[1]);
    txBegin();
    writeBarrierCard(a, 5);
    mem[a + 2 + 5] = allocate(T, 2, 2);
    collectAtSafePoint();
    txAbort();
    expect(mem[a + 2 + 5]).toBe(tagInt(5));
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('major collections: cards of a freed large object are zeroed, renormalization resets card versions', () => {
    const a = arr();
    switchTo(h[1]);
    atomically(() => set(a, 1000, -1));
    expect(card(a, 1000)).toBeGreaterThan(0);
    // a second large object, written and dropped: its cards are zero again when it is freed
    let b = 0;
    atomically(() => {
      b = allocateOld(T, 10_000, 31);
    });
    const bRoot = addRoot(b);
    atomically(() => set(b, 9_000, 1));
    expect(card(b, 9_000)).toBeGreaterThan(0);
    removeRoot(bRoot);
    collectAllHandles();
    expect(card(b, 9_000)).toBe(0);
    expect(card(a, 1000)).toBeGreaterThan(0); // live: versions kept
    // renormalization: the clock near the lock values, a card commit, then a major collection
    mem[G_CLOCK] = VERSION_RENORMALIZE_AT + 5;
    atomically(() => set(a, 2000, -2));
    expect(card(a, 2000)).toBe(VERSION_RENORMALIZE_AT + 6);
    collectAllHandles();
    expect(mem[G_CLOCK]).toBe(0);
    expect(card(a, 2000)).toBe(0);
    expect(card(a, 1000)).toBe(0);
    switchTo(h[2]);
    expect(atomically(() => [get(a, 1000), get(a, 2000)])).toEqual([-1, -2]);
    atomically(() => set(a, 2000, -3));
    expect(card(a, 2000)).toBe(1);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('an inevitable transaction leaves card locks it did not read; touching one takes it back; new card locks wait for it', () => {
    const a = arr();
    switchTo(h[1]);
    txBegin();
    set(a, 30_000, -1);
    switchTo(h[2]);
    txBegin();
    expect(get(a, 60_000)).toBe(60_000); // another card
    becomeInevitable(); // h1's card lock is not in h2's read set: h1 keeps it
    expect(isInevitable()).toBe(true);
    expect(card(a, 30_000)).toBe(LOCK_BASE + 1);
    set(a, 30_001, -2); // the same card: h1 is asked to abort (a handle: rolled back at once)
    expect(card(a, 30_000)).toBe(LOCK_BASE + 2);
    switchTo(h[3]);
    txBegin();
    expect(aborts(() => set(a, 90_000, 1)).kind).toBe('inevitable'); // no new locks meanwhile
    txAbort();
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    expect(txCommit()).toBe(false);
    switchTo(h[3]);
    expect(atomically(() => [get(a, 30_000), get(a, 30_001)])).toEqual([30_000, -2]);
  });

  it('becoming inevitable with a card read that another worker locked since aborts itself', () => {
    const a = arr();
    switchTo(h[2]);
    txBegin();
    expect(get(a, 30_000)).toBe(30_000);
    switchTo(h[1]);
    txBegin();
    set(a, 30_002, -5); // h1 locks the card h2 read
    switchTo(h[2]);
    const e = aborts(() => becomeInevitable());
    expect([e.kind, e.other]).toEqual(['write-read', 1]);
    txAbort();
    expect(card(a, 30_000)).toBe(LOCK_BASE + 1);
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    expect(atomically(() => get(a, 30_002))).toBe(-5);
  });

  it('range barriers touch only the cards of the range', () => {
    const a = arr();
    switchTo(h[1]);
    txBegin();
    writeBarrierRange(a, 1000, 1100); // cards of words 1002..1101 of the object: 4 cards
    expect(txLogSizes().cardLocks).toBe(4);
    for (let i = 1000; i < 1100; i++) mem[a + 2 + i] = tagInt(-i);
    switchTo(h[2]);
    txBegin();
    readBarrierRange(a, 2000, 3000);
    expect(txLogSizes().cardReads).toBe(32);
    expect(aborts(() => readBarrierRange(a, 900, 1000)).kind).toBe('write-read'); // the shared card (words 994..1025)
    txAbort();
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    expect(atomically(() => get(a, 1099))).toBe(-1099);
  });
});
