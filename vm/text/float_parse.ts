// float(str) parsing with CPython's rules (PyFloat_FromString): Unicode digits and whitespace
// are first mapped to ASCII, surrounding whitespace is stripped, underscores are allowed only
// between digits, then [sign](digits[.digits]|.digits)[e[sign]digits] or inf/infinity/nan in
// any case. Returns null for an invalid string so the caller can raise
// ValueError("could not convert string to float: %r"). Decimal-to-binary conversion is the
// engine's Number(), which is correctly rounded for any length. Hex lives in float_hex.ts.

import { transformDecimalAndSpaceToAscii, isAsciiSpace } from './unicode_numeric';
export { floatFromHex, floatHex } from './float_hex';

const DECIMAL = /^[+-]?(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?$/;
const SPECIAL = /^([+-]?)(?:(inf|infinity)|nan)$/i;
/** A NaN with its sign bit set: float('-nan') keeps the sign (math.copysign sees it), as
 *  CPython's. Made at run time so that no bundler folds it into a plain NaN. */
const NEGATIVE_NAN = ((): number => {
  const f = new Float64Array([NaN]);
  new Uint8Array(f.buffer)[7] |= 0x80;
  return f[0];
})();

/** Drop underscores that sit between two digits; null when any underscore is misplaced. */
function removeUnderscores(s: string): string | null {
  let out = '';
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return null;
    } else {
      if (prev === 95 && !(c >= 48 && c <= 57)) return null;
      out += s[i];
    }
    prev = c;
  }
  return prev === 95 ? null : out;
}

export function parseFloatLiteral(input: string): number | null {
  let s = transformDecimalAndSpaceToAscii(input);
  let start = 0;
  let end = s.length;
  while (start < end && isAsciiSpace(s.charCodeAt(start))) start++;
  while (end > start && isAsciiSpace(s.charCodeAt(end - 1))) end--;
  if (start !== 0 || end !== s.length) s = s.slice(start, end);
  if (s.indexOf('_') >= 0) {
    const cleaned = removeUnderscores(s);
    if (cleaned === null) return null;
    s = cleaned;
  }
  if (DECIMAL.test(s)) return Number(s);
  const m = SPECIAL.exec(s);
  if (m === null) return null;
  if (m[2] === undefined) return m[1] === '-' ? NEGATIVE_NAN : NaN;
  return m[1] === '-' ? -Infinity : Infinity;
}
