// JavaScript's own limits met while running guest code, as the Python exceptions CPython raises
// for the same program: a JS stack overflow is a RecursionError (CPython checks its recursion
// limit where we run out of JS stack first); a typed array, string, array or BigInt too long
// for V8 is a MemoryError (CPython would fail to allocate it). Anything else is not a JS limit
// (0): a bug of the VM, reported as an internal error.
import { excWithMessage, newException } from './errors';
import { K, T } from './types';

const TOO_LONG = /Invalid (typed array|string|array) length|Array buffer allocation failed|Maximum BigInt size|BigInt too big|Invalid array buffer length/;

export function isJsStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && e.message.indexOf('call stack') >= 0;
}

/** The guest exception standing for JS error `e`, or 0 when `e` is not one of JS's limits. */
export function jsLimitException(e: unknown): number {
  if (!(e instanceof RangeError)) return 0;
  if (isJsStackOverflow(e)) return excWithMessage(T.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
  if (TOO_LONG.test(e.message)) return newException(T.MemoryError, K.emptyTuple);
  return 0;
}
