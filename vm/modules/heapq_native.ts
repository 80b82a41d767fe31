// The native module `_heapq` (CPython's Modules/_heapqmodule.c, 3.11): heappush, heappop,
// heapreplace, heappushpop, heapify and the max-heap helpers, with the C code's sift order (so
// the lists come out item for item as CPython's), its checks ("list changed size during
// iteration" when a comparison resized the heap) and messages. lib/heapq.py takes them with
// `from _heapq import *` as CPython's heapq.py does. Items are read and written through the
// list's barriers (listItem / listSetItem / listAppend / listTruncate), re-read after every
// comparison (which may run Python code), and a call whose comparisons run no Python code is
// one atomic step, as in CPython.
import { K, T } from '../runtime/types';
import { raise, typeError } from '../runtime/errors';
import { softConstError } from '../runtime/soft_raise';
import { CMP_LT, richCompareBool, tname } from '../runtime/protocol';
import { defineBuiltin, exactArgs, noKeywords } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { isList, listAppend, listItem, listLen, listSetItem, listTruncate } from '../objects/list_core';
import { intern } from '../objects/str_core';

type Less = (a: number, b: number) => boolean;
const lessMin: Less = (a, b) => richCompareBool(a, b, CMP_LT);
const lessMax: Less = (a, b) => richCompareBool(b, a, CMP_LT);

function changedSize(): never {
  return raise(T.RuntimeError, 'list changed size during iteration');
}

/** siftdown: moves heap[pos] up towards startpos while it is less than its parent. */
function siftdown(heap: number, startpos: number, pos: number, less: Less): void {
  const size = listLen(heap);
  if (pos >= size) raise(T.IndexError, 'index out of range');
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const smaller = less(listItem(heap, pos), listItem(heap, parentpos));
    if (size !== listLen(heap)) changedSize();
    if (!smaller) break;
    const parent = listItem(heap, parentpos);
    listSetItem(heap, parentpos, listItem(heap, pos));
    listSetItem(heap, pos, parent);
    pos = parentpos;
  }
}

/** siftup: moves the smaller child up until a leaf, then sifts the item there back down. */
function siftup(heap: number, pos: number, less: Less): void {
  const endpos = listLen(heap);
  const startpos = pos;
  if (pos >= endpos) raise(T.IndexError, 'index out of range');
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      if (!less(listItem(heap, childpos), listItem(heap, childpos + 1))) childpos++;
      if (endpos !== listLen(heap)) changedSize();
    }
    const child = listItem(heap, childpos);
    listSetItem(heap, childpos, listItem(heap, pos));
    listSetItem(heap, pos, child);
    pos = childpos;
  }
  siftdown(heap, startpos, pos, less);
}

function listArg(fname: string, which: string, v: number): number {
  if (!isList(v)) typeError(`${fname}() ${which} must be list, not ${v === K.None ? 'None' : tname(v)}`);
  return v;
}

/** The builtin's result: an empty heap's IndexError soft-raised (runtime/soft_raise.ts: a JS
 *  throw cost ~5 µs a miss). */
function heappop(heap: number, less: Less): number {
  let n = listLen(heap);
  if (n === 0) return softConstError(T.IndexError, 'index out of range');
  const last = listItem(heap, n - 1);
  listTruncate(heap, n - 1);
  n--;
  if (n === 0) return last;
  const top = listItem(heap, 0);
  listSetItem(heap, 0, last);
  siftup(heap, 0, less);
  return top;
}

function heapreplace(heap: number, item: number, less: Less): number {
  if (listLen(heap) === 0) raise(T.IndexError, 'index out of range');
  const top = listItem(heap, 0);
  listSetItem(heap, 0, item);
  siftup(heap, 0, less);
  return top;
}

/** The top bit of n (keep_top_bit). */
function topBit(n: number): number {
  let i = 0;
  while (n > 1) { n = Math.floor(n / 2); i++; }
  return n * 2 ** i;
}

function heapify(heap: number, less: Less): void {
  const n = listLen(heap);
  if (n <= 2500) {
    for (let i = (n >> 1) - 1; i >= 0; i--) siftup(heap, i, less);
    return;
  }
  // cache_friendly_heapify: the same siftups in another order (and so the same list as CPython's)
  const m = n >> 1;
  const leftmost = topBit(m + 1) - 1;
  const mhalf = m >> 1;
  const run = (from: number, to: number): void => {
    for (let i = from; i >= to; i--) {
      let j = i;
      for (;;) {
        siftup(heap, j, less);
        if ((j & 1) === 0) break;
        j >>= 1;
      }
    }
  };
  run(leftmost - 1, mhalf);
  run(m - 1, leftmost);
}

export function makeHeapqModule(): number {
  const m = newModule('_heapq', T.module, intern('Heap queue algorithm (a.k.a. priority queue).\n\nHeaps are arrays for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for\nall k, counting elements from 0.  For the sake of comparison,\nnon-existing elements are considered to be infinite.  The interesting\nproperty of a heap is that a[0] is always its smallest element.\n\nUsage:\n\nheap = []            # creates an empty heap\nheappush(heap, item) # pushes a new item on the heap\nitem = heappop(heap) # pops the smallest item from the heap\nitem = heap[0]       # smallest item on the heap without popping it\nheapify(x)           # transforms list into a heap, in-place, in linear time\nitem = heapreplace(heap, item) # pops and returns smallest item, and adds\n                               # new item; the heap size is unchanged\n\nOur API differs from textbook heap algorithms as follows:\n\n- We use 0-based indexing.  This makes the relationship between the\n  index for a node and the indexes for its children slightly less\n  obvious, but is more suitable since Python uses 0-based indexing.\n\n- Our heappop() method returns the smallest item, not the largest.\n\nThese two make it possible to view the heap as a regular Python list\nwithout surprises: heap[0] is the smallest item, and heap.sort()\nmaintains the heap invariant!\n'));
  const fn = (name: string, f: (args: number[], kwnames: number) => number): void => {
    moduleSet(m, name, defineBuiltin(name, f));
  };
  const one = (name: string, body: (heap: number) => number): void => fn(name, (a, kw) => {
    exactArgs(`_heapq.${name}`, a, 1, kw);
    return body(listArg(name, 'argument', a[0]));
  });
  const two = (name: string, body: (heap: number, item: number) => number): void => fn(name, (a, kw) => {
    noKeywords(`_heapq.${name}`, kw);
    exactArgs(name, a, 2);
    return body(listArg(name, 'argument 1', a[0]), a[1]);
  });
  two('heappush', (heap, item) => {
    listAppend(heap, item);
    siftdown(heap, 0, listLen(heap) - 1, lessMin);
    return K.None;
  });
  one('heappop', (heap) => heappop(heap, lessMin));
  two('heapreplace', (heap, item) => heapreplace(heap, item, lessMin));
  two('heappushpop', (heap, item) => {
    if (listLen(heap) === 0) return item;
    if (!richCompareBool(listItem(heap, 0), item, CMP_LT)) return item;
    return heapreplace(heap, item, lessMin);
  });
  one('heapify', (heap) => { heapify(heap, lessMin); return K.None; });
  one('_heappop_max', (heap) => heappop(heap, lessMax));
  two('_heapreplace_max', (heap, item) => heapreplace(heap, item, lessMax));
  one('_heapify_max', (heap) => { heapify(heap, lessMax); return K.None; });
  return m;
}
