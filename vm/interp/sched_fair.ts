// Fair-share picking from the run queue (h33-fair, issue 6; vm/NOTES.md "h33-fair"). With pool
// workers, the thread a worker takes is the eligible queued thread that has run least, not the
// queue's head: four equal threads on two workers under the FIFO rotation got equal *wall* time
// per slice but not equal work (one worker descheduled by the host, or running the isolate whose
// code is slower for a while, and the rotation keeps the same threads on the same worker), so they
// ended up to 0.5-0.8 s apart and one worker idled while the last one finished.
//
// Each thread state keeps a virtual time (TS_VTIME, a raw f64, in ticks): what it ran, charged by
// the scheduler when the thread stops running (a slice end, a wait, a yield, a nap, a bounce:
// sched.ts chargeRunning), never on the bytecode path. The charge is the ticks the driver loop
// counted (RESUME/JUMP_BACKWARD, the work itself, whatever the worker's speed or the host's load),
// but at least GUARD_TICKS_PER_MS per millisecond of the JS thread's own CPU time (runtime/
// thread_cpu.ts), so that a thread that spends its slices in builtins (few ticks) still pays for
// its time (a wall-clock guard charged the time a loaded host descheduled the worker: 768 ticks
// in a 48 ms stretch). Rules:
// - the pick: a thread bounced to this worker (TS_AFFINITY) first, as before; else the eligible
//   thread with the least virtual time, ties in queue order (FIFO); a thread that just yielded
//   (TF_YIELDED) is passed over once if another eligible thread is queued;
// - no starvation: every charge raises a floor (G_SCHED_VFLOOR) to the charged thread's time less
//   LAG_SLICES slices, and the lead (G_SCHED_VLEAD) to the most time charged; a thread taken counts
//   at least the floor (no runnable thread is more than LAG_SLICES slices behind the one that ran
//   most), a thread started or woken at least the lead less one slice (sched.ts `place` calls): one
//   that waited long is owed at most a slice, goes after those that ran less (as at the FIFO tail:
//   woken lock waiters with more credit were taken before the threads doing the work), then shares.
// With one worker the queue stays FIFO (`fair` false: the round robin of equal time slices is
// fair there already, and the tests' exact interleavings are kept).
// Every function here runs with the scheduler's spin lock held, except `charge` (the running
// thread's own word; the floor and the lead are maxima that may lose a race by a slice, harmlessly).
import { mem, f64 } from '../../stmgc/heap';
import { G_SCHED } from '../../stmgc/layout';
import { TF_YIELDED, TS_AFFINITY, TS_FLAGS, TS_QNEXT, TS_VTIME } from './thread';
import { rawCheckOn, rawWrite } from './sched_rawcheck';

/** Raw f64 at words G_SCHED+8/9: no runnable thread counts less virtual time than this. */
export const G_SCHED_VFLOOR = G_SCHED + 8;
/** Raw f64 at words G_SCHED+10/11: the most virtual time charged to any thread. */
export const G_SCHED_VLEAD = G_SCHED + 10;
/** Ticks charged at least per CPU millisecond run (a builtin-bound thread's floor rate: the
 *  loop runs ~400 (float code) to ~4000 ticks a millisecond of Python code). */
export const GUARD_TICKS_PER_MS = 200;
/** How far (in slices of switch-interval ticks) a runnable thread may lag the one that ran most. */
export const LAG_SLICES = 4;

export const vtimeOf = (t: number): number => f64[(t + TS_VTIME) >> 1];
function setVtime(t: number, v: number): void {
  if (rawCheckOn) rawWrite(t, 'vtime');
  f64[(t + TS_VTIME) >> 1] = v;
}
export const vfloor = (): number => f64[G_SCHED_VFLOOR >> 1];
export const vlead = (): number => f64[G_SCHED_VLEAD >> 1];
export function resetVfloor(): void { f64[G_SCHED_VFLOOR >> 1] = 0; f64[G_SCHED_VLEAD >> 1] = 0; }

/** What a stretch of `ticks` ticks over `ms` CPU milliseconds costs. */
export function costOf(ticks: number, ms: number): number { return Math.max(ticks, ms * GUARD_TICKS_PER_MS); }

/** Charges `cost` to `t` (the thread this worker ran) and raises the floor to its new time less
 *  `lag` (LAG_SLICES slices of ticks). */
export function charge(t: number, cost: number, lag: number): void {
  const v = vtimeOf(t) + cost;
  setVtime(t, v);
  if (v - lag > vfloor()) f64[G_SCHED_VFLOOR >> 1] = v - lag;
  if (v > vlead()) f64[G_SCHED_VLEAD >> 1] = v;
}

/** `t` becomes runnable (started or woken): it counts at least the most-run thread's time less
 *  `behind` (sched.ts: one slice), so it goes after the threads that ran less, as the FIFO tail
 *  did (with the floor's 4 slices of credit, lock waiters that kept being woken were taken before
 *  the threads holding the work: contended_counter 4 100000 at 2 workers ran ~15% longer). */
export function place(t: number, behind: number): void {
  const fl = Math.max(vfloor(), vlead() - behind);
  if (vtimeOf(t) < fl) setVtime(t, fl);
}

/** The thread before the one `choose` returned (0: it is the head), for the caller's unlink. */
export let chosenPrev = 0;

/**
 * The thread worker `slot` takes from the run queue that starts at `head` (0: none eligible).
 * `eligible(t)`: this worker may run t (the main guest thread only on the main JS thread, a
 * bounced thread only where it was bounced). `fair` false: the first eligible thread (FIFO).
 * Writes nothing but the taken thread's time (raised to the floor) and yield marks passed over.
 */
export function choose(head: number, slot: number, fair: boolean, eligible: (t: number) => boolean): number {
  let best = 0;
  let bestPrev = 0;
  let bestV = Infinity;
  let yielded = 0;
  let yieldedPrev = 0;
  let yieldedV = Infinity;
  for (let prev = 0, t = head; t !== 0; prev = t, t = mem[t + TS_QNEXT]) {
    if (!eligible(t)) continue;
    if (!fair || mem[t + TS_AFFINITY] === slot + 1) {
      best = t;
      bestPrev = prev;
      break;
    }
    const v = vtimeOf(t);
    if ((mem[t + TS_FLAGS] >> 1) & TF_YIELDED) {
      if (v < yieldedV) { yielded = t; yieldedPrev = prev; yieldedV = v; }
    } else if (v < bestV) {
      best = t;
      bestPrev = prev;
      bestV = v;
    }
  }
  if (fair) {
    // a yield lets one other thread go first: its mark is spent by this pick either way
    for (let t = head; t !== 0; t = mem[t + TS_QNEXT]) {
      const fl = mem[t + TS_FLAGS] >> 1;
      if ((fl & TF_YIELDED) !== 0 && eligible(t)) {
        if (rawCheckOn) rawWrite(t, 'yield mark');
        mem[t + TS_FLAGS] = ((fl & ~TF_YIELDED) << 1) | 1;
      }
    }
    if (best === 0) { best = yielded; bestPrev = yieldedPrev; }
    if (best !== 0 && vtimeOf(best) < vfloor()) setVtime(best, vfloor());
  }
  chosenPrev = bestPrev;
  return best;
}
