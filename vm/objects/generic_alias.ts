// types.GenericAlias (list[int]) and types.UnionType (int | str): plain instances of builtin
// classes whose __dict__ holds __origin__/__args__/__parameters__, with CPython's reprs.
import { mem } from '../../stmgc/heap';
import { L_INSTANCE, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { hashOf, getattrOpt, getitem, iter, reprJs, richEq, names as N, isInstanceFull, binaryOp } from '../runtime/protocol';
import { intern, newStr, strJs } from './str_core';
import { newTuple, tupleItems, tupleLen } from './tuple_core';
import { dictGetStr, dictLen, dictSet, newDict } from './dict_core';
import { newInstance } from './object';
import { callObject } from '../interp/call';
import { typeError } from '../runtime/errors';
import { isSubtype, typeName } from './type_core';
import { newFrozenSet } from './set_core';
import { builtinsDictRef } from '../runtime/importer';

function attr(v: number, name: string): number {
  const d = mem[v + 3];
  return d === 0 ? 0 : dictGetStr(d, intern(name));
}

function makeWith(cls: number, fields: Record<string, number>): number {
  const r = newInstance(cls);
  const d = newDict();
  for (const [k, v] of Object.entries(fields)) dictSet(d, intern(k), v);
  mem[r + 3] = d;
  return r;
}

function isUnpacked(v: number): boolean { return attr(v, '__unpacked__') === K.True; }

export function makeGenericAlias(origin: number, args: number): number {
  const a = layoutOf(args) === L_TUPLE ? args : newTuple([args]);
  return makeWith(T.GenericAlias, { __origin__: origin, __args__: a, __parameters__: parametersOf(a), __unpacked__: K.False });
}

// ── type variables (CPython's _Py_make_parameters / _Py_subs_parameters) ──
// A type variable is any non-class argument with __typing_subst__ (typing.TypeVar, ParamSpec);
// other non-class arguments contribute their own __parameters__ (list[T], typing.List[T]).

function substOf(a: number): number {
  return layoutOf(a) === L_TYPE ? 0 : getattrOpt(a, intern('__typing_subst__'));
}

function parametersOf(args: number): number {
  const params: number[] = [];
  for (const a of tupleItems(args)) {
    if (layoutOf(a) === L_TYPE) continue;
    if (substOf(a) !== 0) {
      if (!params.includes(a)) params.push(a);
      continue;
    }
    const sub = getattrOpt(a, intern('__parameters__'));
    if (sub !== 0 && layoutOf(sub) === L_TUPLE) for (const p of tupleItems(sub)) if (!params.includes(p)) params.push(p);
  }
  return params.length === 0 ? K.emptyTuple : newTuple(params);
}

/** The arguments of `self` (an alias or union) with its parameters replaced by `item`. */
function substituteParameters(self: number, item: number): number[] {
  const params = tupleItems(attr(self, '__parameters__') || K.emptyTuple);
  const items = layoutOf(item) === L_TUPLE ? tupleItems(item) : [item];
  if (items.length !== params.length) {
    typeError(`Too ${items.length > params.length ? 'many' : 'few'} arguments for ${reprJs(self)}; actual ${items.length}, expected ${params.length}`);
  }
  return tupleItems(attr(self, '__args__')).map((a) => {
    if (layoutOf(a) === L_TYPE) return a;
    const subst = substOf(a);
    if (subst !== 0) return callObject(subst, [items[params.indexOf(a)]], 0);
    // a nested generic: subscript it with the arguments of its own parameters
    const sub = getattrOpt(a, intern('__parameters__'));
    if (sub === 0 || layoutOf(sub) !== L_TUPLE || tupleLen(sub) === 0) return a;
    const subArgs = tupleItems(sub).map((p) => items[params.indexOf(p)]);
    return getitem(a, newTuple(subArgs));
  });
}

function typeRepr(v: number): string {
  if (v === K.Ellipsis) return '...';
  if (layoutOf(v) === L_TYPE) {
    const mod = getattrOpt(v, N.module);
    const qn = strJs(getattrOpt(v, N.qualname) || newStr(typeName(v)));
    return mod !== 0 && strJs(mod) !== 'builtins' ? `${strJs(mod)}.${qn}` : qn;
  }
  if (v === K.None || v === T.NoneType) return 'None';
  return reprJs(v);
}

function flattenUnion(v: number, out: number[]): void {
  if (typeOf(v) === T.UnionType) for (const x of tupleItems(attr(v, '__args__'))) flattenUnion(x, out);
  else {
    const x = v === K.None ? T.NoneType : v;
    if (!out.some((y) => richEq(y, x))) out.push(x);
  }
}

function isUnionable(v: number): boolean {
  return v === K.None || layoutOf(v) === L_TYPE || isSubtype(typeOf(v), T.GenericAlias) || typeOf(v) === T.UnionType;
}

export function unionOf(a: number, b: number): number {
  if (!isUnionable(a) || !isUnionable(b)) return K.NotImplemented;
  const args: number[] = [];
  flattenUnion(a, args);
  flattenUnion(b, args);
  if (args.length === 1) return args[0];
  const t = newTuple(args);
  return makeWith(T.UnionType, { __args__: t, __parameters__: parametersOf(t) });
}

export const genericAliasType: TypeDef = {
  name: 'GenericAlias',
  module: 'types',
  layout: L_INSTANCE,
  slots: {
    repr: (v) => newStr(`${isUnpacked(v) ? '*' : ''}${typeRepr(attr(v, '__origin__'))}[${tupleItems(attr(v, '__args__')).map(typeRepr).join(', ') || '()'}]`),
    // iter(tuple[int]) yields *tuple[int] once (ga_iter: the starred alias of PEP 646)
    iter: (v) => iter(newTuple([makeWith(T.GenericAlias, { __origin__: attr(v, '__origin__'), __args__: attr(v, '__args__'), __parameters__: attr(v, '__parameters__') || K.emptyTuple, __unpacked__: K.True })])),
    call: (v, args, kw) => callObject(attr(v, '__origin__'), args, kw),
    richcompare: (a, b, op) => {
      if ((op !== 2 && op !== 3) || !isSubtype(typeOf(b), T.GenericAlias)) return K.NotImplemented;
      const eq = isUnpacked(a) === isUnpacked(b) && richEq(attr(a, '__origin__'), attr(b, '__origin__')) && richEq(attr(a, '__args__'), attr(b, '__args__'));
      return eq === (op === 2) ? K.True : K.False;
    },
    hash: (v) => hashOf(attr(v, '__origin__')) ^ hashOf(attr(v, '__args__')),
    getitem: (v, k) => {
      if (tupleLen(attr(v, '__parameters__') || K.emptyTuple) === 0) typeError(`${reprJs(v)} is not a generic class`);
      const r = makeGenericAlias(attr(v, '__origin__'), newTuple(substituteParameters(v, k)));
      if (isUnpacked(v)) dictSet(mem[r + 3], intern('__unpacked__'), K.True);
      return r;
    },
    // types.GenericAlias(origin, args): what `__class_getitem__ = classmethod(GenericAlias)` calls
    new: (cls, args, kw) => {
      if (kw !== 0 && dictLen(kw) > 0) typeError('GenericAlias() takes no keyword arguments');
      if (args.length !== 2) typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
      if (cls === T.GenericAlias) return makeGenericAlias(args[0], args[1]);
      // a subclass (e.g. a dataclass deriving from types.GenericAlias) gets an instance of itself
      const a = layoutOf(args[1]) === L_TUPLE ? args[1] : newTuple([args[1]]);
      return makeWith(cls, { __origin__: args[0], __args__: a, __parameters__: parametersOf(a), __unpacked__: K.False });
    },
    nb: (() => {
      const a = new Array(13).fill(null);
      a[7] = unionOf;
      return a;
    })(),
  },
  methods: {
    // ga_reduce: type(alias)(origin, args); a starred alias is next(iter(alias))
    __reduce__: (a) => (isUnpacked(a[0])
      ? newTuple([dictGetStr(builtinsDictRef(), intern('next')), newTuple([iter(makeGenericAlias(attr(a[0], '__origin__'), attr(a[0], '__args__')))])])
      : newTuple([typeOf(a[0]), newTuple([attr(a[0], '__origin__'), attr(a[0], '__args__')])])),
    __mro_entries__: (a) => newTuple([attr(a[0], '__origin__')]),
    __instancecheck__: () => typeError('isinstance() argument 2 cannot be a parameterized generic'),
    __subclasscheck__: () => typeError('issubclass() argument 2 cannot be a parameterized generic'),
  },
};

export const unionType: TypeDef = {
  name: 'UnionType',
  module: 'types',
  layout: L_INSTANCE,
  final: true,
  slots: {
    // CPython's union_repr writes None for NoneType
    repr: (v) => newStr(tupleItems(attr(v, '__args__')).map((t) => (t === typeOf(K.None) ? 'None' : typeRepr(t))).join(' | ')),
    richcompare: (a, b, op) => {
      if ((op !== 2 && op !== 3) || typeOf(b) !== T.UnionType) return K.NotImplemented;
      const x = tupleItems(attr(a, '__args__'));
      const y = tupleItems(attr(b, '__args__'));
      const eq = x.length === y.length && x.every((t) => y.some((u) => richEq(t, u)));
      return eq === (op === 2) ? K.True : K.False;
    },
    // hash(frozenset(args)), as CPython (so int | str hashes as typing.Union[int, str])
    hash: (v) => hashOf(newFrozenSet(tupleItems(attr(v, '__args__')))),
    // (int | T)[str]: the arguments substituted, then or-ed together again (union_getitem)
    getitem: (v, k) => {
      if (tupleLen(attr(v, '__parameters__') || K.emptyTuple) === 0) typeError(`${reprJs(v)} is not a generic class`);
      const args = substituteParameters(v, k);
      let r = args[0];
      for (let i = 1; i < args.length; i++) r = binaryOp(r, args[i], 7);
      return r;
    },
    nb: (() => {
      const a = new Array(13).fill(null);
      a[7] = unionOf;
      return a;
    })(),
  },
  methods: {
    __instancecheck__: (a) => (tupleItems(attr(a[0], '__args__')).some((t) => isInstanceFull(a[1], t)) ? K.True : K.False),
  },
};

export function unionArgs(v: number): number[] | null {
  return typeOf(v) === T.UnionType ? tupleItems(attr(v, '__args__')) : null;
}
