// bench/micro/stmgc_alloc_kernel.ts: allocation and collection workloads measured by
// stmgc_alloc.mjs: nursery bump allocation of small objects (most die young), the minor
// collection of a nursery whose objects mostly survive, and mark-sweep of a given live set.
import { attachHeap, createHeap, mem } from '../../stmgc/heap';
import { allocate } from '../../stmgc/alloc';
import { storeField } from '../../stmgc/barriers';
import { collectAtSafePoint, collectGarbage, safePoint } from '../../stmgc/gc';
import { addRoot, getRoot, setRoot } from '../../stmgc/roots';
import { readStats } from '../../stmgc/stats';
import { tagInt } from '../../stmgc/layout';

export function setup(): void {
  attachHeap(createHeap({ heapBytes: 512 << 20, maxWorkers: 1 }), 0);
}

/** n allocations of 4-word objects (a float-sized box), safe point every 64; keeps one in 1000. */
export function allocateMostlyGarbage(n: number): number {
  const slot = addRoot(0);
  let check = 0;
  for (let i = 0; i < n; i++) {
    const r = allocate(16, 2, 2);
    mem[r + 2] = tagInt(i);
    if (i % 1000 === 0) { storeField(r, 1, getRoot(slot)); setRoot(slot, r); }
    check += r & 1;
    if ((i & 63) === 0) safePoint();
  }
  collectAtSafePoint();
  setRoot(slot, 0);
  return check;
}

/** Fills most of the nursery with a linked list that all survives; returns the minor GC time. */
export function minorWithSurvivors(objects: number): number {
  const slot = addRoot(0);
  for (let i = 0; i < objects; i++) {
    const r = allocate(16, 4, 2);
    storeField(r, 0, getRoot(slot));
    setRoot(slot, r);
  }
  const before = readStats(0).minorMs;
  collectAtSafePoint();
  const ms = readStats(0).minorMs - before;
  setRoot(slot, 0);
  return ms;
}

/** Builds `objects` old objects in a list, then times a full collection (mark + sweep). */
export function majorWithLive(objects: number): number {
  const slot = addRoot(0);
  for (let i = 0; i < objects; i++) {
    const r = allocate(16, 4, 2);
    storeField(r, 0, getRoot(slot));
    setRoot(slot, r);
    if ((i & 63) === 0) safePoint();
  }
  collectAtSafePoint();
  const before = readStats(0).majorMs;
  collectGarbage();
  const ms = readStats(0).majorMs - before;
  setRoot(slot, 0);
  collectGarbage();
  return ms;
}
