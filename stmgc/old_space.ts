// stmgc/old_space.ts: non-moving old space. Small objects (<= 4 KiB) take a cell of their size
// class from this worker's free list (a head word on the worker's own line: no atomic op); an
// empty list is refilled with a whole block, either a partially free block left by the last
// sweep or a fresh 32 KiB block, under the global allocation lock. Large objects take their own
// run of pages. Cells handed out are not zeroed (callers overwrite or zero them).
// Invariants: every cell of a block is either a live object or a free cell (type 0, the class
// size, stm = next free cell); the cells on a worker's list are free cells of blocks no other
// worker allocates from.
import {
  BLOCK_PAGES, BLOCK_WORDS, G_MAJOR_COUNT, G_MAJOR_REQUESTED, G_PARTIAL, G_USED_PAGES, HDR_STM, NUM_SIZE_CLASSES, PAGE_WORDS, PT_BLOCK, PT_LARGE, SIZE_CLASS_WORDS,
  TYPE_FREE, W_FREE_HEADS, makeHead,
} from './layout';
import { mem, pageTableBase, requestSafePoint, workerBase } from './heap';
import { allocPagesLocked, lockAlloc, pageRef, ptA, ptB, setPt, unlockAlloc } from './pages';

/** Pops a cell of size class `cls`; 0 when old space is exhausted. */
export function allocCell(cls: number, forGC: boolean): number {
  const hp = workerBase + W_FREE_HEADS + cls;
  let c = mem[hp];
  if (c === 0) {
    c = refillClass(cls, forGC);
    if (c === 0) return 0;
  }
  mem[hp] = mem[c + HDR_STM];
  return c;
}

/** Takes a partial or fresh block for `cls` and returns the head of its free-cell list (0: none). */
function refillClass(cls: number, forGC: boolean): number {
  lockAlloc();
  try {
    const partial = mem[G_PARTIAL + cls];
    if (partial !== -1) {
      mem[G_PARTIAL + cls] = ptB(partial);
      setPt(partial, PT_BLOCK | (cls << 3), -1);
      const head = ptA(partial + 1);
      mem[pageTableBase + 2 * (partial + 1)] = 0;
      return head;
    }
    const page = allocPagesLocked(BLOCK_PAGES, forGC);
    if (page === -1) return 0;
    setPt(page, PT_BLOCK | (cls << 3), -1);
    setPt(page + 1, 0, 0);
    return formatBlock(pageRef(page), SIZE_CLASS_WORDS[cls]);
  } finally {
    unlockAlloc();
  }
}

/** Links every cell of a fresh block into a free list; returns its first cell. */
function formatBlock(start: number, size: number): number {
  const n = Math.floor(BLOCK_WORDS / size);
  const head = makeHead(TYPE_FREE, size, 0, 0);
  let c = start;
  for (let i = 0; i < n - 1; i++, c += size) {
    mem[c] = head;
    mem[c + HDR_STM] = c + size;
  }
  mem[c] = head;
  mem[c + HDR_STM] = 0;
  return start;
}

/** Drops this worker's free lists (their cells stay free cells; the sweep relinks them). */
export function forgetFreeLists(base: number): void {
  for (let k = 0; k < NUM_SIZE_CLASSES; k++) mem[base + W_FREE_HEADS + k] = 0;
}

/** Large-object pages this JS thread allocated since the major collection numbered
 *  `largeSinceMajor` (G_MAJOR_COUNT then): see noteLargePages. */
let largePages = 0;
let largeSinceMajor = -1;
/** Large-object pages after which a major collection is asked for, whatever the trigger. */
const LARGE_TRIGGER_PAGES = 2048; // 8 MiB

/**
 * Large objects go straight to old space, so short-lived ones (the 4-13 KiB big ints of a spigot,
 * pidigits: one per arithmetic operation) are only freed by a major collection, and the first one
 * comes at a quarter of old space (256 MiB of a 1 GiB heap), every page of it fresh: a page fault
 * per 4 KiB (80k faults, 0.35 s of kernel time in pidigits 2500). So a major collection is also
 * requested once this thread has allocated more large-object pages since the last one than
 * 8 MiB and than 3/4 of the pages in use: most of what the collection can free is then large
 * objects, and what it must mark (the rest) is small. Lowering the first trigger for every
 * allocation instead cost float 5 major collections (190 ms: 100k live objects) and deltablue
 * one; comparing with the pages live after the last collection (0 before the first) cost float
 * 2 (its list growth and slices are 8 MiB of large vectors); NOTES.md "Large objects and the
 * major trigger".
 */
function noteLargePages(pages: number): void {
  const count = mem[G_MAJOR_COUNT];
  if (count !== largeSinceMajor) {
    largeSinceMajor = count;
    largePages = 0;
  }
  largePages += pages;
  if (largePages > LARGE_TRIGGER_PAGES && largePages * 4 > mem[G_USED_PAGES] * 3 && mem[G_MAJOR_REQUESTED] === 0) {
    mem[G_MAJOR_REQUESTED] = 1;
    requestSafePoint();
  }
}

/** Allocates a large object of `words` words (page-aligned); 0 when there is no room. */
export function allocLarge(words: number, forGC: boolean): number {
  const pages = Math.ceil(words / PAGE_WORDS);
  lockAlloc();
  try {
    const page = allocPagesLocked(pages, forGC);
    if (page === -1) return 0;
    setPt(page, PT_LARGE | (pages << 3), words);
    if (!forGC) noteLargePages(pages);
    return pageRef(page);
  } finally {
    unlockAlloc();
  }
}

/** Gives a small object's cell back to this worker's free list (an aborted transaction's own
 *  object, never seen by any other worker; the cell came from this worker's blocks). */
export function freeCellToOwnList(c: number, cls: number): void {
  const hp = workerBase + W_FREE_HEADS + cls;
  mem[c] = makeHead(TYPE_FREE, SIZE_CLASS_WORDS[cls], 0, 0);
  mem[c + HDR_STM] = mem[hp];
  mem[hp] = c;
}
