// Warm-up of the dispatch loop: lib/_pystm_warmup.py run once in a fresh namespace from the
// first safe point of the main thread (interp/loop.ts primeSlowPaths), when run() has a feedback
// vector but V8 has not optimized it yet. TurboFan compiles an operator or call of run() that
// never ran into a deoptimization exit ("insufficient type feedback"); the first time a program
// reached such a path (its first float compare, its first sum() of a generator, its first list
// store...) the whole of run() was thrown away and compiled again, 100-300 ms of CPU each, 3-5
// times per benchmark program. The snippet only uses core types, as every program does, so the
// feedback it leaves is what the program would give anyway. Skipped under --trace (it would
// show), inside transactions, on pool workers, and with PYSTM_NO_WARMUP=1.
import * as fs from 'fs';
import * as path from 'path';
import { isMainThread } from 'worker_threads';
import { txActive } from '../../stmgc/heap';
import { compileToHeap, execCode } from '../runtime/importer';
import { defaultLibDir } from '../runtime/bootstrap';
import { newDict } from '../objects/dict_core';
import { PyException } from '../runtime/errors';
import { traceOn } from './trace';

let warmed = false;

export function warmUpRun(): void {
  if (warmed) return;
  warmed = true;
  if (!isMainThread || txActive || traceOn || process.env.PYSTM_NO_WARMUP === '1') return;
  let file: string;
  let source: string;
  try {
    file = path.join(defaultLibDir(__dirname), '_pystm_warmup.py');
    source = fs.readFileSync(file, 'utf8');
  } catch {
    return;
  }
  try {
    execCode(compileToHeap(source, file, 'exec', true), newDict());
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
  }
}
