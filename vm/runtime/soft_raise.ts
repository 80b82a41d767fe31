// A helper's Python exception handed back to run() without a JS throw (vm/NOTES.md "h28-throw").
// V8 makes a message for every JS throw that no C++ TryCatch expects and locates it by walking
// and summarizing the stack (1.5-3.5 µs a throw caught in run(); a Python `raise` is ~0.2 µs).
// A helper that run() calls directly and whose 0 result run() checks (getattrSoft, subscrOrMiss,
// callFromStack's builtins, rareOp) stores the exception here and returns 0; run() takes it and
// reaches its unwinding by `break raised`, as RAISE_VARARGS does, so the traceback entry and the
// context are added by the same code as for a thrown one. Callers other than run() go through
// orThrow, which throws it as before. Nothing may allocate between softRaise and the take (the
// reference is not a root of the collector).
import { PyException, excWithMessage, newException } from './errors';
import { intern } from '../objects/str_core';
import { newTuple } from '../objects/tuple_core';
import { T } from './types';

let pending = 0;

/** Stores `exc` as raised; returns 0, the result the caller checks. */
export function softRaise(exc: number): 0 {
  pending = exc;
  return 0;
}

/** The exception a helper soft-raised, forgotten here. */
export function takeSoftRaised(): number {
  const e = pending;
  pending = 0;
  if (e === 0) throw new Error('internal: a helper returned 0 without an exception');
  return e;
}

/** r, or (r === 0) the soft-raised exception thrown, for callers other than run(). */
export function orThrow(r: number): number {
  if (r === 0) throw new PyException(takeSoftRaised());
  return r;
}

/** softRaise of a new ValueError(msg): for builtin methods whose miss is an everyday exception
 *  caught by the caller (`lst.index(x)`, `s.index(sub)`, `lst.remove(x)`), returned as the impl's
 *  own result (objects/builtin_function.ts callBuiltinSoft). */
export function softValueError(msg: string): 0 {
  return softRaise(excWithMessage(T.ValueError, msg));
}

/** softRaise of a new cls(msg) for one of the VM's constant messages ('list index out of range',
 *  'division by zero'): the message str is interned, made once (making a str of a JS string
 *  costs a few ns a unit; a message shared by exceptions is as good as a new one). Never for a
 *  message built from values: the interned strs are never freed. */
export function softConstError(cls: number, msg: string): 0 {
  return softRaise(newException(cls, newTuple([intern(msg)])));
}
