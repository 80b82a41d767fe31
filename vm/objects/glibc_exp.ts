// exp(x) with glibc 2.36's bits (what CPython's math.exp prints on x86-64 Linux): the algorithm
// of glibc's sysdeps/ieee754/dbl-64/e_exp.c (Szabolcs Nagy's, from ARM's optimized-routines) as
// built for CPUs with FMA (sysdeps/x86_64/fpu/multiarch/e_exp-fma.c): exp(x) = 2^(k/128) *
// exp(r), x = k ln2/128 + r, 2^(k/128) from a 128-entry table (glibc_exp_tables.ts, generated)
// as scale * (1 + tail), exp(r) - 1 a degree-5 polynomial; every a * b + c GCC fused there is
// fma() here (read off libm.so.6's __exp_fma; checked against it, 0 differences in 4*10^6).
// glibc's exp is not correctly rounded (within 0.51 ulp): a correctly rounded exp printed another
// last digit for ~1 argument in 2000. Another libc gives other digits (vm/NOTES.md "h18-libm").
import { fma } from './fma';
import { EXP_SCALE, EXP_TAIL } from './glibc_exp_tables';

const INVLN2N = 184.6649652337873; // 0x1.71547652b82fep+7 = 128 / ln 2
const SHIFT = 6755399441055744; // 0x1.8p52
const NEGLN2HIN = -0.005415212348111709; // -0x1.62e42fefa0000p-8
const NEGLN2LON = -1.2864023111638346e-14; // -0x1.cf79abc9e3b3ap-47
const C2 = 0.49999999999996786; // 0x1.ffffffffffdbdp-2
const C3 = 0.16666666666665886; // 0x1.555555555543cp-3
const C4 = 0.0416666808410674; // 0x1.55555cf172b91p-5
const C5 = 0.008333335853059549; // 0x1.1111167a4d017p-7

const F64 = new Float64Array(1);
const U32 = new Uint32Array(F64.buffer);
const P2 = new Float64Array(1);
const P2W = new Uint32Array(P2.buffer);

/** 2^e for a normal-range integer e, from its bits (2 ** e is a slow Math.pow call in V8). */
function pow2(e: number): number {
  P2W[0] = 0;
  P2W[1] = (e + 1023) << 20;
  return P2[0];
}

/** glibc's exp. Overflow gives inf and underflow 0, as C's (callers raise Python's errors). */
export function glibcExp(x: number): number {
  if (x !== x || x === Infinity) return 1 + x;
  if (x === -Infinity) return 0;
  return expInline(x, 0, false);
}

/** (neg ? -1 : 1) * exp(x + xtail), x finite, |xtail| tiny (e_pow.c's exp_inline; with
 *  xtail = 0 and neg false it is e_exp.c's __exp, which adds no tail). */
export function expInline(x: number, xtail: number, neg: boolean): number {
  F64[0] = x;
  let abstop = (U32[1] >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) return neg ? -(1 + x) : 1 + x; // |x| < 2^-54
    if (abstop >= 0x409) { // |x| >= 1024
      if (x < 0) return neg ? -0 : 0;
      return neg ? -Infinity : Infinity;
    }
    abstop = 0; // 512 <= |x| < 1024: the result may over- or underflow
  }
  const kd = fma(x, INVLN2N, SHIFT) - SHIFT;
  let r = fma(kd, NEGLN2LON, fma(kd, NEGLN2HIN, x));
  if (xtail !== 0) r += xtail;
  const i = kd & 127;
  const r2 = r * r;
  const tmp = fma(r2 * r2, fma(r, C5, C4), fma(fma(r, C3, C2), r2, EXP_TAIL[i] + r));
  const e = kd >> 7; // 2^(k/128) = 2^e * EXP_SCALE[i] * (1 + tail)
  const sc = neg ? -EXP_SCALE[i] : EXP_SCALE[i];
  if (abstop !== 0) {
    const scale = sc * pow2(e);
    return fma(scale, tmp, scale);
  }
  if (kd >= 0) {
    const scale = sc * pow2(e - 1009);
    return fma(scale, tmp, scale) * 2 ** 1009;
  }
  // k < 0: round once at the subnormal precision (glibc: hi + lo around +-1.0)
  const scale = sc * pow2(e + 1022);
  const st = scale * tmp;
  let y = scale + st;
  if (Math.abs(y) < 1) {
    const one = y < 0 ? -1 : 1;
    const lo0 = (scale - y) + st;
    const hi = one + y;
    const lo = ((one - hi) + y) + lo0;
    y = (hi + lo) - one;
    if (y === 0) y = neg ? -0 : 0;
  }
  return y * 2 ** -1022;
}

// exp2: e_exp2.c, built without FMA (no multiarch variant): the same table, its own polynomial
const EXP2_SHIFT = 52776558133248; // 0x1.8p45 = 0x1.8p52 / 128
const E1 = 0.6931471805599453, E2 = 0.24022650695909065, E3 = 0.0555041086686087;
const E4 = 0.009618131975721055, E5 = 0.0013332074570119598;

/** glibc's exp2(x) (inf on overflow, 0 on underflow). */
export function glibcExp2(x: number): number {
  F64[0] = x;
  let abstop = (U32[1] >>> 20) & 0x7ff;
  if (abstop - 0x3c9 >= 0x3f || abstop < 0x3c9) {
    if (abstop < 0x3c9) return 1 + x;
    if (abstop >= 0x409) {
      if (x === -Infinity) return 0;
      if (abstop >= 0x7ff) return 1 + x;
      if (x > 0) return Infinity;
      if (x <= -1075) return 0;
    }
    if (Math.abs(x) > 928) abstop = 0;
  }
  const kd = (x + EXP2_SHIFT) - EXP2_SHIFT;
  const r = x - kd;
  const k = kd * 128;
  const i = k & 127;
  const r2 = r * r;
  const tmp = ((EXP_TAIL[i] + r * E1) + r2 * (E2 + r * E3)) + r2 * r2 * (E4 + r * E5);
  const e = k >> 7;
  if (abstop !== 0) {
    const scale = EXP_SCALE[i] * pow2(e);
    return scale + scale * tmp;
  }
  if (k >= 0) {
    const scale = EXP_SCALE[i] * pow2(e - 1);
    const y = scale + scale * tmp;
    return y + y;
  }
  const scale = EXP_SCALE[i] * pow2(e + 1022);
  const st = scale * tmp;
  let y = scale + st;
  if (y < 1) {
    const lo0 = (scale - y) + st;
    const hi = 1 + y;
    const lo = ((1 - hi) + y) + lo0;
    y = (hi + lo) - 1;
    if (y === 0) y = 0;
  }
  return y * 2 ** -1022;
}
