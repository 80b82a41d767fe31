// hypot and atan2 rounded once from about 100 bits, for cmath: glibc's hypot and atan2 (what
// CPython prints) are correctly rounded in practice, V8's Math.hypot/Math.atan2 differ from them
// in the last bit for about 25% / 15% of arguments, which shows in repr(cmath.polar(z)) and in
// every function built on them (sqrt, log, the inverse functions).
// Pure functions on JS numbers, no heap; C99's special values (hypot(inf, nan) = inf, atan2 of
// zeros and infinities) are Math's, only finite nonzero arguments take the careful path.

import { cExp, cLog } from '../objects/float_libm';

const SPLIT = 134217729; // 2^27 + 1 (Veltkamp)
// double-double results come back through these (no allocation)
let hi = 0;
let lo = 0;

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  hi = p;
  lo = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** (ah, al) + (bh, bl) */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const bb = s - ah;
  const e = (ah - (s - bb)) + (bh - bb) + al + bl;
  hi = s + e;
  lo = e - (hi - s);
}

/** (ah, al) * (bh, bl) */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = hi;
  const pl = lo + (ah * bl + al * bh);
  hi = ph + pl;
  lo = pl - (hi - ph);
}

/** (ah, al) / (bh, bl) */
function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  // remainder (a - q1 * b), then one correction term
  ddAdd(ah, al, -hi, -lo);
  const q2 = hi / bh;
  const s = q1 + q2;
  hi = s;
  lo = q2 - (s - q1);
}

const TWO_600 = 2 ** 600;
const TWO_M600 = 2 ** -600;

/** sqrt(x*x + y*y): the squares and their sum exact in double-double, one Newton correction. */
export function hypot(x: number, y: number): number {
  let a = Math.abs(x);
  let b = Math.abs(y);
  if (a - a !== 0 || b - b !== 0) return Math.hypot(x, y);
  if (a < b) {
    const t = a;
    a = b;
    b = t;
  }
  if (b === 0 || a > b * 2 ** 60) return a; // b*b is below half an ulp of a*a
  let scale = 1;
  if (a > 2 ** 500) {
    a *= TWO_M600;
    b *= TWO_M600;
    scale = TWO_600;
  } else if (a < 2 ** -450) {
    a *= TWO_600;
    b *= TWO_600;
    scale = TWO_M600;
  }
  twoProd(a, a);
  const ph = hi;
  const pl = lo;
  twoProd(b, b);
  ddAdd(ph, pl, hi, lo);
  const sh = hi;
  const sl = lo;
  const h = Math.sqrt(sh);
  twoProd(h, h);
  // sqrt(s) = h + (s - h*h) / (2h) to second order; s - h*h is small and exact in its leading part
  const r = ((sh - hi) - lo + sl) / (2 * h);
  return (h + r) * scale;
}

// atan(k/64) for k = 0..64 and 1/(2j+1) for the series, in double-double, filled on first use
const ATAN_HI = new Float64Array(65);
const ATAN_LO = new Float64Array(65);
const TERMS = 9; // |u| <= 2^-7: u^(2*9) / 19 < 2^-126, below the double-double's 2^-106
const RECIP_HI = new Float64Array(TERMS);
const RECIP_LO = new Float64Array(TERMS);
let tableReady = false;

/** atan(u) for |u| <= 1/128 given as (uh, ul): its Taylor series in double-double. */
function atanSmall(uh: number, ul: number): void {
  ddMul(uh, ul, uh, ul);
  const u2h = hi;
  const u2l = lo;
  // u * (1 - u2 (1/3 - u2 (1/5 - ...))), innermost first
  let sh = 0;
  let sl = 0;
  for (let j = TERMS - 1; j >= 0; j--) {
    ddMul(u2h, u2l, sh, sl);
    ddAdd(RECIP_HI[j], RECIP_LO[j], -hi, -lo);
    sh = hi;
    sl = lo;
  }
  ddMul(sh, sl, uh, ul);
}

/**
 * atan(u) for |u| <= 1/128, fast: u in double-double plus u^3 (-1/3 + u^2/5 - ...) in double;
 * that tail is below 2^-14 |u|, so its rounding errors stay under 2^-67 |u|.
 */
function atanSmallFast(uh: number, ul: number): void {
  const u2 = uh * uh;
  const p = u2 * (-1 / 3 + u2 * (1 / 5 + u2 * (-1 / 7 + u2 * (1 / 9 + u2 * (-1 / 11 + u2 * (1 / 13))))));
  const t = uh * p;
  hi = uh + t;
  lo = (t - (hi - uh)) + ul;
}

function fillTable(): void {
  for (let j = 0; j < TERMS; j++) {
    ddDiv(1, 0, 2 * j + 1, 0);
    RECIP_HI[j] = hi;
    RECIP_LO[j] = lo;
  }
  // atan(c) for c = k/64: halve the angle 7 times with atan(t) = 2 atan(t / (1 + sqrt(1 + t^2)))
  // (then |t| <= tan(pi/512) < 1/128), the series, times 128 (exact)
  for (let k = 0; k <= 64; k++) {
    let th = k / 64;
    let tl = 0;
    for (let i = 0; i < 7; i++) {
      // t / (1 + sqrt(1 + t^2)), in double-double
      ddMul(th, tl, th, tl);
      ddAdd(1, 0, hi, lo);
      const qh = hi;
      const ql = lo;
      const rh = Math.sqrt(qh);
      twoProd(rh, rh);
      const rl = ((qh - hi) - lo + ql) / (2 * rh);
      ddAdd(1, 0, rh, rl);
      ddDiv(th, tl, hi, lo);
      th = hi;
      tl = lo;
    }
    atanSmall(th, tl);
    ATAN_HI[k] = hi * 128;
    ATAN_LO[k] = lo * 128;
  }
  tableReady = true;
}

const PI_HI = 3.141592653589793;
const PI_LO = 1.2246467991473532e-16;
const PI2_HI = 1.5707963267948966;
const PI2_LO = 6.123233995736766e-17;

/**
 * atan2(y, x) for finite nonzero x and y: t = min/max in double-double, atan(t) = atan(k/64) +
 * atan((t - k/64) / (1 + t k/64)) with the table and the series, then the octant, rounded once.
 */
export function atan2(y: number, x: number): number {
  if (x - x !== 0 || y - y !== 0 || x === 0 || y === 0) return Math.atan2(y, x);
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  const swap = ay > ax;
  const num = swap ? ax : ay;
  const den = swap ? ay : ax;
  if (num < den * 2 ** -60 && !swap && x > 0) return Math.atan2(y, x); // atan2 = y/x, tiny
  if (!tableReady) fillTable();
  // t = num / den in double-double (num/den may be subnormal-ish: scale first)
  const e = den > 2 ** 500 ? 2 ** -600 : den < 2 ** -500 ? 2 ** 600 : 1;
  ddDiv(num * e, 0, den * e, 0);
  const th = hi;
  const tl = lo;
  const k = Math.round(th * 64);
  const c = k / 64;
  // u = (t - c) / (1 + t c)
  ddAdd(th, tl, -c, 0);
  const nh = hi;
  const nl = lo;
  ddMul(th, tl, c, 0);
  ddAdd(1, 0, hi, lo);
  ddDiv(nh, nl, hi, lo);
  atanSmallFast(hi, lo);
  ddAdd(ATAN_HI[k], ATAN_LO[k], hi, lo);
  let rh = hi;
  let rl = lo;
  if (swap) {
    ddAdd(PI2_HI, PI2_LO, -rh, -rl);
    rh = hi;
    rl = lo;
  }
  if (x < 0) {
    ddAdd(PI_HI, PI_LO, -rh, -rl);
    rh = hi;
    rl = lo;
  }
  const r = rh + rl;
  return y < 0 ? -r : r;
}

// cosh, sinh and asinh as fdlibm computes them (glibc's are fdlibm's algorithms too) but over
// glibc's correctly rounded exp and log (cExp, cLog) instead of V8's: V8's Math.cosh/asinh run
// the same formulas over its own exp/log, which is where their last bits differ from CPython's.
// expm1 and log1p are fdlibm's in both, so Math.expm1/Math.log1p are used as they are.
const LN2 = 0.6931471805599453;

export function cosh(x: number): number {
  const a = Math.abs(x);
  if (a - a !== 0) return x * x; // inf or nan
  if (a < 0.34657359027997264) {
    // |x| < ln2/2: 1 + expm1(|x|)^2 / (2 exp(|x|))
    const t = Math.expm1(a);
    const w = 1 + t;
    if (a < 2 ** -55) return w;
    return 1 + (t * t) / (w + w);
  }
  if (a < 22) {
    const t = cExp(a);
    return 0.5 * t + 0.5 / t;
  }
  if (a < 709.7822265625) return 0.5 * cExp(a);
  if (a <= 710.4758600739439) {
    const w = cExp(0.5 * a);
    return (0.5 * w) * w;
  }
  return Infinity;
}

export function sinh(x: number): number {
  const a = Math.abs(x);
  if (a - a !== 0) return x + x;
  const h = x < 0 ? -0.5 : 0.5;
  if (a < 22) {
    if (a < 2 ** -28) return x;
    const t = Math.expm1(a);
    if (a < 1) return h * (2 * t - (t * t) / (t + 1));
    return h * (t + t / (t + 1));
  }
  if (a < 709.7822265625) return h * cExp(a);
  if (a <= 710.4758600739439) {
    const w = cExp(0.5 * a);
    return (h * w) * w;
  }
  return x * Infinity;
}

export function asinh(x: number): number {
  const a = Math.abs(x);
  if (a - a !== 0) return x + x;
  if (a < 2 ** -28) return x;
  let w: number;
  if (a > 2 ** 28) w = cLog(a) + LN2;
  else if (a > 2) w = cLog(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
  else {
    const t = x * x;
    w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
  }
  return x < 0 ? -w : w;
}
