// str, the representation: immutable, length in code points, hashed on first use.
//   payload: [hash (raw int32; -1 until computed), length (code points), kind, data...]
//   kind 1: every code point is in the BMP; data is one UTF-16 unit per code point (u16 view)
//   kind 2: some code point is astral; data is one int32 word per code point
//   kind 3: a view of a string builder (str_builder.ts): payload [buffer, length, 3, hash], the
//           buffer (traced: the header's scan is 1) an L_RAW [capacity, used, owner, units...]
//           whose first `length` units are this str's, all BMP. Only the hash moves (S_VHASH).
//   kind 4: a view of an astral builder: payload [buffer, length, 4, hash], the buffer's data
//           one int32 word per code point (as kind 2).
// The hash is CPython's (siphash.ts: SipHash-1-3 over the latin-1, UCS-2 or UCS-4 bytes), computed
// by strHash on first use and cached in the object as its low 32 bits (the table hash dicts and
// sets probe with; hash() recomputes the 64-bit value, strHashFull). The cache word is written
// without a barrier, also in a shared old str: every writer writes the same value, a reader that
// sees -1 computes it, and an abort that leaves it written leaves it right (vm/NOTES.md
// "h20-conf").
// Kinds 1 and 3 are BMP (odd), 2 and 4 astral (even): strIsBmp tests bit 0.
// So indexing is O(1) in both kinds and a str never holds a surrogate pair. Lone surrogates are
// kept as-is (Python allows them). JS strings of old (non-moving) str objects are cached per
// worker; the cache is dropped after every major collection.
// The methods of str (split, join, format, ...) are in str.ts; this file is the representation.
import { mem, u16 } from '../../stmgc/heap';
import { alloc, allocOld, gcEpoch } from '../runtime/alloc';
import { L_STR } from '../runtime/layouts';
import { pin } from '../runtime/pinned';
import { GC_OLD } from '../../stmgc/layout';
import { initInternTable, internTableAdd, internTableFind } from '../runtime/intern_table';
import { sipHash13, sipHashBig, tableHash } from './siphash';
import { u8 } from '../../stmgc/heap';

export const S_HASH = 2;
export const S_LEN = 3;
export const S_KIND = 4;
export const S_DATA = 5;
/** kind 3: the buffer (payload word 0, traced) and the hash (payload word 3). */
export const S_BUF = 2;
export const S_VHASH = 5;
export const KIND_VIEW = 3;
export const KIND_AVIEW = 4;
/** Buffer words (offsets from the L_RAW's ref): capacity and used (units), owner (worker slot + 1),
 *  then the units (word-aligned). Units below `used` never change. */
export const B_CAP = 2;
export const B_USED = 3;
export const B_OWNER = 4;
export const B_DATA = 5;

/** Index into u16 of the first unit of a str of kind 1 or 3 (not 2). */
export function unitBase(r: number): number {
  return mem[r + S_KIND] === 1 ? (r + S_DATA) * 2 : (mem[r + S_BUF] + B_DATA) * 2;
}

/** Index into mem of the first code point word of an astral str (kind 2 or 4). */
export function cpBase(r: number): number {
  return mem[r + S_KIND] === 2 ? r + S_DATA : mem[r + S_BUF] + B_DATA;
}

/** FNV-1a over the UTF-16 units of a JS string: the intern table's own hash (not the str's). */
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
  mem[r + S_LEN] = n;
  mem[r + S_HASH] = -1;
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

/**
 * A new str of the JS string s. One pass over its units (a charCodeAt costs a few ns: two passes
 * were ~70% of `1 // 0`'s cost when caught): they are written as a BMP str while a surrogate
 * is watched for; only a str holding one is scanned again, and when it holds a pair (a code
 * point beyond the BMP) it is made again in code-point form (the first is left unreached: a
 * complete BMP str, garbage for the collector).
 */
/** Texts from this length on are written by Buffer (make). */
const BIG_TEXT = 4096;
const SURROGATE = /[\ud800-\udfff]/;

function make(s: string, old: boolean): number {
  const n = s.length;
  const words = 3 + ((n + 1) >> 1);
  const r = old ? allocOld(L_STR, words, 0) : alloc(L_STR, words, 0);
  mem[r + S_LEN] = n;
  mem[r + S_HASH] = -1;
  mem[r + S_KIND] = 1;
  const base = (r + S_DATA) * 2;
  let surrogate = 0;
  if (n >= BIG_TEXT) {
    // Node's UTF-16LE encoding writes the code units as they are (lone surrogates included), and a
    // regular expression finds a surrogate: V8's own loops, where this function's loop would run
    // unoptimized through one long text (interp/osr_off.ts; ~20 ns a unit)
    Buffer.from(u16.buffer, u16.byteOffset + base * 2, n * 2).write(s, 0, n * 2, 'utf16le');
    surrogate = SURROGATE.test(s) ? 1 : 0;
  } else {
    for (let i = 0; i < n; i++) {
      const c = s.charCodeAt(i);
      u16[base + i] = c;
      surrogate |= (c & 0xf800) === 0xd800 ? 1 : 0;
    }
  }
  if (surrogate === 0 || !hasAstral(s)) return r;
  const cps = [...s].length;
  const a = old ? allocOld(L_STR, 3 + cps, 0) : alloc(L_STR, 3 + cps, 0);
  write(a, s, true, cps);
  return a;
}

/**
 * An old-space str of these UTF-16 units, one code point each (no pairing): a compile-time str
 * constant in which a high surrogate precedes a low one as two code points ('\ud834\udd1e' written
 * as two escapes; compiler/constants.ts PySurrogateStr).
 */
export function newUnpairedStrOld(units: string): number {
  const r = allocOld(L_STR, 3 + ((units.length + 1) >> 1), 0);
  write(r, units, false, units.length);
  return r;
}

/** An old-space str of these code points as they are (an astral one among them: kind 2), for a
 *  compile-time constant that has both an astral character and a surrogate pair of escapes. */
export function newCodePointsStrOld(cps: readonly number[]): number {
  if (cps.every((c) => c <= 0xffff)) return newUnpairedStrOld(String.fromCharCode(...cps));
  const n = cps.length;
  const r = allocOld(L_STR, 3 + n, 0);
  for (let i = 0; i < n; i++) mem[r + S_DATA + i] = cps[i];
  return sealAstral(r, n);
}

/** A new str of these UTF-16 units, one code point each (no pairing): the text of BMP strs. */
export function newStrUnits(units: string): number {
  const n = units.length;
  if (n <= 1) return n === 0 ? EMPTY : charStr(units.charCodeAt(0));
  const r = allocBmp(n);
  const base = (r + S_DATA) * 2;
  for (let i = 0; i < n; i++) u16[base + i] = units.charCodeAt(i);
  return sealBmp(r);
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
// (`interned` is this worker's cache of the heap's intern table, vm/runtime/intern_table.ts,
// which makes intern('x') the same object on every worker)
const interned = new Map<string, number>();
export function intern(s: string): number {
  let r = interned.get(s);
  if (r === undefined) {
    if (s.length === 1 && s.charCodeAt(0) < 256) r = charStr(s.charCodeAt(0));
    else {
      const h = hashCodePoints(s);
      r = internTableFind(s, h, strJs);
      if (r === 0) {
        // hashed now, before any other worker can see it
        r = pin(make(s, true));
        strHash(r);
        internTableAdd(r, h, internHash);
      }
    }
    interned.set(s, r);
    jsCache.set(r, s);
  }
  return r;
}

/** The intern table's hash of an interned str (its text's FNV, as intern looks it up). */
function internHash(r: number): number { return hashCodePoints(strJs(r)); }

let generation = 0;
/** Changes whenever the intern table is rebuilt (a new VM): caches of interned refs check it. */
export function internGeneration(): number { return generation; }

export function initStrings(): void {
  generation++;
  interned.clear();
  jsCache.clear();
  singleChars.length = 0;
  initInternTable();
  EMPTY = pin(make('', true));
  // every one-character str below 256 now, not on first use: all workers must agree on them
  for (let c = 0; c < 256; c++) charStr(c);
  interned.set('', EMPTY);
  jsCache.set(EMPTY, '');
}
export function emptyStr(): number { return EMPTY; }

// ── reading ──
const jsCache = new Map<number, string>();
let cacheEpoch = -1;

/** The JS string of a str object. */
export function strJs(r: number): string {
  // (a short BMP str is decoded: one fromCharCode of its units costs less than the cache's Map,
  // which for many distinct old strs misses, grows and is rebuilt at every major collection)
  if ((mem[r] & GC_OLD) !== 0 && (mem[r + S_LEN] > 8 || (mem[r + S_KIND] & 1) === 0)) {
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
  if ((mem[r + S_KIND] & 1) !== 0) {
    const base = unitBase(r);
    if (n <= 8) return shortUnits(base, n);
    if (n < 64) {
      let s = '';
      for (let i = 0; i < n; i++) s += String.fromCharCode(u16[base + i]);
      return s;
    }
    // (Node's UTF-16LE decoding copies the code units as they are, lone surrogates included:
    // ~20x faster than fromCharCode over arrays for a 10 MB str, test_re
    // test_search_anchor_at_beginning)
    return Buffer.from(u16.buffer, u16.byteOffset + base * 2, n * 2).toString('utf16le');
  }
  let s = '';
  const at = cpBase(r);
  for (let i = 0; i < n; i++) s += String.fromCodePoint(mem[at + i]);
  return s;
}

/** The JS string of n <= 8 UTF-16 units at u16[b...]: one fromCharCode call, a flat string. */
function shortUnits(b: number, n: number): string {
  const u = u16;
  switch (n) {
    case 0: return '';
    case 1: return String.fromCharCode(u[b]);
    case 2: return String.fromCharCode(u[b], u[b + 1]);
    case 3: return String.fromCharCode(u[b], u[b + 1], u[b + 2]);
    case 4: return String.fromCharCode(u[b], u[b + 1], u[b + 2], u[b + 3]);
    case 5: return String.fromCharCode(u[b], u[b + 1], u[b + 2], u[b + 3], u[b + 4]);
    case 6: return String.fromCharCode(u[b], u[b + 1], u[b + 2], u[b + 3], u[b + 4], u[b + 5]);
    case 7: return String.fromCharCode(u[b], u[b + 1], u[b + 2], u[b + 3], u[b + 4], u[b + 5], u[b + 6]);
    default: return String.fromCharCode(u[b], u[b + 1], u[b + 2], u[b + 3], u[b + 4], u[b + 5], u[b + 6], u[b + 7]);
  }
}

export function strLen(r: number): number { return mem[r + S_LEN]; }
/** The size in 8-byte granules of str r as a plain kind-1/2 object (a builder's view counts
 *  its text, not the view and the buffer's spare room: sys.getsizeof). */
export function strGranules(r: number): number {
  const n = mem[r + S_LEN];
  return (2 + 3 + ((mem[r + S_KIND] & 1) === 0 ? n : (n + 1) >> 1) + 1) >> 1;
}
/** The table hash of str r: the low 32 bits of its CPython hash (never -1), computed once. */
export function strHash(r: number): number {
  const h = mem[r + S_KIND] < KIND_VIEW ? mem[r + S_HASH] : mem[r + S_VHASH];
  return h !== -1 ? h : strHashCompute(r);
}

/** siphash13 of str r's canonical bytes (latin-1 when every code point is below 256, else UCS-2
 *  when all are in the BMP, else UCS-4; little-endian, as the heap's views on this host): the
 *  low 32 bits of the 64-bit hash, the high ones in siphash.ts sipHashHi() (recomputed: only the
 *  low half is cached). */
export function strHashHalves(r: number): number { return strSipHash(r); }
function strSipHash(r: number): number {
  const n = mem[r + S_LEN];
  if ((mem[r + S_KIND] & 1) !== 0) {
    const base = unitBase(r);
    let max = 0;
    for (let i = 0; i < n; i++) max |= u16[base + i];
    return max < 256 ? sipHash13(u8, base * 2, n, 2) : sipHash13(u8, base * 2, n * 2);
  }
  return sipHash13(u8, cpBase(r) * 4, n * 4);
}

function strHashCompute(r: number): number {
  const h = tableHash(strSipHash(r));
  mem[r + (mem[r + S_KIND] < KIND_VIEW ? S_HASH : S_VHASH)] = h;
  return h;
}

/** CPython's hash of str r (signed 64-bit), as hash() shows it. */
export function strHashFull(r: number): bigint { return sipHashBig(strSipHash(r)); }

/** Code point at index i (0 <= i < length). */
export function strCodeAt(r: number, i: number): number {
  const k = mem[r + S_KIND];
  if (k === 1) return u16[(r + S_DATA) * 2 + i];
  if (k === 2) return mem[r + S_DATA + i];
  if (k === KIND_VIEW) return u16[(mem[r + S_BUF] + B_DATA) * 2 + i];
  return mem[mem[r + S_BUF] + B_DATA + i];
}

export function strEquals(a: number, b: number): boolean {
  if (a === b) return true;
  const n = mem[a + S_LEN];
  if (n !== mem[b + S_LEN]) return false;
  // the cached hashes, when both are computed (computing them would cost more than comparing)
  const ha = mem[a + S_KIND] < KIND_VIEW ? mem[a + S_HASH] : mem[a + S_VHASH];
  const hb = mem[b + S_KIND] < KIND_VIEW ? mem[b + S_HASH] : mem[b + S_VHASH];
  if (ha !== hb && ha !== -1 && hb !== -1) return false;
  if ((mem[a + S_KIND] & mem[b + S_KIND] & 1) !== 0) {
    const pa = unitBase(a);
    const pb = unitBase(b);
    const u = u16;
    for (let i = 0; i < n; i++) if (u[pa + i] !== u[pb + i]) return false;
    return true;
  }
  for (let i = 0; i < n; i++) if (strCodeAt(a, i) !== strCodeAt(b, i)) return false;
  return true;
}

// ── building strs straight from heap data (no JS string round trip) ──

/** A new kind-1 str of n units, uninitialised data: fill u16 from strDataBase(r), then sealBmp. */
export function allocBmp(n: number): number {
  const r = alloc(L_STR, 3 + ((n + 1) >> 1), 0);
  mem[r + S_HASH] = -1;
  mem[r + S_LEN] = n;
  mem[r + S_KIND] = 1;
  return r;
}
/** Index into u16 of the first unit of a BMP str (kind 1 or 3; check strIsBmp first). The
 *  units start word-aligned in both kinds. */
export function strDataBase(r: number): number { return unitBase(r); }
export function strIsBmp(r: number): boolean { return (mem[r + S_KIND] & 1) !== 0; }
/** Ends the building of a kind-1 str made by allocBmp (its data filled); returns it. (The
 *  hash is computed on first use: nothing to do now; kept as the one place that would.) */
export function sealBmp(r: number): number { return r; }

/** The str of code points [start, start+len) of s (0 <= start, start+len <= length). */
export function strSlice(s: number, start: number, len: number): number {
  if (len <= 0) return EMPTY;
  if (len === mem[s + S_LEN]) return s;
  if ((mem[s + S_KIND] & 1) !== 0) {
    if (len === 1) return charStr(u16[unitBase(s) + start]);
    const r = allocBmp(len);
    const src = unitBase(s) + start;
    u16.copyWithin((r + S_DATA) * 2, src, src + len);
    return sealBmp(r);
  }
  return fromCodePointWords(cpBase(s) + start, len);
}

/** A new BMP str of the n units u16[from .. from+n) (the units of another BMP str): no JS string;
 *  0 and 1 unit are the shared strs. */
export function strFromUnits(from: number, n: number): number {
  if (n <= 1) return n === 0 ? EMPTY : charStr(u16[from]);
  const r = allocBmp(n);
  copyUnits((r + S_DATA) * 2, from, n);
  return r;
}

/** A str from the code points mem[at .. at+n) (kind 1 when they are all in the BMP). */
function fromCodePointWords(at: number, n: number): number {
  let astral = false;
  for (let i = 0; i < n; i++) if (mem[at + i] > 0xffff) { astral = true; break; }
  if (!astral) {
    if (n === 1) return charStr(mem[at]);
    const r = allocBmp(n);
    const base = (r + S_DATA) * 2;
    for (let i = 0; i < n; i++) u16[base + i] = mem[at + i];
    return sealBmp(r);
  }
  const r = alloc(L_STR, 3 + n, 0);
  // the source may be a young object: alloc never moves objects within a builtin
  mem.copyWithin(r + S_DATA, at, at + n);
  return sealAstral(r, n);
}

/** Seals a kind-2 str whose n code points are in place: its length, kind and hash (not computed
 *  yet). */
function sealAstral(r: number, n: number): number {
  mem[r + S_HASH] = -1;
  mem[r + S_LEN] = n;
  mem[r + S_KIND] = 2;
  return r;
}

/** A str of the code points `cps` as they are: a lone high surrogate followed by a lone low one
 *  stays two code points (a JS string would pair them; CPython never does). */
export function strFromCodePoints(cps: readonly number[]): number {
  const n = cps.length;
  if (n === 0) return EMPTY;
  if (n === 1) return charStr(cps[0]);
  let astral = false;
  for (let i = 0; i < n; i++) if (cps[i] > 0xffff) { astral = true; break; }
  if (!astral) {
    const r = allocBmp(n);
    const base = (r + S_DATA) * 2;
    for (let i = 0; i < n; i++) u16[base + i] = cps[i];
    return sealBmp(r);
  }
  const r = alloc(L_STR, 3 + n, 0);
  for (let i = 0; i < n; i++) mem[r + S_DATA + i] = cps[i];
  return sealAstral(r, n);
}

/** The code points of str r (no JS string round trip, so no surrogate pairing). */
export function strCodePoints(r: number, out: number[] = []): number[] {
  for (let i = 0, n = mem[r + S_LEN]; i < n; i++) out.push(strCodeAt(r, i));
  return out;
}

/** sep.join(parts) (exact or subclass strs) code point by code point: copies the units when every
 *  piece is BMP, else goes through the code points (never through a JS string, which would pair a
 *  lone high surrogate at the end of one piece with a lone low one starting the next). */
export function strJoinParts(sep: number, parts: readonly number[]): number {
  const r = strJoinBmp(sep, parts as number[]);
  if (r !== 0) return r;
  const cps: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    if (i > 0) strCodePoints(sep, cps);
    strCodePoints(parts[i], cps);
  }
  return strFromCodePoints(cps);
}

/** For text built by appending JS pieces (str % args, str.format): records in `breaks` the
 *  position where `piece` would be appended to `out` when that would join a lone high surrogate
 *  and a lone low one into a pair, which newStrBreaks then keeps apart. */
export function noteBreak(out: string, piece: string, breaks: number[]): void {
  if (out.length === 0 || piece.length === 0) return;
  const a = out.charCodeAt(out.length - 1);
  const b = piece.charCodeAt(0);
  if (a >= 0xd800 && a <= 0xdbff && b >= 0xdc00 && b <= 0xdfff) breaks.push(out.length);
}

/** newStr(s), except that the surrogates on either side of each position in `breaks` (sorted)
 *  stay two code points. */
export function newStrBreaks(s: string, breaks: readonly number[]): number {
  if (breaks.length === 0) return newStr(s);
  const cps: number[] = [];
  let k = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    while (k < breaks.length && breaks[k] <= i) k++;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && !(k < breaks.length && breaks[k] === i + 1)) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cps.push(0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00));
        i++;
        continue;
      }
    }
    cps.push(c);
  }
  return strFromCodePoints(cps);
}

/** Copies n UTF-16 units within u16 from index `from` to index `to` (the ranges apart; a few by a
 *  loop: copyWithin's call costs more), two units a word when both start on a word (a str's
 *  units do). */
export function copyUnits(to: number, from: number, n: number): void {
  if (n > 32) {
    u16.copyWithin(to, from, from + n);
    return;
  }
  const u = u16;
  if (((to | from) & 1) === 0) {
    const m = mem;
    const tw = to >> 1;
    const fw = from >> 1;
    for (let k = 0, w = n >> 1; k < w; k++) m[tw + k] = m[fw + k];
    if ((n & 1) !== 0) u[to + n - 1] = u[from + n - 1];
  } else {
    for (let j = 0; j < n; j++) u[to + j] = u[from + j];
  }
}

/** sep.join(parts) for exact strs; 0 when some part (or sep) is not BMP (caller falls back). */
export function strJoinBmp(sep: number, parts: number[]): number {
  const k = parts.length;
  if (k === 0) return EMPTY;
  if (k === 1) return parts[0];
  if ((mem[sep + S_KIND] & 1) === 0) return 0;
  const ns = mem[sep + S_LEN];
  let total = ns * (k - 1);
  for (let i = 0; i < k; i++) {
    if ((mem[parts[i] + S_KIND] & 1) === 0) return 0;
    total += mem[parts[i] + S_LEN];
  }
  const r = allocBmp(total);
  let at = (r + S_DATA) * 2;
  const ps = unitBase(sep);
  for (let i = 0; i < k; i++) {
    if (i > 0 && ns > 0) {
      if (ns === 1) u16[at] = u16[ps];
      else u16.copyWithin(at, ps, ps + ns);
      at += ns;
    }
    const p = parts[i];
    const n = mem[p + S_LEN];
    copyUnits(at, unitBase(p), n);
    at += n;
  }
  return sealBmp(r);
}

/** -1, 0 or 1 comparing code point by code point (Python's str ordering). */
export function strCompare(a: number, b: number): number {
  const na = mem[a + S_LEN];
  const nb = mem[b + S_LEN];
  const n = Math.min(na, nb);
  if ((mem[a + S_KIND] & mem[b + S_KIND] & 1) !== 0) {
    const pa = unitBase(a);
    const pb = unitBase(b);
    const u = u16; // (a local: V8 reloads a module binding at every use in the loop)
    for (let i = 0; i < n; i++) {
      const x = u[pa + i];
      const y = u[pb + i];
      if (x !== y) return x < y ? -1 : 1;
    }
    return na === nb ? 0 : na < nb ? -1 : 1;
  }
  for (let i = 0; i < n; i++) {
    const x = strCodeAt(a, i);
    const y = strCodeAt(b, i);
    if (x !== y) return x < y ? -1 : 1;
  }
  return na === nb ? 0 : na < nb ? -1 : 1;
}

// ── lone surrogates through JS text (str methods that build their result as a JS string) ──
// A JS string pairs a lone high surrogate followed by a lone low one, which a str keeps as two
// code points. strJsU gives a str's text with each lone surrogate c written as the astral code
// point LONE_BASE + (c - 0xD800) (the last 2048 of plane 16, private use), so none can pair and
// every JS operation that treats astral characters as one code point (split, strip, replace,
// case mapping, padding by code points) treats a lone surrogate the same way; newStrU maps them
// back. Whether a call's text was mapped is `loneMapped`, set by strJsU and reset for every str
// method call (loneScope/loneScopeEnd around it, so a nested call restores the caller's state).
// A str holding both a lone surrogate and a code point at or past LONE_BASE is not mapped.
const LONE_BASE = 0x10f800;
let loneMapped = false;

/** The state to restore after a str method call; the call starts unmapped. */
export function loneScope(): boolean {
  const s = loneMapped;
  loneMapped = false;
  return s;
}
export function loneScopeEnd(saved: boolean): void { loneMapped = saved; }
/** Whether this call's text has mapped lone surrogates; loneMark: it has now (a code point
 *  written as LONE_BASE + (c - 0xD800) by the caller, e.g. translate's table values). */
export function loneIsMapped(): boolean { return loneMapped; }
export function loneMark(): void { loneMapped = true; }

const SURROGATE_UNIT = /[\ud800-\udfff]/;

/** strJs(r), with lone surrogates mapped as described above. */
export function strJsU(r: number): string {
  const m = strJsMapped(r);
  if (m === null) return strJs(r);
  loneMapped = true;
  return m;
}

/** The JS text of str r with its lone surrogates mapped (as strJsU), or null when it has none
 *  (or also holds a code point at or past LONE_BASE): no state changes. */
export function strJsMapped(r: number): string | null {
  const n = mem[r + S_LEN];
  if ((mem[r + S_KIND] & 1) !== 0) {
    if (!SURROGATE_UNIT.test(strJs(r))) return null;
    const base = unitBase(r);
    let out = '';
    for (let i = 0; i < n; i++) {
      const c = u16[base + i];
      out += c >= 0xd800 && c <= 0xdfff ? String.fromCodePoint(LONE_BASE + c - 0xd800) : String.fromCharCode(c);
    }
    return out;
  }
  const at = cpBase(r);
  let lone = false;
  for (let i = 0; i < n; i++) {
    const c = mem[at + i];
    if (c >= LONE_BASE) return null;
    if (c >= 0xd800 && c <= 0xdfff) lone = true;
  }
  if (!lone) return null;
  let out = '';
  for (let i = 0; i < n; i++) {
    const c = mem[at + i];
    out += String.fromCodePoint(c >= 0xd800 && c <= 0xdfff ? LONE_BASE + c - 0xd800 : c);
  }
  return out;
}

/**
 * Whether a BMP str (kind 1 or 3) holds a high surrogate followed by a low one: two code points
 * that its JS string (strJs) pairs into one character. Long strs are searched natively for the
 * high byte of a high surrogate (0xD8-0xDB, little-endian units) before any unit is looked at,
 * so a text without one costs four memchr passes, not a scan in JS or in a RegExp.
 */
export function bmpHasSurrogatePair(r: number): boolean {
  const n = mem[r + S_LEN];
  if (n < 2) return false;
  const base = unitBase(r);
  if (n < 256) {
    for (let i = 0; i + 1 < n; i++) {
      if ((u16[base + i] & 0xfc00) === 0xd800 && (u16[base + i + 1] & 0xfc00) === 0xdc00) return true;
    }
    return false;
  }
  const bytes = Buffer.from(u16.buffer, u16.byteOffset + base * 2, n * 2);
  let seen = 0;
  for (let hb = 0xd8; hb <= 0xdb; hb++) {
    for (let at = bytes.indexOf(hb); at >= 0; at = bytes.indexOf(hb, at + 1)) {
      // (odd offsets are high bytes; many hits, e.g. a text of U+xxD8 characters: test the units)
      if (++seen > 64) return UNIT_PAIR.test(strJs(r));
      if ((at & 1) === 1 && (at >> 1) + 1 < n && (u16[base + (at >> 1) + 1] & 0xfc00) === 0xdc00) return true;
    }
  }
  return false;
}
const UNIT_PAIR = /[\ud800-\udbff][\udc00-\udfff]/; // (no u flag: units)

/** The offsets in strJs(r) where a lone low surrogate follows a lone high one: two code points
 *  of r that the JS text would read as one (callers that build text from strJs(r) keep them
 *  apart there, as noteBreak does between pieces). Usually none. */
export function lonePairBreaks(r: number): number[] {
  const out: number[] = [];
  const n = mem[r + S_LEN];
  if ((mem[r + S_KIND] & 1) !== 0) {
    if (!bmpHasSurrogatePair(r)) return out;
    const base = unitBase(r);
    for (let i = 0; i + 1 < n; i++) {
      if ((u16[base + i] & 0xfc00) === 0xd800 && (u16[base + i + 1] & 0xfc00) === 0xdc00) out.push(i + 1);
    }
    return out;
  }
  let at = 0; // (JS offset of code point i: an astral one takes two units)
  for (let i = 0; i < n; i++) {
    const c = strCodeAt(r, i);
    if (i + 1 < n && (c & 0xfc00) === 0xd800 && c <= 0xffff && (strCodeAt(r, i + 1) & 0xfc00) === 0xdc00 && strCodeAt(r, i + 1) <= 0xffff) out.push(at + 1);
    at += c > 0xffff ? 2 : 1;
  }
  return out;
}

/** The JS text of lone surrogate c (0xD800-0xDFFF) as strJsMapped writes it. */
export function mappedLone(c: number): string { return String.fromCodePoint(LONE_BASE + c - 0xd800); }

/** newStr(s) for a method's result text: mapped lone surrogates (strJsU) become themselves. */
export function newStrU(s: string): number {
  return loneMapped ? newStrUnmapped(s) : newStr(s);
}

/** newStr(s) for text whose lone surrogates are mapped (strJsMapped): they become themselves. */
export function newStrUnmapped(s: string): number {
  if (!/[\udbfe\udbff]/.test(s)) return newStr(s);
  const cps: number[] = [];
  for (let i = 0; i < s.length; i++) {
    const c = s.codePointAt(i)!;
    if (c > 0xffff) i++;
    cps.push(c >= LONE_BASE ? c - LONE_BASE + 0xd800 : c);
  }
  return strFromCodePoints(cps);
}
