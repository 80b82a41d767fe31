// The worker pool, main-thread side: `--workers N` worker_threads (default: the number of
// cores), started all at once on first use (a program that never asks pays nothing), each
// attached to the shared heap as slot 1..N. runOnWorker hands one job to one worker and blocks
// the main thread (Atomics.wait) until it is done: for now one side runs at a time (no
// transactions yet), which is what proves that a worker's VM names the same heap objects.
// The main thread may block in Atomics.wait (Node allows it); the workers start without its
// event loop. A worker that dies (process.exit, an uncaught error) marks itself DEAD from its
// 'exit' handler and the waiting main thread throws WorkerDied; one the main thread must kill
// is terminated here and marked DEAD by us.
import type { Worker, MessagePort } from 'node:worker_threads';
// node:worker_threads is required on first use, not at load: it costs start-up time, and a V8
// start-up snapshot that loaded it cannot start workers afterwards
const wt = (): typeof import('node:worker_threads') => require('node:worker_threads') as typeof import('node:worker_threads');
import * as os from 'node:os';
import * as path from 'node:path';
import { hashKeyWords } from '../objects/siphash';
import { sab, mem, workerSlot } from '../../stmgc/heap';
import { heapWasmMemory } from '../../stmgc/heap_buffer';
import { G_MAX_WORKERS, MAX_WORKERS } from '../../stmgc/layout';
import { nurseryUsedWords } from '../../stmgc/alloc';
import { setTxConfig } from '../../stmgc/txn';
import {
  C_ARGS_SLOT, C_ATTACH_US, C_BOOT_US, C_CALLABLE_SLOT, C_EXIT_CODE, C_JOBS, C_MINORS, C_OUTCOME, C_PINNED, C_STATE, G_GO,
  S_DEAD, S_DONE, S_JOB, S_READY, S_STARTING, controlWords, lineOf, type WorkerInit,
} from './control';
import { flushOutput } from '../runtime/stdio';
import { stwIdleEnter, stwIdleLeave } from '../../stmgc/gc_stw';
import { typeModified } from '../objects/type_core';

/** A worker thread ended (or could not attach); the VM cannot go on. */
export class WorkerDied extends Error {}

/** Without --workers: the number of cores (DESIGN.md); PYSTM_WORKERS=N overrides it (tests). */
export function defaultWorkerCount(): number {
  const env = process.env.PYSTM_WORKERS;
  // the heap has MAX_WORKERS slots, one of them the main thread's (a machine with more cores
  // than that runs this many workers)
  if (env !== undefined && /^[1-9]\d*$/.test(env)) return Math.min(Number(env), MAX_WORKERS - 1);
  return Math.min(coreCount(), MAX_WORKERS - 1);
}
export function coreCount(): number {
  return Math.max(1, typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length);
}

let wanted = defaultWorkerCount();
let control: SharedArrayBuffer | null = null;
let ctl: Int32Array = new Int32Array(0);
const workers: (Worker | undefined)[] = [];
const ports: (MessagePort | undefined)[] = [];
let startMs = -1;

/** `--workers N` / `--single-threaded` (one worker), before the pool starts. */
export function configureWorkers(n: number | null, singleThreaded = false): void {
  wanted = singleThreaded ? 1 : n ?? defaultWorkerCount();
  single = singleThreaded;
}
let single = false;
/** `--single-threaded`: guest threads interleave on the main thread; the pool never starts. */
export function isSingleThreaded(): boolean { return single; }
/** Workers the pool has (or will have): slots 1..poolSize(). */
export function poolSize(): number { return wanted; }
/** Heap worker slots the bootstrap must create: the main thread and the pool. */
export function heapSlotsNeeded(): number { return wanted + 1; }
export function poolStarted(): boolean { return control !== null; }
/** Wall time the pool took to start (all workers attached), or -1 before it started. */
export function poolStartMs(): number { return startMs; }

function bundlePaths(): { bundle: string; cache: string } {
  // in the bundle __filename is dist/pystm.js; run from sources (vitest), use the built dist/
  const bundle = __filename.endsWith('.js') ? __filename : path.resolve(__dirname, '..', '..', 'dist', 'pystm.js');
  return { bundle, cache: bundle.replace(/\.js$/, codeCacheSuffix(process.execArgv)) };
}

/**
 * The code cache's file name ending for the V8 flags this process runs with. V8 rejects a cache
 * made under other flags, and `--stack-size` is one of them: bin/pystm runs the snapshot with
 * `--stack-size=3800` (bin/build.mjs STACK_KB), bin/pystm.js with V8's default, and a worker
 * shares its process's flags. A single dist/pystm.cache (written by bin/pystm.js) was rejected
 * by every pool worker of a snapshot run, which then compiled the whole bundle (~100 ms CPU, on
 * the pool's join path). The same rule is in bin/pystm.js, which writes the cache.
 */
export function codeCacheSuffix(execArgv: readonly string[]): string {
  const stack = execArgv.find((a) => a.startsWith('--stack-size='));
  return stack === undefined ? '.cache' : `.stack${stack.slice('--stack-size='.length)}.cache`;
}

// The worker loads the bundle as bin/pystm does (through the V8 code cache beside it).
const LOADER = `
const { workerData } = require('node:worker_threads');
const fs = require('node:fs'), vm = require('node:vm'), path = require('node:path'), Module = require('node:module');
let cachedData;
try { cachedData = fs.readFileSync(workerData.cache); } catch { cachedData = undefined; }
const script = new vm.Script(Module.wrap(fs.readFileSync(workerData.bundle, 'utf8')), { filename: workerData.bundle, cachedData });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, workerData.bundle, path.dirname(workerData.bundle));
queueMicrotask(() => mod.exports.workerMain(workerData)); // (as bin/pystm.js: a microtask's throws make no message)
`;

let threadWorkers = 0;
/**
 * The first guest thread started: `--workers N` means N JS threads run guest threads, this one
 * and N-1 pool workers. They are started now and not waited for (the main thread runs every
 * guest thread meanwhile); each boots and attaches (~0.3-0.7 s: a new isolate, the bundle, the
 * bootstrap replay), waits until transactions are on, then runs threads from the heap's run
 * queue (sched.workerDriver). True when the pool runs (now or since before).
 * (Starting it at `import _thread`, PYSTM_EARLY_POOL=1, exposed two races, both fixed: signals
 * lost in aborted transactions (signals.ts) and a pool worker running the first thread before
 * the main thread had published it (sched.ts maybeStartStm). It stays off: no measurable gain.)
 */
export function startThreadPool(): boolean {
  if (threadWorkers > 0) return true; // (started at the import: the first thread start polls too)
  if (held > 0) {
    // started early (prespawnThreadPool): the workers have replayed the bootstrap, or are at it
    threadWorkers = held;
    held = 0;
    tuneContention(threadWorkers + 1);
    Atomics.store(ctl, G_GO, 1);
    Atomics.notify(ctl, G_GO);
    startMs = 0;
    return true;
  }
  if (control !== null || wanted <= 1) return false;
  if (workerSlot !== 0) return false;
  const n = threadPoolWorkers();
  if (n < 1) return false;
  threadWorkers = n;
  tuneContention(n + 1);
  spawn(n, true, false);
  startMs = 0;
  return true;
}

function threadPoolWorkers(): number { return Math.min(wanted - 1, mem[G_MAX_WORKERS] - 1); }

/** Workers of a pool spawned early that wait for G_GO (0: none, or released). */
let held = 0;

/**
 * Spawns the thread pool's workers now, before any guest thread exists, for a program that will
 * probably start threads (the CLI calls it when the main script names a threading module): a
 * worker takes 0.1-0.7 s to boot (a new isolate, the bundle, the bootstrap replay), which started
 * at the first thread start was 0.1-0.2 s of a 2-worker run with only one JS thread running guest
 * code (the pool joined 0.33-0.44 s after the process started). Each worker replays the
 * bootstrap on its private heap at once, meanwhile the main thread compiles and imports, and
 * attaches to the shared heap only when startThreadPool says G_GO: until then the shared heap
 * and the scheduler see exactly what they saw without it (no attached slot, no stop-the-world
 * participant). A program that never starts a thread leaves the workers waiting; they are
 * unref'd and end with the process. Not for the job pool (startPool refuses afterwards).
 */
export function prespawnThreadPool(): void {
  if (control !== null || threadWorkers > 0 || single || wanted <= 1 || workerSlot !== 0) return;
  const n = threadPoolWorkers();
  if (n < 1) return;
  held = n;
  spawn(n, true, true);
}
/** The script names a threading module: worth starting the pool early (see prespawnThreadPool). */
export function mentionsThreads(source: string): boolean {
  return /\b(?:threading|_thread|concurrent)\b/.test(source);
}

/**
 * Spinning before sleeping makes a lock handoff between workers fast (a futex wake-up costs
 * ~50 us), but with more workers than cores a spinning waiter takes the CPU from the very holder
 * it waits for (bank.py at 4 workers on 2 cores: 9.6 s of CPU, against 3.9 s at 1 worker):
 * then spin only briefly. Every JS thread running guest threads calls it (its own txConfig).
 */
export function tuneContention(jsThreads: number): void {
  setTxConfig({ spinMicros: jsThreads > coreCount() ? 10 : 150 });
}

/** A pool worker running guest threads died: WorkerDied (the VM cannot go on). */
export function checkThreadWorkers(): void {
  if (deadWorker !== null) throw deadWorker; // every later wait too: the dead worker's locks stay held
  for (let k = 1; k <= threadWorkers; k++) {
    if (Atomics.load(ctl, lineOf(k) + C_STATE) === S_DEAD) {
      deadWorker = died(k);
      throw deadWorker;
    }
  }
}
let deadWorker: WorkerDied | null = null;
/** True once a pool worker running guest threads died: nothing may wait for its transaction. */
export function poolBroken(): boolean { return deadWorker !== null; }
export function threadWorkerCount(): number { return threadWorkers; }

/** Starts every worker (once) and waits until all are attached. Throws WorkerDied. */
export function startPool(): void {
  if (control !== null) return;
  if (workerSlot !== 0) throw new Error('internal: only the main thread starts the worker pool');
  if (single) throw new Error('internal: no worker pool with --single-threaded');
  if (threadWorkers > 0 || held > 0) throw new Error('internal: the worker pool runs guest threads');
  const n = Math.min(wanted, mem[G_MAX_WORKERS] - 1);
  if (n < 1) throw new Error('internal: the heap has no worker slots');
  wanted = n;
  const t0 = performance.now();
  spawn(n, false, false);
  for (let k = 1; k <= n; k++) waitWhile(k, S_STARTING);
  startMs = performance.now() - t0;
}

function spawn(n: number, threads: boolean, early: boolean): void {
  if (threads && process.env.PYSTM_SYNC_POOL_COMPILES === '1') syncCompilesInNewIsolates();
  control = new SharedArrayBuffer(controlWords(n) * 4);
  ctl = new Int32Array(control);
  const { bundle, cache } = bundlePaths();
  for (let k = 1; k <= n; k++) {
    const ch = new (wt().MessageChannel)();
    const init: WorkerInit = {
      pystmWorker: true, threads, held: early, heap: sab, control, slot: k, bundle, cache,
      createdAt: performance.timeOrigin + performance.now(), port: ch.port2, threadWorkers: n + 1,
      hashKey: hashKeyWords(),
    };
    const memory = heapWasmMemory(sab);
    if (memory !== null) init.heapMemory = memory;
    // (a worker spawned early shares the environment: it sees what the program sets before its
    // first thread start, as one spawned then would; SHARE_ENV, not a copy made now)
    const opts: import('node:worker_threads').WorkerOptions = { eval: true, workerData: init, transferList: [ch.port2], stdout: false, stderr: false };
    if (early) opts.env = wt().SHARE_ENV;
    const w = new (wt().Worker)(LOADER, opts);
    w.unref();
    // events arrive only when the main thread's loop runs (never while it waits): the state word is the truth
    w.on('error', () => {});
    workers[k] = w;
    ports[k] = ch.port1;
    ch.port1.unref();
  }
}

/**
 * The thread pool's isolates compile optimized code on their own thread (V8's
 * `--no-concurrent-recompilation`, read when an isolate is made: the main isolate keeps its
 * concurrent compiles). A pool worker's run() is compiled 3-5 times in its first second (a
 * deopt at each site its first compile had not seen run, vm/NOTES.md "Synchronous optimizing
 * compiles in the pool workers"); concurrently, each compile took a core from the guest threads
 * while the worker ran unoptimized beside it (at 2 workers on 2 cores: a third thread on two
 * cores, running code ~5x slower). Not in V8's flag hash: the code cache stays valid.
 * Off unless PYSTM_SYNC_POOL_COMPILES=1: 2-worker CPU went down 3% over 12 paired rounds (wall
 * inside the noise), but on a starved host (normal priority, load ~30) a threaded golden took 25%
 * longer with it and the pool joined later (bench/NOTES.md "h23-warm"; cause not found).
 */
function syncCompilesInNewIsolates(): void {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--no-concurrent-recompilation');
}

function waitWhile(k: number, state: number): number {
  const at = lineOf(k) + C_STATE;
  for (;;) {
    const s = Atomics.load(ctl, at);
    if (s === S_DEAD) throw died(k);
    if (s !== state) return s;
    Atomics.wait(ctl, at, state, 1000);
  }
}

function died(k: number): WorkerDied {
  const parts: string[] = [];
  const p = ports[k];
  for (let m = p && wt().receiveMessageOnPort(p); m; m = p && wt().receiveMessageOnPort(p)) {
    const msg = m.message as { message?: unknown };
    parts.push(String(msg.message));
  }
  const code = ctl[lineOf(k) + C_EXIT_CODE];
  return new WorkerDied(`worker ${k} died (exit code ${code})${parts.length > 0 ? ': ' + parts.join('; ') : ''}`);
}

export interface JobOutcome {
  /** OUT_VALUE, OUT_EXCEPTION (the exception object is in the args slot) or OUT_INTERNAL. */
  outcome: number;
  /** The worker's message for OUT_INTERNAL. */
  message: string;
}

/**
 * Runs `callable(*args)` on worker k (1..poolSize()) and waits for it. The callable and the
 * args tuple are given as ROOT SLOTS (they must survive collections on both sides); the result,
 * or the exception object, is left in `argsSlot`. Call only at a safe point of the main thread
 * (its nursery empty, no reference held in a JS local): the worker may write references to
 * its own objects into any object the main thread can reach.
 */
export function runOnWorker(k: number, callableSlot: number, argsSlot: number): JobOutcome {
  if (!(k >= 1 && k <= wanted)) throw new RangeError(`worker ${k} out of range 1..${wanted}`);
  if (nurseryUsedWords() !== 0) throw new Error('internal: runOnWorker outside a safe point (the nursery is not empty)');
  startPool();
  const line = lineOf(k);
  waitWhile(k, S_STARTING);
  if (Atomics.load(ctl, line + C_STATE) !== S_READY) throw new Error(`internal: worker ${k} is busy`);
  flushOutput(); // what the main thread printed (and wrote to files) comes first
  ctl[line + C_CALLABLE_SLOT] = callableSlot;
  ctl[line + C_ARGS_SLOT] = argsSlot;
  Atomics.store(ctl, line + C_STATE, S_JOB);
  Atomics.notify(ctl, line + C_STATE);
  // blocked with nothing to run: a stop-the-world major collection the job asks for may run
  stwIdleEnter();
  let s: number;
  try {
    waitWhile(k, S_JOB);
    s = waitWhile(k, 3 /* S_RUNNING */);
  } finally {
    stwIdleLeave();
  }
  if (s !== S_DONE) throw new Error(`internal: worker ${k} in state ${s}`);
  const outcome = ctl[line + C_OUTCOME];
  let message = '';
  const p = ports[k];
  for (let m = p && wt().receiveMessageOnPort(p); m; m = p && wt().receiveMessageOnPort(p)) message += String((m.message as { message?: unknown }).message);
  Atomics.store(ctl, line + C_STATE, S_READY);
  typeModified(); // the worker may have changed classes: drop this thread's class caches
  return { outcome, message };
}

/** Kills worker k (worker.terminate): it is DEAD from now on; jobs sent to it throw WorkerDied. */
export function killWorker(k: number): void {
  const w = workers[k];
  if (w === undefined) return;
  void w.terminate();
  workers[k] = undefined;
  Atomics.store(ctl, lineOf(k) + C_EXIT_CODE, 1);
  Atomics.store(ctl, lineOf(k) + C_STATE, S_DEAD);
}

export interface WorkerInfo { slot: number; pinned: number; attachMs: number; bootMs: number; jobs: number; minors: number }
/** What worker k measured about itself (after the pool started). */
export function workerInfo(k: number): WorkerInfo {
  const l = lineOf(k);
  return {
    slot: k, pinned: ctl[l + C_PINNED], attachMs: ctl[l + C_ATTACH_US] / 1000, bootMs: ctl[l + C_BOOT_US] / 1000,
    jobs: ctl[l + C_JOBS], minors: ctl[l + C_MINORS],
  };
}
