// stmgc/gc_stw.ts: stop-the-world coordination of the major collection across workers (issue 6).
// The VM calls these at the points where a worker holds no reference in a JS local:
//   stwBoundary()   at every transaction boundary (after its commit and minor collection,
//                   before the next begin; thread registers saved in the heap);
//   stwIdleEnter()  before it blocks with nothing to run (futex wait on the scheduler),
//   stwIdleLeave()  after it wakes, before it touches the heap again.
// Protocol (NOTES.md "Major collection and stop-the-world"): a major collection requested while
// other workers are attached raises G_STOP_WORLD = STW_STOPPING. Each attached worker, at its
// next boundary, runs its minor collection if anything is pending, publishes W_STW = WS_PARKED
// and waits; a worker in stwIdleEnter..stwIdleLeave publishes WS_IDLE and counts as stopped;
// detached workers do not count. Whoever finds every other attached worker stopped with no
// transaction open (the last one to park, an idle-entering one, or a waiter rechecking after a
// detach) moves STOPPING -> COLLECTING by CAS, checks again (a Dekker pair with stwIdleLeave's
// store-then-load), runs majorCollection() (which drops every worker's free lists and rebuilds
// the partial-block lists) and releases everyone (G_STOP_WORLD = 0 + notify). A released worker
// resumes by storing WS_RUNNING and then loading G_STOP_WORLD again (resume()): the next request
// may already be collecting with it counted as stopped, and then it stays stopped. Waiting spins
// briefly, then sleeps in Atomics.wait slices; a request that is not complete after
// stwConfig.timeoutMs (a worker died or never reaches a boundary) is given up and reported, and
// no automatic request is raised again for stwConfig.holdoffMs.
// Handle mode (txn_handles.ts, one JS thread): nothing can wait for another handle, so a request
// that cannot complete at once stays raised and the call returns (see stwPoll for scripted steps).
import {
  D_STATE, G_MAJOR_COUNT, G_MAJOR_REQUESTED, G_MAX_WORKERS, G_STOP_WORLD, G_STW_COUNT, G_STW_FREED, G_STW_HOLDOFF,
  G_STW_TIMEOUTS, G_WORKERS_BASE, STW_COLLECTING, STW_NONE, STW_STOPPING, TX_NONE, W_ATTACHED, W_STW, WORKER_WORDS,
  WS_IDLE, WS_PARKED, WS_RUNNING,
} from './layout';
import { attachHooks, mem, threadStateHooks, txActive, workerBase, workerSlot } from './heap';
import { nurseryUsedWords, oldAllocated } from './alloc';
import { remembered } from './remembered';
import { minorCollection } from './gc_minor';
import { majorCollection, majorHooks } from './gc_major';
import { handleMode } from './txn_handles';
import { S_STW_PARKS, S_STW_WAIT_MS, bumpStat } from './stats';

export interface StwConfig {
  /** Busy-wait before sleeping (µs). */
  spinMicros: number;
  /** Atomics.wait slice (ms): waiters recheck detaches and the timeout this often. */
  sliceMs: number;
  /** A request not complete after this long is given up (ms). */
  timeoutMs: number;
  /** After a timeout, no automatic request is raised for this long (ms; gc.collect() still may). */
  holdoffMs: number;
  /** Called once per timeout with the slots that never stopped (default: a line on stderr). */
  onTimeout: (notStopped: number[], waitedMs: number) => void;
}

export const stwConfig: StwConfig = {
  spinMicros: 50,
  sliceMs: 2,
  timeoutMs: 10_000,
  holdoffMs: 30_000,
  onTimeout: (slots, ms) => {
    try {
      process.stderr.write(`pystm: stop-the-world major collection given up after ${Math.round(ms)} ms: worker(s) ${slots.join(', ')} never reached a safe point\n`);
    } catch {
      // nothing to report to
    }
  },
};

/** What a step of the protocol found (stwPoll). */
export type StwOutcome = 'released' | 'collected' | 'waiting';

// JS-local (per worker; saved with handles): the last major collection whose hooks ran here
let seenMajor = 0;
threadStateHooks.push({
  save: () => seenMajor,
  restore: (v) => { seenMajor = v as number; },
});
attachHooks.onAttach.push(() => {
  seenMajor = mem[G_MAJOR_COUNT];
  Atomics.store(mem, workerBase + W_STW, WS_RUNNING);
  // W_ATTACHED was stored first: a collector that CASed to COLLECTING before seeing it is
  // running now; wait until it is done (bounded) before this worker touches the heap. A request
  // that is only STOPPING waits for this worker, which parks at its first boundary.
  waitWhileCollecting();
});

/** After storing W_ATTACHED = 1 (attachHeap, a job's re-attach): waits until a collection that
 *  claimed the heap before that store (tryCollect, or gc.ts directMajor) is done, before this
 *  worker touches the heap. Bounded: the collector runs without waiting for anyone. */
export function waitWhileCollecting(): void {
  while (Atomics.load(mem, G_STOP_WORLD) === STW_COLLECTING) Atomics.wait(mem, G_STOP_WORLD, STW_COLLECTING, stwConfig.sliceMs);
}

/** Takes part in a requested stop-the-world major collection, if any (two loads when none). */
export function stwBoundary(): void {
  if ((mem[G_STOP_WORLD] | mem[G_MAJOR_REQUESTED]) === 0) return;
  if (txActive) throw new Error('stmgc: stwBoundary inside a transaction');
  if (Atomics.load(mem, G_STOP_WORLD) === STW_NONE && !raiseStopTheWorld(false)) return;
  park();
}

/** This worker is about to block outside any transaction, holding no unrooted reference. */
export function stwIdleEnter(): void {
  if (txActive) throw new Error('stmgc: stwIdleEnter inside a transaction');
  flushNursery();
  Atomics.store(mem, workerBase + W_STW, WS_IDLE);
  // the last worker the collection waited for may be this one: collect before blocking
  if (Atomics.load(mem, G_STOP_WORLD) === STW_STOPPING) tryCollect();
}

/** This worker woke up; waits while a stop-the-world collection is requested or running. */
export function stwIdleLeave(): void {
  if (resume(WS_IDLE)) return;
  // a request is pending: resume() stopped again at once (nursery still empty); wait with the others
  if (handleMode()) return;
  waitLoop(WS_IDLE);
}

/**
 * Raises a stop-the-world request for the major collection (G_MAJOR_REQUESTED and
 * G_STOP_WORLD). `explicit` (gc.collect()) ignores the hold-off after a timeout. Returns whether
 * a request is now raised. Any worker, any time (also inside a transaction): it is honoured at
 * the boundaries.
 */
export function raiseStopTheWorld(explicit: boolean): boolean {
  if (!explicit && mem[G_STW_HOLDOFF] !== 0 && Date.now() / 1000 < mem[G_STW_HOLDOFF]) return false;
  mem[G_MAJOR_REQUESTED] = 1;
  Atomics.compareExchange(mem, G_STOP_WORLD, STW_NONE, STW_STOPPING);
  return true;
}

/**
 * Stops the world from a safe point outside any transaction (collectAtSafePoint, gc.collect()):
 * raises the request and parks until the collection is done. Returns the objects the collection
 * freed, or -1 if none ran (given up, or handle mode with another handle not stopped: the
 * request then stays raised).
 */
export function stopTheWorld(explicit: boolean): number {
  if (txActive) throw new Error('stmgc: stopTheWorld inside a transaction');
  if (!raiseStopTheWorld(explicit)) return -1;
  const before = mem[G_STW_COUNT];
  park();
  return mem[G_STW_COUNT] !== before ? mem[G_STW_FREED] : -1;
}

// ── the protocol steps (exported for scripted tests through stwInternals) ──

function park(): void {
  flushNursery();
  Atomics.store(mem, workerBase + W_STW, WS_PARKED);
  if (handleMode()) {
    // nobody else runs in this thread: one step, never a wait
    if (poll() === 'waiting' || !resume(WS_PARKED)) Atomics.store(mem, workerBase + W_STW, WS_RUNNING);
    return;
  }
  waitLoop(WS_PARKED);
}

/** Waits (stopped, in state `as`) until the request is released or given up. */
function waitLoop(as: number): void {
  const start = performance.now();
  let t0 = start; // since when the current request is waited for (the timeout counts from here)
  bumpStat(S_STW_PARKS, 1);
  let spinUntil = t0 + stwConfig.spinMicros / 1000;
  for (;;) {
    if (poll() === 'waiting') {
      const s = Atomics.load(mem, G_STOP_WORLD);
      const now = performance.now();
      if (s === STW_STOPPING && now - t0 > stwConfig.timeoutMs) {
        if (!giveUp(now - t0)) continue;
      } else {
        if (now >= spinUntil) {
          Atomics.wait(mem, G_STOP_WORLD, s, stwConfig.sliceMs);
          spinUntil = 0;
        }
        continue;
      }
    }
    if (resume(as)) break;
    // released, but another worker raised the next request before this one was running again
    // (and may be collecting already, counting this one as stopped): stay stopped for it too
    t0 = performance.now();
    spinUntil = t0 + stwConfig.spinMicros / 1000;
  }
  bumpStat(S_STW_WAIT_MS, performance.now() - start);
}

/** One step for a stopped worker: released, collected now by this worker, or still waiting. */
function poll(): StwOutcome {
  const s = Atomics.load(mem, G_STOP_WORLD);
  if (s === STW_NONE) return 'released';
  if (s === STW_STOPPING && tryCollect()) return 'collected';
  return 'waiting';
}

/** PYSTM_VERIFY_GC (gc.ts): checks the heap while every worker is stopped, after the collection;
 *  the only moment a whole-heap check means anything with other workers attached. */
let verifyStopped: (() => void) | null = null;
export function setStoppedWorldCheck(check: (() => void) | null): void { verifyStopped = check; }

/** If every other attached worker is stopped, becomes the collector, collects and releases. */
function tryCollect(): boolean {
  if (notStopped(null) > 0) return false;
  if (Atomics.compareExchange(mem, G_STOP_WORLD, STW_STOPPING, STW_COLLECTING) !== STW_STOPPING) return false;
  // a worker leaving idle stores RUNNING then loads G_STOP_WORLD: check again after our CAS
  if (notStopped(null) > 0) {
    Atomics.compareExchange(mem, G_STOP_WORLD, STW_COLLECTING, STW_STOPPING);
    return false;
  }
  try {
    const freed = majorCollection();
    if (verifyStopped !== null) verifyStopped();
    mem[G_STW_FREED] = freed;
    mem[G_STW_COUNT]++;
    seenMajor = mem[G_MAJOR_COUNT];
  } finally {
    Atomics.store(mem, G_STOP_WORLD, STW_NONE);
    Atomics.notify(mem, G_STOP_WORLD);
  }
  return true;
}

/** Attached workers other than this one that are running or in a transaction (their slots into `out`). */
function notStopped(out: number[] | null): number {
  const base = mem[G_WORKERS_BASE];
  let n = 0;
  for (let w = 0, k = mem[G_MAX_WORKERS]; w < k; w++) {
    if (w === workerSlot) continue;
    const wb = base + w * WORKER_WORDS;
    if (Atomics.load(mem, wb + W_ATTACHED) === 0) continue;
    if (Atomics.load(mem, wb + W_STW) === WS_RUNNING || Atomics.load(mem, wb + D_STATE) !== TX_NONE) {
      n++;
      if (out !== null) out.push(w);
    }
  }
  return n;
}

/** Gives the request up (timeout); false if it moved on meanwhile (collecting or released). */
function giveUp(waitedMs: number): boolean {
  if (Atomics.compareExchange(mem, G_STOP_WORLD, STW_STOPPING, STW_NONE) !== STW_STOPPING) return false;
  Atomics.notify(mem, G_STOP_WORLD);
  mem[G_STW_HOLDOFF] = Math.ceil((Date.now() + stwConfig.holdoffMs) / 1000);
  Atomics.add(mem, G_STW_TIMEOUTS, 1);
  const slots: number[] = [];
  notStopped(slots);
  stwConfig.onTimeout(slots, waitedMs);
  return true;
}

/**
 * Leaves the stopped state `as` (WS_PARKED / WS_IDLE) after a release: stores WS_RUNNING, then
 * loads G_STOP_WORLD, a Dekker pair with tryCollect's CAS-then-recheck. Between the load that
 * saw the release and this store, the worker still shows `as`, so another worker may already have
 * raised the next request and CASed to COLLECTING counting it as stopped: then it must not run
 * (NOTES.md "Stop-the-world: resuming is a Dekker pair too"). Returns true if it may run (and ran
 * the resume hooks); false if a request is up again (it is back in `as`: wait again).
 */
function resume(as: number): boolean {
  Atomics.store(mem, workerBase + W_STW, WS_RUNNING);
  if (Atomics.load(mem, G_STOP_WORLD) !== STW_NONE) {
    Atomics.store(mem, workerBase + W_STW, as);
    return false;
  }
  afterResume();
  return true;
}

/** After a collection by another worker: this worker's address-keyed tables (majorHooks). */
function afterResume(): void {
  if (mem[G_MAJOR_COUNT] === seenMajor) return;
  seenMajor = mem[G_MAJOR_COUNT];
  for (const h of majorHooks) h();
}

/** A stopped worker's nursery is empty and its remembered/old-allocated lists are processed. */
function flushNursery(): void {
  if (nurseryUsedWords() > 0 || remembered.length > 0 || oldAllocated.length > 0) minorCollection();
}

/**
 * Scripted steps for deterministic tests (handle mode or one worker per step): park() publishes
 * PARKED and tries once; poll() is one step of a stopped worker; endPark() resumes (or not: see
 * resume()).
 */
export const stwInternals = {
  park: (): void => { flushNursery(); Atomics.store(mem, workerBase + W_STW, WS_PARKED); },
  poll,
  /** Resumes after a release; false (still parked) if a new request is already up. */
  endPark: (): boolean => resume(WS_PARKED),
  notStopped: (): number[] => { const o: number[] = []; notStopped(o); return o; },
  giveUp,
  state: (): number => Atomics.load(mem, G_STOP_WORLD),
};
