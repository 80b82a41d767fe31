// stmgc/finalizers.ts: finalizer registrations (`__del__`) in the collectors. A registration is a
// weak reference (TYPE_WEAKREF) whose kind word has WRK_FINALIZER, linked on its worker's registry
// chain like any weak reference, so an abort unlinks the registrations its attempt made. The
// differences, all here and in weakrefs.ts:
//   - the registration itself is always kept (a root of both collections while on a chain);
//   - when a collection finds its referent dead, the referent and everything it reaches are
//     *resurrected* (copied / marked after the normal closure), the registration leaves the chain
//     (at most one finalization per object, PEP 442) and goes on the pending list with the
//     referent moved to its traced WR_CALLBACK word, which keeps it alive until the VM has run
//     `__del__` as guest code and dropped the registration;
//   - of the finalizable objects a collection finds dead, those that another dead finalizable
//     object reaches wait for a later collection (their finalizer stays registered): CPython
//     frees an object only after the `__del__` of what holds it, so `__del__` may still use what
//     it holds, finalized or not. Objects that only cycles of dead finalizable objects reach are
//     all due at once (PEP 442). `chooseDue` decides with two walks of the dead objects they
//     reach (each object once per walk). gc.collect() collects again while finalizers ran.
//   - plain weak references to the due objects are cleared in the same collection (weakrefs.ts
//     asks `isResurrected`), as CPython clears them when it frees the object.
import { GC_MARK, G_MAX_WORKERS, HDR_STM, SCAN_ALL, SCAN_MASK, SCAN_SHIFT, WRK_DUE, WRK_FINALIZER, WRK_WATCH, WR_KIND, WR_NEXT, WR_REFERENT } from './layout';
import { objectWords } from './objects';
import { mem, workerBase, workerSlot } from './heap';
import { W_WEAK_MARK } from './layout';
import { weakCell } from './weakrefs';

/** The resurrected referents of the collection in progress (their new addresses), or null. */
let resurrected: Set<number> | null = null;

/** Whether `p` (an address after the copy / mark) is a finalizable object this collection found
 *  dead: weak references to it are cleared. */
export function isResurrected(p: number): boolean { return resurrected !== null && resurrected.has(p); }

/** Forgets the set (end of the collection's weak reference pass). */
export function endResurrection(): void { resurrected = null; }

const isFinalizer = (r: number): boolean => (mem[r + 2 + WR_KIND] & WRK_FINALIZER) !== 0;
/** Kept while on a chain (a root of both collections): registrations and watches (WRK_WATCH). */
const isKept = (r: number): boolean => (mem[r + 2 + WR_KIND] & (WRK_FINALIZER | WRK_WATCH)) !== 0;

/** Adds to `seen` every dead object reachable from the fields of `x` (x itself only through a
 *  cycle). `isDead` tells a dead object from a live one (never called with 0 or a small int). */
function walkFrom(x: number, seen: Set<number>, isDead: (v: number) => boolean): void {
  const m = mem;
  const stack = [x];
  while (stack.length > 0) {
    const o = stack.pop()!;
    let n = (m[o] >>> SCAN_SHIFT) & SCAN_MASK;
    if (n === SCAN_ALL) n = objectWords(o) - 2;
    for (let p = o + 2, end = o + 2 + n; p < end; p++) {
      const v = m[p];
      if ((v & 1) === 0 && v !== 0 && !seen.has(v) && isDead(v)) {
        seen.add(v);
        stack.push(v);
      }
    }
  }
}

/** Which of the dead finalizable objects `dead` are due now: those no other dead one reaches
 *  (the roots), and those reached only from cycles among themselves, not from a root. */
function chooseDue(dead: number[], isDead: (v: number) => boolean): boolean[] {
  const reached = new Set<number>();
  for (const x of dead) walkFrom(x, reached, isDead);
  const fromRoots = new Set<number>();
  for (const x of dead) if (!reached.has(x)) walkFrom(x, fromRoots, isDead);
  return dead.map((x) => !fromRoots.has(x));
}

// ── minor collection ──

/** Before the copy closure: this slot's young registrations and watches are roots (nobody else
 *  may reference them). `evacuate` copies a nursery object (idempotent). */
export function finalizerRootsMinor(start: number, size: number, evacuate: (v: number) => number): void {
  const cell = weakCell(workerSlot);
  if (cell === 0) return;
  const m = mem;
  const stop = m[workerBase + W_WEAK_MARK];
  for (let r = m[cell + 2]; r !== 0 && r !== stop; r = m[r + 2 + WR_NEXT]) {
    if (((r - start) >>> 0) < size && isKept(r)) evacuate(r); // (the source words stay readable)
  }
}

/** After the copy closure: the registrations whose young referent was not copied are due; their
 *  referents are copied and `drain` completes the closure. Reads the chain through the original
 *  nursery words (intact until the nursery is reset). */
export function finalizerResurrectMinor(start: number, size: number, evacuate: (v: number) => number, drain: () => void): void {
  const cell = weakCell(workerSlot);
  if (cell === 0) return;
  const m = mem;
  const stop = m[workerBase + W_WEAK_MARK];
  let due: number[] | null = null;
  for (let r = m[cell + 2]; r !== 0 && r !== stop; r = m[r + 2 + WR_NEXT]) {
    if (!isFinalizer(r)) continue;
    const p = m[r + 2 + WR_REFERENT];
    if (p !== 0 && ((p - start) >>> 0) < size && m[p] !== 0) (due ??= []).push(r);
  }
  if (due === null) return;
  const dead = due.reverse(); // (oldest first)
  const now = chooseDue(dead.map((r) => m[r + 2 + WR_REFERENT]), (v) => ((v - start) >>> 0) < size && m[v] !== 0);
  resurrected = new Set();
  for (let i = 0; i < dead.length; i++) {
    const r = dead[i];
    const rr = ((r - start) >>> 0) < size ? m[r + HDR_STM] : r; // (the registration's copy)
    if (!now[i]) continue; // (deferred: kept alive by a due one, copied by the closure below)
    m[rr + 2 + WR_KIND] |= WRK_DUE;
    const c = evacuate(m[rr + 2 + WR_REFERENT]);
    m[rr + 2 + WR_REFERENT] = c;
    resurrected.add(c);
  }
  drain();
}

// ── major collection ──

/** Roots of the major collection: every registration and watch on every chain. */
export function finalizerRootsMajor(markValue: (v: number) => void): void {
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) {
    const cell = weakCell(w);
    if (cell === 0) return;
    for (let r = mem[cell + 2]; r !== 0; r = mem[r + 2 + WR_NEXT]) if (isKept(r)) markValue(r);
  }
}

/** After marking: registrations with an unmarked referent are due; their referents are marked
 *  and `drain` completes the marking. */
export function finalizerResurrectMajor(markValue: (v: number) => void, drain: () => void): void {
  const m = mem;
  let due: number[] | null = null;
  for (let w = 0, n = m[G_MAX_WORKERS]; w < n; w++) {
    const cell = weakCell(w);
    if (cell === 0) break;
    for (let r = m[cell + 2]; r !== 0; r = m[r + 2 + WR_NEXT]) {
      if (!isFinalizer(r)) continue;
      const p = m[r + 2 + WR_REFERENT];
      if (p !== 0 && (m[p] & GC_MARK) === 0) (due ??= []).push(r);
    }
  }
  if (due === null) return;
  const dead = due.reverse(); // (oldest first)
  const now = chooseDue(dead.map((r) => m[r + 2 + WR_REFERENT]), (v) => (m[v] & GC_MARK) === 0);
  resurrected = new Set();
  for (let i = 0; i < dead.length; i++) {
    if (!now[i]) continue; // (deferred: kept alive by a due one, marked below)
    const r = dead[i];
    m[r + 2 + WR_KIND] |= WRK_DUE;
    const p = m[r + 2 + WR_REFERENT];
    resurrected.add(p);
    markValue(p);
  }
  drain();
}
