// function: a Python function (code + globals + defaults + closure). Young: created by
// MAKE_FUNCTION; its identity (id, hash) comes from runtime/identity.ts.
//   payload: [code, globals, name, qualname, defaults (tuple or None), kwdefaults (dict or None),
//             closure (tuple of cells or None), doc, __dict__ (or 0), annotations (or None),
//             module, builtins]
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_CELL, L_CODE, L_DICT, L_FUNCTION, L_STR, L_TUPLE } from '../runtime/layouts';
import { K, T, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { newStr, strJs } from './str_core';
import { newMethod } from './method';
import { identity, identityHash } from '../runtime/identity';
import { FUNC_DICT_WORD, tname } from '../runtime/protocol';
import { typeError, valueError } from '../runtime/errors';
import { bindArgs } from './builtin_function';
import { tupleItem, tupleItems, tupleLen } from './tuple_core';
import { dictGetStr } from './dict_core';
import { intern } from './str_core';
import { builtinsFromGlobals } from '../runtime/importer';
import { newDict } from './dict_core';
import { callObject } from '../interp/call';
import { CO_CONSTS, CO_FREEVARS, CO_NAME, CO_QUALNAME } from './code';

export const FN_CODE = 2;
export const FN_GLOBALS = 3;
export const FN_NAME = 4;
export const FN_QUALNAME = 5;
export const FN_DEFAULTS = 6;
export const FN_KWDEFAULTS = 7;
export const FN_CLOSURE = 8;
export const FN_DOC = 9;
export const FN_DICT = 10;
export const FN_ANNOTATIONS = 11;
export const FN_MODULE = 12;
export const FN_BUILTINS = 13;
const FUNCTION_PAYLOAD = 12;

/** types.FunctionType(code, globals, name=None, argdefs=None, closure=None): CPython's func_new
 *  checks and messages; builtins from globals (the running frame's when it has none) as
 *  PyFunction_New, the docstring and module as MAKE_FUNCTION takes them. */
function functionNew(args: number[], kw: number): number {
  const [code, globals, name, argdefs, closureArg] = bindArgs('function', args, kw, ['code', 'globals', 'name?', 'argdefs?', 'closure?']);
  if (layoutOf(code) !== L_CODE) typeError(`function() argument 'code' must be code, not ${tname(code)}`);
  if (layoutOf(globals) !== L_DICT) typeError(`function() argument 'globals' must be dict, not ${tname(globals)}`);
  if (name !== 0 && name !== K.None && layoutOf(name) !== L_STR) typeError('arg 3 (name) must be None or string');
  if (argdefs !== 0 && argdefs !== K.None && layoutOf(argdefs) !== L_TUPLE) typeError('arg 4 (defaults) must be None or tuple');
  const closure = closureArg === 0 ? K.None : closureArg;
  if (closure !== K.None && layoutOf(closure) !== L_TUPLE) typeError('arg 5 (closure) must be None or tuple');
  const nfree = tupleLen(mem[code + CO_FREEVARS]);
  if (nfree > 0 && closure === K.None) typeError('arg 5 (closure) must be tuple');
  const ncl = closure === K.None ? 0 : tupleLen(closure);
  if (nfree !== ncl) valueError(`${strJs(mem[code + CO_NAME])} requires closure of length ${nfree}, not ${ncl}`);
  for (let i = 0; i < ncl; i++) {
    const c = tupleItem(closure, i);
    if (layoutOf(c) !== L_CELL) typeError(`arg 5 (closure) expected cell, found ${tname(c)}`);
  }
  const builtins = builtinsFromGlobals(globals);
  const consts = tupleItems(mem[code + CO_CONSTS]);
  const doc = consts.length > 0 && layoutOf(consts[0]) === L_STR ? consts[0] : K.None;
  const f = newFunction(code, globals, builtins, dictGetStr(globals, intern('__name__')) || K.None, doc);
  if (name !== 0 && name !== K.None) mem[f + FN_NAME] = name;
  mem[f + FN_DEFAULTS] = argdefs === 0 ? K.None : argdefs;
  mem[f + FN_CLOSURE] = closure;
  return f;
}

export function newFunction(code: number, globals: number, builtins: number, module: number, doc: number): number {
  return newFunctionWith(code, globals, builtins, module, doc, K.None, K.None, K.None);
}

/** newFunction with its defaults, keyword defaults and closure written in the same go
 *  (MAKE_FUNCTION). */
export function newFunctionWith(code: number, globals: number, builtins: number, module: number, doc: number, defaults: number, kwdefaults: number, closure: number): number {
  const f = alloc(L_FUNCTION, FUNCTION_PAYLOAD, SCAN_ALL);
  mem[f + FN_CODE] = code;
  mem[f + FN_GLOBALS] = globals;
  mem[f + FN_NAME] = mem[code + CO_NAME];
  mem[f + FN_QUALNAME] = mem[code + CO_QUALNAME];
  mem[f + FN_DEFAULTS] = defaults;
  mem[f + FN_KWDEFAULTS] = kwdefaults;
  mem[f + FN_CLOSURE] = closure;
  mem[f + FN_DOC] = doc;
  mem[f + FN_ANNOTATIONS] = K.None;
  mem[f + FN_MODULE] = module;
  mem[f + FN_BUILTINS] = builtins;
  return f;
}

function setField(f: number, k: number, v: number): void {
  writeBarrier(f);
  mem[f + k] = v;
}

export const functionType: TypeDef = {
  name: 'function',
  layout: L_FUNCTION,
  final: true,
  slots: {
    descrGet: (self, obj) => (obj === 0 ? self : newMethod(self, obj)),
    call: (self, args, kw) => callObject(self, args, kw),
    repr: (self) => newStr(`<function ${strJs(mem[self + FN_QUALNAME])} at 0x${identity(self).toString(16)}>`),
    hash: (self) => identityHash(self),
    new: (_cls, args, kw) => functionNew(args, kw),
  },
  getters: {
    __name__: (self) => fnField(self, FN_NAME),
    __qualname__: (self) => fnField(self, FN_QUALNAME),
    __code__: (self) => fnField(self, FN_CODE),
    __globals__: (self) => fnField(self, FN_GLOBALS),
    __defaults__: (self) => fnField(self, FN_DEFAULTS),
    __kwdefaults__: (self) => fnField(self, FN_KWDEFAULTS),
    __closure__: (self) => fnField(self, FN_CLOSURE),
    __doc__: (self) => fnField(self, FN_DOC),
    __module__: (self) => fnField(self, FN_MODULE),
    __dict__: (self) => {
      readBarrier(self);
      if (mem[self + FN_DICT] === 0) setField(self, FN_DICT, newDict());
      return mem[self + FN_DICT];
    },
    __annotations__: (self) => {
      readBarrier(self);
      if (mem[self + FN_ANNOTATIONS] === K.None) setField(self, FN_ANNOTATIONS, newDict());
      return mem[self + FN_ANNOTATIONS];
    },
    __builtins__: (self) => fnField(self, FN_BUILTINS),
  },
  setters: {
    __name__: (self, v) => {
      if (layoutOf(v) !== L_STR) typeError('__name__ must be set to a string object');
      setField(self, FN_NAME, v);
    },
    __qualname__: (self, v) => {
      if (layoutOf(v) !== L_STR) typeError('__qualname__ must be set to a string object');
      setField(self, FN_QUALNAME, v);
    },
    __defaults__: (self, v) => {
      if (v !== K.None && layoutOf(v) !== L_TUPLE) typeError('__defaults__ must be set to a tuple object');
      setField(self, FN_DEFAULTS, v);
    },
    __kwdefaults__: (self, v) => {
      if (v !== K.None && layoutOf(v) !== L_DICT) typeError('__kwdefaults__ must be set to a dict object');
      setField(self, FN_KWDEFAULTS, v);
    },
    __doc__: (self, v) => setField(self, FN_DOC, v),
    __module__: (self, v) => setField(self, FN_MODULE, v),
    __dict__: (self, v) => {
      if (layoutOf(v) !== L_DICT) typeError(`__dict__ must be set to a dictionary, not a '${tname(v)}'`);
      setField(self, FN_DICT, v);
    },
    __annotations__: (self, v) => {
      if (v !== K.None && layoutOf(v) !== L_DICT) typeError('__annotations__ must be set to a dict object');
      setField(self, FN_ANNOTATIONS, v);
    },
    __code__: (self, v) => {
      if (layoutOf(v) !== L_CODE) typeError('__code__ must be set to a code object');
      readBarrier(self);
      const closure = mem[self + FN_CLOSURE];
      const nclosure = closure === K.None ? 0 : tupleLen(closure);
      const nfree = tupleLen(mem[v + CO_FREEVARS]);
      if (nclosure !== nfree) valueError(`${strJs(mem[self + FN_NAME])}() requires a code object with ${nclosure} free vars, not ${nfree}`);
      setField(self, FN_CODE, v);
    },
  },
  // `del f.attr` as CPython's setters called with NULL: the optional fields go back to unset,
  // the required ones refuse with the setter's own TypeError
  deleters: {
    __defaults__: (self) => setField(self, FN_DEFAULTS, K.None),
    __kwdefaults__: (self) => setField(self, FN_KWDEFAULTS, K.None),
    __doc__: (self) => setField(self, FN_DOC, K.None),
    __module__: (self) => setField(self, FN_MODULE, K.None),
    __annotations__: (self) => setField(self, FN_ANNOTATIONS, K.None),
    __name__: () => typeError('__name__ must be set to a string object'),
    __qualname__: () => typeError('__qualname__ must be set to a string object'),
    __code__: () => typeError('__code__ must be set to a code object'),
    __dict__: () => typeError('cannot delete __dict__'),
  },
};

/** A field of a function (they are assignable): read-barriered. */
function fnField(self: number, w: number): number {
  readBarrier(self);
  return mem[self + w];
}

export const _keep = [T, tname];
