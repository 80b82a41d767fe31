// vm/interp/sched_nap.ts: contention naps of pool workers. When the threads a pool worker runs
// conflict with the other workers' all the time (one Lock and one dict that every thread writes:
// bench/parallel/contended_counter.py), two workers are slower than one: the transactions take
// turns on the same objects, each turn a commit, a wake-up and cache lines moving between the
// cores, plus the waits and the aborted work. So a pool worker measures, over windows of at least
// one time slice, the time its transactions waited for another's lock and the aborts it took;
// when a window was contended, it puts its thread back in the run queue and sleeps for a while (runtime/sleep.ts)
// (outside any transaction, idle for the stop-the-world and for the deadlock count), leaving the
// threads to the others; the nap doubles while it keeps finding contention (NAP_MIN_MS ..
// NAP_MAX_MS) and is forgotten at the first calm window. The main JS thread never naps (it runs
// the main guest thread). Since h18-par a window also counts what the worker's transactions cost
// the others (stmgc/txn_caused.ts: their waits for its locks, their aborts over them): a pool
// worker that wins every conflict saw calm windows while the main worker lost its work.
// Measured: bench/NOTES.md "Contended programs", "h18-par".
import { ownTxStat, X_ABORTS, X_WAIT_MS } from '../../stmgc/stats';
import { mem } from '../../stmgc/heap';
import { G_SCHED } from '../../stmgc/layout';
import { causedAborts, causedWaitMicros } from '../../stmgc/txn_caused';
import { MS_ZERO } from '../../stmgc/txn_state';

export const NAP_MIN_MS = 8;
export const NAP_MAX_MS = 128;
/** A window is contended when it waited this share of its time or more... */
let WAIT_SHARE = 0.25;
/** ...or took this many aborts. */
let ABORTS = 3;
/** Windows shorter than this are not judged (a slice cut short by a switch). */
const WINDOW_MS = 4;

let winStart = -1;
let winWait = 0;
let winAborts = 0;
let winCausedUs = 0;
let winCaused = 0;
let nextNap = NAP_MIN_MS;
let disabled = false;
/** Naps taken and their milliseconds (statistics, tests). */
// (ms a double from the start: its first nap's fraction would change the object's hidden class
// and deoptimize what was compiled against it; stmgc/txn_state.ts MS_ZERO)
export const napStats = { naps: 0, ms: MS_ZERO };

/** PYSTM_NO_NAP=1 turns naps off (measurements). Read at attach, not at load (the snapshot). */
export function initNaps(): void {
  disabled = process.env.PYSTM_NO_NAP === '1';
  // (experiments: PYSTM_NAP=share,aborts)
  const t = /^([\d.]+),(\d+)$/.exec(process.env.PYSTM_NAP ?? '');
  if (t) {
    WAIT_SHARE = Number(t[1]);
    ABORTS = Number(t[2]);
  }
}

const aborts = (): number => ownTxStat(X_ABORTS) + ownTxStat(X_ABORTS + 1) + ownTxStat(X_ABORTS + 2) + ownTxStat(X_ABORTS + 3);

function startWindow(now: number): void {
  winStart = now;
  winWait = ownTxStat(X_WAIT_MS);
  winAborts = aborts();
  winCausedUs = causedWaitMicros();
  winCaused = causedAborts();
}

/** The worker is about to run its first thread: the first window starts now. (It opened at the
 *  first slice end before, so the first verdict came a slice later: 0.3-0.6 s into a loaded run of
 *  contended_counter, with the main worker's transactions thrown away meanwhile.) */
export function napFirstWindow(now: number): void {
  if (winStart < 0) startWindow(now);
}

/**
 * At a transaction boundary of a pool worker (a slice end, a commit another worker asked for, an
 * abort), outside any transaction: how long to nap (0: go on). Judges the window since the last
 * judgement when it is long enough.
 */
export function napAfterSlice(now: number): number {
  if (disabled) return 0;
  if (winStart < 0) {
    startWindow(now);
    return 0;
  }
  const elapsed = now - winStart;
  if (elapsed < WINDOW_MS) return 0;
  // (its own waits and aborts, and the others' over its locks)
  const waited = ownTxStat(X_WAIT_MS) - winWait + ((causedWaitMicros() - winCausedUs) | 0) / 1000;
  const aborted = aborts() - winAborts + (causedAborts() - winCaused);
  const contended = waited >= WAIT_SHARE * elapsed || aborted >= ABORTS;
  let nap = 0;
  if (contended) {
    nap = nextNap;
    nextNap = Math.min(NAP_MAX_MS, nextNap * 2);
  } else nextNap = NAP_MIN_MS;
  startWindow(now + nap);
  return nap;
}

/**
 * Heap words (the scheduler's global line, beside sched.ts's G_SCHED+2..4): pool workers attached,
 * and how many of them sleep in a nap now. While every attached pool worker naps, no other worker
 * runs a transaction, so the main worker's polls let its slice run to its tick count, as at one
 * worker, instead of ending it when its 5 ms are up (sched.ts safePoint; vm/NOTES.md "h19-par").
 * Only naps count: a pool worker idle for want of a thread may be waiting for the very slice end
 * (the main guest thread starting the next thread) that a longer slice would put off.
 */
export const G_POOL_ATTACHED = G_SCHED + 5;
export const G_POOL_NAPPING = G_SCHED + 6;

/** The main thread, as it makes the scheduler. */
export function resetNapCounts(): void {
  Atomics.store(mem, G_POOL_ATTACHED, 0);
  Atomics.store(mem, G_POOL_NAPPING, 0);
}
/** A pool worker joins the scheduler (it never leaves: a dead worker keeps the regime off). */
export function napWorkerAttached(): void { Atomics.add(mem, G_POOL_ATTACHED, 1); }
/** The pool worker is about to sleep its nap (napEnded ends it). */
export function napBegins(): void { Atomics.add(mem, G_POOL_NAPPING, 1); }
/** Every attached pool worker sleeps in a nap (read without a lock: a hint for the next poll). */
export function everyPoolWorkerNaps(): boolean {
  const n = mem[G_POOL_ATTACHED];
  return n > 0 && mem[G_POOL_NAPPING] === n;
}

/** After the nap: the window starts now (what happened to the counters meanwhile is not ours). */
export function napEnded(ms: number): void {
  Atomics.sub(mem, G_POOL_NAPPING, 1);
  napStats.naps++;
  napStats.ms += ms;
  startWindow(performance.now());
}
