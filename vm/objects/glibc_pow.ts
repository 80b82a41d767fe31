// pow(x, y) with glibc 2.36's bits (what CPython's float ** and math.pow print on x86-64 Linux):
// the algorithm of glibc's sysdeps/ieee754/dbl-64/e_pow.c (Szabolcs Nagy's, from ARM's
// optimized-routines) as built for CPUs with FMA (multiarch/e_pow-fma.c): log(x) = k ln2 +
// log(c) + log1p(z/c - 1) to ~68 bits as hi + lo, with 1/c, log c from a 128-entry table
// (glibc_pow_tables.ts, generated with glibc's recipe), then y * log(x) as ehi + elo and
// exp_inline (glibc_exp.ts) with the sign of the result. Every a * b + c GCC fused there is
// fma() here (read off libm.so.6's __pow_fma; checked against it on 4*10^6 pairs). C99's special
// cases (zeros, infinities, nan, negative x) come first, as in e_pow.c. glibc's pow is within
// 0.52 ulp, not correctly rounded: the double-double pow it replaces printed another last digit
// for ~6 results in 1000. Another libc gives other digits (vm/NOTES.md "h18-libm").
import { fma } from './fma';
import { prodError } from './double_double';
import { expInline } from './glibc_exp';
import { POW_INVC, POW_LOGC, POW_LOGCTAIL } from './glibc_pow_tables';

const LN2HI = 0.6931471805598903; // 0x1.62e42fefa3800p-1
const LN2LO = 5.497923018708371e-14; // 0x1.ef35793c76730p-45
// e_pow_log_data.c's polynomial, scaled as glibc evaluates it (A0 = -1/2)
const A1 = -0.6666666666666679, A2 = 0.5000000000000007, A3 = 0.7999999995323976;
const A4 = -0.6666666663487739, A5 = -1.142909628459501, A6 = 1.0000415263675542;

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** 0: y not an integer, 1: odd, 2: even (y finite, nonzero). */
function checkint(y: number): number {
  if (!Number.isInteger(y)) return 0;
  return Math.abs(y) < 2 ** 53 && y % 2 !== 0 ? 1 : 2;
}

let LOG_TAIL = 0;

/** log(x) = result + LOG_TAIL for x given by its words (ixh may carry a subnormal's exponent
 *  below zero, as glibc's normalized ix). */
function logInline(ixh: number, ixl: number): number {
  const tmp = (ixh - 0x3fe69555) | 0;
  const i = (tmp >>> 13) & 127;
  const k = tmp >> 20;
  U32[1] = (ixh - (tmp & 0xfff00000)) >>> 0;
  U32[0] = ixl;
  const z = F64[0];
  const invc = POW_INVC[i], logc = POW_LOGC[i], logctail = POW_LOGCTAIL[i];
  const r = fma(z, invc, -1); // exact: 1/c has few bits
  const t1 = k * LN2HI + logc; // exact by the table's construction (fused or not)
  const t2 = t1 + r;
  const lo1 = fma(k, LN2LO, logctail);
  const lo2 = (t1 - t2) + r;
  const ar = -0.5 * r;
  const ar2 = r * ar;
  const ar3 = r * ar2;
  const hi = t2 + ar2;
  const lo3 = prodError(ar, r, ar2); // fma(ar, r, -ar2): the exact error of ar2
  const lo4 = (t2 - hi) + ar2;
  const q = fma(ar2, fma(fma(r, A6, A5), ar2, fma(r, A4, A3)), fma(r, A2, A1));
  const lo = fma(ar3, q, ((lo1 + lo2) + lo3) + lo4);
  const y = hi + lo;
  LOG_TAIL = (hi - y) + lo;
  return y;
}

/**
 * x ** 0.5 without the whole pow, when that gives glibc's bits: glibc's pow is within 0.52 ulp
 * (e_pow.c: exp's 0.509 plus a log error that is tiny for y = 0.5), so its result before the last
 * rounding is within ~0.01 ulp of the true sqrt(x); where the true value is farther than 1/16 ulp
 * from a midpoint between doubles, pow rounds it as sqrt does, to Math.sqrt(x) (correctly
 * rounded). Near a midpoint (about 1 in 8 arguments) it returns -1 and the whole pow runs: there
 * pow and sqrt do differ (1068 of 1.2 million constructed near-midpoint cases, checked with
 * python3). The distance: s*s = p + e exactly (Dekker), x - p exact (Sterbenz), so sqrt(x) - s =
 * (x - p - e) / 2s to far better than 1/16 ulp. Only for 2^-900 < x < 2^1000 (no underflow in e).
 */
function sqrtAsPow(x: number): number {
  if (!(x > 1.2e-271 && x < 1e301)) return -1;
  const s = Math.sqrt(x);
  const p = s * s;
  const e = prodError(s, s, p);
  const d = Math.abs(((x - p) - e) / (2 * s));
  F64[0] = s;
  U32[0] = 0;
  U32[1] &= 0x7ff00000;
  const ulp = F64[0] * 2.220446049250313e-16; // 2^-52 times s's leading power of two
  return Math.abs(d - ulp * 0.5) > ulp * 0.0625 ? s : -1;
}

/** C's pow(x, y) (inf on overflow, 0 on underflow, nan for a negative x and a non-integer y). */
export function glibcPow(x: number, y: number): number {
  if (y === 0.5) {
    const s = sqrtAsPow(x);
    if (s >= 0) return s;
  }
  F64[0] = x;
  let ixh = U32[1];
  let ixl = U32[0];
  F64[0] = y;
  const topy = U32[1] >>> 20;
  let topx = ixh >>> 20;
  let neg = false;
  if (topx === 0 || topx >= 0x7ff || (topy & 0x7ff) - 0x3be >= 0x80 || (topy & 0x7ff) < 0x3be) {
    if (y === 0 || y !== y || y === Infinity || y === -Infinity) {
      if (y === 0) return 1;
      if (x === 1) return 1;
      if (x !== x || y !== y) return x + y;
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      if ((ax < 1) === (y > 0)) return 0;
      return y * y;
    }
    const xneg = (ixh >>> 31) === 1;
    if (x === 0 || x !== x || x === Infinity || x === -Infinity) {
      let x2 = x * x;
      if (xneg && checkint(y) === 1) x2 = -x2;
      return y < 0 ? 1 / x2 : x2;
    }
    // x and y finite and nonzero
    if (xneg) {
      const yint = checkint(y);
      if (yint === 0) return NaN;
      if (yint === 1) neg = true;
      ixh &= 0x7fffffff;
      topx &= 0x7ff;
    }
    const ety = topy & 0x7ff;
    if (ety - 0x3be >= 0x80 || ety < 0x3be) {
      const ax = Math.abs(x);
      if (ax === 1) return 1;
      if (ety < 0x3be) return ax > 1 ? 1 + y : 1 - y; // |y| < 2^-65
      return (ax > 1) === (topy < 0x800) ? Infinity : 0; // |y| >= 2^63
    }
    if (topx === 0) {
      // subnormal x: normalized, its exponent carried below zero in the high word
      F64[0] = Math.abs(x) * 2 ** 52;
      ixh = (U32[1] - (52 << 20)) | 0;
      ixl = U32[0];
    }
  }
  const hi = logInline(ixh, ixl);
  const lo = LOG_TAIL;
  const ehi = y * hi;
  const err = prodError(y, hi, ehi); // fma(y, hi, -ehi): the exact error of ehi
  return expInline(ehi, fma(y, lo, err), neg);
}
