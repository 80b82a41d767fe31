// Type feedback for run()'s fast paths before V8 first optimizes it (vm/NOTES.md "h18-speed").
// TurboFan compiles an operation that never ran into a deoptimization ("insufficient type
// feedback"); run()'s first compile comes early in a program, and every kind of operation the
// program meets only afterwards (a return of a constant, a class instantiation, a generator's
// first yield, a float compare...) threw the optimized run() away: 2-5 compiles of run() per
// benchmark, each 100-700 ms of a compile thread with run() unoptimized meanwhile.
// primeRun() runs lib/_pystm_prime.py once, before the program, in a nested run(): the same
// function, so the same feedback vector. V8 gives a function its feedback vector only after
// ~8x its bytecode size has run (run(): ~150 KB), so run() and the helpers it calls get theirs
// first, from V8's %PrepareFunctionForOptimization (a helper compiled with natives syntax on for
// that one parse: the flag is back off before anything else is compiled). h17-oo ran such a
// program at the first safe point instead: by then loop-heavy programs had run() marked for
// optimization, and the nested run() started a normal compile the driver loop never used.
// Invariants: nothing of it stays visible to the program (own globals; its classes taken out of
// object.__subclasses__() again); skipped under --trace, on worker threads, in a transaction,
// without the file, or with PYSTM_NO_PRIME=1 (for comparisons).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mem, txActive, workerSlot } from '../../stmgc/heap';
import { compileToHeap, execCode } from '../runtime/importer';
import { newDict, dictItems, dictSet } from '../objects/dict_core';
import { intern } from '../objects/str_core';
import { T } from '../runtime/types';
import { TY_SUBCLASSES } from '../objects/type_core';
import { listItems, listSetAll } from '../objects/list_core';
import { traceOn } from './trace';
import { run, loopHelpers } from './loop';
import { cachedGlobal } from './global_cache';
import { cachedInstanceAttr, cachedMethod, cachedStoreAttr } from './attr_cache';
import { newFrame } from './frame';
import { iterFast } from './iter_fast';

let done = false;

/** V8's %PrepareFunctionForOptimization (allocates the feedback vector now), or null. */
function feedbackNow(): ((f: unknown) => void) | null {
  try {
    const v8 = require('node:v8') as typeof import('node:v8');
    v8.setFlagsFromString('--allow-natives-syntax');
    try {
      return new Function('f', '%PrepareFunctionForOptimization(f);') as (f: unknown) => void;
    } finally {
      v8.setFlagsFromString('--no-allow-natives-syntax');
    }
  } catch {
    return null;
  }
}

/** Runs lib/_pystm_prime.py (in libDir) once per process, main thread only; see the header. */
export function primeRun(libDir: string): void {
  if (done || traceOn || txActive || workerSlot !== 0 || process.env.PYSTM_NO_PRIME === '1') return;
  done = true;
  const file = process.env.PYSTM_PRIME_FILE ?? path.join(libDir, '_pystm_prime.py');
  let source: string;
  try {
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return;
  }
  const prepare = feedbackNow();
  if (prepare !== null) {
    const all = process.env.PYSTM_PRIME_PREP !== 'run';
    for (const fn of all ? [run, cachedGlobal, cachedInstanceAttr, cachedMethod, cachedStoreAttr, newFrame, iterFast, ...loopHelpers] : [run]) prepare(fn);
  }
  // (through the compiled-code cache: the build compiles lib/)
  const code = compileToHeap(source, file, 'exec', true);
  const globals = newDict();
  dictSet(globals, intern('__name__'), intern('_pystm_prime'));
  try {
    execCode(code, globals, globals, true);
  } finally {
    // (its class statements added its classes to object's subclasses: taken out again)
    const subs = mem[T.object + TY_SUBCLASSES];
    if (subs !== 0) {
      const mine = new Set(dictItems(globals).map(([, v]) => v));
      const items = listItems(subs);
      if (items.some((c) => mine.has(c))) listSetAll(subs, items.filter((c) => !mine.has(c)));
    }
  }
}
