// C's fma(a, b, c): a * b + c rounded once, in double arithmetic (JS has no fused multiply-add).
// For the libm ports (modules/libm_sincos.ts ...) that must give the bits of glibc's FMA builds:
// on x86-64 with FMA, glibc runs variants compiled with -mfma where GCC fused a * b + c, and an
// unfused evaluation differs in the last bit of the result for ~1% of arguments.
// Method: a * b = p + e exactly (Dekker's product), p + c = s + u exactly (Knuth's two-sum),
// u + e = w + d exactly; r = RN(s + w) is RN(a * b + c) unless s + w is exactly halfway
// between two doubles and d (the part rounded away) decides the tie; that case is tested
// exactly (a midpoint is the only place the second rounding can go wrong: s + w is a multiple
// of w's ulp, far finer than r's, and |d| is below half of w's ulp).
// Valid for finite arguments whose product neither overflows nor comes within 2^53 of the
// subnormal range (Dekker's split): the libm callers stay far inside.


import { prodError } from './double_double';

export function fma(a: number, b: number, c: number): number {
  const p = a * b;
  const e = prodError(a, b, p);
  const s = p + c;
  const v = s - p;
  const u = (p - (s - v)) + (c - v);
  const w = u + e;
  const r = s + w;
  const wv = w - u;
  const d = (u - (w - wv)) + (e - wv);
  if (d === 0) return r;
  const rv = r - s;
  const z = (s - (r - rv)) + (w - rv);
  if (z === 0) return r;
  const z2 = z + z;
  if ((r + z2) - r !== z2) return r;
  // a tie: the rounded-away d says on which side the exact value lies
  return (z > 0) === (d > 0) ? r + z2 : r;
}
