// stmgc/pages.ts: the old-space page allocator, shared by all workers. Hands out runs of 4 KiB
// pages for 32 KiB small-object blocks and for large objects, first from the list of free runs
// (rebuilt and coalesced by every major sweep), then from the untouched frontier.
// Invariants: every call that reads or writes the page table or the G_* allocation words holds
// the global allocation lock (a CAS spin lock taken only off the allocation fast path); ordinary
// allocations leave G_GC_RESERVE_PAGES free so that a minor collection can always copy survivors.
import {
  G_ALLOC_LOCK, G_FREE_RUNS, G_FRONTIER, G_GC_RESERVE_PAGES, G_MAJOR_REQUESTED, G_MAJOR_TRIGGER, G_USED_PAGES,
  PAGE_SHIFT, PT_FREE, PT_KIND_MASK,
} from './layout';
import { mem, oldBase, oldPages, pageTableBase, requestSafePoint, workerSlot } from './heap';

export function lockAlloc(): void {
  const me = workerSlot + 1;
  for (let spins = 0; Atomics.compareExchange(mem, G_ALLOC_LOCK, 0, me) !== 0; spins++) {
    if (spins > 1000) Atomics.wait(mem, G_ALLOC_LOCK, mem[G_ALLOC_LOCK], 1);
  }
}
export function unlockAlloc(): void {
  Atomics.store(mem, G_ALLOC_LOCK, 0);
}

export function ptA(page: number): number { return mem[pageTableBase + 2 * page]; }
export function ptB(page: number): number { return mem[pageTableBase + 2 * page + 1]; }
export function setPt(page: number, a: number, b: number): void {
  mem[pageTableBase + 2 * page] = a;
  mem[pageTableBase + 2 * page + 1] = b;
}
export function pageOf(ref: number): number { return (ref - oldBase) >> PAGE_SHIFT; }
export function pageRef(page: number): number { return oldBase + (page << PAGE_SHIFT); }

/**
 * Takes `n` contiguous pages (lock held). Returns the first page index, or -1 when there is no
 * room. Ordinary allocations (forGC false) must leave the GC reserve free. The caller writes the
 * page-table entry of the run it receives. Requests a major collection past the trigger.
 */
export function allocPagesLocked(n: number, forGC: boolean): number {
  const used = mem[G_USED_PAGES];
  if (!forGC && used + n > oldPages - mem[G_GC_RESERVE_PAGES]) return -1;
  if (used + n > oldPages) return -1;
  let page = -1;
  // first fit in the free runs
  let prev = -1;
  for (let r = mem[G_FREE_RUNS]; r !== -1; prev = r, r = ptB(r)) {
    const len = ptA(r) >>> 3;
    if (len < n) continue;
    const next = ptB(r);
    let replacement = next;
    if (len > n) {
      setPt(r + n, PT_FREE | ((len - n) << 3), next);
      replacement = r + n;
    }
    if (prev === -1) mem[G_FREE_RUNS] = replacement; else mem[pageTableBase + 2 * prev + 1] = replacement;
    page = r;
    break;
  }
  if (page === -1) {
    const f = mem[G_FRONTIER];
    if (f + n > oldPages) return -1;
    mem[G_FRONTIER] = f + n;
    page = f;
  }
  for (let i = 1; i < n; i++) setPt(page + i, 0, 0);
  mem[G_USED_PAGES] = used + n;
  if (used + n > mem[G_MAJOR_TRIGGER] && mem[G_MAJOR_REQUESTED] === 0) {
    mem[G_MAJOR_REQUESTED] = 1;
    requestSafePoint();
  }
  return page;
}

/** Pages handed out and not yet returned by a sweep. */
export function usedPages(): number { return mem[G_USED_PAGES]; }
/** Pages of old space available to ordinary allocation (free runs + frontier - reserve). */
export function freePagesForAllocation(): number {
  return oldPages - mem[G_GC_RESERVE_PAGES] - mem[G_USED_PAGES];
}
export function isFreeRunHead(page: number): boolean { return (ptA(page) & PT_KIND_MASK) === PT_FREE; }
