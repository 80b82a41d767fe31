// dict: the class, its methods, and the views (dict_keys, dict_values, dict_items) with their
// iterators. Subclasses with __missing__ (defaultdict, Counter) are honoured by __getitem__.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { payloadWords } from '../../stmgc/objects';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_DICT, L_DICTVIEW, L_ITER, L_LIST, L_TUPLE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, raise, runtimeError, typeError, valueError } from '../runtime/errors';
import { softConstError, softRaise } from '../runtime/soft_raise';
import {
  callSpecial, getattrOpt, getitem, hashOf, iter, iterToArray, names as N, next, reprJs, richEq, tname, isInstance, contains as pyContains, len as pyLen, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, strOf,
} from '../runtime/protocol';
import {
  D_ENTRIES, D_USED, valueRead, dictClear, dictDelH, dictEntryCount, dictEntryKey, dictEntryValue, dictEntryHash, dictCopyInto, dictGetH, dictItems, dictKeys, dictLen, dictSet, dictSetH, dictSetDefaultH, newDict, dictNextLive, dictTrimEntries, D_NENTRIES,
} from './dict_core';
import { newStr, strJs, intern } from './str_core';
import { newTuple, newTupleN, tupleItem, tupleLen, TU_ITEMS } from './tuple_core';
import { listItem, listLenBounded, newList } from './list_core';
import { intFromNumber } from './int_core';
import { withReprGuard } from './list';
import { bindArgs, argRange, noKeywords } from './builtin_function';
import { callObject } from '../interp/call';
import { functionStr } from '../runtime/function_str';
import { typeInfo, isSubtype, typeName } from './type_core';
import { newSet, setAdd, setContains, setItems, newFrozenSet, setSlots, setSlotKey, setSlotHash } from './set_core';
import { L_FROZENSET, L_SET } from '../runtime/layouts';

function isAnySetLayout(v: number): boolean {
  if ((v & 1) === 1) return false;
  const l = mem[v] & 0x7ff;
  return l === L_SET || l === L_FROZENSET;
}
import { makeGenericAlias } from './generic_alias';

export function isDict(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_DICT;
}

function self(v: number): number {
  if (!isDict(v)) typeError(`descriptor requires a 'dict' object but received a '${tname(v)}'`);
  return v;
}

function keyError(key: number): never {
  throw new PyException(newException(T.KeyError, newTuple([key])));
}

/** d[key] with __missing__ for subclasses. */
export function dictGetitem(d: number, key: number): number {
  const v = dictGetH(d, key, hashOf(key));
  if (v !== 0) return v;
  if (typeOf(d) !== T.dict) {
    const missing = typeInfo(typeOf(d)).lookup(N.missing);
    if (missing !== 0) return callSpecial(d, N.missing, [key]);
  }
  return keyError(key);
}

const dictIterSlot = (d: number): number => newDictIter(T.dict_keyiterator, d);

/** dict.update(other) semantics; `forLiteral` gives the {**x} message for non-mappings. */
export function dictUpdateFrom(d: number, other: number, forLiteral = false): void {
  if (isDict(other) && (typeOf(other) === T.dict || typeInfo(typeOf(other)).slots.iter === dictIterSlot)) {
    if (dictLen(d) === 0 && typeOf(d) === T.dict) {
      dictCopyInto(d, other);
      return;
    }
    // entries carry their hashes: no __hash__ calls, no JS arrays; an __eq__ that changes
    // `other` stops the merge as in CPython
    const n = dictEntryCount(other);
    for (let i = 0; i < n; i++) {
      const k = dictEntryKey(other, i);
      if (k !== 0) {
        dictSetH(d, k, dictEntryHash(other, i), dictEntryValue(other, i));
        if (dictEntryCount(other) !== n) runtimeError('dict mutated during update');
      }
    }
    return;
  }
  const keys = getattrOpt(other, intern('keys'));
  if (keys !== 0) {
    for (const k of iterToArray(callObject(keys, [], 0))) dictSet(d, k, getitem(other, k));
    return;
  }
  if (forLiteral) typeError(`'${tname(other)}' object is not a mapping`);
  // item by item, as CPython's dict_merge_from_seq2 (an error leaves the pairs before it in d);
  // an exact tuple or list (PySequence_Fast takes only those as they are: a subclass goes through
  // its __iter__) of two items is read in place, without an array of the items or of the pair
  const it = iter(other);
  let i = 0;
  for (let item = next(it); item !== 0; item = next(it), i++) {
    const ty = (item & 1) === 0 ? typeOf(item) : 0;
    const l = ty === T.tuple ? L_TUPLE : ty === T.list ? L_LIST : 0;
    if (l === L_TUPLE && tupleLen(item) === 2) {
      dictSet(d, mem[item + TU_ITEMS], mem[item + TU_ITEMS + 1]);
      continue;
    }
    if (l === L_LIST && listLenBounded(item) === 2) {
      dictSet(d, listItem(item, 0), listItem(item, 1));
      continue;
    }
    if (l === L_TUPLE || l === L_LIST) {
      const n = l === L_TUPLE ? tupleLen(item) : listLenBounded(item);
      valueError(`dictionary update sequence element #${i} has length ${n}; 2 is required`);
    }
    let pair: number[];
    try {
      pair = iterToArray(item);
    } catch (e) {
      if (e instanceof PyException && isInstance(e.exc, T.TypeError)) typeError(`cannot convert dictionary update sequence element #${i} to a sequence`);
      throw e;
    }
    if (pair.length !== 2) valueError(`dictionary update sequence element #${i} has length ${pair.length}; 2 is required`);
    dictSet(d, pair[0], pair[1]);
  }
}

/** DICT_MERGE for f(**kw): a repeated key is a TypeError naming the function. */
export function dictMergeFrom(d: number, other: number, func: number): void {
  if (!isDict(other) && getattrOpt(other, intern('keys')) === 0) typeError(`${functionStr(func)} argument after ** must be a mapping, not ${tname(other)}`);
  const items: [number, number][] = isDict(other) ? dictItems(other) : iterToArray(callObject(getattrOpt(other, intern('keys')), [], 0)).map((k) => [k, getitem(other, k)]);
  for (const [k, v] of items) {
    // (any key: CPython's format_kwargs_error formats the KeyError's key with %S)
    if (dictGetH(d, k, hashOf(k)) !== 0) typeError(`${functionStr(func)} got multiple values for keyword argument '${strOf(k)}'`);
    dictSet(d, k, v);
  }
}

function dictRepr(d: number): string {
  return withReprGuard(d, () => '{' + dictItems(d).map(([k, v]) => `${reprJs(k)}: ${reprJs(v)}`).join(', ') + '}', '{...}');
}

function dictEq(a: number, b: number): boolean {
  if (dictLen(a) !== dictLen(b)) return false;
  for (const [k, v] of dictItems(a)) {
    const w = dictGetH(b, k, hashOf(k));
    if (w === 0 || !richEq(v, w)) return false;
  }
  return true;
}

// ── views and iterators ──
const VIEW_KEYS = 0;
const VIEW_VALUES = 1;
const VIEW_ITEMS = 2;

function newView(cls: number, d: number): number {
  const r = alloc(L_DICTVIEW, 3, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + 4] = d;
  return r;
}
const viewDict = (v: number): number => mem[v + 4];
function viewKind(v: number): number {
  const c = typeOf(v);
  return c === T.dict_keys ? VIEW_KEYS : c === T.dict_values ? VIEW_VALUES : VIEW_ITEMS;
}

// dict iterator: [class, 0, dict, position (tagged), expected size (tagged), items left
// (tagged)]. As in CPython, finding an entry when none is left means keys were replaced
// (deleted and re-added) during the iteration, even though the size is unchanged.
function newDictIter(cls: number, d: number): number {
  const r = alloc(L_ITER, 6, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + 4] = d;
  mem[r + 5] = 1;
  mem[r + 6] = (dictLen(d) << 1) | 1;
  mem[r + 7] = mem[r + 6];
  return r;
}

/** One step of a dict iterator (keys, values or items): the entry index of the next item, or -1
 *  when exhausted (the iterator then lets its dict go); a size or key change meanwhile raises
 *  CPython's RuntimeError. dictLen, dictEntryCount and dictNextLive's work with one barrier per
 *  object and one read of the entries vector's size (nothing runs between them). Shared by the
 *  iterators' __next__ and FOR_ITER's pairs (interp/for_pairs.ts), which read the entry with
 *  dictIterKey/dictIterValue (or dictEntryKey/dictEntryValue of the dict at `it + 4`, unchanged
 *  by a step that gives an item). */
export function dictIterStep(it: number): number {
  readBarrier(it); // position and expected size are mutable; the dict word is not
  const d = mem[it + 4];
  let pos = mem[it + 5] >> 1;
  if (pos < 0) return -1;
  readBarrier(d);
  if (mem[d + D_USED] >> 1 !== mem[it + 6] >> 1) {
    writeBarrier(it);
    mem[it + 5] = -1;
    return runtimeError('dictionary changed size during iteration');
  }
  // the first live entry at or after pos (dict_core.ts dictNextLive: holes keep skips)
  const en = mem[d + D_ENTRIES];
  const cap = (payloadWords(en) / 3) | 0;
  const nent = mem[d + D_NENTRIES] >> 1;
  const n = nent < cap ? nent : cap;
  while (pos < n && mem[en + 2 + pos * 3 + 1] === 0) pos = Math.max(pos + 1, mem[en + 2 + pos * 3] >> 1);
  writeBarrier(it);
  if (pos >= n) {
    mem[it + 5] = -1;
    releaseSource(it); // (the dict may go now, as CPython's)
    return -1;
  }
  const left = mem[it + 7] >> 1;
  if (left <= 0) {
    mem[it + 5] = -1;
    return runtimeError('dictionary keys changed during iteration');
  }
  mem[it + 7] = ((left - 1) << 1) | 1;
  mem[it + 5] = ((pos + 1) << 1) | 1;
  return pos;
}

/** The key of entry `pos` of the dict iterator `it` right after dictIterStep gave it (the dict
 *  read-barriered there; keys change only with the dict locked). */
export function dictIterKey(it: number, pos: number): number {
  return mem[mem[mem[it + 4] + D_ENTRIES] + 3 + pos * 3];
}

/** Its value (a large entries vector's values are guarded per card). */
export function dictIterValue(it: number, pos: number): number {
  const en = mem[mem[it + 4] + D_ENTRIES];
  valueRead(en, pos * 3 + 2);
  return mem[en + 4 + pos * 3];
}

function dictIterNext(kind: number) {
  return (it: number): number => {
    const pos = dictIterStep(it);
    if (pos < 0) return 0;
    if (kind === VIEW_KEYS) return dictIterKey(it, pos);
    if (kind === VIEW_VALUES) return dictIterValue(it, pos);
    const t = newTupleN(2); // (no collection before the stores: the key and value stay valid)
    mem[t + TU_ITEMS] = dictIterKey(it, pos);
    mem[t + TU_ITEMS + 1] = dictIterValue(it, pos);
    return t;
  };
}

function viewItems(v: number): number[] {
  const d = viewDict(v);
  const kind = viewKind(v);
  if (kind === VIEW_KEYS) return dictKeys(d);
  if (kind === VIEW_VALUES) return dictItems(d).map((p) => p[1]);
  return dictItems(d).map(([k, x]) => newTuple([k, x]));
}

function viewContains(v: number, x: number): boolean {
  const d = viewDict(v);
  const kind = viewKind(v);
  if (kind === VIEW_KEYS) return dictGetH(d, x, hashOf(x)) !== 0;
  if (kind === VIEW_VALUES) return dictItems(d).some(([, y]) => richEq(y, x));
  if (layoutOf(x) !== L_TUPLE || tupleLen(x) !== 2) return false;
  const k = tupleItem(x, 0);
  const y = dictGetH(d, k, hashOf(k));
  return y !== 0 && richEq(y, tupleItem(x, 1));
}

function setLike(v: number): number[] {
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_DICTVIEW) return viewItems(v);
  return iterToArray(v);
}

function viewSetOp(op: 'and' | 'or' | 'sub' | 'xor') {
  return (a: number, b: number): number => {
    const isView = (x: number): boolean => (x & 1) === 0 && (mem[x] & 0x7ff) === L_DICTVIEW && viewKind(x) !== VIEW_VALUES;
    if (!isView(a) && !isView(b)) return K.NotImplemented;
    let xs: number[];
    let ys: number[];
    try {
      xs = setLike(a);
      ys = setLike(b);
    } catch (e) {
      if (e instanceof PyException && isInstance(e.exc, T.TypeError)) return K.NotImplemented;
      throw e;
    }
    const r = newSet();
    const bs = newSet();
    for (const y of ys) setAdd(bs, y);
    if (op === 'or') {
      for (const x of xs) setAdd(r, x);
      for (const y of ys) setAdd(r, y);
    } else if (op === 'and') {
      for (const x of xs) if (setContains(bs, x)) setAdd(r, x);
    } else if (op === 'sub') {
      for (const x of xs) if (!setContains(bs, x)) setAdd(r, x);
    } else {
      const as = newSet();
      for (const x of xs) setAdd(as, x);
      for (const x of xs) if (!setContains(bs, x)) setAdd(r, x);
      for (const y of ys) if (!setContains(as, y)) setAdd(r, y);
    }
    return r;
  };
}

/** dictview_richcompare: sizes first, then containment through `in` (errors propagate). */
function viewRichCompare(a: number, b: number, op: number): number {
  const isSetView = (x: number): boolean => (x & 1) === 0 && (mem[x] & 0x7ff) === L_DICTVIEW && viewKind(x) !== VIEW_VALUES;
  if ((b & 1) === 1 || (!isSetView(b) && !isInstance(b, T.set) && !isInstance(b, T.frozenset))) return K.NotImplemented;
  const la = pyLen(a);
  const lb = pyLen(b);
  const allIn = (x: number, y: number): boolean => {
    const it = iter(x);
    for (let v = next(it); v !== 0; v = next(it)) if (!pyContains(y, v)) return false;
    return true;
  };
  let ok = false;
  switch (op) {
    case CMP_EQ: case CMP_NE:
      if (la === lb) ok = allIn(a, b);
      if (op === CMP_NE) ok = !ok;
      break;
    case CMP_LT: if (la < lb) ok = allIn(a, b); break;
    case CMP_LE: if (la <= lb) ok = allIn(a, b); break;
    case CMP_GT: if (la > lb) ok = allIn(b, a); break;
    case CMP_GE: if (la >= lb) ok = allIn(b, a); break;
  }
  return ok ? K.True : K.False;
}

function viewType(name: string, cls: () => number, iterCls: () => number): TypeDef {
  const nb = new Array(13).fill(null);
  if (name !== 'dict_values') {
    nb[1] = viewSetOp('and');
    nb[7] = viewSetOp('or');
    nb[10] = viewSetOp('sub');
    nb[12] = viewSetOp('xor');
  }
  return {
    name,
    layout: L_DICTVIEW,
    final: true,
    slots: {
      len: (v) => dictLen(viewDict(v)),
      iter: (v) => newDictIter(iterCls(), viewDict(v)),
      contains: viewContains,
      hash: name === 'dict_values' ? null : (v) => typeError(`unhashable type: '${tname(v)}'`),
      repr: (v) => newStr(withReprGuard(v, () => `${name}([${viewItems(v).map(reprJs).join(', ')}])`, '...')),
      richcompare: name === 'dict_values' ? null : viewRichCompare,
      nb,
    },
    noargs: ['__reversed__'],
    onearg: ['isdisjoint'],
    attrs: name === 'dict_values' ? {} : { __hash__: () => K.None },
    // (values views are not sets: no __contains__ of their own, no isdisjoint)
    hiddenDunders: name === 'dict_values' ? ['__contains__'] : [],
    methods: {
      __reversed__: (a) => {
        const items = viewItems(a[0]).reverse();
        return iter(newList(items));
      },
      ...(name === 'dict_values' ? {} : {
        isdisjoint: (a: number[]): number => {
          const xs = viewItems(a[0]);
          return iterToArray(a[1]).some((y) => xs.some((x) => richEq(x, y))) ? K.False : K.True;
        },
      }),
    },
    getters: { mapping: (v) => newMappingProxyOf(viewDict(v)) },
  };
  void cls;
}
import { newMappingProxy } from './mappingproxy';
function newMappingProxyOf(d: number): number { return newMappingProxy(d); }

export const dictKeysType = viewType('dict_keys', () => T.dict_keys, () => T.dict_keyiterator);
export const dictValuesType = viewType('dict_values', () => T.dict_values, () => T.dict_valueiterator);
export const dictItemsType = viewType('dict_items', () => T.dict_items, () => T.dict_itemiterator);

const iterDef = (name: string, kind: number): TypeDef => ({
  name,
  layout: L_ITER,
  final: true,
  slots: { iter: (v) => v, next: dictIterNext(kind) },
  methods: {
    // as CPython: the items left, or 0 once exhausted or after the size changed
    __length_hint__: (a) => {
      const it = a[0];
      readBarrier(it);
      if (mem[it + 5] >> 1 < 0 || dictLen(mem[it + 4]) !== mem[it + 6] >> 1) return intFromNumber(0);
      return intFromNumber(mem[it + 7] >> 1);
    },
    // pickling: (iter, (list of what is left,))
    __reduce__: (a) => {
      const it = a[0];
      readBarrier(it);
      const d = mem[it + 4];
      const pos = mem[it + 5] >> 1;
      const left: number[] = [];
      if (pos >= 0 && dictLen(d) === mem[it + 6] >> 1) {
        for (let i = pos, n = dictEntryCount(d); i < n; i++) {
          const k = dictEntryKey(d, i);
          if (k === 0) continue;
          left.push(kind === VIEW_KEYS ? k : kind === VIEW_VALUES ? dictEntryValue(d, i) : newTuple([k, dictEntryValue(d, i)]));
        }
      }
      return newTuple([dictGetStr(builtinsDictRef(), intern('iter')), newTuple([newList(left)])]);
    },
  },
  noargs: ['__length_hint__', '__reduce__'],
});
import { builtinsDictRef } from '../runtime/importer';
import { dictGetStr } from './dict_core';
import { releaseSource } from './iterators';
export const dictKeyIterType = iterDef('dict_keyiterator', VIEW_KEYS);
export const dictValueIterType = iterDef('dict_valueiterator', VIEW_VALUES);
export const dictItemIterType = iterDef('dict_itemiterator', VIEW_ITEMS);

export const dictType: TypeDef = {
  onearg: ['__contains__', '__getitem__', '__class_getitem__'],
  hiddenDunders: ['__bool__'],
  name: 'dict',
  noargs: ['keys', 'values', 'items', 'popitem', 'clear', 'copy', '__reversed__', '__sizeof__'],
  layout: L_DICT,
  slots: {
    repr: (d) => newStr(dictRepr(d)),
    richcompare: (a, b, op) => {
      if ((op !== 2 && op !== 3) || !isDict(b)) return K.NotImplemented;
      return dictEq(a, b) === (op === 2) ? K.True : K.False;
    },
    len: (d) => dictLen(d),
    bool: (d) => dictLen(d) !== 0,
    getitem: dictGetitem,
    setitem: (d, k, v) => {
      if (v === 0) {
        if (dictDelH(d, k, hashOf(k)) === 0) keyError(k);
      } else dictSetH(d, k, hashOf(k), v);
    },
    contains: (d, k) => dictGetH(d, k, hashOf(k)) !== 0,
    iter: dictIterSlot,
    hash: (v) => typeError(`unhashable type: '${tname(v)}'`),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[7] = (x: number, y: number): number => {
        if (!isDict(x) || !isDict(y)) return K.NotImplemented;
        const r = newDict(typeOf(x) === T.dict ? T.dict : T.dict);
        dictUpdateFrom(r, x);
        dictUpdateFrom(r, y);
        return r;
      };
      return a;
    })(),
    nbi: (() => {
      const a = new Array(13).fill(null);
      a[7] = (x: number, y: number): number => {
        dictUpdateFrom(x, y);
        return x;
      };
      return a;
    })(),
    new: (cls) => newDict(cls),
    init: (d, args, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      const npos = args.length - nkw;
      if (npos > 1) typeError(`dict expected at most 1 argument, got ${npos}`);
      if (npos === 1) dictUpdateFrom(d, args[0]);
      for (let i = 0; i < nkw; i++) dictSet(d, tupleItem(kw, i), args[npos + i]);
    },
  },
  methods: {
    keys: (a) => newView(T.dict_keys, self(a[0])),
    values: (a) => newView(T.dict_values, self(a[0])),
    items: (a) => newView(T.dict_items, self(a[0])),
    get: (a, kw) => {
      if (kw !== 0) noKeywords('dict.get', kw);
      if (a.length < 2 || a.length > 3) argRange('get', a.slice(1), 1, 2); // (no slice on the common path)
      const v = dictGetH(self(a[0]), a[1], hashOf(a[1]));
      return v !== 0 ? v : a.length > 2 ? a[2] : K.None;
    },
    setdefault: (a, kw) => {
      if (kw !== 0) noKeywords('dict.setdefault', kw);
      if (a.length < 2 || a.length > 3) argRange('setdefault', a.slice(1), 1, 2);
      return dictSetDefaultH(self(a[0]), a[1], hashOf(a[1]), a.length > 2 ? a[2] : K.None);
    },
    pop: (a, kw) => {
      if (kw !== 0) noKeywords('dict.pop', kw);
      if (a.length < 2 || a.length > 3) argRange('pop', a.slice(1), 1, 2);
      const v = dictDelH(self(a[0]), a[1], hashOf(a[1]));
      if (v !== 0) return v;
      if (a.length > 2) return a[2];
      return softRaise(newException(T.KeyError, newTuple([a[1]]))); // (runtime/soft_raise.ts)
    },
    popitem: (a) => {
      const d = self(a[0]);
      const n = dictEntryCount(d);
      for (let i = n - 1; i >= 0; i--) {
        const k = dictEntryKey(d, i);
        if (k !== 0) {
          const v = dictEntryValue(d, i);
          dictDelH(d, k, hashOf(k));
          dictTrimEntries(d, i); // (drops the trailing holes: repeated popitem stays O(1))
          return newTuple([k, v]);
        }
      }
      return softConstError(T.KeyError, 'popitem(): dictionary is empty');
    },
    update: (a, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      const npos = a.length - nkw;
      if (npos > 2) typeError(`update expected at most 1 argument, got ${npos - 1}`);
      if (npos === 2) dictUpdateFrom(self(a[0]), a[1]);
      for (let i = 0; i < nkw; i++) dictSet(a[0], tupleItem(kw, i), a[npos + i]);
      return K.None;
    },
    clear: (a) => {
      dictClear(self(a[0]));
      return K.None;
    },
    copy: (a) => {
      const r = newDict(T.dict, dictLen(self(a[0])));
      dictUpdateFrom(r, a[0]);
      return r;
    },
    __reversed__: (a) => iter(newList(dictKeys(self(a[0])).reverse())),
    __sizeof__: (a) => intFromNumber(64 + 24 * dictEntryCount(a[0])),
  },
  classmethods: {
    fromkeys: (a) => {
      argRange('fromkeys', a.slice(1), 1, 2);
      const cls = a[0];
      const value = a.length > 2 ? a[2] : K.None;
      const d = cls === T.dict ? newDict() : callObject(cls, [], 0);
      // an exact dict filled from a dict or a set reuses the stored hashes (as CPython: the
      // keys' __hash__ is not called again)
      if (typeOf(d) === T.dict && (typeOf(a[1]) === T.dict || isAnySetLayout(a[1]))) {
        const src = a[1];
        if (typeOf(src) === T.dict) {
          for (let i = 0, n = dictEntryCount(src); i < n; i++) {
            const k = dictEntryKey(src, i);
            if (k !== 0) dictSetH(d, k, dictEntryHash(src, i), value);
          }
        } else {
          for (let i = 0, n = setSlots(src); i < n; i++) {
            const k = setSlotKey(src, i);
            if (k !== 0) dictSetH(d, k, setSlotHash(src, i), value);
          }
        }
        return d;
      }
      // item by item, as CPython (a JS array of a huge iterable's items could exhaust V8's heap)
      const it = iter(a[1]);
      for (let k = next(it); k !== 0; k = next(it)) {
        if (typeOf(d) === T.dict) dictSet(d, k, value);
        else callSpecial(d, N.setitem, [k, value]);
      }
      return d;
    },
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
  attrs: { __hash__: () => K.None },
};

export const _keep = [L_LIST, bindArgs, next, pyContains, isSubtype, typeName, dictKeys];
