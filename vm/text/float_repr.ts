// repr() and str() of a Python float (identical since Python 3.2): the shortest string that
// round-trips, in fixed notation for 1e-4 <= |x| < 1e16 and exponent notation otherwise
// ('1e+16', '1.5e-05'), always with a '.0' or exponent so it reads back as a float;
// 'inf', '-inf', 'nan', '-0.0'.

import { doubleToString } from './float_to_string';

const REPR_FLAGS = { addDot0: true };

/** CPython's float_repr: PyOS_double_to_string(x, 'r', 0, Py_DTSF_ADD_DOT_0). */
export function floatRepr(x: number): string {
  // Fast path: for 1e-4 <= |x| < 1e16 both languages print the same shortest digits in fixed
  // notation (the engine switches to exponents only below 1e-6 or from 1e21).
  const ax = Math.abs(x);
  if (ax >= 1e-4 && ax < 1e16) {
    const s = String(x);
    return s.indexOf('.') >= 0 ? s : s + '.0';
  }
  if (x === 0) return 1 / x > 0 ? '0.0' : '-0.0';
  return doubleToString(x, 'r', 0, REPR_FLAGS);
}

/** str(float) is repr(float) in Python 3. */
export function floatStr(x: number): string {
  return floatRepr(x);
}
