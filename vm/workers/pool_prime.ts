// vm/workers/pool_prime.ts: a pool worker's prime of its interpreter loop, on its private heap.
// A thread-pool worker's V8 isolate runs no guest code before its first guest thread, so V8's
// first compile of run() there (an OSR of that thread's hot loop) has no feedback for the
// generic paths the loop has not run yet (a return of a constant, a call with keywords, a list
// iteration...): each one met later deoptimizes run() and costs another compile (dict_merge:
// 7-8 compiles of run() in the pool isolate against 4-5 in the main one, bench/NOTES.md
// "h19-par"). primePoolIsolate runs lib/_pystm_prime.py once on the bootstrap replay's private
// heap (the worker is that heap's slot 0: no other thread, no transaction, nothing the program
// can see), then drops the JS caches that name its objects; the caller replays the bootstrap
// again (the prime left its own strings, pins and classes in the JS state) before it attaches.
// V8's feedback is per function, not per heap: it stays. Why this is not h18-speed's rejected
// prime of the main isolate, and why it is off all the same (it removes 1-2 compiles of run() in
// the pool isolate, and costs 2-5% of the CPU at 2 workers): vm/NOTES.md "h21-par".
// PYSTM_POOL_PRIME=1 turns it on; PYSTM_POOL_PRIME_FILE=F runs F instead of lib/_pystm_prime.py;
// PYSTM_POOL_PRIME_TRACE=1 prints its times on stderr.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileToHeap, execCode } from '../runtime/importer';
import { defaultLibDir } from '../runtime/bootstrap';
import { newDict, dictSet } from '../objects/dict_core';
import { intern } from '../objects/str_core';
import { newThreadState, setThreadState } from '../interp/thread';
import { initThreads } from '../modules/thread_module';
import { dropYoungCaches } from '../interp/stm_hooks';
import { PyException } from '../runtime/errors';
import { strOf } from '../runtime/protocol';
import { typeName } from '../objects/type_core';
import { typeOf } from '../runtime/types';
import { replayBoot, type Replayed } from './attach';
import type { WorkerInit } from './control';

/** Whether pool workers prime: only with PYSTM_POOL_PRIME=1 (it cost 2-5% of the CPU at 2
 *  workers in every pairing: vm/NOTES.md "h21-par"). */
export function poolPrimeWanted(): boolean {
  return process.env.PYSTM_POOL_PRIME === '1';
}

/**
 * Runs the prime on the private heap the replay just built (attached as slot 0). Returns
 * 'absent' when it did not run (no file): then the replay's heap is still the one to attach
 * with; else 'ok', or 'failed: ...' (the error is swallowed: the heap is replayed again whatever
 * happened; PYSTM_POOL_PRIME_TRACE shows it, spec/unit/vm_pool_prime.test.ts wants 'ok').
 */
export function primePoolIsolate(bundle: string): string {
  const file = process.env.PYSTM_POOL_PRIME_FILE ?? path.join(defaultLibDir(path.dirname(bundle)), '_pystm_prime.py');
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return 'absent';
  }
  try {
    newThreadState(); // (on the private heap: the prime's own main thread)
    initThreads();
    // (through the compiled-code cache, as lib/ modules: the compiler is cold in this isolate)
    const code = compileToHeap(source, file, 'exec', true);
    const globals = newDict();
    dictSet(globals, intern('__name__'), intern('_pystm_prime'));
    // a driver loop, as a pool worker runs its threads: the safe-point block gets feedback too
    execCode(code, globals, globals, true);
    return 'ok';
  } catch (e) {
    // (a prime that fails has primed less; the replay that follows undoes whatever it did)
    return `failed: ${e instanceof PyException ? excText(e.exc) : String(e)}`;
  } finally {
    dropYoungCaches();
    setThreadState(0, 0);
  }
}

/** An exception's `Type: message` (the prime's failure, for the trace). */
function excText(exc: number): string {
  try {
    return `${typeName(typeOf(exc))}: ${strOf(exc)}`;
  } catch {
    return 'an exception';
  }
}

/**
 * The worker's replay `r` done, the prime runs on its heap and the bootstrap is replayed again
 * (what the caller attaches with). `go()`: the G_GO word, for the trace (whether the main thread
 * was already waiting for this worker: then the prime and the second replay delayed its join).
 */
export function primedReplay(r: Replayed, init: WorkerInit, go: () => number): Replayed {
  const t0 = performance.now();
  const go0 = go();
  const primed = primePoolIsolate(init.bundle);
  const t1 = performance.now();
  const again = primed === 'absent' ? r : replayBoot(init.heap);
  if (process.env.PYSTM_POOL_PRIME_TRACE === '1') {
    const line = `[pool ${init.slot}] replay ${r.replayMs.toFixed(1)} ms, prime ${primed} ${(t1 - t0).toFixed(1)} ms, replay again ${(performance.now() - t1).toFixed(1)} ms; G_GO before the prime ${go0}, after ${go()}\n`;
    try { fs.writeSync(2, line); } catch { /* stderr closed */ }
  }
  return again;
}
