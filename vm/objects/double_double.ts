// Double-double arithmetic (a value as hi + lo, about 106 bits) for the libm functions whose
// results Python shows digit for digit: Dekker's exact product (the libm ports' fma emulation,
// math_norm.ts). Results come back in DD[0] (hi) and DD[1] (lo), so that nothing is allocated;
// read them right after the call.

const SPLIT = 134217729; // 2^27 + 1

/** The result of the last operation: [hi, lo]. A typed array, not two module variables: a
 *  double stored in a closure variable is a heap number allocated at every write (V8 11). */
export const DD = new Float64Array(2);


/** The rounding error of p = a * b: a * b = p + prodError(a, b, p) exactly (Dekker's split;
 *  |a|, |b| far from overflow and the product far from the subnormal range). Small enough for V8
 *  to inline where the libm paths (fma.ts, libm_sincos.ts, glibc_pow.ts) call it. */
export function prodError(a: number, b: number, p: number): number {
  let t = SPLIT * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLIT * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return ((ah * bh - p) + ah * bl + al * bh) + al * bl;
}

/** a * b exactly (Dekker; |a|, |b| far from overflow). */
export function twoProd(a: number, b: number): void {
  const p = a * b;
  DD[0] = p;
  DD[1] = prodError(a, b, p);
}




