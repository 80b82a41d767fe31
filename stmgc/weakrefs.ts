// stmgc/weakrefs.ts: weak references in the collectors. A weak reference is an object of type
// TYPE_WEAKREF (layout.ts: traced words, then the referent and a registry link as RAW words, so
// neither collector keeps the referent alive through it). Every weak reference is on the chain of
// the worker slot that made it (the registry: one cell per slot, its head a raw word, written
// transactionally by the VM), which is how the collectors find them and how getweakrefs() finds
// the references to an object. Both collectors, after their marking/copying is complete:
//   - unlink weak references that died themselves (no callback for them, as in CPython);
//   - clear the referent word of live ones whose referent died, and put those with a callback on
//     a pending list (linked through WR_PENDING, a traced word: the list keeps them alive).
// The VM runs the callbacks later, as guest code, from the pending list (vm/modules/weakref.ts);
// nothing here calls back into the VM. Minor collection: only this worker's chain, only the part
// made since its last minor collection (its young prefix, down to W_WEAK_MARK): a worker can only
// reach its own young objects, so an older weak reference never has a young referent. Inside a
// transaction the cleared references go on the worker's own pending list (W_WEAK_PENDING), which
// the commit publishes (G_WEAK_PENDING) and an abort drops: the references themselves belong to
// the aborted attempt. The major collection runs with every worker stopped: all chains.
import {
  GC_MARK, G_MAX_WORKERS, G_WEAK_PENDING, G_WEAK_REGISTRY, G_WORKERS_BASE, HDR_STM, TYPE_WEAKREF, WORKER_WORDS, WR_CALLBACK,
  WR_KIND, WR_NEXT, WR_PAYLOAD, WR_PENDING, WR_REFERENT, WR_SCAN, WRK_DUE, WRK_WATCH, W_WEAK_MARK, W_WEAK_PENDING,
} from './layout';
import { endResurrection, finalizerRootsMajor, isResurrected } from './finalizers';
import { mem, requestSafePoint, workerBase, workerSlot } from './heap';
import { allocateOld } from './alloc';

/** Registry objects carry type 2 (reserved to stmgc: nobody looks at their type). */
const FIRST_INTERNAL_TYPE = 2;

/** Weak references cleared by collections on this JS thread since the counter was read (tests). */
export let weakCleared = 0;

/** Creates the registry (old objects; the VM calls it once, deterministically, in its bootstrap,
 *  and keeps the returned object reachable, e.g. pinned). Returns the registry object. */
export function createWeakRegistry(): number {
  const n = mem[G_MAX_WORKERS];
  const reg = allocateOld(FIRST_INTERNAL_TYPE, n, n);
  for (let w = 0; w < n; w++) mem[reg + 2 + w] = allocateOld(FIRST_INTERNAL_TYPE, 1, 0);
  mem[G_WEAK_REGISTRY] = reg;
  return reg;
}

/** The chain cell of worker slot `w` (its payload word 0 is the chain head), 0 without registry. */
export function weakCell(w: number): number {
  const reg = mem[G_WEAK_REGISTRY];
  return reg === 0 ? 0 : mem[reg + 2 + w];
}

/**
 * Makes a weak reference to `referent` (a reference, never a small int) of VM class word `cls`
 * and kind `kind`, and links it on this slot's chain. The caller must have write-barriered the
 * chain cell (`weakCell(workerSlot)`): the link is a transactional write of that cell. Returns 0
 * when memory is exhausted.
 */
export function newWeakref(alloc: (type: number, payload: number, scan: number) => number, cls: number, referent: number, callback: number, kind: number): number {
  const r = alloc(TYPE_WEAKREF, WR_PAYLOAD, WR_SCAN);
  if (r === 0) return 0;
  const m = mem;
  m[r + 2] = cls;
  m[r + 2 + WR_CALLBACK] = callback;
  m[r + 2 + WR_REFERENT] = referent;
  m[r + 2 + WR_KIND] = kind;
  const cell = weakCell(workerSlot);
  if (cell !== 0) {
    m[r + 2 + WR_NEXT] = m[cell + 2];
    m[cell + 2] = r;
  }
  return r;
}

export function weakReferent(r: number): number { return mem[r + 2 + WR_REFERENT]; }

/** Calls fn(weakref) for every weak reference on every chain (a transaction must read-barrier
 *  the cells first: `weakCell(w)` for w < maxWorkers). */
export function forEachWeakref(fn: (r: number) => void): void {
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) {
    const cell = weakCell(w);
    if (cell === 0) return;
    for (let r = mem[cell + 2]; r !== 0; r = mem[r + 2 + WR_NEXT]) fn(r);
  }
}

// ── the order callbacks run in ──

/** References with a callback cleared by the running collection, with their dead referents, in
 *  the order the chains were walked (each chain newest first). */
const clearedRefs: number[] = [];
const clearedReferents: number[] = [];

function noteCleared(r: number, referent: number): void {
  clearedRefs.push(r);
  clearedReferents.push(referent);
}

/**
 * Puts the references noted by this collection at the front of the pending list at word `list`
 * in CPython's order: the references to one object together, newest first (CPython's
 * PyObject_ClearWeakRefs walks the object's list, to which each new reference is prepended),
 * and the objects in the order of their oldest reference (the closest stand-in for CPython's
 * order of deaths: objects get weak references roughly as they are made). A chain is walked
 * newest first, so a group's oldest reference is its last one seen.
 */
function queueCleared(list: number): void {
  const n = clearedRefs.length;
  if (n === 0) return;
  const m = mem;
  const order: number[][] = [];
  if (n === 1) order.push([clearedRefs[0]]);
  else {
    const groups = new Map<number, number[]>();
    const lastSeen = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const p = clearedReferents[i];
      let g = groups.get(p);
      if (g === undefined) groups.set(p, (g = []));
      g.push(clearedRefs[i]);
      lastSeen.set(p, i);
    }
    const keys = [...groups.keys()].sort((a, b) => lastSeen.get(b)! - lastSeen.get(a)!);
    for (const k of keys) order.push(groups.get(k)!);
  }
  // (the list is built by prepending: the last reference to run goes on first)
  for (let gi = order.length - 1; gi >= 0; gi--) {
    const g = order[gi];
    for (let i = g.length - 1; i >= 0; i--) {
      const r = g[i];
      m[r + 2 + WR_PENDING] = m[list];
      m[list] = r;
    }
  }
  clearedRefs.length = 0;
  clearedReferents.length = 0;
}

// ── minor collection ──

/** After the copy closure of a minor collection (nursery [start, start+size) still readable):
 *  fixes this slot's young chain prefix and the referents of the references on it. */
export function weakAfterMinor(start: number, size: number, inTx: boolean, partial = false): void {
  const cell = weakCell(workerSlot);
  if (cell === 0) return;
  const m = mem;
  const b = workerBase;
  const stop = m[b + W_WEAK_MARK];
  let pos = cell + 2;
  let r = m[pos];
  let cleared = false;
  while (r !== 0 && r !== stop) {
    if (((r - start) >>> 0) < size) {
      if (m[r] !== 0) { // died young: unlink it (its words are intact until the nursery is reset)
        r = m[r + 2 + WR_NEXT];
        m[pos] = r;
        continue;
      }
      r = m[r + HDR_STM]; // survived: its copy
      m[pos] = r;
    }
    if ((m[r + 2 + WR_KIND] & WRK_DUE) !== 0) { // a finalizer found dead: off the chain, onto the pending list
      dueFinalizer(r, b + W_WEAK_PENDING);
      cleared = true;
      r = m[r + 2 + WR_NEXT];
      m[pos] = r;
      continue;
    }
    const p = m[r + 2 + WR_REFERENT];
    if (p !== 0 && ((p - start) >>> 0) < size) {
      if (m[p] === 0 && !isResurrected(m[p + HDR_STM])) m[r + 2 + WR_REFERENT] = m[p + HDR_STM];
      else {
        m[r + 2 + WR_REFERENT] = 0;
        weakCleared++;
        if (m[r + 2 + WR_CALLBACK] !== 0) {
          noteCleared(r, p);
          cleared = true;
        }
      }
    }
    pos = r + 2 + WR_NEXT;
    r = m[pos];
  }
  // (a partial collection leaves young references below its range: the next minor looks again)
  if (!partial) m[b + W_WEAK_MARK] = m[cell + 2];
  queueCleared(b + W_WEAK_PENDING);
  endResurrection();
  if (cleared && !inTx) publishWeakPending();
}

/** A due finalizer registration leaves its chain (the caller unlinks it) for the pending list at
 *  word `list`: its referent moves to the traced callback word, which keeps it alive until the
 *  VM has called `__del__`. */
function dueFinalizer(r: number, list: number): void {
  const m = mem;
  m[r + 2 + WR_KIND] &= ~WRK_DUE;
  m[r + 2 + WR_CALLBACK] = m[r + 2 + WR_REFERENT];
  m[r + 2 + WR_REFERENT] = 0;
  m[r + 2 + WR_PENDING] = m[list];
  m[list] = r;
}

/** Moves this worker's pending list onto the global one (a commit's point of no return, or a
 *  collection outside any transaction), and asks for a safe point where the VM runs them. */
export function publishWeakPending(): void {
  const m = mem;
  const b = workerBase;
  const first = m[b + W_WEAK_PENDING];
  if (first === 0) return;
  let last = first;
  while (m[last + 2 + WR_PENDING] !== 0) last = m[last + 2 + WR_PENDING];
  m[b + W_WEAK_PENDING] = 0;
  for (;;) {
    const head = Atomics.load(m, G_WEAK_PENDING);
    m[last + 2 + WR_PENDING] = head;
    if (Atomics.compareExchange(m, G_WEAK_PENDING, head, first) === head) break;
  }
  requestSafePoint();
}

/** After a rollback: the attempt's cleared references are gone, and the chain head is the
 *  committed one again (the undo log restored the cell). */
export function weakAfterAbort(): void {
  const b = workerBase;
  mem[b + W_WEAK_PENDING] = 0;
  const cell = weakCell(workerSlot);
  if (cell !== 0) mem[b + W_WEAK_MARK] = mem[cell + 2];
}

/** Takes the whole global pending list (the caller runs the callbacks; inside a transaction it
 *  must be inevitable first: this is not undone). Returns its first reference, 0 if none. */
export function takeWeakPending(): number {
  if (mem[G_WEAK_PENDING] === 0) return 0;
  return Atomics.exchange(mem, G_WEAK_PENDING, 0);
}

/** Whether callbacks are due (one load). */
export function weakPending(): boolean { return mem[G_WEAK_PENDING] !== 0; }

// ── major collection ──

/** Roots of the major collection: the registry and the pending lists. */
export function weakRoots(markValue: (v: number) => void): void {
  markValue(mem[G_WEAK_REGISTRY]);
  finalizerRootsMajor(markValue);
  markValue(mem[G_WEAK_PENDING]);
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) markValue(mem[mem[G_WORKERS_BASE] + w * WORKER_WORDS + W_WEAK_PENDING]);
}

/** Called by the major collection, before the sweep (the dead object still readable), with the
 *  referent of each watch (WRK_WATCH) found dead; the VM frees what it kept for it (a class's
 *  TY_INFO id: vm/objects/type_watch.ts). It must not allocate. */
let watchDeathHook: ((referent: number) => void) | null = null;
export function setWatchDeathHook(f: ((referent: number) => void) | null): void { watchDeathHook = f; }

/** After marking, before the sweep: every chain loses its dead references, live references to
 *  dead objects are cleared, those with callbacks go on the global pending list; watches whose
 *  referent died are reported, cleared and unlinked. No transaction is open and every nursery is
 *  empty. Returns the number of references cleared. */
export function weakAfterMark(): number {
  const m = mem;
  let n = 0;
  for (let w = 0, slots = m[G_MAX_WORKERS]; w < slots; w++) {
    const cell = weakCell(w);
    if (cell === 0) break;
    let pos = cell + 2;
    let r = m[pos];
    while (r !== 0) {
      if ((m[r] & GC_MARK) === 0) {
        r = m[r + 2 + WR_NEXT];
        m[pos] = r;
        continue;
      }
      if ((m[r + 2 + WR_KIND] & WRK_DUE) !== 0) {
        dueFinalizer(r, G_WEAK_PENDING);
        r = m[r + 2 + WR_NEXT];
        m[pos] = r;
        continue;
      }
      const p = m[r + 2 + WR_REFERENT];
      if ((m[r + 2 + WR_KIND] & WRK_WATCH) !== 0) {
        // (a watch: dead only when its referent is unmarked; a resurrected one lives on)
        if (p !== 0 && (m[p] & GC_MARK) === 0) {
          if (watchDeathHook !== null) watchDeathHook(p);
          m[r + 2 + WR_REFERENT] = 0;
          r = m[r + 2 + WR_NEXT];
          m[pos] = r;
          continue;
        }
        pos = r + 2 + WR_NEXT;
        r = m[pos];
        continue;
      }
      if (p !== 0 && ((m[p] & GC_MARK) === 0 || isResurrected(p))) {
        m[r + 2 + WR_REFERENT] = 0;
        n++;
        if (m[r + 2 + WR_CALLBACK] !== 0) noteCleared(r, p); // (a reference is cleared once: never queued twice)
      }
      pos = r + 2 + WR_NEXT;
      r = m[pos];
    }
    m[m[G_WORKERS_BASE] + w * WORKER_WORDS + W_WEAK_MARK] = m[cell + 2];
  }
  queueCleared(G_WEAK_PENDING);
  endResurrection();
  weakCleared += n;
  return n;
}
