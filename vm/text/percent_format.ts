// One numeric conversion of printf-style formatting (str % args), as CPython's
// unicode_format_arg_format + unicode_format_arg_output for %d %i %u %o %x %X %e %E %f %F %g
// %G %c. The VM walks the format string and the arguments; it passes the conversion letter,
// the flags ('-', '+', ' ', '#', '0' in any order), width and precision (-1 when absent) and
// the argument as a JS value: bigint (int, bool), number (float) or string (str, for %c).
// Other argument types are the VM's business (__index__/__int__/__float__ before calling).

import { FormatError } from './format_error';
import { doubleToString } from './float_to_string';
import { floatToBigInt } from './float_round';
import { intToChar, intToFloat } from './format_int';
import { intToDecimalString } from './int_str';
import { checkFieldWidth, cpLength, repeatChar } from './number_field';

const INT_MAX = 2147483647;

interface Flags {
  ljust: boolean;
  sign: boolean;
  blank: boolean;
  alt: boolean;
  zero: boolean;
}

function parseFlags(flags: string): Flags {
  return {
    ljust: flags.includes('-'),
    sign: flags.includes('+'),
    blank: flags.includes(' '),
    alt: flags.includes('#'),
    zero: flags.includes('0'),
  };
}

function pyTypeName(v: number | bigint | string): string {
  return typeof v === 'bigint' ? 'int' : typeof v === 'number' ? 'float' : 'str';
}

/** _PyUnicode_FormatLong: digits in the base with precision zero-fill and the '#' prefix. */
function formatLong(v: bigint, alt: boolean, prec: number, type: string, maxStrDigits: number): string {
  if (prec > INT_MAX - 3) throw new FormatError('OverflowError', 'precision too large');
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (type) {
    case 'o': digits = a.toString(8); if (alt) prefix = '0o'; break;
    case 'x': digits = a.toString(16); if (alt) prefix = '0x'; break;
    case 'X': digits = a.toString(16).toUpperCase(); if (alt) prefix = '0X'; break;
    default: digits = intToDecimalString(a, maxStrDigits); break;
  }
  if (prec > digits.length) {
    checkFieldWidth(prec);
    digits = repeatChar('0', prec - digits.length) + digits;
  }
  return (negative ? '-' : '') + prefix + digits;
}

/**
 * Format one numeric conversion. Throws FormatError (TypeError for a wrong argument type,
 * OverflowError / ValueError as CPython).
 */
export function percentFormatNumber(conv: string, flagText: string, width: number, prec: number,
  value: number | bigint | string, maxStrDigits = 0): string {
  const flags = parseFlags(flagText);
  let str: string;
  let numeric = true;
  switch (conv) {
    case 'd': case 'i': case 'u': case 'o': case 'x': case 'X': {
      let v: bigint;
      if (typeof value === 'bigint') v = value;
      else if (typeof value === 'number' && conv !== 'o' && conv !== 'x' && conv !== 'X') v = floatToBigInt(value);
      else if (conv === 'o' || conv === 'x' || conv === 'X') {
        throw new FormatError('TypeError', `%${conv} format: an integer is required, not ${pyTypeName(value)}`);
      } else throw new FormatError('TypeError', `%${conv} format: a real number is required, not ${pyTypeName(value)}`);
      str = formatLong(v, flags.alt, prec, conv, maxStrDigits);
      break;
    }
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
      let x: number;
      if (typeof value === 'number') x = value;
      else if (typeof value === 'bigint') x = intToFloat(value);
      else throw new FormatError('TypeError', `must be real number, not ${pyTypeName(value)}`);
      if (prec > INT_MAX) throw new FormatError('ValueError', 'precision too big');
      str = doubleToString(x, conv, prec < 0 ? 6 : prec, { alt: flags.alt });
      break;
    }
    case 'c': {
      numeric = false;
      if (typeof value === 'string') {
        if (cpLength(value) !== 1) throw new FormatError('TypeError', '%c requires int or char');
        str = value;
      } else if (typeof value === 'bigint') str = intToChar(value, false);
      else throw new FormatError('TypeError', '%c requires int or char');
      break;
    }
    default:
      throw new Error(`percentFormatNumber: not a numeric conversion: ${conv}`);
  }
  return percentOutput(str, conv, flags, width, prec, numeric);
}

/** unicode_format_arg_output for an already formatted argument. */
function percentOutput(str: string, conv: string, flags: Flags, width: number, prec: number, numeric: boolean): string {
  const fill = numeric && flags.zero ? '0' : ' ';
  let len = cpLength(str);
  if ((width === -1 || width <= len) && (prec === -1 || prec >= len) && !(flags.sign || flags.blank)) return str;
  checkFieldWidth(width);
  let pindex = 0;
  let signchar = '';
  if (numeric) {
    const ch = str[0];
    if (ch === '-' || ch === '+') {
      signchar = ch;
      len--;
      pindex++;
    } else if (flags.sign) signchar = '+';
    else if (flags.blank) signchar = ' ';
  }
  if (width < len) width = len;
  let out = '';
  if (signchar !== '') {
    if (fill !== ' ') out += signchar;
    if (width > len) width--;
  }
  const hasPrefix = flags.alt && (conv === 'x' || conv === 'X' || conv === 'o');
  if (hasPrefix) {
    if (fill !== ' ') {
      out += str.slice(pindex, pindex + 2);
      pindex += 2;
    }
    width -= 2;
    if (width < 0) width = 0;
    len -= 2;
  }
  if (width > len && !flags.ljust) {
    out += repeatChar(fill, width - len);
    width = len;
  }
  if (fill === ' ') {
    if (signchar !== '') out += signchar;
    if (hasPrefix) {
      out += str.slice(pindex, pindex + 2);
      pindex += 2;
    }
  }
  out += str.slice(pindex);
  if (width > len) out += repeatChar(' ', width - len);
  return out;
}
