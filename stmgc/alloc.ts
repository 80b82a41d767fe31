// stmgc/alloc.ts: allocation entry points. The fast path bumps this worker's nursery pointer (a
// JS-local variable: no heap load, no atomic op) and writes the 2 header words; payload memory
// is already zero (the nursery is zeroed when it is reset), so a new object's fields are NULL.
// Past the nursery's soft limit allocation goes on in the reserve and requests a collection at
// the next safe point; past the reserve it goes to old space. No collection ever runs inside an
// allocation: the interpreter holds raw references in JS locals during a bytecode.
// Out of memory: allocate/allocateOld return 0 (NULL) and never throw; see NOTES.md "Out of memory".
import {
  BLOCK_PAGES, GC_LARGE, GC_OLD, G_MAJOR_REQUESTED, G_USED_PAGES, HDR_STM, MAX_SMALL_WORDS, CLASS_OF_GRANULES, NUM_SIZE_CLASSES,
  PAGE_WORDS, SCAN_ALL, SIZE_SHIFT, SCAN_SHIFT, W_NURSERY_TOP, totalWordsFor,
} from './layout';
import {
  attachHooks, mem, nurseryEnd, threadStateHooks, nurserySoft, nurseryStart, oldPages, requestSafePoint, txLock, workerBase, zeroZone,
} from './heap';
import { allocCell, allocLarge } from './old_space';
import { S_LARGE_BYTES, S_OLD_DIRECT_BYTES, S_OOM_COUNT, bumpStat } from './stats';
import { WorkList } from './worklist';
import { putList, takeList } from './remembered';
import { zeroCards } from './txn_cards';
import { STM_BUILD } from './build_mode';

/** Next free word of this worker's nursery. */
export let nurseryTop = 0;
/** Current bump limit: the soft limit, then (after a safe point was requested) the nursery end. */
export let nurseryLimit = 0;
/** Objects allocated directly in old space since the last minor collection (minor GC roots). */
export const oldAllocated = new WorkList();
/** Set when an allocation failed since the last safe point. */
export let outOfMemorySinceSafePoint = false;

threadStateHooks.push({
  save: () => ({ nurseryTop, nurseryLimit, nurseryCap, outOfMemorySinceSafePoint, oldAllocated: takeList(oldAllocated) }),
  restore: (v) => {
    const s = v as { nurseryTop: number; nurseryLimit: number; nurseryCap: number; outOfMemorySinceSafePoint: boolean; oldAllocated: unknown };
    ({ nurseryTop, nurseryLimit, nurseryCap, outOfMemorySinceSafePoint } = s);
    putList(oldAllocated, s.oldAllocated);
  },
});

attachHooks.onAttach.push(() => {
  nurseryTop = mem[workerBase + W_NURSERY_TOP];
  nurseryLimit = nurserySoft;
  nurseryCap = nurseryEnd;
  oldAllocated.clear();
  outOfMemorySinceSafePoint = false;
});

/**
 * Allocates an object of `type` with `payloadWords` zeroed payload words, the first `scan` of
 * which are traced (0..30, or SCAN_ALL). Returns its reference, or 0 when memory is exhausted.
 */
export function allocate(type: number, payloadWords: number, scan: number): number {
  const total = (payloadWords + 3) & ~1;
  const r = nurseryTop;
  if (r + total <= nurseryLimit && total <= MAX_SMALL_WORDS) {
    nurseryTop = r + total;
    mem[r] = type | (total << (SIZE_SHIFT - 1)) | (scan << SCAN_SHIFT);
    mem[r + HDR_STM] = txLock | 0; // (| 0: an int32 store, no float truncation of the module variable)
    return r;
  }
  return allocateSlow(type, payloadWords, scan);
}

function allocateSlow(type: number, payloadWords: number, scan: number): number {
  checkRequest(type, payloadWords, scan);
  const total = totalWordsFor(payloadWords);
  if (total > MAX_SMALL_WORDS) return allocateLarge(type, total, scan);
  if (nurseryLimit !== nurseryCap) {
    // passed the soft limit: finish this bytecode from the reserve, collect at the safe point
    nurseryLimit = nurseryCap;
    requestSafePoint();
    if (nurseryTop + total <= nurseryLimit) return allocate(type, payloadWords, scan);
  }
  return allocateOld(type, payloadWords, scan);
}

/**
 * Allocates directly in old space (for objects known to live long, and when the nursery is
 * full). The object is a root of the next minor collection. Returns 0 when memory is exhausted.
 */
export function allocateOld(type: number, payloadWords: number, scan: number): number {
  checkRequest(type, payloadWords, scan);
  const total = totalWordsFor(payloadWords);
  if (total > MAX_SMALL_WORDS) return allocateLarge(type, total, scan);
  const c = allocCell(CLASS_OF_GRANULES[total >> 1], false);
  if (c === 0) return outOfMemory();
  mem[c] = type | (total << (SIZE_SHIFT - 1)) | (scan << SCAN_SHIFT) | GC_OLD;
  mem[c + HDR_STM] = txLock;
  mem.fill(0, c + 2, c + total);
  oldAllocated.push(c);
  bumpStat(S_OLD_DIRECT_BYTES, total * 4);
  return c;
}

/**
 * allocate() for a pointer-free object (scan 0) whose caller writes its whole payload before
 * anything reads it (big int results): a large object's payload is not zeroed first, which
 * was a third of the cost of a big-int addition. Nursery objects are born zeroed anyway.
 */
export function allocateUnzeroed(type: number, payloadWords: number): number {
  const total = totalWordsFor(payloadWords);
  if (total <= MAX_SMALL_WORDS) return allocate(type, payloadWords, 0);
  checkRequest(type, payloadWords, 0);
  return allocateLarge(type, total, 0, false);
}

function allocateLarge(type: number, total: number, scan: number, zero = true): number {
  const r = allocLarge(total, false);
  if (r === 0) return outOfMemory();
  mem[r] = type | (scan << SCAN_SHIFT) | GC_OLD | GC_LARGE;
  mem[r + HDR_STM] = txLock;
  if (zero) mem.fill(0, r + 2, r + total);
  if (STM_BUILD) zeroCards(r, total);
  oldAllocated.push(r);
  bumpStat(S_LARGE_BYTES, total * 4);
  return r;
}

function outOfMemory(): number {
  outOfMemorySinceSafePoint = true;
  bumpStat(S_OOM_COUNT, 1);
  mem[G_MAJOR_REQUESTED] = 1;
  requestSafePoint();
  return 0;
}

function checkRequest(type: number, payloadWords: number, scan: number): void {
  if (!(payloadWords >= 0 && payloadWords < 2 ** 29) || (payloadWords | 0) !== payloadWords) {
    throw new RangeError(`stmgc: bad payload size ${payloadWords}`);
  }
  if (!(type > 0 && type < 2048) || !(scan >= 0 && scan <= SCAN_ALL)) {
    throw new RangeError(`stmgc: bad type ${type} or scan ${scan}`);
  }
}

/** Called by the minor collector once the nursery is empty again. */
export function resetNurseryState(): void {
  nurseryTop = nurseryStart;
  // the next minor collection must find room in old space for everything the nursery may hold:
  // when old space runs low, the usable nursery shrinks with it (allocation then fails with
  // MemoryError at the mutator, never inside a collection)
  const freePages = oldPages - mem[G_USED_PAGES] - BLOCK_PAGES * NUM_SIZE_CLASSES;
  const room = Math.max(0, Math.floor((freePages * PAGE_WORDS * 8) / 9));
  nurseryCap = Math.min(nurseryEnd, nurseryStart + room);
  nurseryLimit = Math.min(nurserySoft, nurseryCap);
  mem[workerBase + W_NURSERY_TOP] = nurseryStart;
}

/** After a partial minor collection (gc_minor.ts minorCollectionAbove): the nursery above `to`
 *  is empty (zeroed) again, everything below it stays where it is. */
export function rewindNursery(to: number): void {
  nurseryTop = to;
  mem[workerBase + W_NURSERY_TOP] = to;
}

/** Where nursery allocation must stop (the nursery end, or less when old space is nearly full). */
let nurseryCap = 0;
export function clearOutOfMemory(): void { outOfMemorySinceSafePoint = false; }
export function nurseryUsedWords(): number { return nurseryTop - nurseryStart; }

/** Abort: forgets every object of the nursery (nothing committed points into it) and zeroes it.
 *  Returns the words discarded. */
export function discardNursery(): number {
  const used = nurseryUsedWords();
  zeroZone(nurseryStart, nurseryStart + used);
  resetNurseryState();
  return used;
}
