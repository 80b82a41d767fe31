// Attaching a worker thread's VM to the shared heap by deterministic replay. The main thread's
// bootstrap (bootCore in vm/runtime/bootstrap.ts) built every builtin class, singleton,
// interned string and builtin function in the heap, and the JS side of the VM caches their
// references everywhere (T.*, K.*, layoutType, the intern map, the builtin impl table, slot
// closures keyed by class...). A worker gets the same JS state by running the very same
// bootCore on a PRIVATE heap of the same geometry, attached as slot 0 like the main thread
// was: every allocation returns the same reference as it did on the main thread. It then
// checks the replay (geometry, the number of pinned objects and every pinned reference equal
// the shared heap's bootstrap prefix), switches its views to the shared heap as its own slot,
// and makes its own thread state. The shared heap is only read until then, never written, so
// whatever the main thread did since (sys.modules, builtins dict, ...) stays as it is.
// The two halves (replayBoot, finishAttach) may run apart: a worker of a pool started early
// replays, then waits until the main thread lets it attach.
import { attachHeap, createHeap } from '../../stmgc/heap';
import { getRoot } from '../../stmgc/roots';
import { G_HEAP_WORDS, G_MAX_WORKERS, G_NURSERY_WORDS, G_OLD_BASE, G_ROOT_SLOTS } from '../../stmgc/layout';
import { bootCore, bootCoreFingerprint, bootInfoRootSlot } from '../runtime/bootstrap';
import { pinnedAt, pinnedCount, pinnedSlot } from '../runtime/pinned';
import { newThreadState } from '../interp/thread';
import { typeModified } from '../objects/type_core';

export class AttachError extends Error {}

export interface AttachResult {
  /** Pinned objects compared (the bootstrap prefix). */
  pinned: number;
  replayMs: number;
  totalMs: number;
}

/** What the private replay left for the check against the shared heap (see finishAttach). */
export interface Replayed {
  shared: SharedArrayBuffer;
  refs: Int32Array;
  infoSlot: number;
  fingerprint: number;
  pinSlot: number;
  replayMs: number;
}

/** Replays the bootstrap privately, verifies it against `shared`, and attaches as `slot`. */
export function attachVm(shared: SharedArrayBuffer, slot: number, makeThreadState = true): AttachResult {
  return finishAttach(replayBoot(shared), slot, makeThreadState);
}

/**
 * The first half of attachVm: the bootstrap replayed on a private heap of the shared heap's
 * geometry. Reads only the shared heap's geometry words (written once, before any worker
 * exists), so it may run long before the main thread lets the worker attach (a pool started
 * early, pool.ts prespawnThreadPool).
 */
export function replayBoot(shared: SharedArrayBuffer): Replayed {
  const t0 = performance.now();
  const g = new Int32Array(shared);
  const scratch = createHeap({
    heapBytes: shared.byteLength,
    maxWorkers: g[G_MAX_WORKERS],
    nurseryBytes: g[G_NURSERY_WORDS] * 4,
    rootSlots: g[G_ROOT_SLOTS],
  });
  attachHeap(scratch, 0);
  bootCore();
  const t1 = performance.now();
  const mine = new Int32Array(scratch);
  for (const w of [G_HEAP_WORDS, G_MAX_WORKERS, G_NURSERY_WORDS, G_ROOT_SLOTS, G_OLD_BASE]) {
    if (mine[w] !== g[w]) throw new AttachError(`heap geometry differs (global word ${w}: ${mine[w]} vs ${g[w]})`);
  }
  const n = pinnedCount();
  const refs = new Int32Array(n);
  for (let i = 0; i < n; i++) refs[i] = pinnedAt(i);
  return { shared, refs, infoSlot: bootInfoRootSlot(), fingerprint: bootCoreFingerprint(), pinSlot: pinnedSlot(), replayMs: t1 - t0 };
}

/** The second half of attachVm: checks the replay against the shared heap and attaches as `slot`. */
export function finishAttach(r: Replayed, slot: number, makeThreadState = true): AttachResult {
  const { shared, refs, infoSlot, fingerprint, pinSlot } = r;
  const n = refs.length;
  const tf = performance.now();
  attachHeap(shared, slot);
  // from here on `mem` is the shared heap
  const prefix = getRoot(infoSlot) >> 1;
  if (prefix !== n) throw new AttachError(`bootstrap is not deterministic: the main thread pinned ${prefix} objects, the replay ${n}`);
  const theirs = getRoot(infoSlot + 1) >> 1;
  if (theirs !== fingerprint) throw new AttachError(`bootstrap is not deterministic: allocation state after it differs (${theirs} vs ${fingerprint})`);
  if (pinnedCount() < n) throw new AttachError(`shared pinned vector (root ${pinSlot}) is shorter than the bootstrap`);
  for (let i = 0; i < n; i++) {
    if (pinnedAt(i) !== refs[i]) {
      throw new AttachError(`bootstrap is not deterministic: pinned object ${i} is ${pinnedAt(i)} on the main thread, ${refs[i]} in the replay`);
    }
  }
  if (makeThreadState) newThreadState();
  typeModified();
  const t2 = performance.now();
  return { pinned: n, replayMs: r.replayMs, totalMs: r.replayMs + (t2 - tf) }; // (not the wait between the halves)
}
