// format(complex, spec) as CPython's format_complex_internal: each part formatted like a float
// (types e E f F g G n, or none = like str(complex): shortest digits, real part and parentheses
// dropped when it is +0.0), the imaginary part always signed when a real part is shown, then
// the whole '(re+imj)' padded. '0' fill and '=' alignment are errors. Empty spec = str(complex).

import { complexRepr } from './complex_repr';
import { FormatError } from './format_error';
import { parseFormatSpec, unknownPresentationType, type FormatSpec } from './format_spec';
import { signBit } from './float_digits';
import { doubleToString, type DtsfFlags } from './float_to_string';
import { checkFieldWidth, cpLength, fillNumber, repeatChar } from './number_field';

const INT_MAX = 2147483647;

function partField(buf: string, spec: FormatSpec): string {
  const negative = buf.charCodeAt(0) === 45;
  const index = negative ? 1 : 0;
  let p = index;
  while (p < buf.length && buf.charCodeAt(p) >= 48 && buf.charCodeAt(p) <= 57) p++;
  const hasDecimal = buf.charCodeAt(p) === 46;
  return fillNumber(spec, negative, '', buf.slice(index, p), hasDecimal, buf.slice(hasDecimal ? p + 1 : p), spec.grouping);
}

export function formatComplex(re: number, im: number, spec: string, typeName = 'complex'): string {
  if (spec === '') return complexRepr(re, im);
  const f = parseFormatSpec(spec, '', '>', typeName);
  switch (f.type) {
    case '': case '\0': case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': break;
    default: throw unknownPresentationType(f.type, typeName);
  }
  if (f.precision > INT_MAX) throw new FormatError('ValueError', 'precision too big');
  if (f.fill === '0') throw new FormatError('ValueError', 'Zero padding is not allowed in complex format specifier');
  if (f.align === '=') throw new FormatError('ValueError', "'=' alignment flag is not allowed in complex format specifier");
  const flags: DtsfFlags = { alt: f.alternate, noNeg0: f.noNeg0 };
  let type: string = f.type;
  let precision = f.precision;
  let defaultPrecision = 6;
  let skipRe = false;
  let addParens = false;
  if (type === '' || type === '\0') {
    type = 'r';
    defaultPrecision = 0;
    if (re === 0 && !signBit(re)) skipRe = true;
    else addParens = true;
  }
  if (type === 'n') type = 'g';
  if (precision < 0) precision = defaultPrecision;
  else if (type === 'r') type = 'g';
  const reBuf = doubleToString(re, type, precision, flags);
  const imBuf = doubleToString(im, type, precision, flags);
  const grouping = f.type === 'n' ? '' : f.grouping;
  const base: FormatSpec = { ...f, fill: ' ', align: '<', width: -1, grouping };
  const reText = skipRe ? '' : partField(reBuf, base);
  const imText = partField(imBuf, skipRe ? base : { ...base, sign: '+' });
  const body = (addParens ? '(' : '') + reText + imText + 'j' + (addParens ? ')' : '');
  const len = cpLength(body);
  checkFieldWidth(f.width);
  const total = f.width > len ? f.width : len;
  let lpad = 0;
  if (f.align === '>') lpad = total - len;
  else if (f.align === '^') lpad = (total - len) >> 1;
  return repeatChar(f.fill, lpad) + body + repeatChar(f.fill, total - len - lpad);
}
