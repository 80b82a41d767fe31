// sum()'s run of tagged ints over an exact list or tuple (builtins_module.ts sum), read straight
// from the items vector in calls of at most 4 Ki items. V8 optimizes a function at a call and
// on-stack replacement is off (interp/osr_off.ts): sum's own loop over a list of millions ran
// unoptimized from end to end (sum(list(range(2_000_000))) 178 ms against python3's 16). No
// Python code runs meanwhile, so the list cannot change between the chunks' length reads.
// Barriers as listExtend's bulk copy (objects/list_core.ts): the list read-barriered for its
// length and vector, a large vector's cards read per range.
import { mem } from '../../stmgc/heap';
import { LI_ITEMS, listLenBounded, itemsRead } from '../objects/list_core';
import { TU_ITEMS, tupleLen } from '../objects/tuple_core';
import { LOOP_CHUNK } from '../interp/osr_off';

const MAX_SAFE_SUM = 9007199254740991;

/** Where sumTaggedRun (and sumChunk) stopped: the index of the first item not summed. */
export let sumStoppedAt = 0;

/** acc plus seq's items from index i on, while they are tagged ints and the sum stays within
 *  2^53; sumStoppedAt is then the index of the first item left (the length when all were summed). */
export function sumTaggedRun(seq: number, isTuple: boolean, i: number, acc: number): number {
  for (;;) {
    const n = isTuple ? tupleLen(seq) : listLenBounded(seq);
    if (i >= n) break;
    const end = Math.min(n, i + LOOP_CHUNK);
    let base: number;
    if (isTuple) base = seq + TU_ITEMS;
    else {
      const a = mem[seq + LI_ITEMS];
      itemsRead(a, i, end);
      base = a + 2;
    }
    acc = sumChunk(base, i, end, acc);
    i = sumStoppedAt;
    if (i < end) break;
  }
  sumStoppedAt = i;
  return acc;
}

function sumChunk(base: number, i: number, end: number, acc: number): number {
  const m = mem;
  for (; i < end; i++) {
    const x = m[base + i];
    if ((x & 1) === 0) break;
    const r = acc + (x >> 1);
    if (r > MAX_SAFE_SUM || r < -MAX_SAFE_SUM) break;
    acc = r;
  }
  sumStoppedAt = i;
  return acc;
}
