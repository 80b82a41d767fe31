// Compile-time constant values, as they appear in ast.Constant and in code-object consts.
// Python int -> bigint (always, so 1 and 1.0 stay distinct), float -> number, str -> string
// (UTF-16, lone surrogates allowed as in Python) or, rarely, PySurrogateStr (below), None -> null,
// bool -> boolean. The rest are small classes so that a `instanceof` test tells them apart.

export class PyBytes {
  constructor(readonly bytes: Uint8Array) {}
}

/** A complex literal. Literals are purely imaginary (`2j`); folding may produce a real part. */
export class PyComplex {
  constructor(readonly real: number, readonly imag: number) {}
}

export class PyEllipsis {
  static readonly instance = new PyEllipsis();
  private constructor() {}
}
export const ELLIPSIS = PyEllipsis.instance;

/** A tuple of constants (codegen folds constant tuples; ast.Constant never holds one). */
export class PyTupleConst {
  constructor(readonly items: readonly ConstantValue[]) {}
}

/** A frozenset of constants (codegen uses it for `x in {1, 2}`). */
export class PyFrozenSetConst {
  constructor(readonly items: readonly ConstantValue[]) {}
}

/**
 * A str in which a high surrogate code point is directly followed by a low surrogate code point
 * ('\ud834\udd1e' written as two escapes): as a JS string those two units would read as one
 * astral character ('\U0001d11e'), a different Python str. Every other str is a JS string, so
 * this only comes from escapes in literals and from folding them; pyStrConcat makes it.
 */
export class PySurrogateStr {
  constructor(readonly codePoints: readonly number[]) {}
}

/** bool(v) of a constant (undefined: not a constant CPython folds, a frozenset). */
export function constTruth(v: ConstantValue): boolean | undefined {
  if (v === null) return false;
  if (typeof v === 'boolean') return v;
  if (typeof v === 'bigint') return v !== 0n;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') return v.length > 0;
  if (v instanceof PySurrogateStr) return true;
  if (v instanceof PyBytes) return v.bytes.length > 0;
  if (v instanceof PyTupleConst) return v.items.length > 0;
  if (v instanceof PyComplex) return v.real !== 0 || v.imag !== 0;
  if (v === ELLIPSIS) return true;
  return undefined;
}

/** A Python str constant in either representation. */
export type PyStr = string | PySurrogateStr;

export function isPyStr(v: ConstantValue): v is PyStr {
  return typeof v === 'string' || v instanceof PySurrogateStr;
}

function isHigh(u: number): boolean { return u >= 0xd800 && u <= 0xdbff; }
function isLow(u: number): boolean { return u >= 0xdc00 && u <= 0xdfff; }

/** The code points of a str (a JS string's surrogate pairs are astral characters). */
export function pyStrCodePoints(s: PyStr): number[] {
  if (typeof s !== 'string') return s.codePoints.slice();
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}

/** len() of a str. */
export function pyStrLength(s: PyStr): number {
  if (typeof s !== 'string') return s.codePoints.length;
  let n = s.length;
  for (let i = 0; i + 1 < s.length; i++) if (isHigh(s.charCodeAt(i)) && isLow(s.charCodeAt(i + 1))) { n--; i++; }
  return n;
}

/**
 * a + b as Python strs. A JS string never ends in half of a pair and never starts with the second
 * half (its lone surrogates are lone), so joining two JS strings is only ambiguous when a ends
 * with a high surrogate and b starts with a low one: that makes a PySurrogateStr.
 */
export function pyStrConcat(a: PyStr, b: PyStr): PyStr {
  if (typeof a === 'string' && typeof b === 'string') {
    if (a.length === 0) return b;
    if (b.length === 0 || !isHigh(a.charCodeAt(a.length - 1)) || !isLow(b.charCodeAt(0))) return a + b;
  }
  const cps = pyStrCodePoints(a);
  for (const cp of typeof b === 'string' ? pyStrCodePoints(b) : b.codePoints) cps.push(cp);
  return new PySurrogateStr(cps);
}

export type ConstantValue =
  | null
  | boolean
  | bigint
  | number
  | string
  | PySurrogateStr
  | PyBytes
  | PyComplex
  | PyEllipsis
  | PyTupleConst
  | PyFrozenSetConst;
