// The C library's exp/log/pow family as CPython's math and float use it, each with glibc 2.36's
// bits (what CPython prints on x86-64 Linux): glibc's own algorithms, ported (glibc_exp.ts,
// glibc_log.ts, glibc_pow.ts). None is correctly rounded, so a correctly rounded result (or V8's
// Math.log) shows another last digit for a fraction of a percent of arguments.
// Pure functions on JS numbers, no heap. Callers handle Python's special cases and errors; here
// the arguments are what C's exp/log/pow accept and the results are C's (inf on overflow).
import { glibcLog } from './glibc_log';

/** C's exp(x): glibc's algorithm, bit for bit (glibc_exp.ts). */
export { glibcExp as cExp } from './glibc_exp';

/** C's log(x), log2(x), log1p(x) (glibc_log.ts). */
export { glibcLog as cLog, glibcLog2 as cLog2, glibcLog1p as cLog1p } from './glibc_log';

// glibc's log10 (sysdeps/ieee754/dbl-64/e_log10.c, fdlibm's; built without FMA): k*log10(2)
// split in two parts plus log(m)/ln(10) for the mantissa m, over glibc's log
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** C's log10 of a positive x. */
export function cLog10(x: number): number {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k = -54;
    x *= 18014398509481984; // 2^54
  }
  F64[0] = x;
  let hx = U32[1];
  if (hx >= 0x7ff00000) return x + x;
  k += (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  U32[1] = hx;
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * glibcLog(F64[0]);
  return z + y * LOG10_2HI;
}

/** C's pow(x, y): glibc's algorithm, bit for bit, with C99's special cases (glibc_pow.ts). */
export { glibcPow as cPow } from './glibc_pow';
/** The same for finite x > 0 (callers that did the special cases themselves). */
export { glibcPow as cPowPositive } from './glibc_pow';
