// `_pystm_workers`: the guest's handle on the worker pool until guest threads use it
// (lib/pystm_workers.py wraps it: `run(k, f, *args)`). count() workers; submit(k, f, args) and
// result(h) run f(*args) on worker k (see jobs.ts for why that takes two calls); slot() is the
// heap slot of the running thread (0: main); info(k) what worker k measured (pinned objects
// verified, attach and boot times, jobs, minor collections); start() starts the pool and
// returns its start-up time in ms; kill(k) terminates worker k (tests); _exit(code) ends the
// calling worker thread with process.exit (tests: a worker dying in the middle of a job).
// _captures() is (capture runs, those that made their transaction inevitable) of the calling
// JS thread (builtin_function.ts runNativeFactory; tests: a worker's first native call).
// submit, result, info and kill read the pool's control block, which only the main JS thread has:
// called on a pool worker (a guest thread running there) they raise RuntimeError.
import { workerSlot } from '../../stmgc/heap';
import { K, T, layoutOf } from '../runtime/types';
import { L_TUPLE } from '../runtime/layouts';
import { raise, typeError } from '../runtime/errors';
import { indexNumber } from '../runtime/protocol';
import { defineBuiltin, nativeCaptureStats, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { newTuple } from '../objects/tuple_core';
import { intern } from '../objects/str_core';
import { dictSet, newDict } from '../objects/dict_core';
import { isSingleThreaded, killWorker, poolSize, poolStartMs, startPool, threadWorkerCount, workerInfo } from './pool';
import { submitJob, takeResult } from './jobs';

function workerArg(v: number): number {
  noPoolWhenSingleThreaded();
  const k = indexNumber(v);
  if (!(k >= 1 && k <= poolSize())) raise(T.ValueError, `worker ${k} out of range 1..${poolSize()}`);
  return k;
}

/** The pool's control block is the main thread's: a pool worker running a guest thread has none
 *  (it read garbage and died with a JS error). */
function mainThreadOnly(what: string): void {
  if (workerSlot !== 0) raise(T.RuntimeError, `pystm workers: ${what}() only on the main thread`);
}

function noPoolWhenSingleThreaded(): void {
  if (isSingleThreaded()) raise(T.RuntimeError, 'pystm workers: no worker pool with --single-threaded');
}

export function makeWorkersModule(): number {
  const m = newModule('_pystm_workers');
  const fn = (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
  fn('count', () => intFromNumber(poolSize()));
  fn('slot', () => intFromNumber(workerSlot));
  fn('submit', (a) => {
    mainThreadOnly('submit');
    if (a.length !== 3) typeError(`submit expected 3 arguments, got ${a.length}`);
    if (layoutOf(a[2]) !== L_TUPLE) typeError('submit() argument 3 must be a tuple');
    return intFromNumber(submitJob(workerArg(a[0]), a[1], a[2]));
  });
  fn('result', (a) => {
    mainThreadOnly('result');
    return takeResult(indexNumber(a[0]));
  });
  fn('start', () => {
    if (workerSlot !== 0) raise(T.RuntimeError, 'pystm workers: only the main thread starts the pool');
    noPoolWhenSingleThreaded();
    if (threadWorkerCount() > 0) raise(T.RuntimeError, 'pystm workers: the pool runs guest threads (a thread was started)');
    startPool();
    return newFloat(poolStartMs());
  });
  fn('info', (a) => {
    mainThreadOnly('info');
    const i = workerInfo(workerArg(a[0]));
    const d = newDict();
    dictSet(d, intern('slot'), intFromNumber(i.slot));
    dictSet(d, intern('pinned'), intFromNumber(i.pinned));
    dictSet(d, intern('attach_ms'), newFloat(i.attachMs));
    dictSet(d, intern('boot_ms'), newFloat(i.bootMs));
    dictSet(d, intern('jobs'), intFromNumber(i.jobs));
    dictSet(d, intern('minors'), intFromNumber(i.minors));
    return d;
  });
  fn('kill', (a) => {
    mainThreadOnly('kill');
    killWorker(workerArg(a[0]));
    return K.None;
  });
  fn('_exit', (a) => {
    if (workerSlot === 0) raise(T.RuntimeError, '_exit() is for worker threads');
    process.exit(a.length > 0 ? indexNumber(a[0]) : 1);
  });
  fn('_captures', () => {
    const c = nativeCaptureStats();
    return newTuple([intFromNumber(c.runs), intFromNumber(c.inevitable)]);
  });
  return m;
}
