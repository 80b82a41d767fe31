// CPython's builtin descriptor classes over our two descriptor layouts, without new heap layouts:
// an L_BUILTIN is a method_descriptor (kind method: list.append), a wrapper_descriptor (kind
// method, impl flagged as a slot wrapper: list.__add__), a classmethod_descriptor (kind class
// method: dict.__dict__['fromkeys']), a method-wrapper (bound slot wrapper: [].__add__) or a
// builtin_function_or_method (everything else); an L_PROPERTY is a property (P_BUILTIN 0), a
// getset_descriptor (1: int.real) or a member_descriptor (2: a __slots__ member, 3: a builtin
// READONLY member). typeOf asks descriptorClassOf for these two layouts (layoutType holds 0 for
// them). The classes are final, with CPython's reprs, attributes and messages.
import { mem } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import { L_BUILTIN, L_MODULE, L_PROPERTY, L_STR } from '../runtime/layouts';
import { K, T, layoutOf, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { BF_INDEX, BF_KIND, BF_NAME, BF_OWNER, BF_SELF, bindBuiltin, callBuiltin, isSlotWrapper, tpName } from './builtin_function';
export { tpName };
import { P_BUILTIN, P_DOC, P_GET, P_NAME, P_SET, propertyType } from './descriptors';
import { TF_HEAPTYPE, TY_DICT, TY_QUALNAME, isSubtype, typeFlags, typeName } from './type_core';
import { intern, newStr, strJs } from './str_core';
import { dictGetStr } from './dict_core';
import { attributeError, typeError } from '../runtime/errors';
import { builtinFunctionGetters, builtinReduce } from './method';
import { identity } from '../runtime/identity';
import { hashOf } from '../runtime/protocol';
import { slotTextSignature } from './slot_docs';

/** The class of an L_BUILTIN or L_PROPERTY object (before the bootstrap made the descriptor
 *  classes: builtin_function_or_method and property). */
export function descriptorClassOf(v: number, l: number): number {
  if (l === L_BUILTIN) {
    const kind = mem[v + BF_KIND];
    if (kind === 3) return (isSlotWrapper(v) ? T.wrapper_descriptor : T.method_descriptor) || T.builtin_function_or_method;
    if (kind === 5) return T.classmethod_descriptor || T.builtin_function_or_method;
    if (mem[v + BF_SELF] !== 0 && isSlotWrapper(v)) return T.method_wrapper || T.builtin_function_or_method;
    return T.builtin_function_or_method;
  }
  const f = mem[v + P_BUILTIN];
  if (f === 1) return T.property;
  return (f === 3 ? T.getset_descriptor : T.member_descriptor) || T.property;
}

/** CPython's descr_check: a descriptor applies to instances of its class only. */
function checkApplies(name: string, owner: number, obj: number): void {
  if (owner === 0) return;
  const c = typeOf(obj);
  if (c !== owner && !isSubtype(c, owner)) typeError(`descriptor '${name}' for '${tpName(owner)}' objects doesn't apply to a '${tpName(c)}' object`);
}

// ── method_descriptor, wrapper_descriptor, classmethod_descriptor, method-wrapper ──
function bname(b: number): string { return strJs(mem[b + BF_NAME]); }
function owned(b: number): boolean {
  const o = mem[b + BF_OWNER];
  return o !== 0 && layoutOf(o) !== L_MODULE;
}
function qualname(b: number): number {
  const o = mem[b + BF_OWNER];
  return owned(b) ? newStr(`${strJs(mem[o + TY_QUALNAME])}.${bname(b)}`) : mem[b + BF_NAME];
}

const methodGetters: Record<string, (self: number) => number> = {
  __name__: (b) => mem[b + BF_NAME],
  __qualname__: qualname,
  __objclass__: (b) => (owned(b) ? mem[b + BF_OWNER] : K.None),
  __doc__: (b) => builtinFunctionGetters.__doc__(b),
  __text_signature__: (b) => slotSignature(b),
};

/** A slot wrapper's text signature (slot_docs.ts), None for the other builtin methods. */
function slotSignature(b: number): number {
  const sig = isSlotWrapper(b) ? slotTextSignature(bname(b)) : undefined;
  return sig === undefined ? K.None : newStr(sig);
}

function methodSlots(what: string, name: string): TypeDef['slots'] {
  return {
    call: (self, args, kw) => callBuiltin(self, args, kw),
    repr: (b) => newStr(owned(b) ? `<${what} '${bname(b)}' of '${tpName(mem[b + BF_OWNER])}' objects>` : `<built-in function ${bname(b)}>`),
    descrGet: (b, obj, type) => {
      if (mem[b + BF_KIND] === 5) {
        // CPython's classmethod_get: binds to the class (of obj), which must be a subclass
        const cls = type !== 0 ? type : typeOf(obj);
        const o = mem[b + BF_OWNER];
        if (o !== 0 && cls !== o && !isSubtype(cls, o)) {
          typeError(`descriptor '${bname(b)}' requires a subtype of '${tpName(o)}' but received '${tpName(cls)}'`);
        }
        return bindBuiltin(b, cls);
      }
      // (no check here: the generic slots bind a class's dunder to their operand and call it,
      // whose own check has CPython's message, as CPython calls a method descriptor unbound)
      return obj === 0 ? b : bindBuiltin(b, obj);
    },
  };
}

/** `__get__` called from Python code: CPython's descr_check first. */
function checkedGet(a: number[]): number {
  const b = a[0];
  if (a.length < 2) typeError(` expected at least 1 argument, got ${a.length - 1}`);
  if (a.length > 3) typeError(` expected at most 2 arguments, got ${a.length - 1}`);
  const obj = a[1] === K.None ? 0 : a[1];
  const type = a.length > 2 && a[2] !== K.None ? a[2] : 0;
  if (obj === 0 && type === 0) typeError('__get__(None, None) is invalid');
  if (obj !== 0 && mem[b + BF_KIND] === 3) checkApplies(bname(b), mem[b + BF_OWNER], obj);
  return methodDescriptorGet(b, obj, type);
}
const methodDescriptorGet = methodSlots('', '')!.descrGet!;

export const methodDescriptorType: TypeDef = {
  name: 'method_descriptor', layout: L_BUILTIN, final: true, slots: methodSlots('method', 'method_descriptor'), getters: methodGetters,
  readonlyMembers: ['__objclass__', '__name__'],
  methods: { __reduce__: (a) => builtinReduce(a), __get__: checkedGet }, noargs: ['__reduce__'],
};

export const wrapperDescriptorType: TypeDef = {
  name: 'wrapper_descriptor', layout: L_BUILTIN, final: true, slots: methodSlots('slot wrapper', 'wrapper_descriptor'), getters: methodGetters,
  readonlyMembers: ['__objclass__', '__name__'],
  methods: { __reduce__: (a) => builtinReduce(a), __get__: checkedGet }, noargs: ['__reduce__'],
};

export const classmethodDescriptorType: TypeDef = {
  name: 'classmethod_descriptor', layout: L_BUILTIN, final: true, slots: methodSlots('method', 'classmethod_descriptor'), getters: methodGetters,
  readonlyMembers: ['__objclass__', '__name__'],
};

export const methodWrapperType: TypeDef = {
  name: 'method-wrapper', layout: L_BUILTIN, final: true,
  slots: {
    call: (self, args, kw) => callBuiltin(self, args, kw),
    repr: (b) => {
      const s = mem[b + BF_SELF];
      return newStr(`<method-wrapper '${bname(b)}' of ${tpName(typeOf(s))} object at 0x${identity(s).toString(16)}>`);
    },
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      if ((b & 1) === 1 || layoutOf(b) !== L_BUILTIN || typeOf(b) !== T.method_wrapper) return K.NotImplemented;
      const eq = mem[a + BF_SELF] === mem[b + BF_SELF] && mem[a + BF_INDEX] === mem[b + BF_INDEX];
      return (op === 2) === eq ? K.True : K.False;
    },
    hash: (b) => (hashOf(mem[b + BF_NAME]) ^ (identity(mem[b + BF_SELF]) | 0)) | 0,
  },
  getters: {
    __name__: (b) => mem[b + BF_NAME],
    __qualname__: qualname,
    __objclass__: (b) => (owned(b) ? mem[b + BF_OWNER] : K.None),
    __self__: (b) => mem[b + BF_SELF],
    __doc__: (b) => builtinFunctionGetters.__doc__(b),
    __text_signature__: (b) => slotSignature(b),
  },
  methods: { __reduce__: (a) => builtinReduce(a) }, noargs: ['__reduce__'],
};

// ── getset_descriptor, member_descriptor ──
/** [name (str), owner class or 0] of a getset or member descriptor. */
function getsetNameOwner(p: number): [number, number] {
  if (mem[p + P_BUILTIN] === 5) return [mem[p + P_NAME], mem[p + P_SET]];
  const g = mem[p + P_GET];
  // (a Python class's __dict__/__weakref__ getset keeps its class in P_NAME: setGetsetOwner)
  const n = mem[p + P_NAME];
  const owner = n !== K.None && n !== 0 && layoutOf(n) !== L_STR ? n : mem[g + BF_OWNER];
  return [mem[g + BF_NAME], owner];
}

/** The class a shared getset (a Python class's __dict__, __weakref__) belongs to. */
export function setGetsetOwner(p: number, owner: number): void {
  if (mem[p + P_BUILTIN] !== 3) return;
  writeBarrier(p);
  mem[p + P_NAME] = owner;
}

function getsetRepr(what: string): (p: number) => number {
  return (p) => {
    const [n, o] = getsetNameOwner(p);
    return newStr(`<${what} '${strJs(n)}' of '${o !== 0 ? tpName(o) : '?'}' objects>`);
  };
}

// (read at call time: module top-level code must not read other modules' exports)
const baseGet = (p: number, obj: number, type: number): number => propertyType.slots!.descrGet!(p, obj, type);
const baseSet = (p: number, obj: number, value: number): void => propertyType.slots!.descrSet!(p, obj, value);

function getsetSlots(what: string, name: string): TypeDef['slots'] {
  return {
    repr: getsetRepr(what),
    descrGet: (p, obj, type) => {
      if (obj === 0) return p;
      const [n, o] = getsetNameOwner(p);
      if (o !== 0 && typeOf(obj) !== o) checkApplies(strJs(n), o, obj);
      return baseGet(p, obj, type);
    },
    descrSet: (p, obj, value) => {
      const [n, o] = getsetNameOwner(p);
      if (o !== 0 && typeOf(obj) !== o) checkApplies(strJs(n), o, obj);
      if (mem[p + P_BUILTIN] === 3 && mem[p + (value === 0 ? P_DEL_ : P_SET)] === K.None) {
        attributeError(`attribute '${strJs(n)}' of '${o !== 0 ? tpName(o) : tpName(typeOf(obj))}' objects is not writable`);
      }
      baseSet(p, obj, value);
    },
  };
}
const P_DEL_ = P_SET + 1;

const getsetGetters: Record<string, (self: number) => number> = {
  __name__: (p) => getsetNameOwner(p)[0],
  __qualname__: (p) => {
    const [n, o] = getsetNameOwner(p);
    return o !== 0 ? newStr(`${strJs(mem[o + TY_QUALNAME])}.${strJs(n)}`) : n;
  },
  __objclass__: (p) => getsetNameOwner(p)[1] || K.None,
  __doc__: (p) => mem[p + P_DOC],
};

export const getsetDescriptorType: TypeDef = {
  name: 'getset_descriptor', layout: L_PROPERTY, final: true, slots: getsetSlots('attribute', 'getset_descriptor'), getters: getsetGetters,
  readonlyMembers: ['__objclass__', '__name__'],
};

export const memberDescriptorType: TypeDef = {
  name: 'member_descriptor', layout: L_PROPERTY, final: true, slots: getsetSlots('member', 'member_descriptor'), getters: getsetGetters,
  readonlyMembers: ['__objclass__', '__name__'],
  methods: {
    // CPython's descr_reduce: (getattr, (owner, name))
    __reduce__: (a) => {
      const [n, o] = getsetNameOwner(a[0]);
      return newTupleOf([builtinGetattr(), newTupleOf([o || K.None, n])]);
    },
  },
  noargs: ['__reduce__'],
};

import { newTuple as newTupleOf } from './tuple_core';
import { builtinsDictRef } from '../runtime/importer';
function builtinGetattr(): number { return dictGetStr(builtinsDictRef(), intern('getattr')); }
