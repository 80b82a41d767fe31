// Shared pieces of the native itertools types (itertools_*.ts): every object is one L_ITER
// heap object [class, __dict__ (subclasses), state words...]; its state lives in those words
// (tagged ints, references, 0 for CPython's NULL), never in JS objects. Readers go through
// `get` (read barrier, then the word), writers through `put` (write barrier, then the word);
// a read-modify-write takes `lock` first (vm/NOTES.md "Barriers in the VM": the barrier comes
// before the read). A next() that runs no Python code is one atomic step, as in CPython under
// the GIL; one that calls Python code re-reads its words after the call.
// Also: the argument helpers with CPython's messages (clinic / PyArg_* forms).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc } from '../runtime/alloc';
import { L_ARRAY, L_FUNCTION, L_ITER, L_TUPLE } from '../runtime/layouts';
import { typeInfo } from './type_core';
import { intern } from './str_core';
import { T } from '../runtime/types';
import { PyException, overflowError, raise, typeError } from '../runtime/errors';
import { index, iterToArray } from '../runtime/protocol';
import { toBigInt } from './int_core';
import { newTuple, tupleLen } from './tuple_core';

/** Word i of the state (i = 0 is the first word after class and __dict__). */
const W = 4;

/** A new itertools object of class `cls` with `n` state words (all 0). */
export function newItObj(cls: number, n: number): number {
  const r = alloc(L_ITER, 2 + n, SCAN_ALL);
  mem[r + 2] = cls;
  return r;
}

export function get(o: number, i: number): number {
  readBarrier(o);
  return mem[o + W + i];
}
export function put(o: number, i: number, v: number): void {
  writeBarrier(o);
  mem[o + W + i] = v;
}
/** The write barrier before a read-modify-write of o's words. */
export function lock(o: number): void {
  writeBarrier(o);
}
/** A word read without a barrier (after get/lock in the same step). */
export function raw(o: number, i: number): number {
  return mem[o + W + i];
}
export function setRaw(o: number, i: number, v: number): void {
  mem[o + W + i] = v;
}
export function getInt(o: number, i: number): number {
  return get(o, i) >> 1;
}
export function putInt(o: number, i: number, n: number): void {
  put(o, i, (n << 1) | 1);
}
export const tag = (n: number): number => (n << 1) | 1;

// ── index arrays (product, combinations, permutations): an L_ARRAY of tagged ints, guarded
// by its owner (every write locks the owner first, then the array for the undo log) ──
export function newIndexArray(n: number, fill: (i: number) => number): number {
  const a = alloc(L_ARRAY, n, SCAN_ALL);
  for (let i = 0; i < n; i++) mem[a + 2 + i] = tag(fill(i));
  return a;
}
export function ix(a: number, i: number): number {
  return mem[a + 2 + i] >> 1;
}
export function setIx(a: number, i: number, v: number): void {
  mem[a + 2 + i] = tag(v);
}
export function ixLen(a: number): number {
  return payloadWords(a);
}
/** Locks the index array for a write (after the owner's lock). */
export function lockArray(a: number): void {
  writeBarrier(a);
}

// ── arguments ──
/** No keywords, unless a subclass has its own __init__ to take them (clinic's
 *  `(type == base || type->tp_init == base->tp_init) && !_PyArg_NoKeywords`). */
export function noKwFor(name: string, cls: number, base: number, kw: number): void {
  if (kw === 0 || tupleLen(kw) === 0) return;
  const init = cls === base ? 0 : typeInfo(cls).lookup(intern('__init__'));
  if (init === 0 || (init & 1) === 1 || (mem[init] & 0x7ff) !== L_FUNCTION) typeError(`${name}() takes no keyword arguments`);
}
/** The positional arguments (keywords dropped: a subclass's own __init__ takes them). */
export function positional(args: number[], kw: number): number[] {
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  return nkw === 0 ? args : args.slice(0, args.length - nkw);
}
/** _PyArg_CheckPositional's messages. */
export function checkPositional(name: string, n: number, min: number, max: number): void {
  if (n < min) typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

const SSIZE_MAX = 9223372036854775807n;
/** PyNumber_AsSsize_t(v, OverflowError) as a JS number (exact to 2**53, clamped past it). */
export function ssize(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) overflowError('Python int too large to convert to C ssize_t');
  return b > 9007199254740991n ? Number.MAX_SAFE_INTEGER : b < -9007199254740991n ? -Number.MAX_SAFE_INTEGER : Number(b);
}
/** As ssize, but -1 for anything that is not an index-sized integer (the error cleared). */
export function ssizeOrMinus1(v: number): number {
  try {
    return ssize(v);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return -1;
  }
}

export function stateNotTuple(): never {
  return typeError('state is not a tuple');
}
export function invalidArguments(): never {
  return raise(T.ValueError, 'invalid arguments');
}

/** PySequence_Tuple: an exact tuple itself, anything else iterated into a new tuple. */
export function seqTuple(v: number): number {
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_TUPLE) return v;
  return newTuple(iterToArray(v));
}
