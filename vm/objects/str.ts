// str: the class and its methods. Methods work on the JS string of the object (strJs, cached
// for old strings) and build a new str; indexing and lengths count code points, so strings with
// astral characters go through code-point arrays. format() and % are in str_format.ts and
// str_percent.ts.
import { softConstError } from '../runtime/soft_raise';
import { A_ALPHA, A_DIGIT, A_SPACE, asciiAllOf, asciiCased, strIsAscii } from './str_ascii_class';
import { percentFast } from './str_percent_fast';
import { rsplitUnitBmp, rsplitWhitespaceBmp, splitUnitBmp, splitWhitespaceBmp } from './str_split';
import { formatFast } from './str_format_fast';
import { tupleLen } from './tuple_core';
import { argTypeName } from '../runtime/protocol';
import { isXidContinue, isXidStart } from '../../compiler/unicode_props';
import { strConcatRaw } from './str_builder';
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_STR } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError, raise, PyException } from '../runtime/errors';
import {
  index, indexNumber, sliceIndexNumber, iterToArray, repr, str as pyStr, tname, callSpecial, isInstance, getitem,
} from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import {
  charStr, emptyStr, intern, newStr, strCodeAt, strCompare, strEquals, strHash, strJs, strLen, strSlice,
  strJoinBmp, strIsBmp, strDataBase, strJoinParts, strFromCodePoints, strCodePoints,
  strJsU, newStrU, loneScope, loneScopeEnd,
} from './str_core';
import * as Case from './str_case';
import { u16 } from '../../stmgc/heap';
import { isSlice, sliceIndices } from './slice';
import { newSeqIter } from './iterators';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype, typeInfo } from './type_core';
import { listItemsForRead, listLenBounded, newList } from './list_core';
import { joinBmpItems } from './str_join';
import { newTuple, tupleItems, TU_ITEMS } from './tuple_core';
import { isPrintable, reprStr } from './str_repr';
import { bindArgs, argRange, methodArgRange, oneArgCountError } from './builtin_function';
import { FormatError, formatStr, isPySpace } from '../text';
import { strFormat, strFormatMap } from './str_format';
import { percentFormat } from './str_percent';
import { newBytes } from './bytes_core';
import { dictGet, dictSet, newDict } from './dict_core';
import { L_DICT } from '../runtime/layouts';
import { bytesView } from './bytes_core';

/** The str inside a str or str-subclass instance, or 0. */
export function strObj(v: number): number {
  if ((v & 1) === 1) return 0;
  const l = mem[v] & 0x7ff;
  if (l === L_STR) return v;
  if (l === L_BOXED && isSubtype(typeOf(v), T.str)) return mem[v + BX_VALUE];
  return 0;
}

export function isStr(v: number): boolean { return strObj(v) !== 0; }

/** The format spec passed to a __format__ method, as JS text (str subclasses included). */
export function formatSpecArg(v: number): string {
  const s = strObj(v);
  if (s === 0) typeError(`__format__() argument must be str, not ${v === K.None ? 'None' : tname(v)}`);
  return strJs(s);
}

/** `sub in s` by code points: a needle with a lone surrogate must not match half of a pair (or
 *  a pair match two lone surrogates), which JS strings (UTF-16) cannot tell apart. */
function strContains(s: number, sub: number): boolean {
  const short = containsShort(s, sub);
  if (short >= 0) return short === 1;
  if (strIsBmp(s)) return strIsBmp(sub) && strJs(s).includes(strJs(sub)); // (units are code points)
  const n = strLen(sub);
  let lone = false;
  for (let i = 0; i < n && !lone; i++) {
    const c = strCodeAt(sub, i);
    lone = c >= 0xd800 && c <= 0xdfff;
  }
  if (!lone) return strJs(s).includes(strJs(sub));
  const h = strCodePoints(s);
  const x = strCodePoints(sub);
  outer: for (let i = 0; i + x.length <= h.length; i++) {
    for (let j = 0; j < x.length; j++) if (h[i + j] !== x[j]) continue outer;
    return true;
  }
  return false;
}

/** BUILD_STRING: the concatenation of the n strs at mem[at..) (str subclasses unboxed) as a new
 *  exact str, code point by code point (f'{hi}{lo}' keeps two lone surrogates, as CPython). */
export function buildString(at: number, n: number): number {
  // (exact BMP strs, the f-string's usual pieces: their units copied into one new str)
  let total = 0;
  for (let i = 0; i < n; i++) {
    const p = mem[at + i];
    if ((p & 1) === 1 || (mem[p] & 0x7ff) !== L_STR || (mem[p + S_KIND] & 1) === 0) {
      total = -1;
      break;
    }
    total += mem[p + S_LEN];
  }
  if (total >= 0 && n > 1) {
    if (total === 0) return emptyStr();
    const r = allocBmp(total);
    let to = (r + S_DATA) * 2;
    for (let i = 0; i < n; i++) {
      const p = mem[at + i];
      const len = mem[p + S_LEN];
      copyUnits(to, unitBase(p), len);
      to += len;
    }
    return r;
  }
  const parts: number[] = [];
  for (let i = 0; i < n; i++) parts.push(strObj(mem[at + i]));
  return strJoinParts(emptyStr(), parts);
}

// Whether the str that the last sv() / argStr() read may hold astral code points (its kind). A
// BMP str's JS string has one unit per code point, also for two lone surrogates side by side,
// which hasAstral() would take for a pair: find/count/startswith index by units then. Read
// these right after the call (guest code run later, e.g. __index__, may change them).
let svAstral = true;
let argAstral = true;
function sv(v: number): string {
  const s = selfStr(v);
  svAstral = !strIsBmp(s);
  return strJs(s);
}

/** The str of a method's self (a str subclass: its str value), or the descriptor's TypeError. */
function selfStr(v: number): number {
  const s = strObj(v);
  return s !== 0 ? s : typeError(`descriptor requires a 'str' object but received a '${tname(v)}'`);
}

/** A str argument: `what` is CPython's message prefix ('' gives "must be str, not X"). */
function argStr(v: number, what: string): string {
  const s = strObj(v);
  if (s === 0) return typeError(`${what === '' ? '' : what + ' '}must be str, not ${tname(v)}`);
  argAstral = !strIsBmp(s);
  return strJs(s);
}

// For methods that build a new str from JS text: the same with lone surrogates kept apart
// (str_core.ts strJsU); their results go through newStrU.
function svU(v: number): string {
  return strJsU(selfStr(v));
}
function argStrU(v: number, what: string): string {
  const s = strObj(v);
  if (s === 0) return typeError(`${what === '' ? '' : what + ' '}must be str, not ${tname(v)}`);
  return strJsU(s);
}

/** strip/lstrip/rstrip: without chars (or None) in place (str_fast.ts), else through JS text. */
function stripMethod(name: string, a: number[], left: boolean, right: boolean): number {
  methodArgRange(name, a, 0, 1);
  if (a.length < 2 || a[1] === K.None) return stripSpaces(selfStr(a[0]), left, right);
  return newStrU(stripChars(svU(a[0]), a[1], left, right));
}

/** startswith/endswith: one str without start/end in place (str_fast.ts), else prefixTest. */
function affixMethod(name: string, a: number[], ends: boolean): number {
  oldArity(name, a, 1, 3);
  const p = a.length === 2 ? strObj(a[1]) : 0;
  if (p !== 0) return hasAffix(selfStr(a[0]), p, ends) ? K.True : K.False;
  return prefixTest(a[0], a[1], a[2] ?? 0, a[3] ?? 0, ends);
}

/** PyArg_ParseTuple-style arity check ("find() takes at least 1 argument (0 given)"). */
function oldArity(name: string, a: number[], min: number, max: number): void {
  const n = a.length - 1;
  if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
  if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
}

function optStrArg(v: number, fname: string, pname: string, dflt: string): string {
  if (v === 0) return dflt;
  const s = strObj(v);
  if (s === 0) return typeError(`${fname}() argument '${pname}' must be str, not ${argTypeName(v)}`);
  return strJs(s);
}

function hasAstral(s: string): boolean { return /[\ud800-\udbff][\udc00-\udfff]/.test(s); }
function cps(s: string): string[] { return [...s]; }
function cpLen(s: string): number { return hasAstral(s) ? [...s].length : s.length; }

export function strConcat(a: number, b: number): number {
  return strConcatRaw(a, b);
}

/** format(v, spec) through type(v).__format__. */
export function formatValue(v: number, spec: number): number {
  const specStr = spec === 0 ? emptyStr() : spec;
  const r = callSpecial(v, intern('__format__'), [specStr]);
  if (strObj(r) === 0) typeError(`__format__ must return a str, not ${tname(r)}`);
  return r;
}

function rethrow(e: unknown): never {
  if (e instanceof FormatError) return raise(T[e.pyType], e.message);
  throw e;
}

const isAsciiDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAsciiAlpha = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

function isSpaceStr(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!isPySpace(ch.codePointAt(0)!)) return false;
  return true;
}

// The split family returns flat [start, end) pairs of UTF-16 offsets into the JS string; the
// caller makes strs from heap slices when the text is all BMP (offsets are code point indexes).

function splitWhitespace(s: string, maxsplit: number): number[] {
  const out: number[] = [];
  let i = 0;
  const n = s.length;
  while (i < n) {
    while (i < n && isPySpace(s.charCodeAt(i))) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit * 2) {
      out.push(i, n);
      return out;
    }
    let j = i;
    while (j < n && !isPySpace(s.charCodeAt(j))) j++;
    out.push(i, j);
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): number[] {
  const out: number[] = [];
  let i = s.length;
  while (i > 0) {
    while (i > 0 && isPySpace(s.charCodeAt(i - 1))) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit * 2) {
      out.push(i, 0);
      break;
    }
    let j = i;
    while (j > 0 && !isPySpace(s.charCodeAt(j - 1))) j--;
    out.push(i, j);
    i = j;
  }
  return reversePairs(out);
}

/** Pairs collected as (end, start) from the right, returned as (start, end) left to right. */
function reversePairs(a: number[]): number[] {
  const out = new Array<number>(a.length);
  for (let k = 0, m = a.length; k < m; k += 2) {
    out[m - 2 - k] = a[k + 1];
    out[m - 1 - k] = a[k];
  }
  return out;
}

function splitSep(s: string, sep: string, maxsplit: number): number[] {
  if (sep.length === 0) valueError('empty separator');
  const out: number[] = [];
  let i = 0;
  const w = sep.length;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  if (w === 1) {
    const c = sep.charCodeAt(0);
    for (let j = 0, n = s.length; j < n && left > 0; j++) {
      if (s.charCodeAt(j) === c) {
        out.push(i, j);
        i = j + 1;
        left--;
      }
    }
  } else {
    while (left > 0) {
      const j = s.indexOf(sep, i);
      if (j < 0) break;
      out.push(i, j);
      i = j + w;
      left--;
    }
  }
  out.push(i, s.length);
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): number[] {
  if (sep.length === 0) valueError('empty separator');
  const out: number[] = [];
  let end = s.length;
  let left = maxsplit < 0 ? Infinity : maxsplit;
  while (left > 0 && end - sep.length >= 0) {
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0) break;
    out.push(end, j + sep.length);
    end = j;
    left--;
  }
  out.push(end, 0);
  return reversePairs(out);
}

/** A list of strs from [start, end) pairs of offsets into js, the text of str object src. */
function listOfPieces(src: number, js: string, pairs: number[]): number {
  const n = pairs.length >> 1;
  const items = new Array<number>(n);
  if (strIsBmp(src)) {
    for (let k = 0; k < n; k++) items[k] = strSlice(src, pairs[2 * k], pairs[2 * k + 1] - pairs[2 * k]);
  } else {
    for (let k = 0; k < n; k++) items[k] = newStrU(js.slice(pairs[2 * k], pairs[2 * k + 1]));
  }
  return newList(items);
}

/** split's separator, as text comparable with the JS text of `self` (svSplit): for a BMP self
 *  (text by units) a separator that is not BMP cannot occur, given as null. */
function sepArg(v: number, self: number): string | null {
  const s = strObj(v);
  if (s === 0) return typeError(`must be str or None, not ${tname(v)}`);
  if (strIsBmp(strObj(self))) return strIsBmp(s) ? strJs(s) : null;
  return strJsU(s);
}

/** split's self as a BMP str (split by units, str_split.ts), or 0 (astral: the JS-string path);
 *  a self that is no str raises the descriptor's TypeError, as sv. */
function bmpSplitSelf(v: number): number {
  const s = selfStr(v);
  return strIsBmp(s) ? s : 0;
}

/** The one unit of a BMP one-character str separator, else -1 (any other str: the JS-string
 *  path, which also raises for a separator that is no str). */
function sepUnit(v: number): number {
  const s = strObj(v);
  return s !== 0 && strLen(s) === 1 && strIsBmp(s) ? u16[strDataBase(s)] : -1;
}

/** The text of split's self: by units when BMP (its pieces are cut from the heap by offsets),
 *  else with lone surrogates mapped (pieces through newStrU). */
function svSplit(v: number): string {
  const s = sv(v);
  return svAstral ? strJsU(strObj(v)) : s;
}

function stripChars(s: string, chars: number, left: boolean, right: boolean): string {
  let set: Set<string> | null = null;
  if (chars !== 0 && chars !== K.None) {
    if (strObj(chars) === 0) typeError('strip arg must be None or str');
    set = new Set(cps(strJsU(strObj(chars))));
  }
  const a = cps(s);
  let i = 0;
  let j = a.length;
  const strip = (c: string): boolean => (set === null ? isPySpace(c.codePointAt(0)!) : set.has(c));
  if (left) while (i < j && strip(a[i])) i++;
  if (right) while (j > i && strip(a[j - 1])) j--;
  return a.slice(i, j).join('');
}

/** Resolves the (start, end) arguments of find/count/startswith to code-unit offsets. */
function span(s: string, startV: number, endV: number, astralKind = true): [string, number, number, boolean] {
  const astral = astralKind && hasAstral(s);
  const n = astral ? [...s].length : s.length;
  let start = startV === 0 || startV === K.None ? 0 : sliceIndexNumber(startV);
  let end = endV === 0 || endV === K.None ? n : sliceIndexNumber(endV);
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  if (end > n) end = n;
  return [s, start, end, astral];
}

function findIn(s: string, sub: string, startV: number, endV: number, reverse: boolean): number {
  const subAstral = argAstral && hasAstral(sub);
  const [, start, end, astral] = span(s, startV, endV, svAstral);
  if (start > end || start > (astral ? [...s].length : s.length)) return -1;
  if (!astral && subAstral) return -1; // (an astral code point is never in a BMP str)
  if (!astral && !subAstral) {
    const hay = s.slice(start, end);
    const i = reverse ? hay.lastIndexOf(sub) : hay.indexOf(sub);
    return i < 0 ? -1 : i + start;
  }
  const a = cps(s).slice(start, end);
  const b = cps(sub);
  const match = (k: number): boolean => b.every((c, j) => a[k + j] === c);
  if (reverse) {
    for (let k = a.length - b.length; k >= 0; k--) if (match(k)) return k + start;
  } else {
    for (let k = 0; k + b.length <= a.length; k++) if (match(k)) return k + start;
  }
  return -1;
}

function countIn(s: string, sub: string, startV: number, endV: number): number {
  const subAstral = argAstral && hasAstral(sub);
  const [, start, end, astral] = span(s, startV, endV, svAstral);
  if (start > end) return 0;
  if (!astral && subAstral) return 0; // (an astral code point is never in a BMP str)
  const hay = astral ? cps(s).slice(start, end).join('') : s.slice(start, end);
  if (sub.length === 0) return cpLen(hay) + 1;
  let c = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) c++;
  return c;
}

function prefixTest(self: number, prefix: number, startV: number, endV: number, ends: boolean): number {
  const s = sv(self);
  const bmpSelf = !svAstral;
  const [, start, end, astral] = span(s, startV, endV, svAstral);
  const region = astral ? cps(s).slice(start, end).join('') : start > end ? null : s.slice(start, end);
  const test = (pObj: number): boolean => {
    if (region === null) return false;
    if (start > (astral ? cpLen(s) : s.length)) return false;
    if (bmpSelf && !strIsBmp(pObj)) return false; // (an astral prefix never matches a BMP str)
    const p = strJs(pObj);
    return ends ? region.endsWith(p) : region.startsWith(p);
  };
  const name = ends ? 'endswith' : 'startswith';
  if ((prefix & 1) === 0 && (mem[prefix] & 0x7ff) === L_TUPLE_LAYOUT()) {
    for (const p of tupleItems(prefix)) {
      if (strObj(p) === 0) typeError(`tuple for ${name} must only contain str, not ${tname(p)}`);
      if (test(strObj(p))) return K.True;
    }
    return K.False;
  }
  if (strObj(prefix) === 0) typeError(`${name} first arg must be str or a tuple of str, not ${tname(prefix)}`);
  return test(strObj(prefix)) ? K.True : K.False;
}
import { L_TUPLE } from '../runtime/layouts';
const L_TUPLE_LAYOUT = (): number => L_TUPLE;

/** str.isidentifier(): XID_Start (or '_') then XID_Continue, of CPython 3.11's Unicode 14 table
 *  (the tokenizer's), code point by code point: no NFKC first ('㊀' is not one, its NFKC is). */
export function isIdentifier(s: string): boolean {
  if (s.length === 0) return false;
  let first = true;
  for (const ch of s) {
    const cp = ch.codePointAt(0) as number;
    if (!(first ? isXidStart(cp) : isXidContinue(cp))) return false;
    first = false;
  }
  return true;
}

function padTo(s: string, width: number, fill: string, where: 'l' | 'r' | 'c'): string {
  const n = cpLen(s);
  if (width <= n) return s;
  const total = width - n;
  if (where === 'r') return fill.repeat(total) + s;
  if (where === 'l') return s + fill.repeat(total);
  const left = Math.floor(total / 2) + (total & width & 1);
  return fill.repeat(left) + s + fill.repeat(total - left);
}

function fillChar(v: number): string {
  if (v === 0) return ' ';
  const s = strObj(v);
  if (s === 0) typeError(`The fill character must be a unicode character, not ${tname(v)}`);
  if (strLen(s) !== 1) typeError('The fill character must be exactly one character long');
  return strJsU(s);
}

function widthArg(v: number): number {
  const b = toBigInt(index(v));
  // a width past what a string can hold is a MemoryError where the padding is built (js_limits)
  return b >= 1n << 63n ? raise(T.OverflowError, 'Python int too large to convert to C ssize_t') : Number(b);
}

/** str.encode(encoding, errors) of str (or str subclass) `self`. */
export function encodeStr(self: number, encoding: string, errors: string): Uint8Array {
  const enc = normalizeEncodingName(encoding);
  // on the code points: a JS string would pair adjacent lone surrogates (utf8_encode.ts)
  if (enc === 'utf8' || enc === 'u8' || enc === 'utf') return encodeUtf8(strObj(self), errors);
  const s = sv(self);
  if (enc === 'ascii' || enc === 'latin1' || enc === 'latin' || enc === 'iso88591' || enc === 'l1') {
    const limit = enc === 'ascii' ? 128 : 256;
    const out: number[] = [];
    const a = strCodePoints(strObj(self)); // (not the JS text, which pairs lone surrogates)
    for (let i = 0; i < a.length; i++) {
      const c = a[i];
      if (c < limit) out.push(c);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') out.push(63);
      else if (errors === 'backslashreplace') for (const b of Buffer.from(c < 256 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`)) out.push(b);
      else if (errors === 'xmlcharrefreplace') for (const b of Buffer.from(`&#${c};`)) out.push(b);
      else return charsetEncodeWithHandler(strObj(self), enc === 'ascii' ? 'ascii' : 'latin-1', limit, errors);
    }
    return Uint8Array.from(out);
  }
  const units = utfUnitsCodec(enc);
  if (units !== null) return encodeUtfUnits(strObj(self), units.unit, units.codec, errors);
  return registryEncode(strObj(self), encoding, errors);
}
import { charsetEncodeWithHandler, registryEncode } from './codec_registry';
import { encodeUtf8 } from './utf8_encode';
import { encodeUtfUnits, utfUnitsCodec } from './utf16_32_encode';

function strNew(cls: number, args: number[], kw: number): number {
  if (cls === T.str && kw === 0 && args.length === 1) { // str(x): the common call, no binding
    return pyStr(args[0]); // (a str subclass instance that __str__ returned stays one, as CPython's)
  }
  if (cls === T.str && kw === 0 && args.length === 2) {
    // str(b, 'utf-8') and the other codecs that agree on ASCII bytes (str_fast.ts decodeAscii)
    const r = decodeAsciiArgs(args[0], args[1]);
    if (r !== 0) return r;
  }
  const [obj, encoding, errors] = bindArgs('str', args, kw, ['object?', 'encoding?', 'errors?']);
  let r: number;
  if (obj === 0) r = emptyStr();
  else if (encoding === 0 && errors === 0) r = pyStr(obj);
  else r = decodeBytesArg(obj, encoding === 0 ? 'utf-8' : strArgOf(encoding, 'encoding'), errors === 0 ? 'strict' : strArgOf(errors, 'errors'));
  if (cls === T.str) return r;
  return newBoxed(cls, strObj(r));
}

import { decodeBytesToStr, normalizeEncodingName } from './bytes_codec';
import { checkErrorsName } from './codec_dev_checks';
import { bytesOf } from './bytes';
/** str(obj, encoding, errors): obj any bytes-like object (str(b, 0) crashed on strJs(0)). */
function decodeBytesArg(obj: number, encoding: string, errors: string): number {
  if (strObj(obj) !== 0) return typeError('decoding str is not supported');
  const data = bytesOf(obj);
  if (data === null) return typeError(`decoding to str: need a bytes-like object, ${tname(obj)} found`);
  checkErrorsName(errors);
  return decodeBytesToStr(data, encoding, errors);
}
function strArgOf(v: number, name: string): string {
  const s = strObj(v);
  if (s === 0) typeError(`str() argument '${name}' must be str, not ${v === K.None ? 'None' : tname(v)}`);
  return strJs(s);
}

function joinImpl(self: number, iterable: number): number {
  const sep = strObj(self);
  if (sep === 0) sv(self);
  let items: number[];
  const ty = typeOf(iterable);
  if (sep !== 0 && (ty === T.list || ty === T.tuple)) {
    const n = ty === T.list ? listLenBounded(iterable) : tupleLen(iterable);
    if (n >= 2) {
      const r = joinBmpItems(sep, ty === T.list ? listItemsForRead(iterable) + 2 : iterable + TU_ITEMS, n);
      if (r !== 0) return r;
    }
  }
  if (typeInfo(ty).slots.iter === null && !hasGetitem(iterable)) return typeError('can only join an iterable');
  items = iterToArray(iterable);
  for (let i = 0; i < items.length; i++) {
    const s = strObj(items[i]);
    if (s === 0) typeError(`sequence item ${i}: expected str instance, ${tname(items[i])} found`);
    items[i] = s;
  }
  if (items.length === 1 && typeOf(items[0]) === T.str) return items[0];
  return strJoinParts(sep, items);
}
function hasGetitem(v: number): boolean { return typeInfo(typeOf(v)).slots.getitem !== null; }

function strGetitem(v: number, key: number): number {
  const s = strObj(v);
  if (isSlice(key)) {
    const n = strLen(s);
    const [start, , step, len] = sliceIndices(key, n);
    if (step === 1) return strSlice(s, start, len);
    const out: number[] = [];
    for (let i = 0, j = start; i < len; i++, j += step) out.push(strCodeAt(s, j));
    return strFromCodePoints(out);
  }
  if (typeInfo(typeOf(key)).slots.index === null && (key & 1) === 0) typeError(`string indices must be integers, not '${tname(key)}'`);
  let i = indexNumber(key);
  const n = strLen(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('string index out of range');
  return charStr(strCodeAt(s, i));
}

const m1 = (f: (s: string) => string) => (a: number[]): number => newStrU(f(svU(a[0])));
const p1 = (f: (s: string) => boolean) => (a: number[]): number => (f(sv(a[0])) ? K.True : K.False);
/** A predicate answered from the units of an all-ASCII str (str_ascii_class.ts), else by `full`. */
const pa = (mask: number, full: (a: number[]) => number) => (a: number[]): number => {
  const r = asciiAllOf(selfStr(a[0]), mask);
  return r < 0 ? full(a) : r === 1 ? K.True : K.False;
};

export const strType: TypeDef = {
  sequence: true,
  noargs: ['capitalize', 'casefold', 'isalnum', 'isalpha', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', '__getnewargs__', '__sizeof__'],
  onearg: ['format_map', 'join', 'partition', 'removeprefix', 'removesuffix', 'rpartition', 'translate', 'zfill'],
  hiddenDunders: ['__radd__'],
  name: 'str',
  layout: L_BOXED,
  slots: {
    repr: (v) => newStr(reprStr(strObj(v))),
    str: (v) => (typeOf(v) === T.str ? v : strObj(v)),
    hash: (v) => strHash(strObj(v)),
    richcompare: (a, b, op) => {
      const x = strObj(a);
      const y = strObj(b);
      if (x === 0 || y === 0) return K.NotImplemented;
      if (op === 2 || op === 3) return strEquals(x, y) === (op === 2) ? K.True : K.False;
      const c = strCompare(x, y);
      const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 4 ? c > 0 : c >= 0;
      return r ? K.True : K.False;
    },
    len: (v) => strLen(strObj(v)),
    getitem: strGetitem,
    contains: (v, x) => {
      const y = strObj(x);
      if (y === 0) typeError(`'in <string>' requires string as left operand, not ${tname(x)}`);
      return strContains(strObj(v), y);
    },
    iter: (v) => newSeqIter(T.str_iterator, strObj(v)),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        const sx = strObj(x);
        const sy = strObj(y);
        if (sx === 0) return K.NotImplemented;
        if (sy === 0) return K.NotImplemented;
        return strConcat(sx, sy);
      };
      a[5] = (x: number, y: number): number => {
        const [s, n] = strObj(x) !== 0 ? [strObj(x), y] : [strObj(y), x];
        if (s === 0 || !hasIndex(n)) return K.NotImplemented;
        const c = repeatCount(n, strLen(s), 'repeated string is too long', 1 << 30);
        if (c === 0) return emptyStr();
        if (c === 1 && typeOf(s) === T.str) return s; // (as CPython: an exact str times 1 is itself)
        return strRepeat(s, c);
      };
      a[6] = (x: number, y: number): number => {
        const s = strObj(x);
        if (s === 0) return K.NotImplemented;
        return (s === x && percentFast(s, y)) || percentFormat(strJs(s), y, lonePairBreaks(s));
      };
      return a;
    })(),
    new: strNew,
  },
  methods: {
    join: (a) => joinImpl(a[0], a[1]),
    split: (a, kw) => {
      const [self, sep, maxsplit] = bindArgs('split', a, kw, ['self', 'sep?', 'maxsplit?']);
      const bmp = bmpSplitSelf(self);
      const max = maxsplit === 0 ? -1 : indexNumber(maxsplit);
      if (bmp !== 0) {
        if (sep === 0 || sep === K.None) return splitWhitespaceBmp(bmp, max);
        const c = sepUnit(sep);
        if (c >= 0) return splitUnitBmp(bmp, c, max);
      }
      const s = svSplit(self);
      const sp = sep === 0 || sep === K.None ? '' : sepArg(sep, self);
      const parts = sep === 0 || sep === K.None ? splitWhitespace(s, max) : sp === null ? [0, s.length] : splitSep(s, sp, max);
      return listOfPieces(strObj(self), s, parts);
    },
    rsplit: (a, kw) => {
      const [self, sep, maxsplit] = bindArgs('rsplit', a, kw, ['self', 'sep?', 'maxsplit?']);
      const bmp = bmpSplitSelf(self);
      const max = maxsplit === 0 ? -1 : indexNumber(maxsplit);
      if (bmp !== 0) {
        if (sep === 0 || sep === K.None) return rsplitWhitespaceBmp(bmp, max);
        const c = sepUnit(sep);
        if (c >= 0) return rsplitUnitBmp(bmp, c, max);
      }
      const s = svSplit(self);
      const sp = sep === 0 || sep === K.None ? '' : sepArg(sep, self);
      const parts = sep === 0 || sep === K.None ? rsplitWhitespace(s, max) : sp === null ? [0, s.length] : rsplitSep(s, sp, max);
      return listOfPieces(strObj(self), s, parts);
    },
    splitlines: (a, kw) => {
      const [self, keepends] = bindArgs('splitlines', a, kw, ['self', 'keepends?']);
      const s = svSplit(self);
      const keep = keepends !== 0 && keepends !== K.False && keepends !== 1;
      const out: number[] = [];
      let last = 0;
      const n = s.length;
      for (let i = 0; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c > 0x0d && (c < 0x1c || c > 0x1e) && c !== 0x85 && c !== 0x2028 && c !== 0x2029) continue;
        if (c < 0x0a) continue;
        const w = c === 0x0d && i + 1 < n && s.charCodeAt(i + 1) === 0x0a ? 2 : 1;
        out.push(last, keep ? i + w : i);
        i += w - 1;
        last = i + 1;
      }
      if (last < n) out.push(last, n);
      return listOfPieces(strObj(self), s, out);
    },
    strip: (a) => stripMethod('strip', a, true, true),
    lstrip: (a) => stripMethod('lstrip', a, true, false),
    rstrip: (a) => stripMethod('rstrip', a, false, true),
    startswith: (a) => affixMethod('startswith', a, false),
    endswith: (a) => affixMethod('endswith', a, true),
    find: (a) => oldArity('find', a, 1, 3) ?? intFromNumber(findIn(sv(a[0]), argStr(a[1], ''), a[2] ?? 0, a[3] ?? 0, false)),
    rfind: (a) => oldArity('rfind', a, 1, 3) ?? intFromNumber(findIn(sv(a[0]), argStr(a[1], ''), a[2] ?? 0, a[3] ?? 0, true)),
    index: (a) => {
      oldArity('index', a, 1, 3);
      const i = findIn(sv(a[0]), argStr(a[1], ''), a[2] ?? 0, a[3] ?? 0, false);
      return i < 0 ? softConstError(T.ValueError, 'substring not found') : intFromNumber(i); // (runtime/soft_raise.ts)
    },
    rindex: (a) => {
      oldArity('rindex', a, 1, 3);
      const i = findIn(sv(a[0]), argStr(a[1], ''), a[2] ?? 0, a[3] ?? 0, true);
      return i < 0 ? softConstError(T.ValueError, 'substring not found') : intFromNumber(i); // (runtime/soft_raise.ts)
    },
    count: (a) => {
      if (a.length === 2) {
        const so = strObj(a[1]);
        const c = so === 0 ? -1 : countShortSub(selfStr(a[0]), so);
        if (c >= 0) return intFromNumber(c);
      }
      return oldArity('count', a, 1, 3) ?? intFromNumber(countIn(sv(a[0]), argStr(a[1], ''), a[2] ?? 0, a[3] ?? 0));
    },
    replace: (a) => {
      if (a.length < 3 || a.length > 4) argRange('replace', a.slice(1), 2, 3);
      const so = strObj(a[1]);
      const sr = strObj(a[2]);
      if (so !== 0 && sr !== 0) {
        const c = a.length > 3 ? indexNumber(a[3]) : -1;
        const fast = replaceShort(selfStr(a[0]), so, sr, c < 0 ? Infinity : c);
        if (fast !== 0) return fast;
      }
      const s = svU(a[0]);
      const old = argStrU(a[1], 'replace() argument 1');
      const rep = argStrU(a[2], 'replace() argument 2');
      let count = a.length > 3 ? indexNumber(a[3]) : -1;
      if (count < 0) count = Infinity;
      if (old.length === 0) {
        const chars = cps(s);
        let out = '';
        let n = 0;
        for (let i = 0; i <= chars.length; i++) {
          if (n < count) {
            out += rep;
            n++;
          }
          if (i < chars.length) out += chars[i];
        }
        return newStrU(out);
      }
      let out = '';
      let i = 0;
      let n = 0;
      while (n < count) {
        const j = s.indexOf(old, i);
        if (j < 0) break;
        out += s.slice(i, j) + rep;
        i = j + old.length;
        n++;
      }
      if (n === 0) return selfStr(a[0]); // (nothing replaced: the str itself, as CPython's)
      return newStrU(out + s.slice(i));
    },
    upper: (a) => asciiCase(selfStr(a[0]), true) || m1(Case.upper)(a),
    lower: (a) => asciiCase(selfStr(a[0]), false) || m1(Case.lower)(a),
    casefold: m1(Case.casefold),
    swapcase: m1(Case.swapcase),
    capitalize: m1(Case.capitalize),
    title: m1(Case.title),
    isdigit: pa(A_DIGIT, p1((s) => Case.allChars(s, Case.isDigitCp, isAsciiDigit))),
    isdecimal: pa(A_DIGIT, p1((s) => Case.allChars(s, Case.isDecimalCp, isAsciiDigit))),
    isnumeric: pa(A_DIGIT, p1((s) => Case.allChars(s, Case.isNumericCp, isAsciiDigit))),
    isalpha: pa(A_ALPHA, p1((s) => Case.allChars(s, Case.isAlphaCp, isAsciiAlpha))),
    isalnum: pa(A_ALPHA | A_DIGIT, p1((s) => Case.allChars(s, Case.isAlnumCp, (c) => isAsciiAlpha(c) || isAsciiDigit(c)))),
    isspace: pa(A_SPACE, p1(isSpaceStr)),
    isupper: (a) => { const r = asciiCased(selfStr(a[0]), true); return r < 0 ? p1(Case.isUpperStr)(a) : r === 1 ? K.True : K.False; },
    islower: (a) => { const r = asciiCased(selfStr(a[0]), false); return r < 0 ? p1(Case.isLowerStr)(a) : r === 1 ? K.True : K.False; },
    istitle: p1(Case.isTitleStr),
    isidentifier: p1(isIdentifier),
    isascii: (a) => (strIsAscii(selfStr(a[0])) ? K.True : K.False),
    isprintable: (a) => (strCodePoints(strObj(a[0])).every(isPrintable) ? K.True : K.False),
    center: (a) => { argRange('center', a.slice(1), 1, 2); return newStrU(padTo(svU(a[0]), widthArg(a[1]), fillChar(a[2] ?? 0), 'c')); },
    ljust: (a) => { argRange('ljust', a.slice(1), 1, 2); return newStrU(padTo(svU(a[0]), widthArg(a[1]), fillChar(a[2] ?? 0), 'l')); },
    rjust: (a) => { argRange('rjust', a.slice(1), 1, 2); return newStrU(padTo(svU(a[0]), widthArg(a[1]), fillChar(a[2] ?? 0), 'r')); },
    zfill: (a) => {
      const s = svU(a[0]);
      const w = widthArg(a[1]);
      const n = cpLen(s);
      if (w <= n) return typeOf(a[0]) === T.str ? a[0] : strObj(a[0]);
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return newStrU(sign + '0'.repeat(w - n) + s.slice(sign.length));
    },
    partition: (a) => {
      const s = svU(a[0]);
      const sep = argStrU(a[1], '');
      if (sep.length === 0) valueError('empty separator');
      const i = s.indexOf(sep);
      if (i < 0) return newTuple([strObj(a[0]), emptyStr(), emptyStr()]);
      return newTuple([newStrU(s.slice(0, i)), a[1], newStrU(s.slice(i + sep.length))]);
    },
    rpartition: (a) => {
      const s = svU(a[0]);
      const sep = argStrU(a[1], '');
      if (sep.length === 0) valueError('empty separator');
      const i = s.lastIndexOf(sep);
      if (i < 0) return newTuple([emptyStr(), emptyStr(), strObj(a[0])]);
      return newTuple([newStrU(s.slice(0, i)), a[1], newStrU(s.slice(i + sep.length))]);
    },
    removeprefix: (a) => {
      const s = svU(a[0]);
      const p = argStrU(a[1], 'removeprefix() argument');
      return newStrU(p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s);
    },
    removesuffix: (a) => {
      const s = svU(a[0]);
      const p = argStrU(a[1], 'removesuffix() argument');
      return newStrU(p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    },
    expandtabs: (a, kw) => {
      const [self, tabsize] = bindArgs('expandtabs', a, kw, ['self', 'tabsize?']);
      const ts = tabsize === 0 ? 8 : indexNumber(tabsize);
      let out = '';
      let col = 0;
      for (const c of svU(self)) {
        if (c === '\t') {
          if (ts > 0) {
            const n = ts - (col % ts);
            out += ' '.repeat(n);
            col += n;
          }
        } else if (c === '\n' || c === '\r') {
          out += c;
          col = 0;
        } else {
          out += c;
          col++;
        }
      }
      return newStrU(out);
    },
    encode: (a, kw) => {
      if (kw === 0 && a.length <= 2) {
        // s.encode() / s.encode('utf-8') and the codecs that agree with it on ASCII text
        const so = strObj(a[0]);
        const e = a.length === 2 ? strObj(a[1]) : 0;
        if (so !== 0 && (a.length === 1 || (e !== 0 && asciiSameCodec(strJs(e))))) {
          const r = encodeAscii(so);
          if (r !== 0) return r;
        }
      }
      const [self, encoding, errors] = bindArgs('encode', a, kw, ['self', 'encoding?', 'errors?']);
      const enc = optStrArg(encoding, 'encode', 'encoding', 'utf-8');
      const err = optStrArg(errors, 'encode', 'errors', 'strict');
      checkErrorsName(err);
      return newBytes(encodeStr(self, enc, err));
    },
    format: (a, kw) => ((kw === 0 || tupleLen(kw) === 0) && a.length > 0 && a[0] === strObj(a[0]) && formatFast(a[0], a, 1)) || strFormat(sv(a[0]), a.slice(1), kw, lonePairBreaks(selfStr(a[0]))),
    format_map: (a) => strFormatMap(sv(a[0]), a[1], lonePairBreaks(selfStr(a[0]))),
    __format__: (a) => {
      if (a.length !== 2) oneArgCountError('str', '__format__', a); // (METH_O; not typedef's onearg wrapper: format() and f-strings call it)
      const spec = formatSpecArg(a[1]);
      if (spec === '') return pyStr(a[0]); // (as CPython: str(self), so a subclass's __str__ runs)
      try {
        return newStrU(formatStr(svU(a[0]), spec));
      } catch (e) {
        return rethrow(e);
      }
    },
    translate: (a) => {
      const table = a[1];
      let out = '';
      const text = svU(a[0]);
      const mapped = loneIsMapped();
      for (const c of text) {
        let v: number;
        try {
          v = getitem(table, intFromNumber(mapped ? unmapLone(c.codePointAt(0)!) : c.codePointAt(0)!));
        } catch (e) {
          if (e instanceof PyException && isInstance(e.exc, T.LookupError)) {
            out += c;
            continue;
          }
          throw e;
        }
        if (v === K.None) continue;
        const s = strObj(v);
        if (s !== 0) out += strJsU(s);
        else {
          if ((v & 1) === 0 && !isInstance(v, T.int)) typeError('character mapping must return integer, None or str');
          const n = toBigInt(index(v));
          if (n < 0n || n > 0x10ffffn) valueError('character mapping must be in range(0x110000)');
          out += mapLone(Number(n));
        }
      }
      return newStrU(out);
    },
    __getnewargs__: (a) => newTuple([strFromCodePoints(strCodePoints(strObj(a[0])))]), // (a copy, as CPython's)
    __sizeof__: (a) => intFromNumber(49 + strLen(strObj(a[0]))),
  },
  staticmethods: {
    maketrans: (a) => {
      argRange('maketrans', a, 1, 3);
      const d = newDict();
      if (a.length === 1) {
        if ((a[0] & 1) === 1 || (mem[a[0]] & 0x7ff) !== L_DICT) typeError('if you give only one argument to maketrans it must be a dict');
        for (const [k, v] of dictItemsOf(a[0])) {
          const ks = strObj(k);
          if (ks !== 0) {
            if (strLen(ks) !== 1) valueError('string keys in translate table must be of length 1');
            dictSet(d, intFromNumber(strCodeAt(ks, 0)), v);
          } else if ((k & 1) === 1 || isInstance(k, T.int)) dictSet(d, k, v);
          else typeError('keys in translate table must be strings or integers');
        }
        return d;
      }
      const x = cps(argStr(a[0], 'maketrans() argument 1'));
      const y = cps(argStr(a[1], 'maketrans() argument 2'));
      if (x.length !== y.length) valueError('the first two maketrans arguments must have equal length');
      x.forEach((c, i) => dictSet(d, intFromNumber(c.codePointAt(0)!), intFromNumber(y[i].codePointAt(0)!)));
      if (a.length > 2) for (const c of cps(argStr(a[2], 'maketrans() argument 3'))) dictSet(d, intFromNumber(c.codePointAt(0)!), K.None);
      return d;
    },
  },
};

// Every method checks its self first, with CPython's descriptor messages (str.upper(1)).
for (const [name, f] of Object.entries(strType.methods ?? {})) {
  strType.methods![name] = (a, kw) => {
    if (a.length === 0) typeError(`unbound method str.${name}() needs an argument`);
    if (strObj(a[0]) === 0) typeError(`descriptor '${name}' for 'str' objects doesn't apply to a '${tname(a[0])}' object`);
    const saved = loneScope();
    try {
      return f(a, kw);
    } finally {
      loneScopeEnd(saved);
    }
  };
}

import { dictItems } from './dict_core';
function dictItemsOf(d: number): [number, number][] { return dictItems(d); }

export const _keep = [repr, dictGet];

/** s * n (n >= 2) by units for a BMP str, else by code points (never through a JS string,
 *  which would pair a lone low surrogate at the start with a lone high one at the end). */
function strRepeat(s: number, n: number): number {
  if (strIsBmp(s)) {
    // the units copied once, then doubled in place (unit_loops.ts): no JS string, no unit loop
    const len = strLen(s);
    const total = len * n;
    if (total <= 1) return total === 0 ? emptyStr() : charStr(u16[strDataBase(s)]);
    const r = allocBmp(total); // (allocation never moves s)
    repeatUnits(strDataBase(r), strDataBase(s), len, total);
    return sealBmp(r);
  }
  const one = strCodePoints(s);
  const out: number[] = [];
  for (let k = 0; k < n; k++) for (let i = 0; i < one.length; i++) out.push(one[i]);
  return strFromCodePoints(out);
}
import { newStrUnits, allocBmp, copyUnits, sealBmp, unitBase, lonePairBreaks, S_DATA, S_KIND, S_LEN } from './str_core';
import { repeatUnits } from './unit_loops';
import { asciiCase, asciiSameCodec, containsShort, countShortSub, decodeAsciiArgs, encodeAscii, hasAffix, replaceShort, stripSpaces } from './str_fast';

/** translate's code points as strJsU writes them (a lone surrogate as its mapped stand-in). */
function unmapLone(c: number): number { return c >= 0x10f800 ? c - 0x10f800 + 0xd800 : c; }
function mapLone(c: number): string {
  if (c < 0xd800 || c > 0xdfff) return String.fromCodePoint(c);
  loneMark();
  return String.fromCodePoint(0x10f800 + c - 0xd800);
}
import { loneIsMapped, loneMark } from './str_core';
import { hasIndex, repeatCount } from './seq_repeat';
