// method: a function bound to an instance (or, for classmethods, to a class).
// payload: [function, self]. Created on attribute access; the interpreter's LOAD_METHOD/CALL
// path avoids creating them for the common obj.method(...) call.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_FUNCTION, L_METHOD, L_MODULE, L_TYPE } from '../runtime/layouts';
import { tupleLen } from './tuple_core';
import { typeInfo } from './type_core';
import { BF_NAME, BF_OWNER, BF_SELF } from './builtin_function';
import { TY_QUALNAME } from './type_core';
import type { TypeDef } from '../runtime/typedef';
import { K, layoutOf, typeOf } from '../runtime/types';
import { callObject } from '../interp/call';
import { genericGetattr, getattr, getattrOpt, hashOf, richEq, reprJs } from '../runtime/protocol';
import { intern, newStr, strJs } from './str_core';
import { typeError } from '../runtime/errors';

export const M_FUNC = 2;
export const M_SELF = 3;

export function newMethod(func: number, self: number): number {
  const r = alloc(L_METHOD, 2, SCAN_ALL);
  mem[r + M_FUNC] = func;
  mem[r + M_SELF] = self;
  return r;
}

export const methodType: TypeDef = {
  name: 'method',
  layout: L_METHOD,
  final: true,
  slots: {
    call: (self, args, kw) => callObject(mem[self + M_FUNC], [mem[self + M_SELF], ...args], kw),
    repr: (self) => {
      const f = mem[self + M_FUNC];
      const qn = getattrOpt(f, intern('__qualname__')) || getattrOpt(f, intern('__name__'));
      return newStr(`<bound method ${qn ? strJs(qn) : '?'} of ${reprJs(mem[self + M_SELF])}>`);
    },
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      if ((b & 1) === 1 || (mem[b] & 0x7ff) !== L_METHOD) return K.NotImplemented;
      const eq = mem[a + M_SELF] === mem[b + M_SELF] && richEq(mem[a + M_FUNC], mem[b + M_FUNC]);
      return (op === 2) === eq ? K.True : K.False;
    },
    hash: (self) => (hashOf(mem[self + M_FUNC]) ^ (mem[self + M_SELF] >>> 3)) | 0,
    getattro: (self, name) => {
      const f = mem[self + M_FUNC];
      const s = strJs(name);
      if (s === '__func__') return f;
      if (s === '__self__') return mem[self + M_SELF];
      // CPython's method_getattro: what the method's class has (its __reduce__, __class__,
      // __eq__, ... bound to the method) comes first; everything else is the function's
      if (typeInfo(typeOf(self)).lookup(name) !== 0) return genericGetattr(self, name);
      return getattrOpt(f, name);
    },
    descrGet: (self) => self,
    // types.MethodType(function, instance), with method_new's checks
    new: (_cls, args, kwnames) => {
      if (kwnames !== 0 && tupleLen(kwnames) > 0) typeError('method() takes no keyword arguments');
      if (args.length !== 2) typeError(`method expected 2 arguments, got ${args.length}`);
      const [func, self] = args;
      const l = layoutOf(func);
      if (l !== L_FUNCTION && l !== L_TYPE && typeInfo(typeOf(func)).slots.call === null) typeError('first argument must be callable');
      if (self === K.None) typeError('instance must not be None');
      return newMethod(func, self);
    },
  },
  getters: {
    // the function's, as CPython's method_get_doc (object's own __doc__ would come first)
    __doc__: (m) => getattr(mem[m + M_FUNC], intern('__doc__')),
  },
  methods: {
    // CPython's method_reduce: (getattr, (self, the function's __name__))
    __reduce__: (a) => {
      const m = a[0];
      const getattrFn = dictGetStr(builtinsDictRef(), intern('getattr'));
      return newTuple([getattrFn, newTuple([mem[m + M_SELF], getattr(mem[m + M_FUNC], intern('__name__'))])]);
    },
  },
};

export const _keep = [getattr];

// ── attributes of builtin_function_or_method (len.__name__, [].append.__self__, ...) ──
// payload of L_BUILTIN: see builtin_function.ts (name, self or 0, impl index, kind, owner class).
function builtinQualname(b: number): number {
  const name = mem[b + BF_NAME];
  const self = mem[b + BF_SELF];
  let owner = 0;
  if (self !== 0 && self !== K.None) {
    if (layoutOf(self) === L_MODULE) return name;
    owner = layoutOf(self) === L_TYPE ? self : typeOf(self);
  } else owner = mem[b + BF_OWNER];
  if (owner === 0 || layoutOf(owner) === L_MODULE) return name;
  return newStr(`${strJs(mem[owner + TY_QUALNAME])}.${strJs(name)}`);
}

export const builtinFunctionGetters: Record<string, (self: number) => number> = {
  __name__: (b) => mem[b + BF_NAME],
  __qualname__: (b) => builtinQualname(b),
  __self__: (b) => {
    const s = mem[b + BF_SELF];
    if (s !== 0) return s;
    const owner = mem[b + BF_OWNER];
    if (owner !== 0 && layoutOf(owner) === L_MODULE) return owner;
    return owner === 0 ? builtinsModuleOrNone() : K.None;
  },
  __module__: (b) => {
    const s = mem[b + BF_SELF];
    if (s !== 0 && s !== K.None && layoutOf(s) === L_MODULE) return getattrOpt(s, intern('__name__')) || K.None;
    const owner = mem[b + BF_OWNER];
    if (s === 0 && owner !== 0 && layoutOf(owner) === L_MODULE) return getattrOpt(owner, intern('__name__')) || K.None;
    return s === 0 && owner === 0 ? intern('builtins') : K.None;
  },
  __doc__: (b) => {
    // a method named after a slot: CPython's slot wrapper doc (slot_docs.ts)
    const s = mem[b + BF_SELF];
    const owner = mem[b + BF_OWNER];
    if ((owner === 0 || layoutOf(owner) === L_MODULE) && (s === 0 || s === K.None || layoutOf(s) === L_MODULE)) {
      // a function of the builtins module: CPython's doc for those with doctest examples
      const own = owner === 0 && (s === 0 || s === K.None) ? BUILTIN_DOCS.get(strJs(mem[b + BF_NAME])) : undefined;
      return own === undefined ? K.None : newStr(own);
    }
    const qn = strJs(builtinQualname(b));
    const doc = BUILTIN_DOCS.get(qn) ?? METHOD_SLOT_DOCS.get(qn) ?? SLOT_DOCS.get(strJs(mem[b + BF_NAME]));
    return doc === undefined ? K.None : newStr(doc);
  },
  __text_signature__: () => K.None,
};

/** Pickling a builtin: by name (pickle finds it as module.qualname), or (getattr, (owner or
 *  self, name)) for a method, as CPython's meth_reduce / method_descriptor reduce. */
export function builtinReduce(a: number[]): number {
  const b = a[0];
  const s = mem[b + BF_SELF];
  const owner = mem[b + BF_OWNER];
  if ((s === 0 && (owner === 0 || layoutOf(owner) === L_MODULE)) || (s !== 0 && s !== K.None && layoutOf(s) === L_MODULE)) return mem[b + BF_NAME];
  const getattrFn = dictGetStr(builtinsDictRef(), intern('getattr'));
  return newTuple([getattrFn, newTuple([s !== 0 ? s : owner, mem[b + BF_NAME]])]);
}
import { builtinsDictRef, builtinsModule } from '../runtime/importer';
import { METHOD_SLOT_DOCS, SLOT_DOCS } from './slot_docs';
import { BUILTIN_DOCS } from './builtin_docs';
import { dictGetStr } from './dict_core';
import { newTuple } from './tuple_core';

function builtinsModuleOrNone(): number {
  // len.__self__ is the builtins module, as CPython's m_self
  return builtinsModule() || K.None;
}
