// The weak references to each object, for getweakrefcount / getweakrefs / `obj.__weakref__`.
// CPython keeps a list per object; we have no word for it in the referent, and walking every
// registry chain per call made a loop over N objects with N weak references quadratic. This is a
// per-worker JS index, referent address -> its weak references, built from the chains and kept
// in step with them: new references are linked at the head of a chain, so a call walks only the
// part of each chain made since the last call; anything else that changes a chain or moves a
// referent is a collection or an abort here, which changes anyGcEpoch and rebuilds the index (one
// walk of every chain). Finalizer registrations (finalizer.ts) and class watches (type_watch.ts)
// are not weak references: skipped.
import { mem } from '../../stmgc/heap';
import { readBarrier } from '../../stmgc/barriers';
import { G_MAX_WORKERS, WRK_FINALIZER, WRK_WATCH, WR_KIND, WR_NEXT, WR_REFERENT } from '../../stmgc/layout';
import { weakCell } from '../../stmgc/weakrefs';
import { anyGcEpoch } from '../runtime/alloc';

let epoch = -1;
/** Per worker slot: the chain head when the index last saw it, and referent -> refs oldest first. */
let heads: number[] = [];
let bySlot: Map<number, number[]>[] = [];

function add(map: Map<number, number[]>, r: number): void {
  if ((mem[r + 2 + WR_KIND] & (WRK_FINALIZER | WRK_WATCH)) !== 0) return;
  const p = mem[r + 2 + WR_REFERENT];
  if (p === 0) return;
  const l = map.get(p);
  if (l === undefined) map.set(p, [r]);
  else l.push(r);
}

function sync(): void {
  const n = mem[G_MAX_WORKERS];
  const e = anyGcEpoch();
  if (e !== epoch) {
    epoch = e;
    heads = new Array<number>(n).fill(0);
    bySlot = [];
    for (let w = 0; w < n; w++) bySlot.push(new Map());
  }
  for (let w = 0; w < n; w++) {
    const cell = weakCell(w);
    if (cell === 0) break;
    readBarrier(cell);
    const h = mem[cell + 2];
    const seen = heads[w];
    if (h === seen) continue;
    const fresh: number[] = [];
    let r = h;
    while (r !== 0 && r !== seen) {
      fresh.push(r);
      r = mem[r + 2 + WR_NEXT];
    }
    if (r !== seen) bySlot[w] = new Map(); // (the old head is gone: `fresh` is the whole chain)
    const map = bySlot[w];
    for (let i = fresh.length - 1; i >= 0; i--) add(map, fresh[i]);
    heads[w] = h;
  }
}

/** Every live weak reference to `obj`: as CPython's list, the shared plain `ref(obj)` first,
 *  then the others newest first per worker slot. */
export function weakrefsTo(obj: number): number[] {
  sync();
  const out: number[] = [];
  let plain = 0;
  for (const map of bySlot) {
    const l = map.get(obj);
    if (l === undefined) continue;
    for (let i = l.length - 1; i >= 0; i--) {
      const r = l[i];
      if (mem[r + 2 + WR_REFERENT] !== obj) continue;
      if (plain === 0 && (mem[r + 2 + WR_KIND] & WK_PLAIN_FLAG) !== 0) plain = r;
      else out.push(r);
    }
  }
  if (plain !== 0) out.unshift(plain);
  return out;
}

/** (weakref.ts's WK_PLAIN: the flags word of an exact `weakref.ref` without callback) */
const WK_PLAIN_FLAG = 1;

/** How many live weak references `obj` has. */
export function weakrefCount(obj: number): number {
  sync();
  let n = 0;
  for (const map of bySlot) {
    const l = map.get(obj);
    if (l !== undefined) for (const r of l) if (mem[r + 2 + WR_REFERENT] === obj) n++;
  }
  return n;
}
