// operator.itemgetter, operator.attrgetter and operator.methodcaller (CPython 3.11's
// Modules/_operator.c): builtin classes (not subclassable, no __dict__, as CPython's) whose call
// is a slot, so `sorted(xs, key=itemgetter(1))` costs no Python frame. Layout L_ITER:
//   itemgetter   [class, 0, items (tuple)]
//   attrgetter   [class, 0, names (tuple of str, as given), paths (tuple: str or tuple of str)]
//   methodcaller [class, 0, name (str), args (tuple), kwargs (dict)]
// All words are written once, at creation, and never change (no barrier needed to read them
// beyond the one that published the object). Reprs, __reduce__ and messages are C's.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_ITER, L_STR, L_TUPLE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { getattr, getitem, isInstance, reprJs } from '../runtime/protocol';
import { newTuple, newTupleN, tupleItem, tupleItems, tupleLen, TU_ITEMS } from './tuple_core';
import { intern, newStr, strJs } from './str_core';
import { dictItems, dictLen, newDict, dictSet } from './dict_core';
import { withReprGuard } from './list';
import { callObject } from '../interp/call';
import { listItem, listLen } from './list_core';

const W0 = 4;
const W1 = 5;
const W2 = 6;

function newGetter(cls: number, a: number, b: number, c = 0): number {
  const r = alloc(L_ITER, 5, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + W0] = a;
  mem[r + W1] = b;
  mem[r + W2] = c;
  return r;
}

function noKw(name: string, kw: number): void {
  if (kw !== 0 && tupleLen(kw) > 0) typeError(`${name}() takes no keyword arguments`);
}

/** The single operand of a getter's call. */
function operand(name: string, args: number[], kw: number): number {
  noKw(name, kw);
  if (args.length !== 1) typeError(`${name} expected 1 argument, got ${args.length}`);
  return args[0];
}

// ── itemgetter ──

function itemOf(obj: number, item: number): number {
  // CPython's fast path: an exact list or tuple and a small int index
  if ((item & 1) === 1) {
    const i = item >> 1;
    if (i >= 0) {
      if (layoutOf(obj) === L_TUPLE && i < tupleLen(obj)) return tupleItem(obj, i);
      if (typeOf(obj) === T.list && i < listLen(obj)) return listItem(obj, i);
    }
  }
  return getitem(obj, item);
}

function itemgetterCall(self: number, args: number[], kw: number): number {
  const obj = operand('itemgetter', args, kw);
  const items = mem[self + W0];
  const n = tupleLen(items);
  if (n === 1) return itemOf(obj, tupleItem(items, 0));
  const out = newTupleN(n);
  for (let i = 0; i < n; i++) mem[out + TU_ITEMS + i] = itemOf(obj, tupleItem(items, i));
  return out;
}

export const itemgetterType: TypeDef = {
  name: 'itemgetter',
  module: 'operator',
  layout: L_ITER,
  final: true,
  doc: 'itemgetter(item, ...) --> itemgetter object\n\nReturn a callable object that fetches the given item(s) from its operand.\nAfter f = itemgetter(2), the call f(r) returns r[2].\nAfter g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])',
  noargs: ['__reduce__'],
  slots: {
    new: (cls, args, kw) => {
      noKw('itemgetter', kw);
      if (args.length === 0) typeError('itemgetter expected 1 argument, got 0');
      return newGetter(cls, newTuple(args), 0);
    },
    call: itemgetterCall,
    repr: (self) => newStr(withReprGuard(self, () => `operator.itemgetter(${tupleItems(mem[self + W0]).map(reprJs).join(', ')})`, 'operator.itemgetter(...)')),
  },
  methods: {
    __reduce__: (a) => newTuple([typeOf(a[0]), mem[a[0] + W0]]),
  },
};

// ── attrgetter ──

function dottedGetattr(obj: number, path: number): number {
  if (layoutOf(path) === L_STR) return getattr(obj, path);
  for (let i = 0, n = tupleLen(path); i < n; i++) obj = getattr(obj, tupleItem(path, i));
  return obj;
}

export const attrgetterType: TypeDef = {
  name: 'attrgetter',
  module: 'operator',
  layout: L_ITER,
  final: true,
  doc: 'attrgetter(attr, ...) --> attrgetter object\n\nReturn a callable object that fetches the given attribute(s) from its operand.\nAfter f = attrgetter(\'name\'), the call f(r) returns r.name.\nAfter g = attrgetter(\'name\', \'date\'), the call g(r) returns (r.name, r.date).\nAfter h = attrgetter(\'name.first\', \'name.last\'), the call h(r) returns\n(r.name.first, r.name.last).',
  noargs: ['__reduce__'],
  slots: {
    new: (cls, args, kw) => {
      noKw('attrgetter', kw);
      if (args.length === 0) typeError('attrgetter expected 1 argument, got 0');
      const paths: number[] = [];
      for (const a of args) {
        if (!isInstance(a, T.str)) typeError('attribute name must be a string');
        const s = strJs(a);
        if (s.indexOf('.') < 0) paths.push(intern(s));
        else paths.push(newTuple(s.split('.').map((p) => intern(p))));
      }
      return newGetter(cls, newTuple(args), newTuple(paths));
    },
    call: (self, args, kw) => {
      const obj = operand('attrgetter', args, kw);
      const paths = mem[self + W1];
      const n = tupleLen(paths);
      if (n === 1) return dottedGetattr(obj, tupleItem(paths, 0));
      const vals: number[] = [];
      for (let i = 0; i < n; i++) vals.push(dottedGetattr(obj, tupleItem(paths, i)));
      return newTuple(vals);
    },
    repr: (self) => newStr(withReprGuard(self, () => `operator.attrgetter(${tupleItems(mem[self + W0]).map(reprJs).join(', ')})`, 'operator.attrgetter(...)')),
  },
  methods: {
    __reduce__: (a) => newTuple([typeOf(a[0]), mem[a[0] + W0]]),
  },
};

// ── methodcaller ──

export const methodcallerType: TypeDef = {
  name: 'methodcaller',
  module: 'operator',
  layout: L_ITER,
  final: true,
  doc: 'methodcaller(name, ...) --> methodcaller object\n\nReturn a callable object that calls the given method on its operand.\nAfter f = methodcaller(\'name\'), the call f(r) returns r.name().\nAfter g = methodcaller(\'name\', \'date\', foo=1), the call g(r) returns\nr.name(\'date\', foo=1).',
  noargs: ['__reduce__'],
  slots: {
    new: (cls, args, kw) => {
      const nkw = kw === 0 ? 0 : tupleLen(kw);
      const npos = args.length - nkw;
      if (npos < 1) typeError('methodcaller needs at least one argument, the method name');
      if (!isInstance(args[0], T.str)) typeError('method name must be a string');
      const kwargs = newDict();
      for (let i = 0; i < nkw; i++) dictSet(kwargs, tupleItem(kw, i), args[npos + i]);
      return newGetter(cls, intern(strJs(args[0])), newTuple(args.slice(1, npos)), kwargs);
    },
    call: (self, args, kw) => {
      const obj = operand('methodcaller', args, kw);
      const meth = getattr(obj, mem[self + W0]);
      const pos = tupleItems(mem[self + W1]);
      const kwargs = mem[self + W2];
      if (dictLen(kwargs) === 0) return callObject(meth, pos, 0);
      const items = dictItems(kwargs);
      for (const [, v] of items) pos.push(v);
      return callObject(meth, pos, newTuple(items.map(([k]) => k)));
    },
    repr: (self) => newStr(withReprGuard(self, () => {
      const parts = [reprJs(mem[self + W0]), ...tupleItems(mem[self + W1]).map(reprJs)];
      for (const [k, v] of dictItems(mem[self + W2])) parts.push(`${strJs(k)}=${reprJs(v)}`);
      return `operator.methodcaller(${parts.join(', ')})`;
    }, 'operator.methodcaller(...)')),
  },
  methods: {
    __reduce__: (a) => {
      const self = a[0];
      const kwargs = mem[self + W2];
      if (dictLen(kwargs) === 0) return newTuple([typeOf(self), newTuple([mem[self + W0], ...tupleItems(mem[self + W1])])]);
      // (functools.partial(type, name, **kwargs), args), as C's
      const items = dictItems(kwargs);
      const ctor = callObject(T.partial, [typeOf(self), mem[self + W0], ...items.map(([, v]) => v)], newTuple(items.map(([k]) => k)));
      return newTuple([ctor, mem[self + W1]]);
    },
  },
};

