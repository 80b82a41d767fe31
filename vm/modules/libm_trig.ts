// asin, acos refined from the host's result by one Newton step that uses the correctly rounded
// sin/cos below (math.sin/cos/tan/atan/atan2 themselves are glibc's algorithms, libm_sincos.ts,
// libm_tan.ts and libm_atan.ts, which CPython prints).
// Double-double arithmetic throughout (hi + lo, ~106 bits): the argument reduced modulo pi/2 (Cody-Waite with a 4-piece pi/2 below 2^19 * pi/2,
// the bits of 2/pi in BigInt above), the Taylor series' first terms in double-double and its
// tail in double, the result rounded once. A wrong rounding needs the true value within
// ~2^-70 of a midpoint between two doubles. Results come through module variables (DD[0],
// DD[1]) (objects/double_double.ts) to allocate nothing. Constants: libm_tables.ts (generated, exact).
import { DD, ddAdd, ddMul, twoProd } from '../objects/double_double';
import { INV_FACT, PIO2_1, PIO2_2, PIO2_3, PIO2_3T, PIO2_HI, PIO2_LO, TWO_OVER_PI_BITS, TWO_OVER_PI_HEX } from './libm_tables';

/** Scratch results, unboxed: the reduced argument, sin and cos, each hi and lo. */
const S = new Float64Array(6);
const RH = 0, RL = 1, SH = 2, SL = 3, CH = 4, CL = 5;

// ── reduction modulo pi/2 ─────────────────────────────────────────────────────────────────
/** x = k * pi/2 + (S[RH] + S[RL]), |S[RH]| <= ~pi/4; returns k mod 4. */
function reduce(x: number): number {
  const ax = Math.abs(x);
  if (ax <= 0.7853981633974483) {
    S[RH] = x;
    S[RL] = 0;
    return 0;
  }
  if (ax < 823549.6) {
    // k < 2^19: k times a 33-bit piece is exact, x - k*PIO2_1 is exact (Sterbenz)
    const k = Math.round(x * 0.6366197723675814);
    const a = x - k * PIO2_1;
    const b = k * PIO2_2;
    ddAdd(a, 0, -b, 0);
    const h = DD[0];
    const l = DD[1];
    twoProd(k, PIO2_3);
    const ph = DD[0];
    const pl = DD[1] + k * PIO2_3T;
    ddAdd(h, l, -ph, -pl);
    S[RH] = DD[0];
    S[RL] = DD[1];
    return k & 3;
  }
  return reduceHuge(x);
}

let twoOverPi: bigint | null = null;
/** Payne-Hanek with BigInt: x = m * 2^e, m * (2/pi bits) gives the quadrant and the fraction. */
function reduceHuge(x: number): number {
  if (twoOverPi === null) twoOverPi = BigInt('0x' + TWO_OVER_PI_HEX);
  const ax = Math.abs(x);
  // m * 2^e with m a 53-bit integer
  let e = Math.floor(Math.log2(ax)) - 52;
  let m = ax / 2 ** e;
  while (m >= 2 ** 53) { m /= 2; e++; }
  while (m < 2 ** 52) { m *= 2; e--; }
  const prod = BigInt(m) * twoOverPi!; // x * 2/pi * 2^(1200 - e)
  const shift = BigInt(TWO_OVER_PI_BITS - e);
  const k = prod >> shift;
  let frac = prod - (k << shift); // fraction of x * 2/pi, times 2^shift
  let q = Number(k & 3n);
  const halfUnit = 1n << (shift - 1n);
  if (frac >= halfUnit) {
    frac -= 1n << shift;
    q = (q + 1) & 3;
  }
  // the fraction f in [-1/2, 1/2) to ~110 bits, then r = f * pi/2
  const neg = frac < 0n;
  if (neg) frac = -frac;
  const top = shift - 110n;
  const f110 = top > 0n ? frac >> top : frac << -top;
  const fh = Number(f110 >> 57n) * 2 ** -53;
  const fl = Number(f110 & ((1n << 57n) - 1n)) * 2 ** -110;
  ddMul(fh + fl, (fh - (fh + fl)) + fl, PIO2_HI, PIO2_LO);
  S[RH] = neg ? -DD[0] : DD[0];
  S[RL] = neg ? -DD[1] : DD[1];
  if (x < 0) {
    S[RH] = -S[RH];
    S[RL] = -S[RL];
    q = (4 - q) & 3;
  }
  return q;
}

// ── the series on |r| <= pi/4 ─────────────────────────────────────────────────────────────
// sin r = r * sum (-1)^n z^n / (2n+1)!, cos r = sum (-1)^n z^n / (2n)!, z = r^2. Terms from
// n = HEAD on are below 3e-7 of the result: summed in double, the rest in double-double.
const HEAD = 5;

function series(rh: number, rl: number, wantSin: boolean, wantCos: boolean): void {
  ddMul(rh, rl, rh, rl);
  const zh = DD[0];
  const zl = DD[1];
  if (wantSin) {
    let t = 0;
    for (let n = 13; n >= HEAD; n--) t = t * zh + ((n & 1) === 0 ? 1 : -1) * INV_FACT[2 * (2 * n + 1)];
    let sh = t;
    let sl = 0;
    for (let n = HEAD - 1; n >= 0; n--) {
      ddMul(sh, sl, zh, zl);
      const c = 2 * (2 * n + 1);
      const sign = (n & 1) === 0 ? 1 : -1;
      ddAdd(DD[0], DD[1], sign * INV_FACT[c], sign * INV_FACT[c + 1]);
      sh = DD[0];
      sl = DD[1];
    }
    ddMul(sh, sl, rh, rl);
    S[SH] = DD[0];
    S[SL] = DD[1];
  }
  if (wantCos) {
    let t = 0;
    for (let n = 13; n >= HEAD; n--) t = t * zh + ((n & 1) === 0 ? 1 : -1) * INV_FACT[2 * (2 * n)];
    let ch = t;
    let cl = 0;
    for (let n = HEAD - 1; n >= 0; n--) {
      ddMul(ch, cl, zh, zl);
      const c = 2 * (2 * n);
      const sign = (n & 1) === 0 ? 1 : -1;
      ddAdd(DD[0], DD[1], sign * INV_FACT[c], sign * INV_FACT[c + 1]);
      ch = DD[0];
      cl = DD[1];
    }
    S[CH] = ch;
    S[CL] = cl;
  }
}

/** sin(x) and cos(x) as double-doubles into S[SH], S[SL] and S[CH], S[CL] (x finite). */
function sinCosDD(x: number, wantSin: boolean, wantCos: boolean): void {
  const q = reduce(x);
  // quadrant q: sin x = [s, c, -s, -c][q], cos x = [c, -s, -c, s][q]
  const needS = (q & 1) === 0 ? wantSin : wantCos;
  const needC = (q & 1) === 0 ? wantCos : wantSin;
  series(S[RH], S[RL], needS, needC);
  const s = S[SH], sl = S[SL], c = S[CH], cl = S[CL];
  switch (q) {
    case 0: S[SH] = s; S[SL] = sl; S[CH] = c; S[CL] = cl; break;
    case 1: S[SH] = c; S[SL] = cl; S[CH] = -s; S[CL] = -sl; break;
    case 2: S[SH] = -s; S[SL] = -sl; S[CH] = -c; S[CL] = -cl; break;
    default: S[SH] = -c; S[SL] = -cl; S[CH] = s; S[CL] = sl; break;
  }
}

// below this the host's value is exact or correctly rounded (tan x = x ...)
const TINY = 2 ** -26;

// sin and cos themselves are glibc's algorithm (libm_sincos.ts): glibc's are not correctly
// rounded, and CPython prints glibc's.
export { sin, cos } from './libm_sincos';

/** tan: glibc's algorithm (libm_tan.ts). */
export { tan } from './libm_tan';

/** t + delta, where delta = num / den corrects the host's t (|delta| about an ulp of t). */
function refined(t: number, numHi: number, numLo: number, den: number): number {
  const delta = (numHi + numLo) / den;
  return t + delta;
}

/** atan, atan2: glibc's algorithms (libm_atan.ts). */
export { atan, atan2 } from './libm_atan';

export function asin(x: number): number {
  const t = Math.asin(x);
  if (!Number.isFinite(t) || Math.abs(x) < TINY) return t;
  sinCosDD(t, true, true);
  // sin(t + d) = x: d ~ (x - sin t) / cos t
  ddAdd(x, 0, -S[SH], -S[SL]);
  if (S[CH] === 0) return t;
  return refined(t, DD[0], DD[1], S[CH]);
}

export function acos(x: number): number {
  const t = Math.acos(x);
  if (!Number.isFinite(t) || t === 0) return t;
  sinCosDD(t, true, true);
  // cos(t + d) = x: d ~ (cos t - x) / sin t
  ddAdd(S[CH], S[CL], -x, 0);
  return refined(t, DD[0], DD[1], S[SH]);
}
