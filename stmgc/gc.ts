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
import { G_MAJOR_REQUESTED, G_STOP_WORLD, STW_NONE, STW_STOPPING } from './layout';
import { clearSafePointRequest, mem, otherWorkersAttached, safePointRequested, txActive } from './heap';
import { clearOutOfMemory } from './alloc';
import { minorCollection } from './gc_minor';
import { majorCollection } from './gc_major';
import { raiseStopTheWorld, stopTheWorld } from './gc_stw';

/** PYSTM_VERIFY_GC=1: verify the whole heap after every collection (very slow; debugging). */
const verifyAfterGc = typeof process !== 'undefined' && process.env?.PYSTM_VERIFY_GC === '1';
function check(what: string): void {
  const problems = verifyHeap({ nurseryEmpty: true });
  if (problems.length > 0) throw new Error(`heap corrupt after ${what} collection:\n${problems.join('\n')}`);
}
import { verifyHeap } from './verify';

/** Run at the end of every collectAtSafePoint (the nursery is empty, no JS local holds a
 *  reference): the VM's worker pool hands jobs to other workers there (vm/workers/jobs.ts). */
export const safePointHooks: Array<() => void> = [];

/** The one attached worker, outside a transaction: collect now (a request raised earlier inside a
 *  transaction is served by this collection too). */
function directMajor(): number {
  const freed = majorCollection();
  Atomics.compareExchange(mem, G_STOP_WORLD, STW_STOPPING, STW_NONE);
  return freed;
}

/** Runs the collections requested since the last safe point, if any. */
export function safePoint(): void {
  if (safePointRequested) collectAtSafePoint();
}

/** Minor collection, then a major one if old space passed its trigger or an allocation failed. */
export function collectAtSafePoint(): void {
  minorCollection();
  if (verifyAfterGc) check('minor');
  if (mem[G_MAJOR_REQUESTED] !== 0) {
    if (txActive) raiseStopTheWorld(false);
    else if (!otherWorkersAttached()) {
      directMajor();
      if (verifyAfterGc) check('major');
    } else if (stopTheWorld(false) >= 0 && verifyAfterGc) check('major');
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
  else if (otherWorkersAttached()) freed = Math.max(0, stopTheWorld(true));
  else freed = directMajor();
  clearSafePointRequest();
  clearOutOfMemory();
  return freed;
}
