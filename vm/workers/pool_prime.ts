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
// prime of the main isolate: vm/NOTES.md "h21-par". PYSTM_POOL_PRIME=0 turns it off (paired
// comparisons); PYSTM_POOL_PRIME_TRACE=1 prints its times on stderr.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compileToHeap, execCode } from '../runtime/importer';
import { defaultLibDir } from '../runtime/bootstrap';
import { newDict, dictSet } from '../objects/dict_core';
import { intern } from '../objects/str_core';
import { newThreadState, setThreadState } from '../interp/thread';
import { initThreads } from '../modules/thread_module';
import { dropYoungCaches } from '../interp/stm_hooks';

/** Whether pool workers prime (PYSTM_POOL_PRIME=0: not). */
export function poolPrimeWanted(): boolean {
  return process.env.PYSTM_POOL_PRIME !== '0';
}

/**
 * Runs the prime on the private heap the replay just built (attached as slot 0). Returns false
 * when it did not run (no file): then the replay's heap is still the one to attach with. Any
 * error of the prime is swallowed: the heap is replayed again whatever happened.
 */
export function primePoolIsolate(bundle: string): boolean {
  const file = path.join(defaultLibDir(path.dirname(bundle)), '_pystm_prime.py');
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return false;
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
  } catch {
    // (a prime that fails has primed less; the replay that follows undoes whatever it did)
  } finally {
    dropYoungCaches();
    setThreadState(0, 0);
  }
  return true;
}
