// The iterator classes of builtins: enumerate, zip, map, filter and reversed (for sequences
// without __reversed__). L_ITER objects: [class, 0, source, position/counter (tagged), extra],
// where source is an iterator or a tuple of iterators and extra the function or start value.
import { mem } from '../../stmgc/heap';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError, valueError, PyException } from '../runtime/errors';
import { callSpecial, getitem, index, iter, len, next, truthy, tname, names as N, isInstance } from '../runtime/protocol';
import { newIter, IT_EXTRA, IT_POS, IT_SOURCE } from '../objects/iterators';
import { newTuple, newTupleN, tupleItems, tupleLen, tupleItem, TU_ITEMS } from '../objects/tuple_core';
import { intFromBigInt, intFromNumber, toBigInt } from '../objects/int_core';
import { intValue } from '../objects/int';
import { callObject } from '../interp/call';
import { bindArgs, oneMethodArg } from '../objects/builtin_function';
import { typeInfo } from '../objects/type_core';
import { newSeqIter } from '../objects/iterators';
import { intern } from '../objects/str_core';
import { noKwFor, positional } from '../objects/itertools_core';

function iterOrError(v: number, what: string): number {
  try {
    return iter(v);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError) && typeInfo(typeOf(v)).slots.iter === null && typeInfo(typeOf(v)).slots.getitem === null) {
      typeError(`'${tname(v)}' object is not iterable`);
    }
    throw e;
  }
  void what;
}

export const enumerateType: TypeDef = {
  name: 'enumerate',
  layout: L_ITER,
  slots: {
    new: (cls, args, kw) => {
      const [iterable, start] = bindArgs('enumerate', args, kw, ['iterable', 'start?']);
      let s = 0n;
      if (start !== 0) {
        const v = intValue(start);
        if (v === null) typeError(`'${tname(start)}' object cannot be interpreted as an integer`);
        s = v!;
      }
      const it = newIter(cls, iterOrError(iterable, 'enumerate'), 0, intFromBigInt(s));
      return it;
    },
    iter: (s) => s,
    next: (s) => {
      const v = next(mem[s + IT_SOURCE]);
      if (v === 0) return 0;
      writeBarrier(s); // before the read of the count (a read then a lock could miss a commit in between)
      const c = mem[s + IT_EXTRA];
      mem[s + IT_EXTRA] = (c & 1) === 1 && c !== ((2 ** 30 - 1) << 1 | 1) ? c + 2 : intFromBigInt(toBigInt(c) + 1n);
      const t = newTupleN(2); // (no JS array)
      mem[t + TU_ITEMS] = c;
      mem[t + TU_ITEMS + 1] = v;
      return t;
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      readBarrier(a[0]);
      return newTuple([typeOf(a[0]), newTuple([mem[a[0] + IT_SOURCE], mem[a[0] + IT_EXTRA]])]);
    },
  },
};

import { ZIP_DOC } from '../objects/builtin_docs';

export const zipType: TypeDef = {
  name: 'zip',
  doc: ZIP_DOC,
  layout: L_ITER,
  slots: {
    new: (cls, args, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      let strict = false;
      for (let i = 0; i < nkw; i++) {
        const k = tupleItem(kw, i);
        if (k !== intern('strict')) typeError(`zip() got an unexpected keyword argument '${k}'`);
        strict = truthy(args[args.length - nkw + i]);
      }
      const its = args.slice(0, args.length - nkw).map((a) => iter(a));
      return newIter(cls, newTuple(its), strict ? 1 : 0);
    },
    iter: (s) => s,
    next: (s) => {
      const its = mem[s + IT_SOURCE]; // a tuple of the iterators (immutable)
      const n = tupleLen(its);
      readBarrier(s);
      if (n === 0 || (mem[s + IT_POS] >> 1) < 0) return 0;
      const strict = (mem[s + IT_POS] >> 1) === 1;
      // the result filled as the items come (no JS arrays; garbage when an iterator is done;
      // nothing collects below a builtin, so it stays where it is)
      const out = newTupleN(n);
      for (let i = 0; i < n; i++) {
        const v = next(tupleItem(its, i));
        if (v === 0) {
          writeBarrier(s);
          mem[s + IT_POS] = -1;
          if (strict) {
            if (i > 0) valueError(`zip() argument ${i + 1} is shorter than argument${i > 1 ? 's' : ''} 1${i > 1 ? `-${i}` : ''}`);
            for (let j = 1; j < n; j++) {
              if (next(tupleItem(its, j)) !== 0) valueError(`zip() argument ${j + 1} is longer than argument${j > 1 ? 's' : ''} 1${j > 1 ? `-${j}` : ''}`);
            }
          }
          return 0;
        }
        mem[out + TU_ITEMS + i] = v;
      }
      return out;
    },
  },
  // pickling as CPython's: (zip, iterators) or (zip, iterators, True), __setstate__(strict)
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      readBarrier(a[0]);
      const its = mem[a[0] + IT_SOURCE];
      if ((mem[a[0] + IT_POS] >> 1) === 1) return newTuple([typeOf(a[0]), its, K.True]);
      return newTuple([typeOf(a[0]), its]);
    },
    __setstate__: (a) => {
      oneMethodArg(a, '__setstate__');
      const strict = truthy(a[1]);
      readBarrier(a[0]);
      if ((mem[a[0] + IT_POS] >> 1) >= 0) {
        writeBarrier(a[0]);
        mem[a[0] + IT_POS] = strict ? 3 : 1;
      }
      return K.None;
    },
  },
};

export const mapType: TypeDef = {
  name: 'map',
  layout: L_ITER,
  slots: {
    new: (cls, args, kw) => {
      noKwFor('map', cls, T.map, kw); // (a subclass's own __init__ may take keywords)
      args = positional(args, kw);
      if (args.length < 2) typeError('map() must have at least two arguments.');
      const its = args.slice(1).map((a) => iterOrError(a, 'map'));
      return newIter(cls, newTuple(its), 0, args[0]);
    },
    iter: (s) => s,
    next: (s) => {
      const its = tupleItems(mem[s + IT_SOURCE]);
      const vals: number[] = [];
      for (const it of its) {
        const v = next(it);
        if (v === 0) return 0;
        vals.push(v);
      }
      return callObject(mem[s + IT_EXTRA], vals, 0);
    },
  },
  // pickling as CPython's: (map, (func, *iterators))
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      readBarrier(a[0]);
      return newTuple([typeOf(a[0]), newTuple([mem[a[0] + IT_EXTRA], ...tupleItems(mem[a[0] + IT_SOURCE])])]);
    },
  },
};

export const filterType: TypeDef = {
  name: 'filter',
  layout: L_ITER,
  slots: {
    new: (cls, args, kw) => {
      noKwFor('filter', cls, T.filter, kw);
      args = positional(args, kw);
      if (args.length !== 2) typeError(`filter expected 2 arguments, got ${args.length}`);
      return newIter(cls, iterOrError(args[1], 'filter'), 0, args[0]);
    },
    iter: (s) => s,
    next: (s) => {
      const f = mem[s + IT_EXTRA];
      for (;;) {
        const v = next(mem[s + IT_SOURCE]);
        if (v === 0) return 0;
        const keep = f === K.None || f === T.bool ? truthy(v) : truthy(callObject(f, [v], 0));
        if (keep) return v;
      }
    },
  },
  // pickling as CPython's: (filter, (func, iterator))
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      readBarrier(a[0]);
      return newTuple([typeOf(a[0]), newTuple([mem[a[0] + IT_EXTRA], mem[a[0] + IT_SOURCE]])]);
    },
  },
};

export const reversedType: TypeDef = {
  name: 'reversed',
  layout: L_ITER,
  slots: {
    new: (cls, args, kw) => {
      if (kw !== 0 && tupleLen(kw) > 0) typeError('reversed() takes no keyword arguments');
      if (args.length !== 1) typeError(`reversed expected 1 argument, got ${args.length}`);
      const seq = args[0];
      const ti = typeInfo(typeOf(seq));
      const rev = ti.lookup(N.reversed);
      if (rev === K.None) typeError(`'${tname(seq)}' object is not reversible`);
      if (rev !== 0) return callSpecial(seq, N.reversed, []);
      if (ti.slots.getitem === null || ti.slots.len === null || typeOf(seq) === T.dict) typeError(`'${tname(seq)}' object is not reversible`);
      return newIter(cls, seq, len(seq) - 1);
    },
    iter: (s) => s,
    next: (s) => {
      readBarrier(s);
      const i = mem[s + IT_POS] >> 1;
      if (i < 0) {
        // exhausted: the sequence is let go, as CPython's (its __del__ can run)
        if (mem[s + IT_SOURCE] !== K.None) { writeBarrier(s); mem[s + IT_SOURCE] = K.None; }
        return 0;
      }
      writeBarrier(s);
      mem[s + IT_POS] = ((i - 1) << 1) | 1;
      try {
        return getitem(mem[s + IT_SOURCE], intFromNumber(i));
      } catch (e) {
        if (e instanceof PyException && (isInstance(e.exc, T.IndexError) || isInstance(e.exc, T.StopIteration))) {
          mem[s + IT_POS] = -1;
          mem[s + IT_SOURCE] = K.None;
          return 0;
        }
        throw e;
      }
    },
  },
  noargs: ['__length_hint__', '__reduce__'],
  methods: {
    __length_hint__: (a) => {
      readBarrier(a[0]);
      return intFromNumber(Math.max(0, (mem[a[0] + IT_POS] >> 1) + 1));
    },
    // (CPython: reversed(seq) and the position, or an empty tuple's iterator once exhausted)
    __reduce__: (a) => {
      readBarrier(a[0]);
      const i = mem[a[0] + IT_POS] >> 1;
      if (i < 0) return newTuple([typeOf(a[0]), newTuple([K.emptyTuple])]);
      return newTuple([typeOf(a[0]), newTuple([mem[a[0] + IT_SOURCE]]), intFromNumber(i)]);
    },
    __setstate__: (a) => {
      oneMethodArg(a, '__setstate__');
      readBarrier(a[0]);
      if ((mem[a[0] + IT_POS] >> 1) < 0) return K.None;
      let i = Number(toBigInt(index(a[1])));
      const n = len(mem[a[0] + IT_SOURCE]);
      if (i < -1) i = -1;
      if (i > n - 1) i = n - 1;
      writeBarrier(a[0]);
      mem[a[0] + IT_POS] = (i << 1) | 1;
      return K.None;
    },
  },
};

export const _keep = [newSeqIter];
