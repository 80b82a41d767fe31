// itertools.count, cycle and repeat (CPython 3.11's behaviour: reprs, __reduce__/__setstate__,
// argument checks and messages). State words (itertools_core.ts):
//   count:  [cnt, step, fast (tagged 1: an int start below sys.maxsize and the int step 1;
//           the count is then a plain int, as CPython's C-long mode, so count(True) gives 1)]
//   cycle:  [it (0 once exhausted), saved (list), index (tagged), firstpass (tagged 0/1)]
//   repeat: [element, times left (an int; tagged -1 = forever)]
// next() of each runs no Python code except count's `+` in its general mode and cycle's
// iterator: one atomic step otherwise.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { binaryOp, index, iter, next, reprJs } from '../runtime/protocol';
import { bindArgs } from './builtin_function';
import { intFromBigInt, toBigInt } from './int_core';
import { newTuple, tupleItem, tupleLen } from './tuple_core';
import { isList, listAppend, listItem, listLen, newList } from './list_core';
import { newStr } from './str_core';
import { isSubtype, typeInfo, typeName } from './type_core';
import { L_ITER, L_TUPLE } from '../runtime/layouts';
import { newIter } from './iterators';
import {
  checkPositional, get, lock, newItObj, noKwFor, positional, put, raw, setRaw, ssize, stateNotTuple, tag,
} from './itertools_core';

const SSIZE_MAX = 9223372036854775807n;
const SMALL_MAX = tag(2 ** 30 - 1);

const clsName = (self: number): string => typeName(typeOf(self));

function isIntObj(v: number): boolean {
  return (v & 1) === 1 || isSubtype(typeOf(v), T.int);
}

/** PyNumber_Check. */
function isNumber(v: number): boolean {
  if ((v & 1) === 1) return true;
  const t = typeOf(v);
  const s = typeInfo(t).slots;
  return s.index !== null || s.int !== null || s.float !== null || isSubtype(t, T.complex);
}

// ── count ──
export const countType: TypeDef = {
  name: 'count',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return a count object whose .__next__() method returns consecutive values.\n\nEquivalent to:\n    def count(firstval=0, step=1):\n        x = firstval\n        while 1:\n            yield x\n            x += step',
  slots: {
    new: (cls, args, kw) => {
      const [start, step] = bindArgs('count', args, kw, ['start?', 'step?']);
      if ((start !== 0 && !isNumber(start)) || (step !== 0 && !isNumber(step))) typeError('a number is required');
      let fast = true;
      let cnt = start === 0 ? tag(0) : start;
      if (start !== 0) {
        if (!isIntObj(start)) fast = false;
        else {
          const b = toBigInt(start);
          if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) fast = false;
        }
      }
      const st = step === 0 ? tag(1) : step;
      if (!isIntObj(st) || toBigInt(st) !== 1n) fast = false;
      if (fast) cnt = intFromBigInt(toBigInt(cnt)); // (a plain int: count(True) counts 1, 2, ...)
      const o = newItObj(cls, 3);
      setRaw(o, 0, cnt);
      setRaw(o, 1, fast ? tag(1) : st);
      setRaw(o, 2, tag(fast ? 1 : 0));
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      lock(s);
      const c = raw(s, 0);
      if (raw(s, 2) === tag(1)) {
        if ((c & 1) === 1 && c !== SMALL_MAX) {
          setRaw(s, 0, c + 2);
          return c;
        }
        const b = toBigInt(c);
        if (b !== SSIZE_MAX) {
          setRaw(s, 0, intFromBigInt(b + 1n));
          return c;
        }
        setRaw(s, 2, tag(0)); // past sys.maxsize: the general mode, as CPython
      }
      const up = binaryOp(c, raw(s, 1), 0);
      put(s, 0, up);
      return c;
    },
    repr: (s) => {
      const c = get(s, 0);
      const st = raw(s, 1);
      if (raw(s, 2) === tag(1) || (isIntObj(st) && toBigInt(st) === 1n)) return newStr(`${clsName(s)}(${reprJs(c)})`);
      return newStr(`${clsName(s)}(${reprJs(c)}, ${reprJs(st)})`);
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const c = get(a[0], 0);
      if (raw(a[0], 2) === tag(1)) return newTuple([typeOf(a[0]), newTuple([c])]);
      return newTuple([typeOf(a[0]), newTuple([c, raw(a[0], 1)])]);
    },
  },
};

// ── cycle ──
export const cycleType: TypeDef = {
  name: 'cycle',
  module: 'itertools',
  layout: L_ITER,
  doc: 'Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely.',
  slots: {
    new: (cls, args, kw) => {
      noKwFor('cycle', cls, T.itertools_cycle, kw);
      const p = positional(args, kw);
      checkPositional('cycle', p.length, 1, 1);
      const it = iter(p[0]);
      const o = newItObj(cls, 4);
      setRaw(o, 0, it);
      setRaw(o, 1, newList([]));
      setRaw(o, 2, tag(0));
      setRaw(o, 3, tag(0));
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      const it = get(s, 0);
      if (it !== 0) {
        const v = next(it);
        if (v !== 0) {
          if (get(s, 3) === tag(0)) listAppend(get(s, 1), v);
          return v;
        }
        put(s, 0, 0);
      }
      lock(s);
      const saved = raw(s, 1);
      const n = listLen(saved);
      if (n === 0) return 0;
      let i = raw(s, 2) >> 1;
      if (i >= n) i = 0;
      const item = listItem(saved, i);
      setRaw(s, 2, tag(i + 1 >= n ? 0 : i + 1));
      return item;
    },
  },
  noargs: ['__reduce__'],
  methods: {
    __reduce__: (a) => {
      const s = a[0];
      const it = get(s, 0);
      const saved = raw(s, 1);
      if (it === 0) {
        const i = raw(s, 2) >> 1;
        return newTuple([typeOf(s), newTuple([newIter(T.list_iterator, saved, Math.min(i, listLen(saved)))]), newTuple([saved, K.True])]);
      }
      return newTuple([typeOf(s), newTuple([it]), newTuple([saved, raw(s, 3) === tag(1) ? K.True : K.False])]);
    },
    __setstate__: (a) => {
      if (a.length !== 2) typeError(`cycle.__setstate__() takes exactly one argument (${a.length - 1} given)`);
      const st = a[1];
      if ((st & 1) === 1 || (mem[st] & 0x7ff) !== L_TUPLE) stateNotTuple();
      if (tupleLen(st) !== 2) typeError(`function takes exactly 2 arguments (${tupleLen(st)} given)`);
      const saved = tupleItem(st, 0);
      if (!isList(saved)) typeError(`argument 1 must be list, not ${typeName(typeOf(saved))}`);
      const first = ssize(tupleItem(st, 1));
      put(a[0], 1, saved);
      put(a[0], 3, tag(first !== 0 ? 1 : 0));
      put(a[0], 2, tag(0));
      return K.None;
    },
  },
};

// ── repeat ──
export const repeatType: TypeDef = {
  name: 'repeat',
  module: 'itertools',
  layout: L_ITER,
  doc: 'repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly.',
  slots: {
    new: (cls, args, kw) => {
      const [obj, times] = bindArgs('repeat', args, kw, ['object', 'times?']);
      let cnt = tag(-1);
      if (times !== 0) {
        ssize(times); // (the type and range checks)
        const b = toBigInt(index(times));
        cnt = b < 0n ? tag(0) : intFromBigInt(b);
      }
      const o = newItObj(cls, 2);
      setRaw(o, 0, obj);
      setRaw(o, 1, cnt);
      return o;
    },
    iter: (s) => s,
    next: (s) => {
      lock(s);
      const c = raw(s, 1);
      if (c === tag(-1)) return raw(s, 0);
      if (c === tag(0)) return 0;
      setRaw(s, 1, (c & 1) === 1 ? c - 2 : intFromBigInt(toBigInt(c) - 1n));
      return raw(s, 0);
    },
    repr: (s) => {
      const c = get(s, 1);
      if (c === tag(-1)) return newStr(`${clsName(s)}(${reprJs(raw(s, 0))})`);
      return newStr(`${clsName(s)}(${reprJs(raw(s, 0))}, ${toBigInt(c)})`);
    },
  },
  noargs: ['__length_hint__', '__reduce__'],
  methods: {
    __length_hint__: (a) => {
      const c = get(a[0], 1);
      if (c === tag(-1)) typeError('len() of unsized object');
      return c;
    },
    __reduce__: (a) => {
      const c = get(a[0], 1);
      if (c === tag(-1)) return newTuple([typeOf(a[0]), newTuple([raw(a[0], 0)])]);
      return newTuple([typeOf(a[0]), newTuple([raw(a[0], 0), c])]);
    },
  },
};
