// type: the metaclass of every class. Calling a class (type.__call__: __new__ then __init__),
// creating classes (type.__new__: bases, layout, __slots__, MRO by C3, __classcell__,
// __set_name__, __init_subclass__), class attribute access (type_getattro: descriptors of the
// metaclass, then the class's own MRO) and builtins.__build_class__ (what the class statement
// calls: __mro_entries__, the metaclass, __prepare__, running the body).
import { tpName } from './builtin_function';
import { argTypeName } from '../runtime/protocol';
import { collectionFlags } from './collection_flags';
import { objectIsInstance, recursiveIsSubclass } from '../runtime/protocol';
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { registerFinalizer } from './finalizer';
import { CLASS_WORD, L_BOXED, L_CELL, L_DICT, L_EXCEPTION, L_FUNCTION, L_INSTANCE, L_LIST, L_SET, L_STR, L_TUPLE, L_TYPE, L_PROPERTY } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, attributeError, raise, raiseFromCause, typeError } from '../runtime/errors';
import {
  callFound, genericSetattr, getattrOpt, isInstance, iterToArray, names as N, reprJs, tname, truthy,
  enterCallDepth,
} from '../runtime/protocol';
import { currentFrame, leaveFrame } from '../interp/thread';
import {
  TF_BASETYPE, TF_HAS_DICT, TF_HEAPTYPE, TF_ABSTRACT, TF_SLOTS_IN_DICT, TY_BASE, TY_BASES, TY_CLASS, TY_DICT, TY_DOC, TY_FLAGS, TY_LAYOUT,
  TY_MRO, TY_NAME, TY_NSLOTS, TY_QUALNAME, TY_SLOTNAMES, allocType, mroOrError, isSubtype, typeInfo, typeModified,
  typeName, typeFlags, type Slots,
} from './type_core';
import { isSlotsInDict, slotsOnlyBases } from './slots_in_dict';
import { intern, newStr, strCompare, strJs } from './str_core';
import { unbox } from './boxed';
import { newTuple, tupleItems, tupleLen } from './tuple_core';
import { dictDel, dictGetStr, dictItems, dictSet, newDict, dictKeys, padGlobals } from './dict_core';
import { newList } from './list_core';
import { callObject } from '../interp/call';
import { newFrame } from '../interp/frame';
import { FR_GLOBALS, FR_LOCALS } from '../interp/frame_layout';
import { run } from '../interp/loop';
import { enterNested, leaveNested } from '../interp/nested_gc';
import { FN_CODE, FN_GLOBALS } from './function';
import { codeInfo } from './code';
import { CELL_CONTENTS } from './cell';
import { classDisplayName, dictDescriptorFor, objectInitSlot, objectNewSlot } from './object';
import { pin } from '../runtime/pinned';
import { identityHash } from '../runtime/identity';
import { isIdentifier, strObj } from './str';
import { mangleName } from './mangle';
import { weakrefDescriptorFor } from './weakref';
import { setGetsetOwner } from './descriptor_types';
import { defaultMro, initMro, mroHierarchy, mroPending, undoMros } from './type_mro';
import { addSubclass, newWatch, removeSubclass, subclassesOf, watchIn } from './type_watch';


// ── member descriptors for __slots__ ──
// A slot is stored at payload word 2 + i of an L_INSTANCE; its descriptor is an L_PROPERTY
// whose fget is the slot index (tagged) and whose builtin flag is 5 ("member").
function newMember(name: number, i: number, owner: number): number {
  const r = alloc(L_PROPERTY, 6, SCAN_ALL);
  mem[r + 2] = (i << 1) | 1;
  mem[r + 3] = owner;
  mem[r + 4] = K.None;
  mem[r + 5] = K.None;
  mem[r + 6] = 5;
  mem[r + 7] = name;
  return r;
}
export function isMember(d: number): boolean {
  return (d & 1) === 0 && (mem[d] & 0x7ff) === L_PROPERTY && mem[d + 6] === 5;
}
/** CPython's descr_check: a slot's descriptor used on an object that is not an instance of its
 *  class (`C.slot.__get__(other)`, an ABC's registered class) is a TypeError, never a write
 *  into another object's words. */
function memberCheck(d: number, obj: number): void {
  const owner = mem[d + 3];
  const cls = typeOf(obj);
  if (cls !== owner && !isSubtype(cls, owner)) {
    typeError(`descriptor '${strJs(mem[d + 7])}' for '${typeName(owner)}' objects doesn't apply to a '${tname(obj)}' object`);
  }
}
export function memberGet(d: number, obj: number): number {
  memberCheck(d, obj);
  const v = mem[obj + 4 + (mem[d + 2] >> 1)];
  if (v === 0) attributeError(`'${tname(obj)}' object has no attribute '${strJs(mem[d + 7])}'`);
  return v;
}
export function memberSet(d: number, obj: number, value: number): void {
  memberCheck(d, obj);
  const k = obj + 4 + (mem[d + 2] >> 1);
  if (value === 0 && mem[k] === 0) attributeError(strJs(mem[d + 7]));
  writeBarrier(obj);
  mem[k] = value;
}

// ── calling a class ──
const typeCall: NonNullable<Slots['call']> = (cls, args, kwnames) => {
  if (cls === T.type && args.length === 1 && (kwnames === 0 || tupleLen(kwnames) === 0)) return typeOf(args[0]);
  // a class statement's class has no vectorcall in CPython: a recursion level (enterCallDepth)
  if ((typeFlags(cls) & TF_HEAPTYPE) === 0) return typeCallBody(cls, args, kwnames);
  enterCallDepth();
  try {
    return typeCallBody(cls, args, kwnames);
  } finally {
    leaveFrame();
  }
};

function typeCallBody(cls: number, args: number[], kwnames: number): number {
  const ti = typeInfo(cls);
  if (ti.slots.new === null) typeError(`cannot create '${classDisplayName(cls)}' instances`);
  const obj = ti.slots.new!(cls, args, kwnames);
  const ocls = typeOf(obj);
  if (ocls !== cls && !isSubtype(ocls, cls)) return obj;
  const oti = ocls === cls ? ti : typeInfo(ocls);
  // (plain instances were registered by newInstance; other layouts, e.g. list subclasses, here)
  if ((obj & 1) === 0 && (mem[obj] & 0x7ff) !== L_INSTANCE && oti.hasDel) registerFinalizer(obj);
  const init = oti.slots.init;
  // object.__init__ under a class with its own __new__ accepts any arguments and does nothing
  // (float(x), str(x), tuple(x)...): not called
  if (init !== null && !(init === objectInitSlot() && oti.slots.new !== objectNewSlot())) init(obj, args, kwnames);
  return obj;
}

// ── type(name, bases, dict) ──
/** CPython's solid_base for a builtin class: the nearest ancestor whose instances are bigger
 *  than its base's (basicsize or itemsize). */
function builtinSolidBase(t: number): number {
  if (t === T.object || mem[t + TY_BASE] === 0) return T.object;
  const sb = builtinSolidBase(mem[t + TY_BASE]);
  return basicSize(t) !== basicSize(sb) || itemSize(t) !== itemSize(sb) ? t : sb;
}

/** CPython's best_base: the builtin solid bases must form a chain, and the base is the first
 *  one whose solid base is the most derived (a heap class counts as its nearest builtin
 *  ancestor: slots of Python classes are not compared). */
function bestBase(bases: number[]): number {
  let winner = 0;
  let base = bases[0];
  for (const b of bases) {
    let nb = b;
    while ((typeFlags(nb) & TF_HEAPTYPE) !== 0 && mem[nb + TY_BASE] !== 0) nb = mem[nb + TY_BASE];
    const sb = builtinSolidBase(nb);
    if (winner === 0) winner = sb;
    else if (isSubtype(winner, sb)) continue;
    else if (isSubtype(sb, winner)) {
      winner = sb;
      base = b;
    } else typeError('multiple bases have instance lay-out conflict');
  }
  return base;
}

function solidLayout(bases: number[]): number {
  let layout = L_INSTANCE;
  for (const b of bases) {
    const l = mem[b + TY_LAYOUT] >> 1;
    if (l === L_INSTANCE) continue;
    if (layout !== L_INSTANCE && layout !== l) typeError('multiple bases have instance lay-out conflict');
    layout = l;
  }
  return layout;
}

function calculateMeta(meta: number, bases: number[]): number {
  let winner = meta;
  for (const b of bases) {
    const bt = typeOf(b);
    if (isSubtype(winner, bt)) continue;
    if (isSubtype(bt, winner)) {
      winner = bt;
      continue;
    }
    typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/** __bases__ assignments that relisted a class under its bases (see typeNewImpl). */
let basesAssignments = 0;

export function typeNewImpl(meta: number, nameObj: number, basesObj: number, ns: number, kwnames: number, kwvals: number[]): number {
  if (layoutOf(nameObj) !== L_STR) typeError(`type.__new__() argument 1 must be str, not ${argTypeName(nameObj)}`);
  if (layoutOf(basesObj) !== L_TUPLE) typeError(`type.__new__() argument 2 must be tuple, not ${tname(basesObj)}`);
  if (layoutOf(ns) !== L_DICT) typeError(`type.__new__() argument 3 must be dict, not ${tname(ns)}`);
  checkTypeNameText(nameObj);
  let bases = tupleItems(basesObj);
  const winner = calculateMeta(meta, bases);
  for (const b of bases) {
    if (layoutOf(b) !== L_TYPE) typeError(`bases must be types`);
    if ((typeFlags(b) & TF_BASETYPE) === 0) typeError(`type '${typeName(b)}' is not an acceptable base type`);
    if (mroPending(b)) typeError(`Cannot extend an incomplete type '${typeName(b)}'`);
  }
  if (winner !== meta) {
    const wnew = typeInfo(winner).slots.new;
    if (wnew !== typeNew) return callObject(winner, [nameObj, basesObj, ns], 0);
    meta = winner;
  }
  if (bases.length === 0) bases = [T.object];
  // (not pinned: the class dies when unreachable; its watch lists it weakly under its bases and
  // reports its death to the major collection, type_watch.ts; before the registry exists, pinned)
  const t = allocType();
  const watch = newWatch(t);
  if (watch === 0) pin(t);
  mem[t + TY_CLASS] = meta;
  const dict = newDict();
  for (const [k, v] of dictItems(ns)) dictSet(dict, k, v);
  if (dictGetStr(dict, N.module) === 0) {
    // type(name, bases, ns) without __module__: the calling frame's __name__ (type_new_set_module)
    const f = currentFrame();
    const modname = f === 0 ? 0 : dictGetStr(mem[f + FR_GLOBALS], intern('__name__'));
    if (modname !== 0) dictSet(dict, N.module, modname);
  }
  mem[t + TY_DICT] = dict;
  mem[t + TY_NAME] = nameObj;
  const qn = dictGetStr(dict, N.qualname);
  if (qn !== 0) {
    if (layoutOf(qn) !== L_STR) typeError(`type __qualname__ must be a str, not ${tname(qn)}`);
    mem[t + TY_QUALNAME] = qn;
    dictDel(dict, N.qualname);
  } else mem[t + TY_QUALNAME] = nameObj;
  mem[t + TY_BASES] = newTuple(bases);
  mem[t + TY_MRO] = newTuple(mroOrError(t, bases));
  mem[t + TY_BASE] = bestBase(bases);
  let layout = solidLayout(bases);
  let flags = TF_HEAPTYPE | TF_BASETYPE;
  let hasDict = bases.some((b) => (typeFlags(b) & TF_HAS_DICT) !== 0 || b === T.object && false);
  let nslots = 0;
  for (const b of bases) nslots = Math.max(nslots, mem[b + TY_NSLOTS] >> 1);
  // (__classcell__ leaves the namespace before the slots' members enter it: a slot may have its name)
  const cell = dictGetStr(dict, N.classcell);
  if (cell !== 0) dictDel(dict, N.classcell);
  const slotsV = dictGetStr(dict, N.slots);
  let slotNames: number[] | null = null;
  let slotsInDict = false;
  let dictSlot = false; // ('__dict__' in __slots__)
  if (slotsV !== 0) {
    slotNames = layoutOf(slotsV) === L_STR ? [slotsV] : iterToArray(slotsV);
    const own: number[] = [];
    // (type_new_visit_slots: CPython looks at the best base, here the first one)
    let mayAddDict = (typeFlags(bases[0]) & TF_HAS_DICT) === 0;
    let mayAddWeak = typeInfo(bases[0]).lookup(intern('__weakref__')) === 0 && itemSize(bases[0]) === 0;
    for (const s of slotNames) {
      // (a str subclass instance names the same slot as its plain str)
      const plain = strObj(s);
      if (plain === 0) typeError(`__slots__ items must be strings, not '${tname(s)}'`);
      const js = strJs(plain);
      if (js === '__dict__') {
        if (!mayAddDict) typeError('__dict__ slot disallowed: we already got one');
        mayAddDict = false;
        hasDict = true;
        dictSlot = true;
        continue;
      }
      if (js === '__weakref__') {
        if (!mayAddWeak) typeError('__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0');
        mayAddWeak = false;
        continue;
      }
      if (!isIdentifier(js)) typeError('__slots__ must be identifiers');
      const mangled = intern(mangleName(strJs(nameObj), js));
      if (dictGetStr(dict, mangled) !== 0 || (cell !== 0 && js === '__classcell__')) {
        if (js !== '__qualname__' && js !== '__classcell__') raise(T.ValueError, `'${js}' in __slots__ conflicts with class variable`);
      }
      own.push(mangled);
    }
    // sorted, as CPython's type_new_copy_slots: the slot a given name gets (and so what
    // `__class__` assignment between classes with the same slots keeps) does not follow the order
    // of __slots__
    own.sort(strCompare);
    if (own.length > 0 && itemSize(bases[0]) !== 0) typeError(`nonempty __slots__ not supported for subtype of '${typeName(bases[0])}'`);
    if (layout !== L_INSTANCE) {
      // subclasses of builtins with a class word keep slot values in their __dict__ word; when
      // no class gives a real __dict__, only the slot names may be stored there and no
      // __dict__ shows (objects/slots_in_dict.ts); an empty __slots__ (namedtuple's
      // `__slots__ = ()`) has nothing to keep: no __dict__
      slotsInDict = !dictSlot && slotsOnlyBases(bases) && (own.length > 0 || bases.some(isSlotsInDict));
      if (own.length > 0 || slotsInDict) hasDict = true;
    } else for (const s of own) dictSet(dict, s, newMember(s, nslots++, t));
    mem[t + TY_SLOTNAMES] = newTuple(own);
  } else hasDict = true;
  if (layout === L_INSTANCE && bases.every((b) => b === T.object) && slotsV === 0) hasDict = true;
  if (hasDict) flags |= TF_HAS_DICT;
  if (slotsInDict) flags |= TF_SLOTS_IN_DICT;
  if (layout === L_EXCEPTION) flags |= 16;
  mem[t + TY_FLAGS] = (flags << 1) | 1;
  mem[t + TY_LAYOUT] = (layout << 1) | 1;
  mem[t + TY_NSLOTS] = (nslots << 1) | 1;
  const dictDescr = dictDescriptorFor(bases, hasDict && !slotsInDict);
  // set-default, as CPython's type_add_getset: a __dict__ / __weakref__ of the class body wins
  if (dictDescr !== 0 && dictGetStr(dict, N.dict) === 0) dictSet(dict, N.dict, dictDescr);
  if (dictDescr !== 0) setGetsetOwner(dictDescr, t); // (its repr, __objclass__: descriptor_types.ts)
  const wrDescr = weakrefDescriptorFor(layout, bases, slotNames);
  if (wrDescr !== 0) setGetsetOwner(wrDescr, t);
  if (wrDescr !== 0 && dictGetStr(dict, intern('__weakref__')) === 0) dictSet(dict, intern('__weakref__'), wrDescr); // (weak reference support: vm/objects/weakref.ts)
  if (dictGetStr(dict, N.doc) === 0) dictSet(dict, N.doc, K.None);
  else if (layoutOf(dictGetStr(dict, N.doc)) === L_STR) checkUtf8(dictGetStr(dict, N.doc)); // (type_new_set_doc)
  mem[t + TY_DOC] = dictGetStr(dict, N.doc);
  // __init_subclass__ and __class_getitem__ are implicit classmethods, __new__ a staticmethod
  for (const [n, wrap] of [[N.init_subclass, T.classmethod], [N.class_getitem, T.classmethod], [N.new, T.staticmethod]] as [number, number][]) {
    const f = dictGetStr(dict, n);
    if (f !== 0 && layoutOf(f) === L_FUNCTION) dictSet(dict, n, callObject(wrap, [f], 0));
  }
  // __eq__ without __hash__ makes instances unhashable
  if (dictGetStr(dict, N.eq) !== 0 && dictGetStr(dict, N.hash) === 0) dictSet(dict, N.hash, K.None);
  if (cell !== 0) {
    if (layoutOf(cell) !== L_CELL) typeError(`__classcell__ must be a nonlocal cell, not ${reprJs(typeOf(cell))}`);
    writeBarrier(cell);
    mem[cell + CELL_CONTENTS] = t;
  }
  const assignments = basesAssignments;
  initMro(t); // (a metaclass's own mro(): type_mro.ts)
  // (mro() may have set __bases__, which lists t under its bases: only then is t looked for,
  // so making n subclasses of one class is not O(n^2): 100,000 type() calls took 107 s)
  const listed = basesAssignments !== assignments;
  // (...and t goes under the bases it has now, as CPython's type_ready: not the ones it was given)
  for (const b of listed ? tupleItems(mem[t + TY_BASES]) : bases) {
    if (!(listed && watchIn(b, t) !== 0)) addSubclass(b, watch);
  }
  typeModified();
  // __set_name__
  for (const [k, v] of dictItems(dict)) {
    const sn = typeInfo(typeOf(v)).lookup(N.set_name);
    if (sn !== 0) {
      try {
        callFound(v, sn, [t, k]);
      } catch (e) {
        if (e instanceof PyException) raiseFromCause(T.RuntimeError, `Error calling __set_name__ on '${tname(v)}' instance '${strJs(k)}' in '${typeName(t)}'`, e.exc);
        throw e;
      }
    }
  }
  // super().__init_subclass__(**kwargs): the classes after t in its MRO (a custom mro() may
  // leave t out: super()'s TypeError)
  const mroArr = typeInfo(t).mro;
  const self = mroArr.indexOf(t);
  if (self < 0) typeError('super(type, obj): obj must be an instance or subtype of type');
  for (let i = self + 1; i < mroArr.length; i++) {
    const d = mem[mroArr[i] + TY_DICT];
    const f = d !== 0 ? dictGetStr(d, N.init_subclass) : 0;
    if (f !== 0) {
      const get = typeInfo(typeOf(f)).slots.descrGet;
      const bound = get !== null ? get(f, 0, t) : f;
      callObject(bound, kwvals, kwnames);
      break;
    }
  }
  return t;
}

const typeNew: NonNullable<Slots['new']> = (meta, args, kwnames) => {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const npos = args.length - nkw;
  if (meta === T.type && npos === 1 && nkw === 0) return typeOf(args[0]);
  // (type_call's check for type itself; type_new's argument parsing for a metaclass)
  if (npos !== 3) typeError(meta === T.type ? 'type() takes 1 or 3 arguments' : `type.__new__() takes exactly 3 arguments (${npos} given)`);
  return typeNewImpl(meta, args[0], args[1], args[2], kwnames, args.slice(npos));
};

// ── attribute access on classes ──
function typeGetattro(t: number, name: number): number {
  const meta = typeOf(t);
  const mti = typeInfo(meta);
  const metaAttr = mti.lookup(name);
  let metaGet: ((s: number, o: number, t: number) => number) | null = null;
  if (metaAttr !== 0 && (metaAttr & 1) === 0) {
    const s = typeInfo(typeOf(metaAttr)).slots;
    metaGet = s.descrGet;
    if (metaGet !== null && s.descrSet !== null) return metaGet(metaAttr, t, meta);
  }
  const attr = typeInfo(t).lookup(name);
  if (attr !== 0) {
    if ((attr & 1) === 0) {
      const get = typeInfo(typeOf(attr)).slots.descrGet;
      if (get !== null) return get(attr, 0, t);
    }
    return attr;
  }
  if (metaGet !== null) return metaGet(metaAttr, t, meta);
  if (metaAttr !== 0) return metaAttr;
  return 0;
}

function typeSetattro(t: number, name: number, value: number): void {
  if ((typeFlags(t) & TF_HEAPTYPE) === 0) {
    typeError(`cannot set '${strJs(name)}' attribute of immutable type '${tpName(t)}'`);
  }
  const metaAttr = typeInfo(typeOf(t)).lookup(name);
  if (metaAttr !== 0 && (metaAttr & 1) === 0) {
    const set = typeInfo(typeOf(metaAttr)).slots.descrSet;
    if (set !== null) {
      set(metaAttr, t, value);
      typeModified();
      return;
    }
  }
  setTypeDictEntry(t, name, value);
}

/** Stores (value 0: deletes) a class attribute directly in its dict. */
function setTypeDictEntry(t: number, name: number, value: number): void {
  const d = mem[t + TY_DICT];
  if (value === 0) {
    if (dictDel(d, name) === 0) attributeError(`type object '${typeName(t)}' has no attribute '${strJs(name)}'`);
  } else {
    // inside a transaction a class dict gets the padded entries vector module globals get
    // (dict_padded.ts): `C.count += 1` then locks only that value's card, not the dict header
    // every attribute lookup of C and its instances reads (h20-gran's per-global conflicts)
    padGlobals(d);
    dictSet(d, name, value);
  }
  if (name === N.abstractmethods) {
    const abstract = value !== 0 && truthy(value);
    writeBarrier(t);
    mem[t + TY_FLAGS] = (((typeFlags(t) & ~TF_ABSTRACT) | (abstract ? TF_ABSTRACT : 0)) << 1) | 1;
  }
  typeModified();
}

export const typeType: TypeDef = {
  name: 'type',
  onearg: ['__instancecheck__', '__subclasscheck__'],
  noargs: ['mro', '__subclasses__', '__dir__', '__sizeof__'],
  layout: L_TYPE,
  slots: {
    call: typeCall,
    new: typeNew,
    init: (_t, args, kw) => {
      // (type_init: only the argument counts)
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      if (args.length - nkw === 1 && nkw > 0) typeError('type.__init__() takes no keyword arguments');
      if (args.length - nkw !== 1 && args.length - nkw !== 3) typeError('type.__init__() takes 1 or 3 arguments');
    },
    getattro: typeGetattro,
    setattro: typeSetattro,
    repr: (t) => newStr(`<class '${classDisplayName(t)}'>`),
    hash: (t) => identityHash(t),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[7] = (x: number, y: number): number => unionOf(x, y);
      return a;
    })(),
  },
  methods: {
    mro: (a) => newList(defaultMro(a[0])),
    __subclasses__: (a) => newList(layoutOf(a[0]) === L_TYPE ? subclassesOf(a[0]) : []),
    __instancecheck__: (a) => (objectIsInstance(a[1], a[0]) ? K.True : K.False),
    __subclasscheck__: (a) => (recursiveIsSubclass(a[1], a[0]) ? K.True : K.False),
    __dir__: (a) => {
      const names = new Set<string>();
      for (const c of typeInfo(a[0]).mro) for (const k of dictKeys(mem[c + TY_DICT])) names.add(strJs(k));
      return newList([...names].sort().map(newStr));
    },
    __sizeof__: () => ((400 << 1) | 1),
  },
  classmethods: {
    __prepare__: () => newDict(),
  },
  readonlyMembers: ['__flags__', '__mro__', '__base__', '__basicsize__', '__itemsize__'],
  getters: {
    // CPython's Py_TPFLAGS_* bits where pystm has the property (copyreg tests HEAPTYPE)
    __flags__: (t) => {
      const f = mem[t + TY_FLAGS] >> 1;
      let r = 1 << 12; // READY
      if (f & TF_HEAPTYPE) r |= 1 << 9;
      if (f & TF_BASETYPE) r |= 1 << 10;
      if (f & TF_ABSTRACT) r |= 1 << 20;
      r |= collectionFlags(t); // Py_TPFLAGS_SEQUENCE (1 << 5) / _MAPPING (1 << 6), the same bits
      return (r << 1) | 1;
    },
    __name__: (t) => mem[t + TY_NAME],
    __qualname__: (t) => mem[t + TY_QUALNAME],
    __mro__: (t) => (mroPending(t) ? K.None : mem[t + TY_MRO]),
    __bases__: (t) => mem[t + TY_BASES],
    __base__: (t) => (mem[t + TY_BASE] === 0 ? K.None : mem[t + TY_BASE]),
    __dict__: (t) => newMappingProxy(mem[t + TY_DICT]),
    // (type's own dict holds this getset itself, so `type.__module__` is computed, as CPython's;
    // a builtin class's dict may hold its instances' `__module__` descriptor (function,
    // builtin_function_or_method): only a str there names its module, as CPython's tp_name does)
    __module__: (t) => {
      const v = t === T.type ? 0 : dictGetStr(mem[t + TY_DICT], N.module);
      if (v !== 0 && (typeFlags(t) & TF_HEAPTYPE) === 0 && ((v & 1) === 1 || (mem[v] & 0x7ff) !== L_STR)) return intern('builtins');
      return v || intern('builtins');
    },
    __doc__: (t) => {
      // a builtin class answers its own docstring (CPython's tp_doc), whatever its dict holds
      // under the name: type's holds this getset, property's the getset of its instances' doc
      if ((typeFlags(t) & TF_HEAPTYPE) === 0) return mem[t + TY_DOC] || K.None;
      const d = dictGetStr(mem[t + TY_DICT], N.doc);
      if (d !== 0 && (d & 1) === 0) {
        const get = typeInfo(typeOf(d)).slots.descrGet;
        if (get !== null) return get(d, 0, t);
      }
      return d || K.None;
    },
    // (type's own dict holds this very descriptor: type pretends not to have the attribute)
    __abstractmethods__: (t) => (t !== T.type && dictGetStr(mem[t + TY_DICT], N.abstractmethods)) || attributeError('__abstractmethods__'),
    __annotations__: (t) => {
      const d = mem[t + TY_DICT];
      let a = dictGetStr(d, N.annotations);
      if (a === 0) {
        a = newDict();
        if ((typeFlags(t) & TF_HEAPTYPE) !== 0) dictSet(d, N.annotations, a);
      }
      return a;
    },
    __text_signature__: () => K.None,
    __basicsize__: (t) => intFromNumber(basicSize(t)),
    __itemsize__: (t) => intFromNumber(itemSize(t)),
  },
  setters: {
    __name__: (t, v) => {
      checkSpecialTypeAttr(t, v, '__name__');
      if (!isSubtype(typeOf(v), T.str)) typeError(`can only assign string to ${typeName(t)}.__name__, not '${tname(v)}'`);
      checkTypeNameText(unbox(v));
      writeBarrier(t);
      mem[t + TY_NAME] = unbox(v); // (a str subclass: its str value)
      typeModified();
    },
    __qualname__: (t, v) => {
      checkSpecialTypeAttr(t, v, '__qualname__');
      if (!isSubtype(typeOf(v), T.str)) typeError(`can only assign string to ${typeName(t)}.__qualname__, not '${tname(v)}'`);
      writeBarrier(t);
      mem[t + TY_QUALNAME] = unbox(v);
    },
    __module__: (t, v) => {
      checkSpecialTypeAttr(t, v, '__module__');
      dictSet(mem[t + TY_DICT], N.module, v);
      typeModified();
    },
    __doc__: (t, v) => {
      checkSpecialTypeAttr(t, v, '__doc__');
      dictSet(mem[t + TY_DICT], N.doc, v);
      typeModified();
    },
    __abstractmethods__: (t, v) => setTypeDictEntry(t, N.abstractmethods, v),
    __annotations__: (t, v) => setTypeDictEntry(t, N.annotations, v),
    __bases__: (t, v) => setBases(t, v),
  },
  deleters: {
    __bases__: (t) => setBases(t, 0),
    __abstractmethods__: (t) => {
      if (t === T.type || dictGetStr(mem[t + TY_DICT], N.abstractmethods) === 0) attributeError('__abstractmethods__');
      setTypeDictEntry(t, N.abstractmethods, 0);
    },
    __name__: (t) => checkSpecialTypeAttr(t, 0, '__name__'),
    __qualname__: (t) => checkSpecialTypeAttr(t, 0, '__qualname__'),
    __module__: (t) => checkSpecialTypeAttr(t, 0, '__module__'),
    __doc__: (t) => checkSpecialTypeAttr(t, 0, '__doc__'),
  },
};

/** CPython's check_set_special_type_attr: a builtin class's attribute cannot be set, and none of
 *  these can be deleted (`v` 0). */
function checkSpecialTypeAttr(t: number, v: number, name: string): void {
  if ((typeFlags(t) & TF_HEAPTYPE) === 0) typeError(`cannot set '${name}' attribute of immutable type '${tpName(t)}'`);
  if (v === 0) typeError(`cannot delete '${name}' attribute of immutable type '${tpName(t)}'`);
}

/** Whether t is on b's chain of solid bases (set before a custom mro() runs, so a cycle made
 *  through a reentrant `__bases__` assignment shows there first: type_is_subtype_base_chain). */
function baseChainReaches(b: number, t: number): boolean {
  for (let c = b; c !== 0; c = mem[c + TY_BASE]) if (c === t) return true;
  return false;
}

/** `C.__bases__ = (...)` with CPython's checks (type_set_bases); the MRO of C and of every
 *  class below it is computed again, and the subclass lists follow. */
function setBases(t: number, v: number): void {
  const name = typeName(t);
  checkSpecialTypeAttr(t, v, '__bases__');
  if (layoutOf(v) !== L_TUPLE) typeError(`can only assign tuple to ${name}.__bases__, not ${tname(v)}`);
  const bases = tupleItems(v);
  if (bases.length === 0) typeError(`can only assign non-empty tuple to ${name}.__bases__, not ()`);
  for (const b of bases) {
    if (layoutOf(b) !== L_TYPE) typeError(`${name}.__bases__ must be tuple of classes, not '${tname(b)}'`);
    if (isSubtype(b, t) || baseChainReaches(b, t)) typeError('a __bases__ item causes an inheritance cycle');
    if ((typeFlags(b) & TF_BASETYPE) === 0) typeError(`type '${typeName(b)}' is not an acceptable base type`);
  }
  const oldBase = mem[t + TY_BASE];
  const newLayout = solidLayout(bases);
  // (CPython's compatible_for_assignment: object's instances are freed by another function than
  // a Python class's, so a base of object cannot become a Python class, nor the reverse)
  if (((typeFlags(bases[0]) & TF_HEAPTYPE) === 0) !== ((typeFlags(oldBase) & TF_HEAPTYPE) === 0)) {
    typeError(`__bases__ assignment: '${typeName(bases[0])}' deallocator differs from '${typeName(oldBase)}'`);
  }
  if (newLayout !== mem[t + TY_LAYOUT] >> 1) {
    typeError(`__bases__ assignment: '${typeName(bases[0])}' object layout differs from '${typeName(oldBase)}'`);
  }
  // (CPython's type_set_bases: the MROs of t and of the classes below it are computed again, a
  // metaclass's mro() may set __bases__ again on the way: the newest assignment wins)
  const oldBases = mem[t + TY_BASES];
  writeBarrier(t);
  mem[t + TY_BASES] = v;
  mem[t + TY_BASE] = bases[0];
  const done: [number, number, number][] = [];
  try {
    mroHierarchy(t, done);
  } catch (e) {
    undoMros(done);
    if (mem[t + TY_BASES] === v) {
      writeBarrier(t);
      mem[t + TY_BASES] = oldBases;
      mem[t + TY_BASE] = oldBase;
    }
    typeModified();
    throw e;
  }
  if (mem[t + TY_BASES] === v) {
    basesAssignments++;
    let watch = 0;
    for (const b of tupleItems(oldBases)) watch = removeSubclass(b, t) || watch;
    // (a class made before the registry has no watch: a new one; a boot class stays pinned)
    if (watch === 0) watch = newWatch(t);
    for (const b of bases) if (watchIn(b, t) === 0) addSubclass(b, watch);
  }
  typeModified();
}

import { newMappingProxy } from './mappingproxy';
import { unionOf } from './generic_alias';

// ── __build_class__ ──
export function buildClass(args: number[], kwnames: number): number {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const npos = args.length - nkw;
  if (npos < 2) typeError('__build_class__: not enough arguments');
  const func = args[0];
  const name = args[1];
  if (layoutOf(func) !== L_FUNCTION) typeError('__build_class__: func must be a function');
  if (layoutOf(name) !== L_STR) typeError('__build_class__: name is not a string');
  const origBases = args.slice(2, npos);
  // __mro_entries__
  const bases: number[] = [];
  let changed = false;
  for (const b of origBases) {
    if (layoutOf(b) === L_TYPE) {
      bases.push(b);
      continue;
    }
    const me = getattrOpt(b, N.mro_entries);
    if (me === 0) {
      bases.push(b);
      continue;
    }
    const r = callObject(me, [newTuple(origBases)], 0);
    if (layoutOf(r) !== L_TUPLE) typeError('__mro_entries__ must return a tuple');
    bases.push(...tupleItems(r));
    changed = true;
  }
  let meta = 0;
  const kwNames: number[] = [];
  const kwVals: number[] = [];
  for (let i = 0; i < nkw; i++) {
    const k = mem[kwnames + 3 + i];
    if (strJs(k) === 'metaclass') meta = args[npos + i];
    else {
      kwNames.push(k);
      kwVals.push(args[npos + i]);
    }
  }
  const isClass = meta === 0 || layoutOf(meta) === L_TYPE;
  if (meta === 0) meta = bases.length > 0 ? typeOf(bases[0]) : T.type;
  if (isClass) meta = calculateMeta(meta, bases);
  const basesT = newTuple(bases);
  const kwT = kwNames.length > 0 ? newTuple(kwNames) : 0;
  const prep = getattrOpt(meta, N.prepare);
  const ns = prep !== 0 ? callObject(prep, [name, basesT, ...kwVals], kwT) : newDict();
  if (typeInfo(typeOf(ns)).slots.getitem === null) {
    typeError(`${isClass ? typeName(meta) : '<metaclass>'}.__prepare__() must return a mapping, not ${tname(ns)}`);
  }
  // run the body with ns as its locals
  readBarrier(func);
  const ci = codeInfo(mem[func + FN_CODE]);
  const frame = newFrame(func, ci);
  mem[frame + FR_LOCALS] = ns;
  enterNested(frame);
  let cell = 0;
  try {
    cell = run(frame);
  } finally {
    leaveNested();
  }
  if (changed) setitemGeneric(ns, intern('__orig_bases__'), newTuple(origBases));
  const cls = callObject(meta, [name, basesT, ns, ...kwVals], kwT);
  if (layoutOf(cell) === L_CELL && layoutOf(cls) === L_TYPE) {
    readBarrier(cell);
    const c = mem[cell + CELL_CONTENTS];
    if (c !== cls) {
      // (CPython's __build_class__: RuntimeError when the metaclass dropped __classcell__)
      if (c === 0) raise(T.RuntimeError, `__class__ not set defining ${strJs(reprOf(name))} as ${strJs(reprOf(cls))}. Was __classcell__ propagated to type.__new__?`);
      else typeError(`__class__ set to ${strJs(reprOf(c))} defining ${strJs(reprOf(name))} as ${strJs(reprOf(cls))}`);
    }
  }
  void FN_GLOBALS;
  return cls;
}

import { setitem as setitemGeneric, repr as reprOf } from '../runtime/protocol';

export const _keep = [CLASS_WORD, L_BOXED, L_LIST, L_SET, genericSetattr, isInstance, objectInitSlot, objectNewSlot, TY_SLOTNAMES];

import { basicSize, itemSize } from './type_sizes';
import { intFromNumber } from './int_core';

/** A str that must encode to UTF-8 (PyUnicode_AsUTF8): UnicodeEncodeError for a lone surrogate. */
function checkUtf8(str: number): void {
  if (/[\ud800-\udfff]/.test(strJs(str))) encodeUtf8(str, 'strict'); // (raises for a lone one)
}

/** A type's name as type_new_set_name / type_set_name check it: UTF-8, no NUL. */
function checkTypeNameText(nameObj: number): void {
  checkUtf8(nameObj);
  if (strJs(nameObj).includes('\0')) raise(T.ValueError, 'type name must not contain null characters');
}
import { encodeUtf8 } from './utf8_encode';
