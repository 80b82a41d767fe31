// bench/micro/stmgc_commit_kernel.ts: begin + k read-writes + commit over a heap with `rootSlots` root
// slots (the VM default is 16384), for stmgc_commit_compare.mjs. Relative imports only, so the
// same file can be bundled against an older stmgc/ tree.
import { attachHeap, createHeap, mem } from '../../stmgc/heap';
import { allocate } from '../../stmgc/alloc';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { addRoot, getRoot } from '../../stmgc/roots';
import { tagInt } from '../../stmgc/layout';
import { txAbort, txBegin, txCommit } from '../../stmgc/txn';
let refs: number[] = [];
export function setup(rootSlots: number, nRoots: number): void {
  attachHeap(createHeap({ heapBytes: 256 << 20, maxWorkers: 1, rootSlots }), 0);
  txBegin();
  const slots: number[] = [];
  for (let i = 0; i < 100; i++) { const r = allocate(16, 6, 2); mem[r + 3] = tagInt(i); slots.push(addRoot(r)); }
  for (let i = 100; i < nRoots; i++) addRoot(tagInt(i));
  txCommit();
  refs = slots.map(getRoot);
}
export function commitCost(k: number, reps: number, abort: boolean): number {
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < reps; r++) {
    txBegin();
    for (let i = 0; i < k; i++) { const o = refs[i]; readBarrier(o); writeBarrier(o); mem[o + 3] += 2; }
    if (abort) txAbort(); else txCommit();
  }
  return Number(process.hrtime.bigint() - t0) / reps / 1000;
}
