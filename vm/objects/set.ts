// set and frozenset: the classes and their methods (set algebra with operators and named
// methods, comparisons as subset tests, in-place updates), on set_core.ts's table.
import { LOOP_CHUNK } from '../interp/osr_off';
import { mem } from '../../stmgc/heap';
import { SE_HASH } from './set_core';
import { L_FROZENSET, L_ITER, L_SET } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, typeError, raise } from '../runtime/errors';
import { getattr, hashOf, iter, next, reprJs, tname, isInstance } from '../runtime/protocol';
import {
  newSet, setAdd, setAddH, setClear, setContains, setContainsH, setDiscard, setDiscardH, setItems, setLen, setPop,
  setSlots, setSlotKey, setSlotHash, setMerge, setResize, setSwapBodies, setPurgeDummies, setFillCount, setIterNext, SE_MASK,
} from './set_core';
import { dictLen, dictEntryCount, dictEntryKey, dictEntryHash, dictGetH } from './dict_core';
import { fullHash } from './tuple_hash';
import { exactArgs } from './builtin_function';
import { intern, newStr } from './str_core';
import { newTuple, tupleLen, TU_ITEMS } from './tuple_core';
import { listItemsForRead, listLenBounded } from './list_core';
import { setBuildFrom } from './set_build';
import { newIter, releaseSource, IT_POS, IT_SOURCE } from './iterators';
import { withReprGuard } from './list';
import { intFromNumber } from './int_core';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { isSubtype, typeInfo, typeName } from './type_core';
import { makeGenericAlias } from './generic_alias';
import { callObject } from '../interp/call';
import { softConstError, softRaise } from '../runtime/soft_raise';

export function isAnySet(v: number): boolean {
  if ((v & 1) === 1) return false;
  const l = mem[v] & 0x7ff;
  return l === L_SET || l === L_FROZENSET;
}

function self(v: number): number {
  if (!isAnySet(v)) typeError(`descriptor requires a 'set' object but received a '${tname(v)}'`);
  return v;
}

/** set_update_internal (SET_UPDATE, set.update, set(iterable)): sets merge their tables, exact
 * dicts are presized and reuse their stored hashes, anything else is iterated. */
export function setUpdateFrom(s: number, other: number): void {
  if (isAnySet(other)) {
    setMerge(s, other);
    return;
  }
  if (typeOf(other) === T.dict) {
    const n = dictLen(other);
    readBarrier(s);
    if ((setFillCount(s) + n) * 5 >= (mem[s + SE_MASK] >> 1) * 3) setResize(s, (setLen(s) + n) * 2);
    const cnt = dictEntryCount(other);
    // in calls of LOOP_CHUNK entries: one call's long loop would stay unoptimized (interp/osr_off.ts)
    for (let i = 0; i < cnt; i += LOOP_CHUNK) addDictKeys(s, other, i, Math.min(cnt, i + LOOP_CHUNK));
    return;
  }
  const ty = typeOf(other);
  let done = 0;
  if (ty === T.list) {
    const n = listLenBounded(other);
    done = setBuildFrom(s, listItemsForRead(other) + 2, n);
    if (done === n) return;
  } else if (ty === T.tuple) {
    const n = tupleLen(other);
    done = setBuildFrom(s, other + TU_ITEMS, n);
    if (done === n) return;
  }
  const it = iter(other);
  // (the items set_build.ts added: a list or tuple iterator's first `done` items)
  for (let i = 0; i < done; i++) next(it);
  for (let x = next(it); x !== 0; x = next(it)) setAdd(s, x);
}

/** Adds the keys of dict entries [from, to) to s, with their stored hashes. */
function addDictKeys(s: number, d: number, from: number, to: number): void {
  for (let i = from; i < to; i++) {
    const k = dictEntryKey(d, i);
    if (k !== 0) setAddH(s, k, dictEntryHash(d, i));
  }
}

/** A new empty set of the base kind of `like` (make_new_set_basetype). */
function sameKind(like: number): number {
  return (mem[like] & 0x7ff) === L_FROZENSET ? newSet(T.frozenset, L_FROZENSET) : newSet();
}

/** set_copy: a new set (or frozenset) of the base kind holding the same keys. */
function copyOf(so: number): number {
  const r = sameKind(so);
  setMerge(r, so);
  return r;
}

/** Calls f(key, hash) for every active slot, in table order (set_next). */
function forEachEntry(s: number, f: (k: number, h: number) => boolean | void): void {
  const n = setSlots(s);
  for (let i = 0; i < n && i < setSlots(s); i++) {
    const k = setSlotKey(s, i);
    if (k !== 0 && f(k, setSlotHash(s, i)) === true) return;
  }
}

function union(a: number, others: number[]): number {
  const r = copyOf(a);
  for (const o of others) if (o !== a) setUpdateFrom(r, o);
  return r;
}

function intersection(so: number, other: number): number {
  if (so === other) return copyOf(so);
  const r = sameKind(so);
  if (isAnySet(other)) {
    let big = so;
    let small = other;
    if (setLen(other) > setLen(so)) {
      big = other;
      small = so;
    }
    forEachEntry(small, (k, h) => {
      if (setContainsH(big, k, h)) setAddH(r, k, h);
    });
    return r;
  }
  const it = iter(other);
  for (let k = next(it); k !== 0; k = next(it)) {
    const h = hashOf(k);
    if (setContainsH(so, k, h)) {
      setAddH(r, k, h);
      if (setLen(r) >= setLen(so)) break;
    }
  }
  return r;
}

function intersectionMulti(so: number, others: number[]): number {
  if (others.length === 0) return copyOf(so);
  let r = so;
  for (const o of others) r = intersection(r, o);
  return r;
}

function differenceUpdate(so: number, other: number): void {
  if (so === other) {
    setClear(so);
    return;
  }
  if (isAnySet(other)) {
    forEachEntry(other, (k, h) => {
      setDiscardH(so, k, h);
    });
  } else {
    const it = iter(other);
    for (let k = next(it); k !== 0; k = next(it)) discardKey(so, k);
  }
  setPurgeDummies(so);
}

function difference(so: number, other: number): number {
  let otherSize: number;
  const isDictOther = typeOf(other) === T.dict;
  if (isAnySet(other)) otherSize = setLen(other);
  else if (isDictOther) otherSize = dictLen(other);
  else return copyAndDifference(so, other);
  if ((setLen(so) >> 2) > otherSize) return copyAndDifference(so, other);
  const r = sameKind(so);
  forEachEntry(so, (k, h) => {
    const present = isDictOther ? dictGetH(other, k, h) !== 0 : setContainsH(other, k, h);
    if (!present) setAddH(r, k, h);
  });
  return r;
}

function copyAndDifference(so: number, other: number): number {
  const r = copyOf(so);
  differenceUpdate(r, other);
  return r;
}

function differenceMulti(so: number, others: number[]): number {
  if (others.length === 0) return copyOf(so);
  const r = difference(so, others[0]);
  for (let i = 1; i < others.length; i++) differenceUpdate(r, others[i]);
  return r;
}

function symmetricDifferenceUpdate(so: number, other: number): void {
  if (so === other) {
    setClear(so);
    return;
  }
  const toggle = (k: number, h: number): void => {
    if (!setDiscardH(so, k, h)) setAddH(so, k, h);
  };
  if (typeOf(other) === T.dict) {
    const cnt = dictEntryCount(other);
    for (let i = 0; i < cnt; i++) {
      const k = dictEntryKey(other, i);
      if (k !== 0) toggle(k, dictEntryHash(other, i));
    }
    return;
  }
  let os = other;
  if (!isAnySet(other)) {
    os = sameKind(so);
    setUpdateFrom(os, other);
  }
  forEachEntry(os, toggle);
}

function symmetricDifference(so: number, other: number): number {
  const r = sameKind(so);
  setUpdateFrom(r, other);
  symmetricDifferenceUpdate(r, so);
  return r;
}

function isSubset(a: number, b: number): boolean {
  if (setLen(a) > setLen(b)) return false;
  let ok = true;
  forEachEntry(a, (k, h) => {
    if (!setContainsH(b, k, h)) {
      ok = false;
      return true;
    }
    return false;
  });
  return ok;
}

function issubset(so: number, other: number): boolean {
  if (!isAnySet(other)) return setLen(intersection(so, other)) === setLen(so);
  return isSubset(so, other);
}

function issuperset(so: number, other: number): boolean {
  if (isAnySet(other)) return isSubset(other, so);
  const it = iter(other);
  for (let k = next(it); k !== 0; k = next(it)) if (!setContains(so, k)) return false;
  return true;
}

function isdisjoint(so: number, other: number): boolean {
  if (so === other) return setLen(so) === 0;
  if (isAnySet(other)) {
    let big = so;
    let small = other;
    if (setLen(other) > setLen(so)) {
      big = other;
      small = so;
    }
    let found = false;
    forEachEntry(small, (k, h) => {
      if (setContainsH(big, k, h)) found = true;
      return found;
    });
    return !found;
  }
  const it = iter(other);
  for (let k = next(it); k !== 0; k = next(it)) if (setContains(so, k)) return false;
  return true;
}

/** A set key that is itself an unhashable set is looked up as a frozenset (set_contains). */
function withFrozenFallback<R>(key: number, f: (k: number) => R): R {
  try {
    return f(key);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError) && isAnySet(key)) {
      const fz = newSet(T.frozenset, L_FROZENSET);
      setMerge(fz, key);
      return f(fz);
    }
    throw e;
  }
}
function discardKey(s: number, k: number): boolean {
  return withFrozenFallback(k, (x) => setDiscard(s, x));
}

function binop(f: (a: number, b: number) => number) {
  return (a: number, b: number): number => {
    if (!isAnySet(a) || !isAnySet(b)) return K.NotImplemented;
    return f(a, b);
  };
}

function setRepr(s: number): string {
  const items = setItems(s);
  const frozen = (mem[s] & 0x7ff) === L_FROZENSET;
  const name = typeOf(s) === T.set || typeOf(s) === T.frozenset ? '' : tname(s);
  if (items.length === 0) return `${name || (frozen ? 'frozenset' : 'set')}()`;
  return withReprGuard(s, () => {
    const body = '{' + items.map(reprJs).join(', ') + '}';
    if (name) return `${name}(${body})`;
    return frozen ? `frozenset(${body})` : body;
  }, `${name || (frozen ? 'frozenset' : 'set')}(...)`);
}

const M64 = (1n << 64n) - 1n;
/** CPython's frozenset_hash over the items' full 64-bit hashes. */
export function frozensetHashFull(s: number): bigint {
  const c2 = mem[s + SE_HASH + 2];
  if (c2 !== 0) {
    return BigInt.asIntN(64, (BigInt(c2 >> 1) << 42n) | (BigInt(mem[s + SE_HASH + 1] >> 1) << 21n) | BigInt(mem[s + SE_HASH] >> 1));
  }
  const h = frozensetHashCompute(s);
  // frozensets are immutable once built: cache the hash (CPython does too)
  const u = BigInt.asUintN(64, h);
  writeBarrier(s);
  mem[s + SE_HASH] = (Number(u & 0x1fffffn) << 1) | 1;
  mem[s + SE_HASH + 1] = (Number((u >> 21n) & 0x1fffffn) << 1) | 1;
  mem[s + SE_HASH + 2] = (Number(u >> 42n) << 1) | 1;
  return h;
}

function frozensetHashCompute(s: number): bigint {
  let h = 0n;
  for (const x of setItems(s)) {
    const y = fullHash(x);
    h ^= (((y ^ 89869747n) ^ ((y << 16n) & M64)) * 3644798167n) & M64;
  }
  h ^= ((BigInt(setLen(s)) + 1n) * 1927868237n) & M64;
  h ^= (h >> 11n) ^ (h >> 25n);
  h = (h * 69069n + 907133923n) & M64;
  if (h === M64) h = 590923713n;
  return BigInt.asIntN(64, h);
}

function frozenHash(s: number): number {
  const h = Number(BigInt.asIntN(32, frozensetHashFull(s)));
  return h === -1 ? -2 : h;
}

function unhashable(v: number): number {
  return typeError(`unhashable type: '${tname(v)}'`);
}

const bool = (b: boolean): number => (b ? K.True : K.False);

function commonMethods(): TypeDef['methods'] {
  return {
    union: (a) => union(self(a[0]), a.slice(1)),
    intersection: (a) => intersectionMulti(self(a[0]), a.slice(1)),
    difference: (a) => differenceMulti(self(a[0]), a.slice(1)),
    symmetric_difference: (a) => {
      if (a.length !== 2) exactArgs('symmetric_difference', a.slice(1), 1); // (no slice on the common path)
      return symmetricDifference(self(a[0]), a[1]);
    },
    issubset: (a) => {
      if (a.length !== 2) exactArgs('issubset', a.slice(1), 1); // (no slice on the common path)
      return bool(issubset(self(a[0]), a[1]));
    },
    issuperset: (a) => {
      if (a.length !== 2) exactArgs('issuperset', a.slice(1), 1); // (no slice on the common path)
      return bool(issuperset(self(a[0]), a[1]));
    },
    isdisjoint: (a) => {
      if (a.length !== 2) exactArgs('isdisjoint', a.slice(1), 1); // (no slice on the common path)
      return bool(isdisjoint(self(a[0]), a[1]));
    },
    copy: (a) => ((mem[a[0]] & 0x7ff) === L_FROZENSET && typeOf(a[0]) === T.frozenset ? a[0] : copyOf(self(a[0]))),
    // (type, (list,), state): the state as __getstate__ gives it (dict, slots), None for plain sets
    __reduce__: (a) => newTuple([typeOf(a[0]), newTuple([callObject(T.list, [a[0]], 0)]), callObject(getattr(a[0], intern('__getstate__')), [], 0)]),
    __sizeof__: (a) => intFromNumber(200 + 16 * setSlots(a[0])),
  };
}

function commonSlots(frozen: boolean): TypeDef['slots'] {
  const nb = new Array(13).fill(null);
  nb[1] = binop(intersection);
  nb[7] = binop((a, b) => union(a, [b]));
  nb[10] = binop(difference);
  nb[12] = binop(symmetricDifference);
  return {
    repr: (s) => newStr(setRepr(s)),
    len: setLen,
    bool: (s) => setLen(s) !== 0,
    contains: (s, x) => withFrozenFallback(x, (k) => setContains(s, k)),
    iter: (s) => newIter(T.set_iterator, s, 0, (setLen(s) << 1) | 1),
    richcompare: (a, b, op) => {
      if (!isAnySet(b)) return K.NotImplemented;
      const la = setLen(a);
      const lb = setLen(b);
      let r: boolean;
      switch (op) {
        case 2: r = la === lb && isSubset(a, b); break;
        case 3: r = !(la === lb && isSubset(a, b)); break;
        case 0: r = la < lb && isSubset(a, b); break;
        case 1: r = isSubset(a, b); break;
        case 4: r = la > lb && isSubset(b, a); break;
        default: r = isSubset(b, a); break;
      }
      return bool(r);
    },
    hash: frozen ? frozenHash : unhashable,
    nb,
  };
}

export const setType: TypeDef = {
  onearg: ['__contains__', 'add', 'discard', 'isdisjoint', 'issubset', 'issuperset', 'remove', 'symmetric_difference', 'symmetric_difference_update', '__class_getitem__'],
  hiddenDunders: ['__bool__'],
  name: 'set',
  noargs: ['copy', 'pop', 'clear', '__sizeof__', '__reduce__'],
  layout: L_SET,
  slots: {
    ...commonSlots(false),
    nbi: (() => {
      const a = new Array(13).fill(null);
      const inplace = (f: (s: number, o: number) => void) => (s: number, o: number): number => {
        if (!isAnySet(o)) return K.NotImplemented;
        f(s, o);
        return s;
      };
      a[7] = inplace((s, o) => setUpdateFrom(s, o));
      a[1] = inplace((s, o) => setSwapBodies(s, intersection(s, o)));
      a[10] = inplace(differenceUpdate);
      a[12] = inplace(symmetricDifferenceUpdate);
      return a;
    })(),
    new: (cls) => newSet(cls),
    init: (s, args, kw) => {
      // CPython 3.11's set.__init__ refuses keywords for subclasses too
      if (kw !== 0 && (mem[kw + 2] >> 1) > 0) typeError('set() takes no keyword arguments');
      if (args.length > 1) typeError(`${typeName(typeOf(s))} expected at most 1 argument, got ${args.length}`);
      readBarrier(s);
      if (setLen(s) !== 0 || setFillCount(s) !== 0) setClear(s);
      if (args.length === 1) setUpdateFrom(s, args[0]);
    },
  },
  methods: {
    ...commonMethods(),
    add: (a) => {
      if (a.length !== 2) exactArgs('add', a.slice(1), 1); // (no slice on the common path)
      setAdd(self(a[0]), a[1]);
      return K.None;
    },
    remove: (a) => {
      if (a.length !== 2) exactArgs('remove', a.slice(1), 1); // (no slice on the common path)
      if (!discardKey(self(a[0]), a[1])) return softRaise(newException(T.KeyError, newTuple([a[1]]))); // (runtime/soft_raise.ts)
      return K.None;
    },
    discard: (a) => {
      if (a.length !== 2) exactArgs('discard', a.slice(1), 1); // (no slice on the common path)
      discardKey(self(a[0]), a[1]);
      return K.None;
    },
    pop: (a) => {
      const v = setPop(self(a[0]));
      return v !== 0 ? v : softConstError(T.KeyError, 'pop from an empty set');
    },
    clear: (a) => {
      setClear(self(a[0]));
      return K.None;
    },
    update: (a) => {
      for (const o of a.slice(1)) setUpdateFrom(self(a[0]), o);
      return K.None;
    },
    intersection_update: (a) => {
      setSwapBodies(self(a[0]), intersectionMulti(a[0], a.slice(1)));
      return K.None;
    },
    difference_update: (a) => {
      for (const o of a.slice(1)) differenceUpdate(self(a[0]), o);
      return K.None;
    },
    symmetric_difference_update: (a) => {
      if (a.length !== 2) exactArgs('symmetric_difference_update', a.slice(1), 1); // (no slice on the common path)
      symmetricDifferenceUpdate(self(a[0]), a[1]);
      return K.None;
    },
  },
  classmethods: { __class_getitem__: (a) => makeGenericAlias(a[0], a[1]) },
  attrs: { __hash__: () => K.None },
};

export const frozensetType: TypeDef = {
  onearg: ['__contains__', 'isdisjoint', 'issubset', 'issuperset', 'symmetric_difference', '__class_getitem__'],
  hiddenDunders: ['__bool__'],
  name: 'frozenset',
  noargs: ['copy', '__sizeof__', '__reduce__'],
  layout: L_FROZENSET,
  slots: {
    ...commonSlots(true),
    new: (cls, args, kw) => {
      // keywords are refused unless a subclass overrides __init__ (which may take them); they
      // are not frozenset's arguments either way
      const nkw = kw === 0 ? 0 : mem[kw + 2] >> 1;
      if (nkw > 0 && (cls === T.frozenset || typeInfo(cls).definer(intern('__init__')) === T.object)) typeError('frozenset() takes no keyword arguments');
      if (nkw > 0) args = args.slice(0, args.length - nkw);
      if (args.length > 1) typeError(`${typeName(cls)} expected at most 1 argument, got ${args.length}`);
      if (args.length === 1 && cls === T.frozenset && typeOf(args[0]) === T.frozenset) return args[0];
      const s = newSet(cls, L_FROZENSET);
      if (args.length === 1) setUpdateFrom(s, args[0]);
      return s;
    },
  },
  methods: commonMethods(),
  classmethods: { __class_getitem__: (a) => makeGenericAlias(a[0], a[1]) },
};

export const setIteratorType: TypeDef = {
  name: 'set_iterator',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (it) => it,
    next: (it) => {
      readBarrier(it);
      const s = mem[it + IT_SOURCE];
      let pos = mem[it + IT_POS] >> 1;
      if (pos < 0) return 0;
      pos = setIterNext(s, pos, mem[it + 6] >> 1);
      if (pos === -2) {
        writeBarrier(it);
        mem[it + IT_POS] = -1;
        return raise(T.RuntimeError, 'Set changed size during iteration');
      }
      writeBarrier(it);
      if (pos < 0) {
        mem[it + IT_POS] = -1;
        releaseSource(it); // (the set may go now, as CPython's)
        return 0;
      }
      mem[it + IT_POS] = ((pos + 1) << 1) | 1;
      return setSlotKey(s, pos);
    },
  },
  methods: {
    // the keys not yet produced; 0 once exhausted or after the set changed size (as CPython)
    __length_hint__: (a) => {
      const it = a[0];
      readBarrier(it);
      const s = mem[it + IT_SOURCE];
      const pos = mem[it + IT_POS] >> 1;
      if (pos < 0 || setLen(s) !== (mem[it + 6] >> 1)) return intFromNumber(0);
      let left = 0;
      for (let i = pos, n = setSlots(s); i < n; i++) if (setSlotKey(s, i) !== 0) left++;
      return intFromNumber(left);
    },
    // pickling: (iter, (list of the keys not yet produced,))
    __reduce__: (a) => {
      const it = a[0];
      readBarrier(it);
      const s = mem[it + IT_SOURCE];
      const pos = mem[it + IT_POS] >> 1;
      const left: number[] = [];
      if (pos >= 0 && setLen(s) === (mem[it + 6] >> 1)) {
        for (let i = pos, n = setSlots(s); i < n; i++) {
          const k = setSlotKey(s, i);
          if (k !== 0) left.push(k);
        }
      }
      return newTuple([dictGetStr(builtinsDictRef(), intern('iter')), newTuple([newList(left)])]);
    },
  },
  noargs: ['__length_hint__', '__reduce__'],
};
import { builtinsDictRef } from '../runtime/importer';
import { newList } from './list_core';
import { dictGetStr } from './dict_core';

export { newSet, setAdd };
export const _keep = [setAddH, setContainsH, isSubtype];
