// CPython 3.11's tuple hash (xxHash-64 lanes over the items' full 64-bit hashes, Objects/
// tupleobject.c tuplehash), computed on int32 halves: a small int's or a str's lane never becomes
// a BigInt (a tuple key of strs or ints hashes without allocating); other items (big ints,
// floats, frozensets...) give their lane through fullHash's BigInt. Iterative over nested tuples
// (CPython's C recursion hashes a tuple nested 100,000 deep, where JS recursion would overflow).
import { mem } from '../../stmgc/heap';
import { L_BYTES, L_FLOAT, L_FROZENSET, L_STR } from '../runtime/layouts';
import { hashOf } from '../runtime/protocol';
import { intHashFull, intValue } from './int';
import { floatHashFull } from './float';
import { floatValue } from './float_core';
import { frozensetHashFull } from './set';
import { stringHashFull } from './hash_full';
import { strHashHalves } from './str_core';
import { bytesHashHalves } from './bytes_core';
import { sipHashHi, tableHash } from './siphash';
import { tupleItem, tupleLen } from './tuple_core';
import { intFromHalves } from './int_core';
import { tupleOf } from './tuple';

/** The full hash CPython would give v, as an unsigned 64-bit bigint lane. */
export function fullHash(v: number): bigint {
  const i = intValue(v);
  if (i !== null) return BigInt.asUintN(64, intHashFull(i));
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_FLOAT) return BigInt.asUintN(64, floatHashFull(mem[v] === 0 ? 0 : floatValue(v), v));
  const t = tupleOf(v);
  if (t !== 0) return BigInt.asUintN(64, tupleHashFull(t));
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_FROZENSET) return BigInt.asUintN(64, frozensetHashFull(v));
  const sh = stringHashFull(v);
  if (sh !== null) return BigInt.asUintN(64, sh);
  return BigInt.asUintN(64, BigInt(hashOf(v)));
}

// xxHash-64 primes as (high, low) int32 halves
const P1H = 0x9e3779b1 | 0, P1L = 0x85ebca87 | 0;
const P2H = 0xc2b2ae3d | 0, P2L = 0x27d4eb4f | 0;
const P5H = 0x27d4eb2f | 0, P5L = 0x165667c5 | 0;
// the length fold's constant P5 ^ 3527539 (its high half is P5's)
const FOLD_L = P5L ^ 3527539;

/** High 32 bits of the unsigned product of a and b (uint32s in int32s). */
function mulHi(a: number, b: number): number {
  const a0 = a & 0xffff, a1 = a >>> 16, b0 = b & 0xffff, b1 = b >>> 16;
  const p01 = a0 * b1, p10 = a1 * b0;
  const mid = ((a0 * b0) >>> 16) + (p01 & 0xffff) + (p10 & 0xffff);
  return (a1 * b1 + (p01 >>> 16) + (p10 >>> 16) + (mid >>> 16)) | 0;
}

// the lane of the item being added, and the accumulator after addLane: (high, low) halves
let laneH = 0, laneL = 0, accH = 0, accL = 0;

/** acc = rotl(acc + lane * P2, 31) * P1 (64-bit, wrapping), on accH/accL. */
function addLane(): void {
  // lane * P2
  const ml = Math.imul(laneL, P2L);
  const mh = (mulHi(laneL, P2L) + Math.imul(laneL, P2H) + Math.imul(laneH, P2L)) | 0;
  // acc + that
  const sl = (accL + ml) | 0;
  const sh = (accH + mh + (((accL & ml) | ((accL | ml) & ~sl)) >>> 31)) | 0;
  // rotate left by 31
  const rl = (sh >>> 1) | (sl << 31);
  const rh = (sl >>> 1) | (sh << 31);
  // times P1
  accL = Math.imul(rl, P1L);
  accH = (mulHi(rl, P1L) + Math.imul(rl, P1H) + Math.imul(rh, P1L)) | 0;
}

/** Sets laneH/laneL to item v's full hash, or returns v's tuple when it is one (its hash is
 *  then the lane, computed first). */
function laneOf(v: number): number {
  if ((v & 1) === 1) {
    const n = v >> 1;
    laneL = n === -1 ? -2 : n;
    laneH = n < 0 ? -1 : 0;
    return 0;
  }
  const l = mem[v] & 0x7ff;
  if (l === L_STR) {
    laneL = strHashHalves(v);
    laneH = sipHashHi();
    return 0;
  }
  if (l === L_BYTES) {
    laneL = bytesHashHalves(v);
    laneH = sipHashHi();
    return 0;
  }
  const t = tupleOf(v);
  if (t !== 0) return t;
  const b = fullHash(v);
  laneL = Number(b & 0xffffffffn) | 0;
  laneH = Number(b >> 32n) | 0;
  return 0;
}

// the result of the last tupleHashHalves: its high half (the return value is the low one)
let resultH = 0;

/** CPython's hash of tuple t: returns its low 32 bits, the high ones in resultH. */
function tupleHashHalves(t: number): number {
  const tuples = [t];
  const next = [0];
  const accsH = [P5H];
  const accsL = [P5L];
  for (;;) {
    const top = tuples.length - 1;
    const cur = tuples[top];
    const n = tupleLen(cur);
    const i = next[top];
    if (i < n) {
      next[top] = i + 1;
      const inner = laneOf(tupleItem(cur, i));
      if (inner !== 0) {
        tuples.push(inner);
        next.push(0);
        accsH.push(P5H);
        accsL.push(P5L);
        continue;
      }
      accH = accsH[top];
      accL = accsL[top];
      addLane();
      accsH[top] = accH;
      accsL[top] = accL;
      continue;
    }
    // acc + (n ^ (P5 ^ 3527539)); all ones becomes 1546275796
    const fl = n ^ FOLD_L;
    const al = accsL[top];
    let hl = (al + fl) | 0;
    let hh = (accsH[top] + P5H + (((al & fl) | ((al | fl) & ~hl)) >>> 31)) | 0;
    if (hl === -1 && hh === -1) {
      hl = 1546275796;
      hh = 0;
    }
    tuples.pop();
    next.pop();
    accsH.pop();
    accsL.pop();
    if (top === 0) {
      resultH = hh;
      return hl;
    }
    laneH = hh;
    laneL = hl;
    accH = accsH[top - 1];
    accL = accsL[top - 1];
    addLane();
    accsH[top - 1] = accH;
    accsL[top - 1] = accL;
  }
}

/** CPython's tuple hash, signed 64-bit (hash() of a tuple). */
export function tupleHashFull(t: number): bigint {
  const l = tupleHashHalves(t);
  return BigInt.asIntN(64, (BigInt(resultH >>> 0) << 32n) | BigInt(l >>> 0));
}

/** CPython's tuple hash as an int object, built from the halves (no BigInt). */
export function tupleHashObj(t: number): number {
  const l = tupleHashHalves(t);
  return intFromHalves(resultH, l);
}

/** The table hash of tuple t (the low 32 bits of tupleHashFull, never -1), without a BigInt. */
export function tupleHash(t: number): number { return tableHash(tupleHashHalves(t)); }
