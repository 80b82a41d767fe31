// The count of a sequence repetition (`seq * n`, `n * seq`, `seq *= n`) for str, bytes,
// bytearray, list, tuple and array.array: CPython's sequence_repeat takes n only when it has
// __index__ (hasIndex; otherwise the operator tries the other operand, then "can't multiply
// sequence by non-int") and reads it with PyNumber_AsSsize_t(n, OverflowError); each type then
// refuses a result past ssize_t with its own error.
import { T, typeOf } from '../runtime/types';
import { index } from '../runtime/protocol';
import { overflowError, raiseEmpty } from '../runtime/errors';
import { toBigInt } from './int_core';
import { typeInfo } from './type_core';

const SSIZE_MAX = (1n << 63n) - 1n;

/** PyIndex_Check: v is an int or its type has __index__. */
export function hasIndex(v: number): boolean {
  return (v & 1) === 1 || typeInfo(typeOf(v)).slots.index !== null;
}

/** n (hasIndex) as the repeat count of a sequence of `len` units (items, characters, bytes):
 *  0 for n <= 0; OverflowError when n does not fit an ssize_t; a result of more than ssize_t
 *  units raises `tooLong` as an OverflowError (str, bytes), or MemoryError when it is null;
 *  a result of more than `cap` units (what pystm can build) is a MemoryError. An empty sequence
 *  gives at most 1 (so the callers' "exact seq times 1 is itself" holds and no loop runs long). */
export function repeatCount(n: number, len: number, tooLong: string | null, cap: number): number {
  const c = toBigInt(index(n));
  if (c > SSIZE_MAX || c < -SSIZE_MAX - 1n) overflowError("cannot fit 'int' into an index-sized integer");
  if (c <= 0n) return 0;
  if (len === 0) return c === 1n ? 1 : 0;
  const total = c * BigInt(len);
  if (total > SSIZE_MAX && tooLong !== null) overflowError(tooLong);
  if (total > BigInt(cap)) raiseEmpty(T.MemoryError);
  return Number(c);
}

/** b repeated c times as new bytes: one copy, then doubled in place (unit_loops.ts doubleFill;
 *  a set() per repetition cost ~40 ns each). */
export function repeatBytes(b: Uint8Array, c: number): Uint8Array {
  const out = new Uint8Array(b.length * c);
  if (out.length === 0) return out;
  out.set(b, 0);
  doubleFill(out, 0, b.length, out.length);
  return out;
}
import { doubleFill } from './unit_loops';
