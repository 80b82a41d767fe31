// libm functions whose results Python shows digit for digit: exp, log and pow computed in
// double-double arithmetic (about 100 bits) and rounded once, so they agree with glibc (whose
// exp/log/pow are correctly rounded in practice) where V8's Math.exp/log/pow are off by an ulp.
// Pure functions on JS numbers, no heap. Callers handle Python's special cases and errors; here
// the arguments are what C's exp/log/pow accept and the results are C's (inf on overflow).

const SPLIT = 134217729; // 2^27 + 1
const LN2_HI = 0.6931471805599453;
const LN2_LO = 2.3190468138462996e-17;

// double-double results are returned through these two module slots (no array allocation)
let rh = 0;
let rl = 0;

function twoProd(a: number, b: number): void {
  const p = a * b;
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  rh = p;
  rl = ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** (ah, al) + (bh, bl) into rh, rl. */
function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const bb = s - ah;
  const e = (ah - (s - bb)) + (bh - bb) + al + bl;
  rh = s + e;
  rl = e - (rh - s);
}

/** (ah, al) * (bh, bl) into rh, rl. */
function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = rh;
  const pl = rl + (ah * bl + al * bh);
  rh = ph + pl;
  rl = pl - (rh - ph);
}

/** (ah, al) / n for a small integer n, into rh, rl. */
function ddDivN(ah: number, al: number, n: number): void {
  const q = ah / n;
  twoProd(q, n);
  const r = ((ah - rh) - rl + al) / n;
  rh = q + r;
  rl = r - (rh - q);
}

let expK = 0;
/** exp(h + l) = (rh + rl) * 2**expK, for |h| < 1e4: slow series, used to build the table. */
function expDDSlow(h: number, l: number): void {
  const k = Math.round(h / LN2_HI);
  twoProd(k, LN2_HI);
  const kh = rh;
  const kl = rl + k * LN2_LO;
  ddAdd(h, l, -kh, -kl);
  // r in [-0.35, 0.35]: scale by 2^-10 and sum the Taylor series to r^8/8!
  const r = rh / 1024;
  const rlo = rl / 1024;
  let ph = 1;
  let pl = 0;
  for (let n = 8; n >= 1; n--) {
    ddMul(ph, pl, r, rlo);
    ddDivN(rh, rl, n);
    ddAdd(1, 0, rh, rl);
    ph = rh;
    pl = rl;
  }
  for (let i = 0; i < 10; i++) {
    ddMul(ph, pl, ph, pl);
    ph = rh;
    pl = rl;
  }
  rh = ph;
  rl = pl;
  expK = k;
}

// 2^(j/64) for j = 0..63 as double-doubles
const TAB_HI = new Float64Array(64);
const TAB_LO = new Float64Array(64);
for (let j = 0; j < 64; j++) {
  twoProd(j / 64, LN2_HI);
  expDDSlow(rh, rl + (j / 64) * LN2_LO);
  const h = rh * 2 ** expK;
  const l = rl * 2 ** expK;
  TAB_HI[j] = h;
  TAB_LO[j] = l;
}
const N64_LN2 = 64 / LN2_HI;

/** exp(h + l) = (rh + rl) * 2**expK, for |h| < 1e4, relative error about 1e-24. */
function expDD(h: number, l: number): void {
  const n = Math.round(h * N64_LN2);
  const j = n & 63;
  const k = (n - j) / 64;
  // r = h + l - n * ln2/64, with ln2/64 to about 106 bits
  twoProd(n, LN2_HI / 64);
  ddAdd(h, l, -rh, -rl - n * (LN2_LO / 64));
  const r = rh;
  const rlo = rl;
  // exp(r) - 1 - r - r^2/2 in plain double (it is below 3e-8 relative), the rest exactly
  const rest = r * r * r * (1 / 6 + r * (1 / 24 + r * (1 / 120 + r * (1 / 720 + r * (1 / 5040)))));
  twoProd(r, r);
  const qh = rh / 2;
  const ql = rl / 2;
  ddAdd(1, 0, r, rlo);
  ddAdd(rh, rl, qh, ql + rest + r * rlo);
  ddMul(rh, rl, TAB_HI[j], TAB_LO[j]);
  expK = k;
}

/** x * 2**e without spurious intermediate overflow or underflow. */
function scale(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** Rounds (h + l) * 2**k once, also when the result is subnormal. */
function roundScaled(h: number, l: number, k: number): number {
  const r = scale(h, k);
  if (r === 0 || Math.abs(r) >= 2.2250738585072014e-308 || !Number.isFinite(r)) return r;
  // subnormal: h*2^k was rounded to fewer bits; redo it with the low part included
  const back = scale(r, -k);
  const err = (h - back) + l;
  const ulp = scale(1, -1074 - k);
  if (Math.abs(err) > ulp / 2 || (Math.abs(err) === ulp / 2 && l !== 0)) return scale(back + Math.sign(err) * ulp, k);
  return r;
}

/** C's exp(x), correctly rounded in practice. */
export function cExp(x: number): number {
  if (!Number.isFinite(x)) return Number.isNaN(x) ? x : x > 0 ? x : 0;
  if (x > 709.8) return Infinity;
  if (x < -745.2) return 0;
  if (Math.abs(x) < 1e-300) return 1 + x;
  expDD(x, 0);
  return roundScaled(rh, rl, expK);
}

/** log(x) for finite x > 0 as a double-double in rh, rl. */
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
  const el = rl;
  twoProd(m, rh);
  const ph = scale(rh, k);
  const pl = scale(rl + m * el, k);
  ddAdd(ph, pl, -1, 0);
  const wh = rh;
  const wl = rl;
  ddAdd(y, 0, wh, wl - (wh * wh) / 2);
}

/** C's log(x), correctly rounded in practice (x > 0 finite; callers handle the rest). */
export function cLog(x: number): number {
  if (x === 1) return 0;
  logDD(x);
  return rh;
}

/** C's log2 and log10 of a positive finite x. */
export function cLog2(x: number): number {
  const m = Math.log2(x);
  if (Number.isInteger(m) && 2 ** m === x) return m;
  logDD(x);
  ddDivLn(rh, rl, LN2_HI, LN2_LO);
  return rh;
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

function ddDivLn(ah: number, al: number, bh: number, bl: number): void {
  const q = ah / bh;
  ddMul(q, 0, bh, bl);
  const r = ((ah - rh) - rl + al) / bh;
  rh = q + r;
  rl = r - (rh - q);
}

/** C's pow(x, y) for finite x > 0 and finite y (inf on overflow, 0 on underflow). */
export function cPowPositive(x: number, y: number): number {
  if (x === 1 || y === 0) return 1;
  if (y === 1) return x;
  if (y === 2) return x * x;
  if (y === -1) return 1 / x;
  if (y === 0.5) return Math.sqrt(x);
  logDD(x);
  const ll = rl;
  twoProd(rh, y);
  ddAdd(rh, rl, ll * y, 0);
  if (rh > 710) return Infinity;
  if (rh < -746) return 0;
  expDD(rh, rl);
  return roundScaled(rh, rl, expK);
}

function isOdd(w: number): boolean { return Number.isInteger(w) && Math.abs(w % 2) === 1; }

/** C99 pow(x, y) with all its special cases (nan for a negative base and a non-integer y). */
export function cPow(x: number, y: number): number {
  // C99 pow special cases, then the correctly rounded core
  if (y === 0 || x === 1) return 1;
  if (Number.isNaN(x) || Number.isNaN(y)) return NaN;
  if (!Number.isFinite(y)) {
    const a = Math.abs(x);
    if (a === 1) return 1;
    return (y > 0) === (a > 1) ? Infinity : 0;
  }
  if (!Number.isFinite(x)) {
    if (x > 0) return y > 0 ? x : 0;
    if (y > 0) return isOdd(y) ? x : Infinity;
    return isOdd(y) ? -0 : 0;
  }
  if (x === 0) {
    if (y < 0) return isOdd(y) ? (Object.is(x, -0) ? -Infinity : Infinity) : Infinity;
    return isOdd(y) ? x : 0;
  }
  if (x < 0) {
    if (!Number.isInteger(y)) return NaN;
    const r = cPowPositive(-x, y);
    return isOdd(y) ? -r : r;
  }
  return cPowPositive(x, y);
}

