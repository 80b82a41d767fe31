// Guest thread states. Each is an old (never moving) L_THREAD heap object: the innermost frame
// (frames chain through FR_BACK down to the thread's base frame, whose FR_BACK is 0), the
// exception being handled (sys.exc_info()), the recursion depth, and the scheduler's fields
// (ident, status, queue links, what it waits for, its wake-up time). Thread states are kept
// alive by the scheduler's anchor (interp/sched.ts), not pinned, so finished ones are freed.
// `ts` is this worker's running thread; only interp/sched.ts changes it (setThreadState).
// Traced words hold tagged ints or references only; the wake-up time is raw (an f64).
import { mem, f64 } from '../../stmgc/heap';
import { G_RECURSION_LIMIT } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { allocOld } from '../runtime/alloc';
import { L_THREAD } from '../runtime/layouts';
import { pin } from '../runtime/pinned';
import { FR_BACK, FR_SP } from './frame_layout';
import { objectWords } from '../../stmgc/objects';

export const TS_FRAME = 2;
export const TS_EXC = 3;
export const TS_DEPTH = 4; // tagged: Python frames on the chain (saved when switched out)
export const TS_NAME = 5;
export const TS_IDENT = 6; // tagged
export const TS_STATUS = 7; // tagged ST_*
export const TS_FLAGS = 8; // tagged TF_*
export const TS_QNEXT = 9; // next thread in the run queue
export const TS_WNEXT = 10; // next waiter of the lock this thread waits for
export const TS_TNEXT = 11; // next thread in the timer list (sorted by wake-up time)
export const TS_ALLPREV = 12; // all live threads: doubly linked (enumeration, GC reachability)
export const TS_ALLNEXT = 13;
export const TS_WAITOBJ = 14; // the lock waited for, or a tagged WAIT_* marker, or 0
export const TS_SENTINEL = 15; // a lock released when the thread ends (Thread.join), or 0
export const TS_START = 16; // the callable the thread was started with (for error reports)
export const TS_LOCALS = 17; // dict: _thread._local object -> this thread's attribute dict, or 0
export const TS_BASE = 18; // the thread's base frame (FF_ENTRY, FR_BACK 0) while it runs Python code
const TS_TRACED = 17; // payload words 0..16 (TS_FRAME..TS_BASE) are traced
export const TS_AFFINITY = 19; // raw: slot + 1 of the worker that must run it next (a bounce, sched.ts), or 0
export const TS_DEADLINE = 20; // raw f64 (performance.now() ms) at words 20-21
const TS_PAYLOAD = 20;

/** Thread status (TS_STATUS). */
export const ST_RUNNABLE = 0; // running, or in the run queue
export const ST_BLOCKED = 1; // waiting for a lock or a timer
export const ST_READY = 2; // woken, but pinned under a nested wait: its driver resumes it
export const ST_FINISHED = 3;
/** Thread flags (TS_FLAGS). */
export const TF_MAIN = 1;
export const TF_DAEMON = 2;
export const TF_PINNED = 4; // blocked below a builtin (nested wait): only its own driver resumes it
export const TF_QUEUED = 8; // in the run queue
export const TF_TIMED = 16; // in the timer list
export const TF_IDLEWAIT = 32; // pinned, and its JS thread sleeps idle until it is woken (sched_idle.ts)

/** The current thread state object of this worker. */
export let ts = 0;
/** Python frames on the chain (JS-side mirror of TS_DEPTH, the value checked on every call). */
export let depth = 0;
export let recursionLimit = 1000;

/** Allocates a thread state (not yet scheduled). */
export function allocThreadState(ident: number): number {
  const t = allocOld(L_THREAD, TS_PAYLOAD, TS_TRACED);
  mem[t + TS_DEPTH] = 1;
  mem[t + TS_IDENT] = (ident << 1) | 1;
  mem[t + TS_STATUS] = (ST_RUNNABLE << 1) | 1;
  mem[t + TS_FLAGS] = 1;
  mem[t + TS_AFFINITY] = 0;
  f64[(t + TS_DEADLINE) >> 1] = 0;
  return t;
}

/** The main thread's state, made current (called once by the bootstrap). */
export function newThreadState(): number {
  const t = pin(allocThreadState(1));
  mem[t + TS_FLAGS] = (TF_MAIN << 1) | 1;
  ts = t;
  depth = 0;
  return t;
}

/** Makes `t` this worker's running thread, with `d` Python frames on its chain. */
export function setThreadState(t: number, d: number): void {
  ts = t;
  depth = d;
}

/** sys.setrecursionlimit: for every worker (a heap word they copy at each transaction begin). */
export function setRecursionLimit(n: number): void {
  recursionLimit = n;
  Atomics.store(mem, G_RECURSION_LIMIT, n);
}
/** Takes the limit another worker set (called at transaction begins). */
export function refreshRecursionLimit(): void {
  const n = mem[G_RECURSION_LIMIT];
  if (n !== 0) recursionLimit = n;
}
export function enterFrame(): number { return ++depth; }
export function leaveFrame(): void { depth--; }
export function setDepth(d: number): void { depth = d; }

export function currentFrame(): number { return mem[ts + TS_FRAME]; }
export function setCurrentFrame(f: number): void { mem[ts + TS_FRAME] = f; }
export function handledException(): number { return mem[ts + TS_EXC]; }
export function setHandledException(e: number): void { mem[ts + TS_EXC] = e; }
export function threadFlags(t: number): number { return mem[t + TS_FLAGS] >> 1; }
export function threadStatus(t: number): number { return mem[t + TS_STATUS] >> 1; }

/**
 * Before a collection or a thread switch: the thread state and every old frame on the chain may
 * hold young references written without a barrier (frames are thread-private and written
 * without one); recording them in the remembered set makes the minor collection scan them.
 */
/**
 * Zeroes the value-stack words above each frame's saved sp on the running thread's chain (only at
 * a safe point of the outermost loop, where every frame's sp is saved). Popped values stay in
 * those words otherwise, and the collector, which traces every frame word, would keep their
 * objects alive: a weak reference to an object the program dropped would stay alive past
 * gc.collect(). Cheap: the words of a few frames, before a collection only.
 */
export function clearDeadStackSlots(): void {
  const m = mem;
  for (let f = m[ts + TS_FRAME]; f !== 0; f = m[f + FR_BACK]) {
    const sp = f + (m[f + FR_SP] >> 1);
    const end = f + objectWords(f);
    if (sp > f + FR_SP && sp < end) m.fill(0, sp, end);
  }
}

export function barrierFrameChain(): void {
  writeBarrier(ts);
  for (let f = mem[ts + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) writeBarrier(f);
}
