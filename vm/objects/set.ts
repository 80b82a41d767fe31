// set and frozenset: the classes and their methods (set algebra with operators and named
// methods, comparisons as subset tests, in-place updates), on set_core.ts's table.
import { mem } from '../../stmgc/heap';
import { L_FROZENSET, L_ITER, L_SET, L_DICTVIEW } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, typeError, raise } from '../runtime/errors';
import { hashOf, iterToArray, reprJs, tname, isInstance } from '../runtime/protocol';
import {
  newSet, newFrozenSet, setAdd, setAddH, setClear, setContains, setContainsH, setDiscard, setItems, setLen, setPop,
  setSlots, setSlotKey, SE_USED,
} from './set_core';
import { newStr } from './str_core';
import { newTuple } from './tuple_core';
import { newIter, IT_POS, IT_SOURCE } from './iterators';
import { withReprGuard } from './list';
import { intFromNumber } from './int_core';
import { writeBarrier } from '../../stmgc/barriers';
import { isSubtype } from './type_core';
import { makeGenericAlias } from './generic_alias';
import { callObject } from '../interp/call';

export function isAnySet(v: number): boolean {
  if ((v & 1) === 1) return false;
  const l = mem[v] & 0x7ff;
  return l === L_SET || l === L_FROZENSET;
}

function self(v: number): number {
  if (!isAnySet(v)) typeError(`descriptor requires a 'set' object but received a '${tname(v)}'`);
  return v;
}

/** SET_UPDATE / set.update: add every item of an iterable. */
export function setUpdateFrom(s: number, other: number): void {
  if (isAnySet(other)) {
    for (const x of setItems(other)) setAdd(s, x);
    return;
  }
  for (const x of iterToArray(other)) setAdd(s, x);
}

function itemsOf(v: number): number[] {
  return isAnySet(v) ? setItems(v) : iterToArray(v);
}

/** A new set of the same kind as `like` (set or frozenset; subclasses give the base). */
function sameKind(like: number): number {
  return (mem[like] & 0x7ff) === L_FROZENSET ? newSet(T.frozenset, L_FROZENSET) : newSet();
}

function asSet(v: number): number {
  if (isAnySet(v)) return v;
  const s = newSet();
  setUpdateFrom(s, v);
  return s;
}

function union(a: number, others: number[]): number {
  const r = sameKind(a);
  for (const x of setItems(a)) setAdd(r, x);
  for (const o of others) for (const x of itemsOf(o)) setAdd(r, x);
  return r;
}

function intersection(a: number, others: number[]): number {
  let cur = setItems(a);
  for (const o of others) {
    const os = asSet(o);
    cur = cur.filter((x) => setContains(os, x));
  }
  const r = sameKind(a);
  for (const x of cur) setAdd(r, x);
  return r;
}

function difference(a: number, others: number[]): number {
  const sets = others.map(asSet);
  const r = sameKind(a);
  for (const x of setItems(a)) if (!sets.some((s) => setContains(s, x))) setAdd(r, x);
  return r;
}

function symmetricDifference(a: number, o: number): number {
  const os = asSet(o);
  const r = sameKind(a);
  for (const x of setItems(a)) if (!setContains(os, x)) setAdd(r, x);
  for (const x of setItems(os)) if (!setContains(a, x)) setAdd(r, x);
  return r;
}

function isSubset(a: number, b: number): boolean {
  if (setLen(a) > setLen(b)) return false;
  for (const x of setItems(a)) if (!setContains(b, x)) return false;
  return true;
}

function binop(f: (a: number, b: number) => number) {
  return (a: number, b: number): number => {
    if (!isAnySet(a) || !isAnySet(b)) {
      // dict views handle set operations with sets themselves
      if (isAnySet(a) && (b & 1) === 0 && (mem[b] & 0x7ff) === L_DICTVIEW) return K.NotImplemented;
      return K.NotImplemented;
    }
    return f(a, b);
  };
}

function setRepr(s: number): string {
  const items = setItems(s);
  const frozen = (mem[s] & 0x7ff) === L_FROZENSET;
  const name = typeOf(s) === T.set || typeOf(s) === T.frozenset ? '' : tnameOf(s);
  if (items.length === 0) return `${name || (frozen ? 'frozenset' : 'set')}()`;
  return withReprGuard(s, () => {
    const body = '{' + items.map(reprJs).join(', ') + '}';
    if (name) return `${name}(${body})`;
    return frozen ? `frozenset(${body})` : body;
  }, `${name || (frozen ? 'frozenset' : 'set')}(...)`);
}
function tnameOf(s: number): string { return tname(s); }

function frozenHash(s: number): number {
  // CPython's frozenset hash (shuffled xor of the item hashes), on 32-bit lanes
  let h = 0;
  for (const x of setItems(s)) {
    const y = hashOf(x);
    h ^= Math.imul((y ^ (y << 16) ^ 89869747) >>> 0, 3644798167) >>> 0;
  }
  h ^= (setLen(s) + 1) * 1927868237;
  h ^= (h >>> 11) ^ (h >>> 25);
  h = (Math.imul(h, 69069) + 907133923) | 0;
  return h === -1 ? 590923713 : h;
}

function checkHashable(v: number): void {
  hashOf(v);
}

function commonMethods(): TypeDef['methods'] {
  return {
    union: (a) => union(self(a[0]), a.slice(1)),
    intersection: (a) => intersection(self(a[0]), a.slice(1)),
    difference: (a) => difference(self(a[0]), a.slice(1)),
    symmetric_difference: (a) => symmetricDifference(self(a[0]), a[1]),
    issubset: (a) => (isSubset(self(a[0]), asSet(a[1])) ? K.True : K.False),
    issuperset: (a) => (isSubset(asSet(a[1]), self(a[0])) ? K.True : K.False),
    isdisjoint: (a) => (itemsOf(a[1]).some((x) => setContains(self(a[0]), x)) ? K.False : K.True),
    copy: (a) => ((mem[a[0]] & 0x7ff) === L_FROZENSET && typeOf(a[0]) === T.frozenset ? a[0] : union(self(a[0]), [])),
    __reduce__: (a) => newTuple([typeOf(a[0]), newTuple([callObject(T.list, [a[0]], 0)]), K.None]),
    __sizeof__: (a) => intFromNumber(200 + 16 * setSlots(a[0])),
  };
}

function commonSlots(frozen: boolean): TypeDef['slots'] {
  const nb = new Array(13).fill(null);
  nb[1] = binop((a, b) => intersection(a, [b]));
  nb[7] = binop((a, b) => union(a, [b]));
  nb[10] = binop((a, b) => difference(a, [b]));
  nb[12] = binop(symmetricDifference);
  return {
    repr: (s) => newStr(setRepr(s)),
    len: setLen,
    bool: (s) => setLen(s) !== 0,
    contains: (s, x) => {
      try {
        return setContains(s, x);
      } catch (e) {
        // an unhashable set is looked up as a frozenset
        if (e instanceof PyException && isInstance(e.exc, T.TypeError) && isAnySet(x)) return setContains(s, newFrozenSet(setItems(x)));
        throw e;
      }
    },
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
      return r ? K.True : K.False;
    },
    hash: frozen ? frozenHash : null,
    nb,
  };
}

export const setType: TypeDef = {
  name: 'set',
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
      a[1] = inplace((s, o) => replaceWith(s, intersection(s, [o])));
      a[10] = inplace((s, o) => replaceWith(s, difference(s, [o])));
      a[12] = inplace((s, o) => replaceWith(s, symmetricDifference(s, o)));
      return a;
    })(),
    new: (cls) => newSet(cls),
    init: (s, args, kw) => {
      if (kw !== 0 && (mem[kw + 2] >> 1) > 0) typeError('set() takes no keyword arguments');
      if (args.length > 1) typeError(`set expected at most 1 argument, got ${args.length}`);
      setClear(s);
      if (args.length === 1) setUpdateFrom(s, args[0]);
    },
  },
  methods: {
    ...commonMethods(),
    add: (a) => {
      setAdd(self(a[0]), a[1]);
      return K.None;
    },
    remove: (a) => {
      checkHashable(a[1]);
      if (!setDiscard(self(a[0]), a[1])) throw new PyException(newException(T.KeyError, newTuple([a[1]])));
      return K.None;
    },
    discard: (a) => {
      setDiscard(self(a[0]), a[1]);
      return K.None;
    },
    pop: (a) => {
      const v = setPop(self(a[0]));
      return v !== 0 ? v : raise(T.KeyError, 'pop from an empty set');
    },
    clear: (a) => {
      setClear(self(a[0]));
      return K.None;
    },
    update: (a) => {
      for (const o of a.slice(1)) setUpdateFrom(self(a[0]), o);
      return K.None;
    },
    intersection_update: (a) => { replaceWith(a[0], intersection(self(a[0]), a.slice(1))); return K.None; },
    difference_update: (a) => { replaceWith(a[0], difference(self(a[0]), a.slice(1))); return K.None; },
    symmetric_difference_update: (a) => { replaceWith(a[0], symmetricDifference(self(a[0]), a[1])); return K.None; },
  },
  classmethods: { __class_getitem__: (a) => makeGenericAlias(a[0], a[1]) },
  attrs: { __hash__: () => K.None },
};

function replaceWith(s: number, from: number): void {
  setClear(s);
  for (const x of setItems(from)) setAdd(s, x);
}

export const frozensetType: TypeDef = {
  name: 'frozenset',
  layout: L_FROZENSET,
  slots: {
    ...commonSlots(true),
    new: (cls, args, kw) => {
      if (kw !== 0 && (mem[kw + 2] >> 1) > 0) typeError('frozenset() takes no keyword arguments');
      if (args.length > 1) typeError(`frozenset expected at most 1 argument, got ${args.length}`);
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
      const s = mem[it + IT_SOURCE];
      let pos = mem[it + IT_POS] >> 1;
      if (pos < 0) return 0;
      if ((mem[s + SE_USED] >> 1) !== (mem[it + 6] >> 1)) {
        writeBarrier(it);
        mem[it + IT_POS] = -1;
        return raise(T.RuntimeError, 'Set changed size during iteration');
      }
      const n = setSlots(s);
      while (pos < n && setSlotKey(s, pos) === 0) pos++;
      writeBarrier(it);
      if (pos >= n) {
        mem[it + IT_POS] = -1;
        return 0;
      }
      mem[it + IT_POS] = ((pos + 1) << 1) | 1;
      return setSlotKey(s, pos);
    },
  },
};

export { newSet, setAdd };
export const _keep = [setAddH, setContainsH, isSubtype];
