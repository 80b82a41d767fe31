// complex(str) parsing as CPython's complex_subtype_from_string / complex_from_string_inner:
// Unicode digits and spaces mapped to ASCII, underscores only between digits, then optional
// whitespace and '(' ... ')', and one of <float>, <float>j, <float><signed-float>j, <float><sign>j,
// <sign>j, j, where <float> is anything float() accepts (inf, nan, exponents). The caller raises
// ValueError: 'malformed' -> "complex() arg is a malformed string", 'underscore' ->
// "could not convert string to complex: %r" (CPython's two messages).

import { isAsciiSpace, transformDecimalAndSpaceToAscii } from './unicode_numeric';

export type ComplexParse = { real: number; imag: number } | { error: 'malformed' | 'underscore' };

const FLOAT_PREFIX = /[+-]?(?:(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?|infinity|inf|nan)/iy;

/** The longest float literal at position i (as strtod): [value, end], or null when none. */
function floatPrefix(s: string, i: number): [number, number] | null {
  FLOAT_PREFIX.lastIndex = i;
  const m = FLOAT_PREFIX.exec(s);
  if (m === null) return null;
  const text = m[0];
  const lower = text.toLowerCase();
  let v: number;
  if (lower.endsWith('nan')) v = NaN;
  else if (lower.endsWith('inf') || lower.endsWith('infinity')) v = text[0] === '-' ? -Infinity : Infinity;
  else v = Number(text);
  return [v, i + text.length];
}

function underscoresOk(s: string): boolean {
  let prev = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 95) {
      if (!(prev >= 48 && prev <= 57)) return false;
    } else if (prev === 95 && !(c >= 48 && c <= 57)) return false;
    prev = c;
  }
  return prev !== 95;
}

export function parseComplexLiteral(input: string): ComplexParse {
  let s = transformDecimalAndSpaceToAscii(input);
  if (s.indexOf('_') >= 0) {
    if (!underscoresOk(s)) return { error: 'underscore' };
    s = s.split('_').join('');
  }
  const n = s.length;
  const malformed: ComplexParse = { error: 'malformed' };
  let i = 0;
  let x = 0;
  let y = 0;
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  let bracket = false;
  if (s[i] === '(') {
    bracket = true;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  const z = floatPrefix(s, i);
  if (z !== null) {
    i = z[1];
    const c = s[i];
    if (c === '+' || c === '-') {
      x = z[0];
      const w = floatPrefix(s, i);
      if (w !== null) {
        y = w[0];
        i = w[1];
      } else {
        y = c === '+' ? 1 : -1;
        i++;
      }
      if (s[i] !== 'j' && s[i] !== 'J') return malformed;
      i++;
    } else if (c === 'j' || c === 'J') {
      i++;
      y = z[0];
    } else x = z[0];
  } else {
    const c = s[i];
    if (c === '+' || c === '-') {
      y = c === '+' ? 1 : -1;
      i++;
    } else y = 1;
    if (s[i] !== 'j' && s[i] !== 'J') return malformed;
    i++;
  }
  while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  if (bracket) {
    if (s[i] !== ')') return malformed;
    i++;
    while (i < n && isAsciiSpace(s.charCodeAt(i))) i++;
  }
  return i === n ? { real: x, imag: y } : malformed;
}
