// The guest-thread scheduler: M:N over this worker, GIL-style (one thread runs at a time). Its
// state is in the heap so that several workers can share it later: an anchor object (old, in a
// root slot, its address also in G_SCHED_ANCHOR) holds the run queue (FIFO through TS_QNEXT),
// the timer list (sorted by wake-up time, through TS_TNEXT) and the list of live threads (for
// enumeration and GC reachability). Every scheduler word is non-transactional metadata, changed
// only under the spin lock G_SCHED_LOCK; a waiting worker sleeps on G_SCHED_WAKE (Atomics).
// Switches happen only at safe points of a driver loop (`run(0, true)`): when the tick budget
// runs out (RESUME and JUMP_BACKWARD count ticks), when the running thread parks (a blocking
// builtin throws PARK and its instruction is re-executed on resume) and when it ends. A
// blocking call below a builtin (nested loop) runs the other threads in a nested driver and
// returns when its own thread is woken; see vm/NOTES.md "Threads".
import { collectNested, nestedCollect } from './nested_gc';
import { writeSync } from 'node:fs';
import { osrIsOff } from './osr_off';
import { mem, f64, requestSafePoint, safePointRequested, workerBase, workerSlot } from '../../stmgc/heap';
import { commitSoonAsked, otherTransactionRunning } from '../../stmgc/txn_waiters';
import { releaseEndsTransaction } from './sched_release';
import { publishNonTransactional, txBegin, txCommit, txAbort, txValidate, becomeInevitable, inTransaction, isInevitable, pollTx, TxAborted, NESTED_WAIT_REASON, nestedWaitOf, setNestedWait } from '../../stmgc/txn';
import { stwBoundary, stwIdleEnter, stwIdleLeave } from '../../stmgc/gc_stw';
import { STM_BUILD } from '../../stmgc/build_mode';
import { D_HOLDS_LOCKS, G_ALLOC_LOCK, G_INEVITABLE, G_STM_ON, G_SWITCH_SECONDS } from '../../stmgc/layout';
import { collectAtSafePoint } from '../../stmgc/gc';
import { writeBarrier } from '../../stmgc/barriers';
import { addRoot, getRoot } from '../../stmgc/roots';
import { payloadWords } from '../../stmgc/objects';
import { initSharedIdentity } from '../runtime/identity';
import { G_SCHED, SCAN_ALL } from '../../stmgc/layout';
import { allocOld } from '../runtime/alloc';
import { L_ARRAY } from '../runtime/layouts';
import {
  ST_BLOCKED, ST_FINISHED, ST_READY, ST_RUNNABLE, TF_DAEMON, TF_MAIN, TF_PINNED, TF_QUEUED, TF_TIMED,
  TS_BASE, TS_DEADLINE, TS_DEPTH, TS_FLAGS, TS_FRAME, TS_IDENT,
  TS_AFFINITY, TS_LOCALS, TS_QNEXT, TS_SENTINEL, TS_START, TS_STATUS, TS_TNEXT, TS_WAITOBJ, TS_WNEXT, allocThreadState, barrierFrameChain, clearDeadStackSlots,
  depth, setThreadState, ts,
} from './thread';
import { FF_ENTRY, FR_BACK, FR_FLAGS } from './frame_layout';
import { SC_BUSY, SC_RQ_HEAD, SC_TIMERS, forgetWaiter, markIdle, markRunning, newIdleState, wokenPinned } from './sched_idle';
import { bumpStat, noteStmStart, statClock, statsTiming, S_IDLE_MS } from '../../stmgc/stats';
import { beforeIdleWait, signalSlice, signalsPending } from '../runtime/signals';
import { everyPoolWorkerNaps, initNaps, napAfterSlice, napBegins, napEnded, napFirstWindow, napWorkerAttached, resetNapCounts } from './sched_nap';
import { holdRunCompiles, releaseRunCompiles } from './sched_endjit';
import { sleepMs } from '../runtime/sleep';
import { initRawCheck, rawCheckOn, rawWrite } from './sched_rawcheck';
import { weakPending } from '../../stmgc/weakrefs';
import { runWeakCallbacks } from '../objects/weakref';

// ── heap words (global line 5 of stmgc/layout.ts: G_SCHED+0/1 are stop-world and inevitable,
// G_SCHED+5/6 sched_nap.ts's pool workers attached and napping) ──
/** Spin lock over every scheduler word (0 free, 1 held). */
export const G_SCHED_LOCK = G_SCHED + 2;
/** Futex word: a worker with nothing to run waits on it (Atomics.wait/notify). */
export const G_SCHED_WAKE = G_SCHED + 3;
/** The anchor object's address (old, never moves; also held by a root slot). */
export const G_SCHED_ANCHOR = G_SCHED + 4;

// anchor payload (all traced: references or tagged ints)
// (SC_RQ_HEAD = 2, SC_TIMERS = 4 and SC_BUSY = 10 are in sched_idle.ts)
const SC_RQ_TAIL = 3;
const SC_ALL = 5;
const SC_MAIN = 6;
const SC_NEXT_IDENT = 7;
const SC_LIVE = 8; // threads started and not finished (the main thread excluded)
const SC_BOOT = 9; // the Python function every new thread's base frame runs
const SC_TICKS = 11; // the switch interval in ticks (sys.setswitchinterval, read by every worker)
const SC_ALLN = 12; // live threads in the SC_ALL array
/** Tagged 1 from the end of the main guest thread's body (the main module, or the shutdown) until
 *  the main JS thread starts the next one: a pool worker may then give up a daemon's nested wait
 *  (pickNext, "A daemon's nested wait at the program's end" in vm/NOTES.md). */
const SC_ENDED = 13;
/** Tagged 1 when a pool worker found the program's end waiting on its nested wait of a
 *  non-daemon thread with nothing else able to run: the main JS thread reports the deadlock. */
const SC_STUCK = 14;
const SC_WORDS = 13;

/** Lock objects (vm/modules/thread_module.ts) keep their waiter queue in these payload words. */
export const LK_WHEAD = 6;
export const LK_WTAIL = 7;

/** Markers for TS_WAITOBJ (tagged ints, never references). */
export const WAIT_SLEEP = (1 << 1) | 1;
export const WAIT_YIELD = (2 << 1) | 1;

/** Thrown by a blocking builtin called directly by a driver loop: the loop parks the thread
 *  and re-executes the call instruction when the thread runs again. */
export const PARK = { park: true } as const;

/** Thrown when no thread can ever run again (reported like a fatal error, exit status 1). */
export class Deadlock extends Error {}

/** Milliseconds on a clock every JS thread shares (each has its own performance.now() origin:
 *  a deadline set on one worker and checked on another must use the same one). */
export function clockMs(): number { return performance.timeOrigin - CLOCK_BASE + performance.now(); }
const CLOCK_BASE = 1.7e12;

// ── the tick budget ──
/** Ticks per second of switch interval: a tick is a RESUME or JUMP_BACKWARD, of which this
 *  interpreter runs roughly 4-10 million a second; CPython's default 5 ms is 20000 ticks. */
export const TICKS_PER_SECOND = 4_000_000;
/** The loop's countdown at the start of a time slice: a slice ends at the tick that takes it
 *  below 0, so it lasts switchTicks + 1 ticks (read by the loop at every reset). */
export let switchTicks = 19999;
let forcedTicks = 0;
let switchSeconds = 0.005;

export function setSwitchInterval(seconds: number): void {
  switchSeconds = seconds;
  f64[G_SWITCH_SECONDS >> 1] = seconds;
  const ticks = forcedTicks > 0 ? forcedTicks : Math.max(1, Math.min(2 ** 30, Math.round(seconds * TICKS_PER_SECOND)));
  switchTicks = ticks - 1;
  if (anchor !== 0) mem[anchor + SC_TICKS] = (switchTicks << 1) | 1;
  if (polling) pollInSlices(pollTicks);
}

/**
 * With pool workers, the loop's countdown is a poll interval (POLL_TICKS), not the slice: every
 * POLL_TICKS ticks safePoint looks at this worker's descriptor for another transaction's abort
 * request or commit-soon request (a transaction that runs on with everything it touches already
 * owned takes no barrier slow path, where those requests are otherwise seen: an older transaction
 * waiting for one of its locks gave up, and aborted, before it noticed). `sliceLeft` counts the
 * slice down in steps of the poll interval; the slice also ends when its time is up
 * (`sliceEndsAt`: the switch interval in time, as CPython's, unless PYSTM_SWITCH_TICKS forces a
 * tick count): ticks run 10x slower in float code than in simple loops, and a transaction as long
 * as a 40 ms slice lost all that work to one conflict or inevitable request.
 */
const POLL_TICKS = 255;
/** The countdown of a driver loop that only re-enters run() (vm/interp/osr_off.ts: V8 enters the
 *  optimized run() only at a call, so an unoptimized run(), before its first compile or after a
 *  deopt, runs at most this many ticks; a full slice of unoptimized float code took ~0.5 s). Each
 *  end costs a return, a call and safePoint's slice test (~0.1 us against >= 25 us of ticks). */
const REENTRY_TICKS = 1023;
let polling = false;
let pollTicks = POLL_TICKS;
let sliceLeft = 0;
let sliceEndsAt = Infinity;
function pollInSlices(ticks = POLL_TICKS): void {
  polling = true;
  pollTicks = Math.min(pollTicks, ticks);
  switchTicks = Math.min(pollTicks, mem[anchor + SC_TICKS] >> 1);
  newSlice();
}
function newSlice(): void {
  const slice = mem[anchor + SC_TICKS] >> 1;
  sliceLeft = slice;
  sliceEndsAt = forcedTicks > 0 ? Infinity : performance.now() + ((slice + 1) * 1000) / TICKS_PER_SECOND;
}
/** The interval set on any thread (a heap word: every worker's sys.getswitchinterval agrees). */
export function getSwitchInterval(): number { return f64[G_SWITCH_SECONDS >> 1] || switchSeconds; }

// ── JS-side state of this worker ──
let anchor = 0;
/** Nested-wait drivers, innermost last: each stops when its condition holds. */
const levels: Array<() => boolean> = [];
/** The thread blocked below a builtin at each level (waitNested), 0 for runOutermost's levels. */
const levelWaiters: number[] = [];
/** Threads blocked below a builtin: while any is, JS frames hold references, so no collection. */
let pinnedCount = 0;
/** Switches made (statistics, tests). */
export let switchCount = 0;
/** Transactions are on (every driver boundary commits and begins): from the first thread start. */
export let stmOn = false;
/** A thread was started: transactions begin at the next boundary of a driver loop. */
let stmWanted = false;
/** Whether this JS thread counts in SC_BUSY (it runs a guest thread, or is about to). */
const idle = newIdleState(false);
/** The JS-side recursion depth at the begin of the running transaction (restored on abort). */
let txDepth = 0;
let spCount = 0;
let idleCount = 0;

export function initScheduler(mainThread: number): void {
  anchor = allocOld(L_ARRAY, SC_WORDS, SCAN_ALL);
  addRoot(anchor);
  mem[G_SCHED_ANCHOR] = anchor;
  mem[G_SCHED_LOCK] = 0;
  resetNapCounts();
  mem[anchor + SC_NEXT_IDENT] = (2 << 1) | 1;
  mem[anchor + SC_LIVE] = 1; // tagged 0
  mem[anchor + SC_MAIN] = mainThread;
  mem[anchor + SC_BUSY] = (1 << 1) | 1; // the main JS thread runs the main guest thread
  mem[anchor + SC_ALLN] = 1;
  idle.busy = true;
  linkAll(mainThread);
  const env = process.env.PYSTM_SWITCH_TICKS;
  if (env !== undefined && /^\d+$/.test(env) && Number(env) > 0) forcedTicks = Number(env);
  setSwitchInterval(switchSeconds);
}

let forceAbortEvery = 0;
let forceAbortCount = 0;

/** A pool worker joins the scheduler the main thread made (its anchor is in the heap). */
export function attachScheduler(): void {
  anchor = mem[G_SCHED_ANCHOR];
  switchTicks = mem[anchor + SC_TICKS] >> 1;
  stmOn = true;
  stmWanted = true;
  pollInSlices();
}

/** False on a worker that runs no guest threads (its blocking calls then wait in place). */
export function schedulerReady(): boolean { return anchor !== 0; }
export function mainThreadState(): number { return mem[anchor + SC_MAIN]; }
/** The boot function is made (young) inside the first thread start's transaction: it lives in
 *  a root slot, which the minor collection updates (the anchor word keeps the slot number, a
 *  tagged int: an unbarriered anchor word would keep the address from before the collection).
 *  The caller's transaction is inevitable (roots are not transactional). */
export function setBootFunction(fn: number): void { mem[anchor + SC_BOOT] = (addRoot(fn) << 1) | 1; }
export function bootFunction(): number {
  const v = mem[anchor + SC_BOOT];
  return v === 0 ? 0 : getRoot(v >> 1);
}

// ── the spin lock (several workers will share these words) ──
function lockSched(): void {
  let spins = 0;
  while (Atomics.compareExchange(mem, G_SCHED_LOCK, 0, 1) !== 0) {
    // spin: held for a few loads only
    if (DEBUG_WAIT && ++spins === 50_000_000) writeSync(2, `[lockSched ${workerSlot}] stuck ${new Error().stack}\n`);
  }
}
function unlockSched(): void {
  Atomics.store(mem, G_SCHED_LOCK, 0);
}

// ── lists (callers hold the lock) ──
const flagsOf = (t: number): number => mem[t + TS_FLAGS] >> 1;
const setFlags = (t: number, fl: number): void => { if (rawCheckOn) rawWrite(t, 'flags'); mem[t + TS_FLAGS] = (fl << 1) | 1; };
const setStatus = (t: number, s: number): void => { if (rawCheckOn) rawWrite(t, 'status'); mem[t + TS_STATUS] = (s << 1) | 1; };
export const deadlineOf = (t: number): number => f64[(t + TS_DEADLINE) >> 1];

/** Threads made runnable by the running transaction: queued when it commits (before that,
 *  another worker would run them on state this transaction has not published yet). */
const pendingRunnable: number[] = [];

function enqueue(t: number): void {
  const fl = flagsOf(t);
  if (fl & TF_QUEUED) return;
  setFlags(t, fl | TF_QUEUED);
  if (stmOn && pinnedCount === 0 && inTransaction()) {
    pendingRunnable.push(t);
    return;
  }
  enqueueNow(t);
}

function enqueueNow(t: number): void {
  const tail = mem[anchor + SC_RQ_TAIL];
  if (rawCheckOn) { rawWrite(t, 'enqueue'); rawWrite(tail, 'enqueue: the tail'); rawWrite(anchor, 'enqueue: the anchor'); }
  mem[t + TS_QNEXT] = 0;
  if (tail === 0) mem[anchor + SC_RQ_HEAD] = t;
  else mem[tail + TS_QNEXT] = t;
  mem[anchor + SC_RQ_TAIL] = t;
}

function dequeue(): number {
  let prev = 0;
  let t = mem[anchor + SC_RQ_HEAD];
  // the main guest thread runs only on the main JS thread (its outcome, signals, exit are there),
  // except when bounced; a bounced thread only on the worker in a nested wait it was bounced to,
  // while that lasts
  while (t !== 0 && ((workerSlot !== 0 && (flagsOf(t) & TF_MAIN) !== 0 && mem[t + TS_AFFINITY] !== workerSlot + 1) || bouncedElsewhere(t))) { prev = t; t = mem[t + TS_QNEXT]; }
  if (t === 0) return 0;
  if (rawCheckOn) { rawWrite(t, 'dequeue'); rawWrite(prev, 'dequeue: the previous'); }
  mem[t + TS_AFFINITY] = 0;
  const n = mem[t + TS_QNEXT];
  if (prev === 0) mem[anchor + SC_RQ_HEAD] = n;
  else mem[prev + TS_QNEXT] = n;
  if (mem[anchor + SC_RQ_TAIL] === t) mem[anchor + SC_RQ_TAIL] = prev;
  mem[t + TS_QNEXT] = 0;
  setFlags(t, flagsOf(t) & ~TF_QUEUED);
  return t;
}

function bouncedElsewhere(t: number): boolean {
  const a = mem[t + TS_AFFINITY] - 1;
  return a >= 0 && a !== workerSlot && nestedWaitOf(a);
}

/**
 * The running thread's transaction gave way to an inevitable transaction in a nested wait on
 * worker `to` (stmgc/txn_nested.ts) and was rolled back: nothing this worker could run for it
 * would get past that wait, so the thread goes to `to`, whose nested driver runs it inside the
 * inevitable transaction (it may be what the nested wait waits for: a Future's result, a queue
 * item the main thread puts). The main guest thread moves too, for as long as it runs there (a
 * slice, or until it parks: then only the main JS thread takes it again). A thread that ended,
 * or one bounced to its own worker, waits for the nested wait to end instead. True when the
 * thread was queued for `to` (the driver runs another one).
 */
function bounce(to: number): boolean {
  if (!movable(to)) {
    waitNestedEnd(to);
    return false;
  }
  queueFor(to);
  return true;
}

/** The main guest thread moves too (its end on another worker is seen in the heap: mainEnded),
 *  except once it has ended (runOutermost's last switch back to it waits instead). */
function movable(to: number): boolean { return to !== workerSlot && (mem[ts + TS_STATUS] >> 1) !== ST_FINISHED; }

/** Sleeps (1 ms slices) until worker `to`'s nested wait ends or `ms` pass; true when it ended. */
function waitNestedEnd(to: number, ms = Infinity): boolean {
  const until = performance.now() + ms;
  while (nestedWaitOf(to)) {
    if (performance.now() >= until) return false;
    if (workerSlot === 0) {
      workerCheck();
      if (mem[anchor + SC_STUCK] !== 0) deadlock();
    }
    Atomics.wait(mem, G_SCHED_WAKE, Atomics.load(mem, G_SCHED_WAKE), 1);
  }
  return true;
}

function queueFor(to: number): void {
  saveDepth(); // (`to` may run it before this worker switches)
  givenAway = true;
  if (rawCheckOn) rawWrite(ts, 'queueFor');
  mem[ts + TS_AFFINITY] = to + 1;
  lockSched();
  enqueue(ts);
  unlockSched();
  notifyIdle();
}

/** beginTx met the nested wait before the thread ran anything: the driver queues it for `to`. */
class ThreadBounced extends TxAborted {
  constructor(e: TxAborted) { super(e.kind, e.ref, e.other, e.reason); }
}

/** switchTo(t), unless t's transaction cannot begin (ThreadBounced): then t is queued for the
 *  nested waiter and false is returned (the caller picks another thread). */
function switchToOrBounce(t: number): boolean {
  try {
    switchTo(t);
    return true;
  } catch (e) {
    if (!(e instanceof ThreadBounced)) throw e;
    queueFor(e.other);
    return false;
  }
}

/** Whether this JS thread counts in SC_BUSY (runs a guest thread): deadlock detection. */
function setBusy(on: boolean): void {
  if (idle.busy === on && idle.waitingFor === 0) return;
  lockSched();
  if (on) markRunning(anchor, idle);
  else markIdle(anchor, idle, 0);
  unlockSched();
}

/** Wakes the JS threads idle in pickNext (something was queued, or the picture changed). */
function notifyIdle(): void {
  if (!stmOn) return;
  Atomics.add(mem, G_SCHED_WAKE, 1);
  Atomics.notify(mem, G_SCHED_WAKE);
}

function timerInsert(t: number, deadline: number): void {
  // a thread already in the list (a wait registered again before its timer fired or was
  // removed: sleep in a key function, nested_block.py) is taken out first: inserting it twice
  // made a cycle, and fireTimers then woke it forever
  if ((flagsOf(t) & TF_TIMED) !== 0) timerRemove(t);
  f64[(t + TS_DEADLINE) >> 1] = deadline;
  setFlags(t, flagsOf(t) | TF_TIMED);
  let prev = 0;
  let cur = mem[anchor + SC_TIMERS];
  while (cur !== 0 && deadlineOf(cur) <= deadline) {
    prev = cur;
    cur = mem[cur + TS_TNEXT];
  }
  if (rawCheckOn) { rawWrite(t, 'timerInsert'); rawWrite(prev, 'timerInsert: the previous'); }
  mem[t + TS_TNEXT] = cur;
  if (prev === 0) mem[anchor + SC_TIMERS] = t;
  else mem[prev + TS_TNEXT] = t;
}

function timerRemove(t: number): void {
  const fl = flagsOf(t);
  if ((fl & TF_TIMED) === 0) return;
  setFlags(t, fl & ~TF_TIMED);
  let prev = 0;
  for (let cur = mem[anchor + SC_TIMERS]; cur !== 0; prev = cur, cur = mem[cur + TS_TNEXT]) {
    if (cur !== t) continue;
    if (rawCheckOn) rawWrite(prev, 'timerRemove: the previous');
    if (prev === 0) mem[anchor + SC_TIMERS] = mem[t + TS_TNEXT];
    else mem[prev + TS_TNEXT] = mem[t + TS_TNEXT];
    break;
  }
  mem[t + TS_TNEXT] = 0;
}

function waiterAppend(lock: number, t: number): void {
  const tail = mem[lock + LK_WTAIL];
  if (rawCheckOn) { rawWrite(lock, 'waiterAppend: the lock'); rawWrite(t, 'waiterAppend'); rawWrite(tail, 'waiterAppend: the tail'); }
  mem[t + TS_WNEXT] = 0;
  if (tail === 0) mem[lock + LK_WHEAD] = t;
  else mem[tail + TS_WNEXT] = t;
  mem[lock + LK_WTAIL] = t;
}

function waiterRemove(lock: number, t: number): void {
  let prev = 0;
  for (let cur = mem[lock + LK_WHEAD]; cur !== 0; prev = cur, cur = mem[cur + TS_WNEXT]) {
    if (cur !== t) continue;
    if (rawCheckOn) { rawWrite(lock, 'waiterRemove: the lock'); rawWrite(t, 'waiterRemove'); rawWrite(prev, 'waiterRemove: the previous'); }
    const n = mem[t + TS_WNEXT];
    if (prev === 0) mem[lock + LK_WHEAD] = n;
    else mem[prev + TS_WNEXT] = n;
    if (mem[lock + LK_WTAIL] === t) mem[lock + LK_WTAIL] = prev;
    break;
  }
  mem[t + TS_WNEXT] = 0;
}

// The live threads are an old array owned by the scheduler (never written under a write barrier),
// not links in the thread states: a thread state is rolled back with its transaction, and links
// written into it by other workers meanwhile would be lost.
function linkAll(t: number): void {
  let arr = mem[anchor + SC_ALL];
  const n = mem[anchor + SC_ALLN] >> 1;
  if (arr === 0 || n >= capOf(arr)) {
    const cap = arr === 0 ? 16 : capOf(arr) * 2;
    const na = allocOld(L_ARRAY, cap, SCAN_ALL);
    for (let i = 0; i < n; i++) mem[na + 2 + i] = mem[arr + 2 + i];
    mem[anchor + SC_ALL] = arr = na;
  }
  if (rawCheckOn) rawWrite(arr, 'linkAll');
  mem[arr + 2 + n] = t;
  mem[anchor + SC_ALLN] = ((n + 1) << 1) | 1;
}
function capOf(arr: number): number { return arr === 0 ? 0 : payloadWords(arr); }

function unlinkAll(t: number): void {
  const arr = mem[anchor + SC_ALL];
  const n = mem[anchor + SC_ALLN] >> 1;
  for (let i = 0; i < n; i++) {
    if (mem[arr + 2 + i] !== t) continue;
    if (rawCheckOn) rawWrite(arr, 'unlinkAll');
    for (let j = i; j < n - 1; j++) mem[arr + 2 + j] = mem[arr + 3 + j];
    mem[arr + 2 + n - 1] = 0;
    mem[anchor + SC_ALLN] = ((n - 1) << 1) | 1;
    return;
  }
}

/** A blocked thread becomes runnable (its driver resumes it, if it is pinned). Lock held. */
function wakeLocked(t: number): void {
  if (DEBUG) dbg(`wake ${mem[t + TS_IDENT] >> 1} status=${mem[t + TS_STATUS] >> 1}`);
  if ((mem[t + TS_STATUS] >> 1) !== ST_BLOCKED) return;
  timerRemove(t);
  const w = mem[t + TS_WAITOBJ];
  if ((w & 1) === 0 && w !== 0) waiterRemove(w, t);
  if (flagsOf(t) & TF_PINNED) {
    setStatus(t, ST_READY);
    wokenPinned(anchor, t); // (its JS thread, if idle for it, counts as busy from now on)
  } else {
    setStatus(t, ST_RUNNABLE);
    enqueue(t);
  }
  wokeAny = true;
}
let wokeAny = false;

/** Wakes the first thread waiting for `lock` (it retries its acquire when it runs). */
export function wakeOneWaiter(lock: number): void {
  if (mem[lock + LK_WHEAD] === 0) return;
  lockSched();
  const t = mem[lock + LK_WHEAD];
  if (t !== 0) wakeLocked(t);
  unlockSched();
  notifyIdle();
}

function fireTimers(): void {
  if (mem[anchor + SC_TIMERS] === 0) return;
  const now = clockMs();
  lockSched();
  wokeAny = false;
  for (let t = mem[anchor + SC_TIMERS]; t !== 0 && deadlineOf(t) <= now; t = mem[anchor + SC_TIMERS]) {
    if ((mem[t + TS_STATUS] >> 1) === ST_BLOCKED) wakeLocked(t);
    else timerRemove(t); // a stale timer of a thread that runs already (wakeLocked would leave it first in the list)
  }
  unlockSched();
  if (wokeAny) notifyIdle();
}

// ── starting and ending threads ──
/** Creates a thread whose base frame is `frame` (already holding its arguments) and queues it.
 *  Changes scheduler state: the caller made its transaction inevitable (`mustBeInevitable`). */
export function startThread(frame: number, start: number, sentinel: number, daemon: boolean): number {
  if (!stmWanted && STM_BUILD) {
    // the first thread: transactions from the next driver boundary on, and the pool starts
    stmWanted = true;
    if (poolStarter()) pollInSlices();
  }
  lockSched();
  const ident = mem[anchor + SC_NEXT_IDENT] >> 1;
  mem[anchor + SC_NEXT_IDENT] = ((ident + 1) << 1) | 1;
  const t = allocThreadState(ident);
  mem[frame + FR_FLAGS] |= FF_ENTRY << 1;
  mem[frame + FR_BACK] = 0;
  mem[t + TS_FRAME] = frame;
  mem[t + TS_BASE] = frame;
  mem[t + TS_START] = start;
  mem[t + TS_SENTINEL] = sentinel;
  mem[t + TS_DEPTH] = (1 << 1) | 1;
  if (daemon) setFlags(t, TF_DAEMON);
  writeBarrier(t);
  linkAll(t);
  mem[anchor + SC_LIVE] = (((mem[anchor + SC_LIVE] >> 1) + 1) << 1) | 1;
  enqueue(t);
  unlockSched();
  notifyIdle();
  return ident;
}

let poolStarter: () => boolean = () => false;
let poolBroken: () => boolean = () => false;
/** Installed by the thread module: true once a pool worker died (no serial transaction then). */
export function setPoolBroken(f: () => boolean): void { poolBroken = f; }
let workerCheck: () => void = () => undefined;
/** Installed by the thread module: throws WorkerDied when a pool worker died (main thread). */
export function setWorkerCheck(f: () => void): void {
  workerCheck = f;
  DEBUG_WAIT = process.env.PYSTM_DEBUG_WAIT !== undefined;
  initRawCheck();
  WAKE_NESTED_AT_REGISTER = process.env.PYSTM_TEST_WAKE_NESTED_REGISTER === '1';
  const n = process.env.PYSTM_STM_ABORT_EVERY;
  forceAbortEvery = n !== undefined && /^\d+$/.test(n) ? Number(n) : 0;
}
/** Installed by the CLI: starts the worker pool (asynchronously) at the first thread start. */
export function setPoolStarter(f: () => boolean): void { poolStarter = f; }

/** Threads started and not yet finished, the main thread excluded (_thread._count()). */
export function liveThreadCount(): number { return mem[anchor + SC_LIVE] >> 1; }

/** Every live thread state (the main thread included), newest first. */
export function liveThreads(): number[] {
  const out: number[] = [];
  const arr = mem[anchor + SC_ALL];
  for (let i = (mem[anchor + SC_ALLN] >> 1) - 1; i >= 0; i--) out.push(mem[arr + 2 + i]);
  return out;
}

/** The outcome of the innermost runOutermost (the main thread's base frame). */
interface Outcome { done: boolean }
let mainOutcome: Outcome | null = null;

/** Hooks the thread module installs: release a sentinel lock, report an uncaught exception. */
export interface ThreadHooks { releaseSentinel(lock: number): void; reportUncaught(t: number, exc: number): void }
let hooks: ThreadHooks | null = null;
export function setThreadHooks(h: ThreadHooks): void { hooks = h; }

/**
 * The running thread's base frame returned `value` or raised `exc` (one of them is 0): the
 * thread ends and the worker takes the next one. Returns 1 when the driver loop must return.
 */
export function threadFinished(value: number, exc: number): number {
  const t = ts;
  if (DEBUG) dbg(`finished ${mem[t + TS_IDENT] >> 1} exc=${exc}`);
  // an uncaught exception must not come from a torn read; the end changes scheduler state
  if (inTransaction()) {
    if (exc !== 0) txValidate();
    mustBeInevitable();
  }
  mem[t + TS_FRAME] = 0;
  mem[t + TS_BASE] = 0;
  mem[t + TS_DEPTH] = 1;
  if (flagsOf(t) & TF_MAIN) {
    // kept in the (traced) thread state, not in JS: the commit below moves young objects; on a
    // worker it was bounced to, the main JS thread's runOutermost sees the end in the heap
    mem[t + TS_START] = value;
    mem[t + TS_SENTINEL] = exc;
    if (mainOutcome !== null) mainOutcome.done = true;
    setStatus(t, ST_FINISHED);
    mem[anchor + SC_ENDED] = (1 << 1) | 1;
    notifyIdle();
  } else {
    if (exc !== 0 && hooks !== null) hooks.reportUncaught(t, exc);
    const sentinel = mem[t + TS_SENTINEL];
    mem[t + TS_SENTINEL] = 0;
    mem[t + TS_START] = 0;
    mem[t + TS_LOCALS] = 0;
    lockSched();
    setStatus(t, ST_FINISHED);
    unlinkAll(t);
    mem[anchor + SC_LIVE] = (((mem[anchor + SC_LIVE] >> 1) - 1) << 1) | 1;
    unlockSched();
    if (sentinel !== 0 && hooks !== null) hooks.releaseSentinel(sentinel);
  }
  return switchAway();
}

// ── switching ──
const DEBUG = process.env.PYSTM_SCHED_DEBUG !== undefined;
let DEBUG_WAIT = false;
function dbg(msg: string): void { if (DEBUG) writeSync(2, `[sched ${workerSlot}] ${msg}\n`); }
/** The main guest thread, bounced here (queueFor), goes back to the main JS thread at its next
 *  slice end even with nobody else to run: its signals, Ctrl-C and exit are seen there. */
function mainElsewhere(): boolean { return workerSlot !== 0 && (flagsOf(ts) & TF_MAIN) !== 0; }

/** The thread in `ts` was queued for another worker (queueFor): switchTo(ts) must reload it. */
let givenAway = false;
/**
 * The running thread's depth goes into its state *before* the thread can be taken by another JS
 * thread (queued at a slice end, a wait or yield registered, a bounce): written at the switch,
 * after the enqueue, it raced another worker's switchTo, which then read the depth of the
 * thread's previous switch (vm/NOTES.md "Deadlock detection across workers").
 */
function saveDepth(): void { mem[ts + TS_DEPTH] = (depth << 1) | 1; }

/** Makes `t` the running thread (the one switched out saved its depth: saveDepth); begins its
 *  transaction when this is a transaction boundary. */
function switchTo(t: number): void {
  if (DEBUG) dbg(`switch ${mem[ts + TS_IDENT] >> 1} -> ${mem[t + TS_IDENT] >> 1}`);
  if (rawCheckOn) rawWrite(t, 'switchTo'); // (the thread state is written raw: depth, frame)
  if (t !== ts || givenAway) {
    givenAway = false;
    setThreadState(t, mem[t + TS_DEPTH] >> 1);
    switchCount++;
    if (polling) newSlice();
  }
  atTransactionBoundary();
}

/**
 * Begins the transaction of the thread in `ts`, if this is a boundary (transactions on, and no
 * nested wait below: its builtin's JS frames hold references and it runs in one inevitable
 * transaction). A nested wait that switched threads barriers the new thread's frames instead.
 */
export function atTransactionBoundary(): void {
  if (!stmOn) return;
  if (pinnedCount > 0) {
    barrierFrameChain();
    return;
  }
  if (!inTransaction()) beginTx();
}

/** Commits the running transaction at a boundary (its output first). False: it aborted and was
 *  rolled back; the thread's state in the heap is the one at its begin (run it again). */
function endTx(): boolean {
  if (!inTransaction()) return true;
  if (isInevitable()) flushBeforeWait(); // the output of an inevitable transaction, in serial order
  else if (forceAbortEvery > 0 && ++forceAbortCount % forceAbortEvery === 0) {
    // PYSTM_STM_ABORT_EVERY=n (tests): every n-th commit at a boundary aborts instead
    // (counted as a conflict: after txConfig.escalateAfter in a row the attempt begins inevitable,
    // as after real conflicts; without it a slice cut short by a timing-dependent boundary
    // before its first inevitable operation was retried forever, vm_signal_tx's rare exit hang)
    txAbort('forced (PYSTM_STM_ABORT_EVERY)', true);
    pendingRunnable.length = 0;
    afterRollback('forced');
    return false;
  }
  if (txCommit()) {
    flushPending();
    if (txHooks.traced) txHooks.trace('commit', '');
    return true;
  }
  pendingRunnable.length = 0; // (only inevitable transactions make threads runnable)
  afterRollback('commit failed');
  return false;
}

/** Queues the threads the transaction made runnable (after its commit, or when it enters a
 *  nested wait: it is inevitable then, and the threads it woke may be what it waits for). */
function flushPending(): void {
  if (pendingRunnable.length === 0) return;
  lockSched();
  for (const t of pendingRunnable) enqueueNow(t);
  unlockSched();
  pendingRunnable.length = 0;
  notifyIdle();
}

function beginTx(): void {
  stwBoundary();
  txHooks.beforeBegin();
  txDepth = depth;
  txBeganAt = performance.now();
  for (;;) {
    try {
      txBegin();
      // the thread state and its current frame are written without barriers by the loop:
      // their undo-log backups are what an abort restores them from (registers are saved in
      // the frame). (Taking them may already lose against an inevitable transaction.)
      writeBarrier(ts);
      const f = mem[ts + TS_FRAME];
      if (f !== 0) writeBarrier(f);
      break;
    } catch (e) {
      if (!(e instanceof TxAborted)) throw e;
      txAbort();
      if (txHooks.traced) txHooks.trace('abort', `at begin: ${e.reason || e.kind}`);
      if (e.reason === NESTED_WAIT_REASON && pinnedCount === 0 && nestedWaitOf(e.other)) {
        if (movable(e.other)) throw new ThreadBounced(e);
        waitNestedEnd(e.other);
      }
    }
  }
  if (txHooks.traced) txHooks.trace('begin', '');
}

/** After a rollback: the JS side of the attempt is dropped (depth, caches keyed by address). */
function afterRollback(reason: string): void {
  setThreadState(ts, txDepth);
  txHooks.afterAbort();
  if (txHooks.traced) txHooks.trace('abort', reason);
}

/** VM hooks around transactions (installed by interp/stm_hooks.ts). */
export const txHooks = {
  traced: false,
  trace: (_what: string, _detail: string): void => undefined,
  beforeBegin: (): void => undefined,
  afterAbort: (): void => undefined,
};

/**
 * Before anything an abort could not undo (output, scheduler state, blocking): the running
 * transaction becomes inevitable (it may throw TxAborted first: the attempt restarts).
 */
export function mustBeInevitable(): void {
  if (!inTransaction() || isInevitable()) return;
  becomeInevitable();
  if (txHooks.traced) txHooks.trace('inevitable', '');
}

let txBeganAt = 0;
let lastReleaseAt = 0;

/**
 * After a guest lock release: ask for a transaction boundary at the next safe point of the driver
 * loop (the next backward jump or function entry), so that the critical section's writes (the
 * lock word among them) are published at once instead of staying write-locked until the slice
 * ends, when sched_release.ts says so: another worker asked (stmgc commitSoonAsked: it waits for
 * one of our STM locks), or a sparse critical section while another worker runs a transaction.
 */
export function commitSoonAfterRelease(): void {
  if (!stmOn || pinnedCount !== 0 || !inTransaction()) return;
  const now = performance.now();
  const last = lastReleaseAt;
  lastReleaseAt = now;
  if (releaseEndsTransaction(now, txBeganAt, last, commitSoonAsked(), otherTransactionRunning)) requestSafePoint();
}

/** Transactions start now, if a thread was started (at a driver boundary of the main thread). */
function maybeStartStm(): void {
  if (!stmWanted || stmOn || pinnedCount > 0) return;
  flushBeforeWait(); // what the program printed before, first
  initSharedIdentity();
  noteStmStart();
  stmOn = true;
  // what this thread made outside transactions (the new threads' states and frames, born young
  // or carrying our lock word) is published before a pool worker may run them: left to the first
  // txBegin, the pool worker (attached early) raced this minor collection, read a thread state
  // whose lock word it saw cleared before the collection had updated its young references, and
  // hung (queue_producer_consumer.py, vm/NOTES.md "When the pool starts")
  publishNonTransactional();
  Atomics.store(mem, G_STM_ON, 1);
  notifyIdle();
}

/** The next runnable thread, waiting for timers if none is; 0 when the innermost driver must
 *  return. Never returns a pinned thread (its own driver resumes it). */
function pickNext(): number {
  try {
    return pickNextOrEnd();
  } catch (e) {
    // (a given-up daemon wait, a report, a dead worker): this JS thread no longer sleeps for its
    // waiter, whatever the JS frames above do next
    lockSched();
    forgetWaiter(idle);
    unlockSched();
    throw e;
  }
}

function pickNextOrEnd(): number {
  for (;;) {
    fireTimers();
    if (signalsPending()) wakeMainForSignal();
    const seq = Atomics.load(mem, G_SCHED_WAKE);
    // one lock hold decides: the innermost level's condition, a thread to take, or idle (and
    // then whether nothing can run anywhere: sched_idle.ts, counts that cannot move meanwhile)
    lockSched();
    const top = levels.length - 1;
    if (top >= 0 && levels[top]()) {
      if (levelWaiters[top] !== 0) markRunning(anchor, idle); // (its waiter resumes here)
      unlockSched();
      return 0;
    }
    const t = dequeue();
    if (t !== 0) {
      markRunning(anchor, idle);
      unlockSched();
      return t;
    }
    const wasBusy = idle.busy;
    const nothingRuns = markIdle(anchor, idle, top >= 0 ? levelWaiters[top] : 0);
    const first = mem[anchor + SC_TIMERS];
    unlockSched();
    let ms = first !== 0 ? deadlineOf(first) - clockMs() : Infinity;
    if (!stmOn) {
      if (first === 0) endOrDeadlock();
    } else {
      // the last busy JS thread went idle: the main thread re-checks for a deadlock (not at
      // every idle entry: idle workers would wake each other in a ring)
      if (wasBusy && nothingRuns && workerSlot !== 0) notifyIdle();
      if (workerSlot === 0) workerCheck();
      // only the main JS thread reports: nothing runs anywhere, nothing is queued, no timer
      if (nothingRuns) {
        if (workerSlot === 0) endOrDeadlock();
        else if (levels.length > 0 && mem[anchor + SC_ENDED] !== 0) endOnPoolWorker();
      }
      if (workerSlot === 0 && mem[anchor + SC_STUCK] !== 0) deadlock();
      ms = Math.min(ms, 20);
    }
    if (DEBUG_WAIT && ++idleCount % 200 === 0) {
      let q = '';
      for (let x = mem[anchor + SC_RQ_HEAD]; x !== 0; x = mem[x + TS_QNEXT]) q += ` ${mem[x + TS_IDENT] >> 1}/${flagsOf(x)}`;
      writeSync(2, `[idle ${workerSlot}] ${idleCount} busy=${mem[anchor + SC_BUSY] >> 1} timers=${first} queue:${q} levels=${levels.length} top=${levels.length > 0 ? levels[levels.length - 1]() : '-'} ts=${mem[ts + TS_IDENT] >> 1} status=${mem[ts + TS_STATUS] >> 1} pending=${pendingRunnable.length} alloc=${mem[G_ALLOC_LOCK]} inev=${mem[G_INEVITABLE]} sched=${mem[G_SCHED_LOCK]}\n`);
    }
    if (ms > 0) {
      if (DEBUG_WAIT && (inTransaction() || mem[workerBase + D_HOLDS_LOCKS] !== 0)) writeSync(2, `[idle ${workerSlot}] in a transaction ${inTransaction()} holds=${mem[workerBase + D_HOLDS_LOCKS]} ${new Error().stack}\n`);
      beforeIdleWait();
      flushBeforeWait();
      // idle for the stop-the-world only when no nested wait holds references in JS locals
      // (stwIdleEnter empties the nursery: a minor collection would move what they point to)
      const idle = pinnedCount === 0;
      if (idle) stwIdleEnter();
      const t0 = statClock();
      Atomics.wait(mem, G_SCHED_WAKE, seq, ms);
      if (statsTiming) bumpStat(S_IDLE_MS, performance.now() - t0);
      if (idle) stwIdleLeave();
    }
  }
}

let flushBeforeWait: () => void = () => undefined;
export function setFlushBeforeWait(f: () => void): void { flushBeforeWait = f; }

/** The current thread cannot run on (parked, or ended): run the next one. 1 = leave the loop. */
function switchAway(): number {
  if (stmOn && pinnedCount === 0) {
    // parking and ending are inevitable: the commit cannot fail
    if (!endTx()) throw new Error('internal: an inevitable transaction aborted');
  } else barrierFrameChain();
  maybeStartStm();
  const t = pickNext();
  if (t === 0) return 1;
  switchTo(t);
  return 0;
}

/**
 * A safe point of a driver loop, the current frame's registers saved in the heap. `ticks` < 0:
 * the time slice is over. Collects if asked (unless a nested wait holds JS references), and may
 * switch threads (`ts` changes: the loop reloads its registers from the heap). 1 = return.
 * With transactions on, the end of a slice and a full nursery are transaction boundaries: the
 * transaction commits (or, if it lost a conflict, is rolled back: the loop then reloads the
 * registers the thread had at its begin), and the next one begins.
 * `ended` not 0: instead, the current thread's base frame returned `ended` and the thread ends
 * (threadFinished). The driver loop makes both calls through this one call site, so that V8
 * has seen it before it optimizes run() (vm/NOTES.md "A thread's end goes through the safe point").
 */
export function safePoint(ticks: number, ended = 0): number {
  if (ended !== 0) return threadFinished(ended, 0);
  if (nestedCollect && collectNested(pinnedCount !== 0)) return 0; // (a nested loop's gc.collect())
  let sliceOver = ticks < 0;
  let asked = false;
  if (sliceOver && polling && stmOn && pinnedCount === 0) {
    // a poll (see pollInSlices): the end of the slice, or a look at the requests
    sliceLeft -= switchTicks + 1;
    // (past its time the slice goes on while every pool worker naps: nobody else runs a
    // transaction, so its ticks end it, as at one worker; sched_nap.ts everyPoolWorkerNaps)
    if (sliceLeft > 0 && (performance.now() < sliceEndsAt || everyPoolWorkerNaps())) {
      sliceOver = false;
      asked = inTransaction() && pollTx(); // (an abort request throws TxAborted here)
    } else newSlice();
  } else if (sliceOver && polling && !stmOn) {
    // no transactions: a countdown end inside the slice only re-enters the driver (osr_off.ts)
    sliceLeft -= switchTicks + 1;
    if (sliceLeft > 0 && performance.now() < sliceEndsAt) sliceOver = false;
    else newSlice();
  }
  // signals first: a handler's exception leaves the loop's registers valid (no collection yet)
  if (sliceOver) signalSlice();
  // callbacks of weak references a collection cleared (here or on another worker): guest code,
  // run like signal handlers (inside the running transaction, which becomes inevitable)
  if (weakPending() && pinnedCount === 0) runWeakCallbacks();
  if (DEBUG_WAIT && ++spCount % 20000 === 0) writeSync(2, `[safePoint ${workerSlot}] ${spCount} ticks=${ticks} req=${safePointRequested} stmOn=${stmOn} pinned=${pinnedCount} inTx=${inTransaction()} thread ${mem[ts + TS_IDENT] >> 1}\n`);
  if (stmOn && pinnedCount === 0 && anchor !== 0) {
    if (!sliceOver && !safePointRequested && !asked) return 0;
    // (a pool worker judges its contention at every boundary, not only at slice ends: one that
    // commits at each request of the others, a Lock's cell going back and forth, reached its
    // first verdict late; sched_nap.ts)
    const judge = poolDriver && levels.length === 0;
    if (!endTx()) {
      beginTx();
      return 0;
    }
    if (!polling) switchTicks = mem[anchor + SC_TICKS] >> 1;
    if (workerSlot === 0 && sliceOver) workerCheck();
    if (safePointRequested) {
      clearDeadStackSlots();
      collectAtSafePoint(); // (outside any transaction: a major collection may run)
    }
    if (judge) {
      const ms = napAfterSlice(performance.now());
      if (ms > 0) return napAway(ms);
    }
    if (sliceOver) {
      fireTimers();
      const leave = levels.length > 0 && levels[levels.length - 1]();
      if (leave || mem[anchor + SC_RQ_HEAD] !== 0 || mainElsewhere()) {
        saveDepth();
        lockSched();
        enqueue(ts);
        unlockSched();
        notifyIdle();
        const t = pickNext();
        if (t === 0) return 1;
        switchTo(t);
        return 0;
      }
    }
    beginTx();
    return 0;
  }
  if (safePointRequested && pinnedCount === 0) {
    barrierFrameChain();
    clearDeadStackSlots();
    collectAtSafePoint();
    if (weakPending()) runWeakCallbacks();
  }
  if (!sliceOver || anchor === 0) return 0; // (a worker without a scheduler: collections only)
  fireTimers();
  const leave = levels.length > 0 && levels[levels.length - 1]();
  if (!leave && mem[anchor + SC_RQ_HEAD] === 0 && !mainElsewhere()) return 0; // nobody else to run
  if (DEBUG) dbg(`time slice over ${mem[ts + TS_IDENT] >> 1} leave=${leave}`);
  saveDepth();
  lockSched();
  enqueue(ts);
  unlockSched();
  return switchAway();
}

/** A pool worker whose threads kept conflicting (sched_nap.ts), at a slice end outside any
 *  transaction: its thread goes back to the run queue, the worker sleeps `ms` as idle (for the
 *  stop-the-world and the deadlock count), then takes whatever is runnable. 1 = leave the loop. */
function napAway(ms: number): number {
  napPark(ms);
  const t = pickNext();
  if (t === 0) return 1;
  switchTo(t);
  return 0;
}

/** napAway's first half: the thread queued, the worker asleep `ms` (then it picks a thread). */
function napPark(ms: number): void {
  if (txHooks.traced) txHooks.trace('nap', `${ms} ms`);
  saveDepth();
  lockSched();
  enqueue(ts);
  markIdle(anchor, idle, 0);
  unlockSched();
  notifyIdle();
  givenAway = true; // (the thread may come back to this worker: switchTo must reload it)
  stwIdleEnter();
  const t0 = performance.now();
  napBegins();
  sleepMs(ms);
  stwIdleLeave();
  napEnded(performance.now() - t0);
  if (statsTiming) bumpStat(S_IDLE_MS, performance.now() - t0);
}

/** A signal is pending: the main thread, if blocked, becomes runnable (its blocking call runs
 *  again and finds the signal: vm/runtime/signals.ts). */
export function wakeMainForSignal(): void {
  if (anchor === 0) return;
  const t = mem[anchor + SC_MAIN];
  if (t === 0 || (mem[t + TS_STATUS] >> 1) !== ST_BLOCKED) return;
  lockSched();
  wakeLocked(t);
  unlockSched();
  notifyIdle();
}

/** The running thread threw PARK (already registered as waiting, or queued by a yield). */
export function parked(): number {
  if (DEBUG) dbg(`parked ${mem[ts + TS_IDENT] >> 1}`);
  return switchAway();
}

// ── blocking (called by the blocking builtins) ──
/**
 * Registers the current thread as waiting for `lock` (0: a timer only) until `deadline` (ms,
 * Infinity for none); `marker` is what TS_WAITOBJ records when there is no lock. `nested`: the
 * caller waits in waitNested next (below a builtin), so the thread is pinned in the same lock
 * hold. Pinned later, a wake-up in between (a 1 ms timer fired by another JS thread, a release)
 * queued the thread as runnable, another JS thread took it, was bounced back here, and this
 * nested driver ran the thread's frames while its own builtin's JS frames were still below them:
 * one frame run twice (join_wake.py: "list expected at most 1 argument, got 2", a frame whose
 * code word was garbage).
 */
export function registerWait(lock: number, marker: number, deadline: number, nested = false): void {
  mustBeInevitable();
  const t = ts;
  if (DEBUG) dbg(`wait ${mem[t + TS_IDENT] >> 1} lock=${lock} marker=${marker} deadline=${deadline}`);
  saveDepth();
  lockSched();
  mem[t + TS_WAITOBJ] = lock !== 0 ? lock : marker;
  if (nested) setFlags(t, flagsOf(t) | TF_PINNED);
  setStatus(t, ST_BLOCKED);
  if (lock !== 0) waiterAppend(lock, t);
  if (deadline !== Infinity) timerInsert(t, deadline);
  else f64[(t + TS_DEADLINE) >> 1] = Infinity;
  unlockSched();
  if (nested && WAKE_NESTED_AT_REGISTER) wakeAsAnotherWorker(t);
}

/**
 * PYSTM_TEST_WAKE_NESTED_REGISTER=1 (spec/unit/vm_nested_register.test.ts): the interleaving
 * of the join_wake.py failure, scripted: right after a nested wait's registration, the thread is
 * woken as another JS thread's timer or release would wake it. It must stay out of the run queue
 * (pinned: only its own nested driver resumes it); queued, any driver could run its frames while
 * its builtin's JS frames are below them.
 */
let WAKE_NESTED_AT_REGISTER = false; // (read at run time by setWorkerCheck: not frozen in the start-up snapshot)
function wakeAsAnotherWorker(t: number): void {
  lockSched();
  wakeLocked(t);
  const queued = (flagsOf(t) & TF_QUEUED) !== 0 || pendingRunnable.includes(t);
  unlockSched();
  if (queued) throw new Error('internal: a nested waiter woken at its registration was queued as runnable');
}

/** The running thread yields: queued behind the others (the caller throws PARK). */
export function registerYield(): void {
  mustBeInevitable();
  saveDepth();
  lockSched();
  mem[ts + TS_WAITOBJ] = WAIT_YIELD;
  enqueue(ts);
  unlockSched();
}

/** What the current thread waited for before it was resumed (0: it is not retrying a wait). */
export function retryingWait(): number { return mem[ts + TS_WAITOBJ]; }
export function endWait(): void { mem[ts + TS_WAITOBJ] = 0; }

/**
 * The current thread, registered as waiting, is below a builtin (its JS frames cannot be
 * parked): run the other threads in a nested driver until it is woken, then continue it here.
 * Collections wait meanwhile (the builtin's JS locals hold references). With transactions on,
 * the whole nested wait is part of the current (inevitable) transaction: no boundary below it.
 */
export function waitNested(): void {
  const t = ts;
  if ((flagsOf(t) & TF_PINNED) === 0) throw new Error('internal: waitNested without registerWait(..., nested)');
  if ((mem[t + TS_STATUS] >> 1) !== ST_BLOCKED) {
    // woken between its registration and here (by another JS thread: status ST_READY)
    lockSched();
    setFlags(t, flagsOf(t) & ~TF_PINNED);
    setStatus(t, ST_RUNNABLE);
    unlockSched();
    return;
  }
  mustBeInevitable();
  flushPending();
  if (DEBUG) dbg('nested wait');
  pinnedCount++;
  // other workers' transactions give way to this one and bounce their threads here (see bounce)
  if (pinnedCount === 1 && stmOn && isInevitable()) setNestedWait(true);
  const woken = (): boolean => (mem[t + TS_STATUS] >> 1) !== ST_BLOCKED;
  levels.push(woken);
  levelWaiters.push(t);
  let abandoned = false;
  try {
    barrierFrameChain();
    for (;;) {
      let n: number;
      try {
        n = pickNext();
      } catch (e) {
        abandoned = e instanceof DaemonWaitAbandoned;
        throw e;
      }
      if (n === 0) break;
      switchTo(n);
      try {
        runLoop();
      } catch (e) {
        // a daemon's nested wait deeper down was given up: the thread it ran is left behind
        if (!(e instanceof DaemonWaitAbandoned)) throw e;
      }
      if (woken()) break;
    }
  } finally {
    levels.pop();
    levelWaiters.pop();
    pinnedCount--;
    if (pinnedCount === 0) setNestedWait(false);
    setFlags(t, flagsOf(t) & ~TF_PINNED);
    if (abandoned) leaveBehind(t);
    else setStatus(t, ST_RUNNABLE);
    switchTo(t);
  }
}

/**
 * Thrown out of a daemon thread's nested wait when the program's end waits under it: the main
 * thread finished (a runOutermost level below has ended) and nothing else can run, but its JS
 * frames are below this wait, which may never end (`for x in iter(q.get, None)` in a daemon
 * never fed its sentinel). CPython exits without waiting for daemon threads; so the wait is
 * given up, the exception unwinds the daemon's JS frames to the driver that ran it (drive, or
 * an outer waitNested), and the daemon stays blocked forever (leaveBehind), never resumed.
 */
class DaemonWaitAbandoned extends Error {}

/**
 * A pool worker in a nested wait found nothing able to run anywhere after the main guest thread's
 * body ended (SC_ENDED: the main JS thread waits to run the program's end, which the nested wait's
 * inevitable transaction keeps out). A daemon's wait is given up as on the main JS thread
 * (endOrDeadlock); a non-daemon thread's can never end (CPython's shutdown would join it for
 * ever): SC_STUCK tells the main JS thread, the only one that reports, to report the deadlock.
 */
function endOnPoolWorker(): void {
  const w = levelWaiters[levels.length - 1];
  if (w !== 0 && daemonFlag(w)) {
    if (DEBUG) dbg(`daemon ${mem[w + TS_IDENT] >> 1} left in its nested wait: the program ends`);
    throw new DaemonWaitAbandoned();
  }
  if (mem[anchor + SC_STUCK] === 0) {
    mem[anchor + SC_STUCK] = (1 << 1) | 1;
    notifyIdle();
  }
}

function endOrDeadlock(): never {
  const top = levels.length - 1;
  const w = top >= 0 ? levelWaiters[top] : 0;
  if (w !== 0 && daemonFlag(w)) {
    for (let i = top - 1; i >= 0; i--) {
      if (levelWaiters[i] === 0 && levels[i]()) {
        if (DEBUG) dbg(`daemon ${mem[w + TS_IDENT] >> 1} left in its nested wait: the program ends`);
        throw new DaemonWaitAbandoned();
      }
    }
  }
  deadlock();
}

/** A daemon thread whose nested wait was given up: out of every wait list, so nothing wakes
 *  it (its JS frames are gone), blocked until the process exits. */
function leaveBehind(t: number): void {
  lockSched();
  timerRemove(t);
  const w = mem[t + TS_WAITOBJ];
  if ((w & 1) === 0 && w !== 0) waiterRemove(w, t);
  unlockSched();
}

let runLoop: () => void = () => undefined;
/** The interpreter's driver entry (`run(0, true)`), installed by interp/loop.ts's user; called
 *  again at once while it returned only to be re-entered (see driverReenters). */
export function setRunLoop(f: () => void): void {
  runLoop = () => {
    do {
      reenter = false;
      f();
    } while (reenter);
  };
}
let reenter = false;
let sliceEnds = 0;
/** With OSR on (PYSTM_OSR=1 only, osr_off.ts): slice ends of this JS thread's driver loops before
 *  they return at each (below), off unless PYSTM_REENTER_AFTER=N: with OSR on it made steady state
 *  10-22% cheaper but whole bench programs no faster (an OSR compile of run() *and* a normal one:
 *  process CPU +6%; bench/NOTES.md "The dispatch itself"). With OSR off (the default since
 *  h25-speed) the driver returns at every countdown end instead. */
const REENTER_AFTER = Number(process.env.PYSTM_REENTER_AFTER ?? Infinity);
/**
 * Called by a driver loop at the end of each time slice; true when it is to return there and be
 * called again at once (vm/NOTES.md "The driver loop re-entered"): a run() that never returns
 * runs V8's on-stack-replacement code, in which every register of the loop (pc, sp, f...) enters
 * as an untyped value and stays a tagged one, checked and untagged at each use; the code of a
 * normal call keeps them as int32. With OSR off (osr_off.ts) at every countdown end: V8 has no
 * other way into the optimized run(). With OSR on, only after REENTER_AFTER slice ends: returning
 * at every slice end from the start then made V8 compile run() 2-3 times more (an early compile
 * of the function itself, with little feedback, then deopts, beside the OSR ones).
 */
export function driverReenters(): boolean {
  if (osrIsOff()) {
    // every countdown end, from the first on; countdowns of REENTRY_TICKS within the slice
    if (!polling) pollInSlices(REENTRY_TICKS);
    reenter = true;
    return true;
  }
  if (++sliceEnds <= REENTER_AFTER) return false;
  reenter = true;
  return true;
}


/**
 * Runs the driver loop of the thread in `ts` inside transactions: an abort (TxAborted from any
 * JS depth, or a JS error that turns out to come from a torn read) rolls the attempt back and
 * runs the thread again from its state at the begin, invisibly.
 */
function drive(): void {
  for (;;) {
    try {
      if (stmOn && pinnedCount === 0 && !inTransaction()) beginTx();
      runLoop();
      return;
    } catch (e) {
      if (process.env.PYSTM_DEBUG) writeSync(2, `[drive ${workerSlot}] ${(e as Error)?.stack ?? String(e)}\n`);
      if (e instanceof ThreadBounced) {
        // (beginTx rolled back the attempt; the thread is still at its last boundary)
        queueFor(e.other);
        return;
      }
      if (e instanceof DaemonWaitAbandoned) {
        // (the driver goes on with the others.) On a pool worker the nested wait's inevitable
        // transaction ends now: the main JS thread waits for it to run the program's end
        if (poolDriver && pinnedCount === 0 && inTransaction() && !endTx()) throw new Error('internal: an inevitable transaction aborted');
        notifyIdle();
        return;
      }
      if (!stmOn || pinnedCount > 0 || !inTransaction()) throw e;
      let reason = 'conflict';
      if (e instanceof TxAborted) reason = e.reason || e.kind;
      else {
        try {
          txValidate();
          throw e; // a real error: the view was consistent
        } catch (v) {
          if (!(v instanceof TxAborted)) throw v;
          reason = 'zombie: ' + String(e instanceof Error ? e.message : e);
        }
      }
      txAbort();
      afterRollback(reason);
      if (e instanceof TxAborted && e.reason === NESTED_WAIT_REASON && nestedWaitOf(e.other) && bounce(e.other)) return;
      if (poolDriver && levels.length === 0 && pinnedCount === 0) {
        // (an attempt that keeps aborting before its first poll never reaches a slice end)
        const ms = napAfterSlice(performance.now());
        if (ms > 0) {
          napPark(ms);
          return; // (workerDriver picks the next thread)
        }
      }
    }
  }
}

/** A pool worker's life once attached: run whatever thread is runnable, forever. */
let poolDriver = false;
export function workerDriver(): never {
  attachScheduler();
  poolDriver = true; // (its driver has no level: it never returns)
  initNaps();
  napWorkerAttached();
  if (Atomics.load(mem, G_STM_ON) === 0) {
    // the main thread begins transactions at its next driver boundary after the first
    // Thread.start(), and may collect meanwhile (a stop-the-world counts this worker as stopped)
    stwIdleEnter();
    while (Atomics.load(mem, G_STM_ON) === 0) Atomics.wait(mem, G_SCHED_WAKE, Atomics.load(mem, G_SCHED_WAKE), 20);
    stwIdleLeave();
  }
  for (;;) {
    const t = pickNext();
    if (t === 0 || !switchToOrBounce(t)) continue;
    napFirstWindow(performance.now());
    drive();
  }
}

/**
 * Runs `frame` (a fresh frame with no caller) as the base frame of the current thread in a
 * driver loop, switching to other threads as they become runnable, until it returns (its value)
 * or raises (thrown as the caller's exception, by `raiseExc`). Used for the program's main
 * module and for threading._shutdown() (`programEnd`: with no other thread alive, V8 starts no
 * optimizing compile of run() meanwhile, sched_endjit.ts).
 */
export function runOutermost(frame: number, raiseExc: (exc: number) => never, programEnd = false): number {
  const t = ts;
  if (DEBUG) dbg('runOutermost');
  const jitHeld = programEnd && anchor !== 0 && liveThreadCount() === 0 && holdRunCompiles();
  mem[anchor + SC_ENDED] = 0;
  setBusy(true); // (the main JS thread runs the main guest thread)
  writeBarrier(t);
  mem[t + TS_FRAME] = frame;
  mem[t + TS_BASE] = frame;
  leaveSerial(); // (its commit may move the young frame: reloaded from the thread state)
  frame = mem[t + TS_FRAME];
  const saved = mainOutcome;
  const outcome: Outcome = { done: false };
  mainOutcome = outcome;
  mem[frame + FR_FLAGS] |= FF_ENTRY << 1;
  mem[frame + FR_BACK] = 0;
  setStatus(t, ST_RUNNABLE);
  const d = depth;
  setThreadState(t, d + 1);
  const ended = (): boolean => outcome.done || (mem[t + TS_STATUS] >> 1) === ST_FINISHED;
  levels.push(ended);
  levelWaiters.push(0);
  let deadlocked = false;
  try {
    for (;;) {
      drive();
      if (ended()) break;
      let n = pickNext();
      while (n !== 0 && !switchToOrBounce(n)) n = pickNext();
      if (n === 0) break;
    }
  } catch (e) {
    deadlocked = e instanceof Deadlock;
    throw e;
  } finally {
    if (jitHeld) releaseRunCompiles();
    levels.pop();
    levelWaiters.pop();
    mainOutcome = saved;
    // the main JS thread runs no guest thread until the next runOutermost: a pool worker's
    // nested wait of a daemon may be given up (pickNext), which the serial entry may wait for
    setBusy(false);
    if (deadlocked) {
      // only the report follows (no guest code): no transaction, no wait for other workers
      setThreadState(t, d);
    } else {
      // whoever ran last is queued; the main thread goes on in JS
      if (ts !== t) switchTo(t);
      setThreadState(t, d);
      setStatus(t, ST_RUNNABLE);
      // (a dead worker's transaction holds its locks forever: WorkerDied goes on out, unwaited)
      if (!poolBroken()) enterSerial();
    }
  }
  const value = mem[t + TS_START];
  const exc = mem[t + TS_SENTINEL];
  mem[t + TS_START] = 0;
  mem[t + TS_SENTINEL] = 0;
  if (exc !== 0) raiseExc(exc);
  return value;
}

/**
 * Outside a driver loop with transactions on (the main thread between the main module, the
 * shutdown and the exit: tracebacks, atexit), guest code runs in one inevitable transaction,
 * so the other workers' transactions still see a serial execution.
 */
function enterSerial(): void {
  if (!stmOn || pinnedCount > 0) return;
  if (DEBUG) dbg('enter serial');
  if (inTransaction() && !endTx()) throw new Error('internal: the last transaction of a driver aborted');
  for (;;) {
    try {
      txBegin();
      if (DEBUG) dbg('serial begun');
      becomeInevitable();
      if (DEBUG) dbg('serial inevitable');
      return;
    } catch (e) {
      if (!(e instanceof TxAborted)) throw e;
      txAbort();
      // a nested wait on another worker holds the inevitable transaction: wait until it ends
      // (a daemon's is given up once nothing else can run, a non-daemon's is reported as a
      // deadlock: pickNext's endOnPoolWorker)
      if (e.reason === NESTED_WAIT_REASON) waitNestedEnd(e.other);
    }
  }
}

function leaveSerial(): void {
  if (DEBUG) dbg(`leave serial ${inTransaction()}`);
  if (!stmOn || pinnedCount > 0 || !inTransaction()) return;
  if (!endTx()) throw new Error('internal: a serial transaction aborted');
}

/** The process is about to exit: the last (serial) transaction commits. */
export function endTransactions(): void {
  if (stmOn && inTransaction()) endTx();
}

/** Whether a builtin running now was called directly by a driver loop's instruction in the
 *  current thread's frames (so that it may park), rather than below another builtin. */
export function calledFromDriver(): boolean {
  if (levels.length === 0 && !poolDriver) return false;
  const base = mem[ts + TS_BASE];
  if (base === 0) return false;
  for (let f = mem[ts + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) {
    if (f === base) return true;
    if ((mem[f + FR_FLAGS] >> 1) & FF_ENTRY) return false;
  }
  return false;
}

/** Non-daemon threads still alive, the main thread excluded (threading's shutdown uses its own list). */
export function daemonFlag(t: number): boolean { return (flagsOf(t) & TF_DAEMON) !== 0; }

// ── deadlock ──
let describeFrame: (f: number) => string = () => '';
export function setFrameDescriber(d: (f: number) => string): void { describeFrame = d; }

function deadlock(): never {
  let msg = 'Fatal Python error: all threads are blocked (deadlock)\n';
  msg += 'Python runtime state: initialized\n';
  for (const t of liveThreads()) {
    const st = mem[t + TS_STATUS] >> 1;
    const what = st === ST_FINISHED ? 'finished' : st === ST_BLOCKED ? waitDescription(t) : 'runnable';
    msg += `\nThread ${mem[t + TS_IDENT] >> 1}${flagsOf(t) & TF_MAIN ? ' (main thread)' : ''}, ${what}${DEBUG_WAIT ? ` flags=${flagsOf(t)} waitobj=${mem[t + TS_WAITOBJ]}` : ''} (most recent call first):\n`;
    for (let f = mem[t + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) msg += describeFrame(f);
  }
  throw new Deadlock(msg);
}

function waitDescription(t: number): string {
  const w = mem[t + TS_WAITOBJ];
  if (w === WAIT_SLEEP) return 'sleeping';
  if ((w & 1) === 0 && w !== 0) return 'waiting for a lock';
  return 'blocked';
}
