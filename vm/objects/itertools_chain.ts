// itertools.chain (and chain.from_iterable), islice, pairwise and zip_longest (CPython 3.11's
// behaviour, pickling included). State words (itertools_core.ts):
//   chain:       [source (iterator of iterables; 0 once done), active (0: take the next one)]
//   islice:      [it (0 once done), next, stop (-1 = None: an int object when past 2**30),
//                 step, cnt] (positions tagged; sizes up to sys.maxsize as in CPython)
//   pairwise:    [it (0 once done), old (0: none yet)]
//   zip_longest: [iterators (an L_ARRAY: 0 where one is exhausted), numactive, fillvalue, n]
// islice stops consuming at stop (it never reads past it), as CPython's.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier, readBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, raise, typeError } from '../runtime/errors';
import { index, isInstance, iter, next } from '../runtime/protocol';
import { newTuple, newTupleN, tupleItem, tupleLen, TU_ITEMS } from './tuple_core';
import { intFromBigInt, intFromNumber, toBigInt } from './int_core';
import { newList } from './list_core';
import { strJs } from './str_core';
import { L_ARRAY, L_ITER, L_TUPLE } from '../runtime/layouts';
import { typeInfo } from './type_core';
import {
  checkPositional, get, lock, newItObj, noKwFor, positional, put, raw, setRaw, ssize, ssizeOrMinus1, stateNotTuple, tag,
} from './itertools_core';

const isIterator = (v: number): boolean => typeInfo(typeOf(v)).slots.next !== null;
const isTuple = (v: number): boolean => (v & 1) === 0 && (mem[v] & 0x7ff) === L_TUPLE;

// ── chain ──
function newChain(cls: number, source: number): number {
  const o = newItObj(cls, 2);
  setRaw(o, 0, source);
  return o;
}

export const chainType: TypeDef = {
  name: 'chain',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted.',
  slots: {
    new: (cls, args, kw) => {
      noKwFor('chain', cls, T.itertools_chain, kw);
      return newChain(cls, iter(newTuple(positional(args, kw))));
    },
    iter: (s) => s,
    next: (s) => {
      for (;;) {
        const source = get(s, 0);
        if (source === 0) return 0;
        let active = raw(s, 1);
        if (active === 0) {
          let iterable: number;
          try {
            iterable = next(source);
          } catch (e) {
            put(s, 0, 0);
            throw e;
          }
          if (iterable === 0) {
            put(s, 0, 0);
            return 0;
          }
          try {
            active = iter(iterable);
          } catch (e) {
            put(s, 0, 0);
            throw e;
          }
          put(s, 1, active);
        }
        let item: number;
        try {
          item = next(active);
        } catch (e) {
          if (!(e instanceof PyException && isInstance(e.exc, T.StopIteration))) throw e;
          item = 0;
        }
        if (item !== 0) return item;
        if (get(s, 1) === active) put(s, 1, 0);
      }
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const source = get(s, 0);
      const active = raw(s, 1);
      if (source === 0) return newTuple([typeOf(s), K.emptyTuple]);
      if (active !== 0) return newTuple([typeOf(s), K.emptyTuple, newTuple([source, active])]);
      return newTuple([typeOf(s), K.emptyTuple, newTuple([source])]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      const st = a[1];
      if (!isTuple(st)) stateNotTuple();
      const n = tupleLen(st);
      if (n < 1) typeError(`__setstate__ expected at least 1 argument, got 0`);
      if (n > 2) typeError(`__setstate__ expected at most 2 arguments, got ${n}`);
      const source = tupleItem(st, 0);
      const active = n > 1 ? tupleItem(st, 1) : 0;
      if (!isIterator(source) || (active !== 0 && !isIterator(active))) typeError('Arguments must be iterators.');
      put(a[0], 0, source);
      put(a[0], 1, active);
      return K.None;
    },
  },
  classmethods: {
    from_iterable: (a, kw) => {
      if (kw !== 0 && tupleLen(kw) > 0) typeError('chain.from_iterable() takes no keyword arguments');
      if (a.length !== 2) typeError(`chain.from_iterable() takes exactly one argument (${a.length - 1} given)`);
      return newChain(a[0], iter(a[1]));
    },
  },
};

// ── islice ──
const STOP_MSG = 'Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.';
const INDICES_MSG = 'Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.';

/** An ssize value as a heap word (tagged when small). */
const word = (n: number): number => intFromNumber(n);
const num = (w: number): number => ((w & 1) === 1 ? w >> 1 : Number(toBigInt(w)));

function newIslice(cls: number, it: number, start: number, stop: number, step: number, cnt: number): number {
  const o = newItObj(cls, 5);
  setRaw(o, 0, it);
  setRaw(o, 1, word(start));
  setRaw(o, 2, word(stop));
  setRaw(o, 3, word(step));
  setRaw(o, 4, word(cnt));
  return o;
}

export const isliceType: TypeDef = {
  name: 'islice',
  module: 'itertools',
  layout: L_ITER,
  doc: 'islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object\n\nReturn an iterator whose next() method returns selected values from an\niterable.  If start is specified, will skip all preceding elements;\notherwise, start defaults to zero.  Step defaults to one.  If\nspecified as another value, step determines how many values are\nskipped between successive calls.  Works like a slice() on a list\nbut returns an iterator.',
  slots: {
    new: (cls, args, kw) => {
      noKwFor('islice', cls, T.itertools_islice, kw);
      const p = positional(args, kw);
      checkPositional('islice', p.length, 2, 4);
      let start = 0;
      let stop = -1;
      let step = 1;
      const stopArg = (v: number): number => {
        const n = ssizeOrMinus1(v);
        if (n === -1) raise(T.ValueError, STOP_MSG);
        return n;
      };
      if (p.length === 2) {
        if (p[1] !== K.None) stop = stopArg(p[1]);
      } else {
        if (p[1] !== K.None) start = ssizeOrMinus1(p[1]);
        if (p[2] !== K.None) stop = stopArg(p[2]);
      }
      if (start < 0 || stop < -1) raise(T.ValueError, INDICES_MSG);
      if (p.length === 4 && p[3] !== K.None) step = ssizeOrMinus1(p[3]);
      if (step < 1) raise(T.ValueError, 'Step for islice() must be a positive integer or None.');
      const o = newIslice(cls, iter(p[0]), start, stop, step, 0);
      // bounds past 2**53 kept exact for reprs and pickles (counted in doubles)
      const exact = (i: number, n: number, v: number): void => {
        if (n >= Number.MAX_SAFE_INTEGER) setRaw(o, i, intFromBigInt(toBigInt(index(v))));
      };
      if (p.length === 2) exact(2, stop, p[1]);
      else {
        exact(1, start, p[1]);
        exact(2, stop, p[2]);
        if (p.length === 4) exact(3, step, p[3]);
      }
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      const it = get(s, 0);
      if (it === 0) return 0;
      const stop = num(raw(s, 2));
      const empty = (): number => {
        put(s, 0, 0);
        return 0;
      };
      for (;;) {
        const cnt = num(get(s, 4));
        if (cnt >= num(raw(s, 1))) break;
        let v: number;
        try {
          v = next(it);
        } catch (e) {
          empty();
          throw e;
        }
        if (v === 0) return empty();
        put(s, 4, word(num(get(s, 4)) + 1));
      }
      if (stop !== -1 && num(get(s, 4)) >= stop) return empty();
      let item: number;
      try {
        item = next(it);
      } catch (e) {
        empty();
        throw e;
      }
      if (item === 0) return empty();
      lock(s);
      setRaw(s, 4, word(num(raw(s, 4)) + 1));
      let nx = num(raw(s, 1)) + num(raw(s, 3));
      if (stop !== -1 && nx > stop) nx = stop;
      setRaw(s, 1, word(nx));
      return item;
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const it = get(s, 0);
      if (it === 0) return newTuple([typeOf(s), newTuple([iter(newList([])), tag(0)]), tag(0)]);
      const stop = raw(s, 2);
      return newTuple([typeOf(s), newTuple([it, raw(s, 1), stop === tag(-1) ? K.None : stop, raw(s, 3)]), raw(s, 4)]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      if ((a[1] & 1) === 0 && !isInstance(a[1], T.int)) typeError('an integer is required');
      put(a[0], 4, word(ssize(a[1])));
      return K.None;
    },
  },
};

// ── pairwise ──
export const pairwiseType: TypeDef = {
  name: 'pairwise',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return an iterator of overlapping pairs taken from the input iterator.\n\n    s -> (s0,s1), (s1,s2), (s2, s3), ...',
  slots: {
    new: (cls, args, kw) => {
      noKwFor('pairwise', cls, T.itertools_pairwise, kw);
      const p = positional(args, kw);
      checkPositional('pairwise', p.length, 1, 1);
      const o = newItObj(cls, 2);
      setRaw(o, 0, iter(p[0]));
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      const it = get(s, 0);
      if (it === 0) return 0;
      let old = raw(s, 1);
      if (old === 0) {
        old = next(it);
        if (old === 0) {
          put(s, 0, 0);
          return 0;
        }
        put(s, 1, old);
      }
      const nw = next(it);
      if (nw === 0) {
        put(s, 0, 0);
        put(s, 1, 0);
        return 0;
      }
      const r = newTuple([old, nw]);
      put(s, 1, nw);
      return r;
    },
  },
};

// ── zip_longest ──
export const zipLongestType: TypeDef = {
  name: 'zip_longest',
  module: 'itertools',
  layout: L_ITER,
  doc: 'zip_longest(iter1 [,iter2 [...]], [fillvalue=None]) --> zip_longest object\n\nReturn a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument.  The .__next__()\nmethod continues until the longest iterable in the argument sequence\nis exhausted and then it raises StopIteration.  When the shorter iterables\nare exhausted, the fillvalue is substituted in their place.  The fillvalue\ndefaults to None or can be specified by a keyword argument.',
  slots: {
    new: (cls, args, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      let fill = K.None;
      if (nkw > 0) {
        if (nkw !== 1 || strJs(tupleItem(kw, 0)) !== 'fillvalue') typeError('zip_longest() got an unexpected keyword argument');
        fill = args[args.length - 1];
      }
      const p = positional(args, kw);
      const its = alloc(L_ARRAY, p.length, SCAN_ALL);
      for (let i = 0; i < p.length; i++) mem[its + 2 + i] = iter(p[i]);
      const o = newItObj(cls, 4);
      setRaw(o, 0, its);
      setRaw(o, 1, tag(p.length));
      setRaw(o, 2, fill);
      setRaw(o, 3, tag(p.length));
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      const its = get(s, 0);
      const n = raw(s, 3) >> 1;
      if (n === 0 || get(s, 1) === tag(0)) return 0;
      const out = newTupleN(n);
      for (let i = 0; i < n; i++) {
        readBarrier(s);
        const it = mem[its + 2 + i];
        let v: number;
        if (it === 0) v = raw(s, 2);
        else {
          try {
            v = next(it);
          } catch (e) {
            put(s, 1, tag(0));
            throw e;
          }
          if (v === 0) {
            lock(s);
            const active = (raw(s, 1) >> 1) - 1;
            if (active <= 0) {
              setRaw(s, 1, tag(0));
              return 0;
            }
            setRaw(s, 1, tag(active));
            writeBarrier(its);
            writeBarrierCard(its, i);
            mem[its + 2 + i] = 0;
            v = raw(s, 2);
          }
        }
        mem[out + TU_ITEMS + i] = v;
      }
      return out;
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const its = get(s, 0);
      const n = raw(s, 3) >> 1;
      const items: number[] = [];
      for (let i = 0; i < n; i++) items.push(mem[its + 2 + i] === 0 ? K.emptyTuple : mem[its + 2 + i]);
      return newTuple([typeOf(s), newTuple(items), raw(s, 2)]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      put(a[0], 2, a[1]);
      return K.None;
    },
  },
};
