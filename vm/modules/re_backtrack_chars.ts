// Character tests of the backtracking matcher (re_backtrack_*.ts) with sre's rules: the \d \w \s
// categories (the translator's sets, re_translate.ts catSet), and IGNORECASE as CPython 3.11
// compiles it: a literal or set is tested on the subject character's simple lower case against
// the lower cases of the pattern's characters, plus re._casefix's extra equivalences (i/ı, s/ſ,
// µ/μ, ...); only for sets/literals that hold a cased character (else a plain test). ASCII and
// LOCALE (bytes, C locale) patterns fold ASCII letters only. Backreferences compare lower cases.
import { catSet } from './re_translate';

export type CharTest = (c: number) => boolean;

const lowerCache = new Map<number, number>();
const upperCache = new Map<number, number>();

/** Python's simple lower case (Py_UNICODE_TOLOWER: one code point). */
export function lowerU(c: number): number {
  if (c < 128) return c >= 65 && c <= 90 ? c + 32 : c;
  let v = lowerCache.get(c);
  if (v === undefined) {
    const s = String.fromCodePoint(c).toLowerCase();
    const cp = s.codePointAt(0) as number;
    v = s.length === (cp > 0xffff ? 2 : 1) ? cp : c === 0x130 ? 0x69 : c;
    lowerCache.set(c, v);
  }
  return v;
}

/** Python's simple upper case (one code point; a multi-character upper case leaves c). */
export function upperU(c: number): number {
  if (c < 128) return c >= 97 && c <= 122 ? c - 32 : c;
  let v = upperCache.get(c);
  if (v === undefined) {
    const s = String.fromCodePoint(c).toUpperCase();
    const cp = s.codePointAt(0) as number;
    v = s.length === (cp > 0xffff ? 2 : 1) ? cp : c;
    upperCache.set(c, v);
  }
  return v;
}

export const lowerA = (c: number): number => (c >= 65 && c <= 90 ? c + 32 : c);
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const iscasedU = (c: number): boolean => lowerU(c) !== c || upperU(c) !== c;

// CPython 3.11's re._casefix._EXTRA_CASES: lower-case characters with the same upper case as
// other lower-case characters (i/ı, s/ſ, µ/μ, в/ᲀ, ...), keyed by lower case
const FIXES = new Map<number, number[]>([
  [0x69, [0x131]], [0x73, [0x17f]], [0xb5, [0x3bc]], [0x131, [0x69]], [0x17f, [0x73]],
  [0x345, [0x3b9, 0x1fbe]], [0x390, [0x1fd3]], [0x3b0, [0x1fe3]], [0x3b2, [0x3d0]],
  [0x3b5, [0x3f5]], [0x3b8, [0x3d1]], [0x3b9, [0x345, 0x1fbe]], [0x3ba, [0x3f0]], [0x3bc, [0xb5]],
  [0x3c0, [0x3d6]], [0x3c1, [0x3f1]], [0x3c2, [0x3c3]], [0x3c3, [0x3c2]], [0x3c6, [0x3d5]],
  [0x3d0, [0x3b2]], [0x3d1, [0x3b8]], [0x3d5, [0x3c6]], [0x3d6, [0x3c0]], [0x3f0, [0x3ba]],
  [0x3f1, [0x3c1]], [0x3f5, [0x3b5]], [0x432, [0x1c80]], [0x434, [0x1c81]], [0x43e, [0x1c82]],
  [0x441, [0x1c83]], [0x442, [0x1c84, 0x1c85]], [0x44a, [0x1c86]], [0x463, [0x1c87]],
  [0x1c80, [0x432]], [0x1c81, [0x434]], [0x1c82, [0x43e]], [0x1c83, [0x441]],
  [0x1c84, [0x442, 0x1c85]], [0x1c85, [0x442, 0x1c84]], [0x1c86, [0x44a]], [0x1c87, [0x463]],
  [0x1c88, [0xa64b]], [0x1e61, [0x1e9b]], [0x1e9b, [0x1e61]], [0x1fbe, [0x345, 0x3b9]],
  [0x1fd3, [0x390]], [0x1fe3, [0x3b0]], [0xa64b, [0x1c88]], [0xfb05, [0xfb06]], [0xfb06, [0xfb05]],
]);
const NONE: number[] = [];

let preimages: Map<number, number[]> | null = null;

/** Every code point (other than l) whose simple lower case is l (built on first use). */
function lowerPreimages(l: number): number[] {
  if (preimages === null) {
    preimages = new Map();
    for (let x = 0; x < 0x20000; x++) {
      if (x >= 0xd800 && x < 0xe000) continue;
      const y = lowerU(x);
      if (y === x) continue;
      let a = preimages.get(y);
      if (a === undefined) { a = []; preimages.set(y, a); }
      a.push(x);
    }
  }
  return preimages.get(l) ?? NONE;
}

// the categories: ASCII answers from a table, the rest from the translator's sets as RegExps
const catRe = new Map<string, RegExp>();
function catTest(c: string, ascii: boolean): CharTest {
  const key = c + (ascii ? 'a' : 'u');
  let re = catRe.get(key);
  if (re === undefined) {
    re = new RegExp(`[${catSet(c, ascii)}]`, 'v');
    catRe.set(key, re);
  }
  const r = re;
  const table = new Uint8Array(128);
  for (let x = 0; x < 128; x++) table[x] = r.test(String.fromCharCode(x)) ? 1 : 0;
  if (ascii) return (x) => x < 128 && table[x] === 1;
  return (x) => (x < 128 ? table[x] === 1 : r.test(String.fromCodePoint(x)));
}

/** \d \w \s and their negations (c is the escape letter). */
export function category(c: string, ascii: boolean): CharTest {
  const pos = catTest(c.toLowerCase(), ascii);
  return c === c.toLowerCase() ? pos : (x) => !pos(x);
}

export type ClassItem = { k: 'range'; lo: number; hi: number } | { k: 'cat'; c: string };

/** A character set [...] (neg: [^...]) with the given IGNORECASE / ASCII flags. */
export function classTest(items: ClassItem[], neg: boolean, fold: boolean, ascii: boolean): CharTest {
  const ranges: number[] = [];
  const cats: CharTest[] = [];
  let cased = false;
  for (const it of items) {
    if (it.k === 'cat') { cats.push(category(it.c, ascii)); continue; }
    ranges.push(it.lo, it.hi);
    if (fold && !cased) {
      const top = Math.min(it.hi, it.lo + 0x30000);
      for (let x = it.lo; x <= top && !cased; x++) cased = ascii ? isAsciiLetter(x) : iscasedU(x);
    }
  }
  const inLit = (x: number): boolean => {
    for (let k = 0; k < ranges.length; k += 2) if (x >= ranges[k] && x <= ranges[k + 1]) return true;
    return false;
  };
  const inCats = (x: number): boolean => {
    for (const t of cats) if (t(x)) return true;
    return false;
  };
  let member: CharTest;
  if (!fold || !cased) member = (x) => inLit(x) || inCats(x);
  else if (ascii) {
    member = (x) => {
      const l = lowerA(x);
      return inCats(l) || inLit(l) || (l >= 97 && l <= 122 && inLit(l - 32));
    };
  } else {
    const inLower = (l: number): boolean => {
      if (inLit(l)) return true;
      for (const y of lowerPreimages(l)) if (inLit(y)) return true;
      return false;
    };
    member = (x) => {
      const l = lowerU(x);
      if (inCats(l) || inLower(l)) return true;
      for (const f of FIXES.get(l) ?? NONE) if (inLower(f)) return true;
      return false;
    };
  }
  return neg ? (x) => !member(x) : member;
}

/** A literal character with IGNORECASE; null when a plain comparison is exact. */
export function foldedLiteral(c: number, ascii: boolean): CharTest | null {
  if (ascii) {
    if (!isAsciiLetter(c)) return null;
    const l = lowerA(c);
    return (x) => lowerA(x) === l;
  }
  if (!iscasedU(c)) return null;
  const l = lowerU(c);
  const fx = FIXES.get(l) ?? NONE;
  return (x) => {
    const y = lowerU(x);
    return y === l || (fx.length > 0 && fx.includes(y));
  };
}

/** A word character for \b \B. */
export function wordTest(ascii: boolean): CharTest {
  return category('w', ascii);
}
