// itertools.groupby and its groups (itertools._grouper), CPython 3.11's behaviour. State words
// (itertools_core.ts):
//   groupby:  [it, keyfunc (None: identity), tgtkey, currkey, currvalue (0 = none),
//              currgrouper (the group being served; 0 = none)]
//   _grouper: [parent groupby, tgtkey]
// A group yields only while it is its parent's current group: advancing the groupby replaces
// currgrouper, so an older group ends at once (CPython keeps a borrowed pointer; here the word
// is a reference, compared by identity). Pickling as 3.11: groupby reduces to
// (groupby, (it, keyfunc), (currkey, currvalue, tgtkey)) once started, a group to
// (_grouper, (parent, tgtkey)) or to iter(()) once it is not current.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { CMP_EQ, iter, next, richCompareBool, tname } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { bindArgs } from './builtin_function';
import { newTuple, tupleItem, tupleLen } from './tuple_core';
import { L_ITER, L_TUPLE } from '../runtime/layouts';
import { isSubtype } from './type_core';
import { builtinNamed } from './iterators';
import { get, newItObj, put, setRaw, stateNotTuple } from './itertools_core';

/** PyObject_RichCompareBool: identity first. */
const same = (a: number, b: number): boolean => a === b || richCompareBool(a, b, CMP_EQ);

const IT = 0, KEYFUNC = 1, TGTKEY = 2, CURRKEY = 3, CURRVALUE = 4, CURRGROUPER = 5;

/** groupby_step: the next value and its key; false when the iterator is exhausted. */
function step(g: number): boolean {
  const v = next(get(g, IT));
  if (v === 0) return false;
  const kf = get(g, KEYFUNC);
  const k = kf === K.None ? v : callObject(kf, [v], 0);
  put(g, CURRVALUE, v);
  put(g, CURRKEY, k);
  return true;
}

function isGroupby(v: number): boolean {
  return (v & 1) === 0 && isSubtype(typeOf(v), T.itertools_groupby);
}

function newGrouper(cls: number, parent: number, tgtkey: number): number {
  const o = newItObj(cls, 2);
  setRaw(o, 0, parent);
  setRaw(o, 1, tgtkey);
  put(parent, CURRGROUPER, o);
  return o;
}

export const groupbyType: TypeDef = {
  name: 'groupby',
  module: 'itertools',
  layout: L_ITER,
  doc: 'make an iterator that returns consecutive keys and groups from the iterable\n\n  iterable\n    Elements to divide into groups according to the key function.\n  key\n    A function for computing the group category for each element.\n    If the key function is not specified or is None, the element itself\n    is used for grouping.',
  slots: {
    new: (cls, args, kw) => {
      const [iterable, key] = bindArgs('groupby', args, kw, ['iterable', 'key?']);
      const it = iter(iterable);
      const o = newItObj(cls, 6);
      setRaw(o, IT, it);
      setRaw(o, KEYFUNC, key === 0 ? K.None : key);
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      put(s, CURRGROUPER, 0);
      for (;;) {
        const curr = get(s, CURRKEY);
        if (curr !== 0) {
          const tgt = get(s, TGTKEY);
          if (tgt === 0) break;
          if (!same(tgt, curr)) break;
        }
        if (!step(s)) return 0;
      }
      const k = get(s, CURRKEY);
      put(s, TGTKEY, k);
      const g = newGrouper(T.itertools__grouper, s, k);
      return newTuple([k, g]);
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const it = get(s, IT);
      const kf = get(s, KEYFUNC);
      const tgt = get(s, TGTKEY);
      const ck = get(s, CURRKEY);
      const cv = get(s, CURRVALUE);
      if (tgt !== 0 && ck !== 0 && cv !== 0) return newTuple([typeOf(s), newTuple([it, kf]), newTuple([ck, cv, tgt])]);
      return newTuple([typeOf(s), newTuple([it, kf])]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      const st = a[1];
      if ((st & 1) === 1 || (mem[st] & 0x7ff) !== L_TUPLE) stateNotTuple();
      if (tupleLen(st) !== 3) typeError(`function takes exactly 3 arguments (${tupleLen(st)} given)`);
      put(a[0], CURRKEY, tupleItem(st, 0));
      put(a[0], CURRVALUE, tupleItem(st, 1));
      put(a[0], TGTKEY, tupleItem(st, 2));
      return K.None;
    },
  },
};

export const grouperType: TypeDef = {
  name: '_grouper',
  module: 'itertools',
  layout: L_ITER,
  final: true,
  slots: {
    new: (cls, args, kw) => {
      if (kw !== 0 && tupleLen(kw) > 0) typeError('_grouper() takes no keyword arguments');
      if (args.length !== 2) typeError(`_grouper expected 2 arguments, got ${args.length}`);
      if (!isGroupby(args[0])) typeError(`_grouper() argument 1 must be itertools.groupby, not ${tname(args[0])}`);
      return newGrouper(cls, args[0], args[1]);
    },
    iter: (s) => s,
    next: (s) => {
      const g = get(s, 0);
      if (get(g, CURRGROUPER) !== s) return 0;
      if (get(g, CURRVALUE) === 0) {
        if (!step(g)) return 0;
      }
      if (!same(get(s, 1), get(g, CURRKEY))) return 0;
      const v = get(g, CURRVALUE);
      put(g, CURRVALUE, 0);
      put(g, CURRKEY, 0);
      return v;
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const g = get(a[0], 0);
      if (get(g, CURRGROUPER) !== a[0]) return newTuple([builtinNamed('iter'), newTuple([K.emptyTuple])]);
      return newTuple([typeOf(a[0]), newTuple([g, get(a[0], 1)])]);
    },
  },
};
