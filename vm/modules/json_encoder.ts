// _json.Encoder, the class behind `_json.make_encoder` (CPython 3.11's Modules/_json.c
// encoder_new/encoder_call/encoder_listencode_obj): JSONEncoder.encode uses it when there is no
// indent, and calls it as encoder(obj, indent_level) -> (text,). Built-in types are written here
// (str and subclasses through the string encoder, int.__repr__ and float.__repr__ for subclasses
// too, list/tuple by their items, dict by its items, sorted when asked); anything else goes
// through `default`. Circular references are found with a set of the containers being encoded
// when `markers` is a dict (CPython keeps ids in that dict; nothing reads it meanwhile).
// Layout L_ITER: [class, 0, markers, default, encoder, indent, key_separator, item_separator,
// flags (sort_keys 1, skipkeys 2, allow_nan 4, fast encoder 8, ascii 16)], written at creation.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_BUILTIN, L_DICT, L_ITER, L_LIST } from '../runtime/layouts';
import { K, T, layoutOf, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError, valueError } from '../runtime/errors';
import { getattr, isInstance, iterToArray, tname, truthy } from '../runtime/protocol';
import { bindArgs, builtinImpl, type BuiltinImpl } from '../objects/builtin_function';
import { intern, newStr, strJs } from '../objects/str_core';
import { strObj } from '../objects/str';
import { newTuple, tupleItem, tupleItems, tupleLen } from '../objects/tuple_core';
import { tupleOf } from '../objects/tuple';
import { listItem, listItems, listLen, newList } from '../objects/list_core';
import { listSort } from '../objects/list';
import { dictItems } from '../objects/dict_core';
import { floatOf } from '../objects/float';
import { intValue } from '../objects/int';
import { typeInfo } from '../objects/type_core';
import { intFromBigInt } from '../objects/int_core';
import { floatRepr } from '../text/float_repr';
import { callObject } from '../interp/call';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';
import { encodeString } from './json_text';

const EN_MARKERS = 4;
const EN_DEFAULT = 5;
const EN_ENCODER = 6;
const EN_INDENT = 7;
const EN_KEY_SEP = 8;
const EN_ITEM_SEP = 9;
const EN_FLAGS = 10;
const F_SORT = 1, F_SKIP = 2, F_NAN = 4, F_FAST = 8, F_ASCII = 16;

/** _json.encode_basestring and encode_basestring_ascii: the encoder runs these inline when
 *  given them (recognized by their implementation, the same on every worker). */
export const encodeBasestring: BuiltinImpl = (a) => {
  if (a.length !== 1) typeError(`encode_basestring() takes exactly one argument (${a.length} given)`);
  return newStr(encodeString(stringArg(a[0]), false));
};
export const encodeBasestringAscii: BuiltinImpl = (a) => {
  if (a.length !== 1) typeError(`encode_basestring_ascii() takes exactly one argument (${a.length} given)`);
  return newStr(encodeString(stringArg(a[0]), true));
};

/** The str of a str argument, or CPython's TypeError. */
export function stringArg(v: number): number {
  const s = strObj(v);
  if (s === 0) typeError(`first argument must be a string, not ${tname(v)}`);
  return s;
}

function fastEncoderFlags(encoder: number): number {
  if ((encoder & 1) === 1 || layoutOf(encoder) !== L_BUILTIN) return 0;
  const impl = builtinImpl(encoder);
  return impl === encodeBasestring ? F_FAST : impl === encodeBasestringAscii ? F_FAST | F_ASCII : 0;
}

function encoderNew(cls: number, args: number[], kw: number): number {
  const [markers, dflt, encoder, indent, keySep, itemSep, sortKeys, skipKeys, allowNan] = bindArgs('make_encoder', args, kw,
    ['markers', 'default', 'encoder', 'indent', 'key_separator', 'item_separator', 'sort_keys', 'skipkeys', 'allow_nan']);
  if (markers !== K.None && typeOf(markers) !== T.dict && !isInstance(markers, T.dict)) {
    typeError(`make_encoder() argument 1 must be dict or None, not ${tname(markers)}`);
  }
  if (strObj(keySep) === 0) typeError(`make_encoder() argument 5 must be str, not ${tname(keySep)}`);
  if (strObj(itemSep) === 0) typeError(`make_encoder() argument 6 must be str, not ${tname(itemSep)}`);
  let flags = (truthy(sortKeys) ? F_SORT : 0) | (truthy(skipKeys) ? F_SKIP : 0) | (truthy(allowNan) ? F_NAN : 0);
  flags |= fastEncoderFlags(encoder);
  const r = alloc(L_ITER, 9, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + EN_MARKERS] = markers;
  mem[r + EN_DEFAULT] = dflt;
  mem[r + EN_ENCODER] = encoder;
  mem[r + EN_INDENT] = indent;
  mem[r + EN_KEY_SEP] = strObj(keySep);
  mem[r + EN_ITEM_SEP] = strObj(itemSep);
  mem[r + EN_FLAGS] = (flags << 1) | 1;
  return r;
}

/** A fresh tuple of `items` (a subclass's items, taken once as CPython's PySequence_List). */
function tupleOfArray(items: number[]): number { return newTuple(items); }

const HUGE = 10n ** 4000n;
/** int.__repr__'s text (past 4000 digits through int's repr, which enforces the 4300-digit limit). */
function intText(i: bigint): string {
  if (i < HUGE && i > -HUGE) return i.toString();
  return strJs(typeInfo(T.int).slots.repr!(intFromBigInt(i)));
}

/** One encoding: the options and the output pieces. */
class Encode {
  readonly out: string[] = [];
  readonly flags: number;
  readonly keySep: string;
  readonly itemSep: string;
  readonly dflt: number;
  readonly encoder: number;
  /** the containers being encoded (null: no circular check, markers was None) */
  readonly marks: Set<number> | null;

  constructor(self: number) {
    this.flags = mem[self + EN_FLAGS] >> 1;
    this.keySep = strJs(mem[self + EN_KEY_SEP]);
    this.itemSep = strJs(mem[self + EN_ITEM_SEP]);
    this.dflt = mem[self + EN_DEFAULT];
    this.encoder = mem[self + EN_ENCODER];
    this.marks = mem[self + EN_MARKERS] === K.None ? null : new Set<number>();
  }

  private str(s: number): string {
    if ((this.flags & F_FAST) !== 0) return encodeString(s, (this.flags & F_ASCII) !== 0);
    const r = callObject(this.encoder, [s], 0);
    const t = strObj(r);
    if (t === 0) typeError(`encoder() must return a string, not ${tname(r)}`);
    return strJs(t);
  }

  private float(x: number): string {
    if (Number.isFinite(x)) return floatRepr(x); // float.__repr__, for subclasses too
    if ((this.flags & F_NAN) === 0) valueError('Out of range float values are not JSON compliant');
    return Number.isNaN(x) ? 'NaN' : x > 0 ? 'Infinity' : '-Infinity';
  }

  private enter(o: number): void {
    if (this.marks !== null) {
      if (this.marks.has(o)) valueError('Circular reference detected');
      this.marks.add(o);
    }
  }

  private leave(o: number): void {
    if (this.marks !== null) this.marks.delete(o);
  }

  encode(o: number): void {
    const out = this.out;
    if (o === K.None) { out.push('null'); return; }
    if (o === K.True) { out.push('true'); return; }
    if (o === K.False) { out.push('false'); return; }
    if ((o & 1) === 1) { out.push(String(o >> 1)); return; }
    const s = strObj(o);
    if (s !== 0) { out.push(this.str(s)); return; }
    const i = intValue(o);
    if (i !== null && isInstance(o, T.int)) { out.push(intText(i)); return; }
    const f = floatOf(o);
    if (f !== null) { out.push(this.float(f)); return; }
    const lay = layoutOf(o);
    if (lay === L_LIST || tupleOf(o) !== 0) { this.container(o, false); return; }
    if (lay === L_DICT && isInstance(o, T.dict)) { this.container(o, true); return; }
    this.enter(o);
    this.encode(callObject(this.dflt, [o], 0));
    this.leave(o);
  }

  private container(o: number, isDict: boolean): void {
    if (enterFrame() > recursionLimit) {
      leaveFrame();
      raise(T.RecursionError, 'maximum recursion depth exceeded while encoding a JSON object');
    }
    try {
      if (isDict) this.dict(o);
      else this.list(o);
    } finally {
      leaveFrame();
    }
  }

  private list(o: number): void {
    // exact lists and tuples by their items, the length read again at each step (a `default`
    // that shrinks the list ends the loop early), subclasses through their __iter__, as
    // CPython's PySequence_Fast gives them
    const exact = typeOf(o) === T.list || typeOf(o) === T.tuple;
    const t = exact ? tupleOf(o) : tupleOfArray(iterToArray(o));
    const n = (): number => (t !== 0 ? tupleLen(t) : listLen(o));
    if (n() === 0) { this.out.push('[]'); return; }
    this.enter(o);
    this.out.push('[');
    for (let k = 0; k < n(); k++) {
      if (k > 0) this.out.push(this.itemSep);
      this.encode(t !== 0 ? tupleItem(t, k) : listItem(o, k));
    }
    this.out.push(']');
    this.leave(o);
  }

  private key(k: number): number | null {
    if (strObj(k) !== 0) return strObj(k);
    const f = floatOf(k);
    if (f !== null) return newStr(this.float(f));
    if (k === K.True) return newStr('true');
    if (k === K.False) return newStr('false');
    if (k === K.None) return newStr('null');
    const i = intValue(k);
    if (i !== null && isInstance(k, T.int)) return newStr(intText(i));
    if ((this.flags & F_SKIP) !== 0) return null;
    return typeError(`keys must be str, int, float, bool or None, not ${tname(k)}`);
  }

  private dict(o: number): void {
    let pairs: number[][];
    if (typeOf(o) === T.dict) pairs = dictItems(o).map(([k, v]) => [k, v]);
    else pairs = iterToArray(callObject(getattr(o, intern('items')), [], 0)).map((t) => iterToArray(t));
    if (pairs.length === 0) { this.out.push('{}'); return; }
    if ((this.flags & F_SORT) !== 0) {
      const l = newList(pairs.map((p) => newTuple(p)));
      listSort(l, 0, false);
      pairs = listItems(l).map((t) => tupleItems(t));
    }
    this.enter(o);
    this.out.push('{');
    let first = true;
    for (const [k, v] of pairs) {
      const ks = this.key(k);
      if (ks === null) continue;
      if (!first) this.out.push(this.itemSep);
      first = false;
      this.out.push(this.str(ks), this.keySep);
      this.encode(v);
    }
    this.out.push('}');
    this.leave(o);
  }
}

function encoderCall(self: number, args: number[], kw: number): number {
  const [obj] = bindArgs('_iterencode', args, kw, ['obj', '_current_indent_level']);
  const e = new Encode(self);
  e.encode(obj);
  return newTuple([newStr(e.out.join(''))]);
}

export const jsonEncoderType: TypeDef = {
  name: 'Encoder',
  module: '_json',
  layout: L_ITER,
  final: true,
  doc: 'Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys, skipkeys, allow_nan)',
  slots: { new: encoderNew, call: encoderCall },
  getters: {
    markers: (s) => mem[s + EN_MARKERS],
    default: (s) => mem[s + EN_DEFAULT],
    encoder: (s) => mem[s + EN_ENCODER],
    indent: (s) => mem[s + EN_INDENT],
    key_separator: (s) => mem[s + EN_KEY_SEP],
    item_separator: (s) => mem[s + EN_ITEM_SEP],
    sort_keys: (s) => ((mem[s + EN_FLAGS] >> 1) & F_SORT ? K.True : K.False),
    skipkeys: (s) => ((mem[s + EN_FLAGS] >> 1) & F_SKIP ? K.True : K.False),
  },
};
