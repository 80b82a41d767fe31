// A pool worker's life (runs on a worker_thread, entered through the bundle's `workerMain`):
// attach to the shared heap (attach.ts; a worker started early replays first and attaches when
// the main thread says G_GO), say READY, then wait for jobs on its control line.
// A job calls a heap callable with a heap args tuple in this worker's own outermost dispatch
// loop (so its safe points collect this worker's nursery), stores the result or the exception
// object in the job's root slot, runs a minor collection (nothing the main thread can reach
// points into this nursery afterwards), flushes buffered stdout, and says DONE. Between jobs
// the worker marks its heap slot unattached (its nursery is empty) so that the main thread may
// run a major collection. If the thread ends for any reason that runs JS (process.exit, an
// uncaught error), the 'exit' handler marks it DEAD so the waiting main thread never hangs.
import { switchOsrOff } from '../interp/osr_off';
import { allocateFeedbackEarly } from '../interp/v8_feedback';
import type { MessagePort } from 'node:worker_threads';
import { mem, workerBase, workerSlot } from '../../stmgc/heap';
import { adoptHeapMemory } from '../../stmgc/heap_buffer';
import { W_ATTACHED } from '../../stmgc/layout';
import { waitWhileCollecting } from '../../stmgc/gc_stw';
import { getRoot, setRoot } from '../../stmgc/roots';
import { collectAtSafePoint } from '../../stmgc/gc';
import { readStats } from '../../stmgc/stats';
import {
  C_ARGS_SLOT, C_ATTACH_US, C_BOOT_US, C_CALLABLE_SLOT, C_EXIT_CODE, C_JOBS, C_MINORS, C_OUTCOME, C_PINNED, C_STATE, G_GO,
  OUT_EXCEPTION, OUT_INTERNAL, OUT_VALUE, S_DEAD, S_DONE, S_JOB, S_READY, S_RUNNING, lineOf, type WorkerInit,
} from './control';
import { setHashKeyWords } from '../objects/siphash';
import { attachVm, finishAttach, replayBoot } from './attach';
import { PyException } from '../runtime/errors';
import { flushOutput } from '../runtime/stdio';
import { typeModified } from '../objects/type_core';
import { tupleItems } from '../objects/tuple_core';
import { L_FUNCTION, L_METHOD } from '../runtime/layouts';
import { M_FUNC, M_SELF } from '../objects/method';
import { FN_CODE } from '../objects/function';
import { codeInfo } from '../objects/code';
import { bindArguments, isSimpleCall, newFrame } from '../interp/frame';
import { FR_LOCALSPLUS } from '../interp/frame_layout';
import { run } from '../interp/loop';
import { callObject } from '../interp/call';
import { workerDriver } from '../interp/sched';
import { initWorkerThreads } from '../modules/thread_module';
import { tuneContention } from './pool';
import { guestLocation } from '../interp/guest_location';
import { lowerBootPriority, restoreBootPriority } from './boot_priority';
import { poolPrimeWanted, primedReplay } from './pool_prime';

let ctl: Int32Array = new Int32Array(0);
let line = 0;
let port: MessagePort | null = null;

function post(kind: string, message: string): void {
  try {
    port?.postMessage({ kind, message });
  } catch {
    // the main thread is gone
  }
}

/** Entry of a pool worker (the bundle exports it; bin/pystm's loader calls it in the worker). */
export function workerMain(init: WorkerInit = (require('node:worker_threads') as typeof import('node:worker_threads')).workerData as WorkerInit): void {
  switchOsrOff(); // (this JS thread's driver loops re-enter: vm/interp/osr_off.ts)
  allocateFeedbackEarly(); // (vm/interp/v8_feedback.ts)
  if (init.hashKey !== undefined) setHashKeyWords(init.hashKey);
  if (init.heapMemory !== undefined) init.heap = adoptHeapMemory(init.heapMemory, init.heap);
  ctl = new Int32Array(init.control);
  line = lineOf(init.slot);
  port = init.port ?? null;
  process.on('exit', (code) => {
    flushQuietly();
    Atomics.store(ctl, line + C_EXIT_CODE, code);
    Atomics.store(ctl, line + C_STATE, S_DEAD);
    Atomics.notify(ctl, line + C_STATE);
  });
  try {
    let a;
    if (init.held === true) {
      // started early: the replay now (it reads only the heap's geometry), the attach once the
      // main thread starts the first guest thread (or never: the process exits meanwhile)
      const low = lowerBootPriority();
      let r = replayBoot(init.heap);
      // (a thread-pool worker with PYSTM_POOL_PRIME=1 primes its loop first: pool_prime.ts)
      if (init.threads === true && poolPrimeWanted()) r = primedReplay(r, init, () => Atomics.load(ctl, G_GO));
      while (Atomics.load(ctl, G_GO) === 0) Atomics.wait(ctl, G_GO, 0);
      restoreBootPriority(low);
      a = finishAttach(r, init.slot, init.threads !== true);
    } else a = attachVm(init.heap, init.slot, init.threads !== true);
    ctl[line + C_ATTACH_US] = Math.round(a.totalMs * 1000);
    ctl[line + C_PINNED] = a.pinned;
    ctl[line + C_BOOT_US] = Math.round((performance.timeOrigin + performance.now() - init.createdAt) * 1000);
    if (init.threads === true) {
      // a worker of the thread pool: run guest threads from the heap's run queue, forever
      Atomics.store(ctl, line + C_STATE, S_RUNNING);
      Atomics.notify(ctl, line + C_STATE);
      initWorkerThreads();
      tuneContention(init.threadWorkers ?? 2);
      workerDriver();
    }
    idle();
    Atomics.store(ctl, line + C_STATE, S_READY);
    Atomics.notify(ctl, line + C_STATE);
    for (;;) {
      Atomics.wait(ctl, line + C_STATE, S_READY);
      if (Atomics.load(ctl, line + C_STATE) === S_JOB) runJob();
    }
  } catch (e) {
    post('internal', internalText(e));
    if (process.env.PYSTM_DEBUG) {
      try { require('node:fs').writeSync(2, `[worker ${init.slot}] ${e instanceof Error ? e.stack : String(e)}\n`); } catch { /* stderr closed */ }
    }
    process.exit(70);
  }
}

function flushQuietly(): void {
  try {
    flushOutput();
  } catch {
    // the descriptor is closed: nothing more can be said
  }
}

/** Between jobs: nursery empty (the job ended with a minor collection), slot marked unattached. */
function idle(): void {
  Atomics.store(mem, workerBase + W_ATTACHED, 0);
}

function runJob(): void {
  Atomics.store(ctl, line + C_STATE, S_RUNNING);
  Atomics.store(mem, workerBase + W_ATTACHED, 1);
  waitWhileCollecting(); // (the main thread's collection may have claimed the heap before that store)
  typeModified(); // another thread may have changed classes since this worker's caches were built
  const resultSlot = ctl[line + C_ARGS_SLOT];
  let outcome = OUT_VALUE;
  let value = 0;
  try {
    value = callOutermost(getRoot(ctl[line + C_CALLABLE_SLOT]), tupleItems(getRoot(resultSlot)));
  } catch (e) {
    if (e instanceof PyException) {
      outcome = OUT_EXCEPTION;
      value = e.exc;
    } else {
      outcome = OUT_INTERNAL;
      post('internal', internalText(e));
    }
  }
  setRoot(resultSlot, value);
  collectAtSafePoint();
  flushOutput();
  ctl[line + C_OUTCOME] = outcome;
  ctl[line + C_JOBS]++;
  ctl[line + C_MINORS] = readStats(workerSlot).minorCollections;
  idle();
  typeModified();
  Atomics.store(ctl, line + C_STATE, S_DONE);
  Atomics.notify(ctl, line + C_STATE);
}

/** callable(*args) with Python functions run as this worker's outermost loop (safe points collect). */
function callOutermost(c: number, args: number[]): number {
  if ((c & 1) === 0 && (mem[c] & 0x7ff) === L_METHOD) {
    args = [mem[c + M_SELF], ...args];
    c = mem[c + M_FUNC];
  }
  if ((c & 1) === 0 && (mem[c] & 0x7ff) === L_FUNCTION) {
    const ci = codeInfo(mem[c + FN_CODE]);
    const frame = newFrame(c, ci);
    if (isSimpleCall(ci, args.length)) {
      for (let i = 0; i < args.length; i++) mem[frame + FR_LOCALSPLUS + i] = args[i];
    } else bindArguments(frame, c, ci, args, 0);
    return run(frame, true);
  }
  return callObject(c, args, 0);
}

/** An internal error's text for the main thread's report: the JS error, then where the guest
 *  thread this worker ran was (and the JS stack with PYSTM_DEBUG). */
function internalText(e: unknown): string {
  const what = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const where = guestLocation().replace(/\n$/, '');
  return `${what}${where ? '\n' + where : ''}${process.env.PYSTM_DEBUG && e instanceof Error ? '\n' + e.stack : ''}`;
}
