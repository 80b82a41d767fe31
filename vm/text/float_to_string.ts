// Port of CPython's PyOS_double_to_string / format_float_short (Python/pystrtod.c): a double
// to text in format 'e', 'f', 'g', 'r' (repr) or their upper-case forms, with the flags
// Py_DTSF_SIGN, Py_DTSF_ADD_DOT_0, Py_DTSF_ALT and Py_DTSF_NO_NEG_0. Every float formatter
// (repr, str, format(), %-formatting, complex repr) goes through here so they all agree.
// Invariant: nan never gets a '-' (dtoa ignores its sign bit); 'inf'/'nan' (or upper case).

import { type Digits, fixedDigits, oddExponent, precisionDigits, shortestDigits, signBit } from './float_digits';

export interface DtsfFlags {
  sign?: boolean;     // always add a sign (Py_DTSF_SIGN)
  addDot0?: boolean;  // add '.0' to integral values in 'r' mode and bare 'g' (Py_DTSF_ADD_DOT_0)
  alt?: boolean;      // alternate form: keep the decimal point and 'g' trailing zeros (Py_DTSF_ALT)
  noNeg0?: boolean;   // turn a negative zero result into positive (Py_DTSF_NO_NEG_0)
}

const NO_FLAGS: DtsfFlags = {};

function zeros(n: number): string {
  return n > 0 ? '0'.repeat(n) : '';
}

/**
 * PyOS_double_to_string(val, formatCode, precision, flags). `formatCode` is one of
 * e E f F g G r; precision is ignored for 'r'.
 */
export function doubleToString(val: number, formatCode: string, precision: number, flags: DtsfFlags = NO_FLAGS): string {
  let upper = false;
  let code = formatCode;
  let mode: 0 | 2 | 3;
  switch (formatCode) {
    case 'E': upper = true; code = 'e'; mode = 2; precision++; break;
    case 'e': mode = 2; precision++; break;
    case 'F': upper = true; code = 'f'; mode = 3; break;
    case 'f': mode = 3; break;
    case 'G': upper = true; code = 'g'; mode = 2; if (precision === 0) precision = 1; break;
    case 'g': mode = 2; if (precision === 0) precision = 1; break;
    case 'r': mode = 0; precision = 0; break;
    default: throw new Error(`doubleToString: bad format code ${formatCode}`);
  }
  const alwaysAddSign = flags.sign === true;
  const addDot0 = flags.addDot0 === true;
  const useAlt = flags.alt === true;

  // dtoa reports nan without a sign, so only an explicit '+' request shows one.
  if (val !== val) return (alwaysAddSign ? '+' : '') + (upper ? 'NAN' : 'nan');
  let negative = signBit(val);
  if (val === Infinity || val === -Infinity) {
    return (negative ? '-' : alwaysAddSign ? '+' : '') + (upper ? 'INF' : 'inf');
  }
  const ax = Math.abs(val);
  if (code === 'f' && ax < 1e21 && precision <= 100 && flags.noNeg0 !== true && oddExponent(ax) !== -(precision + 1)) {
    // Fast path: the engine's toFixed is exact and has CPython's layout; it only differs on
    // exact ties (ruled out above: a tie needs exactly precision+1 fractional binary digits).
    return (negative ? '-' : alwaysAddSign ? '+' : '') + ax.toFixed(precision) + (useAlt && precision === 0 ? '.' : '');
  }
  const d: Digits = mode === 0 ? shortestDigits(ax) : mode === 2 ? precisionDigits(ax, precision) : fixedDigits(ax, precision);
  const digits = d.digits;
  let decpt = d.decpt;
  const digitsLen = digits.length;

  if (flags.noNeg0 === true && negative && (digitsLen === 0 || (digitsLen === 1 && digits === '0'))) negative = false;

  let useExp = false;
  let exp = 0;
  let vdigitsEnd = digitsLen;
  switch (code) {
    case 'e': useExp = true; vdigitsEnd = precision; break;
    case 'f': vdigitsEnd = decpt + precision; break;
    case 'g':
      if (decpt <= -4 || decpt > (addDot0 ? precision - 1 : precision)) useExp = true;
      if (useAlt) vdigitsEnd = precision;
      break;
    case 'r':
      if (decpt <= -4 || decpt > 16) useExp = true;
      break;
  }
  if (useExp) {
    exp = decpt - 1;
    decpt = 1;
  }
  const vdigitsStart = decpt <= 0 ? decpt - 1 : 0;
  if (!useExp && addDot0) vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt + 1;
  else vdigitsEnd = vdigitsEnd > decpt ? vdigitsEnd : decpt;

  let out = negative ? '-' : alwaysAddSign ? '+' : '';
  // Zero padding on the left of the digit string.
  if (decpt <= 0) out += zeros(decpt - vdigitsStart) + '.' + zeros(-decpt);
  else out += zeros(-vdigitsStart);
  // The digits, with the decimal point inside them when it falls there.
  if (decpt > 0 && decpt <= digitsLen) out += digits.slice(0, decpt) + '.' + digits.slice(decpt);
  else out += digits;
  // Zeros on the right.
  if (digitsLen < decpt) out += zeros(decpt - digitsLen) + '.' + zeros(vdigitsEnd - decpt);
  else out += zeros(vdigitsEnd - digitsLen);
  // Drop a trailing decimal point unless in alternate form.
  if (out.charCodeAt(out.length - 1) === 46 && !useAlt) out = out.slice(0, -1);
  if (useExp) {
    const ae = Math.abs(exp);
    out += (upper ? 'E' : 'e') + (exp < 0 ? '-' : '+') + (ae < 10 ? '0' : '') + ae;
  }
  return out;
}
