// Allocation for the VM: stmgc's allocate/allocateOld, turning an exhausted heap into a Python
// MemoryError (raised as a PyException, which the guest can catch). `allocOld` is for objects
// that live long and whose address the VM caches in JS (types, code objects, interned strings,
// modules, functions): old space never moves, so such a reference stays valid until the object
// dies (JS caches keyed by address are dropped after every major collection, see gcEpoch).
import { allocate, allocateOld, allocateUnzeroed } from '../../stmgc/alloc';
import { attachHooks, mem, threadStateHooks } from '../../stmgc/heap';
import { majorHooks } from '../../stmgc/gc_major';
import { G_MAJOR_COUNT } from '../../stmgc/layout';
import { minorHooks } from '../../stmgc/gc_minor';
import { invalidateTypeInfoCache } from '../objects/type_core';

export type OomHandler = () => never;
let onOom: OomHandler = () => {
  throw new RangeError('pystm: out of heap before the VM started');
};
/** Installed by the bootstrap once MemoryError exists. */
export function setOomHandler(h: OomHandler): void { onOom = h; }

export function alloc(layout: number, payloadWords: number, scan: number): number {
  const r = allocate(layout, payloadWords, scan);
  return r !== 0 ? r : onOom();
}

/** alloc for a pointer-free object whose payload the caller writes completely before anything
 *  else runs: a large object's payload is not zeroed first (nursery objects are born zeroed). */
export function allocUnzeroed(layout: number, payloadWords: number): number {
  const r = allocateUnzeroed(layout, payloadWords);
  return r !== 0 ? r : onOom();
}

export function allocOld(layout: number, payloadWords: number, scan: number): number {
  const r = allocateOld(layout, payloadWords, scan);
  return r !== 0 ? r : onOom();
}

/** Changes after every major collection: JS caches keyed by heap address must be rebuilt. */
export function gcEpoch(): number { return mem[G_MAJOR_COUNT] + abortEpoch; }
/** Aborted transactions of this worker (scaled): their objects are gone, as after a collection. */
let abortEpoch = 0;
export function bumpAbortEpoch(): void { abortEpoch += 2 ** 20; }

let minors = 0;
/** Changes whenever a young object may have died or moved: every minor collection and rollback
 *  (both run minorHooks), major collection and worker attach (and a switch of the worker slot
 *  driven from this JS thread, stmgc/txn_handles.ts). A plain variable, for the per-call
 *  test of interp/frame_recycle.ts. */
export let youngEpoch = 0;
let hooked = false;
/** Counts minor collections (called by the bootstrap). */
export function initAllocHooks(): void {
  if (hooked) return;
  hooked = true;
  minorHooks.push(() => {
    minors++;
    youngEpoch++;
    invalidateTypeInfoCache();
  });
  majorHooks.push(() => { youngEpoch++; });
  attachHooks.onAttach.push(() => { youngEpoch++; });
  // (tests drive several worker slots from one JS thread: another slot's nursery is not ours)
  threadStateHooks.push({ save: () => 0, restore: () => { youngEpoch++; } });
}
/** Changes after every collection: for JS caches that may hold young references. */
export function anyGcEpoch(): number { return minors * 65536 + mem[G_MAJOR_COUNT] + abortEpoch; }
