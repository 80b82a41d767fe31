// Case mapping and case predicates of str with CPython 3.11's rules: upper/lower are the JS full
// mappings (they agree with Unicode 14 except for NEWER_CASE's code points, kept as they are), titlecase and casefold add the
// exceptions in str_unicode.ts, capital sigma lowers to final sigma in CPython's context
// (a cased letter before it, none after, skipping case-ignorable characters). ASCII-only text
// takes loops without regexes.
import { TITLE_CASE, CASE_FOLD, DIGIT_EXTRA, NUMERIC_EXTRA } from './str_unicode';

const RE_CASED = /\p{Cased}/u;
const RE_IGNORABLE = /\p{Case_Ignorable}/u;
const RE_UPPER = /\p{Uppercase}/u;
const RE_LOWER = /\p{Lowercase}/u;
const RE_TITLE = /\p{Lt}/u;

// Node's ICU has a newer Unicode than CPython 3.11's 14.0: these code points gained case
// mappings since (found by comparing python3's str.upper/lower with JS's for every code point);
// CPython maps each of them to itself.
const NEWER_CASE = /[\u019b\u0264\u1c89\u1c8a\ua7cb-\ua7cf\ua7d2-\ua7d5\ua7da-\ua7dc]|\ud803[\udd50-\udd65\udd70-\udd85]|\ud81b[\udea0-\udeb8\udebb-\uded3]/;

function keepNewer(s: string, f: (c: string) => string): string {
  let out = '';
  for (const c of s) out += NEWER_CASE.test(c) ? c : f(c);
  return out;
}
const toUpper = (c: string): string => (NEWER_CASE.test(c) ? c : c.toUpperCase());

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

export const isCasedCp = (c: string): boolean => RE_CASED.test(c);
export const isUpperCp = (c: string): boolean => RE_UPPER.test(c);
export const isLowerCp = (c: string): boolean => RE_LOWER.test(c);
export const isTitleCp = (c: string): boolean => RE_TITLE.test(c);

function titleOf(c: string): string {
  const t = TITLE_CASE.get(c.codePointAt(0)!);
  return t !== undefined ? t : toUpper(c);
}

/** Lowercase of a[i] in context (final sigma). */
function lowerAt(a: string[], i: number): string {
  const c = a[i];
  if (c !== '\u03a3') return NEWER_CASE.test(c) ? c : c.toLowerCase();
  let j = i - 1;
  while (j >= 0 && RE_IGNORABLE.test(a[j])) j--;
  const before = j >= 0 && RE_CASED.test(a[j]);
  j = i + 1;
  while (j < a.length && RE_IGNORABLE.test(a[j])) j++;
  const after = j < a.length && RE_CASED.test(a[j]);
  return before && !after ? '\u03c2' : '\u03c3';
}

export function upper(s: string): string {
  return NEWER_CASE.test(s) ? keepNewer(s, (c) => c.toUpperCase()) : s.toUpperCase();
}
export function lower(s: string): string {
  return NEWER_CASE.test(s) ? keepNewer(s, (c) => c.toLowerCase()) : s.toLowerCase();
}

export function casefold(s: string): string {
  if (isAscii(s)) return s.toLowerCase();
  let out = '';
  for (const c of s) {
    const f = CASE_FOLD.get(c.codePointAt(0)!);
    out += f !== undefined ? f : NEWER_CASE.test(c) ? c : c.toLowerCase();
  }
  return out;
}

export function title(s: string): string {
  if (isAscii(s)) {
    let out = '';
    let prev = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const up = c >= 65 && c <= 90;
      const low = c >= 97 && c <= 122;
      if (up || low) {
        out += String.fromCharCode(prev ? (up ? c + 32 : c) : low ? c - 32 : c);
        prev = true;
      } else {
        out += s[i];
        prev = false;
      }
    }
    return out;
  }
  const a = [...s];
  let out = '';
  let prev = false;
  for (let i = 0; i < a.length; i++) {
    out += prev ? lowerAt(a, i) : titleOf(a[i]);
    prev = RE_CASED.test(a[i]);
  }
  return out;
}

export function capitalize(s: string): string {
  if (s.length === 0) return s;
  if (isAscii(s)) return s[0].toUpperCase() + s.slice(1).toLowerCase();
  const a = [...s];
  let out = titleOf(a[0]);
  for (let i = 1; i < a.length; i++) out += lowerAt(a, i);
  return out;
}

export function swapcase(s: string): string {
  const a = [...s];
  let out = '';
  for (let i = 0; i < a.length; i++) {
    const c = a[i];
    if (RE_UPPER.test(c)) out += lowerAt(a, i);
    else if (RE_LOWER.test(c)) out += toUpper(c);
    else out += c;
  }
  return out;
}

export function isUpperStr(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (RE_LOWER.test(c) || RE_TITLE.test(c)) return false;
    if (!cased && RE_UPPER.test(c)) cased = true;
  }
  return cased;
}

export function isLowerStr(s: string): boolean {
  let cased = false;
  for (const c of s) {
    if (RE_UPPER.test(c) || RE_TITLE.test(c)) return false;
    if (!cased && RE_LOWER.test(c)) cased = true;
  }
  return cased;
}

export function isTitleStr(s: string): boolean {
  let cased = false;
  let prev = false;
  for (const c of s) {
    if (RE_UPPER.test(c) || RE_TITLE.test(c)) {
      if (prev) return false;
      prev = cased = true;
    } else if (RE_LOWER.test(c)) {
      if (!prev) return false;
      prev = cased = true;
    } else prev = false;
  }
  return cased;
}

const RE_ND = /\p{Nd}/u;
const RE_N = /\p{N}/u;
const RE_L = /\p{L}/u;

export function isDigitCp(c: string): boolean { return RE_ND.test(c) || DIGIT_EXTRA.has(c.codePointAt(0)!); }
export function isNumericCp(c: string): boolean { return RE_N.test(c) || NUMERIC_EXTRA.has(c.codePointAt(0)!); }
export function isDecimalCp(c: string): boolean { return RE_ND.test(c); }
export function isAlphaCp(c: string): boolean { return RE_L.test(c); }
export function isAlnumCp(c: string): boolean { return RE_L.test(c) || isNumericCp(c); }

/** True when s is non-empty and every code point passes test (ASCII text uses asciiTest). */
export function allChars(s: string, test: (c: string) => boolean, asciiTest: (c: number) => boolean): boolean {
  if (s.length === 0) return false;
  if (isAscii(s)) {
    for (let i = 0; i < s.length; i++) if (!asciiTest(s.charCodeAt(i))) return false;
    return true;
  }
  for (const c of s) if (!test(c)) return false;
  return true;
}
