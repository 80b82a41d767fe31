// str, the representation: immutable, hashed at creation, length in code points.
//   payload: [hash (raw int32), length (code points), kind, data...]
//   kind 1: every code point is in the BMP; data is one UTF-16 unit per code point (u16 view)
//   kind 2: some code point is astral; data is one int32 word per code point
// So indexing is O(1) in both kinds and a str never holds a surrogate pair. Lone surrogates are
// kept as-is (Python allows them). JS strings of old (non-moving) str objects are cached per
// worker; the cache is dropped after every major collection.
// The methods of str (split, join, format, ...) are in str.ts; this file is the representation.
import { mem, u16 } from '../../stmgc/heap';
import { alloc, allocOld, gcEpoch } from '../runtime/alloc';
import { L_STR } from '../runtime/layouts';
import { pin } from '../runtime/pinned';
import { GC_OLD } from '../../stmgc/layout';

export const S_HASH = 2;
export const S_LEN = 3;
export const S_KIND = 4;
export const S_DATA = 5;

/** FNV-1a over code points, folded to a non-negative-or-negative int32 that is never -1. */
export function hashCodePoints(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= s.length;
  return h === -1 ? -2 : h;
}

function hasAstral(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return true;
    }
  }
  return false;
}

function write(r: number, s: string, astral: boolean, n: number): void {
  mem[r + S_HASH] = hashCodePoints(s);
  mem[r + S_LEN] = n;
  if (!astral) {
    mem[r + S_KIND] = 1;
    const base = (r + S_DATA) * 2;
    for (let i = 0; i < s.length; i++) u16[base + i] = s.charCodeAt(i);
  } else {
    mem[r + S_KIND] = 2;
    let k = r + S_DATA;
    for (const ch of s) mem[k++] = ch.codePointAt(0)!;
  }
}

function make(s: string, old: boolean): number {
  const astral = hasAstral(s);
  const n = astral ? [...s].length : s.length;
  const words = 3 + (astral ? n : (n + 1) >> 1);
  const r = old ? allocOld(L_STR, words, 0) : alloc(L_STR, words, 0);
  write(r, s, astral, n);
  return r;
}

/** A new str with the contents of a JS string (its surrogate pairs become code points). */
export function newStr(s: string): number {
  if (s.length <= 1) return s.length === 0 ? EMPTY : charStr(s.charCodeAt(0));
  return make(s, false);
}

let EMPTY = 0;
const singleChars: number[] = [];

/** The one-character strings below 256 are shared. */
export function charStr(code: number): number {
  if (code < 256) {
    const c = singleChars[code];
    if (c !== undefined && c !== 0) return c;
    const r = pin(make(String.fromCharCode(code), true));
    singleChars[code] = r;
    return r;
  }
  return make(String.fromCodePoint(code), false);
}

// ── interning: one str object per identifier / constant text, in old space ──
const interned = new Map<string, number>();
export function intern(s: string): number {
  let r = interned.get(s);
  if (r === undefined) {
    r = s.length === 1 && s.charCodeAt(0) < 256 ? charStr(s.charCodeAt(0)) : pin(make(s, true));
    interned.set(s, r);
    jsCache.set(r, s);
  }
  return r;
}

export function initStrings(): void {
  interned.clear();
  jsCache.clear();
  singleChars.length = 0;
  EMPTY = pin(make('', true));
  interned.set('', EMPTY);
  jsCache.set(EMPTY, '');
}
export function emptyStr(): number { return EMPTY; }

// ── reading ──
const jsCache = new Map<number, string>();
let cacheEpoch = -1;

/** The JS string of a str object. */
export function strJs(r: number): string {
  if ((mem[r] & GC_OLD) !== 0) {
    const e = gcEpoch();
    if (e !== cacheEpoch) {
      // keep interned strings (pinned), drop the rest
      jsCache.clear();
      for (const [s, ref] of interned) jsCache.set(ref, s);
      cacheEpoch = e;
    }
    const c = jsCache.get(r);
    if (c !== undefined) return c;
    const s = decode(r);
    if (jsCache.size < 100_000) jsCache.set(r, s);
    return s;
  }
  return decode(r);
}

function decode(r: number): string {
  const n = mem[r + S_LEN];
  if (mem[r + S_KIND] === 1) {
    const base = (r + S_DATA) * 2;
    if (n < 64) {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(u16[base + i]);
      return s;
    }
    let s = '';
    for (let i = 0; i < n; i += 8192) s += String.fromCharCode.apply(null, Array.from(u16.subarray(base + i, base + Math.min(n, i + 8192))));
    return s;
  }
  let s = '';
  for (let i = 0; i < n; i++) s += String.fromCodePoint(mem[r + S_DATA + i]);
  return s;
}

export function strLen(r: number): number { return mem[r + S_LEN]; }
export function strHash(r: number): number { return mem[r + S_HASH]; }

/** Code point at index i (0 <= i < length). */
export function strCodeAt(r: number, i: number): number {
  return mem[r + S_KIND] === 1 ? u16[(r + S_DATA) * 2 + i] : mem[r + S_DATA + i];
}

export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const n = mem[a + S_LEN];
  if (n !== mem[b + S_LEN] || mem[a + S_HASH] !== mem[b + S_HASH]) return false;
  if (mem[a + S_KIND] === 1 && mem[b + S_KIND] === 1) {
    const pa = (a + S_DATA) * 2;
    const pb = (b + S_DATA) * 2;
    for (let i = 0; i < n; i++) if (u16[pa + i] !== u16[pb + i]) return false;
    return true;
  }
  for (let i = 0; i < n; i++) if (strCodeAt(a, i) !== strCodeAt(b, i)) return false;
  return true;
}

/** -1, 0 or 1 comparing code point by code point (Python's str ordering). */
export function strCompare(a: number, b: number): number {
  const na = mem[a + S_LEN];
  const nb = mem[b + S_LEN];
  const n = Math.min(na, nb);
  for (let i = 0; i < n; i++) {
    const x = strCodeAt(a, i);
    const y = strCodeAt(b, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return na === nb ? 0 : na < nb ? -1 : 1;
}
