// type, the representation and the per-worker TypeInfo cache. A class is an L_TYPE object in
// old space (never moves, so JS caches may key on its address):
//   payload: [metaclass, dict, name, qualname, bases, mro, base (solid base), flags (tagged),
//             instance layout (tagged), slot count (tagged), slot names (tuple or 0), doc]
// TypeInfo is the JS-side view of one class for this worker: its MRO as an array, an attribute
// cache, and the resolved *slots* (CPython's tp_* / nb_* function pointers): for builtin types
// the JS implementations of their TypeDef, for user classes generic slots that call the Python
// dunder found along the MRO. Any change to any class's dict bumps typeEpoch, which drops every
// cached TypeInfo (rare in real programs: classes are built once).
import { mem, txActive } from '../../stmgc/heap';
import { becomeInevitable, isInevitable } from '../../stmgc/txn';
import { setOnClassDeaths, takeTypeId } from './type_ids';
import { readBarrier } from '../../stmgc/barriers';
import { G_CLASS_EPOCH, SCAN_ALL } from '../../stmgc/layout';
import { allocOld } from '../runtime/alloc';
import { GC_OLD } from '../../stmgc/layout';
import { L_BUILTIN, L_TYPE } from '../runtime/layouts';
import { BF_NAME, BF_OWNER } from './builtin_function';
import { T } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { dictGetStr } from './dict_core';
import { strJs } from './str_core';
import { tupleItems, tupleLen, tupleItem } from './tuple_core';
import { newList } from './list_core';

export const TY_CLASS = 2;
export const TY_DICT = 3;
export const TY_NAME = 4;
export const TY_QUALNAME = 5;
export const TY_BASES = 6;
export const TY_MRO = 7;
export const TY_BASE = 8;
export const TY_FLAGS = 9;
export const TY_LAYOUT = 10;
export const TY_NSLOTS = 11;
export const TY_SLOTNAMES = 12;
export const TY_DOC = 13;
/** A small tagged int naming the class in this worker's TypeInfo table (typeInfo's index). */
export const TY_INFO = 14;
/** The subclasses made by class statements / type(): a list made with the type, so that adding
 *  one writes (and conflicts on) that list only, never the type object every reader barriers. */
export const TY_SUBCLASSES = 15;
export const TYPE_PAYLOAD = 14;

// type flags
export const TF_BASETYPE = 1; // may be subclassed
export const TF_HEAPTYPE = 2; // created by a class statement (attributes settable)
export const TF_HAS_DICT = 4; // instances have a __dict__
export const TF_ABSTRACT = 8;
export const TF_EXCEPTION = 16;
/** A class statement's subclass of a builtin with a class word whose classes all declare
 *  non-empty __slots__ (no __dict__ among them): the slot values live in the instance's dict
 *  word (the builtin's layout has no slot words), but only slot names may be set there and the
 *  instance shows no __dict__ (slots_in_dict.ts). */
export const TF_SLOTS_IN_DICT = 128;
// (32 and 64 are TF_SEQUENCE and TF_MAPPING: collection_flags.ts)

export function allocType(): number {
  // (ids come from one heap table whose writes are not transactional: type_ids.ts)
  if (txActive && !isInevitable()) becomeInevitable();
  if (!deathsHooked) {
    deathsHooked = true;
    setOnClassDeaths(forgetDeadClasses);
  }
  const t = allocOld(L_TYPE, TYPE_PAYLOAD, SCAN_ALL);
  mem[t + TY_INFO] = (takeTypeId() << 1) | 1;
  mem[t + TY_SUBCLASSES] = newList([], T.list | 0, true); // (no class word before list exists: never exposed)
  return t;
}

export type Fn1 = (a: number) => number;
export type Fn2 = (a: number, b: number) => number;
export type CallFn = (self: number, args: number[], kwnames: number) => number;

/** CPython's slots, resolved per class. Binary slots return NotImplemented to decline. */
export interface Slots {
  repr: Fn1 | null;
  str: Fn1 | null;
  /** Returns the int32 table hash (may raise TypeError: unhashable). */
  hash: ((self: number) => number) | null;
  richcompare: ((a: number, b: number, op: number) => number) | null;
  bool: ((self: number) => boolean) | null;
  len: ((self: number) => number) | null;
  /** Returns 0 when the attribute does not exist (the caller raises AttributeError). */
  getattro: ((self: number, name: number) => number) | null;
  /** value 0 deletes. */
  setattro: ((self: number, name: number, value: number) => void) | null;
  iter: Fn1 | null;
  /** Returns 0 when exhausted (StopIteration without allocating it). */
  next: Fn1 | null;
  call: CallFn | null;
  getitem: Fn2 | null;
  /** value 0 deletes. */
  setitem: ((self: number, key: number, value: number) => void) | null;
  contains: ((self: number, v: number) => boolean) | null;
  /** obj is 0 for access on the class itself. */
  descrGet: ((self: number, obj: number, type: number) => number) | null;
  /** value 0 deletes. */
  descrSet: ((self: number, obj: number, value: number) => void) | null;
  init: ((self: number, args: number[], kwnames: number) => void) | null;
  /** cls is the class being instantiated (a subclass when inherited). */
  new: ((cls: number, args: number[], kwnames: number) => number) | null;
  /** Binary operators by BINARY_OP index 0..12 (vm/opcodes.ts BINOP_NAMES). */
  nb: (Fn2 | null)[];
  /** In-place operators by the same index. */
  nbi: (Fn2 | null)[];
  neg: Fn1 | null;
  pos: Fn1 | null;
  invert: Fn1 | null;
  abs: Fn1 | null;
  /** __index__: returns an int object. */
  index: Fn1 | null;
  int: Fn1 | null;
  float: Fn1 | null;
}

export function emptySlots(): Slots {
  return {
    repr: null, str: null, hash: null, richcompare: null, bool: null, len: null, getattro: null, setattro: null,
    iter: null, next: null, call: null, getitem: null, setitem: null, contains: null, descrGet: null, descrSet: null,
    init: null, new: null, nb: new Array<Fn2 | null>(13).fill(null), nbi: new Array<Fn2 | null>(13).fill(null),
    neg: null, pos: null, invert: null, abs: null, index: null, int: null, float: null,
  };
}

/** A builtin class's own slots (inherited ones are resolved along the MRO). */
export const builtinSlots = new Map<number, Partial<Slots>>();

export class TypeInfo {
  readonly mro: number[];
  readonly attrs = new Map<number, number>();
  private resolved: Slots | null = null;
  /** The resolved slots, computed on first use (most classes never need all of them). */
  get slots(): Slots {
    if (this.resolved === null) this.resolved = resolveSlots(this);
    return this.resolved;
  }
  readonly name: string;
  /** The most entries an instance __dict__ of this class reached through the attribute-store
   *  cache (interp/attr_cache.ts storeNew): new instance dicts are made that big. */
  dictHint = 0;
  /** The transition chain of inline-attribute maps (objects/inline_values.ts nextMap): maps[i]
   *  has i + 1 names, each a prefix of the next; valid while anyGcEpoch() === mapEpoch. */
  maps: number[] = [];
  /** BINARY_OP's Python `__op__` by its operand (0..25, in-place ones from 13) when it runs as a
   *  frame (interp/binop_frame.ts binopFunction): -1 not known yet, 0 none; like `attrs`, only a
   *  function no collection can move is kept (dropped with this TypeInfo when a class changes). */
  binops: number[] | null = null;
  /** `Class(...)` run as a frame of its Python `__init__` (interp/inline_init.ts): that function,
   *  0 when the call takes the general path, -1 not known yet; like `attrs`, only a function no
   *  collection can move is kept (dropped with this TypeInfo when a class changes). */
  inlineInit = -1;
  /** The payload words of a new instance when `Class(...)` may allocate it straight away
   *  (interp/inline_init.ts): the plain instance layout with no `__dict__` (its `__slots__` only:
   *  no inline capacity that grows) and no `__del__`; 0 when it may not, -1 not known yet.
   *  (Whether the class is abstract is still read per call.) */
  instWords = -1;
  mapEpoch = -1;
  private delState = -1;
  /** Whether the class has `__del__` (its new instances are registered for finalization). */
  get hasDel(): boolean {
    if (this.delState < 0) this.delState = this.lookup(intern('__del__')) !== 0 ? 1 : 0;
    return this.delState === 1;
  }
  constructor(readonly ref: number, readonly epoch: number) {
    // __bases__/__mro__ are assignable: the type is read-barriered (the cached TypeInfo is then
    // kept valid by the class epoch, not by barriers)
    readBarrier(ref);
    this.mro = tupleItems(mem[ref + TY_MRO]);
    this.name = strJs(mem[ref + TY_NAME]);
  }
  /** The class attribute `name` (an interned str) along the MRO, or 0. Only results that no
   *  collection can move are cached (misses, tagged ints, old objects): a value still in the
   *  nursery (a method just defined) is looked up again until a minor collection promotes it,
   *  so the cache survives collections and is dropped only when a class changes. */
  lookup(name: number): number {
    const hit = this.attrs.get(name);
    if (hit !== undefined) return hit;
    let v = 0;
    const mro = this.mro;
    for (let i = 0; i < mro.length; i++) {
      const d = mem[mro[i] + TY_DICT];
      if (d !== 0) {
        const x = dictGetStr(d, name);
        if (x !== 0) {
          v = x;
          break;
        }
      }
    }
    if ((v & 1) === 1 || v === 0 || (mem[v] & GC_OLD) !== 0) this.attrs.set(name, v);
    return v;
  }
  /** The class in the MRO that defines `name`, or 0. */
  definer(name: number): number {
    for (const c of this.mro) {
      const d = mem[c + TY_DICT];
      if (d !== 0 && dictGetStr(d, name) !== 0) return c;
    }
    return 0;
  }
}

// TypeInfo by the class's TY_INFO id: one array load and two compares on the hot path. The
// id is per-worker bookkeeping, so an entry is trusted only when it is for this very class
// (ref) and no class has changed since it was built (epoch).
const infoById: (TypeInfo | undefined)[] = [];
let typeEpoch = 0;

/** Any class dict changed: every cached TypeInfo is dropped (rebuilt lazily). */
/** Changes whenever any class changes: inline caches compare it. */
export function currentTypeEpoch(): number { return typeEpoch; }

export function typeModified(): void {
  typeEpoch++;
  // the other workers see it as soon as their snapshot includes this transaction's commit
  // (heap class epoch G_CLASS_EPOCH, published by publishClassEpoch before the commit's version)
  if (heapEpochOn) classChanged = true;
}
let classChanged = false;
/** A committing transaction, before its version exists: a class it changed makes every other
 *  worker drop its caches when its snapshot next moves (checkClassEpoch). Published after the
 *  commit, as it once was, a worker could move its snapshot past the commit in between and keep
 *  its stale caches for the rest of that transaction (a method deleted by a joined thread still
 *  called: golden classes/attr_cache_invalidation.py, 1 fresh-clone run). */
export function publishClassEpoch(): boolean {
  if (!classChanged) return false;
  classChanged = false;
  const before = Atomics.add(mem, G_CLASS_EPOCH, 1);
  if (before !== heapEpochSeen) typeEpoch++; // (another worker's change, not seen yet)
  heapEpochSeen = before + 1;
  return true;
}

/** Whether other JS threads may run guest code (set once the heap class epoch matters). */
let heapEpochOn = false;
let heapEpochSeen = 0;
/** Whenever this worker's snapshot moves (transaction begin, extension, becoming inevitable),
 *  after it read the clock: a class changed on another worker by a commit the new snapshot
 *  includes drops this worker's caches. */
export function checkClassEpoch(): void {
  if (!heapEpochOn) {
    heapEpochOn = true;
    heapEpochSeen = Atomics.load(mem, G_CLASS_EPOCH);
    typeEpoch++;
    return;
  }
  const h = Atomics.load(mem, G_CLASS_EPOCH);
  if (h !== heapEpochSeen) {
    heapEpochSeen = h;
    typeEpoch++;
  }
}
/** After an abort: classes the attempt changed are restored, caches built from them dropped. */
export function dropTypeCaches(): void {
  typeEpoch++;
  classChanged = false;
}

/** Classes died (type_ids.ts, after a major collection on every worker, or at attach): the
 *  entries of dead classes go, and every cache keyed by a class address misses once (a new class
 *  may have a dead one's address, even its id). An entry is dead when its address no longer holds
 *  a class with that id; one whose address and id a new class already has is only stale, which
 *  the epoch covers. */
function forgetDeadClasses(): void {
  typeEpoch++;
  let last = 0;
  for (let i = 0; i < infoById.length; i++) {
    const ti = infoById[i];
    if (ti === undefined) continue;
    const r = ti.ref;
    if ((mem[r] & 0x7ff) !== L_TYPE || mem[r + TY_INFO] !== ((i << 1) | 1)) infoById[i] = undefined;
    else last = i;
  }
  if (infoById.length > last + 1) infoById.length = last + 1;
}
// (installed at the first allocType, not at module init: type_ids.ts may not be initialized yet
// when this module runs, an import cycle that vitest's module order exposes)
let deathsHooked = false;

/** Kept for callers that used to flush after collections: TypeInfo caches only old objects. */
export function invalidateTypeInfoCache(): void { /* nothing to drop */ }

export function typeInfo(t: number): TypeInfo {
  const ti = infoById[mem[t + TY_INFO] >> 1];
  if (ti !== undefined && ti.ref === t && ti.epoch === typeEpoch) return ti;
  return typeInfoSlow(t);
}

function typeInfoSlow(t: number): TypeInfo {
  const ti = new TypeInfo(t, typeEpoch);
  // a class change elsewhere (the epoch is global) keeps what this class's instances taught:
  // the capacity hint and the map chain (maps are names only, objects/inline_values.ts)
  const old = infoById[mem[t + TY_INFO] >> 1];
  if (old !== undefined && old.ref === t) {
    ti.dictHint = old.dictHint;
    ti.maps = old.maps;
    ti.mapEpoch = old.mapEpoch;
  }
  infoById[mem[t + TY_INFO] >> 1] = ti;
  return ti;
}

/** Generic slot factories for user classes (installed by protocol.ts to avoid an import cycle). */
export interface GenericSlots {
  forSlot(name: keyof Slots, ti: TypeInfo): unknown;
  binary(op: number, inplace: boolean, ti: TypeInfo): Fn2 | null;
}
let generic: GenericSlots | null = null;
export function setGenericSlots(g: GenericSlots): void {
  generic = g;
  genericCache = null;
}
/** The generic (non-inplace) binary slot of operator `op` that user classes defining
 *  `__op__`/`__rop__` get, or null before any class needed it (interp/binop_frame.ts). */
export function genericBinarySlot(op: number): Fn2 | null {
  return genericCache === null ? null : (genericCache.get(`b${op}`) as Fn2 | undefined) ?? null;
}

// The generic slot functions do not depend on the class (they look the dunder up on the
// operand's type), so one function per slot serves every user class: binaryOp1 and the
// SLOT1BINFULL logic compare slot identity ("does the right operand's class override?"), and
// rebuilding a TypeInfo allocates no closures.
// (reset by setGenericSlots, which every VM boot calls: the closures hold that VM's interned names)
let genericCache: Map<string, unknown> | null = null;
function genericFor(key: string, make: () => unknown): unknown {
  if (genericCache === null) genericCache = new Map();
  let f = genericCache.get(key);
  if (f === undefined) {
    f = make();
    genericCache.set(key, f);
  }
  return f;
}

/** Which dunders provide which slot (a class defining any of them gets the generic slot). */
export const SLOT_DUNDERS: Partial<Record<keyof Slots, string[]>> = {
  repr: ['__repr__'], str: ['__str__'], hash: ['__hash__'],
  richcompare: ['__eq__', '__ne__', '__lt__', '__le__', '__gt__', '__ge__'],
  bool: ['__bool__', '__len__'], len: ['__len__'], getattro: ['__getattribute__', '__getattr__'],
  setattro: ['__setattr__', '__delattr__'], iter: ['__iter__'], next: ['__next__'], call: ['__call__'],
  getitem: ['__getitem__'], setitem: ['__setitem__', '__delitem__'], contains: ['__contains__'],
  descrGet: ['__get__'], descrSet: ['__set__', '__delete__'], init: ['__init__'], new: ['__new__'],
  neg: ['__neg__'], pos: ['__pos__'], invert: ['__invert__'], abs: ['__abs__'], index: ['__index__'],
  int: ['__int__'], float: ['__float__'],
};
export const BINOP_DUNDERS = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

import { intern, internGeneration } from './str_core';

// interned dunder names per slot, built once per VM (interned strings are pinned in old space)
let dunderRefs: Map<string, number[]> | null = null;
let dunderGen = -1;
function dunderList(key: string, names: () => string[]): number[] {
  if (dunderRefs === null || dunderGen !== internGeneration()) {
    dunderRefs = new Map();
    dunderGen = internGeneration();
  }
  let r = dunderRefs.get(key);
  if (r === undefined) {
    r = names().map(intern);
    dunderRefs.set(key, r);
  }
  return r;
}

/** A builtin type's __new__ (vm/runtime/typedef.ts: a builtin named __new__ owned by a type). */
function isTpNewWrapper(v: number): boolean {
  if (v === 0 || (v & 1) === 1 || (mem[v] & 0x7ff) !== L_BUILTIN) return false;
  const owner = mem[v + BF_OWNER];
  return strJs(mem[v + BF_NAME]) === '__new__' && owner !== 0 && (owner & 1) === 0 && (mem[owner] & 0x7ff) === L_TYPE;
}

function resolveSlots(ti: TypeInfo): Slots {
  const s = emptySlots();
  const names = Object.keys(SLOT_DUNDERS) as (keyof Slots)[];
  for (const slot of names) {
    const dunders = dunderList(slot, () => SLOT_DUNDERS[slot]!);
    for (const c of ti.mro) {
      const own = builtinSlots.get(c);
      if (own && own[slot]) {
        (s as unknown as Record<string, unknown>)[slot] = own[slot];
        break;
      }
      if ((mem[c + TY_FLAGS] >> 1 & TF_HEAPTYPE) !== 0) {
        const d = mem[c + TY_DICT];
        // (a builtin's __new__ stored in a class, `__new__ = list.__new__`, leaves the inherited
        // slot: CPython's update_one_slot special case for tp_new_wrapper)
        if (slot === 'new' && isTpNewWrapper(dictGetStr(d, dunders[0]))) continue;
        if (dunders.some((n) => dictGetStr(d, n) !== 0)) {
          (s as unknown as Record<string, unknown>)[slot] = genericFor(slot, () => generic!.forSlot(slot, ti));
          break;
        }
      }
    }
  }
  for (let op = 0; op < 13; op++) {
    s.nb[op] = resolveBinary(ti, op, false);
    s.nbi[op] = resolveBinary(ti, op, true);
  }
  return s;
}

function resolveBinary(ti: TypeInfo, op: number, inplace: boolean): Fn2 | null {
  const base = BINOP_DUNDERS[op];
  const dunders = dunderList(`${inplace ? 'i' : ''}${op}`, () => (inplace ? [`__i${base}__`] : [`__${base}__`, `__r${base}__`]));
  for (const c of ti.mro) {
    const own = builtinSlots.get(c);
    const f = own ? (inplace ? own.nbi : own.nb)?.[op] : null;
    if (f) return f;
    if ((mem[c + TY_FLAGS] >> 1 & TF_HEAPTYPE) !== 0) {
      const d = mem[c + TY_DICT];
      if (dunders.some((n) => dictGetStr(d, n) !== 0)) return genericFor(`b${inplace ? 'i' : ''}${op}`, () => generic!.binary(op, inplace, ti)) as Fn2;
    }
  }
  return null;
}

export function typeName(t: number): string { return strJs(mem[t + TY_NAME]); }
export function typeFlags(t: number): number { return mem[t + TY_FLAGS] >> 1; }

/** isinstance-style subtype test along the MRO. */
export function isSubtype(a: number, b: number): boolean {
  if (a === b) return true;
  const mro = mem[a + TY_MRO];
  const n = tupleLen(mro);
  for (let i = 0; i < n; i++) if (tupleItem(mro, i) === b) return true;
  return false;
}

export function isTypeObject(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_TYPE;
}

/** C3 linearisation; null when no consistent order exists. */
export function computeMro(t: number, bases: number[]): number[] | null {
  const r = c3(t, bases);
  return Array.isArray(r) ? r : null;
}

/** C3 linearisation; on failure the heads still to merge (CPython's set_mro_error order). */
function c3(t: number, bases: number[]): number[] | { conflict: number[] } {
  const seqs: number[][] = bases.map((b) => tupleItems(mem[b + TY_MRO]));
  seqs.push([...bases]);
  const out = [t];
  for (;;) {
    const live = seqs.filter((s) => s.length > 0);
    if (live.length === 0) return out;
    let cand = 0;
    for (const s of live) {
      const h = s[0];
      if (!live.some((o) => o.indexOf(h) > 0)) {
        cand = h;
        break;
      }
    }
    if (cand === 0) {
      const heads: number[] = [];
      for (const s of live) if (!heads.includes(s[0])) heads.push(s[0]);
      return { conflict: heads };
    }
    out.push(cand);
    for (const s of live) if (s[0] === cand) s.shift();
  }
}

/** The MRO of a class with `bases`, or CPython's TypeError (duplicate base, no consistent order). */
export function mroOrError(t: number, bases: number[]): number[] {
  for (let i = 0; i < bases.length; i++) {
    for (let j = i + 1; j < bases.length; j++) {
      if (bases[i] === bases[j]) typeError(`duplicate base class ${typeName(bases[i])}`);
    }
  }
  const r = c3(t, bases);
  if (Array.isArray(r)) return r;
  return typeError(`Cannot create a consistent method resolution\norder (MRO) for bases ${r.conflict.map(typeName).join(', ')}`);
}

export const isObjectType = (t: number): boolean => t === T.object;
