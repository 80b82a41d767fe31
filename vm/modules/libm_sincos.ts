// sin and cos with glibc 2.36's bits (what CPython prints on x86-64 Linux): the IBM Accurate
// Mathematical Library algorithm of glibc's sysdeps/ieee754/dbl-64/s_sin.c (since 2.28 without
// its slow paths, so not correctly rounded: ~0.2% of results differ from the correctly rounded
// value) and branred.c (huge arguments), as built for CPUs with FMA (sysdeps/x86_64/fpu/
// multiarch/s_sin-fma.c, -mfma): every a * b + c that GCC fused there is fma() here (read off the
// disassembly of libm.so.6 and checked against it on 2*10^7 arguments, 0 differences), the rest
// is plain double arithmetic in the same order. Outline: |x| < 0.126: a Taylor polynomial;
// |x| < 0.855: sin/cos of the nearest k/128 from a table plus short polynomials in the rest;
// < 2.426: the same about pi/2 - |x|; < 105414350: x - n*pi/2 with pi/2 in four pieces;
// beyond: Payne-Hanek with 2/pi in 24-bit digits (exact products, no fma: branred is not an FMA
// variant). Tables: libm_sincos_tables.ts (generated). Another libc (musl, macOS) gives other
// last digits; glibc 2.36 on x86-64 with FMA is the oracle (vm/NOTES.md "h18-libm").
import { fma } from '../objects/fma';
import { prodError } from '../objects/double_double';
import { SINCOSTAB as TAB, TOVERP } from './libm_sincos_tables';

// polynomial coefficients (s_sin.c, usncs.h)
const S1 = -0.16666666666666666, S2 = 0.008333333333332329, S3 = -1.9841269834414642e-4;
const S4 = 2.755729806860771e-6, S5 = -2.5022014848318398e-8;
const SN3 = -0.16666666666666488, SN5 = 0.008333332142857223;
const CS2 = 0.5, CS4 = -0.04166666666666644, CS6 = 0.001388888740079376;
const BIG = 52776558133248; // 1.5 * 2^45: |x| + BIG rounds |x| to a multiple of 1/128
const HP0 = 1.5707963267948966, HP1 = 6.123233995736766e-17; // pi/2 = HP0 + HP1
// pi/2 = MP1 + MP2 + PP3 + PP4 (the first three short: n * piece is exact for n < 2^26)
const MP1 = 1.5707963407039642, MP2 = -1.3909067564377153e-8;
const PP3 = -4.97899623147991e-17, PP4 = -1.9034889620193266e-25;
const HPINV = 0.6366197723675814, TOINT = 6755399441055744; // 2/pi, 1.5 * 2^52

/** Thresholds on |x| (glibc compares the high word: these are those words as doubles). */
const T_TINY_SIN = 2 ** -26; // 0x3e500000
const T_TINY_COS = 2 ** -27; // 0x3e400000
const T_TABLE = 0.85546875; // 0x3feb6000
const T_HALFPI = 2.4262638092041016; // 0x400368fd
const T_REDUCE = 105414336; // 0x419921fb
const T_TAYLOR = 0.126;

function taylorSinExact(a: number, da: number): number {
  const xx = a * a;
  const p = fma(xx, fma(xx, fma(xx, fma(xx, S5, S4), S3), S2), S1);
  return a + fma(xx, fma(p, a, -0.5 * da), da);
}

/** cos(x + dx), |x| < 0.855, every fused operation fused. */
function doCosExact(x: number, dx: number): number {
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const ub = u - BIG; // k/128
  x = ax - ub + dx;
  const xx = x * x;
  const s = fma(x * xx, fma(xx, SN5, SN3), x);
  const c = xx * fma(xx, fma(xx, CS6, CS4), CS2);
  const k = ub * 512; // 4 * 128 * k/128
  const sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
  return cs + fma(-s, sn, fma(-c, cs, fma(-s, ssn, ccs)));
}

/** sin(x + dx), |x| < 0.855, every fused operation fused. */
function doSinExact(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < T_TAYLOR) return taylorSinExact(x, dx);
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const u = BIG + ax;
  const ub = u - BIG;
  x = ax - ub;
  const xx = x * x;
  const s = x + fma(x * xx, fma(xx, SN5, SN3), dx);
  const c = fma(x, dx, xx * fma(xx, fma(xx, CS6, CS4), CS2));
  const k = ub * 512;
  const sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
  const r = sn + fma(s, cs, fma(-c, sn, fma(s, ccs, ssn)));
  return xold < 0 || Object.is(xold, -0) ? -r : r; // copysign (r >= 0)
}

// ── the fast paths ─────────────────────────────────────────────────────────────────────────
// Emulating every fused operation costs ~5 ns each (objects/fma.ts); most of them change the
// result only through bits far below its last place. So the fast paths evaluate the inner
// polynomials unfused, bound how far that can move the quantity glibc rounds last (M below,
// a few units of 2^-52 of each term, generous), and return only when every value within the
// bound rounds to the same double: then it is glibc's double (rounding is monotonic). Else
// (~1-3% of arguments) the exact path runs. Terms that decide the result directly are exact.

const E48 = 2 ** -48, E51 = 2 ** -51, E52 = 2 ** -52, E90 = 2 ** -90, E100 = 2 ** -100;

function taylorSin(a: number, da: number): number {
  const xx = a * a;
  const p = S1 + xx * (S2 + xx * (S3 + xx * (S4 + xx * S5)));
  const t = xx * (p * a - 0.5 * da) + da;
  // glibc's t differs by under 2^-50 of t (five roundings of terms below t), plus t's rounding
  const m = Math.abs(t) * 2 ** -49;
  const y = a + (t + m);
  if (a + (t - m) === y) return y;
  return taylorSinExact(a, da);
}

/** sin(x + dx), |x| < 0.855 (x + dx = glibc's reduced argument). */
function doSin(x: number, dx: number): number {
  const xold = x;
  if (Math.abs(x) < T_TAYLOR) return taylorSin(x, dx);
  if (x <= 0) dx = -dx;
  const ax = Math.abs(x);
  const ub = (BIG + ax) - BIG;
  x = ax - ub;
  const xx = x * x;
  const q = x * xx;
  // s exactly as glibc: its rounding errors are not small against the result's last place
  const p1 = fma(xx, SN5, SN3);
  const s = x + (dx === 0 ? q * p1 : fma(q, p1, dx));
  const c = x * dx + xx * (CS2 + xx * (CS4 + xx * CS6));
  const k = ub * 512;
  const sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
  const b = (ssn + s * ccs) - c * sn; // glibc's within 2^-49 |c| + 2^-104
  // v = s * cs + b in double-double (Dekker's product): glibc's cor is RN(s * cs + its b)
  const ph = s * cs;
  const pl = prodError(s, cs, ph);
  const vh = ph + b;
  const bv = vh - ph;
  const vl = ((ph - (vh - bv)) + (b - bv)) + pl;
  const m = Math.abs(c) * E48 + Math.abs(vh) * E90 + E100;
  const c1 = vh + (vl + m);
  const y = sn + c1;
  const c2 = vh + (vl - m);
  // c1 === c2: that is glibc's cor; else its sum with sn may still be one double
  if (c1 !== c2 && sn + c2 !== y) return doSinExact(xold, xold <= 0 ? -dx : dx);
  return xold < 0 || Object.is(xold, -0) ? -y : y;
}

/** cos(x + dx), |x| < 0.855. */
function doCos(x: number, dx: number): number {
  const x0 = x;
  const dx0 = dx;
  if (x < 0) dx = -dx;
  const ax = Math.abs(x);
  const ub = (BIG + ax) - BIG;
  x = ax - ub + dx;
  const xx = x * x;
  const s = x + x * xx * (SN3 + xx * SN5); // within 2^-52 |s| + 2^-100 of glibc's
  const c = xx * (CS2 + xx * (CS4 + xx * CS6));
  const k = ub * 512;
  const sn = TAB[k], ssn = TAB[k + 1], cs = TAB[k + 2], ccs = TAB[k + 3];
  const cor = ((ccs - s * ssn) - c * cs) - sn * s;
  const m = Math.abs(s) * E52 + Math.abs(cor) * E51 + Math.abs(c) * E48 + E100;
  const y = cs + (cor + m);
  if (cs + (cor - m) === y) return y;
  return doCosExact(x0, dx0);
}

/** The reduced argument a + da of reduce()/branred() (also tan's, objects/glibc_tan.ts). */
export const R = new Float64Array(2);

/** The n of x = n * pi/2 + r: (fma(x, HPINV, TOINT) - TOINT), s_sin.c's and s_tan.c's first step. */
export function nearestHalfPi(x: number): number {
  // t = fma(x, HPINV, TOINT): the same as unfused unless x * HPINV is within 2^-20 of a half
  const p = x * HPINV;
  const xn = (p + TOINT) - TOINT;
  const f = Math.abs(p - xn);
  return f > 0.5 - 2 ** -20 && f < 0.5 + 2 ** -20 ? fma(x, HPINV, TOINT) - TOINT : xn;
}

/** (x - xn * MP1) - xn * MP2: exact products (n < 2^26, pieces of 26-27 bits), fused = unfused. */
export function minusHalfPiHead(x: number, xn: number): number {
  return (x - xn * MP1) - xn * MP2;
}

/** x = n * pi/2 + (R[0] + R[1]) for |x| < 105414350; returns n & 3. */
export function reduce(x: number): number {
  const xn = nearestHalfPi(x);
  // n * PP3 is exact too
  const y = minusHalfPiHead(x, xn);
  const t2 = y - xn * PP3;
  let db = (y - t2) - xn * PP3;
  const b = fma(-xn, PP4, t2);
  db += fma(-xn, PP4, t2 - b);
  R[0] = b;
  R[1] = db;
  return xn & 3;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const BR = new Float64Array(3); // b, bb, sum of one half of branred
const RR = new Float64Array(6);
const BIGR = 6755399441055744, BIG1 = 27021597764222976, SPLIT = 134217729;
const BR_MP1 = 1.5707963407039642, BR_MP2 = -1.3909067675399456e-8; // branred.h's (mp2 differs)

/** One half of branred: x * 2/pi with the 2/pi digits that matter for x's exponent. */
function branredHalf(x: number): void {
  F64[0] = x;
  let k = ((U32[1] >>> 20) & 2047) - 450;
  k = k < 0 ? 0 : (k / 24) | 0;
  let gor = 2 ** (576 - 24 * k);
  for (let i = 0; i < 6; i++) {
    RR[i] = x * TOVERP[k + i] * gor;
    gor *= 2 ** -24;
  }
  let sum = 0;
  for (let i = 0; i < 3; i++) {
    const s = (RR[i] + BIGR) - BIGR;
    sum += s;
    RR[i] -= s;
  }
  let t = 0;
  for (let i = 0; i < 6; i++) t += RR[5 - i];
  let bb = (((((RR[0] - t) + RR[1]) + RR[2]) + RR[3]) + RR[4]) + RR[5];
  let s = (t + BIGR) - BIGR;
  sum += s;
  t -= s;
  const b = t + bb;
  bb = (t - b) + bb;
  s = (sum + BIG1) - BIG1;
  sum -= s;
  BR[0] = b;
  BR[1] = bb;
  BR[2] = sum;
}

/** x = n * pi/2 + (R[0] + R[1]) for huge finite x (glibc's __branred); returns n & 3. */
export function branred(x: number): number {
  x *= 2 ** -600;
  let t = x * SPLIT;
  const x1 = t - (t - x);
  const x2 = x - x1;
  branredHalf(x1);
  const b1 = BR[0], bb1 = BR[1], sum1 = BR[2];
  branredHalf(x2);
  const b2 = BR[0], bb2 = BR[1], sum2 = BR[2];
  let sum = sum1 + sum2;
  let b = b1 + b2;
  let bb = Math.abs(b1) > Math.abs(b2) ? (b1 - b) + b2 : (b2 - b) + b1;
  if (b > 0.5) {
    b -= 1;
    sum += 1;
  } else if (b < -0.5) {
    b += 1;
    sum -= 1;
  }
  let s = b + (bb + bb1 + bb2);
  t = ((b - s) + bb) + (bb1 + bb2);
  b = s * SPLIT;
  const t1 = b - (b - s);
  const t2 = s - t1;
  b = s * HP0;
  bb = (((t1 * BR_MP1 - b) + t1 * BR_MP2) + t2 * BR_MP1) + (t2 * BR_MP2 + s * HP1 + t * HP0);
  s = b + bb;
  R[0] = s;
  R[1] = (b - s) + bb;
  return Math.trunc(sum) & 3;
}

/** sin (n even) or cos (n odd) of R[0] + R[1], negated for n & 2. */
function doSinCos(n: number): number {
  const r = (n & 1) !== 0 ? doCos(R[0], R[1]) : doSin(R[0], R[1]);
  return (n & 2) !== 0 ? -r : r;
}

export function sin(x: number): number {
  const ax = Math.abs(x);
  if (ax < T_TINY_SIN) return x;
  if (ax < T_TABLE) return doSin(x, 0);
  if (ax < T_HALFPI) {
    const r = doCos(HP0 - ax, HP1);
    return x < 0 ? -r : r;
  }
  if (ax < T_REDUCE) return doSinCos(reduce(x));
  if (ax < Infinity) return doSinCos(branred(x));
  return NaN; // inf, nan (x / x)
}

export function cos(x: number): number {
  const ax = Math.abs(x);
  if (ax < T_TINY_COS) return 1;
  if (ax < T_TABLE) return doCos(x, 0);
  if (ax < T_HALFPI) {
    const y = HP0 - ax;
    const a = y + HP1;
    return doSin(a, (y - a) + HP1);
  }
  if (ax < T_REDUCE) return doSinCos(reduce(x) + 1);
  if (ax < Infinity) return doSinCos(branred(x) + 1);
  return NaN;
}

/** The exact paths alone (every fused operation emulated), for the tests that compare paths. */
export function sinExact(x: number): number {
  const ax = Math.abs(x);
  if (ax < T_TINY_SIN) return x;
  if (ax < T_TABLE) return doSinExact(x, 0);
  if (ax < T_HALFPI) {
    const r = doCosExact(HP0 - ax, HP1);
    return x < 0 ? -r : r;
  }
  if (!(ax < Infinity)) return NaN;
  const n = ax < T_REDUCE ? reduce(x) : branred(x);
  const r = (n & 1) !== 0 ? doCosExact(R[0], R[1]) : doSinExact(R[0], R[1]);
  return (n & 2) !== 0 ? -r : r;
}

export function cosExact(x: number): number {
  const ax = Math.abs(x);
  if (ax < T_TINY_COS) return 1;
  if (ax < T_TABLE) return doCosExact(x, 0);
  if (ax < T_HALFPI) {
    const y = HP0 - ax;
    const a = y + HP1;
    return doSinExact(a, (y - a) + HP1);
  }
  if (!(ax < Infinity)) return NaN;
  const n = (ax < T_REDUCE ? reduce(x) : branred(x)) + 1;
  const r = (n & 1) !== 0 ? doCosExact(R[0], R[1]) : doSinExact(R[0], R[1]);
  return (n & 2) !== 0 ? -r : r;
}
