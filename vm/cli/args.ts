// Command-line parsing for `pystm`, following DESIGN.md §8 and CPython's conventions: options
// come before the program; `-c CODE`, `-m MODULE`, `-` or FILE end the option list and the rest
// becomes sys.argv[1:]. A bad flag raises UsageError, which the caller prints as CPython does
// (message, usage line, hint) with exit status 2.
import { parseHeapSize } from '../../stmgc/heap';
import { MAX_WORKERS } from '../../stmgc/layout';

/** Pool workers a heap can hold: its worker slots less the main thread's. */
const MAX_POOL_WORKERS = MAX_WORKERS - 1;

/** Compiler stages `--dump` can print. */
export type DumpStage = 'tokens' | 'ast' | 'symtable' | 'bytecode';
export const DUMP_STAGES: readonly DumpStage[] = ['tokens', 'ast', 'symtable', 'bytecode'];

export type Program =
  | { kind: 'file'; path: string }
  | { kind: 'command'; code: string }
  | { kind: 'module'; name: string }
  | { kind: 'stdin' };

export interface Options {
  program: Program | null; // null: -V / -h / report
  argv: string[]; // what becomes sys.argv
  action: 'run' | 'version' | 'help' | 'report';
  reportFile: string | null;
  workers: number | null;
  singleThreaded: boolean;
  /** The launcher chose the barrier-free bundle because the main script names no threading
   *  module (its internal `--auto-single-threaded`; main.ts checks the imported modules too). */
  autoSingle: boolean;
  jit: boolean;
  jitThreshold: number | null;
  jitDump: boolean;
  stmLog: string | null;
  stmStats: boolean;
  heapBytes: number | null;
  dump: DumpStage | null;
  trace: boolean;
  traceStm: boolean;
  /** sys.warnoptions: PYTHONWARNINGS's entries, then each -W's */
  warnOptions: string[];
  /** -X options (sys._xoptions). */
  xOptions: string[];
  /** -u: stdout and stderr unbuffered (as PYTHONUNBUFFERED) */
  unbuffered: boolean;
  /** -B: no __pycache__ writes (as PYTHONDONTWRITEBYTECODE) */
  dontWriteBytecode: boolean;
  /** -O count (at least PYTHONOPTIMIZE's level): the optimization level. */
  optimize: number;
}

export class UsageError extends Error {}

export const USAGE = 'usage: pystm [option] ... [-c cmd | -m mod | file | -] [arg] ...';

export const HELP = `${USAGE}
Run a Python 3.11 program on pystm (parallel threads as software transactions).

  FILE.py [args...]    run a program file
  -c cmd               program passed in as a string (terminates the option list)
  -m mod               run a library module as __main__ (terminates the option list)
  -                    read the program from stdin (the default when no program is given)
  -V, --version        print the version and exit
  -h, --help           print this help and exit
  -u                   unbuffered stdout and stderr (also PYTHONUNBUFFERED=x)
  -B                   do not write compiled code to __pycache__ (also PYTHONDONTWRITEBYTECODE=x)
  -O                   remove assert and __debug__-dependent statements (also PYTHONOPTIMIZE=x)
  -OO                  do -O changes and also discard docstrings
  -q, -s, -S           accepted for CPython compatibility (no banner, user site or site module)
  -W arg               warning control: action:message:category:module:lineno
                       (also PYTHONWARNINGS=arg,arg,...); e.g. -W error, -W ignore::DeprecationWarning
  -X opt               implementation-specific option, kept in sys._xoptions
  report LOGFILE       print the conflict report of an STM log

options:
  --workers N          JS threads running guest threads in parallel (default: the number of cores)
  --single-threaded    one worker, STM barriers compiled out (the baseline); no --workers.
                       The default for a program that names no threading module (threading,
                       _thread, concurrent, pystm_workers) in its script or the local modules
                       it imports; give --workers N to run on the parallel build anyway
  --no-jit             interpreter only
  --jit-threshold N    back-edge count that makes a loop hot
  --jit-dump           print every compiled trace
  --stm-log FILE       write the STM event log to FILE (also PYPYSTM=FILE)
  --stm-stats          print per-worker transaction statistics at exit
  --heap SIZE          heap size, e.g. 512M or 2G (default 1G)
  --dump STAGE         print a compiler stage and exit: tokens | ast | symtable | bytecode
  --trace              print every executed instruction
  --trace-stm          log transaction begin/commit/abort per worker
`;

/** Parses "512M", "2G", "1048576" into bytes with the heap's own rules (16M..8G). */
export function parseSize(text: string): number {
  try {
    return parseHeapSize(text);
  } catch (e) {
    throw new UsageError((e as Error).message);
  }
}

function parseCount(flag: string, text: string | undefined, min: number, max = Number.MAX_SAFE_INTEGER): number {
  if (text === undefined) throw new UsageError(`Argument expected for the ${flag} option`);
  if (!/^\d+$/.test(text) || Number(text) < min) {
    throw new UsageError(`${flag} expects an integer >= ${min}, got '${text}'`);
  }
  if (Number(text) > max) throw new UsageError(`${flag} expects an integer <= ${max}, got '${text}'`);
  return Number(text);
}

export function parseArgs(args: readonly string[], env: NodeJS.ProcessEnv = {}): Options {
  const o: Options = {
    program: null, argv: [], action: 'run', reportFile: null, workers: null,
    singleThreaded: false, autoSingle: false, jit: true, jitThreshold: null, jitDump: false,
    stmLog: env.PYPYSTM || null, stmStats: false, heapBytes: null, dump: null,
    trace: false, traceStm: false,
    warnOptions: (env.PYTHONWARNINGS ?? '').split(',').filter((w) => w !== ''),
    xOptions: [],
    unbuffered: false, dontWriteBytecode: false, optimize: 0,
  };
  if (args[0] === 'report') {
    if (args.length !== 2) throw new UsageError('usage: pystm report LOGFILE');
    o.action = 'report';
    o.reportFile = args[1];
    return o;
  }
  let i = 0;
  const value = (flag: string, inline: string | undefined): string => {
    if (inline !== undefined) return inline;
    const v = args[++i];
    if (v === undefined) throw new UsageError(`Argument expected for the ${flag} option`);
    return v;
  };
  for (; i < args.length; i++) {
    const a = args[i];
    if (a === '-c' || a === '-m') {
      const v = args[i + 1];
      if (v === undefined) throw new UsageError(`Argument expected for the ${a} option`);
      o.program = a === '-c' ? { kind: 'command', code: v } : { kind: 'module', name: v };
      o.argv = [a, ...args.slice(i + 2)];
      return o;
    }
    if (a === '-') {
      o.program = { kind: 'stdin' };
      o.argv = ['-', ...args.slice(i + 1)];
      return o;
    }
    if (!a.startsWith('-')) {
      o.program = { kind: 'file', path: a };
      o.argv = args.slice(i);
      return o;
    }
    if (/^-[uBqsSO]+$/.test(a)) {
      // CPython's single-letter switches, also combined (-uB, -OO)
      if (a.includes('u')) o.unbuffered = true;
      if (a.includes('B')) o.dontWriteBytecode = true;
      o.optimize += a.split('O').length - 1;
      continue;
    }
    if (a.startsWith('-X')) {
      // -X opt[=value] or -Xopt, as CPython: implementation options, kept in sys._xoptions
      const v = a.length > 2 ? a.slice(2) : args[++i];
      if (v === undefined) throw new UsageError('Argument expected for the -X option');
      o.xOptions.push(v);
      continue;
    }
    if (a.startsWith('-W')) {
      // -W arg or -Warg, as CPython (checked when the warnings module reads sys.warnoptions)
      const v = a.length > 2 ? a.slice(2) : args[++i];
      if (v === undefined) throw new UsageError('Argument expected for the -W option');
      o.warnOptions.push(v);
      continue;
    }
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq >= 0 ? a.slice(0, eq) : a;
    const inline = eq >= 0 ? a.slice(eq + 1) : undefined;
    switch (flag) {
      case '-V': case '--version': o.action = 'version'; return o;
      case '-h': case '-?': case '--help': o.action = 'help'; return o;
      case '--workers': o.workers = parseCount(flag, value(flag, inline), 1, MAX_POOL_WORKERS); break;
      case '--single-threaded': o.singleThreaded = true; break;
      // (internal: put first by bin/pystm and bin/pystm.js, never by a user; see thread_scan.ts)
      case '--auto-single-threaded': o.singleThreaded = true; o.autoSingle = true; break;
      case '--no-jit': o.jit = false; break;
      case '--jit-threshold': o.jitThreshold = parseCount(flag, value(flag, inline), 0); break;
      case '--jit-dump': o.jitDump = true; break;
      case '--stm-log': o.stmLog = value(flag, inline); break;
      case '--stm-stats': o.stmStats = true; break;
      case '--heap': o.heapBytes = parseSize(value(flag, inline)); break;
      case '--trace': o.trace = true; break;
      case '--trace-stm': o.traceStm = true; break;
      case '--dump': {
        const stage = value(flag, inline);
        if (!(DUMP_STAGES as readonly string[]).includes(stage)) {
          throw new UsageError(`--dump expects one of ${DUMP_STAGES.join(', ')}, got '${stage}'`);
        }
        o.dump = stage as DumpStage;
        break;
      }
      default:
        throw new UsageError(`unknown option ${a}`);
    }
  }
  o.program = { kind: 'stdin' };
  o.argv = [''];
  return o;
}
