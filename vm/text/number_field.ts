// Laying out a formatted number in its field, as CPython's calc_number_widths + fill_number +
// _PyUnicode_InsertThousandsGrouping: <lpad><sign><prefix><spad><grouped digits><.><remainder><rpad>.
// With fill '0' and '=' alignment the digits themselves are zero-extended to the width, and the
// zeros are grouped too ('00,001,234'). Only the C/"no locale" conventions are supported: 'n' has
// no grouping and '.' is the decimal point (CPython's behaviour unless setlocale() was called).

import type { FormatSpec, Grouping } from './format_spec';
import { FormatError } from './format_error';

/** Longest string we will try to build (V8's limit is a little under 2**29 UTF-16 units). */
const MAX_FIELD = 0x1fffffe8;

export function checkFieldWidth(width: number): void {
  if (width > MAX_FIELD) throw new FormatError('MemoryError', '');
}

export function repeatChar(c: string, n: number): string {
  return n > 0 ? c.repeat(n) : '';
}

/** Length in code points. */
export function cpLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) { n--; i++; }
    }
  }
  return n;
}

/** _PyUnicode_InsertThousandsGrouping: group `digits` from the right, zero-extended to minWidth. */
export function insertGrouping(digits: string, minWidth: number, grouping: Grouping): string {
  let minW = Math.max(0, minWidth);
  let remaining = digits.length;
  if (grouping === '') {
    const len = Math.max(remaining, minW, 1);
    return repeatChar('0', len - remaining) + digits;
  }
  const sep = grouping === ',' ? ',' : '_';
  const group = grouping === '_4' ? 4 : 3;
  const parts: string[] = [];
  let pos = digits.length;
  for (;;) {
    const len = Math.min(group, Math.max(remaining, minW, 1));
    const nZeros = Math.max(0, len - remaining);
    const nChars = Math.max(0, Math.min(remaining, len));
    parts.push(repeatChar('0', nZeros) + digits.slice(pos - nChars, pos));
    pos -= nChars;
    remaining -= nChars;
    minW -= len;
    if (remaining <= 0 && minW <= 0) break;
    minW -= 1;
  }
  return parts.reverse().join(sep);
}

/**
 * Assemble a number field. `negative` says whether the value printed a '-'; `digits` are the
 * integer digits to group (may be empty, e.g. for 'inf' or 'c'); `remainder` follows the
 * decimal point (or is everything after the digits when hasDecimal is false).
 */
export function fillNumber(spec: FormatSpec, negative: boolean, prefix: string, digits: string, hasDecimal: boolean,
  remainder: string, grouping: Grouping, upper = false): string {
  let sign = '';
  if (spec.sign === '+') sign = negative ? '-' : '+';
  else if (spec.sign === ' ') sign = negative ? '-' : ' ';
  else if (negative) sign = '-';
  const nNonDigit = sign.length + prefix.length + (hasDecimal ? 1 : 0) + cpLength(remainder);
  checkFieldWidth(spec.width);
  const minWidth = spec.fill === '0' && spec.align === '=' ? spec.width - nNonDigit : 0;
  let grouped = digits.length === 0 ? '' : insertGrouping(digits, minWidth, grouping);
  let pre = prefix;
  if (upper) {
    grouped = grouped.toUpperCase();
    pre = pre.toUpperCase();
  }
  const padding = spec.width - (nNonDigit + grouped.length);
  let lpad = 0;
  let spad = 0;
  let rpad = 0;
  if (padding > 0) {
    switch (spec.align) {
      case '<': rpad = padding; break;
      case '^': lpad = padding >> 1; rpad = padding - lpad; break;
      case '=': spad = padding; break;
      case '>': lpad = padding; break;
    }
  }
  const fill = spec.fill;
  return repeatChar(fill, lpad) + sign + pre + repeatChar(fill, spad) + grouped + (hasDecimal ? '.' : '') + remainder +
    repeatChar(fill, rpad);
}
