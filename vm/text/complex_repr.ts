// repr() and str() of a Python complex, as CPython's complex_repr: '1j', '(1+2j)', '(-0-1j)',
// '(nan+infj)'. The parts use the float repr digits without the '.0' suffix; the real part and
// the parentheses are omitted only when the real part is +0.0 (not -0.0).

import { signBit } from './float_digits';
import { doubleToString } from './float_to_string';

const SIGN = { sign: true };

export function complexRepr(real: number, imag: number): string {
  if (real === 0 && !signBit(real)) return doubleToString(imag, 'r', 0) + 'j';
  return '(' + doubleToString(real, 'r', 0) + doubleToString(imag, 'r', 0, SIGN) + 'j)';
}
