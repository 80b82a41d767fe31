// functools.partial (CPython 3.11's Modules/_functoolsmodule.c partial_*): a builtin class,
// subclassable, with a __dict__, whose call is a slot (no Python frame). Layout L_ITER:
//   [class, __dict__ (0 until set), fn, args (exact tuple), kw (exact dict)]
// fn/args/kw change only through __setstate__ (under the write barrier); readers read-barrier
// the partial first. The kw dict is the partial's own (p.keywords is that dict, mutable, as in
// CPython: a call re-reads it every time). partial(partial(f, 1), 2) flattens to partial(f, 1, 2)
// when the inner one's class calls as partial does and it has no __dict__, as C's.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ITER, L_TUPLE, L_FUNCTION, L_TYPE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { typeError } from '../runtime/errors';
import { instanceDict, isInstance, iterToArray, reprJs, strOf } from '../runtime/protocol';
import { newTuple, tupleItem, tupleItems, tupleLen } from './tuple_core';
import { intern, newStr } from './str_core';
import { dictCopyInto, dictItems, dictLen, newDict, dictSet } from './dict_core';
import { withReprGuard } from './list';
import { callObject } from '../interp/call';
import { typeInfo, typeName } from './type_core';
import { makeGenericAlias } from './generic_alias';

export const PA_FN = 4;
export const PA_ARGS = 5;
export const PA_KW = 6;

export function isCallable(v: number): boolean {
  const l = layoutOf(v);
  return l === L_FUNCTION || l === L_TYPE || typeInfo(typeOf(v)).slots.call !== null;
}

function isPartial(v: number): boolean {
  return (v & 1) === 0 && v !== 0 && isInstance(v, T.partial);
}

function selfOf(v: number, name: string): number {
  if (!isPartial(v)) typeError(`descriptor '${name}' for 'functools.partial' objects doesn't apply to a '${typeName(typeOf(v))}' object`);
  return v;
}

/** The keyword names and values of a call: the partial's keywords updated by the call's. */
function mergedKeywords(kw: number, args: number[], kwnames: number, pos: number[]): number {
  const n = kwnames === 0 ? 0 : tupleLen(kwnames);
  const merged = newDict();
  dictCopyInto(merged, kw);
  const npos = args.length - n;
  for (let i = 0; i < n; i++) dictSet(merged, tupleItem(kwnames, i), args[npos + i]);
  const items = dictItems(merged);
  for (const [k, v] of items) {
    if (!isInstance(k, T.str)) typeError('keywords must be strings');
    pos.push(v);
  }
  return newTuple(items.map(([k]) => k));
}

export function partialCall(self: number, args: number[], kwnames: number): number {
  readBarrier(self);
  const fn = mem[self + PA_FN];
  const pargs = mem[self + PA_ARGS];
  const kw = mem[self + PA_KW];
  const np = tupleLen(pargs);
  if (dictLen(kw) === 0) {
    if (np === 0) return callObject(fn, args, kwnames);
    return callObject(fn, [...tupleItems(pargs), ...args], kwnames);
  }
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const pos = [...tupleItems(pargs), ...args.slice(0, args.length - nkw)];
  const names = mergedKeywords(kw, args, kwnames, pos);
  return callObject(fn, pos, names);
}

function partialNew(cls: number, args: number[], kwnames: number): number {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const npos = args.length - nkw;
  if (npos < 1) typeError(`type 'partial' takes at least one argument`);
  let fn = args[0];
  let pargs = 0;
  let pkw = 0;
  if ((fn & 1) === 0 && layoutOf(fn) === L_ITER && typeInfo(typeOf(fn)).slots.call === partialCall) {
    readBarrier(fn);
    if (mem[fn + 3] === 0) {
      pargs = mem[fn + PA_ARGS];
      pkw = mem[fn + PA_KW];
      fn = mem[fn + PA_FN];
    }
  }
  if (!isCallable(fn)) typeError('the first argument must be callable');
  const rest = args.slice(1, npos);
  const kw = newDict();
  if (pkw !== 0) dictCopyInto(kw, pkw);
  for (let i = 0; i < nkw; i++) dictSet(kw, tupleItem(kwnames, i), args[npos + i]);
  const p = alloc(L_ITER, 5, SCAN_ALL);
  mem[p + 2] = cls;
  mem[p + PA_FN] = fn;
  mem[p + PA_ARGS] = newTuple(pargs !== 0 ? [...tupleItems(pargs), ...rest] : rest);
  mem[p + PA_KW] = kw;
  return p;
}

function partialRepr(self: number): number {
  const cls = typeOf(self);
  const name = cls === T.partial ? 'functools.partial' : typeName(cls);
  return newStr(withReprGuard(self, () => {
    readBarrier(self);
    const parts = [reprJs(mem[self + PA_FN])];
    for (const a of tupleItems(mem[self + PA_ARGS])) parts.push(reprJs(a));
    for (const [k, v] of dictItems(mem[self + PA_KW])) parts.push(`${strOf(k)}=${reprJs(v)}`);
    return `${name}(${parts.join(', ')})`;
  }, '...'));
}

function invalidState(): never {
  return typeError('invalid partial state');
}

function setState(self: number, state: number): void {
  if (!isInstance(state, T.tuple) || tupleLen(state) !== 4) invalidState();
  const [fn, fnargs0, kw0, dict0] = tupleItems(state);
  if (!isCallable(fn) || !isInstance(fnargs0, T.tuple) || kw0 !== K.None && !isInstance(kw0, T.dict)) invalidState();
  const fnargs = layoutOf(fnargs0) === L_TUPLE ? fnargs0 : newTuple(iterToArray(fnargs0));
  let kw = kw0;
  if (kw === K.None || typeOf(kw) !== T.dict) {
    kw = newDict();
    if (kw0 !== K.None) dictCopyInto(kw, kw0);
  }
  if (dict0 !== K.None && !isInstance(dict0, T.dict)) typeError('setting partial object\'s dictionary to a non-dict');
  writeBarrier(self);
  mem[self + PA_FN] = fn;
  mem[self + PA_ARGS] = fnargs;
  mem[self + PA_KW] = kw;
  mem[self + 3] = dict0 === K.None ? 0 : dict0;
}

export const partialType: TypeDef = {
  name: 'partial',
  module: 'functools',
  layout: L_ITER,
  flags: 4, // TF_HAS_DICT
  doc: 'partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n',
  noargs: ['__reduce__'],
  onearg: ['__setstate__'],
  slots: {
    new: partialNew,
    call: partialCall,
    repr: partialRepr,
    // (PyObject_GenericSetDict: the __dict__ may be replaced, not deleted)
    setattro: (obj, name, value) => {
      if (value === 0 && name === intern('__dict__')) typeError('cannot delete __dict__');
      typeInfo(T.object).slots.setattro!(obj, name, value);
    },
  },
  methods: {
    __reduce__: (a) => {
      const self = selfOf(a[0], '__reduce__');
      readBarrier(self);
      const d = instanceDict(self);
      const fn = mem[self + PA_FN];
      return newTuple([typeOf(self), newTuple([fn]), newTuple([fn, mem[self + PA_ARGS], mem[self + PA_KW], d === 0 ? K.None : d])]);
    },
    __setstate__: (a) => {
      setState(selfOf(a[0], '__setstate__'), a[1]);
      return K.None;
    },
  },
  classmethods: {
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
  getters: {
    func: (s) => (readBarrier(s), mem[selfOf(s, 'func') + PA_FN]),
    args: (s) => (readBarrier(s), mem[selfOf(s, 'args') + PA_ARGS]),
    keywords: (s) => (readBarrier(s), mem[selfOf(s, 'keywords') + PA_KW]),
  },
  readonlyMembers: ['func', 'args', 'keywords'],
};
