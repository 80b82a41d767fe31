// stmgc/gc_major.ts: major collection, non-moving mark-sweep over old space and large objects.
// Marks from the root table and the type table with an explicit mark stack (no JS recursion),
// then sweeps every page run in address order: dead cells become free cells, blocks with free
// cells go on their class's partial list, empty blocks and dead large objects become free page
// runs, and adjacent free runs are merged (the free-run list is rebuilt in address order).
// When the version clock nears LOCK_BASE, the sweep also resets every live object's STM word to
// version 0 and the clock to 0 (no transaction can be open during a major collection), the card
// words of live large objects included; a dead large object's cards are zeroed as it is freed.
// Preconditions: the nursery of every worker is empty (a minor collection just ran) and every
// worker is stopped at a safe point (issue 6: at a transaction boundary); so no object is
// referenced only from a JS local, and every worker's free lists may be dropped and rebuilt.
import {
  BLOCK_PAGES, BLOCK_WORDS, GC_MARK, G_CLOCK, VERSION_RENORMALIZE_AT, G_FREE_RUNS, G_FRONTIER, G_GC_RESERVE_PAGES, G_LIVE_PAGES, G_MAJOR_COUNT,
  G_MAJOR_REQUESTED, G_MAJOR_TRIGGER, G_MAX_WORKERS, G_PARTIAL, G_TYPE_TABLE, G_USED_PAGES, G_WORKERS_BASE,
  HDR_STM, NUM_SIZE_CLASSES, PT_BLOCK, PT_FREE, PT_KIND_MASK, PT_LARGE, SCAN_ALL, SCAN_MASK, SCAN_SHIFT,
  SIZE_CLASS_WORDS, TYPE_FREE, TYPE_MASK, WORKER_WORDS, makeHead,
} from './layout';
import { mem, oldPages, pageTableBase, rootBase, rootSlots } from './heap';
import { forgetFreeLists } from './old_space';
import { lockAlloc, pageRef, ptA, ptB, setPt, unlockAlloc } from './pages';
import { objectWords } from './objects';
import { S_FREED_BYTES, S_MAJOR_COUNT, S_MAJOR_MS, bumpStat } from './stats';
import { WorkList } from './worklist';
import { zeroCards } from './txn_cards';
import { STM_BUILD } from './build_mode';
import { weakAfterMark, weakRoots } from './weakrefs';
import { finalizerResurrectMajor } from './finalizers';

const markStack = new WorkList(4096);
/** Set for a sweep that also resets every live object's version (the clock neared LOCK_BASE). */
let renormalize = false;

/** Returns the number of objects freed. */
/** Called after every major collection, once freed cells carry type 0 (TYPE_FREE): for VM
 *  tables keyed by address (vm/runtime/identity.ts drops the entries of dead objects). */
export const majorHooks: Array<() => void> = [];

export function majorCollection(): number {
  const t0 = performance.now();
  lockAlloc();
  try {
    for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) forgetFreeLists(mem[G_WORKERS_BASE] + w * WORKER_WORDS);
    mark();
    finalizerResurrectMajor(markValue, drainMarks); // (finalizable objects found dead: kept, with what they reach)
    weakAfterMark(); // (before the sweep: dead referents and dead weak references are still readable)
    renormalize = mem[G_CLOCK] >= VERSION_RENORMALIZE_AT;
    const freedWords = sweep();
    if (renormalize) {
      mem[G_CLOCK] = 0; // no transaction is open anywhere: every live object got version 0
      renormalize = false;
    }
    bumpStat(S_FREED_BYTES, freedWords * 4);
    mem[G_MAJOR_REQUESTED] = 0;
    mem[G_MAJOR_COUNT]++;
  } finally {
    unlockAlloc();
  }
  for (const h of majorHooks) h();
  bumpStat(S_MAJOR_COUNT, 1);
  bumpStat(S_MAJOR_MS, performance.now() - t0);
  return freedObjects;
}

function mark(): void {
  const m = mem;
  for (let p = rootBase, end = rootBase + rootSlots; p < end; p++) markValue(m[p]);
  markValue(m[G_TYPE_TABLE]);
  weakRoots(markValue);
  drainMarks();
}

function drainMarks(): void {
  const m = mem;
  while (markStack.length > 0) {
    const obj = markStack.pop();
    let n = (m[obj] >>> SCAN_SHIFT) & SCAN_MASK;
    if (n === SCAN_ALL) n = objectWords(obj) - 2;
    for (let p = obj + 2, end = obj + 2 + n; p < end; p++) {
      const v = m[p];
      if ((v & 1) === 0 && v !== 0 && (m[v] & GC_MARK) === 0) {
        m[v] |= GC_MARK;
        markStack.push(v);
      }
    }
  }
  markStack.clear();
}

function markValue(v: number): void {
  if ((v & 1) === 0 && v !== 0 && (mem[v] & GC_MARK) === 0) {
    mem[v] |= GC_MARK;
    markStack.push(v);
  }
}

// ── sweep ──
let runStart = -1;
let runLen = 0;
let lastRun = -1;
let freedWords = 0;
let freedObjects = 0;

function sweep(): number {
  freedWords = 0;
  freedObjects = 0;
  runStart = -1;
  runLen = 0;
  lastRun = -1;
  mem[G_FREE_RUNS] = -1;
  for (let c = 0; c < NUM_SIZE_CLASSES; c++) mem[G_PARTIAL + c] = -1;
  const frontier = mem[G_FRONTIER];
  let used = 0;
  let page = 0;
  while (page < frontier) {
    const a = ptA(page);
    const kind = a & PT_KIND_MASK;
    if (kind === PT_FREE) {
      const len = a >>> 3;
      extendFree(page, len);
      page += len;
    } else if (kind === PT_LARGE) {
      const len = a >>> 3;
      const obj = pageRef(page);
      if ((mem[obj] & GC_MARK) !== 0) {
        mem[obj] &= ~GC_MARK;
        if (renormalize) {
          mem[obj + HDR_STM] = 0;
          if (STM_BUILD) zeroCards(obj, ptB(page)); // card versions are versions too
        }
        flushFree();
        used += len;
      } else {
        freedWords += ptB(page);
        freedObjects++;
        if (STM_BUILD) zeroCards(obj, ptB(page)); // (no lock can be left: no transaction is open)
        mem[obj] = 0;
        extendFree(page, len);
      }
      page += len;
    } else if (kind === PT_BLOCK) {
      const cls = a >>> 3;
      const live = sweepBlock(page, cls);
      if (live === 0) {
        extendFree(page, BLOCK_PAGES);
      } else {
        flushFree();
        used += BLOCK_PAGES;
      }
      page += BLOCK_PAGES;
    } else {
      throw new Error(`stmgc: corrupt page table at page ${page} (${a})`);
    }
  }
  if (runStart !== -1 && runStart + runLen === frontier) {
    // the last free run touches the frontier: give it back to the frontier
    mem[G_FRONTIER] = runStart;
    runStart = -1;
  }
  flushFree();
  mem[G_USED_PAGES] = used;
  mem[G_LIVE_PAGES] = used;
  const capacity = oldPages - mem[G_GC_RESERVE_PAGES];
  const free = capacity - used;
  mem[G_MAJOR_TRIGGER] = used + Math.max(64, Math.min(Math.max(used, 2048), free >> 1));
  return freedWords;
}

function extendFree(page: number, len: number): void {
  if (runStart === -1) {
    runStart = page;
    runLen = len;
  } else {
    runLen += len;
  }
}

function flushFree(): void {
  if (runStart === -1) return;
  setPt(runStart, PT_FREE | (runLen << 3), -1);
  if (lastRun === -1) mem[G_FREE_RUNS] = runStart; else mem[pageTableBase + 2 * lastRun + 1] = runStart;
  lastRun = runStart;
  runStart = -1;
  runLen = 0;
}

/** Sweeps one block; returns its live cells. Links its free cells (address order) on page+1. */
function sweepBlock(page: number, cls: number): number {
  const m = mem;
  const size = SIZE_CLASS_WORDS[cls];
  const n = Math.floor(BLOCK_WORDS / size);
  const freeHead = makeHead(TYPE_FREE, size, 0, 0);
  let head = 0;
  let tail = 0;
  let live = 0;
  for (let i = 0, c = pageRef(page); i < n; i++, c += size) {
    const h = m[c];
    if ((h & GC_MARK) !== 0) {
      m[c] = h & ~GC_MARK;
      if (renormalize) m[c + HDR_STM] = 0;
      live++;
      continue;
    }
    if ((h & TYPE_MASK) !== TYPE_FREE) {
      freedWords += size;
      freedObjects++;
    }
    m[c] = freeHead;
    m[c + HDR_STM] = 0;
    if (tail === 0) head = c; else m[tail + HDR_STM] = c;
    tail = c;
  }
  setPt(page, PT_BLOCK | (cls << 3), -1);
  setPt(page + 1, head, live);
  if (live !== 0 && head !== 0) {
    mem[pageTableBase + 2 * page + 1] = m[G_PARTIAL + cls];
    m[G_PARTIAL + cls] = page;
  }
  return live;
}
