// sin, cos and tan rounded once from about 66 bits, for cmath and complex **: glibc's (what
// CPython prints) are correctly rounded, V8's Math.sin/cos/tan differ from them in the last bit
// for about 3% of arguments, which showed in exp, rect, cos, sin, tan, cosh, sinh, tanh of cmath.
// Method: x - k pi/2 in double-double with pi/2 in four pieces (Cody-Waite; exact products for
// |k| < 2^20), then r = j/64 + b with |b| <= 1/128, sin/cos(j/64) from a double-double table
// built at first use (Taylor series), sin/cos(b) as b (or 1) plus a short series whose rounding
// stays below 2^-66. Beyond |x| > 1.6e6 (rare) Math's own functions are used.
// Results come back in SIN/COS (module slots, no allocation); pure numbers, no heap.

const SPLIT = 134217729;
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

function ddAdd(ah: number, al: number, bh: number, bl: number): void {
  const s = ah + bh;
  const bb = s - ah;
  const e = (ah - (s - bb)) + (bh - bb) + al + bl;
  hi = s + e;
  lo = e - (hi - s);
}

function ddMul(ah: number, al: number, bh: number, bl: number): void {
  twoProd(ah, bh);
  const ph = hi;
  const pl = lo + (ah * bl + al * bh);
  hi = ph + pl;
  lo = pl - (hi - ph);
}

function ddDiv(ah: number, al: number, bh: number, bl: number): void {
  const q1 = ah / bh;
  ddMul(q1, 0, bh, bl);
  ddAdd(ah, al, -hi, -lo);
  const q2 = hi / bh;
  const s = q1 + q2;
  hi = s;
  lo = q2 - (s - q1);
}

// pi/2 = P1 + P2 + P3 + P4 (33, 33, 33 and 53 significant bits; from mpmath at 300 bits)
const P1 = 1.5707963267341256;
const P2 = 6.077100506303966e-11;
const P3 = 2.0222662487111665e-21;
const P4 = 8.4784276603689e-32;
const TWO_OVER_PI = 0.6366197723675814;
const LIMIT = 1.6e6; // |k| < 2^20: k * P1..P3 exact

// sin(j/64), cos(j/64) for j = 0..51 (j/64 <= pi/4 + 1/128) as double-doubles
const N = 52;
const SH = new Float64Array(N);
const SL = new Float64Array(N);
const CH = new Float64Array(N);
const CL = new Float64Array(N);
let ready = false;

function fill(): void {
  for (let j = 0; j < N; j++) {
    const a = j / 64;
    // sum of a^n/n! with alternating signs, in double-double, 30 terms (a <= 0.8)
    let th = 1;
    let tl = 0;
    let sh = 0;
    let sl = 0;
    let ch = 0;
    let cl = 0;
    for (let n = 0; n < 30; n++) {
      const sign = (n >> 1) & 1 ? -1 : 1;
      if (n & 1) {
        ddAdd(sh, sl, sign * th, sign * tl);
        sh = hi;
        sl = lo;
      } else {
        ddAdd(ch, cl, sign * th, sign * tl);
        ch = hi;
        cl = lo;
      }
      // t *= a / (n + 1)
      ddMul(th, tl, a, 0);
      ddDiv(hi, lo, n + 1, 0);
      th = hi;
      tl = lo;
    }
    SH[j] = sh;
    SL[j] = sl;
    CH[j] = ch;
    CL[j] = cl;
  }
  ready = true;
}

export let SIN = 0;
export let COS = 0;
// the same values as double-doubles before rounding (for tan)
let sinH = 0;
let sinL = 0;
let cosH = 0;
let cosL = 0;

/** sin(r), cos(r) in double-double for |r| <= pi/4 (+ a little), r = (rh, rl). */
function kernel(rh: number, rl: number): void {
  const j = Math.round(Math.abs(rh) * 64);
  const neg = rh < 0;
  const bh = (neg ? -rh : rh) - j / 64; // exact (Sterbenz)
  const bl = neg ? -rl : rl;
  const b2 = bh * bh + 2 * bh * bl;
  // sin(b) = b + b^3 s, cos(b) = 1 + c; |b^3 s| and |c| below 2^-15
  const s3 = bh * b2 * (-1 / 6 + b2 * (1 / 120 + b2 * (-1 / 5040 + b2 * (1 / 362880))));
  const c = b2 * (-1 / 2 + b2 * (1 / 24 + b2 * (-1 / 720 + b2 * (1 / 40320))));
  if (j === 0) {
    ddAdd(bh, bl, s3, 0);
    sinH = hi;
    sinL = lo;
    ddAdd(1, 0, c, 0);
    cosH = hi;
    cosL = lo;
  } else {
    const sa = SH[j];
    const sal = SL[j];
    const ca = CH[j];
    const cal = CL[j];
    // sin(a + b) = Sa + Ca b + (Ca s3 + Sa c + ...), cos(a + b) = Ca - Sa b + (Ca c - Sa s3)
    twoProd(ca, bh);
    const p1 = hi;
    const p1l = lo;
    ddAdd(sa, sal, p1, p1l + ca * bl + cal * bh + ca * s3 + sa * c);
    sinH = hi;
    sinL = lo;
    twoProd(sa, bh);
    const p2 = hi;
    const p2l = lo;
    ddAdd(ca, cal, -p2, -p2l - sa * bl - sal * bh + ca * c - sa * s3);
    cosH = hi;
    cosL = lo;
  }
  if (neg) {
    sinH = -sinH;
    sinL = -sinL;
  }
}

/** SIN = sin(x), COS = cos(x); returns false (and leaves them) for |x| >= 1.6e6 or non-finite x. */
function reduce(x: number): boolean {
  if (!(Math.abs(x) < LIMIT)) return false;
  if (!ready) fill();
  const k = Math.round(x * TWO_OVER_PI);
  if (k === 0) {
    kernel(x, 0);
  } else {
    const t1 = x - k * P1; // exact: k * P1 has at most 53 bits and is close to x
    ddAdd(t1, 0, -k * P2, 0);
    ddAdd(hi, lo, -k * P3, 0);
    const th = hi;
    const tl = lo;
    twoProd(k, P4);
    ddAdd(th, tl, -hi, -lo);
    kernel(hi, lo);
  }
  // quadrant k mod 4 turns (sin, cos) into (sin, cos), (cos, -sin), (-sin, -cos), (-cos, sin)
  const q = k & 3;
  if (q === 1) {
    const h = sinH;
    const l = sinL;
    sinH = cosH;
    sinL = cosL;
    cosH = -h;
    cosL = -l;
  } else if (q === 2) {
    sinH = -sinH;
    sinL = -sinL;
    cosH = -cosH;
    cosL = -cosL;
  } else if (q === 3) {
    const h = sinH;
    const l = sinL;
    sinH = -cosH;
    sinL = -cosL;
    cosH = h;
    cosL = l;
  }
  return true;
}

/** SIN = sin(x), COS = cos(x), both correctly rounded in practice. */
export function sincos(x: number): void {
  if (x === 0 || Math.abs(x) < 2 ** -27) {
    // sin(x) rounds to x, cos(x) to 1 (and sin keeps the sign of a zero)
    SIN = x;
    COS = 1;
    return;
  }
  if (!reduce(x)) {
    SIN = Math.sin(x);
    COS = Math.cos(x);
    return;
  }
  SIN = sinH + sinL;
  COS = cosH + cosL;
}

export function sin(x: number): number {
  sincos(x);
  return SIN;
}

export function cos(x: number): number {
  sincos(x);
  return COS;
}

/** tan(x) = sin/cos divided in double-double, rounded once. */
export function tan(x: number): number {
  if (x === 0 || Math.abs(x) < 2 ** -27) return x;
  if (!reduce(x)) return Math.tan(x);
  ddDiv(sinH, sinL, cosH, cosL);
  return hi + lo;
}
