// stmgc/heap.ts: creates the one SharedArrayBuffer heap and attaches the calling JS thread (main
// thread or worker) to it as one worker slot. Holds this thread's views and region bounds as
// module-level bindings, so hot code reads `mem[ref + k]` with no receiver and no indirection.
// Invariants: the SAB has a fixed length and only fixed-length views (growable views are 12-16x
// slower); creation writes only the global area, the worker areas and the root table (the rest
// of the SAB stays untouched until used); exactly one heap is attached per JS thread at a time.
import {
  DEFAULT_HEAP_BYTES, DEFAULT_NURSERY_BYTES, DEFAULT_ROOT_SLOTS, G_FREE_RUNS, G_FRONTIER, G_GC_RESERVE_PAGES,
  G_HEAP_WORDS, G_MAGIC, G_MAJOR_TRIGGER, G_MAX_WORKERS, G_NURSERY_BASE, G_NURSERY_WORDS, G_OLD_BASE, G_OLD_PAGES,
  G_CARD_BASE, G_PARTIAL, G_PT_BASE, G_ROOT_BASE, G_ROOT_COUNT, G_ROOT_FREE, G_ROOT_SLOTS, G_STOP_WORLD, G_VERSION, G_WORKERS_BASE, HEAP_MAGIC,
  LAYOUT_VERSION, LOCK_BASE, LOCK_CLEAN, MAX_HEAP_BYTES, MAX_WORKERS, MIN_HEAP_BYTES, NUM_SIZE_CLASSES, W_ATTACHED, W_NURSERY_END,
  W_NURSERY_SOFT, W_NURSERY_START, W_NURSERY_TOP, W_TX_LOCK, WORKER_WORDS, computeGeometry, tagInt,
} from './layout';
import { STM_BUILD } from './build_mode';
import { newHeapBuffer } from './heap_buffer';
import * as os from 'node:os';

// ── this thread's views and bounds (set by attachHeap) ──
export let sab: SharedArrayBuffer = newHeapBuffer(8);
export let mem: Int32Array = new Int32Array(sab);
export let f64: Float64Array = new Float64Array(sab);
/** The heap as 64-bit words, for zeroZone: V8 fills a shared Int32Array (or Float64Array) one
 *  relaxed store at a time; a BigInt64Array's fill with 0n runs ~3x faster per byte. */
let i64: BigInt64Array = new BigInt64Array(sab);
export let u16: Uint16Array = new Uint16Array(sab);
/** Bytes of the first 4 GiB (a Uint8Array cannot be longer); `u8hi` covers the rest. */
export let u8: Uint8Array = new Uint8Array(sab);
export let u8hi: Uint8Array = new Uint8Array(0);
export let workerSlot = 0;
export let workerBase = 0;
export let nurseryStart = 0;
export let nurseryEnd = 0;
export let nurserySoft = 0;
export let oldBase = 0;
export let oldPages = 0;
export let pageTableBase = 0;
export let rootBase = 0;
export let rootSlots = 0;
/** The card table: the STM word of heap card k (words k*CARD_WORDS..) is mem[cardBase + k]. */
export let cardBase = 0;
/** This worker's lock value for STM words; in the single-threaded build always 0 (= version 0). */
export let txLock = 0;
/** This worker's "locked, not remembered since the last minor collection" value (LOCK_CLEAN + slot). */
export let txLockClean = 0;
/** Snapshot version of the running transaction; 0 outside a transaction. */
export let txSnapshot = 0;
/** True while a transaction runs on this worker (txn.ts); false = issue-5 mode (no logging). */
export let txActive = false;
/** Per-worker read markers, one byte per 8-byte granule (index ref >> 1): 1 = in the read set. */
export let readMarks: Uint8Array = new Uint8Array(0);
/** Transaction state setters (txn.ts only). */
export function setTxSnapshot(v: number): void { txSnapshot = v; }
export function setTxActive(on: boolean): void { txActive = on; }
export function setReadMarks(m: Uint8Array): void { readMarks = m; }
/** Per-worker card markers, one byte per CARD_WORDS heap words: 1 = card saved in the undo log. */
export let cardMarks: Uint8Array = new Uint8Array(0);
export function setCardMarks(m: Uint8Array): void { cardMarks = m; }
/** Per-worker card read markers (large objects), one byte per card: 1 = in the card read set. */
export let cardReadMarks: Uint8Array = new Uint8Array(0);
export function setCardReadMarks(m: Uint8Array): void { cardReadMarks = m; }

/**
 * Every module with JS-local per-worker state registers how to take it out of the live bindings
 * and put it back, so that txn_handles.ts can drive several worker slots from one JS thread.
 * `save` detaches the state (the live bindings are left to be re-initialized by attachHeap).
 */
export interface ThreadStateHook { save(): unknown; restore(s: unknown): void }
export const threadStateHooks: ThreadStateHook[] = [];

/** Set when a collection should run at the next safe point (never in the middle of a bytecode). */
export let safePointRequested = false;
export function requestSafePoint(): void { safePointRequested = true; }
export function clearSafePointRequest(): void { safePointRequested = false; }

export interface HeapOptions {
  /** Heap size in bytes (default 1 GiB, 16 MiB..8 GiB). */
  heapBytes?: number;
  /** Worker slots (default: available parallelism, at most 64). */
  maxWorkers?: number;
  /** Nursery per worker in bytes (default 4 MiB; shrunk for small heaps). */
  nurseryBytes?: number;
  rootSlots?: number;
}

/** Parses a `--heap` value: "256M", "2G", "512k", "1048576" (bytes). Throws RangeError. */
export function parseHeapSize(text: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kKmMgG]?)(?:i?[bB])?$/.exec(text.trim());
  if (!m) throw new RangeError(`invalid heap size: ${text} (expected e.g. 256M or 2G)`);
  const unit = m[2] === '' ? 1 : 1024 ** ('kmg'.indexOf(m[2].toLowerCase()) + 1);
  const bytes = Math.floor(Number(m[1]) * unit);
  if (bytes < MIN_HEAP_BYTES || bytes > MAX_HEAP_BYTES) {
    throw new RangeError(`heap size ${text} out of range (16M..8G)`);
  }
  return bytes;
}

// newHeapBuffer: a SharedArrayBuffer (a shared WebAssembly.Memory's when it can:
// heap_buffer.ts); while V8 builds a startup snapshot (no SharedArrayBuffer there) a plain
// ArrayBuffer, which vm/cli/snapshot.ts copies into a real SAB at start.

function defaultWorkers(): number {
  const n = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  return Math.max(1, Math.min(MAX_WORKERS, n));
}

/** Creates and formats a heap; returns the SAB (attach to it with attachHeap). */
export function createHeap(opts: HeapOptions = {}): SharedArrayBuffer {
  const heapBytes = opts.heapBytes ?? DEFAULT_HEAP_BYTES;
  if (heapBytes < MIN_HEAP_BYTES || heapBytes > MAX_HEAP_BYTES) throw new RangeError(`heap size ${heapBytes} out of range (16M..8G)`);
  const maxWorkers = opts.maxWorkers ?? defaultWorkers();
  if (maxWorkers < 1 || maxWorkers > MAX_WORKERS) throw new RangeError(`maxWorkers ${maxWorkers} out of range (1..${MAX_WORKERS})`);
  const g = computeGeometry(heapBytes, maxWorkers, opts.nurseryBytes ?? DEFAULT_NURSERY_BYTES, opts.rootSlots ?? DEFAULT_ROOT_SLOTS);
  const s = newHeapBuffer(g.heapWords * 4);
  const m = new Int32Array(s);
  m[G_MAGIC] = HEAP_MAGIC;
  m[G_VERSION] = LAYOUT_VERSION;
  m[G_HEAP_WORDS] = g.heapWords | 0;
  m[G_MAX_WORKERS] = maxWorkers;
  m[G_NURSERY_WORDS] = g.nurseryWords;
  m[G_ROOT_SLOTS] = g.rootSlots;
  m[G_WORKERS_BASE] = g.workersBase;
  m[G_ROOT_BASE] = g.rootBase;
  m[G_PT_BASE] = g.pageTableBase;
  m[G_NURSERY_BASE] = g.nurseryBase;
  m[G_OLD_BASE] = g.oldBase;
  m[G_CARD_BASE] = g.cardBase;
  m[G_OLD_PAGES] = g.oldPages;
  m[G_GC_RESERVE_PAGES] = g.gcReservePages;
  m[G_FRONTIER] = 0;
  m[G_FREE_RUNS] = -1;
  m[G_MAJOR_TRIGGER] = initialMajorTrigger(g.oldPages, g.gcReservePages);
  for (let c = 0; c < NUM_SIZE_CLASSES; c++) m[G_PARTIAL + c] = -1;
  for (let w = 0; w < maxWorkers; w++) {
    const b = g.workersBase + w * WORKER_WORDS;
    const start = g.nurseryBase + w * g.nurseryWords;
    m[b + W_NURSERY_START] = start;
    m[b + W_NURSERY_END] = start + g.nurseryWords;
    m[b + W_NURSERY_SOFT] = start + g.nurseryWords - (g.nurseryWords >> 3);
    m[b + W_NURSERY_TOP] = start;
    m[b + W_TX_LOCK] = STM_BUILD ? LOCK_BASE + w : 0;
  }
  // root table: every slot free, chained through small ints (which the GC ignores)
  for (let i = 0; i < g.rootSlots; i++) m[g.rootBase + i] = tagInt(i + 1 < g.rootSlots ? i + 1 : -1);
  m[G_ROOT_FREE] = 0;
  m[G_ROOT_COUNT] = 0;
  return s;
}

/** Major-GC trigger before any major collection: a quarter of old space, at least 8 MiB. */
export function initialMajorTrigger(pages: number, reserve: number): number {
  return Math.min(pages - reserve, Math.max(2048, pages >> 2));
}

export interface AttachHooks { onAttach: Array<() => void> }
/** Modules with per-thread state (alloc.ts, gc) register a reset here. */
export const attachHooks: AttachHooks = { onAttach: [] };

/** What the VM keeps beside the heap that a transaction's view must agree with (its class
 *  caches, vm/objects/type_core.ts): told whenever this worker's snapshot moves (txBegin, an
 *  extension, becoming inevitable; after the clock was read, so every commit up to the new
 *  snapshot published first), and by a committing transaction before its validation, so before
 *  its new version exists (after that, any worker whose snapshot includes the commit learns of
 *  it). beforeVersion returns whether it bumped G_CLASS_EPOCH (the view epoch: txn_view_epoch.ts
 *  turns a move of it into an abort of a transaction whose snapshot extends past it). */
export interface ViewHooks { snapshotMoved(): void; beforeVersion(): boolean }
export const viewHooks: ViewHooks = { snapshotMoved: () => undefined, beforeVersion: () => false };

/** Attaches this JS thread to `buffer` as worker `slot`. Re-attaching resets all local state. */
export function attachHeap(buffer: SharedArrayBuffer, slot = 0): void {
  const m = new Int32Array(buffer);
  if (m[G_MAGIC] !== HEAP_MAGIC || m[G_VERSION] !== LAYOUT_VERSION) throw new Error('stmgc: not a pystm heap');
  if (slot < 0 || slot >= m[G_MAX_WORKERS]) throw new RangeError(`worker slot ${slot} out of range`);
  sab = buffer;
  mem = m;
  f64 = new Float64Array(buffer);
  i64 = new BigInt64Array(buffer);
  u16 = new Uint16Array(buffer);
  const four = 2 ** 32;
  u8 = new Uint8Array(buffer, 0, Math.min(buffer.byteLength, four));
  u8hi = buffer.byteLength > four ? new Uint8Array(buffer, four) : new Uint8Array(0);
  workerSlot = slot;
  workerBase = m[G_WORKERS_BASE] + slot * WORKER_WORDS;
  nurseryStart = m[workerBase + W_NURSERY_START];
  nurseryEnd = m[workerBase + W_NURSERY_END];
  nurserySoft = m[workerBase + W_NURSERY_SOFT];
  oldBase = m[G_OLD_BASE];
  oldPages = m[G_OLD_PAGES];
  pageTableBase = m[G_PT_BASE];
  rootBase = m[G_ROOT_BASE];
  rootSlots = m[G_ROOT_SLOTS];
  cardBase = m[G_CARD_BASE];
  txLock = m[workerBase + W_TX_LOCK];
  txLockClean = STM_BUILD ? LOCK_CLEAN + slot : 0;
  txSnapshot = 0;
  txActive = false;
  readMarks = new Uint8Array(0);
  cardMarks = new Uint8Array(0);
  cardReadMarks = new Uint8Array(0);
  Atomics.store(m, workerBase + W_ATTACHED, 1);
  safePointRequested = false;
  for (const f of attachHooks.onAttach) f();
}

/** Marks this worker slot free again (its nursery must be empty: call after a safe point). */
export function detachHeap(): void {
  Atomics.store(mem, workerBase + W_ATTACHED, 0);
  Atomics.notify(mem, G_STOP_WORLD); // workers waiting for a stop-the-world no longer wait for this one
}

/** Whether another worker slot is attached (a major collection then needs issue 6's stop-the-world). */
export function otherWorkersAttached(): boolean {
  const base = mem[G_WORKERS_BASE];
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) {
    if (w !== workerSlot && Atomics.load(mem, base + w * WORKER_WORDS + W_ATTACHED) !== 0) return true;
  }
  return false;
}

/** Byte size of the attached heap. */
export function heapBytes(): number { return sab.byteLength; }
/** Heap words (may be 2^31 for 8 GiB, which does not fit an int32 word). */
export function heapWordsOf(m: Int32Array): number { return m[G_HEAP_WORDS] >>> 0; }

interface HeapThreadState {
  workerSlot: number; workerBase: number; nurseryStart: number; nurseryEnd: number; nurserySoft: number;
  txLock: number; txLockClean: number; txSnapshot: number; txActive: boolean; readMarks: Uint8Array; cardMarks: Uint8Array;
  cardReadMarks: Uint8Array; safePointRequested: boolean;
}
threadStateHooks.push({
  save(): HeapThreadState {
    return { workerSlot, workerBase, nurseryStart, nurseryEnd, nurserySoft, txLock, txLockClean, txSnapshot, txActive, readMarks, cardMarks, cardReadMarks, safePointRequested };
  },
  restore(v: unknown): void {
    const s = v as HeapThreadState;
    ({ workerSlot, workerBase, nurseryStart, nurseryEnd, nurserySoft, txLock, txLockClean, txSnapshot, txActive, readMarks, cardMarks, cardReadMarks, safePointRequested } = s);
  },
});

/** Zeroes the words [from, to) (a nursery after a collection or an abort: megabytes). */
export function zeroZone(from: number, to: number): void {
  if (to - from < 16) {
    mem.fill(0, from, to);
    return;
  }
  const a = (from + 1) & ~1;
  const b = to & ~1;
  if (a !== from) mem[from] = 0;
  i64.fill(0n, a >>> 1, b >>> 1);
  if (b !== to) mem[b] = 0;
}
