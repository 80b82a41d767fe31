// float.hex() and float.fromhex(), exactly as CPython's float_hex / float_fromhex
// (Objects/floatobject.c): '0x1.999999999999ap-4', '-0x0.0p+0', subnormals as '0x0.<13 hex>p-1022';
// fromhex accepts [ws][sign]['0x']hex[.hex][p[sign]dec][ws] or inf/infinity/nan, rounds half-even,
// and raises ValueError "invalid hexadecimal floating-point string" or OverflowError
// "hexadecimal value too large to represent as a float" (thrown as FormatError).

import { floatWords, signBit } from './float_digits';
import { scaledBigIntToFloat } from './float_from_bits';
import { FormatError } from './format_error';
import { floatRepr } from './float_repr';
import { isAsciiSpace } from './unicode_numeric';

export function floatHex(x: number): string {
  if (x !== x || x === Infinity || x === -Infinity) return floatRepr(x);
  const neg = signBit(x);
  if (x === 0) return neg ? '-0x0.0p+0' : '0x0.0p+0';
  const [hi, lo] = floatWords(x);
  const bexp = (hi >>> 20) & 0x7ff;
  const frac = ((hi & 0xfffff).toString(16).padStart(5, '0')) + lo.toString(16).padStart(8, '0');
  const e = bexp === 0 ? -1022 : bexp - 1023;
  return `${neg ? '-' : ''}0x${bexp === 0 ? '0' : '1'}.${frac}p${e < 0 ? '-' : '+'}${Math.abs(e)}`;
}

function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

const LONG_MAX = 9223372036854775807;

const INF_NAN = /^([+-]?)(infinity|inf|nan)/i;

function parseError(): FormatError {
  return new FormatError('ValueError', 'invalid hexadecimal floating-point string');
}

export function floatFromHex(str: string): number {
  const n = str.length;
  let i = 0;
  while (i < n && isAsciiSpace(str.charCodeAt(i))) i++;
  let x: number;
  let negate = false;
  const special = INF_NAN.exec(str.slice(i, i + 9));
  if (special !== null) {
    i += special[0].length;
    const isNan = special[2].toLowerCase() === 'nan';
    x = isNan ? NaN : special[1] === '-' ? -Infinity : Infinity;
  } else {
    if (str[i] === '-') { negate = true; i++; } else if (str[i] === '+') i++;
    if (str[i] === '0' && (str[i + 1] === 'x' || str[i + 1] === 'X')) i += 2;
    let hex = '';
    const intStart = i;
    while (i < n && hexValue(str.charCodeAt(i)) >= 0) i++;
    hex = str.slice(intStart, i);
    let fdigits = 0;
    if (str[i] === '.') {
      i++;
      const fracStart = i;
      while (i < n && hexValue(str.charCodeAt(i)) >= 0) i++;
      fdigits = i - fracStart;
      hex += str.slice(fracStart, i);
    }
    if (hex.length === 0) throw parseError();
    let exp = 0;
    if (str[i] === 'p' || str[i] === 'P') {
      i++;
      const expStart = i;
      if (str[i] === '-' || str[i] === '+') i++;
      const c = str.charCodeAt(i);
      if (!(c >= 48 && c <= 57)) throw parseError();
      while (i < n && str.charCodeAt(i) >= 48 && str.charCodeAt(i) <= 57) i++;
      exp = Number(str.slice(expStart, i)); // strtol saturates; magnitudes this large only matter as "huge"
      if (exp > LONG_MAX) exp = LONG_MAX;
      if (exp < -LONG_MAX - 1) exp = -LONG_MAX - 1;
    }
    const m = BigInt('0x' + hex);
    if (m === 0n || exp < (-LONG_MAX - 1) / 2) x = 0;
    else if (exp > LONG_MAX / 2) throw new FormatError('OverflowError', 'hexadecimal value too large to represent as a float');
    else {
      x = scaledBigIntToFloat(m, exp - 4 * fdigits);
      if (x === Infinity) throw new FormatError('OverflowError', 'hexadecimal value too large to represent as a float');
    }
  }
  while (i < n && isAsciiSpace(str.charCodeAt(i))) i++;
  if (i !== n) throw parseError();
  return negate ? -x : x;
}
