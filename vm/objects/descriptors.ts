// property, staticmethod and classmethod: the descriptor classes written in Python code as
// decorators. property payload: [fget, fset, fdel, doc, builtin flag (tagged), name, flags];
// builtin properties (getters of builtin classes) report "attribute ... is not writable" as
// CPython's getset descriptors do. An instance of a Python subclass of property is an L_BOXED
// [class, __dict__, property] (boxed.ts), as for the immutable builtins: every slot and method
// here unboxes its self first. staticmethod/classmethod payload: [callable, __dict__ or 0]; the
// __dict__ starts with the wrapped callable's __module__, __name__, __qualname__, __doc__ and
// __annotations__ (CPython 3.10+'s functools_wraps).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_CLASSMETHOD, L_PROPERTY, L_STATICMETHOD, L_STR, L_TYPE } from '../runtime/layouts';
import { K, T, layoutOf, typeOf } from '../runtime/types';
import { attributeError, typeError } from '../runtime/errors';
import { callObject } from '../interp/call';
import { newMethod } from './method';
import { typeInfo, typeName } from './type_core';
import { newStr, strJs } from './str_core';
import type { TypeDef } from '../runtime/typedef';
import { BF_NAME, BF_OWNER, bindArgs, tpName } from './builtin_function';
import { getattrOpt, ownDictFor, reprJs, setattr, tname, truthy } from '../runtime/protocol';
import { newBoxed, unbox } from './boxed';
import { intern } from './str_core';
import { tupleLen } from './tuple_core';
import { memberGet, memberSet } from './type';

/** CPython's _PyObject_IsAbstract: f.__isabstractmethod__ is true (its __bool__ may raise). */
function isAbstract(f: number): boolean {
  const v = getattrOpt(f, intern('__isabstractmethod__'));
  return v !== 0 && truthy(v);
}

export const P_GET = 2;
export const P_SET = 3;
export const P_DEL = 4;
export const P_DOC = 5;
export const P_BUILTIN = 6;
export const P_NAME = 7;
/** Tagged flags: PF_GETTER_DOC when the doc was taken from fget (CPython's getter_doc). */
export const P_FLAGS = 8;
const PF_GETTER_DOC = 1;

/** P_BUILTIN (tagged): 0 a property, 1 a builtin getter (getset), 2 a __slots__ member, 3 a
 *  builtin READONLY member (TypeDef.readonlyMembers). */
export function newProperty(fget: number, fset: number, fdel: number, doc: number, builtin = false, readonlyMember = false): number {
  const r = alloc(L_PROPERTY, 7, SCAN_ALL);
  mem[r + P_FLAGS] = 1;
  mem[r + P_GET] = fget;
  mem[r + P_SET] = fset;
  mem[r + P_DEL] = fdel;
  mem[r + P_DOC] = doc;
  mem[r + P_BUILTIN] = readonlyMember ? 7 : builtin ? 3 : 1;
  mem[r + P_NAME] = K.None;
  return r;
}

/** The property object of a property or of an instance of a subclass of property. */
function prop(v: number): number {
  const p = unbox(v);
  if ((p & 1) === 1 || (mem[p] & 0x7ff) !== L_PROPERTY) typeError(`descriptor requires a 'property' object but received a '${tname(v)}'`);
  return p;
}

/** CPython's messages name the owner's qualified name. */
function ownerName(obj: number): string {
  const q = getattrOpt(typeOf(obj), intern('__qualname__'));
  return q !== 0 && (q & 1) === 0 && (mem[q] & 0x7ff) === L_STR ? strJs(q) : tname(obj);
}

/** The name part of the "has no getter" messages, with its trailing space ('' when unknown). */
function propName(p: number, obj: number): string {
  // the name __set_name__ gave it only (3.12 also takes the getter's __name__; 3.11 does not)
  const n = mem[p + P_NAME];
  if (n !== K.None && n !== 0) return `'${strJs(n)}' `;
  void obj;
  return '';
}

/** A builtin getset without a setter: CPython names the class that defines it (its getter's
 *  owner: type's __dict__ on a metaclass's class is "of 'type' objects"). */
function notWritable(self: number, obj: number): never {
  const g = mem[self + P_GET];
  const owner = mem[g + BF_OWNER];
  return attributeError(`attribute '${strJs(mem[g + BF_NAME])}' of '${owner !== 0 && layoutOf(owner) === L_TYPE ? tpName(owner) : tname(obj)}' objects is not writable`);
}

export const propertyType: TypeDef = {
  name: 'property',
  layout: L_PROPERTY,
  slots: {
    descrGet(boxed, obj) {
      if (obj === 0) return boxed;
      const self = prop(boxed);
      if (mem[self + P_BUILTIN] === 5) return memberGet(self, obj);
      const g = mem[self + P_GET];
      if (g === K.None) return attributeError(`property ${propName(self, obj)}of '${ownerName(obj)}' object has no getter`);
      return callObject(g, [obj], 0);
    },
    descrSet(boxed, obj, value) {
      const self = prop(boxed);
      if (mem[self + P_BUILTIN] === 5) return memberSet(self, obj, value);
      if (mem[self + P_BUILTIN] === 7) attributeError('readonly attribute');
      const builtin = mem[self + P_BUILTIN] === 3;
      if (value === 0) {
        const d = mem[self + P_DEL];
        if (d === K.None) {
          if (builtin) notWritable(self, obj);
          attributeError(`property ${propName(self, obj)}of '${ownerName(obj)}' object has no deleter`);
        }
        callObject(d, [obj], 0);
        return;
      }
      const s = mem[self + P_SET];
      if (s === K.None) {
        if (builtin) notWritable(self, obj);
        attributeError(`property ${propName(self, obj)}of '${ownerName(obj)}' object has no setter`);
      }
      callObject(s, [obj, value], 0);
    },
    new(cls) {
      const r = newProperty(K.None, K.None, K.None, K.None);
      return cls === T.property ? r : newBoxed(cls, r);
    },
    init(boxed, args, kwnames) {
      const [fget, fset, fdel, doc] = bindArgs('property', args, kwnames, ['fget?', 'fset?', 'fdel?', 'doc?']);
      const self = prop(boxed);
      writeBarrier(self);
      mem[self + P_GET] = fget || K.None;
      mem[self + P_SET] = fset || K.None;
      mem[self + P_DEL] = fdel || K.None;
      let d = doc || K.None;
      let fromGetter = false;
      if (d === K.None && mem[self + P_GET] !== K.None) {
        d = getattrOpt(mem[self + P_GET], intern('__doc__')) || K.None;
        fromGetter = d !== K.None;
      }
      mem[self + P_FLAGS] = ((fromGetter ? PF_GETTER_DOC : 0) << 1) | 1;
      mem[self + P_DOC] = d;
      // a subclass's own __doc__ (its docstring or None) shadows the property's: the getter's doc
      // (even None) goes into the instance too when no doc= was given (its __dict__, or a
      // __doc__ slot; with neither, AttributeError), as CPython 3.11 does
      if (self !== boxed && (doc === 0 || doc === K.None) && mem[self + P_GET] !== K.None) setattr(boxed, intern('__doc__'), d);
    },
  },
  onearg: ['getter', 'setter', 'deleter'],
  methods: {
    getter: (a) => copyWith(a[0], P_GET, a[1]),
    setter: (a) => copyWith(a[0], P_SET, a[1]),
    deleter: (a) => copyWith(a[0], P_DEL, a[1]),
    __set_name__: (a) => {
      if (a.length !== 3) typeError(`__set_name__() takes 2 positional arguments but ${a.length - 1} were given`);
      const self = prop(a[0]);
      writeBarrier(self);
      mem[self + P_NAME] = a[2];
      return K.None;
    },
  },
  readonlyMembers: ['fget', 'fset', 'fdel'],
  getters: {
    fget: (self) => mem[prop(self) + P_GET],
    fset: (self) => mem[prop(self) + P_SET],
    fdel: (self) => mem[prop(self) + P_DEL],
    __doc__: (self) => mem[prop(self) + P_DOC],
    __isabstractmethod__: (boxed) => {
      const self = prop(boxed);
      for (const f of [mem[self + P_GET], mem[self + P_SET], mem[self + P_DEL]]) {
        if (f !== K.None && isAbstract(f)) return K.True;
      }
      return K.False;
    },
  },
  setters: {
    __doc__: (self, v) => {
      const p = prop(self);
      writeBarrier(p);
      mem[p + P_DOC] = v;
    },
  },
  deleters: {
    __doc__: (self) => { // (a writable member: deleting leaves None)
      const p = prop(self);
      writeBarrier(p);
      mem[p + P_DOC] = K.None;
    },
  },
};

/** property.getter/setter/deleter (CPython's property_copy): type(old)(fget, fset, fdel, doc). */
function copyWith(old: number, field: number, f: number): number {
  const p = prop(old);
  const parts = [mem[p + P_GET], mem[p + P_SET], mem[p + P_DEL]];
  parts[field - P_GET] = f;
  const get = parts[0];
  // a doc that came from the old getter is taken from the new one again
  const doc = (mem[p + P_FLAGS] >> 1 & PF_GETTER_DOC) !== 0 && get !== K.None ? K.None : mem[p + P_DOC];
  const r = callObject(typeOf(old), [...parts, doc], 0);
  const rp = unbox(r);
  if ((rp & 1) === 0 && (mem[rp] & 0x7ff) === L_PROPERTY) {
    writeBarrier(rp);
    mem[rp + P_NAME] = mem[p + P_NAME];
  }
  return r;
}

// ── staticmethod / classmethod ──
export const SM_FUNC = 2;
export const SM_DICT = 3;

const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

function newWrapper(layout: number, f: number): number {
  const r = alloc(layout, 2, SCAN_ALL);
  mem[r + SM_FUNC] = f;
  copyWrapped(r, f);
  return r;
}

/** The staticmethod a builtin class keeps in its __dict__ for a static method (bytes.maketrans),
 *  as CPython's PyStaticMethod_New: no attributes copied from the function. */
export function newStaticBuiltin(f: number): number {
  const r = alloc(L_STATICMETHOD, 2, SCAN_ALL);
  mem[r + SM_FUNC] = f;
  return r;
}

function copyWrapped(r: number, f: number): void {
  for (const n of WRAPPED_ATTRS) {
    const name = intern(n);
    const v = getattrOpt(f, name);
    if (v !== 0) setattr(r, name, v);
  }
}

/** The wrapped callable of a staticmethod/classmethod or of an instance of a subclass (boxed). */
function wrapperFunc(self: number): number {
  return mem[unbox(self) + SM_FUNC];
}

/** tp_new of staticmethod/classmethod: a subclass gets a boxed instance (abc.abstractclassmethod). */
function newWrapperOf(layout: number, cls: number, exact: number, what: string, args: number[]): number {
  if (args.length !== 1) typeError(`${what} expected 1 argument, got ${args.length}`);
  if (cls === exact) return newWrapper(layout, args[0]);
  const r = alloc(layout, 2, SCAN_ALL);
  mem[r + SM_FUNC] = args[0];
  const boxed = newBoxed(cls, r);
  copyWrapped(boxed, args[0]); // into the subclass instance's own __dict__
  return boxed;
}

/** tp_init (cm_init/sm_init): super().__init__(f) from a subclass sets the callable again. */
function initWrapper(self: number, args: number[], kwnames: number, what: string): void {
  const n = args.length;
  if (kwnames !== 0 && tupleLen(kwnames) > 0) typeError(`${what}() takes no keyword arguments`);
  if (n !== 1) typeError(`${what} expected 1 argument, got ${n}`);
  const r = unbox(self);
  if (mem[r + SM_FUNC] === args[0]) return;
  writeBarrier(r);
  mem[r + SM_FUNC] = args[0];
  copyWrapped(self, args[0]);
}

/** sm_repr / cm_repr: `<staticmethod(<function f at ...>)>` (a subclass's too, as 3.11's). */
function wrapperRepr(self: number, what: string): number {
  return newStr(`<${what}(${reprJs(wrapperFunc(self))})>`);
}

export const staticmethodType: TypeDef = {
  name: 'staticmethod',
  layout: L_STATICMETHOD,
  slots: {
    descrGet: (self) => wrapperFunc(self),
    repr: (self) => wrapperRepr(self, 'staticmethod'),
    new: (cls, args) => newWrapperOf(L_STATICMETHOD, cls, T.staticmethod, 'staticmethod', args),
    init: (self, args, kwnames) => initWrapper(self, args, kwnames, 'staticmethod'),
    call: (self, args, kw) => callObject(wrapperFunc(self), args, kw),
  },
  readonlyMembers: ['__func__', '__wrapped__'],
  getters: {
    __func__: (self) => wrapperFunc(self),
    __wrapped__: (self) => wrapperFunc(self),
    __dict__: (self) => ownDictFor(unbox(self), SM_DICT),
    __isabstractmethod__: (self) => (isAbstract(wrapperFunc(self)) ? K.True : K.False),
  },
};

export const classmethodType: TypeDef = {
  name: 'classmethod',
  layout: L_CLASSMETHOD,
  slots: {
    descrGet: (self, obj, type) => {
      const cls = type !== 0 ? type : typeOf(obj);
      const f = wrapperFunc(self);
      // classmethod(property) chains the descriptor (3.9-3.12 behaviour)
      const get = typeInfo(typeOf(f)).slots.descrGet;
      // (a bound method has no tp_descr_get in CPython: its __get__ is the function's, forwarded)
      if (get !== null && typeOf(f) !== T.function && typeOf(f) !== T.builtin_function_or_method && typeOf(f) !== T.method && typeName(typeOf(f)) !== 'function') {
        return get(f, cls, cls);
      }
      return newMethod(f, cls);
    },
    repr: (self) => wrapperRepr(self, 'classmethod'),
    new: (cls, args) => newWrapperOf(L_CLASSMETHOD, cls, T.classmethod, 'classmethod', args),
    init: (self, args, kwnames) => initWrapper(self, args, kwnames, 'classmethod'),
  },
  readonlyMembers: ['__func__', '__wrapped__'],
  getters: {
    __func__: (self) => wrapperFunc(self),
    __wrapped__: (self) => wrapperFunc(self),
    __dict__: (self) => ownDictFor(unbox(self), SM_DICT),
    __isabstractmethod__: (self) => (isAbstract(wrapperFunc(self)) ? K.True : K.False),
  },
};
