// itertools.tee, its iterators (itertools._tee) and their shared buffer links
// (itertools._tee_dataobject), CPython 3.11's behaviour. State words (itertools_core.ts):
//   _tee_dataobject: [it, numread (tagged), running (tagged 0/1), nextlink (0 = none yet),
//                     values x LINKCELLS] (a link of the buffer; the lead iterator fills it)
//   _tee:            [dataobj, index (tagged, 0..LINKCELLS)]
// Copies (`__copy__`, tee(it, n), _tee(a_tee)) share the links; a fetch from the source while
// another is under way (re-entrant, or another thread inside the source's Python __next__) is
// CPython's RuntimeError "cannot re-enter the tee iterator". Pickling as 3.11:
// _tee -> (_tee, ((),), (dataobj, index)); _tee_dataobject -> (cls, (it, values, nextlink)).
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError } from '../runtime/errors';
import { callObject } from '../interp/call';
import { getattrOpt, iter, next, tname } from '../runtime/protocol';
import { newTuple, tupleItem, tupleLen } from './tuple_core';
import { isList, listItems, listLen, newList } from './list_core';
import { intern } from './str_core';
import { L_ITER, L_TUPLE } from '../runtime/layouts';
import { checkPositional, get, lock, newItObj, put, raw, setRaw, ssize, stateNotTuple, tag } from './itertools_core';

export const LINKCELLS = 57;
const IT = 0, NUMREAD = 1, RUNNING = 2, NEXTLINK = 3, VALUES = 4;

function newDataObj(it: number): number {
  const d = newItObj(T.itertools__tee_dataobject, VALUES + LINKCELLS);
  setRaw(d, IT, it);
  setRaw(d, NUMREAD, tag(0));
  setRaw(d, RUNNING, tag(0));
  return d;
}

function isDataObj(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_ITER && typeOf(v) === T.itertools__tee_dataobject;
}

function jumplink(d: number): number {
  lock(d);
  let n = raw(d, NEXTLINK);
  if (n === 0) {
    n = newDataObj(raw(d, IT));
    setRaw(d, NEXTLINK, n);
  }
  return n;
}

function dataGet(d: number, i: number): number {
  const numread = get(d, NUMREAD) >> 1;
  if (i < numread) return raw(d, VALUES + i);
  if (get(d, RUNNING) === tag(1)) raise(T.RuntimeError, 'cannot re-enter the tee iterator');
  put(d, RUNNING, tag(1));
  let v: number;
  try {
    v = next(get(d, IT));
  } finally {
    put(d, RUNNING, tag(0));
  }
  if (v === 0) return 0;
  lock(d);
  const k = raw(d, NUMREAD) >> 1;
  if (k < LINKCELLS) {
    setRaw(d, VALUES + k, v);
    setRaw(d, NUMREAD, tag(k + 1));
  }
  return v;
}

function newTee(dataobj: number, index: number): number {
  const t = newItObj(T.itertools__tee, 2);
  setRaw(t, 0, dataobj);
  setRaw(t, 1, tag(index));
  return t;
}

function teeCopy(t: number): number {
  return newTee(get(t, 0), get(t, 1) >> 1);
}

function isTee(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_ITER && typeOf(v) === T.itertools__tee;
}

/** tee_fromiterable: a tee over iter(v) (a copy when that is a tee already). */
function teeFrom(v: number): number {
  const it = iter(v);
  if (isTee(it)) return teeCopy(it);
  return newTee(newDataObj(it), 0);
}

export const teeDataType: TypeDef = {
  name: '_tee_dataobject',
  module: 'itertools',
  layout: L_ITER,
  final: true,
  doc: 'teedataobject(iterable, values, next, /)\n--\n\nData container common to multiple tee objects.',
  slots: {
    new: (cls, args, kw) => {
      if (kw !== 0 && tupleLen(kw) > 0) typeError('teedataobject() takes no keyword arguments');
      checkPositional('teedataobject', args.length, 3, 3);
      const [it, values, nx] = args;
      if (!isList(values)) typeError(`teedataobject() argument 2 must be list, not ${tname(values)}`);
      const d = newDataObj(it);
      void cls;
      const n = listLen(values);
      const bad = (): never => raise(T.ValueError, 'Invalid arguments');
      if (n > LINKCELLS) bad();
      const items = listItems(values);
      for (let i = 0; i < n; i++) setRaw(d, VALUES + i, items[i]);
      setRaw(d, NUMREAD, tag(n));
      if (n === LINKCELLS) {
        if (nx !== K.None) {
          if (!isDataObj(nx)) bad();
          setRaw(d, NEXTLINK, nx);
        }
      } else if (nx !== K.None) bad();
      return d;
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const d = a[0];
      const n = get(d, NUMREAD) >> 1;
      const vals: number[] = [];
      for (let i = 0; i < n; i++) vals.push(raw(d, VALUES + i));
      const nx = raw(d, NEXTLINK);
      return newTuple([typeOf(d), newTuple([raw(d, IT), newList(vals), nx === 0 ? K.None : nx])]);
    },
  },
};

export const teeType: TypeDef = {
  name: '_tee',
  module: 'itertools',
  layout: L_ITER,
  final: true,
  doc: 'Iterator wrapped to make it copyable.',
  slots: {
    new: (cls, args, kw) => {
      if (kw !== 0 && tupleLen(kw) > 0) typeError('_tee() takes no keyword arguments');
      checkPositional('_tee', args.length, 1, 1);
      void cls;
      return teeFrom(args[0]);
    },
    iter: (s) => s,
    next: (s) => {
      lock(s);
      let d = raw(s, 0);
      let i = raw(s, 1) >> 1;
      if (i >= LINKCELLS) {
        d = jumplink(d);
        put(s, 0, d);
        put(s, 1, tag(0));
        i = 0;
      }
      const v = dataGet(d, i);
      if (v === 0) return 0;
      // (the position re-read: the source's __next__ may have moved this tee re-entrantly)
      if (get(s, 0) === d && raw(s, 1) >> 1 === i) put(s, 1, tag(i + 1));
      return v;
    },
  },
  noargs: ['__copy__', '__reduce__'],
  methods: {
    __copy__: (a) => teeCopy(a[0]),
    __reduce__: (a) => newTuple([typeOf(a[0]), newTuple([K.emptyTuple]), newTuple([get(a[0], 0), raw(a[0], 1)])]),
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`__setstate__() takes exactly one argument (${a.length - 1} given)`);
      const st = a[1];
      if ((st & 1) === 1 || (mem[st] & 0x7ff) !== L_TUPLE) stateNotTuple();
      if (tupleLen(st) !== 2) typeError(`function takes exactly 2 arguments (${tupleLen(st)} given)`);
      const d = tupleItem(st, 0);
      if (!isDataObj(d)) typeError(`argument 1 must be itertools._tee_dataobject, not ${tname(d)}`);
      const i = ssize(tupleItem(st, 1));
      if (i < 0 || i > LINKCELLS) raise(T.ValueError, 'Index out of range');
      put(a[0], 0, d);
      put(a[0], 1, tag(i));
      return K.None;
    },
  },
};

/** itertools.tee(iterable, n=2). */
export function teeFunction(args: number[], kw: number): number {
  if (kw !== 0 && tupleLen(kw) > 0) typeError('itertools.tee() takes no keyword arguments');
  checkPositional('tee', args.length, 1, 2);
  const iterable = args[0];
  const nArg = args.length > 1 ? args[1] : 0;
  const n = nArg === 0 ? 2 : ssize(nArg);
  if (n < 0) raise(T.ValueError, 'n must be >= 0');
  if (n === 0) return K.emptyTuple;
  const it = iter(iterable);
  let first: number;
  let copy = getattrOpt(it, intern('__copy__'));
  if (copy !== 0) first = it;
  else {
    first = teeFrom(it);
    copy = 0;
  }
  const out = [first];
  for (let i = 1; i < n; i++) out.push(copy !== 0 ? callObject(copy, [], 0) : teeCopy(first));
  return newTuple(out);
}
