// Building the builtin classes from TypeDefs: each vm/objects/ file describes its class as one
// TypeDef (its slots in JS, its methods, getters and class attributes), and makeBuiltinType
// turns it into an L_TYPE object whose dict holds builtin method descriptors and, for every
// slot, the dunder wrapper Python code sees (int.__add__, object.__init__, list.__len__...).
import { mem } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import {
  BINOP_DUNDERS, TF_BASETYPE, TY_BASE, TY_BASES, TY_CLASS, TY_DICT, TY_FLAGS, TY_LAYOUT, TY_MRO, TY_NAME,
  TY_QUALNAME, TY_DOC, allocType, builtinSlots, typeInfo, computeMro, typeModified, type Slots, isSubtype, typeName,
  TF_HEAPTYPE, typeFlags,
} from '../objects/type_core';
import { K, T, typeOf as typeOfRef } from './types';
import { intern, newStr, strJs } from '../objects/str_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { dictDel, dictSet, newDict } from '../objects/dict_core';
import { KIND_CLASSMETHOD, KIND_FUNCTION, KIND_METHOD, defineBuiltin, noArgsCountError, oneArgCountError, tpName, type BuiltinImpl } from '../objects/builtin_function';
import { pin } from './pinned';
import { L_RANGE, L_TYPE } from './layouts';
import { layoutOf } from './types';
import { builtinNewOwner, staticNewBase } from '../objects/static_new_base';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { slotHashObj } from '../objects/hash_full';
import { intPow, intValue } from '../objects/int';
import { typeError } from './errors';
import { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, tname } from './protocol';
import { bigLenResult } from './protocol';
import { newProperty, newStaticBuiltin } from '../objects/descriptors';
import { SLOT_DOCS } from '../objects/slot_docs';
import { BUILTIN_TYPE_DOCS } from '../objects/builtin_type_docs';
import { builtinCollectionFlag } from '../objects/collection_flags';

export interface TypeDef {
  name: string;
  /** Defaults to object. */
  base?: number;
  /** The layout of instances (for `new`). */
  layout: number;
  /** TF_* flags; TF_BASETYPE unless `final`. */
  flags?: number;
  final?: boolean;
  module?: string;
  doc?: string;
  slots?: Partial<Slots>;
  methods?: Record<string, BuiltinImpl>;
  /** Methods that take no argument beyond self (CPython's METH_NOARGS): any other argument is a
   *  TypeError with CPython's message before the impl runs. */
  noargs?: readonly string[];
  /** Methods that take exactly one argument beyond self (CPython's METH_O), checked the same way. */
  onearg?: readonly string[];
  /** Dunders the slots would expose that CPython's class does not have (float has no __and__
   *  although its number table answers NotImplemented for it; list has no __bool__). */
  hiddenDunders?: readonly string[];
  /** A sequence (str, bytes, list, ...): `*` is sequence repetition, with its messages. */
  sequence?: boolean;
  classmethods?: Record<string, BuiltinImpl>;
  staticmethods?: Record<string, BuiltinImpl>;
  getters?: Record<string, (self: number) => number>;
  /** Getters that are READONLY members in CPython (PyMemberDef): setting or deleting one is
   *  "readonly attribute", not a getset's "attribute '…' of '…' objects is not writable". */
  readonlyMembers?: readonly string[];
  /** Docstrings of getters (a getset's __doc__). */
  getterDocs?: Record<string, string>;
  setters?: Record<string, (self: number, value: number) => void>;
  /** `del obj.name` for a getter (CPython's getset setter called with NULL). */
  deleters?: Record<string, (self: number) => void>;
  attrs?: Record<string, () => number>;
}

/** Creates (or fills, when `into` is an already allocated shell) a builtin class. */
export function makeBuiltinType(def: TypeDef, into = 0): number {
  const t = into !== 0 ? into : pin(allocType());
  const base = def.base ?? (def.name === 'object' ? 0 : T.object);
  mem[t + TY_CLASS] = T.type;
  const d = mem[t + TY_DICT] !== 0 ? mem[t + TY_DICT] : newDictOld();
  mem[t + TY_DICT] = d;
  mem[t + TY_NAME] = intern(def.name);
  mem[t + TY_QUALNAME] = intern(def.name);
  mem[t + TY_BASES] = newTuple(base !== 0 ? [base] : [], true);
  const mro = base !== 0 ? computeMro(t, [base])! : [t];
  mem[t + TY_MRO] = newTuple(mro, true);
  mem[t + TY_BASE] = base;
  const flags = (def.flags ?? 0) | (def.final ? 0 : TF_BASETYPE) | builtinCollectionFlag(def.module, def.name);
  mem[t + TY_FLAGS] = (flags << 1) | 1;
  mem[t + TY_LAYOUT] = (def.layout << 1) | 1;
  // (a builtins class without its own doc takes CPython's: objects/builtin_type_docs.ts)
  const doc = def.doc ?? (def.module === undefined || def.module === 'builtins' ? BUILTIN_TYPE_DOCS.get(def.name) : undefined);
  mem[t + TY_DOC] = doc !== undefined ? newStrOld(doc) : K.None;
  const slots = def.slots ?? {};
  builtinSlots.set(t, slots);
  const put = (name: string, v: number): void => dictSet(d, intern(name), v);
  // a builtin class's __module__ is type.__module__'s answer ('builtins'), not in its __dict__,
  // so that its instances have no __module__ (CPython's static types); other modules' keep it
  if (def.module !== undefined && def.module !== 'builtins') put('__module__', intern(def.module));
  put('__doc__', mem[t + TY_DOC]);
  addSlotWrappers(t, def, slots, put);
  // A final class of object's without a `new` (dict_keys, generator, code objects' kin) makes no
  // instances from Python code, and has no __new__ of its own: CPython's static types with
  // tp_new NULL get Py_TPFLAGS_DISALLOW_INSTANTIATION (type_ready_set_new)
  if (slots.new === undefined && def.final === true && base === T.object) {
    const shown = def.module !== undefined && def.module !== 'builtins' ? `${def.module}.${def.name}` : def.name;
    builtinSlots.set(t, { ...slots, new: () => typeError(`cannot create '${shown}' instances`) });
  }
  for (const name of def.hiddenDunders ?? []) dictDel(d, intern(name));
  const noargs = new Set(def.noargs ?? []);
  const onearg = new Set(def.onearg ?? []);
  for (const [name, impl] of Object.entries(def.methods ?? {})) {
    const checked = noargs.has(name) ? noArgs(def.name, name, impl) : onearg.has(name) ? oneArg(def.name, name, impl) : impl;
    // (a slot's dunder given as a method, int.__divmod__: a slot wrapper, unless CPython's is METH_O)
    put(name, defineBuiltin(name, checked, KIND_METHOD, t, SLOT_DOCS.has(name) && !onearg.has(name)));
  }
  for (const [name, impl] of Object.entries(def.classmethods ?? {})) put(name, defineBuiltin(name, onearg.has(name) ? oneArg(def.name, name, impl) : impl, KIND_CLASSMETHOD, t));
  // (a staticmethod object in the class dict, as CPython's: bytearray.__dict__['maketrans'])
  for (const [name, impl] of Object.entries(def.staticmethods ?? {})) put(name, newStaticBuiltin(defineBuiltin(name, impl, KIND_FUNCTION, t)));
  for (const [name, get] of Object.entries(def.getters ?? {})) {
    const set = def.setters?.[name];
    const fget = defineBuiltin(name, (a) => get(a[0]), KIND_FUNCTION, t);
    const fset = set ? defineBuiltin(name, (a) => (set(a[0], a[1]), K.None), KIND_FUNCTION, t) : K.None;
    const del = def.deleters?.[name];
    const fdel = del ? defineBuiltin(name, (a) => (del(a[0]), K.None), KIND_FUNCTION, t) : K.None;
    const doc = def.getterDocs?.[name];
    put(name, newProperty(fget, fset, fdel, doc !== undefined ? newStrOld(doc) : K.None, true, def.readonlyMembers?.includes(name) === true));
  }
  for (const [name, make] of Object.entries(def.attrs ?? {})) put(name, make());
  typeModified();
  return t;
}

/** Wraps a METH_NOARGS-style method: only self may be passed. */
function noArgs(cname: string, name: string, impl: BuiltinImpl): BuiltinImpl {
  return (a, kw) => {
    if (a.length === 0) typeError(`unbound method ${cname}.${name}() needs an argument`);
    if (kw !== 0 && tupleLen(kw) > 0) typeError(`${cname}.${name}() takes no keyword arguments`);
    if (a.length !== 1) noArgsCountError(cname, name, a);
    return impl(a, kw);
  };
}

/** Wraps a METH_O-style method: self and exactly one positional argument. */
function oneArg(cname: string, name: string, impl: BuiltinImpl): BuiltinImpl {
  return (a, kw) => {
    if (a.length === 0) typeError(`unbound method ${cname}.${name}() needs an argument`);
    if (kw !== 0 && tupleLen(kw) > 0) typeError(`${cname}.${name}() takes no keyword arguments`);
    if (a.length !== 2) oneArgCountError(cname, name, a);
    return impl(a, kw);
  };
}

function newDictOld(): number {
  return newDict(T.dict);
}
function newStrOld(s: string): number {
  return s.length === 0 ? intern('') : newStr(s);
}

// a function, not a constant: module top-level code must not read another module's exports
// (in the bundle, protocol.ts may be evaluated after this file)
const cmpNames = (): [string, number][] => [['__lt__', CMP_LT], ['__le__', CMP_LE], ['__eq__', CMP_EQ], ['__ne__', CMP_NE], ['__gt__', CMP_GT], ['__ge__', CMP_GE]];

/** The dunder methods that expose a builtin class's slots to Python code. */
function addSlotWrappers(t: number, def: TypeDef, s: Partial<Slots>, put: (n: string, v: number) => void): void {
  const cname = def.name;
  const ac = (name: string, a: number[], n: number, lead = ''): void => argc(name, a, n, lead, cname);
  // METH_O methods of CPython's class that the slots provide here (list.__getitem__): its message
  const oneArgName = (name: string): string | null => (def.onearg?.includes(name) ? `${cname}.${name}` : null);
  // a slot wrapper checks its self as CPython's wrapper_descriptor does (list.__len__(()) read
  // a tuple's words as a list's): 'descriptor '__len__' requires a 'list' object but received
  // a 'tuple''; object's apply to anything
  const m = (name: string, impl: BuiltinImpl): void => {
    const checked: BuiltinImpl = t === T.object ? impl : (a, kw) => {
      if (a.length > 0) {
        const c = typeOfRef(a[0]);
        if (c !== t && !isSubtype(c, t)) {
          // (the METH_O methods CPython's class has instead: method_descriptor's message)
          if (oneArgName(name) !== null) typeError(`descriptor '${name}' for '${cname}' objects doesn't apply to a '${tname(a[0])}' object`);
          typeError(`descriptor '${name}' requires a '${cname}' object but received a '${tname(a[0])}'`);
        }
      }
      return impl(a, kw);
    };
    put(name, defineBuiltin(name, checked, KIND_METHOD, t, oneArgName(name) === null)); // (slot wrapper unless METH_O)
  };
  const self1 = (name: string, f: ((a: number) => number) | null | undefined): void => {
    if (f) m(name, (a) => { ac(name, a, 1); return f(a[0]); });
  };
  self1('__repr__', s.repr);
  self1('__str__', s.str);
  if (s.hash) {
    const h = s.hash;
    // the full 64-bit hash where the slot's 32 bits are its low half (int, str, tuple...)
    m('__hash__', (a) => {
      ac('__hash__', a, 1);
      const low = h(a[0]);
      const full = slotHashObj(a[0], t);
      return full !== 0 ? full : intFromNumber(low);
    });
  }
  if (s.richcompare) {
    const rc = s.richcompare;
    for (const [n, op] of cmpNames()) m(n, (a) => { ac(n, a, 2); return rc(a[0], a[1], op); });
  }
  if (s.bool) {
    const b = s.bool;
    m('__bool__', (a) => { ac('__bool__', a, 1); return b(a[0]) ? K.True : K.False; });
  }
  if (s.len) {
    const l = s.len;
    m('__len__', (a) => { ac('__len__', a, 1); return lenResult(a[0], l(a[0])); });
  }
  if (s.getattro) {
    const g = s.getattro;
    m('__getattribute__', (a) => {
      ac('__getattribute__', a, 2);
      const name = attrName(a[1]);
      const r = g(a[0], name);
      return r !== 0 ? r : missing(a[0], name);
    });
  }
  if (s.setattro) {
    const st = s.setattro;
    // CPython's hackcheck: no jumping over a builtin base's own __setattr__ (Carlo Verre's
    // object.__setattr__(str, 'foo', 42) would write a builtin class's dict)
    // (along the MRO: the first builtin class there is the solid base CPython's tp_base chain reaches)
    const hack = (self: number, what: string): void => {
      const mro = mem[typeOfRef(self) + TY_MRO];
      for (let i = 0, n = tupleLen(mro); i < n; i++) {
        const b = tupleItem(mro, i);
        if ((typeFlags(b) & TF_HEAPTYPE) !== 0) continue;
        const own = builtinSlots.get(b)?.setattro;
        if (own === st) return;
        if (own) typeError(`can't apply this ${what} to ${typeName(typeOfRef(self))} object`);
      }
    };
    // (CPython unpacks __setattr__'s arguments under an empty name, as __setitem__'s)
    m('__setattr__', (a) => { ac('__setattr__', a, 3, ' '); hack(a[0], '__setattr__'); st(a[0], attrName(a[1]), a[2]); return K.None; });
    m('__delattr__', (a) => { ac('__delattr__', a, 2); hack(a[0], '__delattr__'); st(a[0], attrName(a[1]), 0); return K.None; });
  }
  self1('__iter__', s.iter);
  if (s.next) {
    const nx = s.next;
    m('__next__', (a) => {
      ac('__next__', a, 1);
      const r = nx(a[0]);
      if (r === 0) stopIteration();
      return r;
    });
  }
  if (s.call) {
    const c = s.call;
    m('__call__', (a, kw) => c(a[0], a.slice(1), kw));
  }
  if (s.getitem) {
    const g = s.getitem;
    const q = oneArgName('__getitem__');
    m('__getitem__', (a) => { if (q !== null) oneArgCheck(q, a); else ac('__getitem__', a, 2); return g(a[0], a[1]); });
  }
  if (s.setitem) {
    const st = s.setitem;
    // (CPython unpacks __setitem__'s arguments under an empty name: " expected 2 arguments")
    m('__setitem__', (a) => { ac('__setitem__', a, 3, ' '); st(a[0], a[1], a[2]); return K.None; });
    m('__delitem__', (a) => { ac('__delitem__', a, 2); st(a[0], a[1], 0); return K.None; });
  }
  if (s.contains) {
    const c = s.contains;
    const q = oneArgName('__contains__');
    m('__contains__', (a) => { if (q !== null) oneArgCheck(q, a); else ac('__contains__', a, 2); return c(a[0], a[1]) ? K.True : K.False; });
  }
  if (s.descrGet) {
    const g = s.descrGet;
    m('__get__', (a) => {
      if (a.length === 0) typeError("descriptor '__get__' needs an argument");
      if (a.length < 2) typeError(` expected at least 1 argument, got ${a.length - 1}`);
      if (a.length > 3) typeError(` expected at most 2 arguments, got ${a.length - 1}`);
      const obj = a[1] === K.None ? 0 : a[1];
      const type = a.length > 2 && a[2] !== K.None ? a[2] : 0;
      if (obj === 0 && type === 0) typeError('__get__(None, None) is invalid');
      return g(a[0], obj, type);
    });
  }
  if (s.descrSet) {
    const st = s.descrSet;
    m('__set__', (a) => { ac('__set__', a, 3, ' '); st(a[0], a[1], a[2]); return K.None; });
    m('__delete__', (a) => { ac('__delete__', a, 2); st(a[0], a[1], 0); return K.None; });
  }
  if (s.init) {
    const i = s.init;
    m('__init__', (a, kw) => {
      if (a.length === (kw === 0 ? 0 : tupleLen(kw))) typeError(`descriptor '__init__' of '${cname}' object needs an argument`);
      i(a[0], a.slice(1), kw);
      return K.None;
    });
  }
  if (s.new) {
    const nw = s.new;
    // __new__ is a static method taking the class first (tp_new_wrapper's messages show tp_name)
    const tp = def.module !== undefined && def.module !== 'builtins' ? `${def.module}.${cname}` : cname;
    put('__new__', defineBuiltin('__new__', (a, kw) => {
      if (a.length === (kw === 0 ? 0 : tupleLen(kw))) typeError(`${tp}.__new__(): not enough arguments`); // (no positional argument)
      if ((a[0] & 1) === 1 || (mem[a[0]] & 0x7ff) !== L_TYPE) typeError(`${tp}.__new__(X): X is not a type object (${tname(a[0])})`);
      if (a[0] !== t && !isSubtype(a[0], t)) {
        typeError(`${tp}.__new__(${typeName(a[0])}): ${typeName(a[0])} is not a subtype of ${tp}`);
      }
      // tp_new_wrapper's staticbase check (int.__new__(bool) is refused)
      const sb = staticNewBase(a[0]);
      if (sb !== 0 && sb !== t && typeInfo(builtinNewOwner(sb)).slots.new !== nw) {
        typeError(`${tp}.__new__(${tpName(a[0])}) is not safe, use ${tpName(sb)}.__new__()`);
      }
      return nw(a[0], a.slice(1), kw);
    }, KIND_FUNCTION, t));
  }
  for (let op = 0; op < 13; op++) {
    const f = s.nb?.[op];
    // sequence repetition (sq_repeat) unpacks its argument under an empty name, as __setitem__
    const lead = op === OP_MUL && def.sequence === true ? ' ' : '';
    if (f && op === OP_POW) {
      m('__pow__', (a) => { powArgc(a, '__pow__', cname); return a.length === 3 && a[2] !== K.None ? ternaryPow(a[0], a[1], a[2]) : f(a[0], a[1]); });
      m('__rpow__', (a) => { powArgc(a, '__rpow__', cname); return a.length === 3 && a[2] !== K.None ? ternaryPow(a[1], a[0], a[2]) : f(a[1], a[0]); });
    } else if (f) {
      const base = BINOP_DUNDERS[op];
      // (sq_repeat's wrapper takes an index: 'ab'.__mul__('') is a TypeError, not NotImplemented)
      m(`__${base}__`, (a) => { ac(`__${base}__`, a, 2, lead); if (lead !== '') seqIndex(a[1]); return f(a[0], a[1]); });
      m(`__r${base}__`, (a) => { ac(`__r${base}__`, a, 2, lead); if (lead !== '') seqIndex(a[1]); return f(a[1], a[0]); });
    }
    const fi = s.nbi?.[op];
    if (fi) {
      const base = BINOP_DUNDERS[op];
      m(`__i${base}__`, (a) => { ac(`__i${base}__`, a, 2, lead); if (lead !== '') seqIndex(a[1]); return fi(a[0], a[1]); });
    }
  }
  self1('__neg__', s.neg);
  self1('__pos__', s.pos);
  self1('__invert__', s.invert);
  self1('__abs__', s.abs);
  self1('__index__', s.index);
  self1('__int__', s.int);
  self1('__float__', s.float);
  void KIND_FUNCTION;
}

/** A slot wrapper's argument count (self included in n); `lead` is CPython's message prefix. */
function argc(name: string, a: number[], n: number, lead = '', owner = ''): void {
  if (a.length !== n) {
    if (a.length === 0) typeError(`descriptor '${name}'${owner === '' ? '' : ` of '${owner}' object`} needs an argument`);
    typeError(`${lead}expected ${n - 1} argument${n - 1 === 1 ? '' : 's'}, got ${a.length - 1}`);
  }
}

function oneArgCheck(qualname: string, a: number[]): void {
  if (a.length !== 2) typeError(`${qualname}() takes exactly one argument (${a.length - 1} given)`);
}

const OP_MUL = 5;

/** A sequence repetition dunder's count must be an index (PyNumber_AsSsize_t's TypeError). */
function seqIndex(v: number): void {
  if ((v & 1) === 0) protocolIndex(v);
}
import { index as protocolIndex } from './protocol';
const OP_POW = 8;

/** __pow__/__rpow__ take the exponent and an optional modulus (wrap_ternaryfunc). */
function powArgc(a: number[], name: string, owner: string): void {
  if (a.length === 0) typeError(`descriptor '${name}' of '${owner}' object needs an argument`);
  if (a.length < 2) typeError(` expected at least 1 argument, got ${a.length - 1}`);
  if (a.length > 3) typeError(` expected at most 2 arguments, got ${a.length - 1}`);
}

/** pow(base, exp, mod) reached through __pow__/__rpow__ of a builtin number type. */
function ternaryPow(base: number, exp: number, mod: number): number {
  const b = intValue(base);
  const e = intValue(exp);
  const md = intValue(mod);
  if (b === null || e === null || md === null) return typeError('pow() 3rd argument not allowed unless all arguments are integers');
  return intPow(b, e, md);
}

import { missingAttribute } from './protocol';
import { strObj } from '../objects/str';

/** The generic attribute functions take only str names (CPython's message); a str subclass
 *  instance names the same attribute as the plain str (interned, as the slots expect). */
function attrName(name: number): number {
  const s = strObj(name);
  if (s === 0) typeError(`attribute name must be string, not '${tname(name)}'`);
  return intern(strJs(s));
}
import { raiseEmpty } from './errors';
function missing(obj: number, name: number): never { return missingAttribute(obj, name); }
function stopIteration(): never { return raiseEmpty(T.StopIteration); }

/** Adds one more attribute to an existing builtin class (used across files and by modules). */
export function setTypeAttr(t: number, name: string, v: number): void {
  writeBarrier(mem[t + TY_DICT]);
  dictSet(mem[t + TY_DICT], intern(name), v);
  typeModified();
}

export const _keep = [tname, TY_LAYOUT];

/** A `len` slot's answer as an int object: exact also past 2**53 for a range (whose slot returns
 *  a JS number, CPython's Py_ssize_t) — range(sys.maxsize) has length sys.maxsize. */
export function lenResult(self: number, n: number): number {
  if (n >= 2 ** 53) {
    if (layoutOf(self) === L_RANGE) return mem[self + 5]; // RG_LEN (objects/range.ts)
    const big = bigLenResult.v; // a Python __len__'s own int (runtime/protocol.ts)
    bigLenResult.v = 0;
    if (big !== 0) return big;
  }
  return intFromNumber(n);
}
