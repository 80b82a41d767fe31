// itertools.product, permutations, combinations and combinations_with_replacement (CPython
// 3.11's orders, argument checks, pickling and clamping __setstate__). Each takes its inputs
// into tuples at construction (product consumes every iterable up front) and keeps its
// position as index arrays (itertools_core.ts: L_ARRAY of tagged ints, guarded by the owner).
// State words:
//   product:      [pools (tuple of tuples), indices, started (tagged 0/1), stopped (0/1)]
//   combinations, combinations_with_replacement: [pool, r (tagged), indices, started, stopped]
//   permutations: [pool, r, indices (n), cycles (r), started, stopped]
// next() runs no Python code: one atomic step (the whole index update under the owner's lock).
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { overflowError, raise, typeError } from '../runtime/errors';
import { isInstance } from '../runtime/protocol';
import { bindArgs } from './builtin_function';
import { newTuple, newTupleN, tupleItem, tupleLen, TU_ITEMS } from './tuple_core';
import { strJs } from './str_core';
import { L_ITER, L_TUPLE } from '../runtime/layouts';
import {
  get, invalidArguments, ix, ixLen, lock, lockArray, newIndexArray, newItObj, raw, setIx, setRaw, ssize, tag,
  seqTuple,
} from './itertools_core';

const isTuple = (v: number): boolean => (v & 1) === 0 && (mem[v] & 0x7ff) === L_TUPLE;
const tlen = (t: number): number => mem[t + 2] >> 1;
const titem = (t: number, i: number): number => mem[t + TU_ITEMS + i];

/** PyLong_AsSsize_t: an int (not __index__), "an integer is required" otherwise. */
function asSsize(v: number): number {
  if ((v & 1) === 0 && !isInstance(v, T.int)) typeError('an integer is required');
  return ssize(v);
}

function indicesTuple(a: number, n: number): number {
  const out: number[] = [];
  for (let i = 0; i < n; i++) out.push(tag(ix(a, i)));
  return newTuple(out);
}

/** The result tuple pool[indices[i]] for i < r. */
function pick(pool: number, a: number, r: number): number {
  const out = newTupleN(r);
  for (let i = 0; i < r; i++) mem[out + TU_ITEMS + i] = titem(pool, ix(a, i));
  return out;
}

const STARTED = (o: number, i: number): boolean => raw(o, i) === tag(1);

// ── product ──
export const productType: TypeDef = {
  name: 'product',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Cartesian product of input iterables.  Equivalent to nested for-loops.',
  slots: {
    new: (cls, args, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      let repeat = 1;
      if (nkw > 1) typeError(`product() takes at most 1 keyword argument (${nkw} given)`);
      for (let k = 0; k < nkw; k++) {
        const name = strJs(tupleItem(kw, k));
        if (name !== 'repeat') typeError(`'${name}' is an invalid keyword argument for product()`);
        repeat = ssize(args[args.length - nkw + k]);
        if (repeat < 0) raise(T.ValueError, 'repeat argument cannot be negative');
      }
      const nargs = repeat === 0 ? 0 : args.length - nkw;
      if (nargs > 0 && nargs * repeat > 2 ** 28) overflowError('repeat argument too large');
      const pools: number[] = [];
      for (let i = 0; i < nargs; i++) pools.push(seqTuple(args[i]));
      const all: number[] = [];
      for (let k = 0; k < repeat && nargs > 0; k++) all.push(...pools);
      const o = newItObj(cls, 4);
      setRaw(o, 0, newTuple(all));
      setRaw(o, 1, newIndexArray(all.length, () => 0));
      setRaw(o, 2, tag(0));
      setRaw(o, 3, tag(0));
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      lock(s);
      if (STARTED(s, 3)) return 0;
      const pools = raw(s, 0);
      const a = raw(s, 1);
      const n = tlen(pools);
      if (!STARTED(s, 2)) {
        setRaw(s, 2, tag(1));
        for (let i = 0; i < n; i++) {
          if (tlen(titem(pools, i)) === 0) {
            setRaw(s, 3, tag(1));
            return 0;
          }
        }
        return pick2(pools, a, n);
      }
      lockArray(a);
      let i = n - 1;
      for (; i >= 0; i--) {
        const k = ix(a, i) + 1;
        if (k < tlen(titem(pools, i))) {
          setIx(a, i, k);
          break;
        }
        setIx(a, i, 0);
      }
      if (i < 0) {
        setRaw(s, 3, tag(1));
        return 0;
      }
      return pick2(pools, a, n);
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const pools = get(s, 0);
      if (STARTED(s, 3)) return newTuple([typeOf(s), newTuple([K.emptyTuple])]);
      if (!STARTED(s, 2)) return newTuple([typeOf(s), pools]);
      return newTuple([typeOf(s), pools, indicesTuple(raw(s, 1), tlen(pools))]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      const s = a[0];
      const st = a[1];
      const pools = get(s, 0);
      const n = tlen(pools);
      if (!isTuple(st) || tlen(st) !== n) invalidArguments();
      lock(s);
      const arr = raw(s, 1);
      lockArray(arr);
      for (let i = 0; i < n; i++) {
        let k = asSsize(tupleItem(st, i));
        const size = tlen(titem(pools, i));
        if (size === 0) {
          setRaw(s, 3, tag(1));
          return K.None;
        }
        k = k < 0 ? 0 : k > size - 1 ? size - 1 : k;
        setIx(arr, i, k);
      }
      setRaw(s, 2, tag(1));
      return K.None;
    },
  },
};

/** product's result: pools[i][indices[i]]. */
function pick2(pools: number, a: number, n: number): number {
  const out = newTupleN(n);
  for (let i = 0; i < n; i++) mem[out + TU_ITEMS + i] = titem(titem(pools, i), ix(a, i));
  return out;
}

// ── combinations / combinations_with_replacement ──
function combNew(name: string, withReplacement: boolean) {
  return (cls: number, args: number[], kw: number): number => {
    const [iterable, rArg] = bindArgs(name, args, kw, ['iterable', 'r']);
    const pool = seqTuple(iterable);
    const r = ssize(rArg);
    if (r < 0) raise(T.ValueError, 'r must be non-negative');
    const n = tlen(pool);
    const o = newItObj(cls, 5);
    setRaw(o, 0, pool);
    setRaw(o, 1, tag(Math.min(r, 2 ** 29)));
    const stopped = withReplacement ? n === 0 && r > 0 : r > n;
    setRaw(o, 2, newIndexArray(stopped ? 0 : r, (i) => (withReplacement ? 0 : i)));
    setRaw(o, 3, tag(0));
    setRaw(o, 4, tag(stopped ? 1 : 0));
    return o;
  };
}

function combReduce(a: number[]): number {
  const s = a[0];
  const pool = get(s, 0);
  const r = raw(s, 1);
  if (!STARTED(s, 3)) return newTuple([typeOf(s), newTuple([pool, r])]);
  if (STARTED(s, 4)) return newTuple([typeOf(s), newTuple([K.emptyTuple, r])]);
  return newTuple([typeOf(s), newTuple([pool, r]), indicesTuple(raw(s, 2), r >> 1)]);
}

function combSetstate(withReplacement: boolean) {
  return (a: number[]): number => {
    if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
    const s = a[0];
    const st = a[1];
    const pool = get(s, 0);
    const r = raw(s, 1) >> 1;
    const n = tlen(pool);
    if (!isTuple(st) || tlen(st) !== r) invalidArguments();
    lock(s);
    let arr = raw(s, 2);
    if (ixLen(arr) < r) {
      arr = newIndexArray(r, () => 0);
      setRaw(s, 2, arr);
    }
    lockArray(arr);
    for (let i = 0; i < r; i++) {
      let k = asSsize(tupleItem(st, i));
      if (withReplacement) k = k < 0 ? 0 : k > n - 1 ? n - 1 : k;
      else {
        const max = i + n - r;
        if (k > max) k = max;
        if (k < 0) k = 0;
      }
      setIx(arr, i, k);
    }
    setRaw(s, 3, tag(1));
    return K.None;
  };
}

export const combinationsType: TypeDef = {
  name: 'combinations',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return successive r-length combinations of elements in the iterable.\n\ncombinations(range(4), 3) --> (0,1,2), (0,1,3), (0,2,3), (1,2,3)',
  slots: {
    new: combNew('combinations', false),
    iter: (s) => s,
    next: (s) => {
      lock(s);
      if (STARTED(s, 4)) return 0;
      const pool = raw(s, 0);
      const r = raw(s, 1) >> 1;
      const a = raw(s, 2);
      if (!STARTED(s, 3)) {
        setRaw(s, 3, tag(1));
        return pick(pool, a, r);
      }
      const n = tlen(pool);
      let i = r - 1;
      while (i >= 0 && ix(a, i) === i + n - r) i--;
      if (i < 0) {
        setRaw(s, 4, tag(1));
        return 0;
      }
      lockArray(a);
      setIx(a, i, ix(a, i) + 1);
      for (let j = i + 1; j < r; j++) setIx(a, j, ix(a, j - 1) + 1);
      return pick(pool, a, r);
    },
  },
  noargs: ['__reduce__'],
  methods: { __reduce__: combReduce, __setstate__: combSetstate(false) },
};

export const cwrType: TypeDef = {
  name: 'combinations_with_replacement',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats.\n\ncombinations_with_replacement(\'ABC\', 2) --> AA AB AC BB BC CC"',
  slots: {
    new: combNew('combinations_with_replacement', true),
    iter: (s) => s,
    next: (s) => {
      lock(s);
      if (STARTED(s, 4)) return 0;
      const pool = raw(s, 0);
      const r = raw(s, 1) >> 1;
      const a = raw(s, 2);
      if (!STARTED(s, 3)) {
        setRaw(s, 3, tag(1));
        return pick(pool, a, r);
      }
      const n = tlen(pool);
      let i = r - 1;
      while (i >= 0 && ix(a, i) === n - 1) i--;
      if (i < 0) {
        setRaw(s, 4, tag(1));
        return 0;
      }
      lockArray(a);
      const k = ix(a, i) + 1;
      for (; i < r; i++) setIx(a, i, k);
      return pick(pool, a, r);
    },
  },
  noargs: ['__reduce__'],
  methods: { __reduce__: combReduce, __setstate__: combSetstate(true) },
};

// ── permutations ──
export const permutationsType: TypeDef = {
  name: 'permutations',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return successive r-length permutations of elements in the iterable.\n\npermutations(range(3), 2) --> (0,1), (0,2), (1,0), (1,2), (2,0), (2,1)',
  slots: {
    new: (cls, args, kw) => {
      const [iterable, rArg] = bindArgs('permutations', args, kw, ['iterable', 'r?']);
      const pool = seqTuple(iterable);
      const n = tlen(pool);
      let r = n;
      if (rArg !== 0 && rArg !== K.None) {
        if ((rArg & 1) === 0 && !isInstance(rArg, T.int)) typeError('Expected int as r');
        r = ssize(rArg);
      }
      if (r < 0) raise(T.ValueError, 'r must be non-negative');
      const stopped = r > n;
      const o = newItObj(cls, 6);
      setRaw(o, 0, pool);
      setRaw(o, 1, tag(Math.min(r, 2 ** 29)));
      setRaw(o, 2, newIndexArray(n, (i) => i));
      setRaw(o, 3, newIndexArray(stopped ? 0 : r, (i) => n - i));
      setRaw(o, 4, tag(0));
      setRaw(o, 5, tag(stopped ? 1 : 0));
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      lock(s);
      if (STARTED(s, 5)) return 0;
      const pool = raw(s, 0);
      const r = raw(s, 1) >> 1;
      const ind = raw(s, 2);
      const cyc = raw(s, 3);
      if (!STARTED(s, 4)) {
        setRaw(s, 4, tag(1));
        return pick(pool, ind, r);
      }
      const n = tlen(pool);
      if (n === 0) {
        setRaw(s, 5, tag(1));
        return 0;
      }
      lockArray(ind);
      lockArray(cyc);
      let i = r - 1;
      for (; i >= 0; i--) {
        const c = ix(cyc, i) - 1;
        if (c === 0) {
          const first = ix(ind, i);
          for (let j = i; j < n - 1; j++) setIx(ind, j, ix(ind, j + 1));
          setIx(ind, n - 1, first);
          setIx(cyc, i, n - i);
        } else {
          setIx(cyc, i, c);
          const t = ix(ind, i);
          setIx(ind, i, ix(ind, n - c));
          setIx(ind, n - c, t);
          break;
        }
      }
      if (i < 0) {
        setRaw(s, 5, tag(1));
        return 0;
      }
      return pick(pool, ind, r);
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const pool = get(s, 0);
      const r = raw(s, 1);
      if (!STARTED(s, 4)) return newTuple([typeOf(s), newTuple([pool, r])]);
      if (STARTED(s, 5)) return newTuple([typeOf(s), newTuple([K.emptyTuple, r])]);
      return newTuple([typeOf(s), newTuple([pool, r]), newTuple([indicesTuple(raw(s, 2), tlen(pool)), indicesTuple(raw(s, 3), r >> 1)])]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      const s = a[0];
      const st = a[1];
      if (!isTuple(st)) typeError('state is not a tuple');
      if (tlen(st) !== 2) typeError(`function takes exactly 2 arguments (${tlen(st)} given)`);
      const ind = tupleItem(st, 0);
      const cyc = tupleItem(st, 1);
      if (!isTuple(ind)) typeError(`argument 1 must be tuple, not ${typeNameOf(ind)}`);
      if (!isTuple(cyc)) typeError(`argument 2 must be tuple, not ${typeNameOf(cyc)}`);
      const pool = get(s, 0);
      const n = tlen(pool);
      const r = raw(s, 1) >> 1;
      if (tlen(ind) !== n || tlen(cyc) !== r) invalidArguments();
      lock(s);
      const ia = raw(s, 2);
      let ca = raw(s, 3);
      if (ixLen(ca) < r) {
        ca = newIndexArray(r, () => 1);
        setRaw(s, 3, ca);
      }
      lockArray(ia);
      lockArray(ca);
      for (let i = 0; i < n; i++) {
        let k = asSsize(tupleItem(ind, i));
        k = k < 0 ? 0 : k > n - 1 ? n - 1 : k;
        setIx(ia, i, k);
      }
      for (let i = 0; i < r; i++) {
        let k = asSsize(tupleItem(cyc, i));
        k = k < 1 ? 1 : k > n - i ? n - i : k;
        setIx(ca, i, k);
      }
      setRaw(s, 4, tag(1));
      return K.None;
    },
  },
};

import { tname } from '../runtime/protocol';
const typeNameOf = (v: number): string => tname(v);
