// Deterministic STM scripts (stmgc's c8/test style): several worker slots driven from this one
// JS thread through handles (stmgc/txn_handles.ts), so each interleaving is written out step by
// step: t1 reads x, t2 writes x and commits, t1 must revalidate or abort; write-write (older
// wins); an inevitable transaction against a writer; abort with nursery objects; commit with a
// minor collection; a minor collection inside a long transaction; a major collection between
// transactions; a big array written through card-granular barriers; conflict log and counters.
import { beforeEach, describe, expect, it } from 'vitest';
import { aborts, freshHandles } from '../helpers/stm_handles';
import {
  FIRST_VM_TYPE, G_CLOCK, HDR_STM, LOCK_BASE, LOCK_CLEAN, VERSION_RENORMALIZE_AT, TxAborted, addRoot, allocate, allocateOld,
  atomically, becomeInevitable, clearConflictLog, collectAllHandles, collectAtSafePoint,
  conflictLog, formatConflict, formatTxStats, getRoot, inTransaction, isInevitable, isOld, loadField, mem,
  readBarrier, readTxStats, setLocationResolver, setTxConfig, setTxLocation, storeField, switchTo, tagInt,
  txAbort, txBegin, txCommit, txLogSizes, txValidate, untagInt, verifyHeap, writeBarrier, writeBarrierCard,
  type TxHandle,
} from '../../stmgc/index';
import { nurseryUsedWords } from '../../stmgc/alloc';

const T = FIRST_VM_TYPE;
let h: TxHandle[] = [];
let roots: number[] = [];

/** Fresh heap, handles for slots 0..3, and `n` shared objects (3 int fields + 1 ref field) committed by t0. */
function setup(n = 4): void {
  h = freshHandles();
  roots = [];
  txBegin();
  for (let i = 0; i < n; i++) {
    const o = allocate(T, 4, 4);
    for (let f = 0; f < 3; f++) mem[o + 2 + f] = tagInt(100 * i + f);
    roots.push(addRoot(o));
  }
  expect(txCommit()).toBe(true);
  clearConflictLog();
}
const obj = (i: number): number => getRoot(roots[i]);
const rd = (o: number, f: number): number => untagInt(loadField(o, f));
const wr = (o: number, f: number, v: number): void => storeField(o, f, tagInt(v));

beforeEach(() => {
  setup();
});

describe('stmgc transactions (scripted with handles)', () => {
  it('objects committed by a transaction are old, carry the commit version, and are unlocked', () => {
    const x = obj(0);
    expect(isOld(x)).toBe(true);
    const v = mem[G_CLOCK];
    expect(v).toBe(0); // the first commit only allocated: read-only for the clock
    switchTo(h[1]);
    txBegin();
    wr(x, 0, 7);
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 1);
    expect(txCommit()).toBe(true);
    expect(mem[G_CLOCK]).toBe(1);
    expect(mem[x + HDR_STM]).toBe(1);
    expect(readTxStats(1).commits).toBe(1);
    txBegin(); // read-only commits leave the clock alone
    expect(rd(x, 0)).toBe(7);
    expect(txCommit()).toBe(true);
    expect(mem[G_CLOCK]).toBe(1);
    expect(readTxStats(1).readOnlyCommits).toBe(1);
  });

  it('t1 reads x, t2 writes x and commits: t1 cannot read x again, and cannot commit', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    expect(rd(x, 0)).toBe(0);
    switchTo(h[2]);
    txBegin();
    wr(x, 0, 42);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    const e = aborts(() => rd(x, 1)); // newer version: revalidation finds x changed
    expect(e.kind).toBe('write-read');
    expect(e.ref).toBe(x);
    expect(inTransaction()).toBe(true); // doomed: the VM calls txAbort at its top level
    expect(txCommit()).toBe(false);
    expect(inTransaction()).toBe(false);
    txBegin();
    expect(rd(x, 0)).toBe(42);
    expect(txCommit()).toBe(true);
    const log = conflictLog();
    expect(log.map((r) => [r.kind, r.ref, r.worker])).toEqual([['write-read', x, 1]]);
  });

  it('a read-only transaction whose read was overwritten fails at commit (validation)', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    rd(x, 0);
    switchTo(h[2]);
    txBegin();
    wr(x, 0, 1);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    expect(txCommit()).toBe(false);
    expect(readTxStats(1).aborts['write-read']).toBe(1);
  });

  it('a newer version of an object not read before extends the snapshot (no abort)', () => {
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[1]);
    txBegin();
    expect(rd(x, 0)).toBe(0);
    const snap0 = txLogSizes().snapshot;
    switchTo(h[2]);
    txBegin();
    wr(y, 0, 9);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    expect(rd(y, 0)).toBe(9);
    expect(txLogSizes().snapshot).toBe(snap0 + 1);
    wr(x, 1, 5);
    expect(txCommit()).toBe(true);
    expect(untagInt(mem[x + 3])).toBe(5);
  });

  it('opacity: a transaction never sees half of another one (x old and y new)', () => {
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[1]);
    txBegin();
    expect(rd(x, 0)).toBe(0);
    switchTo(h[2]);
    txBegin();
    wr(x, 0, 1);
    wr(y, 0, 1);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    expect(() => rd(y, 0)).toThrow(TxAborted);
    txAbort();
  });

  it('write-write: the younger transaction gives way to the older lock holder', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin(); // older
    wr(x, 0, 11);
    switchTo(h[2]);
    txBegin();
    const e = aborts(() => wr(x, 0, 22));
    expect([e.kind, e.other]).toEqual(['write-write', 1]);
    txAbort();
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    expect(untagInt(mem[x + 2])).toBe(11);
  });

  it('write-write: the older transaction wins against a younger lock holder (rolled back at once)', () => {
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[1]);
    txBegin();
    switchTo(h[0]);
    txBegin(); // same start clock, lower slot: older than t1
    switchTo(h[1]);
    wr(y, 0, 55); // t1 locks y and x
    wr(x, 0, 66);
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 1);
    switchTo(h[0]);
    wr(x, 0, 77); // t0 is older: t1 is rolled back, its locks released, t0 takes x
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 0);
    expect(untagInt(mem[y + 2])).toBe(100); // t1's write to y undone
    switchTo(h[1]);
    const e = aborts(() => rd(y, 1)); // t1 finds out at its next access
    expect([e.kind, e.other]).toEqual(['write-write', 0]);
    expect(txCommit()).toBe(false);
    switchTo(h[0]);
    expect(txCommit()).toBe(true);
    expect(untagInt(mem[x + 2])).toBe(77);
    expect(untagInt(mem[y + 2])).toBe(100);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('an inevitable transaction takes back what it touches from lock holders and keeps new writers out until it ends', () => {
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[1]);
    txBegin();
    wr(x, 0, 1); // t1 holds x
    switchTo(h[2]);
    txBegin();
    expect(rd(y, 0)).toBe(100);
    becomeInevitable(); // t2 read nothing t1 holds: t1 keeps its lock
    expect(isInevitable()).toBe(true);
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 1);
    expect(rd(x, 0)).toBe(0); // but reading x takes it back: t1 is rolled back, x is as committed
    wr(y, 0, 2);
    switchTo(h[1]);
    expect(() => rd(x, 0)).toThrow(TxAborted);
    expect(txCommit()).toBe(false);
    txBegin();
    expect(rd(x, 0)).toBe(0); // reading goes on
    const e = aborts(() => wr(x, 1, 3)); // but no new lock while t2 is inevitable
    expect(e.kind).toBe('inevitable');
    txAbort();
    txBegin();
    expect(aborts(() => rd(y, 0)).kind).toBe('inevitable'); // y is locked by the inevitable one
    txAbort();
    switchTo(h[3]);
    txBegin();
    expect(aborts(() => becomeInevitable()).kind).toBe('inevitable'); // one at a time
    txAbort();
    switchTo(h[2]);
    expect(() => txAbort()).toThrow(/cannot abort/);
    expect(txCommit()).toBe(true);
    switchTo(h[1]);
    txBegin();
    wr(x, 1, 4);
    expect(rd(y, 0)).toBe(2);
    expect(txCommit()).toBe(true);
    expect(readTxStats(1).aborts.inevitable).toBe(2);
    expect(readTxStats(1).aborts['write-read']).toBe(1); // (the read of x by the inevitable one)
    expect(readTxStats(2).inevitable).toBe(1);
  });

  it('becoming inevitable leaves alone a lock holder whose objects it did not read: both commit', () => {
    // (a thread start or end on one worker used to kill the other worker's transaction, however
    // long: a sort with a key function, one builtin call, lost 0.3-1.8 s each time)
    const [x, y, z] = [obj(0), obj(1), obj(2)];
    switchTo(h[1]);
    txBegin();
    wr(x, 0, 1); // t1 holds x
    expect(rd(z, 0)).toBe(200);
    switchTo(h[2]);
    txBegin();
    expect(rd(y, 0)).toBe(100);
    expect(rd(z, 1)).toBe(201); // a read both have: no conflict
    becomeInevitable();
    wr(y, 1, 7);
    switchTo(h[1]);
    wr(x, 1, 2); // x is t1's already: writing it needs no new lock
    expect(rd(x, 0)).toBe(1);
    expect(txCommit()).toBe(true); // t1 read nothing t2 wrote
    switchTo(h[2]);
    expect(rd(x, 0)).toBe(1); // t1's commit is newer than t2's snapshot: the snapshot extends
    expect(txCommit()).toBe(true);
    expect([untagInt(mem[x + 2]), untagInt(mem[x + 3]), untagInt(mem[y + 3])]).toEqual([1, 2, 7]);
    expect(readTxStats(1).totalAborts).toBe(0);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('becoming inevitable with a read another transaction locked (or changed) since aborts itself, not the other', () => {
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[2]);
    txBegin();
    expect(rd(x, 0)).toBe(0);
    switchTo(h[1]);
    txBegin();
    wr(x, 0, 5); // t1 locks x after t2 read it
    switchTo(h[2]);
    const e = aborts(() => becomeInevitable()); // (killing t1 would not help: its rollback stamps x anew)
    expect([e.kind, e.other]).toEqual(['write-read', 1]);
    txAbort();
    expect(isInevitable()).toBe(false);
    switchTo(h[1]);
    wr(y, 0, 6); // the token was given back: t1 may lock more
    expect(txCommit()).toBe(true);
    switchTo(h[2]);
    txBegin();
    expect(rd(x, 0)).toBe(5);
    switchTo(h[1]);
    txBegin();
    wr(x, 0, 8);
    expect(txCommit()).toBe(true); // x changed since t2 read it
    switchTo(h[2]);
    expect(aborts(() => becomeInevitable()).kind).toBe('write-read');
    txAbort();
    txBegin();
    becomeInevitable();
    expect([rd(x, 0), rd(y, 0)]).toEqual([8, 6]);
    expect(txCommit()).toBe(true);
    expect(readTxStats(1).totalAborts).toBe(0);
  });

  it('abort: young objects vanish, old writes are undone, old-space objects are freed', () => {
    const x = obj(0);
    switchTo(h[1]);
    const before = [mem[x + 2], mem[x + 3], mem[x + 4], mem[x + 5]];
    txBegin();
    const kid = allocate(T, 2, 2);
    storeField(kid, 0, tagInt(5));
    const big = allocateOld(T, 10, 10);
    storeField(x, 3, kid);
    storeField(x, 2, big);
    wr(x, 0, 9);
    expect(nurseryUsedWords()).toBeGreaterThan(0);
    txAbort('test');
    expect([mem[x + 2], mem[x + 3], mem[x + 4], mem[x + 5]]).toEqual(before);
    expect(nurseryUsedWords()).toBe(0);
    expect(mem[kid]).toBe(0); // zeroed
    expect(mem[big] & 0x7ff).toBe(0); // a free cell again
    expect(mem[x + HDR_STM]).toBeLessThan(LOCK_BASE); // unlocked (with a fresh version)
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    expect(conflictLog()[0]).toMatchObject({ kind: 'other', reason: 'test', worker: 1 });
  });

  it('commit runs the minor collection: young objects reachable from written ones become old', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    let chain = 0;
    for (let i = 0; i < 100; i++) {
      const n = allocate(T, 2, 2);
      mem[n + 2] = chain;
      mem[n + 3] = tagInt(i);
      chain = n;
    }
    storeField(x, 3, chain);
    expect(txCommit()).toBe(true);
    expect(nurseryUsedWords()).toBe(0);
    const v = mem[G_CLOCK];
    expect(mem[x + HDR_STM]).toBe(v);
    switchTo(h[2]);
    txBegin();
    let n = loadField(x, 3);
    let count = 0;
    while (n !== 0) {
      expect(isOld(n)).toBe(true);
      expect(untagInt(loadField(n, 1))).toBe(99 - count);
      n = loadField(n, 0);
      count++;
    }
    expect(count).toBe(100);
    expect(txCommit()).toBe(true);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('a minor collection inside a long transaction keeps its locks and can still be undone', () => {
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[1]);
    for (const outcome of ['abort', 'commit']) {
      const before = [mem[x + 2], mem[x + 3], mem[x + 4], mem[x + 5]];
      txBegin();
      const a = allocate(T, 2, 2);
      storeField(a, 0, tagInt(1));
      storeField(x, 3, a);
      wr(x, 0, 500);
      collectAtSafePoint(); // mid-transaction
      expect(mem[x + HDR_STM]).toBe(LOCK_CLEAN + 1); // still ours, to be remembered again
      const a2 = mem[x + 5];
      expect(isOld(a2)).toBe(true);
      expect(untagInt(mem[a2 + 2])).toBe(1);
      const b = allocate(T, 2, 2); // a young object stored after the collection must be found
      storeField(b, 0, tagInt(2));
      storeField(x, 3, b);
      expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 1);
      storeField(a2, 1, tagInt(3)); // the copy is ours too (unreachable by others)
      switchTo(h[2]);
      txBegin();
      expect(aborts(() => rd(x, 0)).kind).toBe('write-read');
      txAbort();
      atomically(() => rd(y, 0)); // a commit: t2's next transaction is younger than t1's again
      switchTo(h[1]);
      if (outcome === 'abort') {
        txAbort();
        expect([mem[x + 2], mem[x + 3], mem[x + 4], mem[x + 5]]).toEqual(before);
      } else {
        expect(txCommit()).toBe(true);
        const b2 = mem[x + 5];
        expect(isOld(b2)).toBe(true);
        expect(untagInt(mem[b2 + 2])).toBe(2);
        expect(untagInt(mem[x + 2])).toBe(500);
      }
      expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    }
  });

  it('a major collection between transactions frees what they dropped and keeps what is reachable', () => {
    const x = obj(0);
    switchTo(h[1]);
    for (let i = 0; i < 50; i++) {
      atomically(() => {
        const n = allocate(T, 2, 2);
        storeField(n, 0, tagInt(i));
        storeField(x, 3, n); // each commit drops the previous one
      });
    }
    switchTo(h[2]);
    atomically(() => { storeField(obj(1), 3, allocate(T, 2, 2)); });
    const freed = collectAllHandles();
    expect(freed).toBeGreaterThanOrEqual(49);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    switchTo(h[3]);
    expect(atomically(() => untagInt(loadField(loadField(x, 3), 0)))).toBe(49);
    switchTo(h[1]);
    txBegin();
    expect(() => collectAllHandles()).toThrow(/in a transaction/);
    txAbort();
  });

  it('a big array written at two far-apart indices: the undo log saves one card each', () => {
    switchTo(h[0]);
    const words = 256 * 1024; // a 1 MB list storage
    atomically(() => {
      const a = allocateOld(T, words, 31);
      for (let i = 0; i < words; i += 1024) mem[a + 2 + i] = tagInt(i);
      storeField(obj(0), 3, a);
    });
    const a = loadFieldOutside(obj(0), 3);
    switchTo(h[1]);
    txBegin();
    writeBarrierCard(a, 10);
    mem[a + 2 + 10] = tagInt(-10);
    writeBarrierCard(a, 11); // same card: no second backup
    mem[a + 2 + 11] = tagInt(-11);
    expect(txLogSizes().undoWords).toBeLessThanOrEqual(3 + 32);
    switchTo(h[2]);
    txBegin();
    // conflicts on a large object are per card (stmgc_cards.test.ts): the same card conflicts,
    // a far index does not
    const e = aborts(() => writeBarrierCard(a, 12));
    expect(e.kind).toBe('write-write');
    txAbort();
    txBegin();
    writeBarrierCard(a, words - 100);
    txAbort();
    switchTo(h[1]);
    writeBarrierCard(a, words - 5);
    mem[a + 2 + words - 5] = tagInt(-1);
    expect(txLogSizes().undoWords).toBeLessThanOrEqual(2 * (3 + 32));
    txAbort();
    expect(untagInt(mem[a + 2 + 10])).toBe(0);
    expect(mem[a + 2 + 11]).toBe(0);
    expect(mem[a + 2 + words - 5]).toBe(0);
    txBegin(); // the whole-object barrier on a big object saves all of it (correct, costly)
    writeBarrier(a);
    expect(txLogSizes().undoWords).toBe(3 + words);
    expect(txLogSizes().cardLocks).toBe(Math.ceil((words + 2) / 32)); // and locks every card
    expect(txCommit()).toBe(true);
  });

  it('after repeated aborts a transaction escalates to inevitable and then cannot lose', () => {
    setTxConfig({ escalateAfter: 3 });
    const [x, y] = [obj(0), obj(1)];
    switchTo(h[1]);
    txBegin();
    txAbort('explicit aborts do not count');
    for (let i = 0; i < 3; i++) {
      switchTo(h[1]);
      txBegin();
      expect(isInevitable()).toBe(false);
      rd(y, 0);
      switchTo(h[2]);
      atomically(() => wr(y, 0, i)); // t1 loses a write-read conflict each time
      switchTo(h[1]);
      expect(txCommit()).toBe(false);
    }
    txBegin();
    expect(isInevitable()).toBe(true);
    wr(x, 0, 1);
    switchTo(h[0]);
    txBegin();
    expect(aborts(() => wr(x, 0, 2)).kind).toBe('inevitable');
    txAbort();
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    expect(readTxStats(1).escalations).toBe(1);
  });

  it('txValidate detects a view made stale by another commit (zombie check)', () => {
    const x = obj(0);
    switchTo(h[1]);
    txBegin();
    rd(x, 0);
    txValidate();
    switchTo(h[2]);
    atomically(() => wr(x, 0, 3));
    switchTo(h[1]);
    expect(() => txValidate()).toThrow(TxAborted);
    expect(txCommit()).toBe(false);
  });

  it('records conflicts with guest locations and counts aborts and time per kind', () => {
    setLocationResolver((id) => `prog.py:${id}`);
    const x = obj(0);
    switchTo(h[1]);
    setTxLocation(10);
    txBegin();
    wr(x, 0, 1);
    switchTo(h[2]);
    setTxLocation(20);
    txBegin();
    aborts(() => wr(x, 0, 2));
    txAbort();
    const [r] = conflictLog();
    expect(r).toMatchObject({ kind: 'write-write', ref: x, worker: 2, other: 1, location: 20, otherLocation: 10 });
    expect(formatConflict(r)).toMatch(/abort write-write on object \d+ against w1 .* at prog.py:20 \/ other side at prog.py:10/);
    const s = readTxStats(2);
    expect(s.aborts['write-write']).toBe(1);
    expect(s.abortedMs['write-write']).toBeGreaterThanOrEqual(0);
    switchTo(h[1]);
    expect(txCommit()).toBe(true);
    expect(formatTxStats()).toMatch(/worker 2: 1 transactions, 0 committed .* 1 aborted \(100.0%\)/);
    setLocationResolver(null);
  });

  it('the clock is renormalized by a major collection when it nears the lock values', () => {
    const x = obj(0);
    mem[G_CLOCK] = VERSION_RENORMALIZE_AT + 5;
    switchTo(h[1]);
    atomically(() => wr(x, 0, 1));
    expect(mem[x + HDR_STM]).toBe(VERSION_RENORMALIZE_AT + 6);
    collectAllHandles();
    expect(mem[G_CLOCK]).toBe(0);
    expect(mem[x + HDR_STM]).toBe(0);
    atomically(() => wr(x, 0, 2));
    expect(mem[x + HDR_STM]).toBe(1);
  });

  it('outside transactions the barriers behave as in issue 5 (no logs, version 0 after a collection)', () => {
    switchTo(h[1]);
    const x = obj(0);
    readBarrier(x);
    writeBarrier(x);
    mem[x + 2] = tagInt(3);
    expect(mem[x + HDR_STM]).toBe(LOCK_BASE + 1);
    expect(txLogSizes()).toMatchObject({ reads: 0, writes: 0, undoWords: 0 });
    collectAtSafePoint();
    expect(mem[x + HDR_STM]).toBe(0);
  });
});

function loadFieldOutside(o: number, f: number): number { return mem[o + 2 + f]; }
