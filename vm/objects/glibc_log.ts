// log, log2 and log1p with glibc 2.36's bits (CPython's math.log/log2/log1p on x86-64 Linux):
// log and log2 are Szabolcs Nagy's algorithms from ARM's optimized-routines (glibc's
// sysdeps/ieee754/dbl-64/e_log.c, e_log2.c): x = 2^k z, z in [0x1.6p-1, 0x1.6p0) split into
// 128 (log2: 64) subintervals, log x = k ln2 + log c + log1p(z/c - 1) with 1/c, log c from a table
// (glibc_log_tables.ts, read out of libm.so.6: the c were picked by a search) and a polynomial;
// near 1 a longer polynomial in x - 1. log1p is fdlibm's (s_log1p.c). glibc builds all three
// for CPUs with FMA (x86-64 multiarch e_log-fma.c, e_log2-fma.c, s_log1p-fma.c) and every
// a * b + c GCC fused there is fma() here (GCC 12's -O2 -mfma GIMPLE of the same source,
// checked against libm.so.6 on 4*10^6 arguments each: 0 differences); products that are exact
// (k * ln2_hi, powers of two) are left plain. None of them is correctly rounded: glibc's log
// is within 0.52 ulp, log1p within 1 ulp. Another libc gives other digits (vm/NOTES.md
// "h19-libm"). Arguments are what C's functions accept (callers raise Python's errors first).
import { fma } from './fma';
import { LOG_INVC, LOG_LOGC, LOG_POLY, LOG_POLY1, LOG2_INVC, LOG2_LOGC, LOG2_POLY, LOG2_POLY1 } from './glibc_log_tables';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

const LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
const A0 = LOG_POLY[0], A1 = LOG_POLY[1], A2 = LOG_POLY[2], A3 = LOG_POLY[3], A4 = LOG_POLY[4];
const B1 = LOG_POLY1[1], B2 = LOG_POLY1[2], B3 = LOG_POLY1[3], B4 = LOG_POLY1[4], B5 = LOG_POLY1[5];
const B6 = LOG_POLY1[6], B7 = LOG_POLY1[7], B8 = LOG_POLY1[8], B9 = LOG_POLY1[9], B10 = LOG_POLY1[10];
const INVLN2HI = 1.4426950407214463; // 0x1.7154765200000p+0
const INVLN2LO = 1.6751713164886512e-10; // 0x1.705fc2eefa200p-33

let Z_K = 0;
let Z_I = 0;
let Z = 0;
/** 0 for a positive finite x, with x = 2^Z_K * Z, Z in [0x1.6p-1, 0x1.6p0) in subinterval Z_I
 *  of 2^bits; else C's result for 0, inf, nan or x < 0 (glibc's `top - 0x0010 >= 0x7ff0 - 0x0010`
 *  branch, which also normalizes a subnormal x). */
function reduce(x: number, bits: number): number {
  F64[0] = x;
  let ixh = U32[1];
  if (((ixh - 0x00100000) >>> 0) >= 0x7fe00000) {
    if (x === 0) return -Infinity;
    if (x === Infinity) return x;
    if (!(x > 0)) return NaN;
    F64[0] = x * 4503599627370496; // subnormal: normalized, the exponent carried below zero
    ixh = (U32[1] - (52 << 20)) | 0;
  }
  const tmp = (ixh - 0x3fe60000) | 0;
  Z_I = (tmp >>> (20 - bits)) & ((1 << bits) - 1);
  Z_K = tmp >> 20;
  U32[1] = (ixh - (tmp & 0xfff00000)) >>> 0;
  Z = F64[0];
  return 0;
}

/** C's log(x). */
export function glibcLog(x: number): number {
  if (x >= 0.9375 && x < 1.064697265625) { // 1 - 2^-4 <= x < 1 + 0x1.09p-4
    if (x === 1) return 0;
    const r = x - 1;
    const r2 = r * r;
    const r3 = r * r2;
    const p = fma(fma(fma(r3, B10, fma(r2, B9, fma(r, B8, B7))), r3, fma(r2, B6, fma(r, B5, B4))), r3,
      fma(r2, B3, fma(r, B2, B1)));
    const w = r * 134217728;
    const rhi = (r + w) - w;
    const rlo = r - rhi;
    const ww = rhi * rhi * -0.5; // exact
    const hi = r + ww;
    const lo = fma(rlo * -0.5, r + rhi, (r - hi) + ww);
    return hi + fma(p, r3, lo);
  }
  const special = reduce(x, 7);
  if (special !== 0) return special;
  const r = fma(Z, LOG_INVC[Z_I], -1);
  const kd = Z_K;
  const w = kd * LN2HI + LOG_LOGC[Z_I]; // exact (the table's condition 1)
  const hi = w + r;
  const lo = fma(kd, LN2LO, (w - hi) + r);
  const r2 = r * r;
  const t = fma(r * r2, fma(fma(r, A4, A3), r2, fma(r, A2, A1)), fma(r2, A0, lo));
  return t + hi;
}

/** C's log2(x). */
export function glibcLog2(x: number): number {
  if (x >= 0.9576029777526855 && x < 1.0442743301391602) { // 1 - 0x1.5b51p-5 <= x < 1 + 0x1.6ab2p-5
    if (x === 1) return 0;
    const r = x - 1;
    const hi0 = r * INVLN2HI;
    let lo = fma(r, INVLN2LO, fma(r, INVLN2HI, -hi0));
    const r2 = r * r;
    const r4 = r2 * r2;
    const b01 = fma(r, LOG2_POLY1[1], LOG2_POLY1[0]);
    const y = fma(b01, r2, hi0);
    lo = fma(b01, r2, hi0 - y) + lo;
    const q = fma(fma(fma(fma(r, LOG2_POLY1[9], LOG2_POLY1[8]), r2, fma(r, LOG2_POLY1[7], LOG2_POLY1[6])), r4,
      fma(fma(r, LOG2_POLY1[5], LOG2_POLY1[4]), r2, fma(r, LOG2_POLY1[3], LOG2_POLY1[2]))), r4, lo);
    return y + q;
  }
  const special = reduce(x, 6);
  if (special !== 0) return special;
  const r = fma(Z, LOG2_INVC[Z_I], -1);
  const t1 = r * INVLN2HI;
  const t2 = fma(r, INVLN2LO, fma(r, INVLN2HI, -t1));
  const t3 = LOG2_LOGC[Z_I] + Z_K; // exact (the table's condition 1)
  const hi = t1 + t3;
  const lo = ((t3 - hi) + t1) + t2;
  const r2 = r * r;
  const r4 = r2 * r2;
  const p = fma(fma(r, LOG2_POLY[5], LOG2_POLY[4]), r4, fma(fma(r, LOG2_POLY[3], LOG2_POLY[2]), r2,
    fma(r, LOG2_POLY[1], LOG2_POLY[0])));
  return fma(r2, p, lo) + hi;
}

// s_log1p.c's constants
const L1P_LN2HI = 0.6931471803691238; // 0x3fe62e42fee00000: k * L1P_LN2HI is exact
const L1P_LN2LO = 1.9082149292705877e-10;
const LP1 = 0.6666666666666735, LP2 = 0.3999999999940942, LP3 = 0.2857142874366239;
const LP4 = 0.22222198432149784, LP5 = 0.1818357216161805, LP6 = 0.15313837699209373, LP7 = 0.14798198605116586;

/** C's log1p(x). */
export function glibcLog1p(x: number): number {
  F64[0] = x;
  const hx = U32[1] | 0;
  const ax = hx & 0x7fffffff;
  let k = 1;
  let f = 0;
  let c = 0;
  let hu = 0;
  if (hx < 0x3fda827a) { // x < 0.41422
    if (ax >= 0x3ff00000) return x === -1 ? -Infinity : NaN; // x <= -1
    if (ax < 0x3e200000) return ax < 0x3c900000 ? x : x - x * x * 0.5; // |x| < 2^-29
    if (hx > 0 || hx <= (0xbfd2bec3 | 0)) { // -0.2929 < x < 0.41422
      k = 0;
      f = x;
      hu = 1;
    }
  } else if (hx >= 0x7ff00000) return x + x;
  if (k !== 0) {
    let u: number;
    if (hx < 0x43400000) {
      u = 1 + x;
      F64[0] = u;
      hu = U32[1];
      k = (hu >> 20) - 1023;
      c = (k > 0 ? 1 - (u - x) : x - (u - 1)) / u; // the rounding error of 1 + x
    } else {
      F64[0] = x;
      hu = U32[1];
      k = (hu >> 20) - 1023;
    }
    hu &= 0x000fffff;
    if (hu < 0x6a09e) {
      U32[1] = hu | 0x3ff00000; // normalize u
    } else {
      k += 1;
      U32[1] = hu | 0x3fe00000; // u/2
      hu = (0x00100000 - hu) >> 2;
    }
    f = F64[0] - 1;
  }
  const hfsq = f * 0.5 * f;
  if (hu === 0) { // |f| < 2^-20
    if (f === 0) return k === 0 ? 0 : k * L1P_LN2HI + fma(k, L1P_LN2LO, c);
    const rr = fma(-f, 0.6666666666666666, 1) * hfsq;
    return k === 0 ? f - rr : k * L1P_LN2HI - ((rr - fma(k, L1P_LN2LO, c)) - f);
  }
  const s = f / (2 + f);
  const z = s * s;
  const z2 = z * z;
  const z4 = z2 * z2;
  const rr = fma(z2 * z4, fma(z, LP7, LP6), fma(z4, fma(z, LP5, LP4), fma(z, LP1, z2 * fma(z, LP3, LP2))));
  const sr = s * (rr + hfsq);
  if (k === 0) return f - (hfsq - sr);
  return k * L1P_LN2HI - ((hfsq - (fma(k, L1P_LN2LO, c) + sr)) - f);
}
