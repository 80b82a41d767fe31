// The `_signal` module (lib/signal.py wraps it with the Signals/Handlers enums, as CPython's
// signal.py does): Linux signal numbers, SIG_DFL/SIG_IGN, NSIG, signal(), getsignal(),
// default_int_handler, raise_signal(), strsignal(), valid_signals(). Handlers run in the main
// thread at its next check (vm/runtime/signals.ts). signal() only works in the main thread, as in
// CPython. Only SIGINT reaches a Python handler from outside (the watcher); a Python handler for
// another signal runs when raise_signal() trips it (vm/NOTES.md "Signals").
import { K, T } from '../runtime/types';
import { layoutOf, typeOf } from '../runtime/types';
import { L_FUNCTION, L_TYPE } from '../runtime/layouts';
import { raiseEmpty, typeError, valueError } from '../runtime/errors';
import { indexNumber, isIntObject, richEq } from '../runtime/protocol';
import { typeInfo } from '../objects/type_core';
import { intFromNumber } from '../objects/int_core';
import { intern, newStr } from '../objects/str_core';
import { dictGetStr } from '../objects/dict_core';
import { sysModulesDict } from '../runtime/importer';
import { newSet, setAdd } from '../objects/set';
import { tupleLen } from '../objects/tuple_core';
import { defineBuiltin, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet, moduleDict } from '../objects/module';
import { osError } from './io';
import {
  H_DFL, H_IGN, NSIG, SIGINT, SIGPIPE, SIGXFSZ, handlerEntry, isMainThread, setHandlerEntry, dieBySignal,
  tripSignal,
} from '../runtime/signals';

/** Linux signal numbers as CPython's _signal exports them. */
const SIGNALS: Array<[string, number]> = [
  ['SIGHUP', 1], ['SIGINT', 2], ['SIGQUIT', 3], ['SIGILL', 4], ['SIGTRAP', 5], ['SIGABRT', 6], ['SIGIOT', 6],
  ['SIGBUS', 7], ['SIGFPE', 8], ['SIGKILL', 9], ['SIGUSR1', 10], ['SIGSEGV', 11], ['SIGUSR2', 12], ['SIGPIPE', 13],
  ['SIGALRM', 14], ['SIGTERM', 15], ['SIGSTKFLT', 16], ['SIGCHLD', 17], ['SIGCLD', 17], ['SIGCONT', 18],
  ['SIGSTOP', 19], ['SIGTSTP', 20], ['SIGTTIN', 21], ['SIGTTOU', 22], ['SIGURG', 23], ['SIGXCPU', 24],
  ['SIGXFSZ', 25], ['SIGVTALRM', 26], ['SIGPROF', 27], ['SIGWINCH', 28], ['SIGIO', 29], ['SIGPOLL', 29],
  ['SIGPWR', 30], ['SIGSYS', 31], ['SIGRTMIN', 34], ['SIGRTMAX', 64],
];

/** strsignal() texts (glibc's), for the signals numbered above. */
const DESCRIPTIONS: Record<number, string> = {
  1: 'Hangup', 2: 'Interrupt', 3: 'Quit', 4: 'Illegal instruction', 5: 'Trace/breakpoint trap', 6: 'Aborted',
  7: 'Bus error', 8: 'Floating point exception', 9: 'Killed', 10: 'User defined signal 1',
  11: 'Segmentation fault', 12: 'User defined signal 2', 13: 'Broken pipe', 14: 'Alarm clock', 15: 'Terminated',
  16: 'Stack fault', 17: 'Child exited', 18: 'Continued', 19: 'Stopped (signal)', 20: 'Stopped',
  21: 'Stopped (tty input)', 22: 'Stopped (tty output)', 23: 'Urgent I/O condition', 24: 'CPU time limit exceeded',
  25: 'File size limit exceeded', 26: 'Virtual timer expired', 27: 'Profiling timer expired', 28: 'Window changed',
  29: 'I/O possible', 30: 'Power failure', 31: 'Bad system call',
};

/** Signals whose default action does not end the process (raise_signal under SIG_DFL). */
const DEFAULT_IGNORED = new Set([17, 18, 23, 28]);

function signum(v: number): number {
  const n = indexNumber(v);
  if (n < 1 || n >= NSIG) valueError('signal number out of range');
  return n;
}

function isCallable(v: number): boolean {
  const l = layoutOf(v);
  return l === L_FUNCTION || l === L_TYPE || typeInfo(typeOf(v)).slots.call !== null;
}

/** compare_handler(): an int equal to SIG_DFL (0) or SIG_IGN (1). */
function equalsInt(v: number, n: number): boolean {
  return isIntObject(v) && richEq(v, intFromNumber(n));
}

let defaultIntHandler = 0;

const defaultIntHandlerImpl: BuiltinImpl = () => raiseEmpty(T.KeyboardInterrupt);

/** The Python-visible handler of s (what getsignal returns). */
function visibleHandler(s: number): number {
  const h = handlerEntry(s);
  if (h !== 0) return h;
  if (s === SIGINT) {
    // (a pool worker ran the factory in capture mode only: the heap's function is in the module)
    if (defaultIntHandler === 0) {
      const mod = dictGetStr(sysModulesDict(), intern('_signal'));
      if (mod !== 0) defaultIntHandler = dictGetStr(moduleDict(mod), intern('default_int_handler'));
    }
    return defaultIntHandler !== 0 ? defaultIntHandler : H_DFL;
  }
  return s === SIGPIPE || s === SIGXFSZ ? H_IGN : H_DFL;
}

const signalImpl: BuiltinImpl = (a, kw) => {
  if (kw !== 0 && tupleLen(kw) > 0) typeError('signal() takes no keyword arguments');
  if (a.length !== 2) typeError(`signal expected 2 arguments, got ${a.length}`);
  const n = indexNumber(a[0]);
  if (!isMainThread()) valueError('signal only works in main thread of the main interpreter');
  if (n < 1 || n >= NSIG) valueError('signal number out of range');
  const handler = a[1];
  let entry: number;
  if (isCallable(handler)) entry = handler;
  else if (equalsInt(handler, 1)) entry = H_IGN;
  else if (equalsInt(handler, 0)) entry = H_DFL;
  else return typeError('signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object');
  if (n === 9 || n === 19 || n === 32 || n === 33) osError({ code: 'EINVAL' }, 0);
  const old = visibleHandler(n);
  setHandlerEntry(n, entry);
  return old;
};

const raiseSignalImpl: BuiltinImpl = (a) => {
  if (a.length !== 1) typeError(`raise_signal() takes exactly one argument (${a.length} given)`);
  const n = indexNumber(a[0]);
  if (n < 0 || n >= NSIG || n === 32 || n === 33) osError({ code: 'EINVAL' }, 0);
  if (n === 0) return K.None;
  const h = visibleHandler(n);
  if (h === H_IGN) return K.None;
  if (h === H_DFL) {
    if (DEFAULT_IGNORED.has(n)) return K.None;
    dieBySignal(n);
  }
  tripSignal(n); // runs the handler now in the main thread (it may raise)
  return K.None;
};

export function makeSignalModule(): number {
  const m = newModule('_signal');
  const fn = (name: string, impl: BuiltinImpl): number => {
    const b = defineBuiltin(name, impl);
    moduleSet(m, name, b);
    return b;
  };
  for (const [name, n] of SIGNALS) moduleSet(m, name, intFromNumber(n));
  moduleSet(m, 'NSIG', intFromNumber(NSIG));
  moduleSet(m, 'SIG_DFL', intFromNumber(0));
  moduleSet(m, 'SIG_IGN', intFromNumber(1));
  moduleSet(m, 'SIG_BLOCK', intFromNumber(0));
  moduleSet(m, 'SIG_UNBLOCK', intFromNumber(1));
  moduleSet(m, 'SIG_SETMASK', intFromNumber(2));
  const dih = fn('default_int_handler', defaultIntHandlerImpl);
  if (dih !== K.None && defaultIntHandler === 0) defaultIntHandler = dih; // (K.None: a worker's capture run)
  fn('signal', signalImpl);
  fn('getsignal', (a) => {
    if (a.length !== 1) typeError(`getsignal() takes exactly one argument (${a.length} given)`);
    return visibleHandler(signum(a[0]));
  });
  fn('raise_signal', raiseSignalImpl);
  fn('strsignal', (a) => {
    if (a.length !== 1) typeError(`strsignal() takes exactly one argument (${a.length} given)`);
    const n = signum(a[0]);
    const d = DESCRIPTIONS[n];
    if (d !== undefined) return newStr(d);
    return n >= 34 ? newStr(`Real-time signal ${n - 34}`) : K.None;
  });
  fn('valid_signals', () => {
    const s = newSet();
    for (let i = 1; i < NSIG; i++) if (i !== 32 && i !== 33) setAdd(s, intFromNumber(i));
    return s;
  });
  return m;
}
