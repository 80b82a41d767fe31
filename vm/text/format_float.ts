// format(float, spec) as CPython's _PyFloat_FormatAdvancedWriter / format_float_internal: types
// e E f F g G n % and none (repr-like: shortest digits, or with a precision 'g' that keeps at
// least one digit after the point, so format(1234.0, '.4') == '1.234e+03'), sign, 'z', '#',
// padding and grouping of the integer digits. An empty spec is str(float).

import { FormatError } from './format_error';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './format_spec';
import { fillNumber } from './number_field';
import { doubleToString, type DtsfFlags } from './float_to_string';
import { floatRepr } from './float_repr';

const INT_MAX = 2147483647;

export function formatFloat(v: number, spec: string, typeName = 'float'): string {
  if (spec === '') return floatRepr(v);
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case '%':
      return formatFloatWithSpec(v, f);
    default:
      throw unknownPresentationType(f.type, typeName);
  }
}

/** The text of |v| or v (with '-') per the spec's type and precision, before padding. */
export function floatBody(v: number, f: FormatSpec): string {
  if (f.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  let precision = f.precision;
  let defaultPrecision = 6;
  let type = f.type;
  const flags: DtsfFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  if (type === '' || type === '\0') {
    flags.addDot0 = true;
    type = 'r';
    defaultPrecision = 0;
  }
  if (type === 'n') type = 'g';
  let pct = false;
  if (type === '%') {
    type = 'f';
    v *= 100;
    pct = true;
  }
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const s = doubleToString(v, type, precision, flags);
  return pct ? s + '%' : s;
}

export function formatFloatWithSpec(v: number, f: FormatSpec): string {
  const buf = floatBody(v, f);
  if (f.sign !== '+' && f.sign !== ' ' && f.width === -1 && f.type !== 'n' && f.grouping === '') return buf;
  let index = 0;
  const negative = buf.charCodeAt(0) === 45;
  if (negative) index = 1;
  // parse_number: leading digits, then an optional '.', then the remainder.
  let p = index;
  while (p < buf.length && buf.charCodeAt(p) >= 48 && buf.charCodeAt(p) <= 57) p++;
  const digits = buf.slice(index, p);
  const hasDecimal = buf.charCodeAt(p) === 46;
  const remainder = buf.slice(hasDecimal ? p + 1 : p);
  return fillNumber(f, negative, '', digits, hasDecimal, remainder, f.type === 'n' ? '' : f.grouping);
}
