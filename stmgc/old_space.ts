// stmgc/old_space.ts: non-moving old space. Small objects (<= 4 KiB) take a cell of their size
// class from this worker's free list (a head word on the worker's own line: no atomic op); an
// empty list is refilled with a whole block, either a partially free block left by the last
// sweep or a fresh 32 KiB block, under the global allocation lock. Large objects take their own
// run of pages. Cells handed out are not zeroed (callers overwrite or zero them).
// Invariants: every cell of a block is either a live object or a free cell (type 0, the class
// size, stm = next free cell); the cells on a worker's list are free cells of blocks no other
// worker allocates from.
import {
  BLOCK_PAGES, BLOCK_WORDS, G_PARTIAL, HDR_STM, NUM_SIZE_CLASSES, PAGE_WORDS, PT_BLOCK, PT_LARGE, SIZE_CLASS_WORDS,
  TYPE_FREE, W_FREE_HEADS, makeHead,
} from './layout';
import { mem, pageTableBase, workerBase } from './heap';
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

/** Allocates a large object of `words` words (page-aligned); 0 when there is no room. */
export function allocLarge(words: number, forGC: boolean): number {
  const pages = Math.ceil(words / PAGE_WORDS);
  lockAlloc();
  try {
    const page = allocPagesLocked(pages, forGC);
    if (page === -1) return 0;
    setPt(page, PT_LARGE | (pages << 3), words);
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
