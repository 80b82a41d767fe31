// tan with glibc 2.36's bits (CPython's math.tan and cmath's tan/tanh on x86-64 Linux): the IBM
// Accurate Mathematical Library algorithm of glibc's sysdeps/ieee754/dbl-64/s_tan.c without its
// slow paths (max ~0.62 ulp, not correctly rounded), as built for CPUs with FMA (multiarch/
// s_tan-fma.c): |x| <= 0.0608: an odd polynomial; <= 0.787: tan(x_i) from a table of points
// x_i near i/256 (libm_tan_tables.ts, read out of libm.so.6) and tan(x_i + z) =
// f + pz (f + g)/(g - pz) with pz ~ tan z; beyond: x - n pi/2 (pi/2 in three pieces up to 25,
// four up to 1e8, Payne-Hanek beyond: libm_sincos.ts's reduction) and tan or -cot of the rest
// the same way. Every a * b + c GCC fused there is fma() here (GCC 12's -O2 -mfma GIMPLE of the
// same source, checked against libm.so.6 on 4*10^6 arguments: 0 differences). V8's Math.tan
// (fdlibm's) and a correctly rounded tan each differ from glibc's in ~0.2% of last digits.
// Another libc gives other digits (vm/NOTES.md "h19-libm").
import { fma } from '../objects/fma';
import { prodError } from '../objects/double_double';
import { branred, minusHalfPiHead, nearestHalfPi, R, reduce } from './libm_sincos';
import { TAN_XFG as XFG } from './libm_tan_tables';

// utan.h: polynomial I (tan x ~ x + x^3 (D3 + x^2 D5 + ...)) and III (tan z ~ z + z^3 (E0 + z^2 E1))
const D3 = 0.3333333333333333, D5 = 0.1333333333332673, D7 = 0.05396825411095433;
const D9 = 0.021869380598167253, D11 = 0.008896546349534924;
const E0 = 0.3333333333332254, E1 = 0.13333354920669913;
const MP3 = -4.9789962505147994e-17; // pi/2 = MP1 + MP2 + MP3 for the reduction below 25
// the range limits: high words 0x3e4b096c, 0x3faf212d, 0x3fe92f1a, 0x40390000, 0x4197d784
const G1 = 1.2589993048095494e-8, G2 = 0.060799986124038696, G3 = 0.7869997024536133, G4 = 25, G5 = 100000000;

/** tan x (sy = 1) of a small reduced a + da, or -cot when n is odd. */
function tanSmall(a: number, da: number, n: number): number {
  const a2 = a * a;
  const p = fma(a2, fma(a2, fma(a2, fma(D11, a2, D9), D7), D5), D3);
  const t2 = fma(a * a2, p, da);
  if (n === 0) return a + t2;
  // -1/(a + t2) in double-double (dla.h's EADD and DIV2 with an exact product)
  const b = a + t2;
  const db = Math.abs(a) > Math.abs(t2) ? (a - b) + t2 : (t2 - b) + a;
  const c = 1 / b;
  const u = c * b;
  const uu = prodError(c, b, u);
  const cc = fma(-db, c, ((1 - u) - uu) + 0) / b;
  const z = c + cc;
  return -(z + ((c - z) + cc));
}

/** tan (n even) or -cot of ya + yya (ya in (0.0608, 0.787]) with the sign sy, from the table. */
function tanTable(ya: number, yya: number, sy: number, n: number): number {
  const i = 4 * Math.trunc(256 * ya - 15.5);
  const z = (ya - XFG[i]) + yya;
  const z2 = z * z;
  const pz = fma(z * z2, fma(E1, z2, E0), z);
  const fi = XFG[i + 1], gi = XFG[i + 2];
  const t = pz * (fi + gi);
  if (n !== 0) return -sy * (gi - t / (pz + fi));
  return sy * (fi + t / (gi - pz));
}

/** C's tan(x). */
export function tan(x: number): number {
  if (!Number.isFinite(x)) return NaN;
  const w = Math.abs(x);
  if (w <= G1) return x;
  if (w <= G2) {
    const x2 = x * x;
    const p = fma(x2, fma(x2, fma(x2, fma(D11, x2, D9), D7), D5), D3);
    return fma(x * x2, p, x);
  }
  if (w <= G3) return tanTable(w, 0, x < 0 ? -1 : 1, 0);
  let a: number, da: number, n: number;
  if (w <= G4) {
    const xn = nearestHalfPi(x);
    const t1 = minusHalfPiHead(x, xn);
    a = fma(-MP3, xn, t1);
    da = fma(-MP3, xn, t1 - a);
    n = xn & 1;
  } else {
    n = (w <= G5 ? reduce(x) : branred(x)) & 1;
    const r = R[0], dr = R[1];
    a = r + dr; // EADD
    da = Math.abs(r) > Math.abs(dr) ? (r - a) + dr : (dr - a) + r;
  }
  const neg = a < 0;
  const ya = neg ? -a : a;
  if (ya <= G2) return tanSmall(a, da, n);
  return tanTable(ya, neg ? -da : da, neg ? -1 : 1, n);
}
