// math.erf and math.erfc bit for bit as CPython 3.11 on glibc 2.36 computes them: CPython calls
// the C library, whose erf/erfc are SunPro's fdlibm method (rational approximations on
// [0, 0.84375), [0.84375, 1.25), [1.25, 1/0.35) and [1/0.35, 28), with exp(-x^2) split at a
// 21-bit x so that x^2 is exact), with the polynomials evaluated in glibc's pairwise order
// (Shimizu's pipelined form), which rounds differently from Horner's. The coefficients are
// fdlibm's published table; exp is float_libm's, glibc's own algorithm. Pure functions on JS
// numbers.
import { cExp } from '../objects/float_libm';

const ERX = 8.45062911510467529297e-01;
const EFX = 1.28379167095512586316e-01;
const PP = [1.28379167095512558561e-01, -3.25042107247001499370e-01, -2.84817495755985104766e-02, -5.77027029648944159157e-03, -2.37630166566501626084e-05];
const QQ = [0, 3.97917223959155352819e-01, 6.50222499887672944485e-02, 5.08130628187576562776e-03, 1.32494738004321644526e-04, -3.96022827877536812320e-06];
const PA = [-2.36211856075265944077e-03, 4.14856118683748331666e-01, -3.72207876035701323847e-01, 3.18346619901161753674e-01, -1.10894694282396677476e-01, 3.54783043256182359371e-02, -2.16637559486879084300e-03];
const QA = [0, 1.06420880400844228286e-01, 5.40397917702171048937e-01, 7.18286544141962662868e-02, 1.26171219808761642112e-01, 1.36370839120290507362e-02, 1.19844998467991074170e-02];
const RA = [-9.86494403484714822705e-03, -6.93858572707181764372e-01, -1.05586262253232909814e+01, -6.23753324503260060396e+01, -1.62396669462573470355e+02, -1.84605092906711035994e+02, -8.12874355063065934246e+01, -9.81432934416914548592e+00];
const SA = [0, 1.96512716674392571292e+01, 1.37657754143519042600e+02, 4.34565877475229228821e+02, 6.45387271733267880336e+02, 4.29008140027567833386e+02, 1.08635005541779435134e+02, 6.57024977031928170135e+00, -6.04244152148580987438e-02];
const RB = [-9.86494292470009928597e-03, -7.99283237680523006574e-01, -1.77579549177547519889e+01, -1.60636384855821916062e+02, -6.37566443368389627722e+02, -1.02509513161107724954e+03, -4.83519191608651397019e+02];
const SB = [0, 3.03380607434824582924e+01, 3.25792512996573918826e+02, 1.53672958608443695994e+03, 3.19985821950859553908e+03, 2.55305040643316442583e+03, 4.74528541206955367215e+02, -2.24409524465858183362e+01];

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer); // (little-endian: u32[1] is the high word)
function highWord(x: number): number { f64[0] = x; return u32[1] | 0; }
function lowWordCleared(x: number): number { f64[0] = x; u32[0] = 0; return f64[0]; }

/** erf(x) - x over x for |x| < 0.84375, as y in x + x*y. */
function smallRatio(z: number): number {
  const r1 = PP[0] + z * PP[1], z2 = z * z;
  const r2 = PP[2] + z * PP[3], z4 = z2 * z2;
  const s1 = 1 + z * QQ[1];
  const s2 = QQ[2] + z * QQ[3];
  const s3 = QQ[4] + z * QQ[5];
  const r = r1 + z2 * r2 + z4 * PP[4];
  const s = s1 + z2 * s2 + z4 * s3;
  return r / s;
}

/** erf(1+s) - ERX for |x| in [0.84375, 1.25), s = |x| - 1. */
function nearOne(s: number): number {
  const P1 = PA[0] + s * PA[1], s2 = s * s;
  const Q1 = 1 + s * QA[1], s4 = s2 * s2;
  const P2 = PA[2] + s * PA[3], s6 = s4 * s2;
  const Q2 = QA[2] + s * QA[3];
  const P3 = PA[4] + s * PA[5];
  const Q3 = QA[4] + s * QA[5];
  const P = P1 + s2 * P2 + s4 * P3 + s6 * PA[6];
  const Q = Q1 + s2 * Q2 + s4 * Q3 + s6 * QA[6];
  return P / Q;
}

/** x * erfc(x) for x >= 1.25 (x < 28): exp(-x^2 - 0.5625 + R/S) with x^2 split exactly. The
 *  second approximation starts at `limit` (the high word of 1/0.35: erf and erfc differ by one). */
function tail(x: number, ix: number, limit: number): number {
  const s = 1 / (x * x);
  let R: number, S: number;
  if (ix < limit) {
    const R1 = RA[0] + s * RA[1], s2 = s * s;
    const S1 = 1 + s * SA[1], s4 = s2 * s2;
    const R2 = RA[2] + s * RA[3], s6 = s4 * s2;
    const S2 = SA[2] + s * SA[3], s8 = s4 * s4;
    const R3 = RA[4] + s * RA[5];
    const S3 = SA[4] + s * SA[5];
    const R4 = RA[6] + s * RA[7];
    const S4 = SA[6] + s * SA[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * R4;
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4 + s8 * SA[8];
  } else {
    const R1 = RB[0] + s * RB[1], s2 = s * s;
    const S1 = 1 + s * SB[1], s4 = s2 * s2;
    const R2 = RB[2] + s * RB[3], s6 = s4 * s2;
    const S2 = SB[2] + s * SB[3];
    const R3 = RB[4] + s * RB[5];
    const S3 = SB[4] + s * SB[5];
    const S4 = SB[6] + s * SB[7];
    R = R1 + s2 * R2 + s4 * R3 + s6 * RB[6];
    S = S1 + s2 * S2 + s4 * S3 + s6 * S4;
  }
  const z = lowWordCleared(x);
  return cExp(-z * z - 0.5625) * cExp((z - x) * (z + x) + R / S);
}

export function erfC(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 1 : -1;
  if (ix < 0x3feb0000) {
    if (ix < 0x3e300000) return ix < 0x00800000 ? 0.0625 * (16 * x + 16 * EFX * x) : x + EFX * x;
    return x + x * smallRatio(x * x);
  }
  if (ix < 0x3ff40000) return hx >= 0 ? ERX + nearOne(Math.abs(x) - 1) : -ERX - nearOne(Math.abs(x) - 1);
  if (ix >= 0x40180000) return hx >= 0 ? 1 - 1e-300 : 1e-300 - 1;
  const a = Math.abs(x);
  const r = tail(a, ix, 0x4006db6e);
  return hx >= 0 ? 1 - r / a : r / a - 1;
}

export function erfcC(x: number): number {
  const hx = highWord(x);
  const ix = hx & 0x7fffffff;
  if (ix >= 0x7ff00000) return Number.isNaN(x) ? x : x > 0 ? 0 : 2;
  if (ix < 0x3feb0000) {
    if (ix < 0x3c700000) return 1 - x;
    const y = smallRatio(x * x);
    if (hx < 0x3fd00000) return 1 - (x + x * y);
    const r = x * y + (x - 0.5);
    return 0.5 - r;
  }
  if (ix < 0x3ff40000) {
    const pq = nearOne(Math.abs(x) - 1);
    return hx >= 0 ? (1 - ERX) - pq : 1 + (ERX + pq);
  }
  if (ix < 0x403c0000) {
    if (hx < 0 && ix >= 0x40180000) return 2 - 1e-300;
    const a = Math.abs(x);
    const r = tail(a, ix, 0x4006db6d);
    return hx > 0 ? r / a : 2 - r / a;
  }
  return hx > 0 ? 0 : 2 - 1e-300;
}
