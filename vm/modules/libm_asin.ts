// asin and acos with glibc 2.36's bits (CPython's math.asin/acos and the real parts inside
// cmath on x86-64 Linux): the IBM Accurate Mathematical Library algorithm of glibc's
// sysdeps/ieee754/dbl-64/e_asin.c without its slow paths (max ~0.52 ulp, not correctly rounded),
// as built for CPUs with FMA (multiarch/e_asin-fma.c). |x| < 1/8: a Taylor polynomial; up to
// 0.96875: five ranges of subintervals, each with its point x_i, asin(x_i) and a polynomial in
// x - x_i (libm_asin_tables.ts, read out of libm.so.6); beyond: asin x = pi/2 - 2 asin(sqrt(z)),
// z = (1 - |x|)/2, with sqrt(z) by a seeded Newton step as a 26-bit head and a tail. Every a * b + c
// GCC fused there is fma() here (GCC 12's -O2 -mfma GIMPLE of the same source), except acos's
// (y + cc) * p near |x| = 1, which libm.so.6 leaves unfused (its product is shared by both
// signs' branches); checked against libm.so.6 on 10^7 arguments each: 0 differences.
// Another libc gives other digits (vm/NOTES.md "h19-libm").
import { fma } from '../objects/fma';
import { ASNCS as A, INROOT } from './libm_asin_tables';

// uasncs.h
const F1 = 0.1666666666666641, F2 = 0.07500000000261227, F3 = 0.044642856142105974;
const F4 = 0.03038212685821193, F5 = 0.022355121102652562, F6 = 0.018138290340456505;
const RT0 = 0.9999999998599908, RT1 = 0.4999999994959554, RT2 = 0.3750175008673452, RT3 = 0.31252362655451865;
const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17; // pi/2 = HP0 + HP1
const T24 = 16777216, T27 = 134217728;
const POWTWO = new Float64Array(32);
for (let i = 0; i < 32; i++) POWTWO[i] = 2 ** i;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** F1 + z F2 + ... + z^5 F6 (GCC's fma chain). */
function fpoly(z: number): number {
  return fma(fma(fma(fma(fma(z, F6, F5), z, F4), z, F3), z, F2), z, F1);
}

/** The table's first index for 0.125 <= |x| < 0.96875 (k: |x|'s high word) and the offset d of
 *  its constant term (A[n + d + 1] is asin(x_n)); -1 beyond. */
let D = 0;
function tableIndex(k: number): number {
  if (k < 0x3fe00000) {
    D = 7;
    return k < 0x3fd00000 ? 11 * ((k & 0x000fffff) >> 15) : 11 * ((k & 0x000fffff) >> 14) + 352;
  }
  if (k < 0x3fe80000) {
    D = 8;
    return 1056 + ((k & 0x000fe000) >> 11) * 3;
  }
  if (k < 0x3fed8000) {
    D = 9;
    return 992 + ((k & 0x000fe000) >> 13) * 13;
  }
  if (k < 0x3fee8000) {
    D = 10;
    return 884 + ((k & 0x000fe000) >> 13) * 14;
  }
  D = 11;
  return 768 + ((k & 0x000fe000) >> 13) * 15;
}

/** asin(|x|) - asin(x_n) by the subinterval's polynomial (xx = |x| - x_n). */
function tablePoly(n: number, d: number, xx: number): number {
  let q = A[n + d - 1];
  for (let j = d - 2; j >= 2; j--) q = fma(q, xx, A[n + j]);
  return fma(A[n + 1], xx, fma(xx * xx, q, A[n + d]));
}

// near |x| = 1: z = (1 - |x|)/2, sqrt(z) = Y + CC (Y's bits: 24 for asin, 26 for acos), P = the
// series of asin(sqrt z)/sqrt(z) - 1
let Y = 0;
let CC = 0;
let P = 0;
function nearOne(z: number, acos: boolean): void {
  F64[0] = z;
  const k = U32[1] | 0;
  let t = INROOT[(k & 0x001fffff) >> 14] * POWTWO[511 - (k >> 21)];
  const r = fma(-(t * t), z, 1);
  t = fma(fma(fma(r, RT3, RT2), r, RT1), r, RT0) * t;
  const c = z * t;
  const h = fma(-(t * 0.5), c, 1.5); // t = c * h: fused into t + y below
  const y = acos ? (T27 * c + c) - T27 * c : (c + T24) - T24;
  CC = fma(-y, y, z) / fma(h, c, y);
  Y = y;
  P = fpoly(z) * z;
}

/** C's asin(x). */
export function asin(x: number): number {
  F64[0] = x;
  const k = U32[1] & 0x7fffffff;
  const neg = U32[1] >= 0x80000000;
  if (k < 0x3e500000) return x;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    return fma(fpoly(x2), x * x2, x);
  }
  let res: number;
  if (k < 0x3fef0000) {
    const n = tableIndex(k);
    const d = D;
    res = A[n + d + 1] + tablePoly(n, d, (neg ? -x : x) - A[n]);
  } else if (k < 0x3ff00000) {
    nearOne(0.5 * (neg ? 1 + x : 1 - x), false);
    const cor = fma(-((Y + CC) * 2), P, HP1 - 2 * CC); // 2 * CC, 2 * Y exact: fused or not
    res = cor + (HP0 - 2 * Y);
  } else if (k === 0x3ff00000 && U32[0] === 0) {
    res = HP0;
  } else {
    return NaN;
  }
  return neg ? -res : res;
}

/** C's acos(x). */
export function acos(x: number): number {
  F64[0] = x;
  const k = U32[1] & 0x7fffffff;
  const neg = U32[1] >= 0x80000000;
  if (k < 0x3c880000) return HP0;
  if (k < 0x3fc00000) {
    const x2 = x * x;
    const r = HP0 - x;
    return r + fma(-fpoly(x2), x * x2, (((HP0 - r) - x) + HP1));
  }
  if (k < 0x3fef0000) {
    const n = tableIndex(k);
    const d = D;
    const t = tablePoly(n, d, (neg ? -x : x) - A[n]);
    const v = A[n + d + 1];
    return neg ? (HP0 + v) + (HP1 + t) : (HP0 - v) + (HP1 - t);
  }
  if (k < 0x3ff00000) {
    nearOne(0.5 * (neg ? 1 + x : 1 - x), true);
    const q = (Y + CC) * P; // unfused in libm.so.6
    let res: number;
    if (neg) res = (HP0 - Y) + ((HP1 - CC) - q);
    else res = Y + (CC + q);
    return res + res;
  }
  if (k === 0x3ff00000 && U32[0] === 0) return neg ? 2 * HP0 : 0;
  return NaN;
}
