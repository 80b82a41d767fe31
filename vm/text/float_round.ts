// Float arithmetic helpers with CPython's exact semantics: round() (correctly rounded, half-even
// on the exact binary value, via dtoa mode 3 digits as float___round__ does), round-to-int,
// int(float), float.as_integer_ratio(), and %, //, divmod with Python's sign rules (the
// remainder takes the divisor's sign, zero remainders are signed like the divisor, the quotient
// is snapped to an integral value). Errors are FormatError with CPython's exception and text.

import { decompose, fixedDigits, oddExponent, signBit } from './float_digits';
import { FormatError } from './format_error';

const SSIZE_MAX = 9223372036854775807;
const NDIGITS_MAX = 323; // (DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103
const NDIGITS_MIN = -308; // -(DBL_MAX_EXP + 1) * 0.30103

/** round(x, ndigits) for a float x; ndigits saturates like PyNumber_AsSsize_t(o, NULL). */
export function roundFloat(x: number, ndigits: number | bigint): number {
  let nd: number;
  if (typeof ndigits === 'bigint') {
    nd = ndigits > BigInt(SSIZE_MAX) ? SSIZE_MAX : ndigits < -BigInt(SSIZE_MAX) - 1n ? -SSIZE_MAX - 1 : Number(ndigits);
  } else nd = ndigits;
  if (!Number.isFinite(x)) return x;
  if (nd > NDIGITS_MAX) return x;
  if (nd < NDIGITS_MIN) return 0 * x;
  if (x === 0) return x;
  const ax = Math.abs(x);
  if (nd >= 0 && nd <= 100 && ax < 1e21 && oddExponent(ax) !== -(nd + 1)) {
    // toFixed's digits are dtoa mode 3's unless the exact value is a tie (fixedDigits), and
    // Number() of them is strtod's correctly rounded double, as float___round__ ends; "-0.00"
    // reads -0.0, as CPython's rounding of a small negative gives
    return Number(x.toFixed(nd));
  }
  const d = fixedDigits(ax, nd);
  const neg = x < 0;
  if (d.digits === '') return neg ? -0 : 0;
  const r = Number(`${d.digits}e${d.decpt - d.digits.length}`);
  if (r === Infinity) throw new FormatError('OverflowError', 'rounded value too large to represent');
  return neg ? -r : r;
}

function checkIntegral(x: number): void {
  if (x !== x) throw new FormatError('ValueError', 'cannot convert float NaN to integer');
  if (x === Infinity || x === -Infinity) throw new FormatError('OverflowError', 'cannot convert float infinity to integer');
}

/** round(x) with no ndigits: nearest integer, ties to even, as an int. */
export function roundFloatToInt(x: number): bigint {
  checkIntegral(x);
  const f = Math.floor(x);
  const diff = x - f; // exact
  let r = f;
  if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) r = f + 1;
  return BigInt(r);
}

/** int(x): truncation toward zero. */
export function floatToBigInt(x: number): bigint {
  checkIntegral(x);
  return BigInt(Math.trunc(x));
}

/** float.as_integer_ratio(): the exact value as (numerator, positive denominator) in lowest terms. */
export function floatToIntegerRatio(x: number): [bigint, bigint] {
  if (x !== x) throw new FormatError('ValueError', 'cannot convert NaN to integer ratio');
  if (x === Infinity || x === -Infinity) throw new FormatError('OverflowError', 'cannot convert Infinity to integer ratio');
  if (x === 0) return [0n, 1n];
  let { mant, exp } = decompose(x);
  while (exp < 0 && mant % 2 === 0) {
    mant /= 2;
    exp++;
  }
  let num = BigInt(mant);
  let den = 1n;
  if (exp >= 0) num <<= BigInt(exp);
  else den <<= BigInt(-exp);
  return [x < 0 ? -num : num, den];
}

function copysign(a: number, b: number): number {
  return signBit(b) ? -Math.abs(a) : Math.abs(a);
}

/** Python's float % float. */
export function floatMod(vx: number, wx: number): number {
  if (wx === 0) throw new FormatError('ZeroDivisionError', 'float modulo');
  let mod = vx % wx; // C fmod, exactly
  if (mod !== 0) {
    // NaN also lands here, as in C where `if (mod)` is true for NaN; the comparisons are false.
    if ((wx < 0) !== (mod < 0)) mod += wx;
  } else mod = copysign(0, wx);
  return mod;
}

/** _float_div_mod: [floor quotient, remainder]. */
function divMod(vx: number, wx: number): [number, number] {
  let mod = vx % wx;
  let div = (vx - mod) / wx;
  if (mod !== 0) {
    if ((wx < 0) !== (mod < 0)) {
      mod += wx;
      div -= 1.0;
    }
  } else mod = copysign(0, wx);
  let floordiv: number;
  if (div !== 0) {
    floordiv = Math.floor(div);
    if (div - floordiv > 0.5) floordiv += 1.0;
  } else floordiv = copysign(0, vx / wx);
  return [floordiv, mod];
}

export function floatDivmod(vx: number, wx: number): [number, number] {
  if (wx === 0) throw new FormatError('ZeroDivisionError', 'float divmod()');
  return divMod(vx, wx);
}

export function floatFloorDiv(vx: number, wx: number): number {
  if (wx === 0) throw new FormatError('ZeroDivisionError', 'float floor division by zero');
  return divMod(vx, wx)[0];
}

/** float / float. */
export function floatTrueDiv(vx: number, wx: number): number {
  if (wx === 0) throw new FormatError('ZeroDivisionError', 'float division by zero');
  return vx / wx;
}
