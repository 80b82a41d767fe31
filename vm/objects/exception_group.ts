// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, split/subgroup/derive,
// and the two steps of except*: splitting the raised group by a clause's types, and combining
// what the clauses raised or re-raised into what propagates.
import { mem } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import { L_TUPLE, L_TYPE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { E_CAUSE, E_CONTEXT, E_TRACEBACK, E_SUPPRESS, newException, typeError, valueError } from '../runtime/errors';
import { isInstance, iterToArray, truthy, reprJs, strOf, tname } from '../runtime/protocol';
import { newStr, strJs } from './str_core';
import { newTuple, tupleItems } from './tuple_core';
import { listItems, newList } from './list_core';
import { callObject } from '../interp/call';
import { isSubtype, typeName } from './type_core';
import { excAttr, setExcAttr } from './exceptions';
import { getattr } from '../runtime/protocol';
import { intern } from './str_core';
import { makeGenericAlias } from './generic_alias';
import { typeInfo } from './type_core';
import { raise } from '../runtime/errors';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';

function isGroup(e: number): boolean { return isInstance(e, T.BaseExceptionGroup); }
function excs(g: number): number[] { return tupleItems(excAttr(g, 'exceptions')); }
function message(g: number): number { return excAttr(g, 'message'); }

/** A group whose args are (msg, seq) as given (its repr shows a list when built from a list,
 *  as split/subgroup and except* do) and whose .exceptions is a tuple of `list`. */
function makeGroup(cls: number, msg: number, list: number[], seq = 0): number {
  const e = newException(cls, newTuple([msg, seq !== 0 ? seq : newList(list)]));
  setExcAttr(e, 'message', msg);
  setExcAttr(e, 'exceptions', newTuple(list));
  return e;
}

function newGroup(cls: number, args: number[]): number {
  if (args.length !== 2) typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, seq] = args;
  if (!isInstance(msg, T.str)) typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${tname(msg)}`);
  if (layoutOf(seq) !== L_TUPLE && !isInstance(seq, T.list) && !isInstance(seq, T.tuple)) typeError('second argument (exceptions) must be a sequence');
  const list = iterToArray(seq);
  if (list.length === 0) valueError('second argument (exceptions) must be a non-empty sequence');
  list.forEach((x, i) => {
    if (!isInstance(x, T.BaseException)) valueError(`Item ${i} of second argument (exceptions) is not an exception`);
  });
  const allExceptions = list.every((x) => isInstance(x, T.Exception));
  let c = cls;
  if (cls === T.BaseExceptionGroup) {
    if (allExceptions) c = T.ExceptionGroup;
  } else if (cls === T.ExceptionGroup) {
    if (!allExceptions) typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && !isSubtype(cls, T.Exception)) {
    // a user subclass of BaseExceptionGroup may hold BaseExceptions
  } else if (!allExceptions) typeError(`Cannot nest BaseExceptions in '${typeName(cls)}'`);
  return makeGroup(c, msg, list, seq);
}

function copyMetadata(from: number, to: number): void {
  writeBarrier(to);
  mem[to + E_TRACEBACK] = mem[from + E_TRACEBACK];
  mem[to + E_CAUSE] = mem[from + E_CAUSE];
  mem[to + E_CONTEXT] = mem[from + E_CONTEXT];
  mem[to + E_SUPPRESS] = mem[from + E_SUPPRESS];
  // (a copy of the notes when they are a sequence, as exceptiongroup_subset; else none)
  const notes = excAttr(from, '__notes__');
  if (notes !== 0 && typeInfo(typeOf(notes)).slots.getitem !== null && !isInstance(notes, T.dict)) {
    setExcAttr(to, '__notes__', newList(iterToArray(notes)));
  }
}

/** A part of group g: g.derive(list) (a subclass's own derive too), with g's metadata. */
function derive(g: number, list: number[]): number {
  const d = callObject(getattr(g, intern('derive')), [newList(list)], 0);
  if (!isInstance(d, T.BaseExceptionGroup)) typeError('derive must return an instance of BaseExceptionGroup');
  copyMetadata(g, d);
  return d;
}

type Matcher = (e: number) => boolean;
function matcher(cond: number): Matcher {
  if (layoutOf(cond) === L_TYPE && isSubtype(cond, T.BaseException)) return (e) => isInstance(e, cond);
  if (layoutOf(cond) === L_TUPLE && tupleItems(cond).every((t) => layoutOf(t) === L_TYPE && isSubtype(t, T.BaseException))) {
    const ts = tupleItems(cond);
    return (e) => ts.some((t) => isInstance(e, t));
  }
  if (typeOf(cond) !== T.type && layoutOf(cond) !== L_TYPE) return (e) => truthy(callObject(cond, [e], 0));
  return typeError('expected an exception type, a tuple of exception types, or a callable (other than a class)');
}

/** [match, rest] of a group (each a group, or 0 when empty). */
function split(g: number, m: Matcher): [number, number] {
  if (m(g)) return [g, 0];
  if (!isGroup(g)) return [0, g];
  if (enterFrame() > recursionLimit) {
    leaveFrame();
    raise(T.RecursionError, 'maximum recursion depth exceeded');
  }
  try {
    const matched: number[] = [];
    const rest: number[] = [];
    for (const e of excs(g)) {
      const [a, b] = split(e, m);
      if (a !== 0) matched.push(a);
      if (b !== 0) rest.push(b);
    }
    return [matched.length > 0 ? derive(g, matched) : 0, rest.length > 0 ? derive(g, rest) : 0];
  } finally {
    leaveFrame();
  }
}

export function splitExceptionGroup(exc: number, types: number[]): [number, number] {
  const m: Matcher = (e) => types.some((t) => isInstance(e, t));
  if (!isGroup(exc)) {
    if (m(exc)) {
      const wrapped = makeGroup(T.ExceptionGroup, newStr(''), [exc], newTuple([exc]));
      if (!isInstance(exc, T.Exception)) mem[wrapped + 2] = T.BaseExceptionGroup;
      copyMetadata(exc, wrapped);
      return [K.None, wrapped];
    }
    return [exc, K.None];
  }
  const [a, b] = split(exc, m);
  return [b === 0 ? K.None : b, a === 0 ? K.None : a];
}

function leaves(e: number, out: Set<number>): void {
  if (isGroup(e)) for (const x of excs(e)) leaves(x, out);
  else out.add(e);
}

export function combineReraised(orig: number, list: number): number {
  const items = listItems(list).filter((x) => x !== K.None);
  if (items.length === 0) return K.None;
  if (!isGroup(orig)) return items[0];
  const origLeaves = new Set<number>();
  leaves(orig, origLeaves);
  const raised: number[] = [];
  const reraisedLeaves = new Set<number>();
  for (const x of items) {
    const ls = new Set<number>();
    leaves(x, ls);
    if ([...ls].some((l) => origLeaves.has(l))) for (const l of ls) reraisedLeaves.add(l);
    else raised.push(x);
  }
  const [keep] = reraisedLeaves.size > 0 ? split(orig, (e) => !isGroup(e) && reraisedLeaves.has(e)) : [0];
  if (raised.length === 0) return keep === 0 ? K.None : keep;
  const all = keep === 0 ? raised : [...raised, keep];
  if (all.length === 1) return all[0];
  return makeGroup(T.ExceptionGroup, newStr(''), all);
}

export const baseExceptionGroupDef: Partial<TypeDef> = {
  slots: {
    new: (cls, args) => newGroup(cls, args),
    init: () => undefined,
    str: (g) => {
      const n = excs(g).length;
      return newStr(`${strJs(message(g))} (${n} sub-exception${n === 1 ? '' : 's'})`);
    },
  },
  methods: {
    derive: (a) => callObject(T.BaseExceptionGroup, [message(a[0]), a[1]], 0),
    split: (a) => {
      const [m, r] = split(a[0], matcher(a[1]));
      return newTuple([m || K.None, r || K.None]);
    },
    subgroup: (a) => split(a[0], matcher(a[1]))[0] || K.None,
  },
  classmethods: {
    __class_getitem__: (a) => makeGenericAlias(a[0], a[1]),
  },
  getters: {
    message: (g) => message(g),
    exceptions: (g) => excAttr(g, 'exceptions'),
  },
};


export const _keep = [strOf, reprJs, typeOf];
