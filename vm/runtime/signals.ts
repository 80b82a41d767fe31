// Signals as CPython delivers them: a signal only *trips* a flag; the main guest thread runs the
// Python-level handler at its next check (the time-slice expiry of a driver or nested loop, or
// when it is woken from a blocking wait: sleep, lock acquire, join, queue get, Condition wait).
// SIGINT comes from the watcher worker (sigint_watcher.ts) as a count in shared memory; the
// others are tripped by raise_signal / _thread.interrupt_main. Handlers live in an old, rooted
// heap array (NSIG words; 0 = never set: default_int_handler for SIGINT, SIG_IGN for SIGPIPE and
// SIGXFSZ as CPython sets them, SIG_DFL otherwise; tagged 0/1 = SIG_DFL/SIG_IGN; else a callable).
// Only the CLI enables the watcher (enableSignals), lazily: see vm/NOTES.md "Signals".
import * as os from 'node:os';
import { mem, sab, workerSlot } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { addRoot } from '../../stmgc/roots';
import { writeBarrier } from '../../stmgc/barriers';
import { allocOld } from './alloc';
import { L_ARRAY, L_RAW } from './layouts';
import { K, T } from './types';
import { raiseEmpty } from './errors';
import { intFromNumber } from '../objects/int_core';
import { callObject } from '../interp/call';
import { TF_MAIN, TS_FLAGS, currentFrame, ts } from '../interp/thread';
import { markFrameEscaped } from '../interp/frame_recycle';
import { G_SCHED_WAKE, mustBeInevitable, wakeMainForSignal } from '../interp/sched';
import { W_COUNT, startWatcher, stopWatcher, waitArmed, type Watcher } from './sigint_watcher';
import { sleepMs } from './sleep';

export const NSIG = 65;
export const SIGINT = 2;
export const SIGPIPE = 13;
export const SIGTERM = 15;
export const SIGXFSZ = 25;
/** Handler table values for SIG_DFL / SIG_IGN (tagged ints 0 and 1). */
export const H_DFL = 1;
export const H_IGN = 3;

/** Programs that run shorter than this (ms after enableSignals) never start the watcher. */
const LAZY_MS = 25;

let enabled = false;
let watcher: Watcher | null = null;
let words: Int32Array = new Int32Array(4); // the live watcher's words (a dummy until one starts)
let seen = 0;
let lazyAt = Infinity;
const tripped = new Uint8Array(NSIG);
// Signals tripped by a thread on another JS thread (interrupt_main, raise_signal from a pool
// worker): a raw heap array made by bootCore, [count of trips, flag per signal]; the main thread
// folds it into `tripped` when the count moved (`seenShared`).
let shared = 0;
let seenShared = 0;
const sharedMoved = (): boolean => shared !== 0 && Atomics.load(mem, shared + 2) !== seenShared;
let anyTripped = false;
let table = 0;
let unhandledKeyboardInterrupt = false;
let sigtermIgnorer: (() => void) | null = null;

/**
 * Called by the command line once the VM is booted: from now on Ctrl-C raises KeyboardInterrupt.
 * `mode` (PYSTM_SIGINT_WATCHER): 'wait' starts the watcher now and waits until it is armed
 * (tests); 'off' never starts it; otherwise it starts lazily.
 */
export function enableSignals(mode: string | undefined): void {
  if (mode === 'off') return;
  enabled = true;
  lazyAt = performance.now() + LAZY_MS;
  if (mode === 'wait' || mode === 'eager') {
    ensureWatcher();
    if (mode === 'wait' && watcher !== null) waitArmed(watcher, 20_000);
  }
}

function ensureWatcher(): void {
  lazyAt = Infinity;
  if (!enabled || watcher !== null || handlerEntry(SIGINT) === H_DFL) return;
  watcher = startWatcher(sab, G_SCHED_WAKE);
  words = watcher.words;
  seen = 0;
}

function dropWatcher(waitMs: number): void {
  if (watcher === null) return;
  stopWatcher(watcher, waitMs);
  watcher = null;
  words = new Int32Array(4) as Int32Array;
  seen = 0;
}

/** At every time-slice expiry (any thread, any loop): starts the watcher when it is due, and
 *  runs the pending handlers if this is the main thread (they may raise), else wakes it. */
export function signalSlice(): void {
  if (lazyAt !== Infinity && performance.now() >= lazyAt) ensureWatcher();
  if (signalsPending()) {
    if (isMainThread()) runPendingSignals();
    else wakeMainForSignal();
  }
}

/** Before a worker idles in Atomics.wait: a waiting program gets its watcher at once. */
export function beforeIdleWait(): void {
  if (lazyAt !== Infinity) ensureWatcher();
}

export function signalsPending(): boolean {
  return anyTripped || words[W_COUNT] !== seen || sharedMoved();
}

export function isMainThread(): boolean {
  return ((mem[ts + TS_FLAGS] >> 1) & TF_MAIN) !== 0;
}

/** Whether the running thread is the main thread and has handlers to run. */
export function mainHasSignals(): boolean {
  return signalsPending() && isMainThread();
}

/** Runs the handlers of every tripped signal (main thread only); a handler's exception
 *  propagates (the signals not yet handled stay tripped). */
export function runPendingSignals(): void {
  // Taking a signal (the counters below, the heap flags) is not undone by an abort: inside a
  // transaction that could still abort, the handler would run in the attempt, the rollback would
  // undo what it did, and the signal would be gone (a KeyboardInterrupt from interrupt_main lost:
  // the vm_sigint hang). So the transaction that takes one becomes inevitable first (it may
  // throw TxAborted here, before anything is taken); signals are rare.
  if (signalsPending()) mustBeInevitable();
  const c = Atomics.load(words, W_COUNT);
  if (c !== seen) {
    seen = c;
    tripped[SIGINT] = 1;
    anyTripped = true;
  }
  if (sharedMoved()) {
    seenShared = Atomics.load(mem, shared + 2);
    for (let s = 1; s < NSIG; s++) {
      if (Atomics.exchange(mem, shared + 3 + s, 0) !== 0) {
        tripped[s] = 1;
        anyTripped = true;
      }
    }
  }
  if (!anyTripped) return;
  anyTripped = false;
  for (let s = 1; s < NSIG; s++) {
    if (tripped[s] === 0) continue;
    tripped[s] = 0;
    try {
      dispatch(s);
    } catch (e) {
      for (let r = s + 1; r < NSIG; r++) if (tripped[r] !== 0) anyTripped = true;
      throw e;
    }
  }
}

function dispatch(s: number): void {
  const h = handlerEntry(s);
  if (h === 0) {
    if (s === SIGINT) raiseEmpty(T.KeyboardInterrupt);
    if (s === SIGPIPE || s === SIGXFSZ) return;
    dieBySignal(s);
  }
  if (h === H_IGN) return;
  if (h === H_DFL) dieBySignal(s);
  const f = currentFrame();
  markFrameEscaped(f); // (the handler's frame argument: interp/frame_recycle.ts)
  callObject(h, [intFromNumber(s), f !== 0 ? f : K.None], 0);
}

/** Trips `s` as if it had arrived (raise_signal with a Python handler, interrupt_main): the main
 *  thread runs its handler now if it is the caller, else at its next check. */
export function tripSignal(s: number): void {
  // an irrevocable act, as output is: an aborted attempt must not have tripped it (its restart
  // would trip it a second time)
  mustBeInevitable();
  if (workerSlot !== 0 && shared !== 0) {
    // a pool worker: the main thread's JS flags are not ours
    Atomics.store(mem, shared + 3 + s, 1);
    Atomics.add(mem, shared + 2, 1);
    wakeMainForSignal();
    return;
  }
  tripped[s] = 1;
  anyTripped = true;
  if (isMainThread()) runPendingSignals();
  else wakeMainForSignal();
}

// ── the handler table ──
/** Made by bootCore, so every worker's replay names the same table (getsignal from a thread on
 *  a pool worker sees what the main thread set). */
export function initSignalTable(): void {
  table = allocOld(L_ARRAY, NSIG, SCAN_ALL);
  for (let i = 0; i < NSIG; i++) mem[table + 2 + i] = 0;
  addRoot(table);
  shared = allocOld(L_RAW, NSIG + 1, 0);
  for (let i = 0; i <= NSIG; i++) mem[shared + 2 + i] = 0;
  addRoot(shared);
  seenShared = 0;
}
/** The raw table entry (see the header): 0 when never set. */
export function handlerEntry(s: number): number {
  return table === 0 ? 0 : mem[table + 2 + s];
}

/** Stores a handler (a callable, H_DFL or H_IGN) and applies what it means to the process. */
export function setHandlerEntry(s: number, h: number): void {
  if (table === 0) initSignalTable();
  writeBarrier(table);
  mem[table + 2 + s] = h;
  if (s === SIGINT) {
    if (h === H_DFL) {
      dropWatcher(0); // Ctrl-C kills the process again (the OS default)
      lazyAt = Infinity;
    } else if (enabled && watcher === null) ensureWatcher();
  } else if (s === SIGTERM) {
    // a Python handler cannot run while the main JS thread is busy: the default action stays
    if (h === H_IGN && sigtermIgnorer === null) {
      sigtermIgnorer = () => undefined;
      process.on('SIGTERM', sigtermIgnorer);
    } else if (h !== H_IGN && sigtermIgnorer !== null) {
      process.off('SIGTERM', sigtermIgnorer);
      sigtermIgnorer = null;
    }
  }
}

// ── dying by a signal, as CPython does ──
/** The node name of signal number s ('SIGINT'), or null. */
export function signalName(s: number): NodeJS.Signals | null {
  for (const [name, n] of Object.entries(os.constants.signals)) if (n === s) return name as NodeJS.Signals;
  return null;
}

/** Ends the process by signal `s` with its default action (exit status 128 + s if it survives). */
export function dieBySignal(s: number): never {
  dropWatcher(2000);
  const name = signalName(s);
  if (name !== null) {
    process.removeAllListeners(name);
    try {
      process.kill(process.pid, name);
      // delivered to some thread of the process, maybe not this one: give it a moment
      sleepMs(1000);
    } catch {
      // fall through to the exit status a shell would show
    }
  }
  process.exit(128 + s);
}

/** runMain's uncaught-exception report saw an exception of exactly type KeyboardInterrupt. */
export function noteUnhandledKeyboardInterrupt(): void { unhandledKeyboardInterrupt = true; }

/** After the program ends (threads joined, atexit run, files flushed): CPython kills itself with
 *  SIGINT when the main module ended by an uncaught KeyboardInterrupt. */
export function exitIfInterrupted(): void {
  if (unhandledKeyboardInterrupt) dieBySignal(SIGINT);
}
