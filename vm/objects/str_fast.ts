// Heap-level paths of the str methods programs call most on short strs (strip without chars,
// startswith/endswith of one str, upper/lower of ASCII text, `in` with a short haystack): they
// read the str's units or code points in place and build the result with allocBmp/strSlice,
// where the general methods (str.ts) make a JS string of the str and a str of the JS result
// (~200-300 ns of a ~400 ns call on a 5-character str). Same results as those paths, which
// every other case (chars given, tuples, start/end, non-ASCII case mapping) still takes.
// Also str.encode() and bytes.decode() in the codecs that agree on ASCII text (UTF-8, ASCII,
// Latin-1): the units copied between the two objects (~15-30x CPython through the codec path).
import { mem, u8, u16 } from '../../stmgc/heap';
import { allocBytes, BY_DATA, BY_LEN } from './bytes_core';
import { L_BYTES } from '../runtime/layouts';
import { isPySpace } from '../text';
import { asciiCaseUnits, bytesBelow, bytesToUnits, countUnit, replaceUnitInto, unitsBelow, unitsToBytes } from './unit_loops';
import { allocBmp, charStr, emptyStr, sealBmp, strCodeAt, strDataBase, strIsBmp, strLen, strJs, strSlice } from './str_core';
import { strObj } from './str';

/** s.strip() / lstrip() / rstrip() without chars: Python whitespace off the chosen ends. */
export function stripSpaces(s: number, left: boolean, right: boolean): number {
  let i = 0;
  let j = strLen(s);
  if (left) while (i < j && isPySpace(strCodeAt(s, i))) i++;
  if (right) while (j > i && isPySpace(strCodeAt(s, j - 1))) j--;
  return strSlice(s, i, j - i);
}

/** s.startswith(p) / s.endswith(p) for one str p, no start/end: code points compared in place. */
export function hasAffix(s: number, p: number, ends: boolean): boolean {
  const n = strLen(s);
  const m = strLen(p);
  if (m > n) return false;
  const off = ends ? n - m : 0;
  for (let k = 0; k < m; k++) if (strCodeAt(s, off + k) !== strCodeAt(p, k)) return false;
  return true;
}

/** s.upper() (upper) or s.lower() of a BMP str whose units are all ASCII, else 0 (the caller
 *  takes the general path: Unicode case mapping, final sigma). A new str but for the shared
 *  empty and one-character ones, as CPython's. */
export function asciiCase(s: number, upper: boolean): number {
  if (!strIsBmp(s)) return 0;
  const n = strLen(s);
  const src = strDataBase(s);
  if (!unitsBelow(src, n, 0x80)) return 0;
  const from = upper ? 0x61 : 0x41; // a..z or A..Z change
  if (n <= 1) {
    // the shared empty and one-character strs, as CPython's
    if (n === 0) return emptyStr();
    const c = u16[src];
    return charStr(c >= from && c <= from + 25 ? c ^ 0x20 : c);
  }
  const r = allocBmp(n);
  asciiCaseUnits(strDataBase(r), src, n, from);
  return sealBmp(r);
}

/** `sub in s` for a haystack of at most SHORT code points (naive search in place), else -1. */
const SHORT = 48;
export function containsShort(s: number, sub: number): number {
  const n = strLen(s);
  if (n > SHORT) return -1;
  const m = strLen(sub);
  outer: for (let i = 0; i + m <= n; i++) {
    for (let k = 0; k < m; k++) if (strCodeAt(s, i + k) !== strCodeAt(sub, k)) continue outer;
    return 1;
  }
  return 0;
}

/** s.replace(old, rep, count) for BMP strs, old not empty, s at most REPLACE_MAX units
 *  (longer texts: the general path's JS indexOf scans faster), else 0. Units compared in place;
 *  no occurrence gives s itself (CPython returns an exact str unchanged). */
const REPLACE_MAX = 256;
export function replaceShort(s: number, old: number, rep: number, count: number): number {
  if (!strIsBmp(s) || !strIsBmp(old) || !strIsBmp(rep)) return 0;
  const n = strLen(s);
  const m = strLen(old);
  if (m === 1 && n > REPLACE_MAX) return replaceUnit(s, old, rep, count);
  if (m === 0 || n > REPLACE_MAX) return 0;
  const src = strDataBase(s);
  const ob = strDataBase(old);
  const hits: number[] = [];
  for (let i = 0; i + m <= n && hits.length < count; ) {
    let k = 0;
    while (k < m && u16[src + i + k] === u16[ob + k]) k++;
    if (k === m) {
      hits.push(i);
      i += m;
    } else i++;
  }
  if (hits.length === 0) return s;
  const k = strLen(rep);
  const total = n + hits.length * (k - m);
  if (total === 0) return emptyStr();
  const r = allocBmp(total);
  const dst = strDataBase(r);
  const rb = strDataBase(rep);
  let at = 0;
  let from = 0;
  for (const h of hits) {
    for (let i = from; i < h; i++) u16[dst + at++] = u16[src + i];
    for (let i = 0; i < k; i++) u16[dst + at++] = u16[rb + i];
    from = h + m;
  }
  for (let i = from; i < n; i++) u16[dst + at++] = u16[src + i];
  return total === 1 ? charStr(u16[dst]) : sealBmp(r); // (one character: the shared str, as newStr)
}

/** s.replace(old, rep, count) of a long BMP str s, old one unit (BMP rep): the units counted,
 *  then copied with the replacements (unit_loops.ts, no JS string of s); s itself when old is
 *  not in it. */
function replaceUnit(s: number, old: number, rep: number, count: number): number {
  const n = strLen(s);
  const unit = u16[strDataBase(old)];
  const hits = countUnit(strDataBase(s), n, unit, count === Infinity ? n : count);
  if (hits === 0) return s;
  const k = strLen(rep);
  const total = n + hits * (k - 1);
  if (total === 0) return emptyStr();
  const r = allocBmp(total); // (nothing moves within a bytecode: s and rep stay where they are)
  const dst = strDataBase(r);
  replaceUnitInto(dst, strDataBase(s), n, unit, hits, strDataBase(rep), k);
  return total === 1 ? charStr(u16[dst]) : sealBmp(r); // (one character: the shared str, as replaceShort)
}

/** s.count(sub) of a long BMP str s, sub one BMP unit, no start or end (unit_loops.ts); -1 for
 *  any other case (the general path). */
export function countShortSub(s: number, sub: number): number {
  if (strLen(sub) !== 1 || strLen(s) <= REPLACE_MAX || !strIsBmp(s) || !strIsBmp(sub)) return -1;
  return countUnit(strDataBase(s), strLen(s), u16[strDataBase(sub)], strLen(s));
}

// The spellings of the codecs whose bytes for ASCII text are that text, as programs write them
// (the general path normalizes any other spelling; 'utf-8-sig' and the UTF-16/32 ones are not
// here: they add a BOM or widen).
const ASCII_SAME = new Set(['utf-8', 'utf8', 'UTF-8', 'UTF8', 'ascii', 'ASCII', 'us-ascii', 'latin-1', 'latin1', 'iso-8859-1', 'ISO-8859-1']);
const LATIN1 = new Set(['latin-1', 'latin1', 'iso-8859-1', 'ISO-8859-1']);

/** Whether `name` (a JS string) is a spelling of UTF-8, ASCII or Latin-1 (ASCII_SAME). */
export function asciiSameCodec(name: string): boolean { return ASCII_SAME.has(name); }

/** b.decode(enc) / str(b, enc) without errors: decodeAscii when b is a bytes object (layout
 *  L_BYTES) and enc is 0 (UTF-8) or a str spelling one of ASCII_SAME's codecs; else 0. */
export function decodeAsciiArgs(b: number, enc: number): number {
  if ((b & 1) === 1 || (mem[b] & 0x7ff) !== L_BYTES) return 0;
  let name = 'utf-8';
  if (enc !== 0) {
    const e = strObj(enc);
    if (e === 0) return 0;
    name = strJs(e);
    if (!ASCII_SAME.has(name)) return 0;
  }
  return decodeAscii(b, LATIN1.has(name));
}

/** s.encode() in UTF-8, ASCII or Latin-1 of a BMP str whose units are all ASCII: new bytes of
 *  those units; else 0 (the caller takes the codec path: errors, other text). */
export function encodeAscii(s: number): number {
  if (!strIsBmp(s)) return 0;
  const n = strLen(s);
  const src = strDataBase(s);
  if (!unitsBelow(src, n, 0x80)) return 0;
  const r = allocBytes(n); // (nothing moves within a bytecode: s stays where it is)
  unitsToBytes((r + BY_DATA) * 4, src, n);
  return r;
}

/** b.decode() of a bytes object (layout L_BYTES) in UTF-8 or ASCII when every byte is ASCII, or
 *  in Latin-1 (latin1: every byte is its code point): a new str of those units (the shared empty
 *  and one-character strs as the codec path gives); else 0. */
export function decodeAscii(b: number, latin1: boolean): number {
  const n = mem[b + BY_LEN];
  const src = (b + BY_DATA) * 4;
  if (!latin1 && !bytesBelow(src, n, 0x80)) return 0;
  if (n === 0) return emptyStr();
  if (n === 1) return charStr(u8[src]);
  const r = allocBmp(n);
  bytesToUnits(strDataBase(r), src, n);
  return sealBmp(r);
}
