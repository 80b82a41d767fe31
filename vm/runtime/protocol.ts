// The abstract object protocol (CPython's abstract.c and object.c): repr, str, hash, truth,
// comparison, attributes, items, iteration, arithmetic and calls on any value, dispatched
// through the slots of its class (objects/type_core.ts). Also the generic slots that a user
// class gets for the dunders it defines, which call back into Python.
import { mem } from '../../stmgc/heap';
import { BINOP_NAMES } from '../opcodes';
import {
  BINOP_DUNDERS, TY_DICT, TF_HEAPTYPE, TF_SLOTS_IN_DICT, isSubtype, setGenericSlots, typeFlags, typeInfo, typeName,
  type Fn2, type Slots, type TypeInfo,
} from '../objects/type_core';
import { slotNameAllowed } from '../objects/slots_in_dict';
import { K, T, layoutOf, typeOf } from './types';
import { PyException, attributeError, excWithMessage, newException, raise, typeError } from './errors';
import { getHeapStatistics } from 'node:v8';
import { excAttr, setExcAttr, setNameObj } from '../objects/exceptions';
import { attrMissMessage } from './attr_miss_message';
import { intern, internGeneration, newStr, strHash, strJs } from '../objects/str_core';
import { L_GENERATOR } from './layouts';
import { CLASS_WORD, L_BOOL, L_CLASSMETHOD, L_FLOAT, L_FUNCTION, L_INSTANCE, L_INT, L_STATICMETHOD, L_STR, L_TYPE } from './layouts';
import { toBigInt, intFromBigInt, intFromNumber } from '../objects/int_core';
import { dictGetStr } from '../objects/dict_core';
import { callObject } from '../interp/call';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';
import { abstractIsSubclass, checkClass } from './abstract_subclass';

// ── names ──
const N = {
  repr: 0, str: 0, hash: 0, bool: 0, len: 0, getattribute: 0, getattr: 0, setattr: 0, delattr: 0, iter: 0,
  next: 0, call: 0, getitem: 0, setitem: 0, delitem: 0, contains: 0, get: 0, set: 0, delete: 0, init: 0,
  new: 0, neg: 0, pos: 0, invert: 0, abs: 0, index: 0, int: 0, float: 0, eq: 0, ne: 0, lt: 0, le: 0, gt: 0,
  ge: 0, instancecheck: 0, subclasscheck: 0, missing: 0, class: 0, dict: 0, name: 0, build_class: 0,
  annotations: 0, enter: 0, exit: 0, aenter: 0, aexit: 0, await: 0, aiter: 0, anext: 0, format: 0, qualname: 0,
  module: 0, doc: 0, init_subclass: 0, set_name: 0, class_getitem: 0, mro_entries: 0, prepare: 0, classcell: 0,
  slots: 0, reversed: 0, round: 0, trunc: 0, length_hint: 0, match_args: 0, fspath: 0, bytes: 0, complex: 0,
  floor: 0, ceil: 0, sizeof: 0, dir: 0, spec: 0, file: 0, path: 0, package: 0, loader: 0, all: 0, builtins: 0,
  main: 0, debug: 0, import: 0, cached: 0, weakref: 0, abstractmethods: 0,
};
export const names = N;
export function initProtocolNames(): void {
  for (const k of Object.keys(N) as (keyof typeof N)[]) N[k] = intern(`__${k}__`);
}

export const CMP_LT = 0, CMP_LE = 1, CMP_EQ = 2, CMP_NE = 3, CMP_GT = 4, CMP_GE = 5;
const CMP_SWAP = [CMP_GT, CMP_GE, CMP_EQ, CMP_NE, CMP_LT, CMP_LE];
const CMP_SYMBOL = ['<', '<=', '==', '!=', '>', '>='];
/** The constant head of each order compare's TypeError message (runtime/type_message.ts). */
const CMP_PREFIX = CMP_SYMBOL.map((s) => `'${s}' not supported between instances of '`);
const CMP_DUNDER = (): number[] => [N.lt, N.le, N.eq, N.ne, N.gt, N.ge];

/** The type name of a bad argument in Argument Clinic's messages (_PyArg_BadArgument): "None"
 *  for None, else tname. */
export function argTypeName(v: number): string { return v === K.None ? 'None' : tname(v); }

export function tname(v: number): string {
  const t = typeOf(v);
  const n = typeName(t);
  return DOTTED_NAMES.has(n) ? dottedName(t, n) : n;
}

/** The names CPython's C types give themselves in messages (their tp_name), by the class's
 *  module and name: ours are mostly lib/ classes (whose module may differ: io for _io), and a
 *  user's subclass keeps its own short name, as a CPython heap type does. */
const C_TYPE_NAMES = new Map<string, string>([
  ...['deque', 'defaultdict', 'OrderedDict'].map((x): [string, string] => [`collections.${x}`, `collections.${x}`]),
  ...['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse', 'groupby',
    'islice', 'starmap', 'takewhile', 'zip_longest', 'product', 'permutations', 'combinations',
    'combinations_with_replacement', 'pairwise'].map((x): [string, string] => [`itertools.${x}`, `itertools.${x}`]),
  ['functools.partial', 'functools.partial'],
  ['array.array', 'array.array'],
  ['re.Pattern', 're.Pattern'],
  ['re.Match', 're.Match'],
  ...['StringIO', 'BytesIO'].map((x): [string, string] => [`io.${x}`, `_io.${x}`]),
  ...['StringIO', 'BytesIO'].map((x): [string, string] => [`_io.${x}`, `_io.${x}`]),
  ...['itemgetter', 'attrgetter', 'methodcaller'].map((x): [string, string] => [`operator.${x}`, `operator.${x}`]),
  ...['date', 'time', 'datetime', 'timedelta', 'tzinfo', 'timezone', 'IsoCalendarDate'].map((x): [string, string] => [`datetime.${x}`, `datetime.${x}`]),
]);
const DOTTED_NAMES = new Set([...C_TYPE_NAMES.keys()].map((k) => k.slice(k.indexOf('.') + 1)));
/** Whether tname may show a class of this name with its module (one of the C types above). */
export function isDottedTypeName(n: string): boolean { return DOTTED_NAMES.has(n); }

function dottedName(t: number, n: string): string {
  const d = mem[t + TY_DICT];
  const m = d === 0 ? 0 : dictGetStr(d, N.module);
  if (m === 0 || (m & 1) === 1 || layoutOf(m) !== L_STR) return n;
  return C_TYPE_NAMES.get(`${strJs(m)}.${n}`) ?? n;
}

// ── calling a dunder found on the class ──
/** Calls the class attribute `descr` (found by lookup on type(self)) as a method of self. */
export function callFound(self: number, descr: number, args: number[]): number {
  if ((descr & 1) === 0 && (mem[descr] & 0x7ff) === L_FUNCTION) return callObject(descr, [self, ...args], 0);
  const get = typeInfo(typeOf(descr)).slots.descrGet;
  const bound = get ? get(descr, self, typeOf(self)) : descr;
  return callObject(bound, args, 0);
}

/** Calls type(self).<name>(self, *args); 0 when the class has no such attribute. */
export function callSpecial(self: number, name: number, args: number[]): number {
  const d = typeInfo(typeOf(self)).lookup(name);
  return d === 0 ? 0 : callFound(self, d, args);
}

// ── repr / str ──
export function repr(v: number): number {
  const f = typeInfo(typeOf(v)).slots.repr;
  if (f === null) return newStr(`<${tname(v)} object>`);
  if ((v & 1) === 1) return f(v);
  const l = mem[v] & 0x7ff;
  if (l === L_STR || l === L_INT || l === L_FLOAT) return f(v);
  // as CPython's PyObject_Repr (Py_EnterRecursiveCall): a deeply nested container's repr is a
  // RecursionError past the recursion limit, not a JS stack overflow
  if (enterFrame() > recursionLimit) {
    leaveFrame();
    raise(T.RecursionError, 'maximum recursion depth exceeded while getting the repr of an object');
  }
  try {
    return f(v);
  } finally {
    leaveFrame();
  }
}
export function reprJs(v: number): string { return strJs(repr(v)); }

/** One recursion level for a call through tp_call (CPython's _PyObject_MakeTpCall: calling an
 *  instance with __call__, or a class, which have no vectorcall): with the frame the call then
 *  runs, each level of such a recursion counts 2, as in CPython. Paired with leaveFrame(). */
export function enterCallDepth(): void {
  if (enterFrame() > recursionLimit) {
    leaveFrame();
    raise(T.RecursionError, 'maximum recursion depth exceeded while calling a Python object');
  }
}

export function str(v: number): number {
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_STR) return v;
  const f = typeInfo(typeOf(v)).slots.str;
  return f === null ? repr(v) : f(v);
}
export function strOf(v: number): string { return strJs(str(v)); }

// ── hash ──
export function hashOf(v: number): number {
  if ((v & 1) === 1) {
    const n = v >> 1;
    return n === -1 ? -2 : n;
  }
  if ((mem[v] & 0x7ff) === L_STR) return strHash(v);
  const f = typeInfo(typeOf(v)).slots.hash;
  if (f === null) return typeError(`unhashable type: '${tname(v)}'`);
  return f(v);
}

// ── truth ──
export function truthy(v: number): boolean {
  if (v === K.True) return true;
  if (v === K.False || v === K.None) return false;
  if ((v & 1) === 1) return v !== 1;
  const s = typeInfo(typeOf(v)).slots;
  if (s.bool !== null) return s.bool(v);
  if (s.len !== null) return s.len(v) !== 0;
  return true;
}

// ── comparison ──
export function richCompare(a: number, b: number, op: number): number {
  return orThrow(richCompareSoft(a, b, op));
}

/** richCompare, except that an order comparison neither side supports (`1 < 'a'`) soft-raises
 *  its TypeError (0 returned: runtime/soft_raise.ts; COMPARE_OP's, ~2.8 µs as a JS throw).
 *  Anything a comparison method raises is still thrown. */
export function richCompareSoft(a: number, b: number, op: number): number {
  if ((a & 1) === 1) return richCompare1(a, b, op);
  const l = mem[a] & 0x7ff;
  if (l === L_STR || l === L_INT || l === L_FLOAT) return richCompare1(a, b, op);
  // as CPython's PyObject_RichCompare (Py_EnterRecursiveCall): comparing deeply nested
  // containers is a RecursionError past the recursion limit
  if (enterFrame() > recursionLimit) {
    leaveFrame();
    raise(T.RecursionError, 'maximum recursion depth exceeded in comparison');
  }
  try {
    return richCompare1(a, b, op);
  } finally {
    leaveFrame();
  }
}

function richCompare1(a: number, b: number, op: number): number {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const sa = typeInfo(ta).slots.richcompare;
  let checkedReverse = false;
  if (ta !== tb && isSubtype(tb, ta)) {
    const sb = typeInfo(tb).slots.richcompare;
    if (sb !== null) {
      checkedReverse = true;
      const r = sb(b, a, CMP_SWAP[op]);
      if (r !== K.NotImplemented) return r;
    }
  }
  if (sa !== null) {
    const r = sa(a, b, op);
    if (r !== K.NotImplemented) return r;
  }
  if (!checkedReverse) {
    const sb = typeInfo(tb).slots.richcompare;
    if (sb !== null) {
      const r = sb(b, a, CMP_SWAP[op]);
      if (r !== K.NotImplemented) return r;
    }
  }
  if (op === CMP_EQ) return a === b ? K.True : K.False;
  if (op === CMP_NE) return a !== b ? K.True : K.False;
  return softTypeMessage(T.TypeError, [CMP_PREFIX[op], "' and '", "'"], [a, b]);
}

/** a == b as a JS boolean (identity first, as containers do). */
export function richEq(a: number, b: number): boolean {
  if (a === b) return true;
  if ((a & b & 1) === 1) return false;
  return truthy(richCompare(a, b, CMP_EQ));
}

export function richCompareBool(a: number, b: number, op: number): boolean {
  return truthy(richCompare(a, b, op));
}

// ── attributes ──
/** getattr(v, name) or 0 when missing; other exceptions propagate. */
export function getattrOpt(v: number, name: number): number {
  const f = typeInfo(typeOf(v)).slots.getattro;
  if (f === null) return 0;
  try {
    return f(v, name);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.AttributeError)) return 0;
    throw e;
  }
}

/** getattr(v, name): a missing attribute's AttributeError thrown (getattrSoft's, made one way). */
export function getattr(v: number, name: number): number {
  return orThrow(getattrSoft(v, name));
}

/** getattr for run(): a missing attribute's AttributeError is soft-raised (0 returned,
 *  runtime/soft_raise.ts), not thrown; any other exception (a __getattr__'s, a property's) is thrown. */
export function getattrSoft(v: number, name: number): number {
  const f = typeInfo(typeOf(v)).slots.getattro;
  let r = 0;
  try {
    r = f === null ? 0 : f(v, name);
  } catch (e) {
    if (e instanceof PyException) addAttributeErrorContext(e.exc, v, name);
    throw e;
  }
  return r !== 0 ? r : softRaise(missingAttributeExc(v, name));
}

/** As CPython's PyObject_GetAttr: an AttributeError raised while looking `name` up on `v` (by
 *  a __getattr__, a property...) that names neither gets .name and .obj, for the suggestions. */
function addAttributeErrorContext(exc: number, v: number, name: number): void {
  if (!isInstance(exc, T.AttributeError)) return;
  const n = excAttr(exc, 'name');
  const o = excAttr(exc, 'obj');
  if ((n !== 0 && n !== K.None) || (o !== 0 && o !== K.None)) return;
  setExcAttr(exc, 'name', name);
  setExcAttr(exc, 'obj', v);
}

export function missingAttribute(v: number, name: number): never {
  throw new PyException(missingAttributeExc(v, name));
}

/** The AttributeError of a missing attribute `name` of `v`, as CPython words it. */
export function missingAttributeExc(v: number, name: number): number {
  const isType = layoutOf(v) === L_TYPE;
  const msg = !isType && v !== 0 && layoutOf(v) !== 0 && (mem[v] & 0x7ff) === moduleLayout()
    ? newStr(`module '${moduleName(v)}' has no attribute '${strJs(name)}'`)
    : attrMissMessage(v, name, isType);
  // AttributeError.name and .obj, as CPython 3.10+ sets them (words of the new exception's own)
  const e = newException(T.AttributeError, newTuple([msg]));
  setNameObj(e, name, v);
  return e;
}

import { L_MODULE } from './layouts';
import { orThrow, softRaise } from './soft_raise';
import { softTypeMessage, typeMessage } from './type_message';
import { makeGenericAlias } from '../objects/generic_alias';
const moduleLayout = (): number => L_MODULE;
function moduleName(m: number): string {
  const d = mem[m + 3];
  const n = d !== 0 ? dictGetStr(d, intern('__name__')) : 0;
  return n !== 0 && layoutOf(n) === L_STR ? strJs(n) : '?';
}

export function setattr(v: number, name: number, value: number): void {
  const f = typeInfo(typeOf(v)).slots.setattro;
  if (f === null) {
    return typeError(`'${tname(v)}' object has no attributes (assign to .${strJs(name)})`);
  }
  f(v, name, value);
}

export function delattr(v: number, name: number): void {
  setattr(v, name, 0);
}

/** The __dict__ of an object, or 0 (the object read-barriered: its __dict__ word is mutable). The
 *  one accessor of an instance's dict word outside the inline-value paths: an instance keeping its
 *  attributes inline (objects/inline_values.ts) is switched to dict mode for good. */
export function instanceDict(v: number): number {
  if ((v & 1) === 1) return 0;
  const l = mem[v] & 0x7ff;
  if (CLASS_WORD[l] === 1) {
    readBarrier(v);
    const w = mem[v + 3];
    return l === L_INSTANCE && isMap(w) ? materialize(v) : w; // attributes kept inline: a real dict now
  }
  const w = ownDictWord(l);
  if (w !== 0) {
    readBarrier(v);
    return mem[v + w];
  }
  return 0;
}
/** Word offset of a function's __dict__ (function.ts keeps the layout; checked there). */
export const FUNC_DICT_WORD = 10;
/** Word offset of a staticmethod's or classmethod's __dict__ (descriptors.ts SM_DICT). */
export const WRAPPER_DICT_WORD = 3;

/** The word of a __dict__ created on first store, for layouts without a class word, or 0. */
export function ownDictWord(layout: number): number {
  return layout === L_FUNCTION ? FUNC_DICT_WORD : layout === L_STATICMETHOD || layout === L_CLASSMETHOD ? WRAPPER_DICT_WORD : 0;
}

// ── items ──
export function getitem(v: number, key: number): number {
  const f = typeInfo(typeOf(v)).slots.getitem;
  if (f !== null) return f(v, key);
  if (layoutOf(v) === L_TYPE) {
    if (v === T.type) return makeGenericAlias(v, key); // (CPython's PyObject_GetItem: `type[int]`)
    const cg = typeInfo(v).lookup(intern('__class_getitem__'));
    if (cg !== 0) return callObject(typeInfo(typeOf(cg)).slots.descrGet?.(cg, v, v) ?? cg, [key], 0);
    return typeError(`type '${typeName(v)}' is not subscriptable`);
  }
  return typeError(`'${tname(v)}' object is not subscriptable`);
}

export function setitem(v: number, key: number, value: number): void {
  const f = typeInfo(typeOf(v)).slots.setitem;
  if (f === null) return typeError(`'${tname(v)}' object does not support item assignment`);
  f(v, key, value);
}

export function delitem(v: number, key: number): void {
  const f = typeInfo(typeOf(v)).slots.setitem;
  if (f === null) return typeError(`'${tname(v)}' object doesn't support item deletion`);
  f(v, key, 0);
}

export function contains(container: number, v: number): boolean {
  const f = typeInfo(typeOf(container)).slots.contains;
  if (f !== null) return f(container, v);
  let it: number;
  try {
    it = iter(container);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError)) typeError(`argument of type '${tname(container)}' is not iterable`);
    throw e;
  }
  for (let x = next(it); x !== 0; x = next(it)) if (richEq(x, v)) return true;
  return false;
}

export function len(v: number): number {
  const f = typeInfo(typeOf(v)).slots.len;
  if (f === null) return typeError(`object of type '${tname(v)}' has no len()`);
  return f(v);
}

// ── iteration ──
export function iter(v: number): number {
  return orThrow(iterSoft(v));
}

/** iter(v), or 0 with the TypeError of a value that is not iterable soft-raised
 *  (runtime/soft_raise.ts: the builtin iter()'s miss, ~5 µs as a JS throw). */
export function iterSoft(v: number): number {
  // a generator is its own iterator (its class is final): no slot lookup
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_GENERATOR) return v;
  const s = typeInfo(typeOf(v)).slots;
  if (s.iter !== null) return s.iter(v);
  if (s.getitem !== null) return seqIter(v);
  return softTypeMessage(T.TypeError, ["'", "' object is not iterable"], [v]);
}

let seqIterFactory: (v: number) => number = () => 0;
export function setSeqIterFactory(f: (v: number) => number): void { seqIterFactory = f; }
function seqIter(v: number): number { return seqIterFactory(v); }

/** The next item, or 0 when the iterator is exhausted. */
export function next(it: number): number {
  const f = typeInfo(typeOf(it)).slots.next;
  if (f === null) return typeError(`'${tname(it)}' object is not an iterator`);
  return f(it);
}

/** All items of an iterable as a JS array. An iterable longer than a JS array can safely
 *  grow (V8 ends the process when its own heap is exhausted) is a MemoryError. */
export function iterToArray(v: number): number[] {
  // an exact list or tuple: its items copied (no iterator; a subclass may define __iter__)
  if ((v & 1) === 0 && v !== 0) {
    const t = typeOf(v);
    if (t === T.list) return listItems(v);
    if (t === T.tuple) return tupleItems(v);
  }
  const it = iter(v);
  const out: number[] = [];
  const cap = jsArrayCap();
  for (let x = next(it); x !== 0; x = next(it)) {
    if (out.length >= cap) throw new PyException(newException(T.MemoryError, K.emptyTuple));
    out.push(x);
  }
  return out;
}
let arrayCap = 0;
/** Elements a JS array may hold: 8 bytes each, growing by copying (old and new at once), well
 *  inside V8's heap limit. */
function jsArrayCap(): number {
  if (arrayCap === 0) arrayCap = Math.floor(getHeapStatistics().heap_size_limit / 40);
  return arrayCap;
}

// ── arithmetic ──
export function binaryOp(a: number, b: number, op: number): number {
  const r = binaryOp1(a, b, op);
  if (r !== K.NotImplemented) return r;
  return binopError(a, b, op, false);
}

/** binaryOp (inplace false) or inplaceOp, with the TypeError of operands that do not support
 *  the operation soft-raised (runtime/soft_raise.ts; 0 returned), for BINARY_OP's generic path
 *  (interp/binary_generic.ts): `x + y` caught as TypeError cost ~2.5 µs as a JS throw. */
export function binaryOrInplaceSoft(a: number, b: number, op: number, inplace: boolean): number {
  const r = inplace ? inplaceOp1(a, b, op) : binaryOp1(a, b, op);
  if (r !== K.NotImplemented) return r;
  return softRaise(binopException(a, b, op, inplace));
}

/** The TypeError of `a op b` (or `a op= b`) that neither operand implements, raised. */
export function binopError(a: number, b: number, op: number, inplace: boolean): never {
  throw new PyException(binopException(a, b, op, inplace));
}

/** The constant heads of BINARY_OP's "unsupported operand" messages (runtime/type_message.ts). */
const BINOP_PREFIX = BINOP_NAMES.map((n) => `unsupported operand type(s) for ${n}: '`);
const BINOP_INPLACE_PREFIX = BINOP_NAMES.map((n) => `unsupported operand type(s) for ${n}=: '`);
/** That TypeError, made: CPython's binop_type_error with the special cases of PyNumber_Add
 *  (str's sq_concat), PyNumber_Multiply (sq_repeat) and PyNumber_Rshift (the Python 2
 *  `print >> f` hint, binary only). */
function binopException(a: number, b: number, op: number, inplace: boolean): number {
  const eq = inplace ? '=' : '';
  if (op === 8) return newException(T.TypeError, newTuple([typeMessage([inplace ? "unsupported operand type(s) for **=: '" : "unsupported operand type(s) for ** or pow(): '", "' and '", "'"], [a, b])]));
  if (op === 0 && layoutOf(a) === L_STR) return newException(T.TypeError, newTuple([typeMessage(['can only concatenate str (not "', '") to str'], [b])]));
  if (op === 5 && (isSeqRepeat(a) || isSeqRepeat(b))) return excWithMessage(T.TypeError, `can't multiply sequence by non-int of type '${tname(isSeqRepeat(a) ? b : a)}'`);
  if (op === 9 && !inplace && typeOf(a) === T.builtin_function_or_method && builtinName(a) === 'print') {
    const msg = `unsupported operand type(s) for ${BINOP_NAMES[op]}${eq}: '${tname(a)}' and '${tname(b)}'`;
    return excWithMessage(T.TypeError, `${msg}. Did you mean "print(<message>, file=<output_stream>)"?`);
  }
  return newException(T.TypeError, newTuple([typeMessage([(inplace ? BINOP_INPLACE_PREFIX : BINOP_PREFIX)[op], "' and '", "'"], [a, b])]));
}
/** Types with CPython's sq_repeat (their `*` by a non-int fails with "can't multiply sequence"). */
function isSeqRepeat(v: number): boolean {
  const t = typeOf(v);
  return isSubtype(t, T.str) || isSubtype(t, T.list) || isSubtype(t, T.tuple) || isSubtype(t, T.bytes) || isSubtype(t, T.bytearray) || isSubtype(t, T.deque) || isSubtype(t, T.array);
}

function binaryOp1(a: number, b: number, op: number): number {
  const ta = typeOf(a);
  const tb = typeOf(b);
  const slotv = typeInfo(ta).slots.nb[op];
  let slotw = ta !== tb ? typeInfo(tb).slots.nb[op] : null;
  if (slotw === slotv) slotw = null;
  if (slotv !== null) {
    if (slotw !== null && isSubtype(tb, ta)) {
      const x = slotw(a, b);
      if (x !== K.NotImplemented) return x;
      slotw = null;
    }
    const x = slotv(a, b);
    if (x !== K.NotImplemented) return x;
  }
  if (slotw !== null) return slotw(a, b);
  return K.NotImplemented;
}

export function inplaceOp(a: number, b: number, op: number): number {
  const r = inplaceOp1(a, b, op);
  if (r !== K.NotImplemented) return r;
  return binopError(a, b, op, true);
}

/** a op= b: a's in-place slot, then the binary dispatch; NotImplemented when neither did it. */
function inplaceOp1(a: number, b: number, op: number): number {
  const f = typeInfo(typeOf(a)).slots.nbi[op];
  if (f !== null) {
    const x = f(a, b);
    if (x !== K.NotImplemented) return x;
  }
  return binaryOp1(a, b, op);
}

export function unaryOp(v: number, which: 'neg' | 'pos' | 'invert' | 'abs'): number {
  const f = typeInfo(typeOf(v)).slots[which];
  if (f === null) {
    if (which === 'abs') return typeError(`bad operand type for abs(): '${tname(v)}'`);
    const sym = which === 'neg' ? '-' : which === 'pos' ? '+' : '~';
    return typeError(`bad operand type for unary ${sym}: '${tname(v)}'`);
  }
  return f(v);
}

/** CPython's _PyNumber_Index: an int object (bool and int subclasses included: an int is its
 *  own index, its __index__ is not called), or TypeError. */
export function index(v: number): number {
  if ((v & 1) === 1) return v;
  const l = mem[v] & 0x7ff;
  if (l === L_INT || l === L_BOOL) return v;
  if (l === L_BOXED && isSubtype(typeOf(v), T.int)) return v;
  const f = typeInfo(typeOf(v)).slots.index;
  if (f === null) return typeError(`'${tname(v)}' object cannot be interpreted as an integer`);
  const r = f(v);
  if (!isIntObject(r)) return typeError(`__index__ returned non-int (type ${tname(r)})`);
  if ((r & 1) === 0 && (mem[r] & 0x7ff) !== L_INT && !isIntObject(v)) return indexSubclassResult(r);
  return r;
}

/** __index__ of a non-int gave a bool or an int subclass instance: deprecated (PyNumber_Index
 *  warns and returns an exact int copy, so `[1, 2][x]` and operator.index(x) warn alike). */
function indexSubclassResult(r: number): number {
  warn(T.DeprecationWarning, `__index__ returned non-int (type ${tname(r)})${strictSubclassDeprecated('int')}`);
  return exactInt(r);
}

/** CPython's PyNumber_Index (operator.index): index(v) as an exact int. */
export function exactIndex(v: number): number { return exactInt(index(v)); }

/** The exact int of an int object (a bool or an int subclass instance gives its value). */
function exactInt(r: number): number {
  if ((r & 1) === 1) return r;
  const l = mem[r] & 0x7ff;
  return l === L_BOOL ? mem[r + 2] : l === L_BOXED ? mem[r + BX_VALUE] : r;
}
import { warn } from './warn';
import { builtinName } from '../objects/builtin_function';
import { L_BOXED } from './layouts';
import { BX_VALUE } from '../objects/boxed';
import { strictSubclassDeprecated } from '../objects/float_as_double';

export function isIntObject(v: number): boolean {
  if ((v & 1) === 1) return true;
  const l = mem[v] & 0x7ff;
  return l === L_INT || l === L_BOOL || isSubtype(typeOf(v), T.int);
}

/** index(v) as a JS number (CPython's PyNumber_AsSsize_t(v, IndexError)): IndexError outside
 *  the ssize_t range; inside it, values past 2**53 clamp to +-(2**53-1), which no sequence
 *  reaches (so 'abc'.find('c', 0, sys.maxsize) and t[2**60] behave as CPython's). */
export function indexNumber(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  if (b > 9007199254740991n || b < -9007199254740991n) {
    if (b > 9223372036854775807n || b < -9223372036854775808n) {
      return raise(T.IndexError, `cannot fit 'int' into an index-sized integer`);
    }
    return b > 0n ? Number.MAX_SAFE_INTEGER : -Number.MAX_SAFE_INTEGER;
  }
  return Number(b);
}

/** A start/end argument of find, count, index... (CPython's _PyEval_SliceIndex): any int,
 *  clamped to +-(2**53-1); TypeError for objects without __index__. */
export function sliceIndexNumber(v: number, noneAllowed = true): number {
  if ((v & 1) === 1) return v >> 1;
  if (typeInfo(typeOf(v)).lookup(intern('__index__')) === 0) {
    return typeError(`slice indices must be integers${noneAllowed ? ' or None' : ''} or have an __index__ method`);
  }
  const b = toBigInt(index(v));
  if (b > 9007199254740991n) return Number.MAX_SAFE_INTEGER;
  if (b < -9007199254740991n) return -Number.MAX_SAFE_INTEGER;
  return Number(b);
}

export function isInstance(v: number, cls: number): boolean {
  return isSubtype(typeOf(v), cls);
}

/** isinstance(v, cls) with __instancecheck__ on metaclasses other than type. */
export function isInstanceFull(v: number, cls: number): boolean {
  const mt = typeOf(cls);
  if (mt === T.type) return isSubtype(typeOf(v), cls) || classAttrIsSubtype(v, cls);
  if (layoutOf(cls) === L_TYPE && typeOf(v) === cls) return true;
  const hook = typeInfo(mt).lookup(N.instancecheck);
  if (hook !== 0 && !(mt === T.type)) return truthy(callFound(cls, hook, [v]));
  return objectIsInstance(v, cls);
}

/** CPython's object_isinstance (what type.__instancecheck__ does): a type's subclasses and the
 *  `__class__` path; for a class-like object with `__bases__`, the instance's `__class__` along
 *  those bases (abstract_subclass.ts). */
export function objectIsInstance(v: number, cls: number): boolean {
  if (layoutOf(cls) === L_TYPE) return isSubtype(typeOf(v), cls) || classAttrIsSubtype(v, cls);
  checkClass(cls, 'isinstance() arg 2 must be a type, a tuple of types, or a union');
  const icls = getattrOpt(v, N.class);
  return icls !== 0 && abstractIsSubclass(icls, cls);
}

let objectClassDescr = 0;
let objectClassGen = -1;

/**
 * The second half of CPython's recursive_isinstance: an object whose class answers `__class__`
 * with another class (a proxy's property, `__class__ = str` in a class body) is an instance of
 * that class's bases too. Only classes that override object's __class__ pay the lookup.
 */
function classAttrIsSubtype(v: number, cls: number): boolean {
  if (objectClassGen !== internGeneration()) {
    objectClassDescr = typeInfo(T.object).lookup(N.class);
    objectClassGen = internGeneration();
  }
  const t = typeOf(v);
  // (only classes that override object's __class__, or attribute lookup itself, can answer
  // another class: a proxy's __getattribute__ forwarding `__class__`)
  if (typeInfo(t).lookup(N.class) === objectClassDescr && isBuiltinObjectGetattribute(typeInfo(t).lookup(N.getattribute))) return false;
  const icls = getattrOpt(v, N.class);
  return icls !== 0 && icls !== t && layoutOf(icls) === L_TYPE && isSubtype(icls, cls);
}

export function isSubclassFull(c: number, cls: number): boolean {
  const mt = typeOf(cls);
  if (mt !== T.type) {
    const hook = typeInfo(mt).lookup(N.subclasscheck);
    if (hook !== 0) return truthy(callFound(cls, hook, [c]));
  } else if (c === cls) return true;
  return recursiveIsSubclass(c, cls);
}

/** CPython's recursive_issubclass (what type.__subclasscheck__ does): two types compare by MRO;
 *  otherwise both must be class-like (a `__bases__` tuple) and `__bases__` is walked. */
export function recursiveIsSubclass(c: number, cls: number): boolean {
  if (layoutOf(c) === L_TYPE && layoutOf(cls) === L_TYPE) return isSubtype(c, cls);
  checkClass(c, 'issubclass() arg 1 must be a class');
  checkClass(cls, 'issubclass() arg 2 must be a class, a tuple of classes, or a union');
  return abstractIsSubclass(c, cls);
}

export function floatOf(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const l = mem[v] & 0x7ff;
  if (l === L_FLOAT) return floatValueRaw(v);
  return NaN;
}
import { f64 } from '../../stmgc/heap';
function floatValueRaw(v: number): number { return f64[(v + 2) >> 1]; }

// ── generic slots for user classes ──
function dunderOf(ti: TypeInfo, name: number): number { return ti.lookup(name); }

function genericSlot(slot: keyof Slots, _ti: TypeInfo): unknown {
  switch (slot) {
    case 'repr':
      return (self: number): number => {
        const r = callSpecial(self, N.repr, []);
        if (layoutOf(r) !== L_STR && !isInstance(r, T.str)) return typeError(`__repr__ returned non-string (type ${tname(r)})`);
        return r;
      };
    case 'str':
      return (self: number): number => {
        const r = callSpecial(self, N.str, []);
        if (layoutOf(r) !== L_STR && !isInstance(r, T.str)) return typeError(`__str__ returned non-string (type ${tname(r)})`);
        return r;
      };
    case 'hash':
      return (self: number): number => {
        const d = typeInfo(typeOf(self)).lookup(N.hash);
        if (d === K.None || d === 0) return typeError(`unhashable type: '${tname(self)}'`);
        const r = callFound(self, d, []);
        if (!isIntObject(r)) return typeError('__hash__ method should return an integer');
        // CPython's slot_tp_hash keeps a value that fits a Py_hash_t as the hash (-1 becomes
        // -2) and reduces only larger ones as an int's hash: so an object whose __hash__
        // returns hash(y) (str.__hash__ in a str subclass, a 64-bit siphash) probes as y does
        const i = index(r);
        if ((i & 1) === 1) return hashOf(i);
        const n = toBigInt(i);
        if (n < -(2n ** 63n) || n >= 2n ** 63n) return hashOf(i);
        const low = Number(BigInt.asIntN(32, n));
        return low === -1 ? -2 : low;
      };
    case 'richcompare':
      return (a: number, b: number, op: number): number => {
        const d = typeInfo(typeOf(a)).lookup(CMP_DUNDER()[op]);
        if (d === 0) return K.NotImplemented;
        if ((d & 1) === 0 && (mem[d] & 0x7ff) === L_FUNCTION) return callObject(d, [a, b], 0);
        // as CPython's slot_tp_richcompare: an error while binding the method (a property
        // raising, say) is dropped and the comparison is NotImplemented
        const get = typeInfo(typeOf(d)).slots.descrGet;
        let bound = d;
        if (get) {
          try {
            bound = get(d, a, typeOf(a));
          } catch (e) {
            if (e instanceof PyException) return K.NotImplemented;
            throw e;
          }
        }
        return callObject(bound, [b], 0);
      };
    case 'bool':
      return (self: number): boolean => {
        const ti = typeInfo(typeOf(self));
        let d = ti.lookup(N.bool);
        if (d !== 0 && ti.lookup(N.len) !== 0) {
          // builtin containers expose a __bool__ CPython's do not have: a __len__ defined by a
          // subclass wins over it
          const bdef = ti.definer(N.bool);
          if ((typeFlags(bdef) & TF_HEAPTYPE) === 0 && ti.mro.indexOf(ti.definer(N.len)) < ti.mro.indexOf(bdef)) d = 0;
        }
        if (d !== 0) {
          const r = callFound(self, d, []);
          if (r !== K.True && r !== K.False) return typeError(`__bool__ should return bool, returned ${tname(r)}`);
          return r === K.True;
        }
        const l = ti.lookup(N.len);
        if (l !== 0) return lenResult(callFound(self, l, [])) !== 0;
        return true;
      };
    case 'len':
      return (self: number): number => lenResult(callSpecial(self, N.len, []));
    case 'getattro':
      return (self: number, name: number): number => {
        const ti = typeInfo(typeOf(self));
        const ga = ti.lookup(N.getattribute);
        let r = 0;
        try {
          r = ga !== 0 && !isBuiltinObjectGetattribute(ga) ? callFound(self, ga, [name]) : genericGetattr(self, name);
        } catch (e) {
          if (!(e instanceof PyException && isInstance(e.exc, T.AttributeError))) throw e;
          const g = ti.lookup(N.getattr);
          if (g === 0) throw e;
          return callFound(self, g, [name]);
        }
        if (r === 0) {
          const g = ti.lookup(N.getattr);
          if (g !== 0) return callFound(self, g, [name]);
        }
        return r;
      };
    case 'setattro':
      return (self: number, name: number, value: number): void => {
        const ti = typeInfo(typeOf(self));
        if (value === 0) {
          const d = ti.lookup(N.delattr);
          if (d !== 0 && !isBuiltinGeneric(d)) callFound(self, d, [name]);
          else genericSetattr(self, name, 0);
        } else {
          const d = ti.lookup(N.setattr);
          if (d !== 0 && !isBuiltinGeneric(d)) callFound(self, d, [name, value]);
          else genericSetattr(self, name, value);
        }
      };
    case 'iter':
      return (self: number): number => {
        const d = typeInfo(typeOf(self)).lookup(N.iter);
        if (d === K.None) return typeError(`'${tname(self)}' object is not iterable`);
        const r = callFound(self, d, []);
        if (typeInfo(typeOf(r)).slots.next === null) return typeError(`iter() returned non-iterator of type '${tname(r)}'`);
        return r;
      };
    case 'next':
      return (self: number): number => {
        try {
          return callSpecial(self, N.next, []);
        } catch (e) {
          if (e instanceof PyException && isInstance(e.exc, T.StopIteration)) return 0;
          throw e;
        }
      };
    case 'call':
      return (self: number, args: number[], kwnames: number): number => {
        const d = typeInfo(typeOf(self)).lookup(N.call);
        if (d === 0) return typeError(`'${tname(self)}' object is not callable`);
        // CPython's tp_call path (no vectorcall): one recursion level, then __call__'s frame
        enterCallDepth();
        try {
          if (layoutOf(d) === L_FUNCTION) return callObject(d, [self, ...args], kwnames);
          const get = typeInfo(typeOf(d)).slots.descrGet;
          return callObject(get ? get(d, self, typeOf(self)) : d, args, kwnames);
        } finally {
          leaveFrame();
        }
      };
    case 'getitem':
      return (self: number, key: number): number => callSpecial(self, N.getitem, [key]);
    case 'setitem':
      return (self: number, key: number, value: number): void => {
        if (value === 0) {
          if (callSpecialOr(self, N.delitem, [key])) return;
          typeError(`'${tname(self)}' object does not support item deletion`);
        } else if (!callSpecialOr(self, N.setitem, [key, value])) typeError(`'${tname(self)}' object does not support item assignment`);
      };
    case 'contains':
      return (self: number, v: number): boolean => truthy(callSpecial(self, N.contains, [v]));
    case 'descrGet':
      return (self: number, obj: number, type: number): number => callSpecial(self, N.get, [obj === 0 ? K.None : obj, type === 0 ? K.None : type]);
    case 'descrSet':
      return (self: number, obj: number, value: number): void => {
        if (value === 0) {
          if (!callSpecialOr(self, N.delete, [obj])) attributeError('__delete__');
        } else if (!callSpecialOr(self, N.set, [obj, value])) attributeError('__set__');
      };
    case 'init':
      return (self: number, args: number[], kwnames: number): void => {
        const d = typeInfo(typeOf(self)).lookup(N.init);
        // (a value without __get__, a callable instance, is called without self, as CPython's
        // lookup_maybe_method leaves it unbound)
        const get = layoutOf(d) === L_FUNCTION ? null : typeInfo(typeOf(d)).slots.descrGet;
        const r = layoutOf(d) === L_FUNCTION ? callObject(d, [self, ...args], kwnames) : callObject(get ? get(d, self, typeOf(self)) : d, args, kwnames);
        if (r !== K.None) typeError(`__init__() should return None, not '${tname(r)}'`);
      };
    case 'new':
      return (cls: number, args: number[], kwnames: number): number => {
        const d = typeInfo(cls).lookup(N.new);
        // __new__ is a static method: staticmethod objects unwrap on access
        const get = typeInfo(typeOf(d)).slots.descrGet;
        const f = get && layoutOf(d) !== L_FUNCTION ? get(d, 0, cls) : d;
        return callObject(f, [cls, ...args], kwnames);
      };
    case 'neg': return (self: number): number => callSpecial(self, N.neg, []);
    case 'pos': return (self: number): number => callSpecial(self, N.pos, []);
    case 'invert': return (self: number): number => callSpecial(self, N.invert, []);
    case 'abs': return (self: number): number => callSpecial(self, N.abs, []);
    case 'index': return (self: number): number => callSpecial(self, N.index, []);
    case 'int': return (self: number): number => callSpecial(self, N.int, []);
    case 'float': return (self: number): number => callSpecial(self, N.float, []);
    default:
      return null;
  }
}

function callSpecialOr(self: number, name: number, args: number[]): boolean {
  const d = typeInfo(typeOf(self)).lookup(name);
  if (d === 0) return false;
  callFound(self, d, args);
  return true;
}

/** A Python `__len__`'s result as the len slot's JS number (CPython's Py_ssize_t: up to
 *  sys.maxsize). Past 2**53 the number is not exact: the int object itself is kept in
 *  `bigLenResult` for len() to return (runtime/typedef.ts lenResult; nothing allocates between). */
function lenResult(r: number): number {
  if (!isIntObject(r)) return typeError(`'${tname(r)}' object cannot be interpreted as an integer`);
  const n = toBigInt(index(r));
  if (n < 0n) return raise(T.ValueError, '__len__() should return >= 0');
  if (n > 0x7fffffffffffffffn) return raise(T.OverflowError, 'cannot fit \'int\' into an index-sized integer');
  if (n > 9007199254740991n) bigLenResult.v = intFromBigInt(n);
  return Number(n);
}

/** The exact int object of the last len slot result past 2**53 (read and cleared by len()). */
export const bigLenResult = { v: 0 };

/** SLOT1BINFULL: a user class's binary slot, trying __op__ on the left and __rop__ on the right. */
function genericBinary(op: number, inplace: boolean, _ti: TypeInfo): Fn2 {
  const base = BINOP_DUNDERS[op];
  if (inplace) {
    const iname = intern(`__i${base}__`);
    return (a: number, b: number): number => {
      const d = typeInfo(typeOf(a)).lookup(iname);
      return d === 0 ? K.NotImplemented : callFound(a, d, [b]);
    };
  }
  const lname = intern(`__${base}__`);
  const rname = intern(`__r${base}__`);
  const self: Fn2 = (a: number, b: number): number => {
    const ta = typeOf(a);
    const tb = typeOf(b);
    const tia = typeInfo(ta);
    const tib = typeInfo(tb);
    let doOther = ta !== tb && tib.slots.nb[op] === self && tib.lookup(rname) !== 0;
    if (tia.slots.nb[op] === self) {
      if (doOther && isSubtype(tb, ta) && tib.lookup(rname) !== tia.lookup(rname)) {
        const r = callFound(b, tib.lookup(rname), [a]);
        if (r !== K.NotImplemented) return r;
        doOther = false;
      }
      const l = tia.lookup(lname);
      if (l !== 0) {
        const r = callFound(a, l, [b]);
        if (r !== K.NotImplemented || ta === tb) return r;
      }
    }
    if (doOther) return callFound(b, tib.lookup(rname), [a]);
    return K.NotImplemented;
  };
  return self;
}

/** Installs the generic slots (called by the bootstrap: module top-level code must not touch
 *  other modules' state, whose initialisers may run later in the bundle). */
export function initProtocol(): void {
  setGenericSlots({
    forSlot: (slot, ti) => genericSlot(slot, ti),
    binary: (op, inplace, ti) => genericBinary(op, inplace, ti),
  });
}

// ── generic attribute access (object.__getattribute__ / __setattr__) ──
let objectGetattribute = 0;
let objectSetattr = 0;
let objectDelattr = 0;
export function setObjectAttrBuiltins(ga: number, sa: number, da: number): void {
  objectGetattribute = ga;
  objectSetattr = sa;
  objectDelattr = da;
}
function isBuiltinObjectGetattribute(d: number): boolean { return d === objectGetattribute; }
function isBuiltinGeneric(d: number): boolean { return d === objectSetattr || d === objectDelattr; }

/** PyObject_GenericGetAttr; 0 when missing. */
export function genericGetattr(obj: number, name: number): number {
  // instances: the class word is mutable (__class__ assignment); the barrier comes before typeOf
  if ((obj & 1) === 0 && CLASS_WORD[mem[obj] & 0x7ff] === 1) readBarrier(obj);
  const t = typeOf(obj);
  const ti = typeInfo(t);
  const descr = ti.lookup(name);
  let get: ((s: number, o: number, t: number) => number) | null = null;
  if (descr !== 0 && (descr & 1) === 0) {
    const ds = typeInfo(typeOf(descr)).slots;
    get = ds.descrGet;
    if (get !== null && ds.descrSet !== null) return get(descr, obj, t);
  }
  if ((obj & 1) === 0 && (mem[obj] & 0x7ff) === L_INSTANCE) {
    const w = mem[obj + 3]; // (read-barriered above)
    if (w !== 0) {
      const v = isMap(w) ? inlineGet(obj, w, name) : dictGetStr(w, name);
      if (v !== 0) return v;
    }
  } else {
    const d = instanceDict(obj);
    if (d !== 0) {
      const v = dictGetStr(d, name);
      if (v !== 0) return v;
    }
  }
  if (get !== null) return get(descr, obj, t);
  return descr;
}

import { dictDelH, dictSetH } from '../objects/dict_core';
import { inlineGet, inlineSet, isMap, materialize, noteAttributeCount } from '../objects/inline_values';
import { D_USED } from '../objects/dict_core';
import { newDict } from '../objects/dict_core';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';

/** PyObject_GenericSetAttr; value 0 deletes. */
export function genericSetattr(obj: number, name: number, value: number): void {
  orThrow(genericSetattrSoft(obj, name, value));
}

/** genericSetattr, 1; except that a store (or delete) on an object that has neither a
 *  data descriptor nor a __dict__ for the name (`object().a = 1`, a __slots__ class's other
 *  name, a read-only attribute) soft-raises its AttributeError (0 returned: runtime/soft_raise.ts;
 *  STORE_ATTR's, ~3.3 µs caught as a JS throw). */
export function genericSetattrSoft(obj: number, name: number, value: number): number {
  if ((obj & 1) === 0 && CLASS_WORD[mem[obj] & 0x7ff] === 1) readBarrier(obj);
  const t = typeOf(obj);
  const descr = typeInfo(t).lookup(name);
  if (descr !== 0 && (descr & 1) === 0) {
    const set = typeInfo(typeOf(descr)).slots.descrSet;
    if (set !== null) {
      set(descr, obj, value);
      return 1;
    }
  }
  // (a builtin's subclass whose __slots__ live in the dict word takes only their names there:
  // objects/slots_in_dict.ts)
  const slotsOnly = (typeFlags(t) & TF_SLOTS_IN_DICT) !== 0 && !slotNameAllowed(t, name);
  if (!slotsOnly && ((obj & 1) === 0 && CLASS_WORD[mem[obj] & 0x7ff] === 1 && (typeFlags(t) & (TF_HEAPTYPE | 4)) !== 0 || layoutOf(obj) === L_MODULE)) { // 4: TF_HAS_DICT
    let d = mem[obj + 3];
    if ((mem[obj] & 0x7ff) === L_INSTANCE && (d === 0 || isMap(d)) && (typeFlags(t) & 4) !== 0) {
      // attributes kept inline (objects/inline_values.ts) while they fit; else a real dict
      if (value !== 0 && inlineSet(obj, t, name, value)) return 1;
      if (d !== 0) d = materialize(obj);
    }
    if (d === 0 && (typeFlags(t) & 4) !== 0) {
      d = newDict();
      writeBarrier(obj);
      mem[obj + 3] = d;
    }
    if (d !== 0) {
      if (value === 0) {
        if (dictDelH(d, name, strHash(name)) === 0) missingAttribute(obj, name);
      } else {
        dictSetH(d, name, strHash(name), value);
        if ((mem[obj] & 0x7ff) === L_INSTANCE) noteAttributeCount(t, mem[d + D_USED] >> 1);
      }
      return 1;
    }
  }
  const dw = ownDictWord(layoutOf(obj));
  const fd = dw !== 0 ? ownDictFor(obj, dw) : 0;
  if (fd !== 0) {
    if (value === 0) {
      if (dictDelH(fd, name, strHash(name)) === 0) missingAttribute(obj, name);
    } else dictSetH(fd, name, strHash(name), value);
    return 1;
  }
  if (descr !== 0) return softTypeMessage(T.AttributeError, ["'", "' object attribute '", "' is read-only"], [obj], name);
  return softTypeMessage(T.AttributeError, ["'", "' object has no attribute '", "'"], [obj], name);
}

/** The __dict__ in word `w` of f (a function, staticmethod or classmethod), created if absent. */
export function ownDictFor(f: number, w: number): number {
  readBarrier(f);
  let d = mem[f + w];
  if (d === 0) {
    d = newDict();
    writeBarrier(f);
    mem[f + w] = d;
  }
  return d;
}

/** Touches names so that unused-import checks stay quiet where a helper is only re-exported. */
export const _unused = [intFromNumber, TY_DICT, dunderOf];
import { listItems } from '../objects/list_core';
import { newTuple, tupleItems } from '../objects/tuple_core';
