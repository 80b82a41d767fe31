// A list's linear search for a tagged int (`x in L`, L.index(x)) over its items vector in calls of
// at most 4 Ki items. A tagged int equals another tagged int only when their words are equal, so
// those items are decided without richEq; any other item (True == 1, 1.0 == 1, an __eq__) is left
// to the caller. V8 optimizes a function at a call and on-stack replacement is off
// (interp/osr_off.ts): the one loop of a search over millions of items ran unoptimized
// throughout (`-1 in L` of 2 M items 123 ms, python3 24). Barriers as listExtend's bulk copy
// (objects/list_core.ts): the list read-barriered for its length and vector, a large vector's
// cards read per range; no Python code runs between the chunks.
import { mem } from '../../stmgc/heap';
import { LI_ITEMS, itemsRead, listItem, listLen, listLenBounded } from './list_core';
import { richEq } from '../runtime/protocol';
import { LOOP_CHUNK } from '../interp/osr_off';


/**
 * The index of the first item of list l in [i, stop) that is the tagged int v, as a number >= 0;
 * or -(j + 1), j the index of the first item that is not a tagged int (stop, or the length if
 * smaller, when there is none): the caller decides that one and searches on from j + 1.
 */
export function findTaggedInt(l: number, v: number, i: number, stop: number): number {
  for (;;) {
    const n = Math.min(stop, listLenBounded(l));
    if (i >= n) return -(i + 1);
    const end = Math.min(n, i + LOOP_CHUNK);
    const a = mem[l + LI_ITEMS];
    itemsRead(a, i, end);
    const r = scanChunk(a + 2, v, i, end);
    if (r < end) return (mem[a + 2 + r] === v ? r : -(r + 1));
    i = end;
  }
}

/** The index of the first word in [i, end) that is v or not a tagged int; end when none is. */
function scanChunk(base: number, v: number, i: number, end: number): number {
  const m = mem;
  for (; i < end; i++) {
    const x = m[base + i];
    if (x === v || (x & 1) === 0) return i;
  }
  return end;
}

/** The index of the first item of list l in [start, stop) equal to the tagged int v (other
 *  tagged ints skipped by findTaggedInt, anything else compared by richEq, which may run an
 *  __eq__ that changes the list: the length is read again after it), or -1. */
export function indexOfTaggedInt(l: number, v: number, start: number, stop: number): number {
  for (let i = start; ;) {
    const r = findTaggedInt(l, v, i, stop);
    if (r >= 0) return r;
    i = -r - 1;
    if (i >= Math.min(stop, listLen(l))) return -1;
    if (richEq(listItem(l, i), v)) return i;
    i++;
  }
}
