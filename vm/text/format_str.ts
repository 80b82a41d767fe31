// format(str, spec) as CPython's _PyUnicode_FormatAdvancedWriter / format_string_internal:
// only type 's', no sign / 'z' / '#' / '=' alignment, precision truncates, width pads with the
// fill character; default alignment is left. Lengths count code points, not UTF-16 units.

import { FormatError } from './format_error';
import { parseFormatSpec, unknownPresentationType } from './format_spec';
import { checkFieldWidth, cpLength, repeatChar } from './number_field';

/** The first n code points of s. */
function cpSlice(s: string, n: number): string {
  if (s.length <= n) return s;
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return s.slice(0, i);
}

export function formatStr(s: string, spec: string, typeName = 'str'): string {
  if (spec === '') return s;
  const f = parseFormatSpec(spec, 's', '<', typeName);
  if (f.type !== 's') throw unknownPresentationType(f.type, typeName);
  if (f.sign !== '') {
    throw new FormatError('ValueError', f.sign === ' ' ? 'Space not allowed in string format specifier' : 'Sign not allowed in string format specifier');
  }
  if (f.noNeg0) throw new FormatError('ValueError', 'Negative zero coercion (z) not allowed in string format specifier');
  if (f.alternate) throw new FormatError('ValueError', 'Alternate form (#) not allowed in string format specifier');
  if (f.align === '=') throw new FormatError('ValueError', "'=' alignment not allowed in string format specifier");
  let len = cpLength(s);
  if ((f.width === -1 || f.width <= len) && (f.precision === -1 || f.precision >= len)) return s;
  let body = s;
  if (f.precision >= 0 && len >= f.precision) {
    body = cpSlice(s, f.precision);
    len = f.precision;
  }
  checkFieldWidth(f.width);
  const total = f.width >= 0 && f.width > len ? f.width : len;
  let lpad = 0;
  if (f.align === '>') lpad = total - len;
  else if (f.align === '^') lpad = (total - len) >> 1;
  const rpad = total - len - lpad;
  return repeatChar(f.fill, lpad) + body + repeatChar(f.fill, rpad);
}
