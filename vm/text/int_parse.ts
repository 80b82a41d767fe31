// int(str, base) parsing with CPython's rules (PyLong_FromUnicodeObject + PyLong_FromString):
// Unicode digits/whitespace mapped to ASCII first; surrounding whitespace; one optional sign;
// base 0 infers 10/16/8/2 from a 0x/0o/0b prefix and rejects nonzero numbers with a leading 0;
// a prefix matching the base may be given for base 16/8/2; single underscores only between
// digits (or right after the prefix). Returns null for an invalid literal (the caller raises
// ValueError "invalid literal for int() with base N: %r"). Conversion is subquadratic: the
// engine's BigInt() for bases 10/16/8/2, divide and conquer over power-of-base splits otherwise.
// The optional maxStrDigits reproduces sys.set_int_max_str_digits (0 = no limit).

import { FormatError } from './format_error';
import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode_numeric';

/** _PyLong_DigitValue: 0-9, a-z/A-Z = 10..35, everything else 37. */
const DIGIT_VALUE = new Uint8Array(128).fill(37);
for (let c = 0; c < 10; c++) DIGIT_VALUE[48 + c] = c;
for (let c = 0; c < 26; c++) { DIGIT_VALUE[65 + c] = 10 + c; DIGIT_VALUE[97 + c] = 10 + c; }

function digitValue(c: number): number {
  return c < 128 ? DIGIT_VALUE[c] : 37;
}

export function maxStrDigitsToIntMessage(limit: number, digits: number): string {
  return `Exceeds the limit (${limit} digits) for integer string conversion: value has ${digits} digits; use sys.set_int_max_str_digits() to increase the limit`;
}

/**
 * int(s, base). `base` must be 0 or 2..36 (otherwise ValueError as CPython). Returns null when
 * `s` is not a valid literal in that base.
 */
export function parseIntLiteral(input: string, base: number, maxStrDigits = 0): bigint | null {
  if ((base !== 0 && base < 2) || base > 36) throw new FormatError('ValueError', 'int() arg 2 must be >= 2 and <= 36');
  const s = transformDecimalAndSpaceToAscii(input);
  const n = s.length;
  let i = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let negative = false;
  if (s[i] === '+') i++;
  else if (s[i] === '-') { negative = true; i++; }
  let errorIfNonzero = false;
  const c1 = s[i + 1];
  if (base === 0) {
    if (s[i] !== '0') base = 10;
    else if (c1 === 'x' || c1 === 'X') base = 16;
    else if (c1 === 'o' || c1 === 'O') base = 8;
    else if (c1 === 'b' || c1 === 'B') base = 2;
    else { errorIfNonzero = true; base = 10; }
  }
  if (s[i] === '0' && ((base === 16 && (c1 === 'x' || c1 === 'X')) || (base === 8 && (c1 === 'o' || c1 === 'O')) ||
    (base === 2 && (c1 === 'b' || c1 === 'B')))) {
    i += 2;
    if (s[i] === '_') i++;
  }
  if (s[i] === '_') return null;
  // Scan digits and single underscores.
  const start = i;
  let digits = 0;
  let underscores = 0;
  let prev = 0;
  for (; i < n; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (prev === 95) return null;
      underscores++;
    } else if (digitValue(c) < base) digits++;
    else break;
    prev = c;
  }
  if (prev === 95) return null;
  if (digits === 0) return null;
  if (maxStrDigits > 0 && (base & (base - 1)) !== 0 && digits > maxStrDigits) {
    throw new FormatError('ValueError', maxStrDigitsToIntMessage(maxStrDigits, digits));
  }
  const end = i;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (i !== n) return null;
  let body = s.slice(start, end);
  if (underscores > 0) body = body.split('_').join('');
  const v = digitsToBigInt(body, base);
  if (errorIfNonzero && v !== 0n) return null;
  return negative ? -v : v;
}

const NATIVE_PREFIX: Record<number, string> = { 16: '0x', 8: '0o', 2: '0b' };

/** Chunk length whose value always fits a double exactly: base**k <= 2**53. */
function chunkLength(base: number): number {
  let k = 0;
  let p = 1;
  while (p * base <= 9007199254740992) { p *= base; k++; }
  return k;
}

/** Per base: powers[j] = base ** (chunk * 2**j). */
const powerCache = new Map<number, bigint[]>();

function powerOf(base: number, chunk: number, j: number): bigint {
  let list = powerCache.get(base);
  if (list === undefined) {
    list = [BigInt(base) ** BigInt(chunk)];
    powerCache.set(base, list);
  }
  while (list.length <= j) list.push(list[list.length - 1] * list[list.length - 1]);
  return list[j];
}

function convertDC(s: string, lo: number, hi: number, base: number, chunk: number): bigint {
  const len = hi - lo;
  if (len <= chunk) return BigInt(parseInt(s.slice(lo, hi), base));
  // Right part: the largest chunk * 2**j digits that is shorter than the whole.
  let j = 0;
  while (chunk * 2 ** (j + 1) < len) j++;
  const rightLen = chunk * 2 ** j;
  const mid = hi - rightLen;
  return convertDC(s, lo, mid, base, chunk) * powerOf(base, chunk, j) + convertDC(s, mid, hi, base, chunk);
}

/** Value of a string of valid digits (no sign, no underscores) in `base`. */
export function digitsToBigInt(s: string, base: number): bigint {
  if (base === 10) return BigInt(s);
  const prefix = NATIVE_PREFIX[base];
  if (prefix !== undefined) return BigInt(prefix + s);
  const chunk = chunkLength(base);
  return convertDC(s, 0, s.length, base, chunk);
}
