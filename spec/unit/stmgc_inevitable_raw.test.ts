// What the VM's barrier-free (raw) heap accesses inside an inevitable transaction rely on, now that
// becoming inevitable leaves the other lock holders alone (stmgc/txn_inevitable.ts; the audit table
// in stmgc/NOTES.md "Inevitable"), one script per class of raw access, with handles (one JS
// thread, each interleaving written out):
//   (a) objects no transaction ever locks (the scheduler anchor, the live-thread array, lock
//       objects' waiter words: their state is in a separate cell) and thread states of threads
//       that do not run: raw writes to them survive every holder's commit or rollback;
//   (b) an object a holder keeps must be barriered before a raw access: the barrier takes it back
//       (the holder is rolled back first), and what the inevitable transaction writes afterwards
//       survives; without the barrier the raw write is undone by the holder's rollback (shown);
//   (c) a running thread's state (locked by the transaction that runs it) is only read raw, and
//       only in words fixed when the thread starts (ident, flags such as TF_MAIN).
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import {
  FIRST_VM_TYPE, HDR_STM, LOCK_BASE, TxAborted, addRoot, allocate, becomeInevitable, getRoot, isInevitable,
  loadField, mem, readBarrier, readTxStats, storeField, switchTo, tagInt, txAbort, txBegin, txCommit, untagInt,
  verifyHeap, writeBarrier, type TxHandle,
} from '../../stmgc/index';

const T = FIRST_VM_TYPE;
let h: TxHandle[] = [];
let roots: number[] = [];
// A thread state's words as vm/interp/thread.ts lays them out (payload word i = mem[ts + 2 + i]).
const FRAME = 0, IDENT = 4, STATUS = 5, FLAGS = 6, QNEXT = 7;

beforeEach(() => {
  h = freshHandles();
  roots = [];
  txBegin();
  for (let i = 0; i < 6; i++) {
    const o = allocate(T, 8, 8);
    for (let f = 0; f < 8; f++) mem[o + 2 + f] = tagInt(10 * i + f);
    roots.push(addRoot(o));
  }
  expect(txCommit()).toBe(true);
});
const obj = (i: number): number => getRoot(roots[i]);
const raw = (o: number, f: number): number => untagInt(mem[o + 2 + f]);
const setRaw = (o: number, f: number, v: number): void => { mem[o + 2 + f] = tagInt(v); };
const locked = (o: number): boolean => mem[o + HDR_STM] >= LOCK_BASE;

describe('stmgc: raw accesses of an inevitable transaction while other workers hold locks', () => {
  it('(a) scheduler metadata and non-running threads\' states: raw writes survive a holder\'s rollback', () => {
    const [tsRun, frame, cell, tsIdle, anchor, lockObj] = [obj(0), obj(1), obj(2), obj(3), obj(4), obj(5)];
    switchTo(h[1]); // worker 1 runs a thread: beginTx barriers its state and frame, the loop writes them raw
    txBegin();
    writeBarrier(tsRun);
    writeBarrier(frame);
    setRaw(tsRun, FRAME, 111);
    setRaw(frame, 0, 112);
    storeField(cell, 0, tagInt(1)); // it acquires a lock: the state cell, not the lock object
    switchTo(h[2]);
    txBegin();
    becomeInevitable(); // (a thread start, a wait, a wake-up): worker 1 keeps its locks
    expect(isInevitable()).toBe(true);
    expect([locked(tsRun), locked(frame), locked(cell)]).toEqual([true, true, true]);
    // the scheduler's raw writes: another thread's state (queued or blocked: nobody runs it),
    // the anchor's run queue, the lock object's waiter list
    expect([locked(tsIdle), locked(anchor), locked(lockObj)]).toEqual([false, false, false]);
    setRaw(tsIdle, STATUS, 1);
    setRaw(tsIdle, QNEXT, 7);
    setRaw(anchor, 0, tsIdle & 0xffff);
    setRaw(lockObj, 4, 99);
    switchTo(h[1]);
    txAbort(); // worker 1's attempt fails (a conflict, a forced abort): its rollback restores what it locked
    expect([raw(tsRun, FRAME), raw(frame, 0), raw(cell, 0)]).toEqual([0, 10, 20]);
    expect([raw(tsIdle, STATUS), raw(tsIdle, QNEXT), raw(anchor, 0), raw(lockObj, 4)]).toEqual([1, 7, tsIdle & 0xffff, 99]);
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
    expect([raw(tsIdle, STATUS), raw(tsIdle, QNEXT), raw(lockObj, 4)]).toEqual([1, 7, 99]);
    expect(readTxStats(1).totalAborts).toBe(1);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('(a) the same when the holder commits: both keep their writes, neither aborts', () => {
    const [tsRun, cell, tsIdle] = [obj(0), obj(2), obj(3)];
    switchTo(h[1]);
    txBegin();
    writeBarrier(tsRun);
    setRaw(tsRun, FRAME, 5);
    storeField(cell, 0, tagInt(1));
    switchTo(h[2]);
    txBegin();
    becomeInevitable();
    setRaw(tsIdle, FLAGS, 8);
    switchTo(h[1]);
    expect(txCommit()).toBe(true); // what it holds it had locked before the token
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
    expect([raw(tsRun, FRAME), raw(cell, 0), raw(tsIdle, FLAGS)]).toEqual([5, 1, 8]);
    expect(readTxStats(1).totalAborts + readTxStats(2).totalAborts).toBe(0);
  });

  it('(b) a held object is barriered first: the barrier rolls the holder back, then raw accesses are exact', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    storeField(x, 0, tagInt(5)); // in place, undo log: 0
    switchTo(h[2]);
    txBegin();
    becomeInevitable();
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 1);
    writeBarrier(x); // inevitable wins: worker 1 is rolled back before this returns
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 2);
    expect(raw(x, 0)).toBe(0); // a raw read now sees the committed value
    setRaw(x, 0, 9); // and a raw write is ours: nobody's rollback will put a backup over it
    switchTo(h[1]);
    expect(() => loadField(x, 1)).toThrow(TxAborted);
    txAbort();
    expect(raw(x, 0)).toBe(9);
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    txBegin();
    expect(untagInt(loadField(x, 0))).toBe(9);
    expect(txCommit()).toBe(true);
    expect(readTxStats(1).aborts['write-write']).toBe(1);
  });

  it('(b) a read barrier takes it back as well (the holder\'s rollback comes before the inevitable read)', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    storeField(x, 2, tagInt(-1));
    switchTo(h[2]);
    txBegin();
    becomeInevitable();
    readBarrier(x);
    expect(locked(x)).toBe(false);
    expect(raw(x, 2)).toBe(2);
    switchTo(h[1]);
    expect(aborts(() => loadField(x, 0)).kind).toBe('write-read');
    txAbort();
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
  });

  it('(b) why: a raw write to an object a holder keeps, without the barrier, is undone by the holder\'s rollback', () => {
    // (the hazard every row of the audit table rules out: no VM raw write targets such an object)
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    storeField(x, 0, tagInt(5));
    switchTo(h[2]);
    txBegin();
    becomeInevitable();
    expect(raw(x, 0)).toBe(5); // a raw read sees the holder's uncommitted value
    setRaw(x, 1, 9);
    switchTo(h[1]);
    txAbort();
    expect([raw(x, 0), raw(x, 1)]).toEqual([0, 1]); // the holder's backup went over the raw write
    switchTo(h[2]);
    expect(txCommit()).toBe(true);
  });

  it('(c) a running thread\'s state: only words fixed at its start are read raw, and they read the same', () => {
    const tsRun = obj(0);
    switchTo(h[1]);
    txBegin();
    writeBarrier(tsRun); // beginTx: worker 1 runs this thread
    setRaw(tsRun, FRAME, 77); // its loop writes frame, exception, depth in place
    switchTo(h[2]);
    txBegin();
    becomeInevitable();
    expect(raw(tsRun, IDENT)).toBe(4); // the ident (and TF_MAIN, the name) never change after the start
    expect(locked(tsRun)).toBe(true); // left alone: it is not ours to take back
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    expect(readTxStats(1).totalAborts).toBe(0);
  });
});
