// object: the root class. Instances of plain user classes are L_INSTANCE objects
//   payload: [class, __dict__ (created on first attribute store), __slots__ values...]
// object's slots are the generic ones every class inherits: attribute access through the MRO
// and the instance dict (protocol.ts genericGetattr/genericSetattr), identity equality and
// hash, the default repr, and object.__new__/__init__ with CPython's excess-argument rules.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { CLASS_WORD, L_DICT, L_INSTANCE, L_MODULE, L_STR, L_TYPE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError, attributeError } from '../runtime/errors';
import {
  genericGetattr, genericSetattr, names as N, richCompare, truthy, tname, instanceDict, setObjectAttrBuiltins,
  strOf, getattrOpt, iterToArray,
} from '../runtime/protocol';
import { identity, identityHash } from '../runtime/identity';
import { intern, newStr, strJs } from './str_core';
import { TF_HAS_DICT, TF_HEAPTYPE, TF_ABSTRACT, TF_SLOTS_IN_DICT, TY_BASE, TY_DICT, TY_QUALNAME, TY_FLAGS, TY_LAYOUT, TY_NSLOTS, TY_SLOTNAMES, typeInfo, typeFlags, typeName, isSubtype, type Slots, type TypeInfo } from './type_core';
import { newDict, dictGetStr, dictKeys } from './dict_core';
import { newList } from './list_core';
import { intFromNumber } from './int_core';
import { newTuple, tupleItems } from './tuple_core';
import { formatValue, formatSpecArg } from './str';
import { registerFinalizer } from './finalizer';
import { defineBuiltin, oneArgCountError, tpName } from './builtin_function';
import { newProperty } from './descriptors';
import { builtinNewOwner, staticNewBase } from './static_new_base';
import { allocInstance, allocInstanceOf, isMap, materialize } from './inline_values';

/** A new plain instance of `cls` (no __init__), with room for its attributes inline
 *  (objects/inline_values.ts). */
export function newInstance(cls: number): number {
  const r = allocInstance(cls);
  if (typeInfo(cls).hasDel) registerFinalizer(r);
  return r;
}

/** newInstance with the class's TypeInfo at hand (interp/inline_init.ts). */
export function newInstanceOf(cls: number, ti: TypeInfo): number {
  const r = allocInstanceOf(cls, ti);
  if (ti.hasDel) registerFinalizer(r);
  return r;
}

/** CPython 3.11's tp_basicsize of a plain instance's class (object.__sizeof__): the header, the
 *  __slots__ words and a __weakref__ word; the __dict__ (managed, before the header) and the
 *  inline values are not in it, so it does not depend on how many attributes the class's
 *  instances keep inline. Other objects: 16. */
export function instanceBasicSize(v: number): number {
  if ((v & 1) === 1 || (mem[v] & 0x7ff) !== L_INSTANCE) return 16;
  const cls = typeOf(v);
  if ((typeFlags(cls) & TF_HEAPTYPE) === 0) return 16;
  return 16 + 8 * (mem[cls + TY_NSLOTS] >> 1) + (typeInfo(cls).lookup(intern('__weakref__')) !== 0 ? 8 : 0);
}

/** The qualified name CPython shows in reprs: module.qualname, without builtins. */
export function classDisplayName(t: number): string {
  const d = mem[t + TY_DICT];
  const mod = d !== 0 ? dictGetStr(d, N.module) : 0;
  const qn = getattrOpt(t, N.qualname);
  const name = qn !== 0 ? strJs(qn) : typeName(t);
  if (mod === 0 || (mod & 1) === 1 || layoutOf(mod) !== L_STR) return name;
  const m = strJs(mod);
  return m === 'builtins' ? name : `${m}.${name}`;
}

export const objectGetattro = (obj: number, name: number): number => {
  const v = genericGetattr(obj, name);
  if (v !== 0) return v;
  if (name === N.dict) return dictOf(obj);
  return 0;
};

/** Sets (or with 0 drops) the __dict__ of an instance, with CPython's checks. */
function setDictOf(obj: number, value: number): void {
  // (a class or module whose class also has a Python base with __dict__: the builtin base's own
  // __dict__, read-only, wins: CPython's get_builtin_base_with_dict)
  const l = layoutOf(obj);
  if (l === L_TYPE) attributeError(`attribute '__dict__' of 'type' objects is not writable`);
  if (l === L_MODULE) attributeError('readonly attribute');
  if (value !== 0 && layoutOf(value) !== L_DICT) typeError(`__dict__ must be set to a dictionary, not a '${tname(value)}'`);
  if ((obj & 1) === 1 || CLASS_WORD[mem[obj] & 0x7ff] !== 1 || (typeFlags(typeOf(obj)) & (TF_HAS_DICT | TF_SLOTS_IN_DICT)) !== TF_HAS_DICT) {
    attributeError(`'${tname(obj)}' object has no attribute '__dict__'`);
  }
  readBarrier(obj);
  if (isMap(mem[obj + 3])) materialize(obj); // (zeroes the inline values: they must not keep objects alive)
  writeBarrier(obj);
  mem[obj + 3] = value;
}

/** The builtins behind the `__dict__` descriptor of classes that give their instances one
 *  (CPython's subtype_dict getset), made by the bootstrap. */
let dictGetter = 0;
let dictSetter = 0;
let dictDeleter = 0;
export function initDictAttr(): void {
  dictGetter = defineBuiltin('__dict__', (a) => layoutOf(a[0]) === L_TYPE ? newMappingProxy(mem[a[0] + TY_DICT]) : dictOf(a[0]) || attributeError(`'${tname(a[0])}' object has no attribute '__dict__'`));
  dictSetter = defineBuiltin('__dict__', (a) => (setDictOf(a[0], a[1]), K.None));
  dictDeleter = defineBuiltin('__dict__', (a) => (setDictOf(a[0], 0), K.None));
}

/** The `__dict__` descriptor for a new class whose instances have a __dict__, or 0 when a base
 *  already provides one (CPython adds it to the first such class of the hierarchy). */
export function dictDescriptorFor(bases: number[], hasDict: boolean): number {
  if (!hasDict || dictGetter === 0) return 0;
  for (const b of bases) if (typeInfo(b).lookup(N.dict) !== 0) return 0;
  return newProperty(dictGetter, dictSetter, dictDeleter, K.None, true);
}

function dictOf(obj: number): number {
  if ((obj & 1) === 0 && CLASS_WORD[mem[obj] & 0x7ff] === 1) readBarrier(obj); // class and __dict__ words
  // (a dict word holding only __slots__ values is no __dict__: objects/slots_in_dict.ts)
  if ((obj & 1) === 0 && CLASS_WORD[mem[obj] & 0x7ff] === 1 && (typeFlags(typeOf(obj)) & (TF_HAS_DICT | TF_SLOTS_IN_DICT)) === TF_HAS_DICT) {
    let d = mem[obj + 3];
    if (isMap(d)) return materialize(obj);
    if (d === 0) {
      d = newDict();
      writeBarrier(obj);
      mem[obj + 3] = d;
    }
    return d;
  }
  return 0;
}

function excessArgs(args: number[], kwnames: number): boolean {
  return args.length > 0 || (kwnames !== 0 && (mem[kwnames + 2] >> 1) > 0);
}

const objectNew: NonNullable<Slots['new']> = (cls, args, kwnames) => {
  if (excessArgs(args, kwnames)) {
    const ti = typeInfo(cls);
    if (ti.slots.new !== objectNew) typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (ti.slots.init === objectInit) typeError(`${typeName(cls)}() takes no arguments`);
  }
  if ((typeFlags(cls) & TF_ABSTRACT) !== 0) {
    const abs = getattrOpt(cls, intern('__abstractmethods__'));
    if (abs !== 0) {
      const names = iterToArray(abs).map(strJs).sort();
      if (names.length > 0) {
        typeError(`Can't instantiate abstract class ${typeName(cls)} with abstract method${names.length > 1 ? 's' : ''} ${names.join(', ')}`);
      }
    }
  }
  const layout = mem[cls + TY_LAYOUT] >> 1;
  if (layout !== L_INSTANCE) {
    // object.__new__(X) where X's first builtin base has its own __new__ (tp_new_wrapper's check)
    const c = staticNewBase(cls);
    const own = c !== 0 ? typeInfo(builtinNewOwner(c)).slots.new : null;
    if (own !== null && own !== objectNew) typeError(`object.__new__(${tpName(cls)}) is not safe, use ${tpName(c)}.__new__()`);
  }
  return newInstance(cls);
};

const objectInit: NonNullable<Slots['init']> = (self, args, kwnames) => {
  if (excessArgs(args, kwnames)) {
    const ti = typeInfo(typeOf(self));
    if (ti.slots.init !== objectInit) typeError('object.__init__() takes exactly one argument (the instance to initialize)');
    if (ti.slots.new === objectNew) typeError(`${typeName(typeOf(self))}.__init__() takes exactly one argument (the instance to initialize)`);
  }
};

export function objectNewSlot(): NonNullable<Slots['new']> { return objectNew; }
/** object's __setattr__ slot (attribute caches only cache plain instance-dict stores). */
export function objectSetattroSlot(): unknown { return objectType.slots!.setattro; }
export function objectInitSlot(): NonNullable<Slots['init']> { return objectInit; }

export function defaultRepr(v: number): string {
  return `<${classDisplayName(typeOf(v))} object at 0x${((v & 1) === 1 ? v : identity(v)).toString(16).padStart(12, '0')}>`;
}

export const objectType: TypeDef = {
  name: 'object',
  noargs: ['__reduce__', '__getstate__', '__dir__', '__sizeof__'],
  base: 0,
  layout: L_INSTANCE,
  slots: {
    repr: (v) => newStr(defaultRepr(v)),
    str: (v) => {
      const r = typeInfo(typeOf(v)).slots.repr;
      return r !== null ? r(v) : newStr(defaultRepr(v));
    },
    hash: (v) => ((v & 1) === 1 ? v >> 1 : identityHash(v)),
    richcompare: (a, b, op) => {
      if (op === 2) return a === b ? K.True : K.NotImplemented;
      if (op === 3) {
        // __ne__ inverts __eq__ unless it is NotImplemented
        const eq = typeInfo(typeOf(a)).lookup(N.eq);
        if (eq === 0 || isObjectEq(eq)) return a === b ? K.False : K.NotImplemented;
        // (the type's own __eq__, not the reflected one: CPython's object_richcompare calls
        // tp_richcompare(self, other, Py_EQ); do_richcompare then tries other's __ne__)
        // (a dunder that cannot be bound counts as NotImplemented there: slot_tp_richcompare)
        const own = typeInfo(typeOf(a)).slots.richcompare;
        const r = own !== null ? own(a, b, 2) : callFound(a, eq, [b]);
        if (r === K.NotImplemented) return r;
        return truthy(r) ? K.False : K.True;
      }
      return K.NotImplemented;
    },
    getattro: objectGetattro,
    setattro: (obj, name, value) => {
      if (name === N.dict && (obj & 1) === 0 && CLASS_WORD[mem[obj] & 0x7ff] === 1 && (typeFlags(typeOf(obj)) & (TF_HAS_DICT | TF_SLOTS_IN_DICT)) === TF_HAS_DICT) {
        setDictOf(obj, value);
        return;
      }
      if (name === N.class && value !== 0) return setClass(obj, value);
      genericSetattr(obj, name, value);
    },
    init: objectInit,
    new: objectNew,
  },
  methods: {
    __format__: (a) => {
      if (a.length !== 2) oneArgCountError('object', '__format__', a); // (METH_O; not typedef's onearg wrapper: format() and f-strings call it)
      if (formatSpecArg(a[1]) !== '') typeError(`unsupported format string passed to ${tname(a[0])}.__format__`);
      return newStr(strOf(a[0]));
    },
    __reduce_ex__: (a) => {
      if (a.length !== 2) typeError(`object.__reduce_ex__() takes exactly one argument (${a.length - 1} given)`);
      return objectReduceEx(a[0], indexNumber(a[1]));
    },
    __reduce__: (a) => commonReduce(a[0], 0),
    __dir__: (a) => {
      // CPython's object___dir___impl: the keys of getattr(obj, '__dict__') and of the classes of
      // getattr(obj, '__class__'), either lookup failing quietly (a `__class__` slot left unset
      // hides the class's names, a `__class__` property shows another class's)
      const names = new Set<string>();
      const out: number[] = [];
      const add = (k: number): void => {
        if (layoutOf(k) !== L_STR) { out.push(k); return; }
        const js = strJs(k);
        if (!names.has(js)) { names.add(js); out.push(k); }
      };
      const d = quietGetattr(a[0], N.dict);
      if (d !== 0 && layoutOf(d) === L_DICT) for (const k of dictKeys(d)) add(k);
      const cls = quietGetattr(a[0], N.class);
      if (cls !== 0 && layoutOf(cls) === L_TYPE) {
        for (const c of typeInfo(cls).mro) {
          for (const k of dictKeys(mem[c + TY_DICT])) add(k);
          // (slot names kept in the dict word have no member in the class dict: CPython's do)
          if ((typeFlags(c) & TF_HEAPTYPE) !== 0 && mem[c + TY_SLOTNAMES] !== 0 && (mem[c + TY_LAYOUT] >> 1) !== L_INSTANCE) {
            for (const k of tupleItems(mem[c + TY_SLOTNAMES])) add(k);
          }
        }
      }
      return newList(out);
    },
    __sizeof__: (a) => intFromNumber(instanceBasicSize(a[0])),
    __getstate__: (a) => objectGetstate(a[0], false),
  },
  classmethods: {
    __init_subclass__: (a, kw) => {
      const who = `${strJs(mem[a[0] + TY_QUALNAME])}.__init_subclass__()`;
      if (kw !== 0 && (mem[kw + 2] >> 1) > 0) typeError(`${who} takes no keyword arguments`);
      if (a.length > 1) typeError(`${who} takes no arguments (${a.length - 1} given)`);
      return K.None;
    },
    __subclasshook__: () => K.NotImplemented,
  },
  getters: {
    __class__: (v) => typeOf(v),
  },
  setters: {
    __class__: (v, cls) => setClass(v, cls),
  },
  deleters: {
    __class__: () => typeError("can't delete __class__ attribute"),
  },
  attrs: {
    __doc__: () => newStr('The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n'),
  },
};

let objectEq = 0;
export function setObjectEq(v: number): void { objectEq = v; }
function isObjectEq(d: number): boolean { return d === objectEq; }

function setClass(obj: number, cls: number): void {
  if (layoutOf(cls) !== L_TYPE) typeError(`__class__ must be set to a class, not '${tname(cls)}' object`);
  const l = (obj & 1) === 0 ? mem[obj] & 0x7ff : 0;
  // both classes must be Python classes (builtin ones are immutable), except between modules
  const bothModules = isSubtype(cls, T.module) && isSubtype(typeOf(obj), T.module);
  if (l === 0 || CLASS_WORD[l] !== 1 || l === L_TYPE || (!bothModules && ((typeFlags(cls) & TF_HEAPTYPE) === 0 || (typeFlags(typeOf(obj)) & TF_HEAPTYPE) === 0))) {
    typeError('__class__ assignment only supported for mutable types or ModuleType subclasses');
  }
  const oldL = mem[typeOf(obj) + TY_LAYOUT] >> 1;
  const newL = mem[cls + TY_LAYOUT] >> 1;
  if (oldL !== newL || (mem[cls + TY_NSLOTS] >> 1) !== (mem[typeOf(obj) + TY_NSLOTS] >> 1) || (!bothModules && !compatibleForAssignment(typeOf(obj), cls))) {
    typeError(`__class__ assignment: '${typeName(cls)}' object layout differs from '${typeName(typeOf(obj))}'`);
  }
  writeBarrier(obj);
  mem[obj + 2] = cls;
}

import { commonReduce, objectGetstate, objectReduceEx } from './object_reduce';
import { getattr as getattrAny } from '../runtime/protocol';
import { PyException } from '../runtime/errors';
import { newMappingProxy } from './mappingproxy';
import { compatibleForAssignment } from './class_assign';

/** getattr(obj, name), or 0 on any exception (CPython's PyErr_Clear in object.__dir__). */
function quietGetattr(obj: number, name: number): number {
  try {
    return getattrAny(obj, name);
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    return 0;
  }
}
import { callFound, indexNumber } from '../runtime/protocol';

export const _keep = [TY_FLAGS, isSubtype, attributeError, formatValue];
