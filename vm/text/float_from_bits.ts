// Exact construction of doubles from integers: m * 2**e rounded to nearest, ties to even, with
// IEEE subnormals and overflow to Infinity. Used by float.fromhex and anything else that builds
// a float from an exact binary value. ldexp is exact whenever the result is representable.

/**
 * x * 2**n for an integer 0 <= x < 2**54: exact whenever the result is representable (each
 * intermediate step stays in the normal range, so only the last multiplication can round).
 */
export function ldexp(x: number, n: number): number {
  while (n > 1023) {
    x *= 8.98846567431158e307; // 2**1023
    n -= 1023;
    if (x === Infinity) return x;
  }
  while (n < -1022) {
    if (x === 0) return 0;
    if (n >= -2044) return (x * 2.2250738585072014e-308) * 2 ** (n + 1022); // 2**-1022 first
    x *= 2.2250738585072014e-308;
    n += 1022;
  }
  return x * 2 ** n;
}

/** Number of bits in m > 0. */
export function bitLength(m: bigint): number {
  if (m < 9007199254740992n) {
    const n = Number(m);
    return n < 4294967296 ? 32 - Math.clz32(n) : 64 - Math.clz32(Math.floor(n / 4294967296));
  }
  const h = m.toString(16);
  return 4 * (h.length - 1) + (32 - Math.clz32(parseInt(h[0], 16)));
}

/** m * 2**e correctly rounded (m >= 0); Infinity when it overflows. */
export function scaledBigIntToFloat(m: bigint, e: number): number {
  if (m === 0n) return 0;
  const top = bitLength(m) + e; // value in [2**(top-1), 2**top)
  if (top > 1024) return Infinity;
  if (top < -1074) return 0;
  const lsb = Math.max(top, -1021) - 53; // exponent of the last kept bit
  if (e >= lsb) return ldexp(Number(m), e);
  const shift = BigInt(lsb - e);
  let q = m >> shift;
  const rem = m - (q << shift);
  const half = 1n << (shift - 1n);
  if (rem > half || (rem === half && (q & 1n) === 1n)) q += 1n;
  return ldexp(Number(q), lsb);
}
