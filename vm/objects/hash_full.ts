// The 64-bit hash CPython shows (hash(), x.__hash__(), the lanes of a tuple's or frozenset's hash)
// for the objects whose table hash is only its low 32 bits: str and bytes (siphash.ts), a
// read-only byte memoryview (its bytes' hash), and the numbers, tuples and frozensets of
// number_hash.ts, tuple.ts and set.ts. One place, so hash(), the slot wrappers and the
// container hashes agree. stringHashObj gives the same value as an int object built from the
// siphash's two 32-bit halves (int_core.ts intFromHalves): hash() of a str or bytes allocates no
// BigInt (h26-hash: it was 21x CPython's time, boxBig's hex round trip most of it).
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_BYTES, L_FROZENSET, L_STR } from '../runtime/layouts';
import { T, typeOf } from '../runtime/types';
import { names as N } from '../runtime/protocol';
import { isSubtype, typeInfo } from './type_core';
import { BX_VALUE } from './boxed';
import { strHashFull, strHashHalves } from './str_core';
import { bytesHashFull, bytesHashHalves } from './bytes_core';
import { sipHashHi } from './siphash';
import { intFromBigInt, intFromHalves } from './int_core';
import { memoryviewHashFull } from './memoryview';
import { intHashFull, intValue } from './int';
import { floatHashFull, floatOf } from './float';
import { complexHashFull } from './complex';
import { tupleOf } from './tuple';
import { tupleHashFull, tupleHashObj } from './tuple_hash';
import { frozensetHashFull } from './set';

/** The str or bytes object whose siphash is v's hash: v itself, or the value inside an instance
 *  of a str or bytes subclass whose class keeps the builtin __hash__ (when `inherited` says to
 *  check); else 0 (a memoryview too). */
function stringHashTarget(v: number, inherited: boolean): number {
  if ((v & 1) === 1) return 0;
  const l = mem[v] & 0x7ff;
  if (l === L_STR || l === L_BYTES) return v;
  if (l !== L_BOXED) return 0;
  const t = typeOf(v);
  const base = isSubtype(t, T.str) ? T.str : isSubtype(t, T.bytes) ? T.bytes : 0;
  if (base === 0 || (inherited && typeInfo(t).lookup(N.hash) !== typeInfo(base).lookup(N.hash))) return 0;
  return mem[v + BX_VALUE];
}

function isMemoryview(v: number): boolean { return (v & 1) === 0 && typeOf(v) === T.memoryview; }

/** CPython's hash of a str, bytes or memoryview (a subclass instance too) whose class keeps the
 *  builtin __hash__ (when `inherited` says to check), else null. */
export function stringHashFull(v: number, inherited = true): bigint | null {
  const r = stringHashTarget(v, inherited);
  if (r !== 0) return (mem[r] & 0x7ff) === L_STR ? strHashFull(r) : bytesHashFull(r);
  return isMemoryview(v) ? memoryviewHashFull(v) : null;
}

/** stringHashFull as an int object (0 where stringHashFull gives null), without a BigInt for a
 *  str or bytes. */
export function stringHashObj(v: number, inherited = true): number {
  const r = stringHashTarget(v, inherited);
  if (r !== 0) {
    const lo = (mem[r] & 0x7ff) === L_STR ? strHashHalves(r) : bytesHashHalves(r);
    return intFromHalves(sipHashHi(), lo); // (the high half of the hash just computed)
  }
  return isMemoryview(v) ? intFromBigInt(memoryviewHashFull(v)) : 0;
}

/** What `cls.__hash__(v)` returns for a builtin class (the slot wrapper: the class's own hash,
 *  whatever v's class overrides), or null when its 32-bit hash is already the full one. */
export function slotHashFull(v: number, cls: number): bigint | null {
  if (cls === T.object || cls === T.type) return null;
  if (cls === T.str || cls === T.bytes || cls === T.memoryview) return stringHashFull(v, false);
  if (cls === T.int || cls === T.bool) {
    const i = intValue(v);
    return i === null ? null : intHashFull(i);
  }
  if (cls === T.float) {
    const f = floatOf(v);
    return f === null ? null : floatHashFull(f, v);
  }
  if (cls === T.complex) return complexHashFull(v);
  if (cls === T.tuple) {
    const t = tupleOf(v);
    return t === 0 ? null : tupleHashFull(t);
  }
  if (cls === T.frozenset && (v & 1) === 0 && (mem[v] & 0x7ff) === L_FROZENSET) return frozensetHashFull(v);
  return null;
}

/** slotHashFull as an int object (`cls.__hash__(v)`), or 0 when the 32-bit slot hash is the full
 *  one; str, bytes, small ints and tuples without a BigInt. */
export function slotHashObj(v: number, cls: number): number {
  if (cls === T.str || cls === T.bytes || cls === T.memoryview) return stringHashObj(v, false);
  if (cls === T.int && (v & 1) === 1) return v === -1 ? -3 : v; // hash(-1) is -2
  if (cls === T.tuple) {
    const t = tupleOf(v);
    return t === 0 ? 0 : tupleHashObj(t);
  }
  const full = slotHashFull(v, cls);
  return full === null ? 0 : intFromBigInt(full);
}
