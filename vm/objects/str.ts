// str: the class and its methods. Methods work on the JS string of the object (strJs, cached
// for old strings) and build a new str; indexing and lengths count code points, so strings with
// astral characters go through code-point arrays. format() and % are in str_format.ts and
// str_percent.ts.
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_STR } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError, raise, PyException } from '../runtime/errors';
import {
  index, indexNumber, iterToArray, repr, str as pyStr, tname, callSpecial, isInstance, getitem,
} from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { charStr, emptyStr, intern, newStr, strCodeAt, strCompare, strEquals, strHash, strJs, strLen } from './str_core';
import { isSlice, sliceIndices } from './slice';
import { newSeqIter } from './iterators';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype, typeInfo } from './type_core';
import { newList } from './list_core';
import { newTuple, tupleItems } from './tuple_core';
import { reprString } from './str_repr';
import { bindArgs, argRange } from './builtin_function';
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

function sv(v: number): string {
  const s = strObj(v);
  if (s === 0) return typeError(`descriptor requires a 'str' object but received a '${tname(v)}'`);
  return strJs(s);
}

function argStr(v: number, what: string): string {
  const s = strObj(v);
  if (s === 0) return typeError(`${what} must be str, not ${tname(v)}`);
  return strJs(s);
}

function hasAstral(s: string): boolean { return /[\ud800-\udbff][\udc00-\udfff]/.test(s); }
function cps(s: string): string[] { return [...s]; }
function cpLen(s: string): number { return hasAstral(s) ? [...s].length : s.length; }

export function strConcat(a: number, b: number): number {
  if (strLen(a) === 0) return b;
  if (strLen(b) === 0) return a;
  return newStr(strJs(a) + strJs(b));
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

// ── character classes (Python's definitions, via Unicode properties) ──
const RE_ALPHA = /^[\p{L}]+$/u;
const RE_DECIMAL = /^\p{Nd}+$/u;
const RE_DIGIT = /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089\u2460-\u2468\u2474-\u247c\u2488-\u2490\u24ea\u24f5-\u24fd\u24ff\u2776-\u277e\u2780-\u2788\u278a-\u2792]+$/u;
const RE_NUMERIC = /^[\p{N}\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146]+$/u;
const RE_ALNUM_CHAR = /[\p{L}\p{N}]/u;
const RE_CASED = /[\p{Lu}\p{Ll}\p{Lt}]/u;
const isUpperCp = (c: string): boolean => /\p{Lu}|\p{Lt}/u.test(c) || (c !== c.toLowerCase() && c === c.toUpperCase());
const isLowerCp = (c: string): boolean => /\p{Ll}/u.test(c) || (c !== c.toUpperCase() && c === c.toLowerCase());

function isSpaceStr(s: string): boolean {
  if (s.length === 0) return false;
  for (const ch of s) if (!isPySpace(ch.codePointAt(0)!)) return false;
  return true;
}

function splitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = 0;
  const n = s.length;
  const sp = (k: number): boolean => isPySpace(s.charCodeAt(k));
  while (i < n) {
    while (i < n && sp(i)) i++;
    if (i >= n) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let end = n;
      while (end > i && sp(end - 1)) end--;
      out.push(s.slice(i, end));
      return out;
    }
    let j = i;
    while (j < n && !sp(j)) j++;
    out.push(s.slice(i, j));
    i = j;
  }
  return out;
}

function rsplitWhitespace(s: string, maxsplit: number): string[] {
  const out: string[] = [];
  let i = s.length;
  const sp = (k: number): boolean => isPySpace(s.charCodeAt(k));
  while (i > 0) {
    while (i > 0 && sp(i - 1)) i--;
    if (i <= 0) break;
    if (maxsplit >= 0 && out.length === maxsplit) {
      let start = 0;
      while (start < i && sp(start)) start++;
      out.push(s.slice(start, i));
      break;
    }
    let j = i;
    while (j > 0 && !sp(j - 1)) j--;
    out.push(s.slice(j, i));
    i = j;
  }
  return out.reverse();
}

function splitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) valueError('empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let i = 0;
  while (out.length < maxsplit) {
    const j = s.indexOf(sep, i);
    if (j < 0) break;
    out.push(s.slice(i, j));
    i = j + sep.length;
  }
  out.push(s.slice(i));
  return out;
}

function rsplitSep(s: string, sep: string, maxsplit: number): string[] {
  if (sep.length === 0) valueError('empty separator');
  if (maxsplit < 0) return s.split(sep);
  const out: string[] = [];
  let end = s.length;
  while (out.length < maxsplit) {
    const j = s.lastIndexOf(sep, end - sep.length);
    if (j < 0 || end - sep.length < 0) break;
    out.push(s.slice(j + sep.length, end));
    end = j;
  }
  out.push(s.slice(0, end));
  return out.reverse();
}

function stripChars(s: string, chars: number, left: boolean, right: boolean): string {
  let set: Set<string> | null = null;
  if (chars !== 0 && chars !== K.None) set = new Set(cps(argStr(chars, 'strip arg')));
  const a = cps(s);
  let i = 0;
  let j = a.length;
  const strip = (c: string): boolean => (set === null ? isPySpace(c.codePointAt(0)!) : set.has(c));
  if (left) while (i < j && strip(a[i])) i++;
  if (right) while (j > i && strip(a[j - 1])) j--;
  return a.slice(i, j).join('');
}

/** Resolves the (start, end) arguments of find/count/startswith to code-unit offsets. */
function span(s: string, startV: number, endV: number): [string, number, number, boolean] {
  const astral = hasAstral(s);
  const n = astral ? [...s].length : s.length;
  let start = startV === 0 || startV === K.None ? 0 : indexNumber(startV);
  let end = endV === 0 || endV === K.None ? n : indexNumber(endV);
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  if (end > n) end = n;
  return [s, start, end, astral];
}

function findIn(s: string, sub: string, startV: number, endV: number, reverse: boolean): number {
  const [, start, end, astral] = span(s, startV, endV);
  if (start > end || start > (astral ? [...s].length : s.length)) return -1;
  if (!astral && !hasAstral(sub)) {
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
  const [, start, end, astral] = span(s, startV, endV);
  if (start > end) return 0;
  const hay = astral ? cps(s).slice(start, end).join('') : s.slice(start, end);
  if (sub.length === 0) return cpLen(hay) + 1;
  let c = 0;
  for (let i = hay.indexOf(sub); i >= 0; i = hay.indexOf(sub, i + sub.length)) c++;
  return c;
}

function prefixTest(self: number, prefix: number, startV: number, endV: number, ends: boolean): number {
  const s = sv(self);
  const [, start, end, astral] = span(s, startV, endV);
  const region = astral ? cps(s).slice(start, end).join('') : start > end ? null : s.slice(start, end);
  const test = (p: string): boolean => {
    if (region === null) return false;
    if (start > cpLen(s)) return false;
    return ends ? region.endsWith(p) : region.startsWith(p);
  };
  const name = ends ? 'endswith' : 'startswith';
  if ((prefix & 1) === 0 && (mem[prefix] & 0x7ff) === L_TUPLE_LAYOUT()) {
    for (const p of tupleItems(prefix)) {
      if (strObj(p) === 0) typeError(`tuple for ${name} must only contain str, not ${tname(p)}`);
      if (test(strJs(strObj(p)))) return K.True;
    }
    return K.False;
  }
  if (strObj(prefix) === 0) typeError(`${name} first arg must be str or a tuple of str, not ${tname(prefix)}`);
  return test(strJs(strObj(prefix))) ? K.True : K.False;
}
import { L_TUPLE } from '../runtime/layouts';
const L_TUPLE_LAYOUT = (): number => L_TUPLE;

function titleCase(s: string): string {
  let out = '';
  let prevCased = false;
  for (const ch of s) {
    const cased = RE_CASED.test(ch);
    if (cased) out += prevCased ? ch.toLowerCase() : titleChar(ch);
    else out += ch;
    prevCased = cased || /\p{Lm}|\p{Lo}/u.test(ch) && false;
    prevCased = cased;
  }
  return out;
}
function titleChar(ch: string): string {
  const special: Record<string, string> = { 'ǆ': 'ǅ', 'Ǆ': 'ǅ', 'ǅ': 'ǅ', 'ǉ': 'ǈ', 'Ǉ': 'ǈ', 'ǌ': 'ǋ', 'Ǌ': 'ǋ', 'ǳ': 'ǲ', 'Ǳ': 'ǲ', 'ß': 'Ss' };
  return special[ch] ?? ch.toUpperCase();
}

function isTitle(s: string): boolean {
  let cased = false;
  let prevCased = false;
  for (const ch of s) {
    if (isUpperCp(ch) || /\p{Lt}/u.test(ch)) {
      if (prevCased) return false;
      prevCased = true;
      cased = true;
    } else if (isLowerCp(ch)) {
      if (!prevCased) return false;
      prevCased = true;
      cased = true;
    } else prevCased = false;
  }
  return cased;
}

export function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_\u1885\u1886\u2118\u212e\u309b\u309c][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}_\u00b7\u0387\u1369-\u1371\u19da\u1885\u1886\u2118\u212e\u309b\u309c]*$/u.test(s.normalize('NFKC'));
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
  if (s === 0 || strLen(s) !== 1) typeError('The fill character must be exactly one character long');
  return strJs(s);
}

function widthArg(v: number): number {
  const b = toBigInt(index(v));
  return b > 1n << 31n ? raise(T.OverflowError, 'Python int too large to convert to C ssize_t') : Number(b);
}

function encodeStr(s: string, encoding: string, errors: string): Uint8Array {
  const enc = encoding.toLowerCase().replace(/[-_ ]/g, '');
  if (enc === 'utf8' || enc === 'u8' || enc === 'utf') {
    if (/[\ud800-\udfff]/.test(s.replace(/[\ud800-\udbff][\udc00-\udfff]/g, '')) && errors === 'strict') {
      const i = [...s].findIndex((c) => /^[\ud800-\udfff]$/.test(c));
      raise(T.UnicodeEncodeError, `'utf-8' codec can't encode character '\\u${s.codePointAt(i)!.toString(16)}' in position ${i}: surrogates not allowed`);
    }
    return new Uint8Array(Buffer.from(s, 'utf8'));
  }
  if (enc === 'ascii' || enc === 'latin1' || enc === 'latin' || enc === 'iso88591' || enc === 'l1') {
    const limit = enc === 'ascii' ? 128 : 256;
    const out: number[] = [];
    const a = cps(s);
    for (let i = 0; i < a.length; i++) {
      const c = a[i].codePointAt(0)!;
      if (c < limit) out.push(c);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') out.push(63);
      else if (errors === 'backslashreplace') for (const b of Buffer.from(c < 256 ? `\\x${c.toString(16).padStart(2, '0')}` : c < 0x10000 ? `\\u${c.toString(16).padStart(4, '0')}` : `\\U${c.toString(16).padStart(8, '0')}`)) out.push(b);
      else if (errors === 'xmlcharrefreplace') for (const b of Buffer.from(`&#${c};`)) out.push(b);
      else {
        let j = i;
        while (j + 1 < a.length && a[j + 1].codePointAt(0)! >= limit) j++;
        const codec = enc === 'ascii' ? 'ascii' : 'latin-1';
        const what = j > i ? `characters in position ${i}-${j}` : `character '${reprChar(a[i])}' in position ${i}`;
        raise(T.UnicodeEncodeError, `'${codec}' codec can't encode ${what}: ordinal not in range(${limit})`);
      }
    }
    return Uint8Array.from(out);
  }
  if (enc === 'utf16' || enc === 'utf16le' || enc === 'utf16be') {
    const le = Buffer.from(s, 'utf16le');
    if (enc === 'utf16be') le.swap16();
    return new Uint8Array(enc === 'utf16' ? Buffer.concat([Buffer.from([0xff, 0xfe]), le]) : le);
  }
  if (enc === 'utf32' || enc === 'utf32le' || enc === 'utf32be') {
    const a = cps(s).map((c) => c.codePointAt(0)!);
    const bom = enc === 'utf32' ? 1 : 0;
    const buf = Buffer.alloc((a.length + bom) * 4);
    if (bom) buf.writeUInt32LE(0xfeff, 0);
    a.forEach((c, i) => (enc === 'utf32be' ? buf.writeUInt32BE(c, (i + bom) * 4) : buf.writeUInt32LE(c, (i + bom) * 4)));
    return new Uint8Array(buf);
  }
  return raise(T.LookupError, `unknown encoding: ${encoding}`);
}

function reprChar(c: string): string {
  const cp = c.codePointAt(0)!;
  return cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
}

function strNew(cls: number, args: number[], kw: number): number {
  const [obj, encoding, errors] = bindArgs('str', args, kw, ['object?', 'encoding?', 'errors?']);
  let r: number;
  if (obj === 0) r = emptyStr();
  else if (encoding === 0 && errors === 0) r = pyStr(obj);
  else r = decodeBytesArg(obj, encoding === 0 ? 'utf-8' : strJs(encoding), errors === 0 ? 'strict' : strJs(errors));
  if (cls === T.str) return strObj(r) === r ? r : newStr(strJs(strObj(r)));
  return newBoxed(cls, strObj(r));
}

import { decodeBytes } from './bytes_codec';
function decodeBytesArg(obj: number, encoding: string, errors: string): number {
  return newStr(decodeBytes(bytesView(obj), encoding, errors));
}

function joinImpl(sep: string, iterable: number): number {
  const items = iterToArray(iterable);
  const parts = new Array<string>(items.length);
  for (let i = 0; i < items.length; i++) {
    const s = strObj(items[i]);
    if (s === 0) typeError(`sequence item ${i}: expected str instance, ${tname(items[i])} found`);
    parts[i] = strJs(s);
  }
  return newStr(parts.join(sep));
}

function strGetitem(v: number, key: number): number {
  const s = strObj(v);
  if (isSlice(key)) {
    const js = strJs(s);
    const n = strLen(s);
    const [start, , step, len] = sliceIndices(key, n);
    if (step === 1) {
      if (len === n) return s;
      if (!hasAstral(js)) return newStr(js.slice(start, start + len));
      return newStr(cps(js).slice(start, start + len).join(''));
    }
    let out = '';
    for (let i = 0, j = start; i < len; i++, j += step) out += String.fromCodePoint(strCodeAt(s, j));
    return newStr(out);
  }
  if (typeInfo(typeOf(key)).slots.index === null && (key & 1) === 0) typeError(`string indices must be integers, not '${tname(key)}'`);
  let i = indexNumber(key);
  const n = strLen(s);
  if (i < 0) i += n;
  if (i < 0 || i >= n) indexError('string index out of range');
  return charStr(strCodeAt(s, i));
}

const m1 = (f: (s: string) => string) => (a: number[]): number => newStr(f(sv(a[0])));
const p1 = (f: (s: string) => boolean) => (a: number[]): number => (f(sv(a[0])) ? K.True : K.False);

export const strType: TypeDef = {
  name: 'str',
  layout: L_BOXED,
  slots: {
    repr: (v) => newStr(reprString(sv(v))),
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
      return strJs(strObj(v)).includes(strJs(y));
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
        if (s === 0) return K.NotImplemented;
        let c: bigint;
        try {
          c = toBigInt(index(n));
        } catch {
          return K.NotImplemented;
        }
        if (c <= 0n) return emptyStr();
        if (BigInt(strLen(s)) * c > 1n << 30n) return raise(T.MemoryError, '');
        return newStr(strJs(s).repeat(Number(c)));
      };
      a[6] = (x: number, y: number): number => {
        const s = strObj(x);
        if (s === 0) return K.NotImplemented;
        return percentFormat(strJs(s), y);
      };
      return a;
    })(),
    new: strNew,
  },
  methods: {
    join: (a) => joinImpl(sv(a[0]), a[1]),
    split: (a, kw) => {
      const [self, sep, maxsplit] = bindArgs('split', a, kw, ['self', 'sep?', 'maxsplit?']);
      const s = sv(self);
      const max = maxsplit === 0 ? -1 : indexNumber(maxsplit);
      const parts = sep === 0 || sep === K.None ? splitWhitespace(s, max) : splitSep(s, argStr(sep, 'must be str or None'), max);
      return newList(parts.map(newStr));
    },
    rsplit: (a, kw) => {
      const [self, sep, maxsplit] = bindArgs('rsplit', a, kw, ['self', 'sep?', 'maxsplit?']);
      const s = sv(self);
      const max = maxsplit === 0 ? -1 : indexNumber(maxsplit);
      const parts = sep === 0 || sep === K.None ? rsplitWhitespace(s, max) : rsplitSep(s, argStr(sep, 'must be str or None'), max);
      return newList(parts.map(newStr));
    },
    splitlines: (a, kw) => {
      const [self, keepends] = bindArgs('splitlines', a, kw, ['self', 'keepends?']);
      const s = sv(self);
      const keep = keepends !== 0 && keepends !== K.False && keepends !== 1;
      const out: string[] = [];
      const re = /\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]/g;
      let last = 0;
      for (let m = re.exec(s); m !== null; m = re.exec(s)) {
        out.push(s.slice(last, keep ? m.index + m[0].length : m.index));
        last = m.index + m[0].length;
      }
      if (last < s.length) out.push(s.slice(last));
      return newList(out.map(newStr));
    },
    strip: (a) => newStr(stripChars(sv(a[0]), a[1] ?? 0, true, true)),
    lstrip: (a) => newStr(stripChars(sv(a[0]), a[1] ?? 0, true, false)),
    rstrip: (a) => newStr(stripChars(sv(a[0]), a[1] ?? 0, false, true)),
    startswith: (a) => { argRange('startswith', a.slice(1), 1, 3); return prefixTest(a[0], a[1], a[2] ?? 0, a[3] ?? 0, false); },
    endswith: (a) => { argRange('endswith', a.slice(1), 1, 3); return prefixTest(a[0], a[1], a[2] ?? 0, a[3] ?? 0, true); },
    find: (a) => intFromNumber(findIn(sv(a[0]), argStr(a[1], 'must be str'), a[2] ?? 0, a[3] ?? 0, false)),
    rfind: (a) => intFromNumber(findIn(sv(a[0]), argStr(a[1], 'must be str'), a[2] ?? 0, a[3] ?? 0, true)),
    index: (a) => {
      const i = findIn(sv(a[0]), argStr(a[1], 'must be str'), a[2] ?? 0, a[3] ?? 0, false);
      return i < 0 ? valueError('substring not found') : intFromNumber(i);
    },
    rindex: (a) => {
      const i = findIn(sv(a[0]), argStr(a[1], 'must be str'), a[2] ?? 0, a[3] ?? 0, true);
      return i < 0 ? valueError('substring not found') : intFromNumber(i);
    },
    count: (a) => intFromNumber(countIn(sv(a[0]), argStr(a[1], 'must be str'), a[2] ?? 0, a[3] ?? 0)),
    replace: (a) => {
      argRange('replace', a.slice(1), 2, 3);
      const s = sv(a[0]);
      const old = argStr(a[1], 'replace() argument 1');
      const rep = argStr(a[2], 'replace() argument 2');
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
        return newStr(out);
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
      return newStr(out + s.slice(i));
    },
    upper: m1((s) => s.toUpperCase()),
    lower: m1((s) => s.toLowerCase()),
    casefold: m1((s) => s.toLowerCase().replace(/ß/g, 'ss').replace(/ς/g, 'σ')),
    swapcase: m1((s) => cps(s).map((c) => (isUpperCp(c) ? c.toLowerCase() : isLowerCp(c) ? c.toUpperCase() : c)).join('')),
    capitalize: m1((s) => {
      const a = cps(s);
      return a.length === 0 ? '' : titleChar(a[0]) + a.slice(1).join('').toLowerCase();
    }),
    title: m1(titleCase),
    isdigit: p1((s) => RE_DIGIT.test(s)),
    isdecimal: p1((s) => RE_DECIMAL.test(s)),
    isnumeric: p1((s) => RE_NUMERIC.test(s)),
    isalpha: p1((s) => RE_ALPHA.test(s)),
    isalnum: p1((s) => s.length > 0 && cps(s).every((c) => RE_ALNUM_CHAR.test(c))),
    isspace: p1(isSpaceStr),
    isupper: p1((s) => { let cased = false; for (const c of s) { if (isLowerCp(c)) return false; if (isUpperCp(c)) cased = true; } return cased; }),
    islower: p1((s) => { let cased = false; for (const c of s) { if (isUpperCp(c)) return false; if (isLowerCp(c)) cased = true; } return cased; }),
    istitle: p1(isTitle),
    isidentifier: p1(isIdentifier),
    isascii: p1((s) => /^[\x00-\x7f]*$/.test(s)),
    isprintable: p1((s) => cps(s).every((c) => isPrintableCp(c.codePointAt(0)!))),
    center: (a) => { argRange('center', a.slice(1), 1, 2); return newStr(padTo(sv(a[0]), widthArg(a[1]), fillChar(a[2] ?? 0), 'c')); },
    ljust: (a) => { argRange('ljust', a.slice(1), 1, 2); return newStr(padTo(sv(a[0]), widthArg(a[1]), fillChar(a[2] ?? 0), 'l')); },
    rjust: (a) => { argRange('rjust', a.slice(1), 1, 2); return newStr(padTo(sv(a[0]), widthArg(a[1]), fillChar(a[2] ?? 0), 'r')); },
    zfill: (a) => {
      const s = sv(a[0]);
      const w = widthArg(a[1]);
      const n = cpLen(s);
      if (w <= n) return newStr(s);
      const sign = s[0] === '+' || s[0] === '-' ? s[0] : '';
      return newStr(sign + '0'.repeat(w - n) + s.slice(sign.length));
    },
    partition: (a) => {
      const s = sv(a[0]);
      const sep = argStr(a[1], 'must be str');
      if (sep.length === 0) valueError('empty separator');
      const i = s.indexOf(sep);
      if (i < 0) return newTuple([strObj(a[0]), emptyStr(), emptyStr()]);
      return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
    },
    rpartition: (a) => {
      const s = sv(a[0]);
      const sep = argStr(a[1], 'must be str');
      if (sep.length === 0) valueError('empty separator');
      const i = s.lastIndexOf(sep);
      if (i < 0) return newTuple([emptyStr(), emptyStr(), strObj(a[0])]);
      return newTuple([newStr(s.slice(0, i)), newStr(sep), newStr(s.slice(i + sep.length))]);
    },
    removeprefix: (a) => {
      const s = sv(a[0]);
      const p = argStr(a[1], 'removeprefix() argument');
      return newStr(p.length > 0 && s.startsWith(p) ? s.slice(p.length) : s);
    },
    removesuffix: (a) => {
      const s = sv(a[0]);
      const p = argStr(a[1], 'removesuffix() argument');
      return newStr(p.length > 0 && s.endsWith(p) ? s.slice(0, s.length - p.length) : s);
    },
    expandtabs: (a, kw) => {
      const [self, tabsize] = bindArgs('expandtabs', a, kw, ['self', 'tabsize?']);
      const ts = tabsize === 0 ? 8 : indexNumber(tabsize);
      let out = '';
      let col = 0;
      for (const c of sv(self)) {
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
      return newStr(out);
    },
    encode: (a, kw) => {
      const [self, encoding, errors] = bindArgs('encode', a, kw, ['self', 'encoding?', 'errors?']);
      return newBytes(encodeStr(sv(self), encoding === 0 ? 'utf-8' : strJs(encoding), errors === 0 ? 'strict' : strJs(errors)));
    },
    format: (a, kw) => strFormat(sv(a[0]), a.slice(1), kw),
    format_map: (a) => strFormatMap(sv(a[0]), a[1]),
    __format__: (a) => {
      if (strObj(a[1]) === 0) typeError(`format() argument 2 must be str, not ${tname(a[1])}`);
      try {
        return newStr(formatStr(sv(a[0]), strJs(strObj(a[1]))));
      } catch (e) {
        return rethrow(e);
      }
    },
    translate: (a) => {
      const table = a[1];
      let out = '';
      for (const c of sv(a[0])) {
        let v: number;
        try {
          v = getitem(table, intFromNumber(c.codePointAt(0)!));
        } catch (e) {
          if (e instanceof PyException && isInstance(e.exc, T.LookupError)) {
            out += c;
            continue;
          }
          throw e;
        }
        if (v === K.None) continue;
        const s = strObj(v);
        if (s !== 0) out += strJs(s);
        else {
          const n = toBigInt(index(v));
          if (n < 0n || n > 0x10ffffn) valueError('character mapping must be in range(0x110000)');
          out += String.fromCodePoint(Number(n));
        }
      }
      return newStr(out);
    },
    __getnewargs__: (a) => newTuple([newStr(sv(a[0]))]),
    __sizeof__: (a) => intFromNumber(49 + strLen(strObj(a[0]))),
  },
  staticmethods: {
    maketrans: (a) => {
      const d = newDict();
      if (a.length === 1) {
        if ((a[0] & 1) === 1 || (mem[a[0]] & 0x7ff) !== L_DICT) typeError('if you give only one argument to maketrans it must be a dict');
        for (const [k, v] of dictItemsOf(a[0])) {
          const ks = strObj(k);
          if (ks !== 0) {
            if (strLen(ks) !== 1) valueError('string keys in translate table must be of length 1');
            dictSet(d, intFromNumber(strCodeAt(ks, 0)), v);
          } else dictSet(d, k, v);
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

import { dictItems } from './dict_core';
function dictItemsOf(d: number): [number, number][] { return dictItems(d); }
import { isPrintableChar } from './str_repr';
function isPrintableCp(c: number): boolean { return isPrintableChar(c); }

export const _keep = [repr, dictGet];
