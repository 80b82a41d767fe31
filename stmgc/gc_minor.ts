// stmgc/gc_minor.ts: minor collection of this worker's nursery. Copies every nursery object
// reachable from the roots into old space (a cell of its size class), updates the references to
// it, and resets the nursery (zeroed, so new objects start with NULL fields). Roots: the root
// table, the type table, the remembered set (old objects written since the last minor
// collection) and the objects allocated directly in old space since then. Afterwards every old
// object carries GC_WB again and no old object points into the nursery.
// Inside a transaction (a long one: `with atomic:`, inevitable, or a full nursery) the written
// objects keep their lock and the undo log's new entries are roots too, and so are the cards of
// large objects the transaction locked (card writes never mark the shared header; see NOTES.md).
// Runs ONLY at a safe point (a transaction commit or a bytecode boundary): references held in JS
// locals are invalid afterwards. Copying uses an explicit gray stack, never JS recursion.
import { CLASS_OF_GRANULES, GC_OLD, GC_WB, G_TYPE_TABLE, HDR_STM, SCAN_ALL, SCAN_MASK, SCAN_SHIFT, SIZE_MASK, SIZE_SHIFT } from './layout';
import { mem, nurseryEnd, nurseryStart, rootBase, txActive, txLock, txLockClean, zeroZone } from './heap';
import { rootsWritten } from './roots';
import { scanUndoRoots } from './txn_undo';
import { scanCardRoots } from './txn_cards';
import { STM_BUILD } from './build_mode';
import { nurseryUsedWords, oldAllocated, resetNurseryState, rewindNursery } from './alloc';
import { tx } from './txn_state';
import { remembered } from './remembered';
import { allocCell } from './old_space';
import { objectWords } from './objects';
import { S_COPIED_BYTES, S_MINOR_COUNT, S_MINOR_MS, S_NURSERY_BYTES, bumpStat, statClock, statsTiming } from './stats';
import { WorkList } from './worklist';
import { weakAfterMinor } from './weakrefs';
import { finalizerResurrectMinor, finalizerRootsMinor } from './finalizers';

/** Thrown when old space cannot take the survivors even from the GC reserve (heap corrupted or
 *  the reserve too small): the VM reports it as a fatal MemoryError, it cannot be recovered. */
export class HeapExhaustedError extends Error {}

const gray = new WorkList(4096);

/**
 * Called after the survivors are copied and before the nursery is cleared, with a function
 * that maps a nursery reference to its old-space copy (0 if the object died). For VM tables
 * keyed by address, such as the identities handed out for young objects (vm/runtime/identity.ts).
 */
export const minorHooks: Array<(forwarded: (ref: number) => number) => void> = [];
const forwarded = (ref: number): number => (mem[ref] === 0 ? mem[ref + HDR_STM] : 0);
let copiedWords = 0;

export function minorCollection(): void {
  const t0 = statClock();
  const m = mem;
  const start = nurseryStart;
  const size = nurseryEnd - nurseryStart;
  copiedWords = 0;
  // 1. the root slots written with young references since the last minor collection (roots.ts),
  // and the type table
  for (let i = 0, n = rootsWritten.length, items = rootsWritten.items; i < n; i++) {
    const p = rootBase + items[i];
    const v = m[p];
    if ((v & 1) === 0 && ((v - start) >>> 0) < size) m[p] = evacuate(v);
  }
  rootsWritten.clear();
  const tt = m[G_TYPE_TABLE];
  if ((tt & 1) === 0 && ((tt - start) >>> 0) < size) m[G_TYPE_TABLE] = evacuate(tt);
  // 2. old objects written since the last minor collection, and old objects allocated since then
  // (inside a transaction the written objects keep their lock, as LOCK_CLEAN: the next write
  // remembers them again; everything else becomes version 0, unreachable by other workers until
  // the commit publishes the objects that point to it)
  const inTx = txActive;
  for (let i = 0; i < remembered.length; i++) writtenRoot(remembered.items[i], start, size, inTx);
  for (let i = 0; i < oldAllocated.length; i++) oldRoot(oldAllocated.items[i], start, size);
  remembered.clear();
  oldAllocated.clear();
  if (inTx) {
    scanUndoRoots(start, size, evacuate);
    if (STM_BUILD) scanCardRoots(start, size, evacuate);
  }
  finalizerRootsMinor(start, size, evacuate); // (finalizer registrations: kept while on a chain)
  // 3. transitively, everything copied
  drain(start, size);
  // 3a. finalizable objects found dead: resurrected with everything they reach (finalizers.ts)
  finalizerResurrectMinor(start, size, evacuate, () => drain(start, size));
  // 3b. weak references made since the last minor collection: follow or clear their referents
  weakAfterMinor(start, size, inTx);
  for (const h of minorHooks) h(forwarded);
  // 4. empty the nursery
  const used = nurseryUsedWords();
  zeroZone(start, start + used);
  resetNurseryState();
  bumpStat(S_NURSERY_BYTES, used * 4);
  bumpStat(S_COPIED_BYTES, copiedWords * 4);
  bumpStat(S_MINOR_COUNT, 1);
  if (statsTiming) bumpStat(S_MINOR_MS, performance.now() - t0);
}

/**
 * A partial minor collection: only the nursery above `wm` (what was allocated since then) is
 * collected; everything below it is live and stays where it is (gc.collect() inside code a
 * builtin calls back into, vm/interp/nested_gc.ts: the builtin's JS locals may hold any object
 * allocated before its callback began, and nothing allocated after). Roots as in minorCollection
 * plus every object below `wm`, scanned in place; the remembered set, the objects allocated old,
 * the undo log's scan mark and the weak chain's mark are kept for the next full collection, and
 * every copy is remembered (it may point below `wm`). Runs only at a safe point of the loop.
 */
export function minorCollectionAbove(wm: number): void {
  const t0 = statClock();
  const m = mem;
  const start = wm;
  const size = nurseryStart + nurseryUsedWords() - wm;
  if (size <= 0) return;
  copiedWords = 0;
  copies = [];
  for (let i = 0, n = rootsWritten.length, items = rootsWritten.items; i < n; i++) {
    const p = rootBase + items[i];
    const v = m[p];
    if ((v & 1) === 0 && ((v - start) >>> 0) < size) m[p] = evacuate(v);
  }
  const tt = m[G_TYPE_TABLE];
  if ((tt & 1) === 0 && ((tt - start) >>> 0) < size) m[G_TYPE_TABLE] = evacuate(tt);
  for (let i = 0; i < remembered.length; i++) scanObject(remembered.items[i], start, size);
  for (let i = 0; i < oldAllocated.length; i++) scanObject(oldAllocated.items[i], start, size);
  for (let p = nurseryStart; p < wm; p += objectWords(p)) scanObject(p, start, size);
  const inTx = txActive;
  if (inTx) {
    const scanned = tx.undoScanned;
    scanUndoRoots(start, size, evacuate);
    tx.undoScanned = scanned;
    if (STM_BUILD) scanCardRoots(start, size, evacuate);
  }
  finalizerRootsMinor(start, size, evacuate);
  drain(start, size);
  finalizerResurrectMinor(start, size, evacuate, () => drain(start, size));
  // (an inevitable transaction's cleared references call back at once: it cannot abort)
  weakAfterMinor(start, size, inTx && !tx.inevitable, true);
  const kept = (ref: number): number => (((ref - start) >>> 0) < size ? forwarded(ref) : ref);
  for (const h of minorHooks) h(kept);
  for (const c of copies) {
    m[c] &= ~GC_WB;
    remembered.push(c);
  }
  copies = null;
  zeroZone(wm, wm + size);
  rewindNursery(wm);
  bumpStat(S_COPIED_BYTES, copiedWords * 4);
  bumpStat(S_MINOR_COUNT, 1);
  if (statsTiming) bumpStat(S_MINOR_MS, performance.now() - t0);
}
/** The copies a partial collection made (null otherwise). */
let copies: number[] | null = null;

function drain(start: number, size: number): void {
  while (gray.length > 0) scanObject(gray.pop(), start, size);
  gray.clear();
}

function oldRoot(ref: number, start: number, size: number): void {
  mem[ref] |= GC_WB;
  mem[ref + HDR_STM] = 0;
  scanObject(ref, start, size);
}

function writtenRoot(ref: number, start: number, size: number, inTx: boolean): void {
  mem[ref] |= GC_WB;
  if (!inTx) mem[ref + HDR_STM] = 0; // issue-5 mode: written objects carry our lock word until here
  else if (mem[ref + HDR_STM] === txLock) mem[ref + HDR_STM] = txLockClean;
  scanObject(ref, start, size);
}

function scanObject(obj: number, start: number, size: number): void {
  const m = mem;
  const h = m[obj];
  let n = (h >>> SCAN_SHIFT) & SCAN_MASK;
  if (n === SCAN_ALL) n = objectWords(obj) - 2;
  for (let p = obj + 2, end = obj + 2 + n; p < end; p++) {
    const v = m[p];
    if ((v & 1) === 0 && ((v - start) >>> 0) < size) m[p] = evacuate(v);
  }
}

/** Returns the old-space copy of nursery object `v`, copying it on first sight. */
function evacuate(v: number): number {
  const m = mem;
  const h = m[v];
  if (h === 0) return m[v + HDR_STM]; // already forwarded
  const words = ((h >>> SIZE_SHIFT) & SIZE_MASK) << 1;
  const c = allocCell(CLASS_OF_GRANULES[words >> 1], true);
  if (c === 0) throw new HeapExhaustedError('stmgc: old space exhausted during a minor collection');
  if (words <= 16) {
    for (let i = 2; i < words; i++) m[c + i] = m[v + i];
  } else {
    m.copyWithin(c + 2, v + 2, v + words);
  }
  m[c] = h | GC_OLD | GC_WB;
  m[c + HDR_STM] = 0;
  m[v] = 0;
  m[v + HDR_STM] = c;
  gray.push(c);
  if (copies !== null) copies.push(c);
  copiedWords += words;
  return c;
}
