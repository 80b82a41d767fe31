// vm/objects/type_ids.ts: the TY_INFO ids of classes (type_core.ts typeInfo's index), handed out
// from one table in the heap so that they are unique on every worker and the id of a class that
// died is used again (the per-worker TypeInfo array stays as long as the most classes ever alive
// at once, not as the classes ever made). A class made by a class statement or type() is not
// pinned: its watch (type_watch.ts) reports its death to the major collection, which puts its id
// back on the free stack here, before the sweep, and counts the death; every worker then drops
// its TypeInfo entries of dead classes and moves its class epoch (every inline cache keyed by a
// class address misses once: the dead class's address may be a new class's by then).
//   table (L_RAW, old, held by a root slot): [next id, free count, deaths, free id 0, free id 1, ...]
// Capacity >= ids ever handed out, so freeing never overflows. Taking an id is serialized: outside
// a transaction only one worker runs guest code; inside one, allocType becomes inevitable first
// (one inevitable transaction at a time), so the plain (non-transactional) writes here are never
// undone nor raced. The collector writes the table with every worker stopped.
import { attachHooks, mem, requestSafePoint } from '../../stmgc/heap';
import { addRoot, getRoot, setRoot } from '../../stmgc/roots';
import { G_CLASS_EPOCH, G_MAJOR_COUNT, G_MAJOR_REQUESTED } from '../../stmgc/layout';
import { majorHooks } from '../../stmgc/gc_major';
import { setWatchDeathHook } from '../../stmgc/weakrefs';
import { allocOld } from '../runtime/alloc';
import { L_RAW } from '../runtime/layouts';
import { payloadWords } from '../../stmgc/objects';

const NEXT = 2;
const FREE = 3;
const DEATHS = 4;
const IDS = 5; // first free id (address offset)

let slot = -1;

/** Forgets the table (a new heap is being booted). */
export function resetTypeIds(): void {
  slot = -1;
  seenDeaths = 0;
  diedNow.clear();
}

function grow(cap: number): number {
  const t = allocOld(L_RAW, cap + 3, 0);
  if (slot < 0) {
    mem[t + NEXT] = 1;
    mem[t + FREE] = 0;
    mem[t + DEATHS] = 0;
    slot = addRoot(t);
    if (slot < 0) throw new RangeError('pystm: root table full');
  } else {
    const old = getRoot(slot);
    const n = IDS + mem[old + FREE];
    for (let p = 2; p < n; p++) mem[t + p] = mem[old + p];
    setRoot(slot, t);
  }
  return t;
}

/** Classes this JS thread made since the major collection numbered `madeSinceMajor`. */
let made = 0;
let madeSinceMajor = -1;
/** Classes after which a major collection is asked for, whatever the old-space trigger. */
const CLASS_TRIGGER = 8192;

/** A class costs ~1 KB of old space and a TypeInfo in every worker's JS heap that uses it, but
 *  only a major collection frees either, and the first comes at a quarter of old space (256 MiB
 *  of a 1 GiB heap): a loop making classes ran to ~300 MB. So a collection is also asked for once
 *  this thread made more classes since the last one than CLASS_TRIGGER and than 3/4 of the ids
 *  in use (a program that keeps its classes pays a collection per doubling). */
function noteClass(t: number): void {
  const count = mem[G_MAJOR_COUNT];
  if (count !== madeSinceMajor) {
    madeSinceMajor = count;
    made = 0;
  }
  made++;
  if (made > CLASS_TRIGGER && made * 4 > (mem[t + NEXT] - 1 - mem[t + FREE]) * 3 && mem[G_MAJOR_REQUESTED] === 0) {
    mem[G_MAJOR_REQUESTED] = 1;
    requestSafePoint();
  }
}

/** A new class's id (the caller is the only one taking ids now: see the header). */
export function takeTypeId(): number {
  let t = slot < 0 ? grow(1024) : getRoot(slot);
  noteClass(t);
  const free = mem[t + FREE];
  if (free > 0) {
    mem[t + FREE] = free - 1;
    return mem[t + IDS + free - 1];
  }
  const id = mem[t + NEXT];
  if (id > payloadWords(t) - 3) t = grow((payloadWords(t) - 3) * 2); // (room to free every id)
  mem[t + NEXT] = id + 1;
  return id;
}

// ── deaths (the collector) ──

/** Dead classes reported by the running collection (a class with several watches: once). */
const diedNow = new Set<number>();
/** TY_INFO's word offset (type_core.ts TY_INFO; not imported: type_core imports this file). */
const TY_INFO_WORD = 14;

setWatchDeathHook((t) => {
  if (diedNow.has(t) || slot < 0) return;
  diedNow.add(t);
  const tab = getRoot(slot);
  const id = mem[t + TY_INFO_WORD] >> 1;
  const free = mem[tab + FREE];
  if (id > 0 && id < mem[tab + NEXT] && free < payloadWords(tab) - 3) {
    mem[tab + IDS + free] = id;
    mem[tab + FREE] = free + 1;
  }
  mem[tab + DEATHS]++;
});

// ── every worker ──

let seenDeaths = 0;
let onDeaths: () => void = () => {};
/** Installed by type_core.ts: drops this worker's TypeInfo entries of dead classes and moves its
 *  class epoch. */
export function setOnClassDeaths(f: () => void): void { onDeaths = f; }

function afterMajor(): void {
  if (diedNow.size > 0) {
    diedNow.clear();
    Atomics.add(mem, G_CLASS_EPOCH, 1); // (the other workers' caches too, at their next snapshot)
  }
  if (slot < 0) return;
  const d = mem[getRoot(slot) + DEATHS];
  if (d === seenDeaths) return;
  seenDeaths = d;
  onDeaths();
}
majorHooks.push(afterMajor);
// (a worker that attaches, or attaches again, may have missed collections: its hooks did not run)
attachHooks.onAttach.push(() => {
  if (slot >= 0) seenDeaths = mem[getRoot(slot) + DEATHS];
  onDeaths();
});

/** Classes freed so far (tests). */
export function classDeaths(): number { return slot < 0 ? 0 : mem[getRoot(slot) + DEATHS]; }
