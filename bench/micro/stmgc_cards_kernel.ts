// bench/micro/stmgc_cards_kernel.ts: what card-granular barriers cost (STM build, one worker),
// measured by stmgc_cards.mjs on one large array of `n` tagged words, committed before measuring:
// an element walk with readBarrierCard / writeBarrierCard hits inside a transaction (cards already
// read / locked) against the same walk with plain accesses, and the first pass (the slow paths:
// card read-set records; card CAS locks + 32-word undo backups), per element.
import { attachHeap, createHeap, mem } from '../../stmgc/heap';
import { allocateOld } from '../../stmgc/alloc';
import { readBarrier, readBarrierCard, writeBarrierCard } from '../../stmgc/barriers';
import { addRoot, getRoot } from '../../stmgc/roots';
import { tagInt } from '../../stmgc/layout';
import { txAbort, txBegin, txCommit } from '../../stmgc/txn';

let arr = 0;
let n = 0;

export function setup(words: number): void {
  attachHeap(createHeap({ heapBytes: 256 << 20, maxWorkers: 1, rootSlots: 64 }), 0);
  txBegin();
  const a = allocateOld(16, words, 31);
  for (let i = 0; i < words; i++) mem[a + 2 + i] = tagInt(i);
  const slot = addRoot(a);
  txCommit();
  arr = getRoot(slot);
  n = words;
}

function readPlain(): number {
  let s = 0;
  for (let i = 0; i < n; i++) s += mem[arr + 2 + i] >> 1;
  return s;
}
function readCard(): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    readBarrierCard(arr, i);
    s += mem[arr + 2 + i] >> 1;
  }
  return s;
}
function rwPlain(): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    const v = mem[arr + 2 + i];
    s += v >> 1;
    mem[arr + 2 + i] = v + 2;
  }
  return s;
}
function rwCard(): number {
  let s = 0;
  for (let i = 0; i < n; i++) {
    readBarrierCard(arr, i);
    const v = mem[arr + 2 + i];
    s += v >> 1;
    writeBarrierCard(arr, i);
    mem[arr + 2 + i] = v + 2;
  }
  return s;
}

/** ns per element, inside one transaction each. */
export function measure(reps: number): Record<string, number> {
  const t = (f: () => number, k: number): number => {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < k; i++) f();
    return Number(process.hrtime.bigint() - t0) / k / n;
  };
  const out: Record<string, number> = {};
  txBegin();
  out.firstRead = t(readCard, 1);
  out.readHit = t(readCard, reps);
  out.plainRead = t(readPlain, reps);
  out.firstWrite = t(rwCard, 1);
  out.rwHit = t(rwCard, reps);
  out.plainRw = t(rwPlain, reps);
  txAbort();
  txBegin();
  const t0 = process.hrtime.bigint();
  readBarrier(arr); // a whole read: every card recorded
  out.wholeRead = Number(process.hrtime.bigint() - t0) / n;
  txCommit();
  return out;
}
