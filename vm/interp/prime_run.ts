// Feedback for run()'s common fast paths before V8 optimizes it (vm/NOTES.md "run()'s feedback
// primed by a Python snippet"). TurboFan compiles a site that never ran into a deoptimization
// ("insufficient type feedback"); run()'s first on-stack-replacement compile comes after some
// 10-50k instructions of the program, often before it has reached its hot phase, and the fused
// attribute, method, store and return cases it meets afterwards threw the optimized run() away
// (deltablue 2-3 deopts, hexiom 1-2, chaos, raytrace, richards, go 1 each), each costing another
// compile and the time run() spends unoptimized meanwhile. primeRun() runs a small Python
// program once, at the main thread's first safe point (loop.ts primeSlowPaths: run() has its
// feedback vector by then), in a nested run(): the same function, so the same feedback. Each
// site runs a few times, so that the inline caches fill and then hit.
// Invariants: nothing of it stays visible to the program. It has its own globals; its class is
// taken out of object.__subclasses__() again; it prints nothing and raises nothing (an exception,
// e.g. a KeyboardInterrupt delivered in its loops, propagates as the safe point's own would).
// Skipped under --trace (it would be traced), in a transaction (the class statement writes the
// shared subclass list), on worker threads, and within 16 frames of the recursion limit
// (PYSTM_NO_PRIME=1 turns it off, for comparisons).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mem, txActive, workerSlot } from '../../stmgc/heap';
import { compileToHeap, execCode } from '../runtime/importer';
import { newDict, dictGetStr, dictSet } from '../objects/dict_core';
import { intern } from '../objects/str_core';
import { T } from '../runtime/types';
import { TY_SUBCLASSES } from '../objects/type_core';
import { listItems, listSetAll } from '../objects/list_core';
import { traceOn } from './trace';
import { depth, recursionLimit } from './thread';

let file: string | null | undefined;
/** lib/_pystm_prime.py (next to the bundle's dist/), or null: not found (no priming). */
function primeFile(): string | null {
  if (file === undefined) {
    const p = process.env.PYSTM_PRIME_FILE ?? path.resolve(__dirname, '..', 'lib', '_pystm_prime.py');
    file = fs.existsSync(p) ? p : null;
  }
  return file;
}

let done = false;

/** Runs the snippet once per process (main thread only); see the header. */
export function primeRun(): void {
  if (done || traceOn || txActive || workerSlot !== 0 || process.env.PYSTM_NO_PRIME === '1') return;
  // (its frames count against the recursion limit: never where they could reach it)
  if (depth + 16 > recursionLimit) return;
  done = true;
  if (process.env.PYSTM_PRIME_REPORT) process.stderr.write("prime start\n");
  const f = primeFile();
  if (f === null) return;
  // (through the compiled-code cache: the build compiles lib/)
  const code = compileToHeap(fs.readFileSync(f, 'utf8'), f, 'exec', true);
  const globals = newDict();
  dictSet(globals, intern('__name__'), intern('_pystm_prime'));
  try {
    execCode(code, globals);
  } finally {
    // (the class statement added _P to object's subclasses: taken out again)
    const cls = dictGetStr(globals, intern('_P'));
    const subs = mem[T.object + TY_SUBCLASSES];
    if (cls !== 0 && subs !== 0) {
      const items = listItems(subs);
      if (items.includes(cls)) listSetAll(subs, items.filter((c) => c !== cls));
    }
  }
}
