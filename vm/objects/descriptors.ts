// property, staticmethod and classmethod: the descriptor classes written in Python code as
// decorators. property payload: [fget, fset, fdel, doc, builtin flag (tagged)]; builtin
// properties (getters of builtin classes) report "attribute ... is not writable" as CPython's
// getset descriptors do. staticmethod/classmethod payload: [callable, dict].
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_CLASSMETHOD, L_PROPERTY, L_STATICMETHOD } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import { attributeError, typeError } from '../runtime/errors';
import { callObject } from '../interp/call';
import { newMethod } from './method';
import { typeInfo, typeName } from './type_core';
import { strJs } from './str_core';
import type { TypeDef } from '../runtime/typedef';
import { bindArgs } from './builtin_function';
import { getattrOpt, tname } from '../runtime/protocol';
import { intern } from './str_core';
import { memberGet, memberSet } from './type';

export const P_GET = 2;
export const P_SET = 3;
export const P_DEL = 4;
export const P_DOC = 5;
export const P_BUILTIN = 6;
export const P_NAME = 7;

export function newProperty(fget: number, fset: number, fdel: number, doc: number, builtin = false): number {
  const r = alloc(L_PROPERTY, 6, SCAN_ALL);
  mem[r + P_GET] = fget;
  mem[r + P_SET] = fset;
  mem[r + P_DEL] = fdel;
  mem[r + P_DOC] = doc;
  mem[r + P_BUILTIN] = builtin ? 3 : 1;
  mem[r + P_NAME] = K.None;
  return r;
}

function propName(p: number, obj: number): string {
  const n = mem[p + P_NAME];
  if (n !== K.None && n !== 0) return `'${strJs(n)}'`;
  const g = mem[p + P_GET];
  if (g !== K.None) {
    const qn = getattrOpt(g, intern('__name__'));
    if (qn !== 0) return `'${strJs(qn)}'`;
  }
  void obj;
  return '';
}

export const propertyType: TypeDef = {
  name: 'property',
  layout: L_PROPERTY,
  slots: {
    descrGet(self, obj) {
      if (obj === 0) return self;
      if (mem[self + P_BUILTIN] === 5) return memberGet(self, obj);
      const g = mem[self + P_GET];
      if (g === K.None) return attributeError(`property ${propName(self, obj)} of '${tname(obj)}' object has no getter`);
      return callObject(g, [obj], 0);
    },
    descrSet(self, obj, value) {
      if (mem[self + P_BUILTIN] === 5) return memberSet(self, obj, value);
      const builtin = mem[self + P_BUILTIN] === 3;
      if (value === 0) {
        const d = mem[self + P_DEL];
        if (d === K.None) {
          if (builtin) attributeError(`attribute '${strJs(mem[mem[self + P_GET] + 2])}' of '${tname(obj)}' objects is not writable`);
          attributeError(`property ${propName(self, obj)} of '${tname(obj)}' object has no deleter`);
        }
        callObject(d, [obj], 0);
        return;
      }
      const s = mem[self + P_SET];
      if (s === K.None) {
        if (builtin) attributeError(`attribute '${strJs(mem[mem[self + P_GET] + 2])}' of '${tname(obj)}' objects is not writable`);
        attributeError(`property ${propName(self, obj)} of '${tname(obj)}' object has no setter`);
      }
      callObject(s, [obj, value], 0);
    },
    new(cls) {
      const r = newProperty(K.None, K.None, K.None, K.None);
      if (cls !== T.property) typeError('subclassing property is not supported yet');
      return r;
    },
    init(self, args, kwnames) {
      const [fget, fset, fdel, doc] = bindArgs('property', args, kwnames, ['fget?', 'fset?', 'fdel?', 'doc?']);
      writeBarrier(self);
      mem[self + P_GET] = fget || K.None;
      mem[self + P_SET] = fset || K.None;
      mem[self + P_DEL] = fdel || K.None;
      let d = doc || K.None;
      if (d === K.None && mem[self + P_GET] !== K.None) d = getattrOpt(mem[self + P_GET], intern('__doc__')) || K.None;
      mem[self + P_DOC] = d;
    },
  },
  methods: {
    getter: (a) => copyWith(a[0], P_GET, a[1]),
    setter: (a) => copyWith(a[0], P_SET, a[1]),
    deleter: (a) => copyWith(a[0], P_DEL, a[1]),
    __set_name__: (a) => {
      writeBarrier(a[0]);
      mem[a[0] + P_NAME] = a[2];
      return K.None;
    },
  },
  getters: {
    fget: (self) => mem[self + P_GET],
    fset: (self) => mem[self + P_SET],
    fdel: (self) => mem[self + P_DEL],
    __doc__: (self) => mem[self + P_DOC],
    __isabstractmethod__: (self) => {
      for (const f of [mem[self + P_GET], mem[self + P_SET], mem[self + P_DEL]]) {
        if (f !== K.None) {
          const v = getattrOpt(f, intern('__isabstractmethod__'));
          if (v === K.True) return K.True;
        }
      }
      return K.False;
    },
  },
};

function copyWith(p: number, field: number, f: number): number {
  const r = newProperty(mem[p + P_GET], mem[p + P_SET], mem[p + P_DEL], mem[p + P_DOC]);
  mem[r + field] = f;
  mem[r + P_NAME] = mem[p + P_NAME];
  if (field === P_GET && mem[p + P_DOC] === K.None) mem[r + P_DOC] = getattrOpt(f, intern('__doc__')) || K.None;
  return r;
}

// ── staticmethod / classmethod ──
export const SM_FUNC = 2;
export const SM_DICT = 3;

function newWrapper(layout: number, f: number): number {
  const r = alloc(layout, 2, SCAN_ALL);
  mem[r + SM_FUNC] = f;
  return r;
}

export const staticmethodType: TypeDef = {
  name: 'staticmethod',
  layout: L_STATICMETHOD,
  slots: {
    descrGet: (self) => mem[self + SM_FUNC],
    new: (_cls, args) => {
      if (args.length !== 1) typeError(`staticmethod expected 1 argument, got ${args.length}`);
      return newWrapper(L_STATICMETHOD, args[0]);
    },
    call: (self, args, kw) => callObject(mem[self + SM_FUNC], args, kw),
  },
  getters: {
    __func__: (self) => mem[self + SM_FUNC],
    __wrapped__: (self) => mem[self + SM_FUNC],
    __isabstractmethod__: (self) => getattrOpt(mem[self + SM_FUNC], intern('__isabstractmethod__')) || K.False,
  },
};

export const classmethodType: TypeDef = {
  name: 'classmethod',
  layout: L_CLASSMETHOD,
  slots: {
    descrGet: (self, obj, type) => {
      const cls = type !== 0 ? type : typeOf(obj);
      const f = mem[self + SM_FUNC];
      // classmethod(property) chains the descriptor (3.9-3.12 behaviour)
      const get = typeInfo(typeOf(f)).slots.descrGet;
      if (get !== null && typeOf(f) !== T.function && typeOf(f) !== T.builtin_function_or_method && typeName(typeOf(f)) !== 'function') {
        return get(f, cls, cls);
      }
      return newMethod(f, cls);
    },
    new: (_cls, args) => {
      if (args.length !== 1) typeError(`classmethod expected 1 argument, got ${args.length}`);
      return newWrapper(L_CLASSMETHOD, args[0]);
    },
  },
  getters: {
    __func__: (self) => mem[self + SM_FUNC],
    __wrapped__: (self) => mem[self + SM_FUNC],
    __isabstractmethod__: (self) => getattrOpt(mem[self + SM_FUNC], intern('__isabstractmethod__')) || K.False,
  },
};
