// format(int, spec) as CPython's _PyLong_FormatAdvancedWriter / format_long_internal: types
// b c d o x X n (and e E f F g G % via float conversion), sign, '#' prefixes, '0'/'=' padding,
// ',' and '_' grouping. The VM passes `typeName` for messages ('int', or 'bool' etc.).
// An empty spec is str(int). `maxStrDigits` mirrors sys.set_int_max_str_digits for base 10.

import { FormatError } from './format_error';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './format_spec';
import { fillNumber } from './number_field';
import { formatFloatWithSpec } from './format_float';
import { intToDecimalString } from './int_str';

const C_LONG_MAX = 9223372036854775807n;

/** int -> float as PyLong_AsDouble (OverflowError when out of range). */
export function intToFloat(v: bigint): number {
  const x = Number(v);
  if (x === Infinity || x === -Infinity) throw new FormatError('OverflowError', 'int too large to convert to float');
  return x;
}

/**
 * Code point range check for the 'c' presentation type (which first converts to a C long) and,
 * with cLong false, for %c (which reports any out-of-range value as not in range).
 */
export function intToChar(v: bigint, cLong = true): string {
  if (cLong && (v > C_LONG_MAX || v < -C_LONG_MAX - 1n)) throw new FormatError('OverflowError', 'Python int too large to convert to C long');
  if (v < 0n || v > 0x10ffffn) throw new FormatError('OverflowError', '%c arg not in range(0x110000)');
  return String.fromCodePoint(Number(v));
}

export function formatInt(v: bigint, spec: string, typeName = 'int', maxStrDigits = 0): string {
  if (spec === '') return intToDecimalString(v, maxStrDigits);
  const f = parseFormatSpec(spec, 'd', '>', typeName);
  return formatIntWithSpec(v, f, typeName, maxStrDigits);
}

export function formatIntWithSpec(v: bigint, f: FormatSpec, typeName = 'int', maxStrDigits = 0): string {
  switch (f.type) {
    case 'b': case 'c': case 'd': case 'o': case 'x': case 'X': case 'n':
      return formatLongInternal(v, f, maxStrDigits);
    case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
      return formatFloatWithSpec(intToFloat(v), f);
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

function formatLongInternal(v: bigint, f: FormatSpec, maxStrDigits: number): string {
  if (f.precision !== -1) throw new FormatError('ValueError', 'Precision not allowed in integer format specifier');
  if (f.noNeg0) throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in integer format specifier');
  if (f.type === 'c') {
    if (f.sign !== '') throw new FormatError('ValueError', "Sign not allowed with integer format specifier 'c'");
    if (f.alternate) throw new FormatError('ValueError', "Alternate form (#) not allowed with integer format specifier 'c'");
    const ch = intToChar(v);
    return fillNumber(f, false, '', '', false, ch, '');
  }
  const negative = v < 0n;
  const a = negative ? -v : v;
  let digits: string;
  let prefix = '';
  switch (f.type) {
    case 'b': digits = a.toString(2); prefix = '0b'; break;
    case 'o': digits = a.toString(8); prefix = '0o'; break;
    case 'x': case 'X': digits = a.toString(16); prefix = '0x'; break;
    default: digits = intToDecimalString(a, maxStrDigits); break;
  }
  if (!f.alternate) prefix = '';
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'X' && f.type !== 'n' && f.grouping === '') {
    return (negative ? '-' : '') + prefix + digits;
  }
  return fillNumber(f, negative, prefix, digits, false, '', f.type === 'n' ? '' : f.grouping, f.type === 'X');
}
