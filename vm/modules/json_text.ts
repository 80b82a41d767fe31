// The text side of the native `_json`: the input str as a JS string with its index mapping
// (Python indexes code points; a JS string of an astral str has two units per astral code
// point), JSON string literals decoded (scanstring) and encoded (encode_basestring[_ascii]),
// with CPython 3.11's Modules/_json.c rules and messages. The errors are json.decoder's
// JSONDecodeError.
import { mem } from '../../stmgc/heap';
import { PyException } from '../runtime/errors';
import { getattr } from '../runtime/protocol';
import { intern, newStr, strJs, strIsBmp, cpBase, S_LEN, strFromCodePoints } from '../objects/str_core';
import { intFromNumber } from '../objects/int_core';
import { callObject } from '../interp/call';
import { importModule } from '../runtime/importer';

/** A JSON text being scanned: its JS string and, for an astral str, the unit <-> code point maps. */
export class JsonText {
  readonly js: string;
  /** unit index -> code point index (null: the same) */
  private readonly cpOfUnit: Int32Array | null;
  /** code point index -> unit index */
  private readonly unitOfCp: Int32Array | null;

  constructor(readonly str: number) {
    if (strIsBmp(str)) {
      this.js = strJs(str);
      this.cpOfUnit = null;
      this.unitOfCp = null;
      return;
    }
    // astral: build the JS string from the code points themselves (two lone surrogates next to
    // each other stay two code points here, which strJs's string could not tell from a pair)
    const n = mem[str + S_LEN];
    const base = cpBase(str);
    const parts: string[] = [];
    const unitOfCp = new Int32Array(n + 1);
    const cpOfUnit: number[] = [];
    let units = 0;
    for (let i = 0; i < n; i++) {
      const c = mem[base + i];
      unitOfCp[i] = units;
      cpOfUnit.push(i);
      if (c > 0xffff) {
        cpOfUnit.push(i);
        units += 2;
      } else units += 1;
      parts.push(String.fromCodePoint(c));
    }
    unitOfCp[n] = units;
    cpOfUnit.push(n);
    this.js = parts.join('');
    this.unitOfCp = unitOfCp;
    this.cpOfUnit = Int32Array.from(cpOfUnit);
  }

  /** The unit index of Python index i (0 <= i <= len). */
  unit(i: number): number { return this.unitOfCp === null ? i : this.unitOfCp[i]; }
  /** The Python index of unit index u. */
  cp(u: number): number { return this.cpOfUnit === null ? u : this.cpOfUnit[u]; }
  /** Python length. */
  get length(): number { return this.cp(this.js.length); }
}

/** json.decoder.JSONDecodeError(msg, s, pos), pos a unit index of `text`. (The class is looked
 *  up each time: a heap reference kept in JS could name a young object that a commit moves.) */
export function decodeError(msg: string, text: JsonText, unitPos: number): never {
  const cls = getattr(importModule('json.decoder'), intern('JSONDecodeError'));
  throw new PyException(callObject(cls, [newStr(msg), text.str, intFromNumber(text.cp(unitPos))], 0));
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** The end (unit index after the closing quote) of the last scanString call. */
export let scanEnd = 0;
/** The code points of the last scanString's result when it holds a lone surrogate (its JS string
 *  cannot tell two lone surrogates side by side from a pair: newStr would merge them), else null. */
export let scanCps: number[] | null = null;

/** The str of the last scanString call's result `js` (see scanCps). */
export function scannedStr(js: string): number {
  return scanCps === null ? newStr(js) : strFromCodePoints(scanCps);
}

/** Code points of text units [from, to): a pair of units stays one code point only when the text
 *  holds it as one (two lone surrogates of the str stay two). */
function pushUnits(text: JsonText, from: number, to: number, cps: number[]): void {
  const s = text.js;
  for (let u = from; u < to; u++) {
    const c = s.charCodeAt(u);
    if (c >= 0xd800 && c <= 0xdbff && u + 1 < to && text.cp(u) === text.cp(u + 1)) {
      cps.push(0x10000 + ((c - 0xd800) << 10) + (s.charCodeAt(u + 1) - 0xdc00));
      u++;
    } else cps.push(c);
  }
}

/** Whether text units [from, to) hold a lone surrogate. */
function hasLoneSurrogate(text: JsonText, from: number, to: number): boolean {
  const s = text.js;
  for (let u = from; u < to; u++) {
    const c = s.charCodeAt(u);
    if (c < 0xd800 || c > 0xdfff) continue;
    if (c <= 0xdbff && u + 1 < to && text.cp(u) === text.cp(u + 1)) { u++; continue; }
    return true;
  }
  return false;
}

/** Decodes the JSON string whose body starts at unit `end` (just after the quote): Modules/
 *  _json.c scanstring_unicode. Returns the JS text; scanEnd is set past the closing quote. */
export function scanString(text: JsonText, end: number, strict: boolean): string {
  const s = text.js;
  const len = s.length;
  const begin = end - 1;
  let out = '';
  // (once a lone surrogate is met, the result is kept as code points too: scanCps)
  let cps: number[] | null = null;
  scanCps = null;
  for (;;) {
    let next = end;
    let c = 0;
    let sur = false;
    for (; next < len; next++) {
      c = s.charCodeAt(next);
      if (c === 34 || c === 92) break; // '"' or '\\'
      if (c <= 0x1f && strict) decodeError('Invalid control character at', text, next);
      if (c >= 0xd800 && c <= 0xdfff) sur = true;
    }
    if (next >= len || (c !== 34 && c !== 92)) decodeError('Unterminated string starting at', text, begin);
    if (next > end) {
      if (cps === null && sur && hasLoneSurrogate(text, end, next)) cps = Array.from(out, (ch) => ch.codePointAt(0) as number);
      if (cps !== null) pushUnits(text, end, next, cps);
      out += s.slice(end, next);
    }
    next++;
    if (c === 34) {
      scanEnd = next;
      scanCps = cps;
      return out;
    }
    if (next === len) decodeError('Unterminated string starting at', text, begin);
    c = s.charCodeAt(next);
    if (c !== 117) { // not 'u'
      end = next + 1;
      let ch: string;
      switch (c) {
        case 34: ch = '"'; break;
        case 92: ch = '\\'; break;
        case 47: ch = '/'; break;
        case 98: ch = '\b'; break;
        case 102: ch = '\f'; break;
        case 110: ch = '\n'; break;
        case 114: ch = '\r'; break;
        case 116: ch = '\t'; break;
        default: return decodeError('Invalid \\escape', text, end - 2);
      }
      out += ch;
      if (cps !== null) cps.push(ch.charCodeAt(0));
      continue;
    }
    next++;
    end = next + 4;
    if (end >= len) decodeError('Invalid \\uXXXX escape', text, next - 1);
    let u = 0;
    for (; next < end; next++) {
      const d = hexDigit(s.charCodeAt(next));
      if (d < 0) decodeError('Invalid \\uXXXX escape', text, end - 5);
      u = (u << 4) | d;
    }
    // a high surrogate followed by an escaped low one is one code point
    if (u >= 0xd800 && u <= 0xdbff && end + 6 < len && s.charCodeAt(next) === 92 && s.charCodeAt(next + 1) === 117) {
      next += 2;
      end += 6;
      let u2 = 0;
      for (; next < end; next++) {
        const d = hexDigit(s.charCodeAt(next));
        if (d < 0) decodeError('Invalid \\uXXXX escape', text, end - 5);
        u2 = (u2 << 4) | d;
      }
      if (u2 >= 0xdc00 && u2 <= 0xdfff) u = 0x10000 + (((u - 0xd800) << 10) | (u2 - 0xdc00));
      else end -= 6;
    }
    if (cps === null && u >= 0xd800 && u <= 0xdfff) cps = Array.from(out, (ch) => ch.codePointAt(0) as number);
    if (cps !== null) cps.push(u);
    out += String.fromCodePoint(u);
  }
}

const HEX = '0123456789abcdef';
function uEscape(c: number): string {
  return '\\u' + HEX[(c >> 12) & 15] + HEX[(c >> 8) & 15] + HEX[(c >> 4) & 15] + HEX[c & 15];
}

/** A str's JSON literal, quotes included: Modules/_json.c escape_unicode (asciiOnly false) and
 *  ascii_escape_unicode (true, every code point outside ' '..'~' escaped, astral ones as a
 *  surrogate pair). */
export function encodeString(str: number, asciiOnly: boolean): string {
  const s = strJs(str);
  // the common case: nothing to escape
  let plain = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 32 || c === 34 || c === 92 || (asciiOnly && c > 126)) {
      plain = false;
      break;
    }
  }
  if (plain) return '"' + s + '"';
  let out = '"';
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 32 && c !== 34 && c !== 92 && !(asciiOnly && c > 126)) continue;
    if (i > start) out += s.slice(start, i);
    start = i + 1;
    switch (c) {
      case 34: out += '\\"'; continue;
      case 92: out += '\\\\'; continue;
      case 8: out += '\\b'; continue;
      case 12: out += '\\f'; continue;
      case 10: out += '\\n'; continue;
      case 13: out += '\\r'; continue;
      case 9: out += '\\t'; continue;
    }
    // an astral code point is a JS pair here: its two units escaped one by one are the
    // surrogate pair CPython writes
    out += uEscape(c);
  }
  if (start < s.length) out += s.slice(start);
  return out + '"';
}
