// vm/objects/type_watch.ts: weak `__subclasses__` lists. A class made by a class statement or
// type() gets a *watch*: a weak reference of kind WRK_WATCH (stmgc/weakrefs.ts) on this worker's
// registry chain, kept by both collections while its class lives, never shown to the program
// (weakref_index.ts and finalizer_exit.ts skip it). Its bases' TY_SUBCLASSES lists hold the
// watch, not the class, so subclassing keeps no class alive (CPython's lists of weak references);
// `__subclasses__()` and the MRO updates read the live referents. When the major collection finds
// the class dead, the watch reports it (type_ids.ts frees its id and moves every worker's class
// epoch), clears its referent and leaves its chain; a dead entry left in a live base's list is
// dropped when that list next grows to a power of two (amortized O(1) per subclass) or is
// rewritten. The watch is made with the class, inside the same (inevitable) transaction: linking
// it is a transactional write of this slot's chain cell, as for any weak reference.
import { mem, workerSlot } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import { WRK_WATCH, WR_REFERENT } from '../../stmgc/layout';
import { newWeakref, weakCell } from '../../stmgc/weakrefs';
import { allocOld } from '../runtime/alloc';
import { T } from '../runtime/types';
import { listAppend, listItems, listLen, listSetAll } from './list_core';

/** TY_SUBCLASSES's word offset (type_core.ts; not imported: type_core's users import this). */
const TY_SUBCLASSES_WORD = 15;

/** A new watch of class `t` (old space: never moved, so a list of an old base holds it plainly),
 *  or 0 when there is no registry yet (a class made that early stays pinned by the caller). */
export function newWatch(t: number): number {
  const cell = weakCell(workerSlot);
  if (cell === 0) return 0;
  writeBarrier(cell); // (the link is a transactional write of this slot's chain cell)
  return newWeakref(allocOld, T.weakref | 0, t, 0, WRK_WATCH);
}

/** The class a subclass-list entry names, 0 once it died. (A watch's referent changes only in a
 *  stop-the-world collection: a plain read.) */
function referentOf(w: number): number { return mem[w + 2 + WR_REFERENT]; }

/** The live subclasses of `b`, oldest first. */
export function subclassesOf(b: number): number[] {
  const subs = mem[b + TY_SUBCLASSES_WORD];
  if (subs === 0) return [];
  const out: number[] = [];
  for (const w of listItems(subs)) {
    const c = referentOf(w);
    if (c !== 0) out.push(c);
  }
  return out;
}

/** The entry of `b`'s list that names `t`, or 0. */
export function watchIn(b: number, t: number): number {
  const subs = mem[b + TY_SUBCLASSES_WORD];
  if (subs === 0) return 0;
  for (const w of listItems(subs)) if (referentOf(w) === t) return w;
  return 0;
}

/** Lists watch `w` under base `b` (dead entries dropped when the list reaches a power of two). */
export function addSubclass(b: number, w: number): void {
  const subs = mem[b + TY_SUBCLASSES_WORD];
  if (subs === 0 || w === 0) return;
  const n = listLen(subs);
  if (n >= 8 && (n & (n - 1)) === 0) {
    const items = listItems(subs);
    const live = items.filter((x) => referentOf(x) !== 0);
    if (live.length !== items.length) listSetAll(subs, live);
  }
  listAppend(subs, w);
}

/** Takes `t` off `b`'s list (and any dead entries); returns its watch, or 0. */
export function removeSubclass(b: number, t: number): number {
  const subs = mem[b + TY_SUBCLASSES_WORD];
  if (subs === 0) return 0;
  const items = listItems(subs);
  let found = 0;
  const keep: number[] = [];
  for (const w of items) {
    const c = referentOf(w);
    if (c === t) found = w;
    else if (c !== 0) keep.push(w);
  }
  if (keep.length !== items.length) listSetAll(subs, keep);
  return found;
}
