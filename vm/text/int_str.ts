// int -> text: str()/repr() in decimal with sys.set_int_max_str_digits' limit (0 = no limit),
// and bin()/oct()/hex() with their '0b'/'0o'/'0x' prefixes after the sign ('-0x1f').
// The engine's BigInt toString is subquadratic, so no special large-number path is needed.

import { FormatError } from './format_error';

export function maxStrDigitsToStrMessage(limit: number): string {
  return `Exceeds the limit (${limit} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit`;
}

/** Below 2**2100 in magnitude an int has at most 70 30-bit digits, under the size at which
 *  CPython's early refusal can apply (72), so the bit length is not computed. */
const REFUSAL_BOUND = 1n << 2100n;

export function intToDecimalString(v: bigint, maxStrDigits = 0): string {
  // CPython's early refusal, from the size in 30-bit digits alone (before the O(n log n) work)
  if (maxStrDigits > 0 && (v >= REFUSAL_BOUND || v <= -REFUSAL_BOUND)) {
    const sizeA = Math.ceil(bitLength(v < 0n ? -v : v) / 30);
    if (sizeA >= Math.floor((10 * 640) / 90) + 2 && Math.floor(maxStrDigits / 90) <= Math.floor((sizeA - 11) / 10)) {
      throw new FormatError('ValueError', maxStrDigitsToStrMessage(maxStrDigits));
    }
  }
  const s = v.toString();
  if (maxStrDigits > 0 && s.length - (v < 0n ? 1 : 0) > maxStrDigits) {
    throw new FormatError('ValueError', maxStrDigitsToStrMessage(maxStrDigits));
  }
  return s;
}

function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  const hex = v.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

const PREFIX: Record<number, string> = { 2: '0b', 8: '0o', 16: '0x' };

/** bin(v), oct(v), hex(v) (base 2, 8, 16): CPython's _PyLong_Format with the prefix. */
export function intToPrefixedString(v: bigint, base: 2 | 8 | 16): string {
  const prefix = PREFIX[base];
  return v < 0n ? '-' + prefix + (-v).toString(base) : prefix + v.toString(base);
}
