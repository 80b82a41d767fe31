// int, the representation. Values in 31 bits are tagged words (stmgc/layout.ts); bigger ones
// are L_INT objects: payload [signed limb count, limbs...], 32-bit limbs, least significant
// first, magnitude only (the sign is the count's). Every int is normalised: a value that fits a
// tagged word is never boxed. bool is a subclass of int: True/False are L_BOOL objects, and
// every int operation accepts them (toBigInt/intValueOf). Arithmetic lives in int.ts.
import { mem } from '../../stmgc/heap';
import { SMALL_INT_MAX, SMALL_INT_MIN } from '../../stmgc/layout';
import { alloc, allocOld } from '../runtime/alloc';
import { L_BOOL, L_INT } from '../runtime/layouts';

export const I_COUNT = 2;
export const I_LIMBS = 3;

const TWO32 = 0x100000000n;

export function isSmall(v: number): boolean { return (v & 1) === 1; }

/** A tagged or boxed int for a JS integer (any safe integer). */
export function intFromNumber(n: number): number {
  if (n >= SMALL_INT_MIN && n <= SMALL_INT_MAX) return (n << 1) | 1;
  return boxBig(BigInt(n), false);
}

export function intFromBigInt(n: bigint, old = false): number {
  if (n >= -0x40000000n && n <= 0x3fffffffn) return (Number(n) << 1) | 1;
  return boxBig(n, old);
}

function boxBig(n: bigint, old: boolean): number {
  const neg = n < 0n;
  let m = neg ? -n : n;
  const limbs: number[] = [];
  while (m > 0n) {
    limbs.push(Number(m & 0xffffffffn) | 0);
    m >>= 32n;
  }
  const r = old ? allocOld(L_INT, 1 + limbs.length, 0) : alloc(L_INT, 1 + limbs.length, 0);
  mem[r + I_COUNT] = neg ? -limbs.length : limbs.length;
  for (let i = 0; i < limbs.length; i++) mem[r + I_LIMBS + i] = limbs[i];
  return r;
}

/** The value of a big int object. */
export function bigValue(r: number): bigint {
  const c = mem[r + I_COUNT];
  const n = c < 0 ? -c : c;
  let v = 0n;
  for (let i = n - 1; i >= 0; i--) v = (v << 32n) | BigInt(mem[r + I_LIMBS + i] >>> 0);
  return c < 0 ? -v : v;
}

/** The value of an int (tagged, L_INT or bool) as a bigint; the caller checked it is one. */
export function toBigInt(v: number): bigint {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const l = mem[v] & 0x7ff;
  if (l === L_BOOL) return BigInt(mem[v + 2] >> 1);
  return bigValue(v);
}

/** The value as a JS number when it is an exact safe integer, else NaN. */
export function toSafeNumber(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(v);
  return b >= -9007199254740991n && b <= 9007199254740991n ? Number(b) : NaN;
}

export function bigSign(r: number): number { return Math.sign(mem[r + I_COUNT]); }

/** Approximate bit length of a big int (for overflow checks before converting to float). */
export function bigBitLength(r: number): number {
  const c = Math.abs(mem[r + I_COUNT]);
  return c === 0 ? 0 : (c - 1) * 32 + (32 - Math.clz32(mem[r + I_LIMBS + c - 1]));
}

export { TWO32 };
