// libm functions whose results Python shows digit for digit: log computed in double-double
// arithmetic (about 100 bits) and rounded once, so it agrees with glibc (whose log is correctly
// rounded in practice) where V8's Math.log is off by an ulp; exp and pow are glibc's own
// algorithms (glibc_exp.ts, glibc_pow.ts), which are not correctly rounded.
// Pure functions on JS numbers, no heap. Callers handle Python's special cases and errors; here
// the arguments are what C's exp/log/pow accept and the results are C's (inf on overflow).

import { DD, ddAdd, ddDiv, ddDivN, ddMul, ddSet, twoProd } from './double_double';

const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

let expK = 0;
/** exp(h + l) = (DD[0] + DD[1]) * 2**expK, for |h| < 1e4: slow series, used to build the table. */
function expDDSlow(h: number, l: number): void {
  const k = Math.round(h / LN2_HI);
  twoProd(k, LN2_HI);
  const kh = DD[0];
  const kl = DD[1] + k * LN2_LO;
  ddAdd(h, l, -kh, -kl);
  // r in [-0.35, 0.35]: scale by 2^-10 and sum the Taylor series to r^8/8!
  const r = DD[0] / 1024;
  const rlo = DD[1] / 1024;
  let ph = 1;
  let pl = 0;
  for (let n = 8; n >= 1; n--) {
    ddMul(ph, pl, r, rlo);
    ddDivN(DD[0], DD[1], n);
    ddAdd(1, 0, DD[0], DD[1]);
    ph = DD[0];
    pl = DD[1];
  }
  for (let i = 0; i < 10; i++) {
    ddMul(ph, pl, ph, pl);
    ph = DD[0];
    pl = DD[1];
  }
  ddSet(ph, pl);
  expK = k;
}

// 2^(j/64) for j = 0..63 as double-doubles
const TAB_HI = new Float64Array(64);
const TAB_LO = new Float64Array(64);
for (let j = 0; j < 64; j++) {
  twoProd(j / 64, LN2_HI);
  expDDSlow(DD[0], DD[1] + (j / 64) * LN2_LO);
  const h = DD[0] * 2 ** expK;
  const l = DD[1] * 2 ** expK;
  TAB_HI[j] = h;
  TAB_LO[j] = l;
}
const N64_LN2 = 64 / LN2_HI;

/** exp(h + l) = (DD[0] + DD[1]) * 2**expK, for |h| < 1e4, relative error about 1e-24. */
function expDD(h: number, l: number): void {
  const n = Math.round(h * N64_LN2);
  const j = n & 63;
  const k = (n - j) / 64;
  // r = h + l - n * ln2/64, with ln2/64 to about 106 bits
  twoProd(n, LN2_HI / 64);
  ddAdd(h, l, -DD[0], -DD[1] - n * (LN2_LO / 64));
  const r = DD[0];
  const rlo = DD[1];
  // exp(r) - 1 - r - r^2/2 in plain double (it is below 3e-8 relative), the rest exactly
  const rest = r * r * r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040)))));
  twoProd(r, r);
  const qh = DD[0] / 2;
  const ql = DD[1] / 2;
  ddAdd(1, 0, r, rlo);
  ddAdd(DD[0], DD[1], qh, ql + rest + r * rlo);
  ddMul(DD[0], DD[1], TAB_HI[j], TAB_LO[j]);
  expK = k;
}

/** x * 2**e without spurious intermediate overflow or underflow. */
function scale(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** C's exp(x): glibc's algorithm, bit for bit (glibc_exp.ts). */
export { glibcExp as cExp } from './glibc_exp';

/** log(x) for finite x > 0 as a double-double in DD[0], DD[1]. */
function logDD(x: number): void {
  const y = Math.log(x);
  expDD(-y, 0);
  // w = x * exp(-y) - 1 is tiny and log(x) = y + log1p(w); x is pre-scaled so x * e stays finite
  let m = x;
  let k = expK;
  if (x > 1e300) {
    m = x * 2 ** -600;
    k += 600;
  } else if (x < 1e-300) {
    m = x * 2 ** 600;
    k -= 600;
  }
  const el = DD[1];
  twoProd(m, DD[0]);
  const ph = scale(DD[0], k);
  const pl = scale(DD[1] + m * el, k);
  ddAdd(ph, pl, -1, 0);
  const wh = DD[0];
  const wl = DD[1];
  ddAdd(y, 0, wh, wl - (wh * wh) / 2);
}

/** C's log(x), correctly rounded in practice (x > 0 finite; callers handle the rest). */
export function cLog(x: number): number {
  if (x === 1) return 0;
  logDD(x);
  return DD[0];
}

/** C's log2 and log10 of a positive finite x. */
export function cLog2(x: number): number {
  const m = Math.log2(x);
  if (Number.isInteger(m) && 2 ** m === x) return m;
  logDD(x);
  ddDiv(DD[0], DD[1], LN2_HI, LN2_LO);
  return DD[0];
}

// glibc's log10: k*log10(2) split in two parts plus log(m)/ln(10) for the mantissa m
const IVLN10 = 4.34294481903251816668e-01;
const LOG10_2HI = 3.01029995663611771306e-01;
const LOG10_2LO = 3.69423907715893078616e-13;
const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
export function cLog10(x: number): number {
  let k = 0;
  if (x < 2.2250738585072014e-308) {
    k = -54;
    x *= 18014398509481984; // 2^54
  }
  F64[0] = x;
  let hx = U32[1];
  k += (hx >>> 20) - 1023;
  const i = k < 0 ? 1 : 0;
  hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
  U32[1] = hx;
  const y = k + i;
  const z = y * LOG10_2LO + IVLN10 * cLog(F64[0]);
  return z + y * LOG10_2HI;
}

/** C's pow(x, y): glibc's algorithm, bit for bit, with C99's special cases (glibc_pow.ts). */
export { glibcPow as cPow } from './glibc_pow';
/** The same for finite x > 0 (callers that did the special cases themselves). */
export { glibcPow as cPowPositive } from './glibc_pow';
