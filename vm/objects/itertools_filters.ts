// itertools.compress, dropwhile, takewhile, filterfalse, starmap and accumulate (CPython 3.11's
// behaviour, pickling included). State words (itertools_core.ts):
//   compress:    [data, selectors]          dropwhile: [func, it, start (tagged 0/1)]
//   takewhile:   [func, it, stop (0/1)]     filterfalse / starmap: [func, it]
//   accumulate:  [it, func (0: +), total (0: none yet), initial (None once given out)]
// These call Python code (the predicates, the iterators): a step re-reads its words after each
// call, as CPython's C code re-reads its struct.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { binaryOp, iter, next, truthy } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { bindArgs } from './builtin_function';
import { newTuple, tupleItems } from './tuple_core';
import { L_ITER, L_TUPLE } from '../runtime/layouts';
import { checkPositional, get, newItObj, noKwFor, positional, put, seqTuple, setRaw, tag } from './itertools_core';

const bare = (name: string, doc: string, n: number, nextFn: (s: number) => number, extra: Partial<TypeDef> = {}): TypeDef => ({
  name,
  module: 'itertools',
  layout: L_ITER,
  doc,
  slots: { iter: (s) => s, next: nextFn, ...(extra.slots ?? {}) },
  noargs: ['__reduce__'],
  methods: extra.methods ?? {},
  ...(n >= 0 ? {} : {}),
});

/** (func, iterable) constructors: clinic's positional-only pair. */
function funcIterNew(name: string, base: () => number, words: number) {
  return (cls: number, args: number[], kw: number): number => {
    noKwFor(name, cls, base(), kw);
    const p = positional(args, kw);
    checkPositional(name, p.length, 2, 2);
    const it = iter(p[1]);
    const o = newItObj(cls, words);
    setRaw(o, 0, p[0]);
    setRaw(o, 1, it);
    if (words > 2) setRaw(o, 2, tag(0));
    return o;
  };
}

const reduce2 = (a: number[]): number => newTuple([typeOf(a[0]), newTuple([get(a[0], 0), get(a[0], 1)])]);
const reduceFlag = (a: number[]): number =>
  newTuple([typeOf(a[0]), newTuple([get(a[0], 0), get(a[0], 1)]), get(a[0], 2) === tag(1) ? K.True : K.False]);
const setFlag = (a: number[]): number => {
  if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
  put(a[0], 2, tag(truthy(a[1]) ? 1 : 0));
  return K.None;
};

export const compressType: TypeDef = bare('compress', 'Return data elements corresponding to true selector elements.', 2, (s) => {
  for (;;) {
    const d = next(get(s, 0));
    if (d === 0) return 0;
    const sel = next(get(s, 1));
    if (sel === 0) return 0;
    if (truthy(sel)) return d;
  }
}, { methods: { __reduce__: reduce2 } });
compressType.slots!.new = (cls, args, kw) => {
  const [data, selectors] = bindArgs('compress', args, kw, ['data', 'selectors']);
  const d = iter(data);
  const sl = iter(selectors);
  const o = newItObj(cls, 2);
  setRaw(o, 0, d);
  setRaw(o, 1, sl);
  return o;
};

export const dropwhileType: TypeDef = bare('dropwhile', 'Drop items from the iterable while predicate(item) is true.\n\nAfterwards, return every element until the iterable is exhausted.', 3, (s) => {
  for (;;) {
    const item = next(get(s, 1));
    if (item === 0) return 0;
    if (get(s, 2) === tag(1)) return item;
    if (!truthy(callObject(get(s, 0), [item], 0))) {
      put(s, 2, tag(1));
      return item;
    }
  }
}, { methods: { __reduce__: reduceFlag, __setstate__: setFlag } });
dropwhileType.slots!.new = funcIterNew('dropwhile', () => T.itertools_dropwhile, 3);

export const takewhileType: TypeDef = bare('takewhile', 'Return successive entries from an iterable as long as the predicate evaluates to true for each entry.', 3, (s) => {
  if (get(s, 2) === tag(1)) return 0;
  const item = next(get(s, 1));
  if (item === 0) return 0;
  if (truthy(callObject(get(s, 0), [item], 0))) return item;
  put(s, 2, tag(1));
  return 0;
}, { methods: { __reduce__: reduceFlag, __setstate__: setFlag } });
takewhileType.slots!.new = funcIterNew('takewhile', () => T.itertools_takewhile, 3);

export const filterfalseType: TypeDef = bare('filterfalse', 'Return those items of iterable for which function(item) is false.\n\nIf function is None, return the items that are false.', 2, (s) => {
  for (;;) {
    const item = next(get(s, 1));
    if (item === 0) return 0;
    const f = get(s, 0);
    const ok = f === K.None || f === T.bool ? truthy(item) : truthy(callObject(f, [item], 0));
    if (!ok) return item;
  }
}, { methods: { __reduce__: reduce2 } });
filterfalseType.slots!.new = funcIterNew('filterfalse', () => T.itertools_filterfalse, 2);

export const starmapType: TypeDef = bare('starmap', 'Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence.', 2, (s) => {
  let args = next(get(s, 1));
  if (args === 0) return 0;
  if ((args & 1) === 1 || (mem[args] & 0x7ff) !== L_TUPLE || typeOf(args) !== T.tuple) args = seqTuple(args);
  return callObject(get(s, 0), tupleItems(args), 0);
}, { methods: { __reduce__: reduce2 } });
starmapType.slots!.new = funcIterNew('starmap', () => T.itertools_starmap, 2);

export const accumulateType: TypeDef = bare('accumulate', 'Return series of accumulated sums (or other binary function results).', 4, (s) => {
  const initial = get(s, 3);
  if (initial !== K.None) {
    put(s, 2, initial);
    put(s, 3, K.None);
    return initial;
  }
  const v = next(get(s, 0));
  if (v === 0) return 0;
  const total = get(s, 2);
  if (total === 0) {
    put(s, 2, v);
    return v;
  }
  const f = get(s, 1);
  const nt = f === 0 ? binaryOp(total, v, 0) : callObject(f, [total, v], 0);
  put(s, 2, nt);
  return nt;
}, {
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const it = get(s, 0);
      const f = get(s, 1);
      const fOut = f === 0 ? K.None : f;
      const initial = get(s, 3);
      if (initial !== K.None) {
        const ch = callObject(T.itertools_chain, [newTuple([initial]), it], 0);
        return newTuple([typeOf(s), newTuple([ch, fOut]), K.None]);
      }
      const total = get(s, 2);
      if (total === K.None) {
        // None as the running total cannot be a state (None means "none yet"): re-chain it
        const ch = callObject(T.itertools_chain, [newTuple([total]), it], 0);
        const acc = callObject(typeOf(s), [ch, fOut], 0);
        return newTuple([T.itertools_islice, newTuple([acc, tag(1), K.None])]);
      }
      return newTuple([typeOf(s), newTuple([it, fOut]), total === 0 ? K.None : total]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      put(a[0], 2, a[1]);
      return K.None;
    },
  },
});
accumulateType.slots!.new = (cls, args, kw) => {
  const [iterable, func, initial] = bindArgs('accumulate', args, kw, ['iterable', 'func?', '$initial?']);
  const it = iter(iterable);
  const o = newItObj(cls, 4);
  setRaw(o, 0, it);
  setRaw(o, 1, func === 0 || func === K.None ? 0 : func);
  setRaw(o, 2, 0);
  setRaw(o, 3, initial === 0 ? K.None : initial);
  return o;
};
