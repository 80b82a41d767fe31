// Entry point of the `pystm` command (bin/pystm loads the bundle built from this file).
// Parses the command line, reads the program, and either prints a compiler stage (--dump) or
// compiles and runs it. Every failure ends in a Python-style message and CPython's exit status:
// 2 for usage and unopenable files, 1 for syntax errors and uncaught exceptions, 70 for a failure
// inside pystm itself ("pystm: internal error: ..."). No JavaScript stack reaches the user.
import { optimizeLevelFromEnv } from '../runtime/optimize_level';
import { HELP, USAGE, UsageError, parseArgs, type Options } from './args';
import { BrokenPipe, writeErr, writeOut } from './output';
import { ProgramNotFound, readProgram } from './program_source';
import { mayStartThreads } from './thread_scan';
import { relaunchParallel } from './parallel_relaunch';
import { dumpStage } from './dumps';
import { decodeSource, sourceEncodingName } from '../../compiler/source';
import { PySyntaxError, formatSyntaxError } from '../../compiler/errors';
import { withProgramText } from '../runtime/program_text';
import { compile } from '../../compiler/compile';
import type { CodeObject } from '../../compiler/code';
import type { CompileWarning } from '../../compiler/warnings';
import { precompileTree } from '../runtime/code_cache';
import * as path from 'node:path';
import { defaultLibDir, runMain } from '../runtime/bootstrap';
import { bootVmFromSnapshot } from './snapshot';
import { HashSeedError, chooseHashKey } from '../objects/siphash';
import { setTrace } from '../interp/trace';
import { switchOsrOff } from '../interp/osr_off';
import { allocateFeedbackEarly } from '../interp/v8_feedback';
import { guestLocation } from '../interp/guest_location';
import { WorkerDied, configureWorkers, heapSlotsNeeded, mentionsThreads, prespawnThreadPool } from '../workers/pool';
import { STM_BUILD } from '../../stmgc/build_mode';
import { readTxStats, setStatsTiming } from '../../stmgc/stats';
import { workerSlot } from '../../stmgc/heap';
import { inTransaction, txBegin, txCommit } from '../../stmgc/txn';
import { safePointHooks } from '../../stmgc/gc';
import { stwBoundary } from '../../stmgc/gc_stw';
import { flushStdout } from '../runtime/stdio';
import { enableSignals, exitIfInterrupted } from '../runtime/signals';
export { workerMain } from '../workers/worker_main';
import { enableStmTrace } from '../interp/stm_hooks';
import { startMark, startTraceFromEnv } from './start_trace';
import { restoreMovedNodeEnv } from './node_env';
import { formatTxStats } from '../../stmgc/stats';
export { prebootHeap, discardSnapshot } from './snapshot'; // bin/build_snapshot.js
export { startPathFunctions, warmUpCompiler } from './snapshot_warm_up'; // (likewise)
export { configureWorkers, heapSlotsNeeded } from '../workers/pool';

export const VERSION = 'pystm 0.1.0 (Python 3.11 language)';

/** Exit status for a failure inside pystm itself (EX_SOFTWARE), as DESIGN.md §8 asks. */
export const EXIT_INTERNAL = 70;

function run(opts: Options, args: readonly string[]): number {
  if (process.env.PYSTM_PRECOMPILE_LIB === '1') {
    // the build (bin/build.mjs): compile pystm's lib/ into its __pycache__ (vm/runtime/code_cache.ts)
    writeErr(`pystm: ${precompileTree(defaultLibDir(__dirname))} lib modules compiled\n`);
    return 0;
  }
  // the barrier-free bundle (dist/pystm-st.js, chosen by bin/pystm for --single-threaded) is
  // single-threaded whatever the flags say; --workers other than 1 contradicts the flag
  if (!STM_BUILD) opts.singleThreaded = true;
  if (opts.singleThreaded && opts.workers !== null && opts.workers !== 1) {
    throw new UsageError(`--single-threaded runs on one worker: --workers ${opts.workers} does not apply`);
  }
  // -u and -B act through their environment variables, which every worker (and a child pystm or
  // python) reads the same way
  if (opts.unbuffered) process.env.PYTHONUNBUFFERED = '1';
  if (opts.dontWriteBytecode) process.env.PYTHONDONTWRITEBYTECODE = '1';
  // -O and PYTHONOPTIMIZE: the larger level wins, as CPython's config reads them
  const optimize = Math.max(opts.optimize, optimizeLevelFromEnv(process.env.PYTHONOPTIMIZE));
  if (optimize > 0) process.env.PYTHONOPTIMIZE = String(optimize);
  if (opts.action === 'version') {
    writeOut(VERSION + '\n');
    return 0;
  }
  if (opts.action === 'help') {
    writeOut(HELP);
    return 0;
  }
  if (opts.action === 'report') {
    writeErr(`pystm report: no STM log support yet (the STM runtime is issue 6); cannot read '${opts.reportFile}'\n`);
    return 1;
  }
  switchOsrOff(); // (before any guest code: vm/interp/osr_off.ts)
  allocateFeedbackEarly(); // (opt-in, likewise before guest code: vm/interp/v8_feedback.ts)
  try {
    chooseHashKey();
  } catch (e) {
    if (!(e instanceof HashSeedError)) throw e;
    writeErr(`Fatal Python error: config_init_hash_seed: ${e.message}\nPython runtime state: preinitialized\n\n`);
    return 1;
  }
  const program = opts.program!;
  if (program.kind === 'stdin' && process.stdin.isTTY && opts.dump === null) {
    writeErr('pystm: the interactive prompt needs the interpreter, which is not built yet; pass a FILE or pipe a program\n');
    return 1;
  }
  const { filename, bytes } = readProgram(program, process.env);
  const scriptPath = program.kind === 'file' ? filename : null;
  let booted = false;
  const boot = (): void => {
    if (booted) return;
    booted = true;
    configureWorkers(opts.workers, opts.singleThreaded);
    bootVmFromSnapshot({
      heapBytes: opts.heapBytes ?? undefined,
      maxWorkers: Math.max(4, heapSlotsNeeded()),
      // (-m: the module's file, as CPython sets sys.argv[0] once it has found it)
      argv: program.kind === 'module' ? [path.resolve(filename), ...opts.argv.slice(1)] : opts.argv,
      path0: scriptPath !== null ? path.dirname(scriptPath) : program.kind === 'module' ? process.cwd() : '',
      executable: path.resolve(__dirname, '..', 'bin', 'pystm'),
      libDir: defaultLibDir(__dirname),
      warnOptions: opts.warnOptions,
      xOptions: opts.xOptions,
    });
  };
  let source: string;
  try {
    source = decodeSource(bytes, filename);
  } catch (e) {
    // a coding cookie only the VM's codec registry knows (cp437, ...): boot first, decode again
    if (!(e instanceof PySyntaxError) || !e.msg.startsWith('encoding problem: ')) throw e;
    boot();
    source = decodeSource(bytes, filename);
  }
  startMark('read');
  // the launcher chose this barrier-free bundle from the main script alone: a local module it
  // imports that starts threads sends the program to the parallel build (thread_scan.ts)
  if (opts.autoSingle && opts.dump === null && mayStartThreads(source, scriptPath !== null ? path.dirname(path.resolve(scriptPath)) : null, process.env)) {
    return relaunchParallel(args, writeErr);
  }
  if (opts.dump !== null) {
    writeOut(dumpStage(opts.dump, source, filename, sourceEncodingName(bytes)));
    return 0;
  }
  // Syntax errors are reported as CPython does, before any code runs; after compile-time
  // warnings, once the VM has issued those (they may be errors: -W error)
  const warnings: CompileWarning[] = [];
  let compiled: CodeObject | null = null;
  let compileError: PySyntaxError | null = null;
  try {
    compiled = compile(source, filename, 'exec', warnings, 0, optimize);
  } catch (e) {
    if (!(e instanceof PySyntaxError) || warnings.length === 0) throw e;
    compileError = e;
  }
  startMark('compile');
  boot();
  startMark('boot');
  // time counters only when someone will read them (stmgc/stats.ts: no clock read per transaction otherwise)
  setStatsTiming(opts.stmStats || opts.stmLog !== null);
  // as CPython, programs given with -c or on stdin show no source lines in tracebacks
  setTrace(opts.trace);
  enableSignals(process.env.PYSTM_SIGINT_WATCHER); // Ctrl-C → KeyboardInterrupt (vm/NOTES.md "Signals")
  if ((process.env.PYSTM_BENCH_TX === '1' || process.env.PYSTM_BENCH_TX === 'report') && STM_BUILD) benchTransactions();
  if (opts.traceStm) enableStmTrace();
  // a script that names a threading module starts the pool's workers booting now (they attach
  // at the first thread start): the boot overlaps the imports instead of the threads' work
  if (!opts.singleThreaded && mentionsThreads(source)) prespawnThreadPool();
  startMark('setup');
  try {
    return runMain(source, filename, scriptPath ?? (program.kind === 'module' ? filename : null), compiled, warnings, compileError);
  } finally {
    if (opts.stmStats) {
      flushStdout();
      writeErr(formatTxStats());
    }
  }
}

/**
 * PYSTM_BENCH_TX=1 (benchmarks only, bench/stm_overhead.mjs): the whole run inside transactions
 * on the main thread, one per nursery fill: begun here, committed and begun again at every
 * collecting safe point (no reference in a JS local there). A stand-in until the VM's own
 * transaction breaks land: it measures the barriers *inside* transactions (read-set records,
 * first-write locks and undo backups, commits) on one worker, where nothing can conflict.
 */
function benchTransactions(): void {
  if (process.env.PYSTM_BENCH_TX === 'report') {
    process.once('exit', () => {
      const s = readTxStats(workerSlot);
      writeErr(`pystm: bench transactions: ${s.commits} commits, ${s.totalAborts} aborts, ${s.firstWrites} first writes, ${s.readSetEntries} read-set entries\n`);
    });
  }
  txBegin();
  safePointHooks.push(() => {
    if (!inTransaction()) return;
    txCommit();
    stwBoundary();
    txBegin();
  });
}

function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

function describeInternal(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message}`;
  return String(e);
}

export function main(args: string[]): void {
  restoreMovedNodeEnv();
  startTraceFromEnv();
  let status: number;
  try {
    status = run(parseArgs(args, process.env), args);
  } catch (e) {
    status = report(e);
  }
  startMark('run');
  exitIfInterrupted(); // an uncaught KeyboardInterrupt ends the process by SIGINT, as CPython
  process.exitCode = status;
}

function report(e: unknown): number {
  try {
    if (e instanceof BrokenPipe) return 0;
    if (e instanceof WorkerDied) {
      flushStdout();
      writeErr(`pystm: ${e.message}\n`);
      return EXIT_INTERNAL;
    }
    if (e instanceof UsageError) {
      writeErr(`${e.message}\n${USAGE}\nTry \`pystm -h' for more information.\n`);
      return 2;
    }
    if (e instanceof ProgramNotFound) {
      writeErr(e.message + '\n');
      return e.exitCode;
    }
    if (e instanceof PySyntaxError) {
      writeErr(formatSyntaxError(withProgramText(e)));
      return 1;
    }
    if (isStackOverflow(e)) {
      // Only compilation runs on the JS stack (the VM keeps guest frames in the heap), so this is
      // a too-deeply nested program, reported as CPython reports it.
      writeErr('RecursionError: maximum recursion depth exceeded during compilation\n');
      return 1;
    }
    writeErr(`pystm: internal error: ${describeInternal(e)}\n${guestLocation()}`);
    if (process.env.PYSTM_DEBUG) writeErr(String((e as Error)?.stack) + '\n');
    return EXIT_INTERNAL;
  } catch {
    return EXIT_INTERNAL;
  }
}
