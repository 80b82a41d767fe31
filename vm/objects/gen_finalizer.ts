// Generators, coroutines and async generators closed by the collector (CPython's _PyGen_Finalize).
// A suspended generator that dies gets `close()`: GeneratorExit is raised at its suspension point,
// so its `finally` blocks and `with` exits run. Built on the `__del__` machinery (finalizer.ts):
// the generator gets a finalizer registration, and the collection that finds it dead queues it;
// runFinalizer calls finalizeGenerator here, as guest code, at the next safe point, in
// gc.collect() or at exit. Registered lazily, as PyPy does: a generator or async generator when it
// first suspends at a YIELD_VALUE inside a try/with/async-for (CodeInfo.yieldsInTry; elsewhere
// GeneratorExit would just end the frame, nothing to see), a coroutine when it is made (a
// never-started one gets CPython's "coroutine ... was never awaited" RuntimeWarning). Errors in
// close() are unraisable ("Exception ignored in: <generator object ...>"). vm/NOTES.md
// "Generators closed by the collector".
import { mem } from '../../stmgc/heap';
import { readBarrier } from '../../stmgc/barriers';
import { L_ASYNCGEN, L_COROUTINE } from '../runtime/layouts';
import { K, T, layoutOf } from '../runtime/types';
import { PyException } from '../runtime/errors';
import { getattrOpt, isInstance } from '../runtime/protocol';
import { warn } from '../runtime/warn';
import { importModule } from '../runtime/importer';
import { callObject } from '../interp/call';
import { writeUnraisable } from '../runtime/unraisable';
import { FF_CLOSE_REG, FF_DONE, FF_RUNNING, FR_FLAGS } from '../interp/frame_layout';
import { FF_STARTED, GEN_AG_FINALIZER, GEN_FRAME, GEN_QUALNAME, genClose } from './generator';
import { registerFinalizer } from './finalizer';
import { intern, strJs } from './str_core';

/** Registers the generator `gen` to be closed when it dies; the frame flag the caller sets so
 *  that it is registered once (the caller writes the flags word after its write barrier). */
export function registerGenClose(gen: number): number {
  registerFinalizer(gen);
  return FF_CLOSE_REG;
}

/** Called for a dead (or, at exit, still registered) generator, coroutine or async generator. */
export function finalizeGenerator(gen: number): void {
  const f = mem[gen + GEN_FRAME];
  readBarrier(f);
  const flags = mem[f + FR_FLAGS] >> 1;
  if ((flags & (FF_DONE | FF_RUNNING)) !== 0) return; // (running: a daemon thread's, at exit)
  try {
    // an async generator given a finalizer by sys.set_asyncgen_hooks is handed to it (asyncio
    // schedules its aclose()), as CPython's _PyGen_Finalize
    if (layoutOf(gen) === L_ASYNCGEN) {
      const finalizer = mem[gen + GEN_AG_FINALIZER];
      if (finalizer !== 0 && finalizer !== K.None) {
        callObject(finalizer, [gen], 0);
        return;
      }
    }
    if ((flags & FF_STARTED) === 0) {
      if (layoutOf(gen) === L_COROUTINE) warnUnawaited(gen);
      return; // (close() of a just-made generator only marks it done: nothing runs)
    }
    genClose(gen);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    writeUnraisable(e.exc, gen);
  }
}

/** CPython's _PyErr_WarnUnawaitedCoroutine: warnings._warn_unawaited_coroutine(coro); when that
 *  fails (other than by the warning made an error) the error is unraisable and the plain warning
 *  is issued directly. */
function warnUnawaited(coro: number): void {
  let warned = false;
  try {
    const fn = getattrOpt(importModule('warnings'), intern('_warn_unawaited_coroutine'));
    if (fn !== 0) {
      callObject(fn, [coro], 0);
      warned = true;
    }
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    warned = isInstance(e.exc, T.RuntimeWarning);
    writeUnraisable(e.exc, coro);
  }
  if (!warned) warn(T.RuntimeWarning, `coroutine '${strJs(mem[coro + GEN_QUALNAME])}' was never awaited`);
}
