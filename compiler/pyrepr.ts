// Python's repr() of compile-time constants, exactly as CPython 3.11 prints them: str (quote
// choice, escapes, non-printables by Unicode category), bytes, int, float (shortest round-trip,
// exponent when the decimal exponent is < -4 or >= 16), complex, None/True/False/Ellipsis and
// constant tuples/frozensets. Used by the AST dump, the token dump and the disassembler; the VM
// reuses reprFloat and reprStr.
import { ConstantValue, PyBytes, PyComplex, PyEllipsis, PyFrozenSetConst, PySurrogateStr, PyTupleConst } from './constants';
import { isPrintable } from './unicode_props';

export function reprStr(s: string): string {
  const quote = s.includes("'") && !s.includes('"') ? '"' : "'";
  let out = quote;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c < 0x7f) {
      if (c === 0x5c) out += '\\\\';
      else if (s[i] === quote) out += '\\' + quote;
      else out += s[i];
      continue;
    }
    if (c === 10) { out += '\\n'; continue; }
    if (c === 13) { out += '\\r'; continue; }
    if (c === 9) { out += '\\t'; continue; }
    if (c < 0x20 || c === 0x7f) { out += '\\x' + c.toString(16).padStart(2, '0'); continue; }
    let cp = c;
    let ch = s[i];
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        ch = s.slice(i, i + 2);
        i++;
      }
    }
    if (!isPrintable(cp)) {
      if (cp <= 0xff) out += '\\x' + cp.toString(16).padStart(2, '0');
      else if (cp <= 0xffff) out += '\\u' + cp.toString(16).padStart(4, '0');
      else out += '\\U' + cp.toString(16).padStart(8, '0');
    } else out += ch;
  }
  return out + quote;
}

/** repr() of a str that a JS string cannot hold: each code point on its own (so its lone surrogates are escaped one by one). */
function reprSurrogateStr(v: PySurrogateStr): string {
  const cps = v.codePoints;
  const quote = cps.includes(0x27) && !cps.includes(0x22) ? '"' : "'";
  let out = quote;
  for (const cp of cps) {
    const r = reprStr(String.fromCodePoint(cp));
    // the single character's repr, without its quotes (and its quote escaped for ours)
    const inner = r.slice(1, -1);
    out += cp === 0x27 || cp === 0x22 ? (String.fromCharCode(cp) === quote ? '\\' + quote : String.fromCharCode(cp)) : inner;
  }
  return out + quote;
}

export function reprBytes(b: Uint8Array): string {
  let hasSingle = false;
  let hasDouble = false;
  for (const x of b) {
    if (x === 0x27) hasSingle = true;
    else if (x === 0x22) hasDouble = true;
  }
  const quote = hasSingle && !hasDouble ? '"' : "'";
  let out = 'b' + quote;
  for (const x of b) {
    if (x === 0x5c) out += '\\\\';
    else if (x === quote.charCodeAt(0)) out += '\\' + quote;
    else if (x === 9) out += '\\t';
    else if (x === 10) out += '\\n';
    else if (x === 13) out += '\\r';
    else if (x < 0x20 || x >= 0x7f) out += '\\x' + x.toString(16).padStart(2, '0');
    else out += String.fromCharCode(x);
  }
  return out + quote;
}

/** repr(float) (addDotZero) or the float part of repr(complex) (no ".0" on integral values). */
function formatFloat(x: number, addDotZero: boolean): string {
  if (Number.isNaN(x)) return 'nan';
  if (x === Infinity) return 'inf';
  if (x === -Infinity) return '-inf';
  if (x === 0) return (Object.is(x, -0) ? '-0' : '0') + (addDotZero ? '.0' : '');
  const sign = x < 0 ? '-' : '';
  const [mant, expText] = Math.abs(x).toExponential().split('e');
  const digits = mant.replace('.', '');
  const exp = Number(expText);
  if (exp < -4 || exp >= 16) {
    const m = digits.length > 1 ? digits[0] + '.' + digits.slice(1) : digits;
    const e = Math.abs(exp);
    return `${sign}${m}e${exp < 0 ? '-' : '+'}${e < 10 ? '0' + e : e}`;
  }
  let body: string;
  if (exp < 0) body = '0.' + '0'.repeat(-exp - 1) + digits;
  else if (digits.length > exp + 1) body = digits.slice(0, exp + 1) + '.' + digits.slice(exp + 1);
  else body = digits + '0'.repeat(exp + 1 - digits.length) + (addDotZero ? '.0' : '');
  return sign + body;
}

export function reprFloat(x: number): string {
  return formatFloat(x, true);
}

export function reprComplex(c: PyComplex): string {
  const imag = formatFloat(c.imag, false) + 'j';
  if (c.real === 0 && !Object.is(c.real, -0)) return imag;
  const real = formatFloat(c.real, false);
  const sign = c.imag < 0 || Object.is(c.imag, -0) || (Number.isNaN(c.imag) && false) ? '' : '+';
  return `(${real}${sign}${imag})`;
}

export function reprConstant(v: ConstantValue): string {
  if (v === null) return 'None';
  if (v === true) return 'True';
  if (v === false) return 'False';
  if (typeof v === 'bigint') return v.toString();
  if (typeof v === 'number') return reprFloat(v);
  if (typeof v === 'string') return reprStr(v);
  if (v instanceof PySurrogateStr) return reprSurrogateStr(v);
  if (v instanceof PyBytes) return reprBytes(v.bytes);
  if (v instanceof PyComplex) return reprComplex(v);
  if (v instanceof PyEllipsis) return 'Ellipsis';
  if (v instanceof PyTupleConst) {
    if (v.items.length === 1) return `(${reprConstant(v.items[0])},)`;
    return `(${v.items.map(reprConstant).join(', ')})`;
  }
  if (v instanceof PyFrozenSetConst) {
    return v.items.length === 0 ? 'frozenset()' : `frozenset({${v.items.map(reprConstant).join(', ')}})`;
  }
  throw new Error('unknown constant');
}
