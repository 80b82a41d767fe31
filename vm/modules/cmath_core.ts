// cmath's numerics on pairs of JS numbers, no heap: CPython 3.11's algorithms (C99 Annex G special
// values from the generated tables in cmath_special.ts, Kahan's branch cuts for the inverse
// functions, rescaling against spurious overflow/underflow in sqrt/log, log1p near |z| = 1).
// Every function writes its result to R.re/R.im and C's errno to R.err (0, EDOM, ERANGE); callers
// turn EDOM into ValueError('math domain error') and ERANGE into OverflowError('math range error').
// Invariant: a function reads its arguments before it writes R, so R may be read back between
// nested calls (sqrt inside acos) only by copying it into locals first.
import { cExp, cLog, cLog1p } from '../objects/float_libm';
import { glibcTanh } from '../objects/glibc_expm1';
import { hypot, atan2, cosh, sinh, asinh } from './cmath_libm';
import { sincos, tan, SIN, COS } from './cmath_trig';
import {
  SV_ACOS, SV_ACOSH, SV_ASINH, SV_ATANH, SV_COSH, SV_EXP, SV_LOG, SV_SINH, SV_SQRT, SV_TANH, SV_RECT,
} from './cmath_special';

export const EDOM = 1;
export const ERANGE = 2;

/** The result slots (one object per worker: its fields stay doubles, no allocation per call). */
export const R = { re: 0, im: 0, err: 0 };

const INF = Infinity;
const DBL_MIN = 2.2250738585072014e-308;
const LARGE = Number.MAX_VALUE / 4;
const SQRT_LARGE = Math.sqrt(LARGE);
const LOG_LARGE = Math.log(LARGE);
const SQRT_DBL_MIN = Math.sqrt(DBL_MIN);
const LN2 = 0.6931471805599453;
const LN10 = 2.302585092994046;
const E = Math.E;
const HALF_PI = Math.PI / 2;
const SCALE_UP = 2 ** 53; // makes any subnormal normal (CPython's 2**CM_SCALE_UP)
const SCALE_DOWN = 2 ** -27; // its square root's inverse, rounded to a power of two

function signNeg(d: number): boolean { return d < 0 || (d === 0 && 1 / d < 0); }
/** C's copysign for a non-NaN sign source. */
function copysign(a: number, s: number): number {
  const m = Math.abs(a);
  return signNeg(s) ? -m : m;
}

/** The table row/column of a double: -inf, negative, -0, +0, positive, +inf, nan. */
function kind(d: number): number {
  if (d - d === 0) {
    if (d !== 0) return d > 0 ? 4 : 1;
    return 1 / d < 0 ? 2 : 3;
  }
  if (d !== d) return 6;
  return d > 0 ? 5 : 0;
}

function special(t: Float64Array, x: number, y: number): void {
  const k = (kind(x) * 7 + kind(y)) * 3;
  R.re = t[k];
  R.im = t[k + 1];
  R.err = t[k + 2];
}

function finite2(x: number, y: number): boolean { return x - x === 0 && y - y === 0; }
function isInf(d: number): boolean { return d === INF || d === -INF; }

export function cSqrt(x: number, y: number): void {
  if (!finite2(x, y)) return special(SV_SQRT, x, y);
  R.err = 0;
  if (x === 0 && y === 0) {
    R.re = 0;
    R.im = y;
    return;
  }
  let ax = Math.abs(x);
  const ay = Math.abs(y);
  let s: number;
  if (ax < DBL_MIN && ay < DBL_MIN) {
    // hypot of two subnormals is itself imprecise: scale both up first
    ax *= SCALE_UP;
    s = Math.sqrt(ax + hypot(ax, ay * SCALE_UP)) * SCALE_DOWN;
  } else {
    ax /= 8;
    s = 2 * Math.sqrt(ax + hypot(ax, ay / 8));
  }
  const d = ay / (2 * s);
  if (x >= 0) {
    R.re = s;
    R.im = copysign(d, y);
  } else {
    R.re = d;
    R.im = copysign(s, y);
  }
}

export function cAcos(x: number, y: number): void {
  if (!finite2(x, y)) return special(SV_ACOS, x, y);
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    R.re = atan2(Math.abs(y), x);
    R.im = -copysign(cLog(hypot(x / 2, y / 2)) + LN2 * 2, y);
  } else {
    cSqrt(1 - x, -y);
    const s1r = R.re;
    const s1i = R.im;
    cSqrt(1 + x, y);
    const s2r = R.re;
    const s2i = R.im;
    R.re = 2 * atan2(s1r, s2r);
    R.im = asinh(s2r * s1i - s2i * s1r);
  }
  R.err = 0;
}

export function cAcosh(x: number, y: number): void {
  if (!finite2(x, y)) return special(SV_ACOSH, x, y);
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    R.re = cLog(hypot(x / 2, y / 2)) + LN2 * 2;
    R.im = atan2(y, x);
  } else {
    cSqrt(x - 1, y);
    const s1r = R.re;
    const s1i = R.im;
    cSqrt(x + 1, y);
    const s2r = R.re;
    const s2i = R.im;
    R.re = asinh(s1r * s2r + s1i * s2i);
    R.im = 2 * atan2(s1i, s2r);
  }
  R.err = 0;
}

export function cAsinh(x: number, y: number): void {
  if (!finite2(x, y)) return special(SV_ASINH, x, y);
  if (Math.abs(x) > LARGE || Math.abs(y) > LARGE) {
    const l = cLog(hypot(x / 2, y / 2)) + LN2 * 2;
    R.re = y >= 0 ? copysign(l, x) : -copysign(l, -x);
    R.im = atan2(y, Math.abs(x));
  } else {
    cSqrt(1 + y, -x);
    const s1r = R.re;
    const s1i = R.im;
    cSqrt(1 - y, x);
    const s2r = R.re;
    const s2i = R.im;
    R.re = asinh(s1r * s2i - s2r * s1i);
    R.im = atan2(y, s1r * s2r - s1i * s2i);
  }
  R.err = 0;
}

/** asin(z) = -i asinh(iz) */
export function cAsin(x: number, y: number): void {
  cAsinh(-y, x);
  const r = R.re;
  R.re = R.im;
  R.im = -r;
}

export function cAtanh(x: number, y: number): void {
  if (!finite2(x, y)) return special(SV_ATANH, x, y);
  if (x < 0) {
    // atanh(z) = -atanh(-z): the formulas below want a nonnegative real part
    cAtanh(-x, -y);
    R.re = -R.re;
    R.im = -R.im;
    return;
  }
  const ay = Math.abs(y);
  R.err = 0;
  if (x > SQRT_LARGE || ay > SQRT_LARGE) {
    // |z| large: atanh(z) ~ 1/z +- i pi/2
    const h = hypot(x / 2, y / 2);
    R.re = x / 4 / h / h;
    R.im = copysign(HALF_PI, y);
  } else if (x === 1 && ay < SQRT_DBL_MIN) {
    if (ay === 0) {
      R.re = INF;
      R.im = y;
      R.err = EDOM;
    } else {
      R.re = -cLog(Math.sqrt(ay) / Math.sqrt(hypot(ay, 2)));
      R.im = copysign(atan2(2, -ay) / 2, y);
    }
  } else {
    R.re = cLog1p(4 * x / ((1 - x) * (1 - x) + ay * ay)) / 4;
    R.im = -atan2(-2 * y, (1 - x) * (1 + x) - ay * ay) / 2;
  }
}

/** atan(z) = -i atanh(iz) */
export function cAtan(x: number, y: number): void {
  cAtanh(-y, x);
  const r = R.re;
  R.re = R.im;
  R.im = -r;
}

export function cCosh(x: number, y: number): void {
  if (!finite2(x, y)) {
    special(SV_COSH, x, y); // (err: EDOM when y is infinite and x is not a nan)
    if (isInf(x) && y - y === 0 && y !== 0) {
      sincos(y);
      R.re = copysign(INF, COS);
      R.im = x > 0 ? copysign(INF, SIN) : -copysign(INF, SIN);
    }
    return;
  }
  if (Math.abs(x) > LOG_LARGE) {
    // cosh(x) overflows before cosh(x) * cos(y) does
    const xm1 = x - copysign(1, x);
    sincos(y);
    R.re = COS * cosh(xm1) * E;
    R.im = SIN * sinh(xm1) * E;
  } else {
    sincos(y);
    R.re = COS * cosh(x);
    R.im = SIN * sinh(x);
  }
  R.err = isInf(R.re) || isInf(R.im) ? ERANGE : 0;
}

/** cos(z) = cosh(iz) */
export function cCos(x: number, y: number): void { cCosh(-y, x); }

export function cSinh(x: number, y: number): void {
  if (!finite2(x, y)) {
    special(SV_SINH, x, y);
    if (isInf(x) && y - y === 0 && y !== 0) {
      sincos(y);
      R.re = x > 0 ? copysign(INF, COS) : -copysign(INF, COS);
      R.im = copysign(INF, SIN);
    }
    return;
  }
  if (Math.abs(x) > LOG_LARGE) {
    const xm1 = x - copysign(1, x);
    sincos(y);
    R.re = COS * sinh(xm1) * E;
    R.im = SIN * cosh(xm1) * E;
  } else {
    sincos(y);
    R.re = COS * sinh(x);
    R.im = SIN * cosh(x);
  }
  R.err = isInf(R.re) || isInf(R.im) ? ERANGE : 0;
}

/** sin(z) = -i sinh(iz) */
export function cSin(x: number, y: number): void {
  cSinh(-y, x);
  const r = R.re;
  R.re = R.im;
  R.im = -r;
}

export function cTanh(x: number, y: number): void {
  if (!finite2(x, y)) {
    special(SV_TANH, x, y);
    if (isInf(x) && y - y === 0 && y !== 0) {
      R.re = x > 0 ? 1 : -1;
      sincos(y);
      R.im = copysign(0, 2 * SIN * COS);
    }
    return;
  }
  R.err = 0;
  if (Math.abs(x) > LOG_LARGE) {
    // 1 - tanh(x)**2 is 4 exp(-2|x|) to double precision here (and cosh(x) would overflow)
    R.re = copysign(1, x);
    sincos(y);
    R.im = 4 * SIN * COS * cExp(-2 * Math.abs(x));
  } else {
    // tanh(x+iy) = (tanh(x)(1+tan(y)^2) + i tan(y)(1-tanh(x)^2)) / (1 + tan(y)^2 tanh(x)^2),
    // with 1 - tanh(x)^2 taken as 1/cosh(x)^2 (no cancellation)
    const tx = glibcTanh(x);
    const ty = tan(y);
    const cx = 1 / cosh(x);
    const txty = tx * ty;
    const denom = 1 + txty * txty;
    R.re = tx * (1 + ty * ty) / denom;
    R.im = ((ty / denom) * cx) * cx;
  }
}

/** tan(z) = -i tanh(iz) */
export function cTan(x: number, y: number): void {
  cTanh(-y, x);
  const r = R.re;
  R.re = R.im;
  R.im = -r;
}

export function cExpC(x: number, y: number): void {
  if (!finite2(x, y)) {
    special(SV_EXP, x, y); // (err: EDOM when y is infinite and x is finite or +inf)
    if (isInf(x) && y - y === 0 && y !== 0) {
      sincos(y);
      const c = COS;
      const s = SIN;
      R.re = x > 0 ? copysign(INF, c) : copysign(0, c);
      R.im = x > 0 ? copysign(INF, s) : copysign(0, s);
    }
    return;
  }
  if (x > LOG_LARGE) {
    const l = cExp(x - 1);
    sincos(y);
    R.re = l * COS * E;
    R.im = l * SIN * E;
  } else {
    const l = cExp(x);
    sincos(y);
    R.re = l * COS;
    R.im = l * SIN;
  }
  R.err = isInf(R.re) || isInf(R.im) ? ERANGE : 0;
}

export function cLogC(x: number, y: number): void {
  if (!finite2(x, y)) return special(SV_LOG, x, y);
  const ax = Math.abs(x);
  const ay = Math.abs(y);
  if (ax > LARGE || ay > LARGE) {
    R.re = cLog(hypot(ax / 2, ay / 2)) + LN2;
  } else if (ax < DBL_MIN && ay < DBL_MIN) {
    if (ax > 0 || ay > 0) {
      // |z| subnormal: scale up so hypot keeps its precision
      R.re = cLog(hypot(ax * SCALE_UP, ay * SCALE_UP)) - 53 * LN2;
    } else {
      R.re = -INF;
      R.im = atan2(y, x);
      R.err = EDOM;
      return;
    }
  } else {
    const h = hypot(ax, ay);
    if (h >= 0.71 && h <= 1.73) {
      // near |z| = 1: log|z| = log1p(am^2 - 1 + an^2)/2 without cancellation in am^2 - 1
      const am = ax > ay ? ax : ay;
      const an = ax > ay ? ay : ax;
      R.re = cLog1p((am - 1) * (am + 1) + an * an) / 2;
    } else {
      R.re = cLog(h);
    }
  }
  R.im = atan2(y, x);
  R.err = 0;
}

export function cLog10C(x: number, y: number): void {
  cLogC(x, y);
  R.re /= LN10;
  R.im /= LN10;
}

/** Python's complex division as 3.11's _Py_c_quot (Smith's method; EDOM for a zero divisor). */
export function cQuot(ar: number, ai: number, br: number, bi: number): void {
  const abr = Math.abs(br);
  const abi = Math.abs(bi);
  if (abr >= abi) {
    if (abr === 0) {
      R.err = EDOM;
      R.re = 0;
      R.im = 0;
    } else {
      const ratio = bi / br;
      const denom = br + bi * ratio;
      R.re = (ar + ai * ratio) / denom;
      R.im = (ai - ar * ratio) / denom;
    }
  } else if (abi >= abr) {
    const ratio = br / bi;
    const denom = br * ratio + bi;
    R.re = (ar * ratio + ai) / denom;
    R.im = (ai * ratio - ar) / denom;
  } else {
    R.re = NaN; // a nan in the divisor
    R.im = NaN;
  }
}

/** abs(z) as _Py_c_abs: an infinite part wins over a nan; ERANGE when a finite z overflows. */
export function cAbs(x: number, y: number): number {
  if (!finite2(x, y)) {
    R.err = 0;
    if (isInf(x)) return Math.abs(x);
    if (isInf(y)) return Math.abs(y);
    return NaN;
  }
  const r = hypot(x, y);
  R.err = r === INF ? ERANGE : 0;
  return r;
}

export function cRect(r: number, phi: number): void {
  if (!finite2(r, phi)) {
    special(SV_RECT, r, phi); // (err: EDOM when r is nonzero, not a nan, and phi is infinite)
    if (isInf(r) && phi - phi === 0 && phi !== 0) {
      sincos(phi);
      const c = copysign(INF, COS);
      const s = copysign(INF, SIN);
      R.re = r > 0 ? c : -c;
      R.im = r > 0 ? s : -s;
    }
    return;
  }
  R.err = 0;
  if (phi === 0) {
    R.re = r;
    R.im = r * phi;
  } else {
    sincos(phi);
    R.re = r * COS;
    R.im = r * SIN;
  }
}
