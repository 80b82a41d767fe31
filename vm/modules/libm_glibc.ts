// cbrt, sinh, cosh, asinh, acosh and atanh computed the way glibc computes them, so that math.cbrt & co. give
// CPython's digits: glibc's cbrt is a polynomial and one rational correction step (not V8's
// algorithm: Math.cbrt differed in the last digit for ~45% of arguments), and its sinh/cosh/
// asinh/acosh/atanh are the classic formulas over exp, expm1, log and log1p (thresholds on the high
// word of |x|; e_atanh.c, s_asinh.c, e_acosh.c, built without FMA), here over the ports of glibc's
// exp/log/log1p (objects/float_libm.ts). Checked
// against CPython on 10^5 random arguments each (spec/programs/math/libm_digits.py samples).
import { cExp, cLog, cLog1p } from '../objects/float_libm';
import { glibcExpm1 } from '../objects/glibc_expm1';

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
/** The high 32 bits of |x| (little-endian host). */
function highWordAbs(x: number): number {
  F64[0] = x;
  return U32[1] & 0x7fffffff;
}
function lowWord(x: number): number {
  F64[0] = x;
  return U32[0];
}

const CBRT2 = 1.2599210498948731648; // 2^(1/3)
const SQR_CBRT2 = 1.5874010519681994748; // 2^(2/3)
const CBRT_FACTOR = [1 / SQR_CBRT2, 1 / CBRT2, 1, CBRT2, SQR_CBRT2];

/** frexp: x = m * 2^e with 0.5 <= |m| < 1 (x finite, nonzero); e in frexpE. */
let frexpE = 0;
function frexp(x: number): number {
  // a subnormal x is scaled into the normal range first: 2 ** -e alone overflows for e < -1023
  // (it made cbrt(1e-310) loop forever on m = inf)
  const sub = Math.abs(x) < 2.2250738585072014e-308 ? 54 : 0;
  x *= 2 ** sub;
  let e = Math.floor(Math.log2(Math.abs(x))) + 1;
  let m = x * 2 ** -e;
  while (Math.abs(m) >= 1) { m /= 2; e++; }
  while (Math.abs(m) < 0.5) { m *= 2; e--; }
  frexpE = e - sub;
  return m;
}

/** x * 2^e, exact unless the result over- or underflows (ldexp). */
function ldexp(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

export function cbrt(x: number): number {
  if (x === 0 || !Number.isFinite(x)) return x + x;
  const xm = frexp(Math.abs(x));
  const xe = frexpE;
  const u = 0.354895765043919860 + ((1.50819193781584896 + ((-2.11499494167371287 + ((2.44693122563534430 +
    ((-1.83469277483613086 + (0.784932344976639262 - 0.145263899385486377 * xm) * xm) * xm)) * xm)) * xm)) * xm);
  const t2 = u * u * u;
  // C's % and / truncate toward zero
  const ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * CBRT_FACTOR[2 + (xe % 3)];
  return ldexp(x > 0 ? ym : -ym, Math.trunc(xe / 3));
}

export function cosh(x: number): number {
  const ix = highWordAbs(x);
  const ax = Math.abs(x);
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3fd62e43) { // |x| < ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|))
      if (ix < 0x3c800000) return 1;
      const t = glibcExpm1(ax);
      const w = 1 + t;
      return 1 + (t * t) / (w + w);
    }
    const t = cExp(ax);
    return 0.5 * t + 0.5 / t;
  }
  if (ix < 0x40862e42) return 0.5 * cExp(ax); // |x| < log(DBL_MAX)
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = cExp(0.5 * ax);
    return (0.5 * w) * w;
  }
  if (ix >= 0x7ff00000) return x * x; // inf or nan
  return Infinity;
}

export function sinh(x: number): number {
  const ix = highWordAbs(x);
  const ax = Math.abs(x);
  const h = x < 0 ? -0.5 : 0.5;
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x40360000) { // |x| < 22
    if (ix < 0x3e300000) return x; // |x| < 2^-28
    const t = glibcExpm1(ax);
    if (ix < 0x3ff00000) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (ix < 0x40862e42) return h * cExp(ax);
  if (ix < 0x408633ce || (ix === 0x408633ce && lowWord(x) <= 0x8fb9f87d)) {
    const w = cExp(0.5 * ax);
    return (h * w) * w;
  }
  return x * 1e307 * 1e307; // overflow, with x's sign
}

const LN2 = 6.93147180559945286227e-01;

export function asinh(x: number): number {
  const ix = highWordAbs(x);
  if (ix >= 0x7ff00000) return x + x;
  if (ix < 0x3e300000) return x; // |x| < 2^-28
  const ax = Math.abs(x);
  let w: number;
  if (ix > 0x41b00000) w = cLog(ax) + LN2; // |x| > 2^28
  else if (ix > 0x40000000) w = cLog(2 * ax + 1 / (Math.sqrt(ax * ax + 1) + ax)); // 2 < |x| <= 2^28
  else {
    const t = ax * ax;
    w = cLog1p(ax + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}

export function acosh(x: number): number {
  F64[0] = x;
  const hx = U32[1] | 0; // signed: negative x is below 1 too
  if (Number.isNaN(x)) return x + x;
  if (hx < 0x3ff00000) return NaN; // x < 1
  if (hx >= 0x41b00000) return hx >= 0x7ff00000 ? x + x : cLog(x) + LN2; // x > 2^28: log(2x)
  if (x === 1) return 0;
  if (hx > 0x40000000) return cLog(2 * x - 1 / (x + Math.sqrt(x * x - 1))); // 2 < x <= 2^28
  const t = x - 1;
  return cLog1p(t + Math.sqrt(2 * t + t * t));
}

/** e_atanh.c: 0.5 log1p(2|x| + 2|x|^2/(1 - |x|)) below 1/2, 0.5 log1p(2|x|/(1 - |x|)) above. */
export function atanh(x: number): number {
  const xa = Math.abs(x);
  let t: number;
  if (xa < 0.5) {
    if (xa < 3.725290298461914e-9) return x; // 2^-28
    t = xa + xa;
    t = 0.5 * cLog1p(t + t * xa / (1 - xa));
  } else if (xa < 1) {
    t = 0.5 * cLog1p((xa + xa) / (1 - xa));
  } else {
    if (xa > 1) return NaN;
    return x / 0;
  }
  return x < 0 ? -t : t;
}
