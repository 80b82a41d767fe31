// Big-int arithmetic done on the heap limbs themselves, without a JS BigInt: addition,
// subtraction, multiplication by a small factor and comparison, the operations of spigot
// algorithms (pidigits) and of counters that outgrow 2^53. Going through BigInt costs a
// limbs -> hex -> BigInt parse per operand (cached, int_core.ts) and a BigInt -> hex -> limbs
// write per result, several passes over the data each: for a 1000-limb number the conversion
// cost 10-20x the addition. These loops make one pass and write the result object directly.
// Floor division of non-negative big ints whose quotient is small (a digit of a spigot) is an
// estimate from the top limbs checked by two multiplications. Products of two big ints and
// other divisions stay on BigInt (V8's Karatsuba/Burnikel-Ziegler beat a schoolbook loop
// here). Layout and normal forms: int_core.ts.
import { f64, mem } from '../../stmgc/heap';
import { allocUnzeroed } from '../runtime/alloc';
import { L_INT } from '../runtime/layouts';
import { I_COUNT, I_LIMBS, intFromNumber } from './int_core';
import { limbKernels } from './int_wasm';

const TWO32 = 4294967296;
const TWO_M32 = 1 / TWO32;
/** Factors below this keep limb * factor + carry exact in a double. */
const SMALL_FACTOR = 1 << 21;

// an operand as (array, offset, limb count, sign): big ones are read in place in the heap,
// tagged and medium ones are spread into two scratch limbs
let opArr: Int32Array = new Int32Array(0);
let opOff = 0;
let opLen = 0;
let opSign = 0;
const smallA = new Int32Array(2);
const smallB = new Int32Array(2);

/** Loads operand v into the op* registers; false if it is not a plain int (bool, subclass). */
function load(v: number, scratch: Int32Array): boolean {
  let x: number;
  if ((v & 1) === 1) x = v >> 1;
  else {
    if ((mem[v] & 0x7ff) !== L_INT) return false;
    const c = mem[v + I_COUNT];
    if (c !== 0) {
      opArr = mem; opOff = v + I_LIMBS; opLen = c < 0 ? -c : c; opSign = c < 0 ? -1 : 1;
      return true;
    }
    x = f64[(v + 4) >> 1];
  }
  opSign = x < 0 ? -1 : x > 0 ? 1 : 0;
  if (x < 0) x = -x;
  scratch[0] = x % TWO32;
  scratch[1] = Math.floor(x / TWO32);
  opArr = scratch; opOff = 0; opLen = scratch[1] !== 0 ? 2 : scratch[0] !== 0 ? 1 : 0;
  return true;
}

let out = new Int32Array(256);
function outCapacity(n: number): void {
  if (out.length < n) out = new Int32Array(Math.max(n, out.length * 2));
}

/** Compares magnitudes |a| and |b| limb by limb: -1, 0, 1. */
function magCompare(aa: Int32Array, ao: number, an: number, ba: Int32Array, bo: number, bn: number): number {
  if (an !== bn) return an < bn ? -1 : 1;
  for (let i = an - 1; i >= 0; i--) {
    const x = aa[ao + i] >>> 0;
    const y = ba[bo + i] >>> 0;
    if (x !== y) return x < y ? -1 : 1;
  }
  return 0;
}

/** dst[d..] = |a| + |b| (an >= bn, room for an + 1 limbs); returns the limb count. */
function magAdd(dst: Int32Array, d: number, aa: Int32Array, ao: number, an: number, ba: Int32Array, bo: number, bn: number): number {
  let carry = 0;
  let i = 0;
  for (; i < bn; i++) {
    const s = (aa[ao + i] >>> 0) + (ba[bo + i] >>> 0) + carry;
    dst[d + i] = s | 0;
    carry = s >= TWO32 ? 1 : 0;
  }
  for (; i < an; i++) {
    const s = (aa[ao + i] >>> 0) + carry;
    dst[d + i] = s | 0;
    carry = s >= TWO32 ? 1 : 0;
  }
  dst[d + an] = carry;
  return carry !== 0 ? an + 1 : an;
}

/** dst[d..] = |a| - |b| (|a| >= |b|, room for an limbs); returns the limb count, leading
 *  zeros dropped. */
function magSub(dst: Int32Array, dd: number, aa: Int32Array, ao: number, an: number, ba: Int32Array, bo: number, bn: number): number {
  let borrow = 0;
  let i = 0;
  for (; i < bn; i++) {
    const d = (aa[ao + i] >>> 0) - (ba[bo + i] >>> 0) - borrow;
    dst[dd + i] = d | 0;
    borrow = d < 0 ? 1 : 0;
  }
  for (; i < an; i++) {
    const d = (aa[ao + i] >>> 0) - borrow;
    dst[dd + i] = d | 0;
    borrow = d < 0 ? 1 : 0;
  }
  let n = an;
  while (n > 0 && dst[dd + n - 1] === 0) n--;
  return n;
}

/** dst[d..] = |a| * f (0 < f < 2^21, room for an + 1 limbs); returns the limb count. */
function magMulSmall(dst: Int32Array, d: number, aa: Int32Array, ao: number, an: number, f: number): number {
  let carry = 0;
  for (let i = 0; i < an; i++) {
    const x = aa[ao + i];
    const p = (x >>> 0) * f + carry; // exact: below 2^53
    dst[d + i] = (Math.imul(x, f) + carry) | 0; // its low 32 bits, on integers
    carry = Math.floor(p * TWO_M32);
  }
  dst[d + an] = carry;
  return carry !== 0 ? an + 1 : an;
}

/** The scratch limbs, with room for n. */
function scratch(n: number): Int32Array {
  outCapacity(n);
  return out;
}

/**
 * A big int object for a result of at most `room` limbs that the caller writes in place
 * (limbs at r + I_LIMBS; no zeroing of large objects: every limb is written) and then sizes
 * with `sized`: one pass over the data instead of scratch + copy. Only for results known to be
 * big (an operand of 3+ limbs that the operation cannot shrink).
 */
function direct(room: number): number {
  return allocUnzeroed(L_INT, 1 + room);
}
function sized(r: number, sign: number, n: number): number {
  // (a limb of slack when there was no carry out: the count, not the object size, is the length)
  mem[r + I_COUNT] = sign < 0 ? -n : n;
  return r;
}

/** sign * |a| + |b| (an >= bn). */
function addMagnitudes(sign: number, aa: Int32Array, ao: number, an: number, ba: Int32Array, bo: number, bn: number): number {
  if (an < 3) return result(sign, magAdd(scratch(an + 1), 0, aa, ao, an, ba, bo, bn));
  const r = direct(an + 1);
  // (a and b are read after the allocation: it never collects, so they did not move)
  const k = aa === mem && ba === mem ? limbKernels() : null;
  if (k !== null) return sized(r, sign, k.add(ao << 2, an, bo << 2, bn, (r + I_LIMBS) << 2));
  return sized(r, sign, magAdd(mem, r + I_LIMBS, aa, ao, an, ba, bo, bn));
}

/** sign * (|a| - |b|) (|a| > |b|). The difference may shrink to a medium or tagged int (then
 *  the object written is dropped) and leave slack limbs (the count is the length). */
function subMagnitudes(sign: number, aa: Int32Array, ao: number, an: number, ba: Int32Array, bo: number, bn: number): number {
  if (an < 3) return result(sign, magSub(scratch(an), 0, aa, ao, an, ba, bo, bn));
  const r = direct(an);
  const d = r + I_LIMBS;
  const k = aa === mem && ba === mem ? limbKernels() : null;
  let n: number;
  if (k !== null) {
    n = k.sub(ao << 2, an, bo << 2, bn, d << 2);
    while (n > 0 && mem[d + n - 1] === 0) n--;
  } else n = magSub(mem, d, aa, ao, an, ba, bo, bn);
  if (n <= 2 && (n < 2 || (mem[d + 1] >>> 0) < 0x200000)) {
    const v = (n === 2 ? (mem[d + 1] >>> 0) * TWO32 : 0) + (mem[d] >>> 0);
    return intFromNumber(sign < 0 ? -v : v);
  }
  return sized(r, sign, n);
}

/** sign * |a| * f (0 < f < 2^21). */
function mulMagnitude(sign: number, aa: Int32Array, ao: number, an: number, f: number): number {
  if (an < 3) return result(sign, magMulSmall(scratch(an + 1), 0, aa, ao, an, f));
  const r = direct(an + 1);
  const k = aa === mem ? limbKernels() : null;
  if (k !== null) return sized(r, sign, k.mul(ao << 2, an, f, (r + I_LIMBS) << 2));
  return sized(r, sign, magMulSmall(mem, r + I_LIMBS, aa, ao, an, f));
}

/** The int object for sign * out[0..n), in its normal form (tagged, medium or big). */
function result(sign: number, n: number): number {
  if (n === 0) return 1; // tagged 0
  if (n <= 2) {
    const hi = n === 2 ? out[1] >>> 0 : 0;
    if (hi < 0x200000) { // below 2^53: tagged or medium
      const v = hi * TWO32 + (out[0] >>> 0);
      return intFromNumber(sign < 0 ? -v : v);
    }
  }
  const r = allocUnzeroed(L_INT, 1 + n);
  mem[r + I_COUNT] = sign < 0 ? -n : n;
  mem.set(out.subarray(0, n), r + I_LIMBS);
  return r;
}

/**
 * a + b, a - b or a * b (op 0, 10, 5: BINARY_OP's codes) of two plain ints at least one of
 * which is big, on the limbs; 0 when this path does not apply (a bool or int subclass, a
 * product of two factors of 21 bits or more): the caller goes through BigInt.
 */
export function limbBinary(op: number, a: number, b: number): number {
  if (!load(a, smallA)) return 0;
  const aa = opArr, ao = opOff, an = opLen, as = opSign;
  if (!load(b, smallB)) return 0;
  const ba = opArr, bo = opOff, bn = opLen;
  let bs = opSign;
  if (op === 5) {
    // one factor must be small: the other is the big one
    if (bn <= 1 && (ba[bo] >>> 0) < SMALL_FACTOR) {
      return bn === 0 || as === 0 ? 1 : mulMagnitude(as * bs, aa, ao, an, ba[bo] >>> 0);
    }
    if (an <= 1 && (aa[ao] >>> 0) < SMALL_FACTOR) {
      return an === 0 || bs === 0 ? 1 : mulMagnitude(as * bs, ba, bo, bn, aa[ao] >>> 0);
    }
    return 0;
  }
  if (op === 10) bs = -bs;
  else if (op !== 0) return 0;
  if (bs === 0) return result(as, copyOut(aa, ao, an));
  if (as === 0) return result(bs, copyOut(ba, bo, bn));
  if (as === bs) {
    return an >= bn ? addMagnitudes(as, aa, ao, an, ba, bo, bn) : addMagnitudes(as, ba, bo, bn, aa, ao, an);
  }
  const c = magCompare(aa, ao, an, ba, bo, bn);
  if (c === 0) return 1;
  return c > 0 ? subMagnitudes(as, aa, ao, an, ba, bo, bn) : subMagnitudes(bs, ba, bo, bn, aa, ao, an);
}

function copyOut(aa: Int32Array, ao: number, an: number): number {
  scratch(an).set(aa.subarray(ao, ao + an), 0);
  return an;
}

/**
 * Compares two plain ints at least one of which is big, without BigInt: -1, 0 or 1; 2 when
 * this path does not apply (a bool or int subclass).
 */
export function limbCompare(a: number, b: number): number {
  if (!load(a, smallA)) return 2;
  const aa = opArr, ao = opOff, an = opLen, as = opSign;
  if (!load(b, smallB)) return 2;
  const bs = opSign;
  if (as !== bs) return as < bs ? -1 : 1;
  if (as === 0) return 0;
  const c = magCompare(aa, ao, an, opArr, opOff, opLen);
  return as < 0 ? -c : c;
}

/** Quotients this path computes: q * limb + carry stays exact in a double. */
const SMALL_QUOTIENT = 1 << 20;

/**
 * a // b for a >= 0 and b > 0 with b of at least two limbs and a quotient below 2^20, on the
 * limbs: the quotient is estimated from the top limbs (relative error below 2^-32, so off by at
 * most a few units); when the estimate is near an integer it is checked and corrected until
 * q*b <= a < (q+1)*b. 0 when this path does not apply.
 */
export function limbFloorDiv(a: number, b: number): number {
  if (!load(a, smallA)) return 0;
  const aa = opArr, ao = opOff, an = opLen, as = opSign;
  if (!load(b, smallB)) return 0;
  const ba = opArr, bo = opOff, bn = opLen, bs = opSign;
  if (as < 0 || bs <= 0 || bn < 2) return 0;
  if (an < bn) return 1; // (normal forms: the top limbs are not zero) a < b
  if (an - bn > 1) return 0;
  let top = 0;
  for (let i = an - 1; i >= bn - 2; i--) top = top * TWO32 + (aa[ao + i] >>> 0);
  const div = (ba[bo + bn - 1] >>> 0) * TWO32 + (ba[bo + bn - 2] >>> 0);
  const x = top / div;
  let q = Math.floor(x);
  if (q >= SMALL_QUOTIENT) return 0;
  // |a/b - x| < 2^-11 (the truncated limbs: < q * 2^-32; the roundings of top, div and x:
  // < q * 2^-51): unless x is that close to an integer, its floor is the quotient
  const frac = x - q;
  if (frac > 1 / 1024 && frac < 1 - 1 / 1024) return (q << 1) | 1;
  for (;;) {
    if (q > 0 && magCompare(aa, ao, an, out, 0, magMulSmall(scratch(bn + 1), 0, ba, bo, bn, q)) < 0) { q--; continue; }
    if (magCompare(aa, ao, an, out, 0, magMulSmall(scratch(bn + 1), 0, ba, bo, bn, q + 1)) >= 0) { q++; continue; }
    return (q << 1) | 1;
  }
}
