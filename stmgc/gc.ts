// stmgc/gc.ts: the safe-point entry of the collectors and the policy that decides what runs.
// The VM calls safePoint() at every bytecode boundary of its top-level dispatch loop (issue 6:
// at every commit, where the minor collection always runs). It is one load and one branch when
// nothing is pending. collectGarbage() is gc.collect(). Neither may be called while the VM holds
// raw references in JS locals: afterwards, only root slots and heap words are valid.
// A major collection runs at once when this is the one attached worker and no transaction is
// open (its logs and read set hold references the marking does not see). With other workers
// attached it is a stop-the-world (gc_stw.ts): outside a transaction this worker raises the
// request and parks here until the last worker stops and collects; inside one it only raises
// the request, which its next transaction boundary (stwBoundary) honours.
import { G_MAJOR_REQUESTED, G_STOP_WORLD, STW_COLLECTING, STW_NONE } from './layout';
import { clearSafePointRequest, mem, otherWorkersAttached, safePointRequested, txActive } from './heap';
import { clearOutOfMemory } from './alloc';
import { minorCollection } from './gc_minor';
import { majorCollection } from './gc_major';
import { raiseStopTheWorld, setStoppedWorldCheck, stopTheWorld } from './gc_stw';

/** PYSTM_VERIFY_GC=1: verify the whole heap after every collection (very slow; debugging). With
 *  other workers attached the heap is only checked inside a stop-the-world (gc_stw.ts), after the
 *  major collection while every worker is parked: at any other moment they are allocating and
 *  writing, and a whole-heap walk would report cells half made (it did: "heap corrupt" at every
 *  minor collection of every stress program at --workers 2). */
const verifyAfterGc = typeof process !== 'undefined' && process.env?.PYSTM_VERIFY_GC === '1';
function check(what: string): void {
  const problems = verifyHeap({ nurseryEmpty: true });
  if (problems.length > 0) throw new Error(`heap corrupt after ${what} collection:\n${problems.join('\n')}`);
}
import { verifyHeap } from './verify';
if (verifyAfterGc) setStoppedWorldCheck(() => check('stop-the-world major'));

/** Run at the end of every collectAtSafePoint (the nursery is empty, no JS local holds a
 *  reference): the VM's worker pool hands jobs to other workers there (vm/workers/jobs.ts). */
export const safePointHooks: Array<() => void> = [];

/** Scripted tests (spec/unit/stmgc_stw.test.ts) act for another worker at these two points. */
let directMajorStep: ((at: 'before claim' | 'claimed') => void) | null = null;
export function setDirectMajorStep(step: typeof directMajorStep): void { directMajorStep = step; }

/**
 * The one attached worker, outside a transaction: collect now (a request raised earlier inside a
 * transaction is served by this collection too). Claims G_STOP_WORLD = COLLECTING first and looks
 * at the other slots after that claim: a worker that attaches meanwhile (a pool worker at the first
 * thread start, a job) stores W_ATTACHED and then waits while COLLECTING (waitWhileCollecting), so
 * either it waits for this collection or this worker sees it attached (a store-then-load pair on
 * each side). Returns -1, having done nothing, when another worker is attached after the claim:
 * the caller stops the world instead. Before the claim, a worker attaching between the caller's
 * check and the collection ran guest code during the sweep.
 */
function directMajor(): number {
  if (directMajorStep !== null) directMajorStep('before claim');
  const s = Atomics.load(mem, G_STOP_WORLD);
  if (s === STW_COLLECTING || Atomics.compareExchange(mem, G_STOP_WORLD, s, STW_COLLECTING) !== s) return -1;
  if (directMajorStep !== null) directMajorStep('claimed');
  if (otherWorkersAttached()) {
    Atomics.compareExchange(mem, G_STOP_WORLD, STW_COLLECTING, s);
    Atomics.notify(mem, G_STOP_WORLD);
    return -1;
  }
  try {
    return majorCollection();
  } finally {
    Atomics.store(mem, G_STOP_WORLD, STW_NONE);
    Atomics.notify(mem, G_STOP_WORLD);
  }
}

/** Runs the collections requested since the last safe point, if any. */
export function safePoint(): void {
  if (safePointRequested) collectAtSafePoint();
}

/** This worker's gc.collect() asked for the pending major collection (the VM sets it): the
 *  request is explicit, so the hold-off after a given-up stop-the-world does not apply. */
export const explicitMajor = { pending: false };

/** Minor collection, then a major one if old space passed its trigger or an allocation failed. */
export function collectAtSafePoint(): void {
  minorCollection();
  if (verifyAfterGc && !otherWorkersAttached()) check('minor');
  const explicit = explicitMajor.pending;
  explicitMajor.pending = false;
  if (mem[G_MAJOR_REQUESTED] !== 0) {
    if (txActive) raiseStopTheWorld(explicit);
    else if (otherWorkersAttached() || directMajor() < 0) stopTheWorld(explicit); // (verified by the collector, world stopped)
    else if (verifyAfterGc) check('major');
  }
  clearSafePointRequest(); // after: the collections' own page allocations may have requested one
  clearOutOfMemory();
  for (let i = 0; i < safePointHooks.length; i++) safePointHooks[i]();
}

/**
 * gc.collect(): a minor and a major collection; returns the number of old objects freed. With
 * other workers attached it is a stop-the-world (parks here until done; the figure is what that
 * collection freed). Inside a transaction only the request is raised (G_MAJOR_REQUESTED and
 * G_STOP_WORLD), honoured at this worker's next boundary, and 0 is returned; likewise when the
 * stop-the-world cannot complete (given up after a timeout, or handle mode).
 */
export function collectGarbage(): number {
  minorCollection();
  let freed = 0;
  if (txActive) raiseStopTheWorld(true);
  else if (otherWorkersAttached() || (freed = directMajor()) < 0) freed = Math.max(0, stopTheWorld(true));
  clearSafePointRequest();
  clearOutOfMemory();
  return freed;
}
