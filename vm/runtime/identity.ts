// id() and identity hashes for a moving nursery. An old object's identity is its address (old
// space never moves). A young object asked for its identity gets a number from a counter,
// remembered in a per-worker table keyed by address; the minor collection moves the entry to
// the object's new address (stmgc minorHooks), the major one drops entries of dead objects. The
// two kinds never collide: addresses are multiples of 8 below 2^35, counters start at 2^36.
import { mem } from '../../stmgc/heap';
import { GC_OLD, TYPE_MASK } from '../../stmgc/layout';
import { minorHooks } from '../../stmgc/gc_minor';
import { majorHooks } from '../../stmgc/gc_major';

const young = new Map<number, number>();
const promoted = new Map<number, number>();
let counter = 2 ** 36;

/** The id() of a heap object, as a JS number (exact below 2^53). */
export function identity(ref: number): number {
  if ((mem[ref] & GC_OLD) !== 0) {
    const p = promoted.get(ref);
    return p !== undefined ? p : ref * 4;
  }
  let id = young.get(ref);
  if (id === undefined) {
    id = counter;
    counter += 16;
    young.set(ref, id);
  }
  return id;
}

/** The identity hash (an int32), as CPython's id(x) >> 4 folded. */
export function identityHash(ref: number): number {
  const id = identity(ref);
  const h = (id / 16) | 0;
  return h === -1 ? -2 : h;
}

let hooked = false;
export function resetIdentity(): void {
  young.clear();
  promoted.clear();
  if (hooked) return;
  hooked = true;
  minorHooks.push((forwarded) => {
    for (const [ref, id] of young) {
      const to = forwarded(ref);
      if (to !== 0) promoted.set(to, id);
    }
    young.clear();
  });
  majorHooks.push(() => {
    for (const ref of promoted.keys()) if ((mem[ref] & TYPE_MASK) === 0) promoted.delete(ref);
  });
}
