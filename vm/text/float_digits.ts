// Decimal digit generation for doubles, the part of David Gay's _Py_dg_dtoa that CPython's float
// formatting uses: mode 0 (shortest string that round-trips), mode 2 (ndigits significant
// digits) and mode 3 (ndigits digits after the decimal point, ndigits may be negative).
// Results are {digits, decpt}: value = 0.<digits> * 10**decpt, digits without leading or
// trailing zeros ('' when a mode-3 rounding gives zero; '0' with decpt 1 for an input of zero).
// Modes 2/3 are exact: the double is expanded to its exact decimal value with BigInt and rounded
// half-even, as dtoa does. Mode 0 relies on ECMAScript's Number-to-string, which is specified to
// give the shortest round-tripping digits closest to the value (the same choice dtoa makes).
// Inputs are finite and non-negative (callers handle the sign, inf and nan).

export interface Digits {
  digits: string;
  decpt: number;
}

const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const LO = LITTLE_ENDIAN ? 0 : 1;
const HI = LITTLE_ENDIAN ? 1 : 0;

/** Raw IEEE fields: [high 32 bits, low 32 bits]. */
export function floatWords(x: number): [number, number] {
  f64[0] = x;
  return [u32[HI], u32[LO]];
}

/** True for -0.0 and for every negative number (and a NaN with its sign bit set). */
export function signBit(x: number): boolean {
  f64[0] = x;
  return (u32[HI] >>> 31) === 1;
}

/** |x| = mant * 2**exp exactly, mant < 2**53 an integer (x finite, nonzero). */
export function decompose(x: number): { mant: number; exp: number } {
  f64[0] = x;
  const hi = u32[HI];
  const lo = u32[LO];
  const e = (hi >>> 20) & 0x7ff;
  const fracHi = hi & 0xfffff;
  if (e === 0) return { mant: fracHi * 4294967296 + lo, exp: -1074 };
  return { mant: (fracHi + 0x100000) * 4294967296 + lo, exp: e - 1075 };
}

const pow5Cache: bigint[] = [1n];
export function pow5(n: number): bigint {
  if (n < pow5Cache.length) return pow5Cache[n];
  if (n > 4000) return 5n ** BigInt(n);
  let p = pow5Cache[pow5Cache.length - 1];
  for (let i = pow5Cache.length; i <= n; i++) {
    p *= 5n;
    pow5Cache.push(p);
  }
  return p;
}

function stripTrailingZeros(s: string): string {
  let end = s.length;
  while (end > 0 && s.charCodeAt(end - 1) === 48) end--;
  return end === s.length ? s : s.slice(0, end);
}

/** The exact decimal expansion of a finite x > 0. */
export function exactDigits(x: number): Digits {
  let { mant, exp } = decompose(x);
  while (exp < 0 && mant % 2 === 0) {
    mant /= 2;
    exp++;
  }
  if (exp >= 0) {
    const s = (BigInt(mant) << BigInt(exp)).toString();
    return { digits: stripTrailingZeros(s), decpt: s.length };
  }
  const s = (BigInt(mant) * pow5(-exp)).toString();
  return { digits: stripTrailingZeros(s), decpt: s.length + exp };
}

/**
 * Round an exact digit string to its first `keep` digits, half-even.
 * `keep` may be <= 0 (the whole value is below the rounding position).
 */
export function roundDigitString(d: Digits, keep: number): Digits {
  const { digits, decpt } = d;
  if (keep >= digits.length) return d;
  if (keep < 0) return { digits: '', decpt: decpt - keep };
  // Compare the dropped tail with one half of a unit in the last kept place.
  const first = digits.charCodeAt(keep);
  let up: boolean;
  if (first > 53) up = true;
  else if (first < 53) up = false;
  else if (keep + 1 < digits.length) up = true; // digits has no trailing zeros: tail > half
  else up = keep > 0 && (digits.charCodeAt(keep - 1) & 1) === 1; // exact tie: to even
  if (!up) {
    const kept = stripTrailingZeros(digits.slice(0, keep));
    return kept === '' ? { digits: '', decpt: decpt - keep } : { digits: kept, decpt };
  }
  // Increment the kept prefix; trailing 9s become 0s (and are stripped).
  let i = keep - 1;
  while (i >= 0 && digits.charCodeAt(i) === 57) i--;
  if (i < 0) return { digits: '1', decpt: decpt + 1 };
  return { digits: digits.slice(0, i) + String.fromCharCode(digits.charCodeAt(i) + 1), decpt };
}

/** dtoa mode 0: the shortest digits that round-trip. */
export function shortestDigits(x: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  return digitsFromEngineString(String(x));
}

/** |x| = mant * 2**exp with mant odd (x finite, nonzero): exp < 0 means -exp fractional decimal digits. */
export function oddExponent(x: number): number {
  let { mant, exp } = decompose(x);
  if (mant === 0) return 0;
  // Count trailing zero bits of mant (< 2**53) without BigInt.
  let lo = mant % 4294967296;
  if (lo === 0) {
    lo = Math.floor(mant / 4294967296);
    exp += 32;
  }
  exp += 31 - Math.clz32(lo & -lo);
  return exp;
}

/**
 * Parse the engine's decimal output for x > 0 (String(x), toFixed, toPrecision: '123.45',
 * '0.00012', '1.5e-7', '1e+21') into digits and decimal point position; '' for zero.
 */
function digitsFromEngineString(s: string): Digits {
  let end = s.length;
  let e10 = 0;
  const ePos = s.indexOf('e');
  if (ePos >= 0) {
    e10 = Number(s.slice(ePos + 1));
    end = ePos;
  }
  const dot = s.indexOf('.');
  const intEnd = dot >= 0 && dot < end ? dot : end;
  let i = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c !== 48 && c !== 46) break;
  }
  let j = end;
  for (; j > i; j--) {
    const c = s.charCodeAt(j - 1);
    if (c !== 48 && c !== 46) break;
  }
  if (i >= j) return { digits: '', decpt: 0 };
  const digits = dot > i && dot < j ? s.slice(i, dot) + s.slice(dot + 1, j) : s.slice(i, j);
  return { digits, decpt: (i < intEnd ? intEnd - i : intEnd + 1 - i) + e10 };
}

/** dtoa mode 2: `ndigits` (>= 1) significant digits, correctly rounded. */
export function precisionDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  if (ndigits <= 100) {
    // The engine's toPrecision is exact but breaks ties upward; ties need the exact value to
    // have exactly ndigits+1 significant digits, which the binary exponent rules out cheaply.
    const d = digitsFromEngineString(x.toPrecision(ndigits));
    const e = oddExponent(x);
    const tie = e < 0
      ? -e === ndigits - d.decpt + 1 || -e === ndigits - d.decpt + 2
      : e === d.decpt - ndigits - 1 || e === d.decpt - ndigits - 2;
    if (!tie) return d;
  }
  return roundDigitString(exactDigits(x), ndigits);
}

/** dtoa mode 3: `ndigits` digits after the decimal point (may be negative), correctly rounded. */
export function fixedDigits(x: number, ndigits: number): Digits {
  if (x === 0) return { digits: '0', decpt: 1 };
  if (ndigits >= 0 && ndigits <= 100 && x < 1e21 && oddExponent(x) !== -(ndigits + 1)) {
    // toFixed is exact except that it breaks ties upward; a tie needs exactly ndigits+1
    // fractional digits, i.e. an odd mantissa times 2**-(ndigits+1).
    const d = digitsFromEngineString(x.toFixed(ndigits));
    return d.digits === '' ? { digits: '', decpt: -ndigits } : d;
  }
  const exact = exactDigits(x);
  const r = roundDigitString(exact, exact.decpt + ndigits);
  if (r.digits === '') return { digits: '', decpt: -ndigits };
  return r;
}
