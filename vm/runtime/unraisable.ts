// Unraisable exceptions (CPython's PyErr_WriteUnraisable): an exception raised where nobody can
// catch it (a `__del__`, a weak reference callback) is handed to `sys.unraisablehook` when the
// program installed one (test.support.catch_unraisable_exception does), else printed on stderr as
// "Exception ignored in: <repr of obj>" and the traceback, and execution goes on.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from './types';
import { PyException } from './errors';
import { E_TRACEBACK } from './errors';
import { reprJs, tname } from './protocol';
import { callObject } from '../interp/call';
import { flushStdout, writeStderr } from './stdio';
import { formatException, formatExceptionUnchained } from './traceback_print';
import { sysModuleRef } from '../modules/sys';
import { moduleGet } from '../objects/module';
import { newInstance } from '../objects/object';
import { newDict, dictSet } from '../objects/dict_core';
import { intern } from '../objects/str_core';

/** Reports `exc` (an exception instance) raised in code called for `obj` (0: none to name). */
export function writeUnraisable(exc: number, obj: number): void {
  const sys = sysModuleRef();
  const hook = sys !== 0 ? moduleGet(sys, 'unraisablehook') : 0;
  if (hook !== 0 && hook !== K.None) {
    try {
      const args = newInstance(T.SimpleNamespace);
      const d = newDict();
      mem[args + 3] = d;
      dictSet(d, intern('exc_type'), typeOf(exc));
      dictSet(d, intern('exc_value'), exc);
      const tb = mem[exc + E_TRACEBACK];
      dictSet(d, intern('exc_traceback'), tb === 0 ? K.None : tb);
      dictSet(d, intern('err_msg'), K.None);
      dictSet(d, intern('object'), obj === 0 ? K.None : obj);
      callObject(hook, [args], 0);
      return;
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      // a failing hook: its own exception is reported instead, as CPython does
      flushStdout();
      writeStderr(`Exception ignored in sys.unraisablehook: ${safeRepr(hook)}\n${formatException(e.exc)}`);
      return;
    }
  }
  flushStdout();
  writeStderr(`${obj === 0 ? 'Exception ignored' : `Exception ignored in: ${safeRepr(obj)}`}\n${formatExceptionUnchained(exc)}`);
}

function safeRepr(v: number): string {
  try {
    return reprJs(v);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return `<${tname(v)} object>`;
  }
}
