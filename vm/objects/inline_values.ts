// Instance attributes kept in the instance (CPython 3.11's inline values, PyPy's maps). A plain
// instance (L_INSTANCE of a class whose instances have a __dict__) is allocated with room for
// `capacity` attribute values after its __slots__ words:
//   [class, dict word, slots..., value 0, value 1, ... value capacity-1]
// Its dict word is 0 (no attribute yet), a MAP (an L_TUPLE of interned attribute names: value i
// is the attribute named map[i], in insertion order) or a real dict (dict mode, for good). A map is
// an ordinary immutable tuple, shared by the instances that got the same names in the same order
// (per class, through a JS hint chain of transitions): once published it needs no barrier. The
// instance is switched to dict mode (materialize: a dict built from the map and the values, the
// values zeroed) by anything that needs a real dict: `__dict__`, `vars()`, deleting an
// attribute, a name that is not an exact str, more attributes than the capacity, pickling/copying
// (instanceDict), `__dict__` assignment. vm/NOTES.md "Inline instance attributes (h8-inline)".
// Barriers: the caller read-barriers the instance before it reads the dict word; a store
// write-barriers the instance (the map word and the values live there). The map never needs one.
// Zombie safety: every map ever stored in an instance is at most its capacity long, so a torn
// read of (map, value) never indexes past the object.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc, anyGcEpoch } from '../runtime/alloc';
import { L_FUNCTION, L_INSTANCE, L_STR, L_TUPLE } from '../runtime/layouts';
import { TF_HAS_DICT, TF_HEAPTYPE, TY_DICT, TY_NSLOTS, typeFlags, typeInfo, type TypeInfo } from './type_core';
import { TU_ITEMS, TU_LEN } from './tuple_core';
import { intern, strEquals, strHash, strJs } from './str_core';
import { T } from '../runtime/types';
import { dictGetStr, dictSetH, newDict } from './dict_core';
import { CO_NAMES } from './code';
import { FN_CODE } from './function';

/** The most values an instance keeps inline (CPython 3.11: 30 shared keys per class). */
export const INLINE_MAX = 30;
/** The capacity of the first instances of a class, before any instance told how many it needs. */
const INLINE_FIRST = 6;

/** The inline capacity new instances of `ti`'s class get. */
export function inlineCapacityFor(ti: TypeInfo): number {
  let h = ti.dictHint;
  if (h === 0) h = ti.dictHint = estimateAttributes(ti);
  return h < INLINE_MAX ? h : INLINE_MAX;
}

/** Before any instance of a class told how many attributes it gets: at most as many as the names
 *  the `__init__` methods along its MRO use (co_names: attribute and global names), so a
 *  subclass whose `__init__` calls its base's (richards' tasks, deltablue's constraints) does not
 *  overflow with its first instances; INLINE_FIRST without a Python `__init__`. A hint only:
 *  the stores raise it, an overshoot costs a few words per instance. */
function estimateAttributes(ti: TypeInfo): number {
  let n = 0;
  const init = intern('__init__');
  for (const c of ti.mro) {
    const d = mem[c + TY_DICT];
    const f = d !== 0 ? dictGetStr(d, init) : 0;
    if (f === 0 || (f & 1) === 1 || (mem[f] & 0x7ff) !== L_FUNCTION) continue;
    const code = mem[f + FN_CODE];
    n += mem[mem[code + CO_NAMES] + TU_LEN] >> 1;
  }
  return n === 0 ? INLINE_FIRST : n < INLINE_MAX ? n : INLINE_MAX;
}

/** A new plain instance of `cls` (its slots and inline values zero). */
export function allocInstance(cls: number): number {
  const nslots = mem[cls + TY_NSLOTS] >> 1;
  // (classes of class statements: builtin ones with a dict, SimpleNamespace, make their own)
  const cap = (typeFlags(cls) & (TF_HAS_DICT | TF_HEAPTYPE)) === (TF_HAS_DICT | TF_HEAPTYPE) ? inlineCapacityFor(typeInfo(cls)) : 0;
  return allocInstanceWords(cls, 2 + nslots + cap);
}

/** allocInstance with the class's TypeInfo at hand. */
export function allocInstanceOf(cls: number, ti: TypeInfo): number {
  const nslots = mem[cls + TY_NSLOTS] >> 1;
  const cap = (typeFlags(cls) & (TF_HAS_DICT | TF_HEAPTYPE)) === (TF_HAS_DICT | TF_HEAPTYPE) ? inlineCapacityFor(ti) : 0;
  return allocInstanceWords(cls, 2 + nslots + cap);
}

/** A new plain instance of `cls` of `words` payload words (class word, __dict__ word, slots,
 *  inline values; all but the class zero). */
export function allocInstanceWords(cls: number, words: number): number {
  const r = alloc(L_INSTANCE, words, SCAN_ALL);
  mem[r + 2] = cls;
  return r;
}

/** The capacity hint (TypeInfo.dictHint) is capped: one instance given thousands of attributes
 *  must not make every new instance big. */
const DICT_HINT_MAX = 32;
/** An instance of `cls` in dict mode got its `n`th attribute (the generic store): new instances
 *  get room for as many. */
export function noteAttributeCount(cls: number, n: number): void {
  raiseDictHint(typeInfo(cls), n);
}

/** An instance of `ti`'s class holds n attributes: the hint (inline capacity, initial dict size)
 *  grows to n, up to DICT_HINT_MAX. The one place that moves the hint up (inline stores, the
 *  generic and the cached dict stores). */
export function raiseDictHint(ti: TypeInfo, n: number): void {
  if (n > ti.dictHint) ti.dictHint = n < DICT_HINT_MAX ? n : DICT_HINT_MAX;
}

/** Whether dict word `w` is a map (inline mode), not 0 and not a dict. */
export function isMap(w: number): boolean {
  return w !== 0 && (mem[w] & 0x7ff) === L_TUPLE;
}

/** Word offset of value 0 of an instance of class `cls`. */
export function inlineBase(cls: number): number {
  return 4 + (mem[cls + TY_NSLOTS] >> 1);
}

/** How many values instance `obj` (of class `cls`) can keep inline (from its own size). */
export function inlineCapacity(obj: number, cls: number): number {
  const n = payloadWords(obj) + 2 - inlineBase(cls);
  return n > 0 ? n : 0;
}

/** Index of `name` in map `map`, or -1 (identity first, then str equality). */
export function mapIndex(map: number, name: number): number {
  const m = mem;
  const n = m[map + TU_LEN] >> 1;
  for (let i = 0; i < n; i++) if (m[map + TU_ITEMS + i] === name) return i;
  if ((name & 1) === 1 || (m[name] & 0x7ff) !== L_STR) return -1;
  for (let i = 0; i < n; i++) if (strEquals(m[map + TU_ITEMS + i], name)) return i;
  return -1;
}

/** Index of interned `name` (a name of the code: co_names are interned) in map `map`, or -1:
 *  the maps hold interned names, so identity decides (the caches' paths). */
export function mapIndexInterned(map: number, name: number): number {
  const m = mem;
  const n = m[map + TU_LEN] >> 1;
  for (let i = 0; i < n; i++) if (m[map + TU_ITEMS + i] === name) return i;
  return -1;
}

/** The value of attribute `name` of inline instance `obj` with map `map`, or 0 (the instance
 *  read-barriered by the caller). */
export function inlineGet(obj: number, map: number, name: number): number {
  const i = mapIndex(map, name);
  return i < 0 ? 0 : mem[obj + inlineBase(mem[obj + 2]) + i];
}

/** Sets (never deletes) attribute `name` of instance `obj` (class `cls`, read-barriered, dict
 *  word 0 or a map) inline: false when it cannot be kept inline (the caller materializes). */
export function inlineSet(obj: number, cls: number, name: number, value: number): boolean {
  const m = mem;
  const map = m[obj + 3];
  const base = inlineBase(cls);
  if (map !== 0) {
    const i = mapIndex(map, name);
    if (i >= 0) {
      writeBarrier(obj);
      m[obj + base + i] = value;
      return true;
    }
  }
  return inlineAdd(obj, cls, map, name, value);
}

/** Adds new attribute `name` (absent from `map`, the instance's dict word, 0 or a map) at the
 *  end: false when the name is not an exact str or the instance is full. */
export function inlineAdd(obj: number, cls: number, map: number, name: number, value: number): boolean {
  const m = mem;
  if ((name & 1) === 1 || (m[name] & 0x7ff) !== L_STR) return false;
  if ((typeFlags(cls) & TF_HAS_DICT) === 0) return false;
  const n = map === 0 ? 0 : m[map + TU_LEN] >> 1;
  const ti = typeInfo(cls);
  raiseDictHint(ti, n + 1);
  if (n >= inlineCapacity(obj, cls)) return false;
  const next = nextMap(ti, map, n, name);
  writeBarrier(obj);
  m[obj + 3] = next;
  m[obj + inlineBase(cls) + n] = value;
  return true;
}

/** The map `map` (n names, 0 when n = 0) followed by `name`: the class's shared one when `map`
 *  is on the class's transition chain (a per-worker JS hint, dropped at every collection and
 *  abort since maps are young objects), else a new tuple. Two workers (or two chains) may make
 *  equal maps: maps are compared by their names, never by identity, so that costs memory only. */
export function nextMap(ti: TypeInfo, map: number, n: number, name: number): number {
  const ep = anyGcEpoch();
  if (ti.mapEpoch !== ep) {
    ti.maps.length = 0;
    ti.mapEpoch = ep;
  }
  const chain = ti.maps;
  const onChain = n === 0 ? true : chain[n - 1] === map;
  if (onChain && n < chain.length) {
    const nx = chain[n];
    if (mem[nx + TU_ITEMS + n] === name) return nx;
  }
  name = intern(strJs(name)); // (names from code are interned already: the map compares by identity first)
  if (onChain && n < chain.length && mem[chain[n] + TU_ITEMS + n] === name) return chain[n];
  const r = alloc(L_TUPLE, n + 2, SCAN_ALL);
  mem[r + TU_LEN] = ((n + 1) << 1) | 1;
  for (let i = 0; i < n; i++) mem[r + TU_ITEMS + i] = mem[map + TU_ITEMS + i];
  mem[r + TU_ITEMS + n] = name;
  if (onChain && n <= chain.length && n < INLINE_MAX) {
    chain.length = n;
    chain.push(r);
  }
  return r;
}

/** The class's shared map for `map` (n names) followed by `name` when its transition chain has
 *  it, else 0 (nextMap then makes it): the attribute cache's fast path for __init__ stores. */
export function chainNext(cls: number, map: number, n: number, name: number): number {
  const ti = typeInfo(cls);
  const chain = ti.maps;
  if (ti.mapEpoch !== anyGcEpoch() || n >= chain.length || (n !== 0 && chain[n - 1] !== map)) return 0;
  const nx = chain[n];
  return mem[nx + TU_ITEMS + n] === name ? nx : 0;
}

/** Switches inline instance `obj` (read-barriered; dict word a map) to dict mode: a dict with its
 *  attributes in insertion order, stored in the dict word; the values are zeroed (they must not
 *  keep objects alive). Returns the dict. */
export function materialize(obj: number): number {
  const m = mem;
  const map = m[obj + 3];
  const n = m[map + TU_LEN] >> 1;
  const base = inlineBase(m[obj + 2]);
  const ti = typeInfo(m[obj + 2]);
  const d = newDict(T.dict, n > ti.dictHint ? n : ti.dictHint);
  for (let i = 0; i < n; i++) {
    const k = m[map + TU_ITEMS + i];
    dictSetH(d, k, strHash(k), m[obj + base + i]);
  }
  writeBarrier(obj);
  m[obj + 3] = d;
  for (let i = 0; i < n; i++) m[obj + base + i] = 0;
  return d;
}

