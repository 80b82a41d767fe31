// bench/micro/stmgc_txn_kernel.ts: the transaction costs measured by stmgc_txn.mjs (STM build):
// barrier hits inside a transaction (read markers set, objects locked), first-access slow paths
// (read-set record; lock + undo backup), and begin+commit / begin+abort with 0, 10 or 1000 writes.
// The objects are a shuffled list of old 6-word objects [next, value, 4 raw words], as in
// stmgc_barriers_kernel.ts, committed before measuring (version <= every snapshot).
import { attachHeap, createHeap, mem } from '../../stmgc/heap';
import { allocate } from '../../stmgc/alloc';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { addRoot, getRoot } from '../../stmgc/roots';
import { tagInt } from '../../stmgc/layout';
import { txAbort, txBegin, txCommit } from '../../stmgc/txn';

let head = 0;
let refs: number[] = [];

export function setup(n: number, seed: number): void {
  attachHeap(createHeap({ heapBytes: 256 << 20, maxWorkers: 1, rootSlots: 64 }), 0);
  txBegin();
  const young: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = allocate(16, 6, 2);
    mem[r + 3] = tagInt(i);
    young.push(r);
  }
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    const t = young[i]; young[i] = young[j]; young[j] = t;
  }
  for (let i = 0; i + 1 < n; i++) mem[young[i] + 2] = young[i + 1];
  const slot = addRoot(young[0]);
  txCommit(); // the minor collection makes them old, version 0
  head = getRoot(slot);
  refs = [];
  for (let o = head; o !== 0; o = mem[o + 2]) refs.push(o);
}

export function walkReadPlain(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) sum += mem[o + 3] >> 1;
  return sum;
}
export function walkReadBarriers(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    readBarrier(o);
    sum += mem[o + 3] >> 1;
  }
  return sum;
}
export function walkRwPlain(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    const v = mem[o + 3];
    sum += v >> 1;
    mem[o + 3] = v + 2;
  }
  return sum;
}
export function walkRwBarriers(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    readBarrier(o);
    const v = mem[o + 3];
    sum += v >> 1;
    writeBarrier(o);
    mem[o + 3] = v + 2;
  }
  return sum;
}

/** Inside one open transaction: ns per object of a read walk / read-write walk whose first pass
 *  (slow paths) is excluded, and of the first pass itself. */
export function inTransaction(reps: number): { readHit: number; rwHit: number; firstRead: number; firstWrite: number; plainRead: number; plainRw: number } {
  const n = refs.length;
  const t = (f: () => number, k: number): number => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < k; i++) f();
    return Number(process.hrtime.bigint() - t0) / k / n;
  };
  txBegin();
  const firstRead = t(walkReadBarriers, 1);
  const readHit = t(walkReadBarriers, reps);
  const plainRead = t(walkReadPlain, reps);
  const firstWrite = t(walkRwBarriers, 1);
  const rwHit = t(walkRwBarriers, reps);
  const plainRw = t(walkRwPlain, reps);
  txAbort();
  return { readHit, rwHit, firstRead, firstWrite, plainRead, plainRw };
}

/** µs per begin + k writes (+ k reads) + commit (or abort). */
export function commitCost(k: number, reps: number, abort: boolean): number {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) {
    txBegin();
    for (let i = 0; i < k; i++) {
      const o = refs[i];
      readBarrier(o);
      writeBarrier(o);
      mem[o + 3] += 2;
    }
    if (abort) txAbort(); else txCommit();
  }
  return Number(process.hrtime.bigint() - t0) / reps / 1000;
}
