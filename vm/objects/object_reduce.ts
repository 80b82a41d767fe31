// object.__reduce_ex__, object.__reduce__ and object.__getstate__: the default pickling
// protocol of CPython 3.11 (typeobject.c). __reduce_ex__ calls a __reduce__ that a class
// overrides; otherwise protocol 2+ gives (copyreg.__newobj__ or __newobj_ex__, (cls, *args),
// state, listitems, dictitems) from __getnewargs_ex__/__getnewargs__ and __getstate__, and
// protocols 0-1 defer to copyreg._reduce_ex. The state is the instance dict (None when empty)
// and, with __slots__, a (dict, {slot: value}) pair. An object whose layout holds more than a
// plain instance's (an iterator, a generator, a lock...) and that gives no constructor
// arguments cannot be pickled this way: TypeError "cannot pickle 'X' object", as in CPython.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import { L_DICT, L_INSTANCE, L_LIST, L_TUPLE } from '../runtime/layouts';
import { typeError } from '../runtime/errors';
import { callFound, getattr, getattrOpt, instanceDict, iter, isInstance, tname } from '../runtime/protocol';
import { importModule } from '../runtime/importer';
import { callObject } from '../interp/call';
import { intern } from './str_core';
import { newTuple, tupleItems, tupleLen } from './tuple_core';
import { dictLen, dictSet, newDict } from './dict_core';
import { listItems } from './list_core';
import { typeInfo } from './type_core';
import { isSlotsInDict } from './slots_in_dict';

function copyreg(name: string): number {
  return getattr(importModule('copyreg'), intern(name));
}

let objectReduceRef = 0;
let objectGetstateRef = 0;
/** The bootstrap registers object.__reduce__ and object.__getstate__ (to tell overrides). */
export function setObjectReduceRefs(reduce: number, getstate: number): void {
  objectReduceRef = reduce;
  objectGetstateRef = getstate;
}

export function objectReduceEx(self: number, proto: number): number {
  const reduce = typeInfo(typeOf(self)).lookup(intern('__reduce__'));
  if (reduce !== 0 && reduce !== objectReduceRef) return callObject(getattr(self, intern('__reduce__')), [], 0);
  return commonReduce(self, proto);
}

export function commonReduce(self: number, proto: number): number {
  if (proto >= 2) return reduceNewobj(self);
  return callObject(copyreg('_reduce_ex'), [self, (proto << 1) | 1], 0);
}

/** __getstate__ with CPython's `required` rule (see the header). */
export function objectGetstate(self: number, required: boolean): number {
  // (a variable-size C object, tp_itemsize != 0, says so first: memoryview)
  if (required && typeOf(self) === T.memoryview) typeError('cannot pickle memoryview objects');
  if (required && layoutOf(self) !== L_INSTANCE) typeError(`cannot pickle '${tname(self)}' object`);
  // (the dict word of a builtin's subclass with __slots__ only holds them: objects/slots_in_dict.ts)
  const d = isSlotsInDict(typeOf(self)) ? 0 : instanceDict(self);
  let state = d !== 0 && d !== K.None && layoutOf(d) === L_DICT && dictLen(d) > 0 ? d : K.None;
  const names = callObject(copyreg('_slotnames'), [typeOf(self)], 0);
  const slotNames = layoutOf(names) === L_LIST ? listItems(names) : [];
  if (slotNames.length > 0) {
    const slots = newDict();
    for (const n of slotNames) {
      const v = getattrOpt(self, n);
      if (v !== 0) dictSet(slots, n, v);
    }
    if (dictLen(slots) > 0) state = newTuple([state, slots]);
  }
  return state;
}

/** CPython's _PyObject_GetState: the object's own `__getstate__`, the default not requiring
 *  plain-instance layout (bytearray's and other builtins' reductions call it). */
export function stateOf(self: number, required: boolean): number {
  const getstate = typeInfo(typeOf(self)).lookup(intern('__getstate__'));
  if (getstate === 0 || getstate === objectGetstateRef) return objectGetstate(self, required);
  return callObject(getattr(self, intern('__getstate__')), [], 0);
}

function reduceNewobj(self: number): number {
  const cls = typeOf(self);
  let args = 0;
  let kwargs = 0;
  // looked up on the class, as CPython's _PyObject_LookupSpecial: an instance __getattr__ is
  // not asked (one that recurses forever must not stop pickling)
  const getnewargsEx = typeInfo(cls).lookup(intern('__getnewargs_ex__'));
  if (getnewargsEx !== 0) {
    const r = callFound(self, getnewargsEx, []);
    if (layoutOf(r) !== L_TUPLE) typeError(`__getnewargs_ex__ should return a tuple, not '${tname(r)}'`);
    if (tupleLen(r) !== 2) typeError(`__getnewargs_ex__ should return a tuple of length 2, not ${tupleLen(r)}`);
    [args, kwargs] = tupleItems(r);
    if (layoutOf(args) !== L_TUPLE) typeError(`first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '${tname(args)}'`);
    if (layoutOf(kwargs) !== L_DICT) typeError(`second item of the tuple returned by __getnewargs_ex__ must be a dict, not '${tname(kwargs)}'`);
  } else {
    const getnewargs = typeInfo(cls).lookup(intern('__getnewargs__'));
    if (getnewargs !== 0) {
      args = callFound(self, getnewargs, []);
      if (layoutOf(args) !== L_TUPLE) typeError(`__getnewargs__ should return a tuple, not '${tname(args)}'`);
    }
  }
  const hasArgs = args !== 0;
  const isList = isInstance(self, T.list);
  const isDict = isInstance(self, T.dict);
  let newobj: number;
  let newargs: number;
  if (kwargs === 0 || dictLen(kwargs) === 0) {
    newobj = copyreg('__newobj__');
    newargs = newTuple([cls, ...(hasArgs ? tupleItems(args) : [])]);
  } else {
    newobj = copyreg('__newobj_ex__');
    newargs = newTuple([cls, args, kwargs]);
  }
  const state = stateOf(self, !(hasArgs || isList || isDict));
  const listitems = isList ? iter(self) : K.None;
  const dictitems = isDict ? iter(callObject(getattr(self, intern('items')), [], 0)) : K.None;
  return newTuple([newobj, newargs, state, listitems, dictitems]);
}

export const _keep = [mem];
