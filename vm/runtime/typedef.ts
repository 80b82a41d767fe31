// Building the builtin classes from TypeDefs: each vm/objects/ file describes its class as one
// TypeDef (its slots in JS, its methods, getters and class attributes), and makeBuiltinType
// turns it into an L_TYPE object whose dict holds builtin method descriptors and, for every
// slot, the dunder wrapper Python code sees (int.__add__, object.__init__, list.__len__...).
import { mem } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import {
  BINOP_DUNDERS, TF_BASETYPE, TY_BASE, TY_BASES, TY_CLASS, TY_DICT, TY_FLAGS, TY_LAYOUT, TY_MRO, TY_NAME,
  TY_QUALNAME, TY_DOC, allocType, builtinSlots, computeMro, typeModified, type Slots, isSubtype, typeName,
} from '../objects/type_core';
import { K, T, typeOf as typeOfRef } from './types';
import { intern, newStr, strJs } from '../objects/str_core';
import { newTuple, tupleLen } from '../objects/tuple_core';
import { dictSet, newDict } from '../objects/dict_core';
import { KIND_CLASSMETHOD, KIND_FUNCTION, KIND_METHOD, defineBuiltin, type BuiltinImpl } from '../objects/builtin_function';
import { pin } from './pinned';
import { typeError } from './errors';
import { CMP_EQ, CMP_GE, CMP_GT, CMP_LE, CMP_LT, CMP_NE, tname } from './protocol';
import { newProperty } from '../objects/descriptors';

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
  classmethods?: Record<string, BuiltinImpl>;
  staticmethods?: Record<string, BuiltinImpl>;
  getters?: Record<string, (self: number) => number>;
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
  const flags = (def.flags ?? 0) | (def.final ? 0 : TF_BASETYPE);
  mem[t + TY_FLAGS] = (flags << 1) | 1;
  mem[t + TY_LAYOUT] = (def.layout << 1) | 1;
  mem[t + TY_DOC] = def.doc !== undefined ? newStrOld(def.doc) : K.None;
  const slots = def.slots ?? {};
  builtinSlots.set(t, slots);
  const put = (name: string, v: number): void => dictSet(d, intern(name), v);
  put('__module__', intern(def.module ?? 'builtins'));
  put('__doc__', mem[t + TY_DOC]);
  addSlotWrappers(t, def.name, slots, put);
  const noargs = new Set(def.noargs ?? []);
  for (const [name, impl] of Object.entries(def.methods ?? {})) {
    put(name, defineBuiltin(name, noargs.has(name) ? noArgs(`${def.name}.${name}`, impl) : impl, KIND_METHOD, t));
  }
  for (const [name, impl] of Object.entries(def.classmethods ?? {})) put(name, defineBuiltin(name, impl, KIND_CLASSMETHOD, t));
  for (const [name, impl] of Object.entries(def.staticmethods ?? {})) put(name, defineBuiltin(name, impl, KIND_FUNCTION, t));
  for (const [name, get] of Object.entries(def.getters ?? {})) {
    const set = def.setters?.[name];
    const fget = defineBuiltin(name, (a) => get(a[0]), KIND_FUNCTION, t);
    const fset = set ? defineBuiltin(name, (a) => (set(a[0], a[1]), K.None), KIND_FUNCTION, t) : K.None;
    const del = def.deleters?.[name];
    const fdel = del ? defineBuiltin(name, (a) => (del(a[0]), K.None), KIND_FUNCTION, t) : K.None;
    put(name, newProperty(fget, fset, fdel, K.None, true));
  }
  for (const [name, make] of Object.entries(def.attrs ?? {})) put(name, make());
  typeModified();
  return t;
}

/** Wraps a METH_NOARGS-style method: only self may be passed. */
function noArgs(qualname: string, impl: BuiltinImpl): BuiltinImpl {
  return (a, kw) => {
    if (kw !== 0 && tupleLen(kw) > 0) typeError(`${qualname}() takes no keyword arguments`);
    if (a.length !== 1) typeError(`${qualname}() takes no arguments (${a.length - 1} given)`);
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
function addSlotWrappers(t: number, cname: string, s: Partial<Slots>, put: (n: string, v: number) => void): void {
  const m = (name: string, impl: BuiltinImpl): void => put(name, defineBuiltin(name, impl, KIND_METHOD, t));
  const self1 = (name: string, f: ((a: number) => number) | null | undefined): void => {
    if (f) m(name, (a) => { argc(name, a, 1); return f(a[0]); });
  };
  self1('__repr__', s.repr);
  self1('__str__', s.str);
  if (s.hash) {
    const h = s.hash;
    m('__hash__', (a) => { argc('__hash__', a, 1); return (h(a[0]) << 1) | 1; });
  }
  if (s.richcompare) {
    const rc = s.richcompare;
    for (const [n, op] of cmpNames()) m(n, (a) => { argc(n, a, 2); return rc(a[0], a[1], op); });
  }
  if (s.bool) {
    const b = s.bool;
    m('__bool__', (a) => { argc('__bool__', a, 1); return b(a[0]) ? K.True : K.False; });
  }
  if (s.len) {
    const l = s.len;
    m('__len__', (a) => { argc('__len__', a, 1); return (l(a[0]) << 1) | 1; });
  }
  if (s.getattro) {
    const g = s.getattro;
    m('__getattribute__', (a) => {
      argc('__getattribute__', a, 2);
      const name = attrName(a[1]);
      const r = g(a[0], name);
      return r !== 0 ? r : missing(a[0], name);
    });
  }
  if (s.setattro) {
    const st = s.setattro;
    m('__setattr__', (a) => { argc('__setattr__', a, 3); st(a[0], attrName(a[1]), a[2]); return K.None; });
    m('__delattr__', (a) => { argc('__delattr__', a, 2); st(a[0], attrName(a[1]), 0); return K.None; });
  }
  self1('__iter__', s.iter);
  if (s.next) {
    const nx = s.next;
    m('__next__', (a) => {
      argc('__next__', a, 1);
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
    m('__getitem__', (a) => { argc('__getitem__', a, 2); return g(a[0], a[1]); });
  }
  if (s.setitem) {
    const st = s.setitem;
    m('__setitem__', (a) => { argc('__setitem__', a, 3); st(a[0], a[1], a[2]); return K.None; });
    m('__delitem__', (a) => { argc('__delitem__', a, 2); st(a[0], a[1], 0); return K.None; });
  }
  if (s.contains) {
    const c = s.contains;
    m('__contains__', (a) => { argc('__contains__', a, 2); return c(a[0], a[1]) ? K.True : K.False; });
  }
  if (s.descrGet) {
    const g = s.descrGet;
    m('__get__', (a) => g(a[0], a[1] === K.None ? 0 : a[1], a.length > 2 && a[2] !== K.None ? a[2] : 0));
  }
  if (s.descrSet) {
    const st = s.descrSet;
    m('__set__', (a) => { argc('__set__', a, 3); st(a[0], a[1], a[2]); return K.None; });
    m('__delete__', (a) => { argc('__delete__', a, 2); st(a[0], a[1], 0); return K.None; });
  }
  if (s.init) {
    const i = s.init;
    m('__init__', (a, kw) => { i(a[0], a.slice(1), kw); return K.None; });
  }
  if (s.new) {
    const nw = s.new;
    // __new__ is a static method taking the class first
    put('__new__', defineBuiltin('__new__', (a, kw) => {
      if (a.length === 0) typeError(`${cname}.__new__(): not enough arguments`);
      if (a[0] !== t && (a[0] & 1) === 0 && typeOfRef(a[0]) === T.type && !isSubtype(a[0], t)) {
        typeError(`${cname}.__new__(${typeName(a[0])}): ${typeName(a[0])} is not a subtype of ${cname}`);
      }
      return nw(a[0], a.slice(1), kw);
    }, KIND_FUNCTION, t));
  }
  for (let op = 0; op < 13; op++) {
    const f = s.nb?.[op];
    if (f) {
      const base = BINOP_DUNDERS[op];
      m(`__${base}__`, (a) => { argc(`__${base}__`, a, 2); return f(a[0], a[1]); });
      m(`__r${base}__`, (a) => { argc(`__r${base}__`, a, 2); return f(a[1], a[0]); });
    }
    const fi = s.nbi?.[op];
    if (fi) {
      const base = BINOP_DUNDERS[op];
      m(`__i${base}__`, (a) => { argc(`__i${base}__`, a, 2); return fi(a[0], a[1]); });
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

function argc(name: string, a: number[], n: number): void {
  if (a.length !== n) {
    if (a.length === 0) typeError(`descriptor '${name}' needs an argument`);
    typeError(`expected ${n - 1} argument${n - 1 === 1 ? '' : 's'}, got ${a.length - 1}`);
  }
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
