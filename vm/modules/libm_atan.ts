// atan and atan2 with glibc 2.36's bits (CPython's math.atan/atan2, cmath.phase/polar and the
// angles inside cmath on x86-64 Linux): the IBM Accurate Mathematical Library algorithms of
// glibc's sysdeps/ieee754/dbl-64/s_atan.c and e_atan2.c without their slow paths (max ~0.52
// and ~0.56 ulp, not correctly rounded), as built for CPUs with FMA (multiarch/s_atan-fma.c,
// e_atan2-fma.c). A small |u| takes an odd polynomial; 1/16 <= |u| < 1 takes atan(x_i) and a
// polynomial in u - x_i from a table of points x_i near i/256 (libm_atan_tables.ts, read out of
// libm.so.6); atan beyond 1 works on 1/|x|; atan2 divides the smaller of |x|, |y| by the larger
// in double-double and adds the quadrant's multiple of pi/2. Every a * b + c GCC fused there is
// fma() here (GCC 12's -O2 -mfma GIMPLE of the same source, checked against libm.so.6 on 4*10^6
// arguments each: 0 differences). Another libc gives other digits (vm/NOTES.md "h19-libm").
import { fma } from '../objects/fma';
import { prodError } from '../objects/double_double';
import { ATAN_CIJ as CIJ } from './libm_atan_tables';

// atnat.h / atnat2.h: atan x ~ x + x^3 (D3 + x^2 D5 + ...)
const D3 = -0.3333333333333333, D5 = 0.19999999999998855, D7 = -0.14285714283953163;
const D9 = 0.11111109821886427, D11 = -0.09090424391727987, D13 = 0.07601836584380736;
const HPI = 1.5707963267948966, HPI1 = 6.123233995736766e-17; // pi/2 = HPI + HPI1
const OPI = 3.141592653589793, OPI1 = 1.2246467991473532e-16; // pi = OPI + OPI1
const QPI = 0.7853981633974483, TQPI = 2.356194490192345; // pi/4, 3pi/4
const A_TINY = 1.2904777690891933e-8; // 0x3e4bb67a
const E_HUGE = 5805361265115136; // 0x43349ff2: atan is +-pi/2 beyond
const TWO500 = 2 ** 500, TWOM500 = 2 ** -500;

/** D3 + v D5 + ... + v^5 D13 (GCC's fma chain). */
function poly(v: number): number {
  return fma(v, fma(v, fma(v, fma(v, fma(v, D13, D11), D9), D7), D5), D3);
}

/** The table row for 1/16 <= u < 1: 7 * (256 u rounded to nearest, ties to even, - 16). */
function row(u: number): number {
  return 7 * (((256 * u + 4503599627370496) - 4503599627370496) - 16);
}

/** c2 + z c3 + z^2 c4 + ... (the fma chain down to c2; atan's and atan2's second quadrant). */
function rowPoly(i: number, z: number): number {
  return fma(z, fma(z, fma(z, fma(CIJ[i + 6], z, CIJ[i + 5]), CIJ[i + 4]), CIJ[i + 3]), CIJ[i + 2]);
}

/** C's atan(x). */
export function atan(x: number): number {
  if (x !== x) return x + x;
  const u = Math.abs(x);
  let y: number;
  if (u < 1) {
    if (u < 0.0625) {
      if (u < A_TINY) return x;
      const v = x * x;
      return fma(x * v, poly(v), x);
    }
    const i = row(u);
    const z = u - CIJ[i];
    y = fma(z, rowPoly(i, z), CIJ[i + 1]);
  } else if (u < 16) {
    const w = 1 / u;
    const t1 = u * w;
    const t2 = prodError(u, w, t1);
    const i = row(w);
    const z = fma((1 - t1) - t2, w, w - CIJ[i]);
    y = fma(-z, rowPoly(i, z), HPI1) + (HPI - CIJ[i + 1]);
  } else if (u < E_HUGE) {
    const w = 1 / u;
    const v = w * w;
    const t1 = u * w;
    const t2 = prodError(u, w, t1);
    const yy = (w * v) * poly(v);
    const ww = ((1 - t1) - t2) * w;
    const t3 = HPI - w;
    const cor = (HPI - t3) - w; // ESUB: |HPI| > |w| here
    y = t3 + (((cor + HPI1) - ww) - yy);
  } else {
    return x > 0 ? HPI : -HPI;
  }
  return x < 0 ? -y : y;
}

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);

/** C's atan2(y, x). */
export function atan2(y: number, x: number): number {
  if (x !== x || y !== y) return x + y;
  F64[0] = x;
  const ux = U32[1];
  F64[0] = y;
  const uy = U32[1];
  const xneg = ux >= 0x80000000;
  if (y === 0) return xneg ? (uy >= 0x80000000 ? -OPI : OPI) : (uy >= 0x80000000 ? -0 : 0);
  if (x === 0) return y > 0 ? HPI : -HPI;
  if (x === Infinity || x === -Infinity) {
    if (y === Infinity || y === -Infinity) return x > 0 ? (y > 0 ? QPI : -QPI) : (y > 0 ? TQPI : -TQPI);
    return x > 0 ? (y > 0 ? 0 : -0) : (y > 0 ? OPI : -OPI);
  }
  if (y === Infinity) return HPI;
  if (y === -Infinity) return -HPI;
  let ax = Math.abs(x);
  let ay = Math.abs(y);
  const de = (uy & 0x7ff00000) - (ux & 0x7ff00000);
  if (de >= 59768832) return y > 0 ? HPI : -HPI; // 57 * 16^5: |y/x| >= 2^57
  if (de <= -59768832) {
    if (x > 0) {
      const z = ay / ax;
      return y < 0 ? -z : z;
    }
    return y > 0 ? OPI : -OPI;
  }
  if (ax < TWOM500 || ay < TWOM500) {
    ax *= TWO500;
    ay *= TWO500;
  }
  if (ax > TWO500 || ay > TWO500) {
    ax *= TWOM500;
    ay *= TWOM500;
  }
  // u + du = the smaller over the larger
  let u: number, du: number;
  if (ay < ax) {
    u = ay / ax;
    const v = ax * u;
    du = ((ay - v) - prodError(ax, u, v)) / ax;
  } else {
    u = ax / ay;
    const v = ay * u;
    du = ((ax - v) - prodError(ay, u, v)) / ay;
  }
  let z: number;
  if (x > 0) {
    if (ay < ax) { // atan(ay/ax)
      if (u < 0.0625) {
        const v = u * u;
        z = u + fma(u * v, poly(v), du);
      } else {
        const i = row(u);
        const t3 = u - CIJ[i];
        const v = du + t3; // EADD
        const dv = Math.abs(t3) > Math.abs(du) ? (t3 - v) + du : (du - v) + t3;
        const t2 = CIJ[i + 2];
        const q = fma(v, fma(v, fma(CIJ[i + 6], v, CIJ[i + 5]), CIJ[i + 4]), CIJ[i + 3]);
        z = CIJ[i + 1] + fma(v, t2, fma(dv, t2, (v * v) * q));
      }
    } else if (u < 0.0625) { // pi/2 - atan(ax/ay)
      const v = u * u;
      const zz = (u * v) * poly(v);
      const t2 = HPI - u;
      const cor = (HPI - t2) - u; // ESUB: |HPI| > |u|
      z = t2 + (((cor + HPI1) - du) - zz);
    } else {
      const i = row(u);
      const v = (u - CIJ[i]) + du;
      z = fma(-rowPoly(i, v), v, HPI1) + (HPI - CIJ[i + 1]);
    }
  } else if (ax < ay) { // pi/2 + atan(ax/ay)
    if (u < 0.0625) {
      const v = u * u;
      const zz = (u * v) * poly(v);
      const t2 = u + HPI;
      const cor = (HPI - t2) + u; // EADD: |HPI| > |u|
      z = t2 + (((cor + HPI1) + du) + zz);
    } else {
      const i = row(u);
      const v = (u - CIJ[i]) + du;
      z = fma(rowPoly(i, v), v, HPI1) + (CIJ[i + 1] + HPI);
    }
  } else if (u < 0.0625) { // pi - atan(ay/ax)
    const v = u * u;
    const zz = (u * v) * poly(v);
    const t2 = OPI - u;
    const cor = (OPI - t2) - u;
    z = t2 + (((cor + OPI1) - du) - zz);
  } else {
    const i = row(u);
    const v = (u - CIJ[i]) + du;
    z = fma(-rowPoly(i, v), v, OPI1) + (OPI - CIJ[i + 1]);
  }
  return uy >= 0x80000000 ? -z : z;
}
