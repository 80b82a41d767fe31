// _json.Scanner, the class behind `_json.make_scanner` (CPython 3.11's Modules/_json.c
// scanner_new/scanner_call/scan_once_unicode): made from a JSONDecoder, called as
// scanner(string, idx) -> (value, end), StopIteration(idx) when no value starts at idx. Values
// are built straight in the heap (dicts, lists, str, int, float); hooks and parse_* are called
// as CPython calls them (the default int/float parsers are done here). Layout L_ITER: [class, 0,
// strict, object_hook, object_pairs_hook, parse_float, parse_int, parse_constant], written once
// at creation (no barriers needed after).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_ITER } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, raise, typeError, valueError } from '../runtime/errors';
import { getattr, indexNumber, truthy, tname } from '../runtime/protocol';
import { bindArgs } from '../objects/builtin_function';
import { intern, newStr } from '../objects/str_core';
import { strObj } from '../objects/str';
import { newTuple } from '../objects/tuple_core';
import { newList } from '../objects/list_core';
import { newDict, dictSet } from '../objects/dict_core';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { callObject } from '../interp/call';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';
import { JsonText, decodeError, scanEnd, scanString, scanCps, scannedStr } from './json_text';

const SC_STRICT = 4;
const SC_OBJECT_HOOK = 5;
const SC_PAIRS_HOOK = 6;
const SC_PARSE_FLOAT = 7;
const SC_PARSE_INT = 8;
const SC_PARSE_CONSTANT = 9;

function scannerNew(cls: number, args: number[], kw: number): number {
  const [ctx] = bindArgs('Scanner', args, kw, ['context']);
  const field = (name: string): number => getattr(ctx, intern(name));
  const strict = truthy(field('strict')) ? K.True : K.False;
  const r = alloc(L_ITER, 8, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + SC_STRICT] = strict;
  mem[r + SC_OBJECT_HOOK] = field('object_hook');
  mem[r + SC_PAIRS_HOOK] = field('object_pairs_hook');
  mem[r + SC_PARSE_FLOAT] = field('parse_float');
  mem[r + SC_PARSE_INT] = field('parse_int');
  mem[r + SC_PARSE_CONSTANT] = field('parse_constant');
  return r;
}

function stopIteration(text: JsonText, unit: number): never {
  throw new PyException(newException(T.StopIteration, newTuple([intFromNumber(text.cp(unit))])));
}

function isWs(c: number): boolean { return c === 32 || c === 9 || c === 10 || c === 13; }

/** One scan: the scanner's options and the key memo (per call, as CPython clears it). */
class Scan {
  readonly strict: boolean;
  readonly objectHook: number;
  readonly pairsHook: number;
  readonly parseFloat: number;
  readonly parseInt: number;
  readonly parseConstant: number;
  readonly memo = new Map<string, number>();
  end = 0;

  constructor(self: number, readonly text: JsonText) {
    this.strict = mem[self + SC_STRICT] === K.True;
    this.objectHook = mem[self + SC_OBJECT_HOOK];
    this.pairsHook = mem[self + SC_PAIRS_HOOK];
    this.parseFloat = mem[self + SC_PARSE_FLOAT];
    this.parseInt = mem[self + SC_PARSE_INT];
    this.parseConstant = mem[self + SC_PARSE_CONSTANT];
  }

  private skip(i: number): number {
    const s = this.text.js;
    while (i < s.length && isWs(s.charCodeAt(i))) i++;
    return i;
  }

  /** The value at unit i; this.end is set after it. */
  value(i: number): number {
    const s = this.text.js;
    if (i >= s.length) stopIteration(this.text, i);
    switch (s.charCodeAt(i)) {
      case 34: { // '"'
        const v = scannedStr(scanString(this.text, i + 1, this.strict));
        this.end = scanEnd;
        return v;
      }
      case 123: return this.nested(i, true); // '{'
      case 91: return this.nested(i, false); // '['
      case 110: if (s.startsWith('null', i)) { this.end = i + 4; return K.None; } break;
      case 116: if (s.startsWith('true', i)) { this.end = i + 4; return K.True; } break;
      case 102: if (s.startsWith('false', i)) { this.end = i + 5; return K.False; } break;
      case 78: if (s.startsWith('NaN', i)) return this.constant('NaN', i + 3); break;
      case 73: if (s.startsWith('Infinity', i)) return this.constant('Infinity', i + 8); break;
      case 45: if (s.startsWith('-Infinity', i)) return this.constant('-Infinity', i + 9); break;
    }
    return this.number(i);
  }

  private constant(name: string, end: number): number {
    const v = callObject(this.parseConstant, [newStr(name)], 0);
    this.end = end;
    return v;
  }

  private nested(i: number, isObject: boolean): number {
    if (enterFrame() > recursionLimit) {
      leaveFrame();
      raise(T.RecursionError, `maximum recursion depth exceeded while decoding a JSON ${isObject ? 'object' : 'array'} from a unicode string`);
    }
    try {
      return isObject ? this.object(i + 1) : this.array(i + 1);
    } finally {
      leaveFrame();
    }
  }

  private number(start: number): number {
    const s = this.text.js;
    const n = s.length;
    let i = start;
    const digit = (k: number): boolean => k < n && s.charCodeAt(k) >= 48 && s.charCodeAt(k) <= 57;
    if (s.charCodeAt(i) === 45) { // '-'
      i++;
      if (i >= n) stopIteration(this.text, start);
    }
    const c = s.charCodeAt(i);
    if (c >= 49 && c <= 57) {
      i++;
      while (digit(i)) i++;
    } else if (c === 48) i++;
    else stopIteration(this.text, start);
    let isFloat = false;
    if (i < n - 1 && s.charCodeAt(i) === 46 && digit(i + 1)) { // '.'
      isFloat = true;
      i += 2;
      while (digit(i)) i++;
    }
    if (i < n - 1 && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) { // 'e' 'E'
      const eStart = i;
      i++;
      if (i < n - 1 && (s.charCodeAt(i) === 45 || s.charCodeAt(i) === 43)) i++;
      while (digit(i)) i++;
      if (digit(i - 1)) isFloat = true;
      else i = eStart;
    }
    const numText = s.slice(start, i);
    this.end = i;
    if (isFloat) {
      if (this.parseFloat === T.float) return newFloat(parseFloat(numText));
      return callObject(this.parseFloat, [newStr(numText)], 0);
    }
    if (this.parseInt === T.int && numText.length <= 4300) {
      return numText.length <= 15 ? intFromNumber(parseInt(numText, 10)) : intFromBigInt(BigInt(numText));
    }
    return callObject(this.parseInt, [newStr(numText)], 0);
  }

  private key(i: number): number {
    const js = scanString(this.text, i, this.strict);
    if (scanCps !== null) return scannedStr(js); // (a lone surrogate: the JS string is no key)
    let k = this.memo.get(js);
    if (k === undefined) {
      k = newStr(js);
      this.memo.set(js, k);
    }
    return k;
  }

  private object(i: number): number {
    const s = this.text.js;
    const n = s.length;
    const pairs = this.pairsHook !== K.None;
    const items: number[] = [];
    const d = pairs ? 0 : newDict();
    i = this.skip(i);
    if (i >= n || s.charCodeAt(i) !== 125) { // '}'
      for (;;) {
        if (i >= n || s.charCodeAt(i) !== 34) decodeError('Expecting property name enclosed in double quotes', this.text, i);
        const k = this.key(i + 1);
        i = this.skip(scanEnd);
        if (i >= n || s.charCodeAt(i) !== 58) decodeError("Expecting ':' delimiter", this.text, i);
        i = this.skip(i + 1);
        const v = this.value(i);
        if (pairs) items.push(newTuple([k, v]));
        else dictSet(d, k, v);
        i = this.skip(this.end);
        if (i < n && s.charCodeAt(i) === 125) break;
        if (i >= n || s.charCodeAt(i) !== 44) decodeError("Expecting ',' delimiter", this.text, i);
        i = this.skip(i + 1);
      }
    }
    this.end = i + 1;
    if (pairs) return callObject(this.pairsHook, [newList(items)], 0);
    return this.objectHook !== K.None ? callObject(this.objectHook, [d], 0) : d;
  }

  private array(i: number): number {
    const s = this.text.js;
    const n = s.length;
    const items: number[] = [];
    i = this.skip(i);
    if (i >= n || s.charCodeAt(i) !== 93) { // ']'
      for (;;) {
        items.push(this.value(i));
        i = this.skip(this.end);
        if (i < n && s.charCodeAt(i) === 93) break;
        if (i >= n || s.charCodeAt(i) !== 44) decodeError("Expecting ',' delimiter", this.text, i);
        i = this.skip(i + 1);
      }
    }
    this.end = i + 1;
    return newList(items);
  }
}

function scannerCall(self: number, args: number[], kw: number): number {
  const [string, idxObj] = bindArgs('scan_once', args, kw, ['string', 'idx']);
  const str = strObj(string);
  if (str === 0) typeError(`first argument must be a string, not ${tname(string)}`);
  const idx = indexNumber(idxObj);
  if (idx < 0) valueError('idx cannot be negative');
  const text = new JsonText(str);
  if (idx >= text.length) throw new PyException(newException(T.StopIteration, newTuple([intFromNumber(idx)])));
  const scan = new Scan(self, text);
  const v = scan.value(text.unit(idx));
  return newTuple([v, intFromNumber(text.cp(scan.end))]);
}

export const jsonScannerType: TypeDef = {
  name: 'Scanner',
  module: '_json',
  layout: L_ITER,
  final: true,
  doc: 'JSON scanner object',
  slots: { new: scannerNew, call: scannerCall },
  getters: {
    strict: (s) => mem[s + SC_STRICT],
    object_hook: (s) => mem[s + SC_OBJECT_HOOK],
    object_pairs_hook: (s) => mem[s + SC_PAIRS_HOOK],
    parse_float: (s) => mem[s + SC_PARSE_FLOAT],
    parse_int: (s) => mem[s + SC_PARSE_INT],
    parse_constant: (s) => mem[s + SC_PARSE_CONSTANT],
  },
};
