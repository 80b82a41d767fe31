// The SIGINT watcher: a tiny worker_thread that turns Ctrl-C into a word of shared memory while
// the main JS thread is busy running the interpreter (its event loop, where Node delivers
// signals, never turns). The worker loops on `Atomics.wait` inside
// `vm.runInThisContext(..., { breakOnSigint: true })`: Node's SIGINT watchdog then terminates that
// script instead of killing the process; the worker counts the signal (word W_COUNT), notifies it,
// bumps and notifies the scheduler's futex word in the heap (so a worker idle in Atomics.wait wakes
// up) and re-arms. Invariants: one live watcher at a time (each has its own small SAB, so a
// stopping watcher cannot count into the next one's word); nothing here touches guest objects.
// Starting costs 5-30 ms of main-thread time here (new Worker), so vm/runtime/signals.ts starts
// it lazily (see vm/NOTES.md "Signals").
// worker_threads is required on first use, not imported: a module loaded while a V8 start-up
// snapshot is built breaks every later `new Worker` (Node 20: its cwd counter is not restored).
import type { Worker } from 'node:worker_threads';

/** Word indices of a watcher's SharedArrayBuffer. */
export const W_COUNT = 0; // SIGINTs caught so far
export const W_STOP = 1; // the word the watcher waits on: 0 = keep watching, 1 = stop
export const W_STATE = 2; // 0 starting, 1 armed, 2 exited

const SOURCE = `'use strict';
const { workerData: d } = require('node:worker_threads');
const vm = require('node:vm');
const w = new Int32Array(d.words);
const h = new Int32Array(d.heap);
globalThis.__pystmSigWords = w;
const s = new vm.Script('Atomics.wait(__pystmSigWords, 1, 0)');
Atomics.store(w, 2, 1); Atomics.notify(w, 2);
while (Atomics.load(w, 1) === 0) {
  try { s.runInThisContext({ breakOnSigint: true }); }
  catch { Atomics.add(w, 0, 1); Atomics.notify(w, 0); Atomics.add(h, d.wake, 1); Atomics.notify(h, d.wake); }
}
Atomics.store(w, 2, 2); Atomics.notify(w, 2);
`;

export interface Watcher { words: Int32Array; worker: Worker }

/** Starts a watcher that also wakes heap word `wakeIndex` of `heap` on every SIGINT. */
export function startWatcher(heap: SharedArrayBuffer, wakeIndex: number): Watcher {
  const words = new Int32Array(new SharedArrayBuffer(16));
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const wt = require('node:worker_threads') as typeof import('node:worker_threads');
  const worker = new wt.Worker(SOURCE, {
    eval: true,
    workerData: { words: words.buffer, heap, wake: wakeIndex },
    env: wt.SHARE_ENV,
    stdin: false,
    stdout: true,
    stderr: true,
    trackUnmanagedFds: false,
  });
  worker.unref();
  // the worker never posts; an error event (it cannot start) must not crash the process
  worker.on('error', () => undefined);
  return { words, worker };
}

/** Waits up to `ms` for the watcher to be armed (true when it is). */
export function waitArmed(w: Watcher, ms: number): boolean {
  const end = performance.now() + ms;
  for (;;) {
    if (Atomics.load(w.words, W_STATE) !== 0) return Atomics.load(w.words, W_STATE) === 1;
    const left = end - performance.now();
    if (left <= 0) return false;
    Atomics.wait(w.words, W_STATE, 0, left);
  }
}

/** Asks the watcher to stop; with `waitMs` > 0, waits until it has left its watchdog (after that
 *  a SIGINT gets the process's default action again). */
export function stopWatcher(w: Watcher, waitMs: number): void {
  Atomics.store(w.words, W_STOP, 1);
  Atomics.notify(w.words, W_STOP);
  if (waitMs <= 0) return;
  const end = performance.now() + waitMs;
  for (;;) {
    const st = Atomics.load(w.words, W_STATE);
    if (st === 2) return;
    const left = end - performance.now();
    if (left <= 0) break;
    Atomics.wait(w.words, W_STATE, st, Math.min(left, 50));
    // a watcher still starting checks W_STOP before it waits: nothing more to do here
  }
  void w.worker.terminate();
}
