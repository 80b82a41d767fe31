// The exception hierarchy of Python 3.11 (BaseException and every builtin subclass), traceback
// objects, and what the interpreter needs to raise and catch: normalising `raise X from Y`,
// the implicit __context__ chain, traceback entries, and except-clause matching.
// Exception instances are L_EXCEPTION objects (runtime/errors.ts has the field offsets); the
// attributes specific to a subclass (StopIteration.value, OSError.errno, ...) live in the
// instance __dict__ so user code can set them too.
import { OS_ERROR_CLASS } from '../runtime/errno';
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { allocate as allocateRaw } from '../../stmgc/alloc';
import { L_BYTES, L_DICT, L_EXCEPTION, L_FRAME, L_TRACEBACK, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import {
  E_ARGS, E_CAUSE, E_CONTEXT, E_DICT, E_MEMBERS, E_NAME, E_NOTES, E_OBJ, E_SUPPRESS, E_TRACEBACK, PyException, newException, raise, typeError, excWithMessage,
} from '../runtime/errors';
import { index as pyIndex, indexNumber, isInstance, iterToArray, reprJs, setattr, str as pyStr, strOf, tname, names as N } from '../runtime/protocol';
import { intern, newStr, strJs } from './str_core';
import { newTuple, tupleItem, tupleItems, tupleLen } from './tuple_core';
import { dictCopyInto, dictDel, dictGetStr, dictSet, newDict } from './dict_core';
import { newList, listAppend, isList } from './list_core';
import { isSubtype, typeInfo, typeName } from './type_core';
import { handledException } from '../interp/thread';
import { callObject } from '../interp/call';
import { FR_CODE } from '../interp/frame_layout';
import { markFrameEscaped } from '../interp/frame_recycle';
import { codeInfo } from './code';
import { intFromNumber } from './int_core';
import { intValue } from './int';
import { bindArgs } from './builtin_function';
import { unionArgs } from './generic_alias';

// ── traceback objects: [next, frame, lasti (tagged), lineno (tagged)] ──
export const TB_NEXT = 2;
export const TB_FRAME = 3;
export const TB_LASTI = 4;
export const TB_LINENO = 5;

export function addTraceback(exc: number, frame: number, lasti: number): void {
  // out of heap (MemoryError in flight): the exception goes on without this entry
  const tb = allocateRaw(L_TRACEBACK, 4, SCAN_ALL);
  if (tb === 0) return;
  mem[tb + TB_NEXT] = mem[exc + E_TRACEBACK];
  mem[tb + TB_FRAME] = frame;
  markFrameEscaped(frame); // (Python code may hold it now: interp/frame_recycle.ts)
  mem[tb + TB_LASTI] = (lasti << 1) | 1;
  mem[tb + TB_LINENO] = (codeInfo(mem[frame + FR_CODE]).lineOf(lasti) << 1) | 1;
  writeBarrier(exc);
  mem[exc + E_TRACEBACK] = tb;
}

/** types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno): a fifth word keeps the
 *  tb_lasti given (a byte offset; TB_LASTI is an instruction index, for the carets). */
const TB_GIVEN_LASTI = 6;
function isMadeTraceback(tb: number): boolean { return (mem[tb] >>> 11 & 0x3ff) > 3; } // (4 payload words: 3 granules)

function newTraceback(cls: number, args: number[], kwnames: number): number {
  const [next, frame, lastiV, linenoV] = bindArgs('TracebackType', args, kwnames, ['tb_next', 'tb_frame', 'tb_lasti', 'tb_lineno']);
  if (next !== K.None && layoutOf(next) !== L_TRACEBACK) typeError(`expected traceback object or None, got '${tname(next)}'`);
  if (layoutOf(frame) !== L_FRAME) typeError(`TracebackType() argument 'tb_frame' must be frame, not ${tname(frame)}`);
  const lasti = indexNumber(lastiV);
  const lineno = indexNumber(linenoV);
  void cls;
  const tb = alloc(L_TRACEBACK, 5, SCAN_ALL);
  mem[tb + TB_NEXT] = next;
  mem[tb + TB_FRAME] = frame;
  markFrameEscaped(frame);
  mem[tb + TB_LASTI] = (Math.max(0, Math.floor(lasti / 4)) << 1) | 1;
  mem[tb + TB_LINENO] = (lineno << 1) | 1;
  mem[tb + TB_GIVEN_LASTI] = (lasti << 1) | 1;
  return tb;
}

export const tracebackType: TypeDef = {
  name: 'traceback',
  layout: L_TRACEBACK,
  final: true,
  slots: {
    new: newTraceback,
  },
  getters: {
    tb_next: (tb) => mem[tb + TB_NEXT],
    tb_frame: (tb) => mem[tb + TB_FRAME],
    // bytes, as f_lasti
    tb_lasti: (tb) => (isMadeTraceback(tb) ? mem[tb + TB_GIVEN_LASTI] : intFromNumber((mem[tb + TB_LASTI] >> 1) * 4)),
    tb_lineno: (tb) => (mem[tb + TB_LINENO] < 0 ? K.None : mem[tb + TB_LINENO]), // None: no location
  },
  setters: {
    // (tb_setnext: a traceback or None, and no loop)
    tb_next: (tb, v) => {
      if (v !== K.None && layoutOf(v) !== L_TRACEBACK) typeError(`expected traceback object, got '${tname(v)}'`);
      for (let c = v; c !== K.None && c !== 0; c = mem[c + TB_NEXT]) {
        if (c === tb) raise(T.ValueError, 'traceback loop detected');
      }
      writeBarrier(tb);
      mem[tb + TB_NEXT] = v;
    },
  },
  deleters: {
    tb_next: () => typeError("can't delete tb_next attribute"),
  },
  methods: {
    // (CPython's tb_dir: only the four attributes)
    __dir__: () => newList(['tb_frame', 'tb_next', 'tb_lasti', 'tb_lineno'].map((n) => newStr(n))),
  },
};

// ── raising ──
/** `raise exc [from cause]`: instantiate a class, check types, set __cause__. */
export function normalizeRaise(exc: number, cause: number): number {
  let inst = exc;
  if (layoutOf(exc) === L_TYPE) {
    if (!isSubtype(exc, T.BaseException)) typeError('exceptions must derive from BaseException');
    inst = callObject(exc, [], 0);
    if (!isInstance(inst, T.BaseException)) {
      typeError(`calling ${reprJs(exc)} should have returned an instance of BaseException, not ${tname(inst)}`);
    }
  } else if (!isInstance(exc, T.BaseException)) typeError('exceptions must derive from BaseException');
  if (cause !== 0) {
    let c = cause;
    if (layoutOf(cause) === L_TYPE && isSubtype(cause, T.BaseException)) c = callObject(cause, [], 0);
    else if (cause !== K.None && !isInstance(cause, T.BaseException)) typeError('exception causes must derive from BaseException');
    writeBarrier(inst);
    mem[inst + E_CAUSE] = c;
    mem[inst + E_SUPPRESS] = 3;
  }
  return inst;
}

/** The exception being handled becomes the new exception's __context__ (breaking cycles). */
export function setContextFor(exc: number): void {
  const handled = handledException();
  if (handled === 0 || handled === K.None || handled === exc) return;
  // avoid creating a cycle: cut exc out of handled's context chain
  let o = handled;
  for (let depth = 0; depth < 10000; depth++) {
    const ctx = mem[o + E_CONTEXT];
    if (ctx === 0 || ctx === K.None) break;
    if (ctx === exc) {
      writeBarrier(o);
      mem[o + E_CONTEXT] = K.None;
      break;
    }
    o = ctx;
  }
  writeBarrier(exc);
  mem[exc + E_CONTEXT] = handled;
}

/** `except T:` matching, with CPython's check that T is an exception class (or a tuple of them). */
export function exceptionMatches(exc: number, t: number): boolean {
  if (layoutOf(t) === L_TUPLE) {
    for (const x of tupleItems(t)) {
      if (layoutOf(x) !== L_TYPE || !isSubtype(x, T.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
    }
    return tupleItems(t).some((x) => isSubtype(typeOf(exc), x));
  }
  if (layoutOf(t) !== L_TYPE || !isSubtype(t, T.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
  return isSubtype(typeOf(exc), t);
}

// ── the classes ──
function excArgs(e: number): number { return mem[e + E_ARGS] || K.emptyTuple; }
function dictOf(e: number): number {
  let d = mem[e + E_DICT];
  if (d === 0) {
    d = newDict();
    writeBarrier(e);
    mem[e + E_DICT] = d;
  }
  return d;
}
/** Where an exception keeps an attribute set through excAttr: `name` and `obj` in words of their
 *  own (E_NAME, E_OBJ), `__notes__` in the instance __dict__ (as CPython's add_note), any other
 *  member of a builtin exception class (errno, lineno, code, ...) in the hidden members dict
 *  (E_MEMBERS), made on first use: CPython keeps them in C members, so `e.__dict__` is {} and
 *  vars(e) shows only what the program stored itself. */
function memberWord(name: string): number {
  return name === 'name' ? E_NAME : name === 'obj' ? E_OBJ : name === '__notes__' ? E_DICT : E_MEMBERS;
}
/** A member of exception e (0 when unset: the getters read None). */
export function excAttr(e: number, name: string): number {
  const w = memberWord(name);
  if (w === E_NAME || w === E_OBJ) return mem[e + w];
  const d = mem[e + w];
  return d === 0 ? 0 : dictGetStr(d, intern(name));
}
/** Sets member `name` of exception e (v 0: unset, as CPython's `del e.name`). */
export function setExcAttr(e: number, name: string, v: number): void {
  const w = memberWord(name);
  if (w === E_NAME || w === E_OBJ) {
    writeBarrier(e);
    mem[e + w] = v;
    return;
  }
  let d = mem[e + w];
  if (d === 0) {
    if (v === 0) return;
    d = newDict();
    writeBarrier(e);
    mem[e + w] = d;
  }
  if (v === 0) dictDel(d, intern(name)); // (0 when it was not set: nothing to do)
  else dictSet(d, intern(name), v);
}
/** An AttributeError's name and obj on a new exception (the VM's own misses: no barrier needed on
 *  an object made by this transaction, as newException's stores). */
export function setNameObj(e: number, name: number, obj: number): void {
  mem[e + E_NAME] = name;
  mem[e + E_OBJ] = obj;
}

/** Raises NameError (or UnboundLocalError) with its `name` attribute set, as CPython 3.11's
 *  LOAD_NAME/LOAD_GLOBAL/DELETE_* do (the traceback's "Did you mean" uses it). */
export function raiseNameError(cls: number, name: number, msg: string): never {
  const e = excWithMessage(cls, msg);
  setExcAttr(e, 'name', name);
  throw new PyException(e);
}

function noKeywords(cls: number, kwnames: number): void {
  if (kwnames !== 0 && tupleLen(kwnames) > 0) typeError(`${typeName(cls)}() takes no keyword arguments`);
}

export function baseExceptionStr(e: number): string {
  const args = excArgs(e);
  const n = tupleLen(args);
  if (n === 0) return '';
  if (n === 1) return strOf(tupleItem(args, 0));
  return strOf(args);
}

function setArgs(e: number, args: number[]): void {
  writeBarrier(e);
  mem[e + E_ARGS] = newTuple(args);
}

export const baseExceptionType: TypeDef = {
  name: 'BaseException',
  onearg: ['__setstate__', 'with_traceback', 'add_note'],
  noargs: ['__reduce__'],
  layout: L_EXCEPTION,
  flags: 20, // TF_EXCEPTION | TF_HAS_DICT
  slots: {
    new: (cls, args) => newException(cls, newTuple(args)),
    init: (self, args, kwnames) => {
      noKeywords(typeOf(self), kwnames);
      setArgs(self, args);
    },
    repr: (e) => {
      const args = excArgs(e);
      const name = typeName(typeOf(e));
      if (tupleLen(args) === 1) return newStr(`${name}(${reprJs(tupleItem(args, 0))})`);
      return newStr(`${name}${reprJs(args)}`);
    },
    str: (e) => newStr(baseExceptionStr(e)),
  },
  methods: {
    with_traceback: (a) => {
      writeBarrier(a[0]);
      mem[a[0] + E_TRACEBACK] = a[1];
      return a[0];
    },
    add_note: (a) => {
      if (!isInstance(a[1], T.str)) typeError(`note must be a str, not '${tname(a[1])}'`);
      let notes = excAttr(a[0], '__notes__');
      if (notes === 0) {
        notes = newList([]);
        setExcAttr(a[0], '__notes__', notes);
      } else if (!isList(notes)) typeError('Cannot add note: __notes__ is not a list');
      listAppend(notes, a[1]);
      return K.None;
    },
    __reduce__: (a) => {
      const d = mem[a[0] + E_DICT];
      return newTuple(d === 0 ? [typeOf(a[0]), excArgs(a[0])] : [typeOf(a[0]), excArgs(a[0]), d]);
    },
    __setstate__: (a) => {
      // CPython's BaseException_setstate: PyObject_SetAttr for each item (members included)
      if (a[1] !== K.None) {
        if (layoutOf(a[1]) !== L_DICT) typeError('state is not a dictionary');
        for (const [k, v] of dictItemsOf(a[1])) setattr(a[0], k, v);
      }
      return K.None;
    },
  },
  getters: {
    args: (e) => excArgs(e),
    __traceback__: (e) => mem[e + E_TRACEBACK] || K.None,
    __cause__: (e) => mem[e + E_CAUSE] || K.None,
    __context__: (e) => mem[e + E_CONTEXT] || K.None,
    __suppress_context__: (e) => (mem[e + E_SUPPRESS] === 3 ? K.True : K.False),
    __dict__: (e) => dictOf(e),
  },
  setters: {
    args: (e, v) => setArgs(e, iterToArray(v)),
    __traceback__: (e, v) => {
      if (v !== K.None && layoutOf(v) !== L_TRACEBACK) typeError('__traceback__ must be a traceback or None');
      writeBarrier(e);
      mem[e + E_TRACEBACK] = v;
    },
    __cause__: (e, v) => {
      if (v !== K.None && !isInstance(v, T.BaseException)) typeError('exception cause must be None or derive from BaseException');
      writeBarrier(e);
      mem[e + E_CAUSE] = v;
      mem[e + E_SUPPRESS] = 3;
    },
    __context__: (e, v) => {
      if (v !== K.None && !isInstance(v, T.BaseException)) typeError('exception context must be None or derive from BaseException');
      writeBarrier(e);
      mem[e + E_CONTEXT] = v;
    },
    __suppress_context__: (e, v) => {
      writeBarrier(e);
      mem[e + E_SUPPRESS] = v === K.True ? 3 : 1;
    },
  },
  deleters: {
    args: () => typeError('args may not be deleted'),
    __traceback__: () => typeError('__traceback__ may not be deleted'),
    __cause__: () => typeError('__cause__ may not be deleted'),
    __context__: () => typeError('__context__ may not be deleted'),
  },
};

import { dictItems } from './dict_core';
function dictItemsOf(d: number): [number, number][] { return dictItems(d); }

/** A simple subclass: only the name and base. */
function sub(name: string, base: string, extra: Partial<TypeDef> = {}): [string, string, Partial<TypeDef>] {
  return [name, base, extra];
}

const firstArgOrNone = (name: string) => (e: number): number => {
  const v = excAttr(e, name);
  if (v !== 0) return v;
  const args = excArgs(e);
  return tupleLen(args) > 0 ? tupleItem(args, 0) : K.None;
};

function attrGetter(name: string) {
  return (e: number): number => excAttr(e, name) || K.None;
}
function attrSetter(name: string) {
  return (e: number, v: number): void => setExcAttr(e, name, v);
}
function attrDeleter(name: string) {
  return (e: number): void => setExcAttr(e, name, 0);
}
/** CPython's T_OBJECT members: read None when unset, set, and deleted (unset). */
function members(names: string[]): Partial<TypeDef> {
  return {
    getters: Object.fromEntries(names.map((n) => [n, attrGetter(n)])),
    setters: Object.fromEntries(names.map((n) => [n, attrSetter(n)])),
    deleters: Object.fromEntries(names.map((n) => [n, attrDeleter(n)])),
  };
}

function keywordInit(allowed: string[]) {
  return (self: number, args: number[], kwnames: number): void => {
    const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
    const npos = args.length - nkw;
    const given = new Map<string, number>();
    for (let i = 0; i < nkw; i++) {
      const k = strJs(tupleItem(kwnames, i));
      if (!allowed.includes(k)) typeError(`'${k}' is an invalid keyword argument for ${typeName(typeOf(self))}()`);
      given.set(k, args[npos + i]);
    }
    // as CPython: calling __init__ again resets the attributes it is not given
    for (const k of allowed) {
      const v = given.get(k);
      if (v !== undefined) setExcAttr(self, k, v);
      else if (excAttr(self, k) !== 0) setExcAttr(self, k, K.None);
    }
    setArgs(self, args.slice(0, npos));
  };
}


function osErrorStr(e: number): string {
  const errno = excAttr(e, 'errno');
  const strerror = excAttr(e, 'strerror');
  const filename = excAttr(e, 'filename');
  const filename2 = excAttr(e, 'filename2');
  if (errno !== 0 && errno !== K.None && strerror !== 0 && strerror !== K.None) {
    if (filename !== 0 && filename !== K.None) {
      if (filename2 !== 0 && filename2 !== K.None) return `[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprJs(filename)} -> ${reprJs(filename2)}`;
      return `[Errno ${strOf(errno)}] ${strOf(strerror)}: ${reprJs(filename)}`;
    }
    return `[Errno ${strOf(errno)}] ${strOf(strerror)}`;
  }
  return baseExceptionStr(e);
}

function osErrorInit(self: number, args: number[], kwnames: number): void {
  noKeywords(typeOf(self), kwnames);
  setArgs(self, args);
  if (args.length >= 2 && args.length <= 5) {
    setExcAttr(self, 'errno', args[0]);
    setExcAttr(self, 'strerror', args[1]);
    if (args.length >= 3) setExcAttr(self, 'filename', args[2]);
    if (args.length >= 5) setExcAttr(self, 'filename2', args[4]);
    if (args.length >= 3) setArgs(self, args.slice(0, 2));
  }
}

const EXCEPTIONS: [string, string, Partial<TypeDef>][] = [
  sub('Exception', 'BaseException'),
  sub('GeneratorExit', 'BaseException'),
  sub('KeyboardInterrupt', 'BaseException'),
  sub('SystemExit', 'BaseException', {
    getters: { code: (e) => { const a = excArgs(e); const n = tupleLen(a); return excAttr(e, 'code') || (n === 0 ? K.None : n === 1 ? tupleItem(a, 0) : a); } },
    setters: { code: attrSetter('code') },
    deleters: { code: (e) => setExcAttr(e, 'code', K.None) }, // reads None after, as CPython's NULL member
  }),
  sub('ArithmeticError', 'Exception'),
  sub('FloatingPointError', 'ArithmeticError'),
  sub('OverflowError', 'ArithmeticError'),
  sub('ZeroDivisionError', 'ArithmeticError'),
  sub('AssertionError', 'Exception'),
  sub('AttributeError', 'Exception', {
    slots: { init: keywordInit(['name', 'obj']) },
    ...members(['name', 'obj']),
  }),
  sub('BufferError', 'Exception'),
  sub('EOFError', 'Exception'),
  sub('ImportError', 'Exception', {
    slots: {
      init: keywordInit(['name', 'path']),
      str: (e) => {
        const msg = excAttr(e, 'msg');
        if (msg !== 0 && msg !== K.None) return pyStr(msg);
        return newStr(baseExceptionStr(e));
      },
    },
    getters: { name: attrGetter('name'), path: attrGetter('path'), msg: firstArgOrNone('msg') },
    setters: { name: attrSetter('name'), path: attrSetter('path'), msg: attrSetter('msg') },
    deleters: { name: attrDeleter('name'), path: attrDeleter('path'), msg: (e) => setExcAttr(e, 'msg', K.None) },
    noargs: ['__reduce__'],
    methods: {
      // CPython's ImportError_reduce: name and path travel in the state, with the __dict__'s items
      __reduce__: (a) => {
        const e = a[0];
        const name = excAttr(e, 'name');
        const path = excAttr(e, 'path');
        let state = mem[e + E_DICT];
        if (name !== 0 || path !== 0) {
          const s2 = newDict();
          if (state !== 0) dictCopyInto(s2, state);
          state = s2;
          if (name !== 0) dictSet(state, intern('name'), name);
          if (path !== 0) dictSet(state, intern('path'), path);
        }
        return newTuple(state === 0 ? [typeOf(e), excArgs(e)] : [typeOf(e), excArgs(e), state]);
      },
    },
  }),
  sub('ModuleNotFoundError', 'ImportError'),
  sub('LookupError', 'Exception'),
  sub('IndexError', 'LookupError'),
  sub('KeyError', 'LookupError', {
    slots: {
      str: (e) => {
        const a = excArgs(e);
        return tupleLen(a) === 1 ? newStr(reprJs(tupleItem(a, 0))) : newStr(baseExceptionStr(e));
      },
    },
  }),
  sub('MemoryError', 'Exception'),
  sub('NameError', 'Exception', {
    slots: { init: keywordInit(['name']) },
    ...members(['name']),
  }),
  sub('UnboundLocalError', 'NameError'),
  sub('OSError', 'Exception', {
    slots: {
      init: osErrorInit,
      str: (e) => newStr(osErrorStr(e)),
      new: (cls, args) => {
        let c = cls;
        if (cls === T.OSError && args.length >= 2) {
          const n = intValue(args[0]);
          const sub = n !== null ? OS_ERROR_CLASS[Number(n)] : undefined;
          if (sub !== undefined) c = T[sub];
        }
        return newException(c, newTuple(args));
      },
    },
    ...members(['errno', 'strerror', 'filename', 'filename2']),
    noargs: ['__reduce__'],
    methods: {
      // CPython's OSError_reduce: a filename given to OSError is not in args, so it is put back
      __reduce__: (a) => {
        const e = a[0];
        let args = excArgs(e);
        const fn = excAttr(e, 'filename');
        if (tupleLen(args) === 2 && fn !== 0) {
          const fn2 = excAttr(e, 'filename2');
          const items = [tupleItem(args, 0), tupleItem(args, 1), fn];
          if (fn2 !== 0) items.push(K.None, fn2);
          args = newTuple(items);
        }
        const d = mem[e + E_DICT];
        return newTuple(d === 0 ? [typeOf(e), args] : [typeOf(e), args, d]);
      },
    },
  }),
  sub('BlockingIOError', 'OSError'),
  sub('ChildProcessError', 'OSError'),
  sub('ConnectionError', 'OSError'),
  sub('BrokenPipeError', 'ConnectionError'),
  sub('ConnectionAbortedError', 'ConnectionError'),
  sub('ConnectionRefusedError', 'ConnectionError'),
  sub('ConnectionResetError', 'ConnectionError'),
  sub('FileExistsError', 'OSError'),
  sub('FileNotFoundError', 'OSError'),
  sub('InterruptedError', 'OSError'),
  sub('IsADirectoryError', 'OSError'),
  sub('NotADirectoryError', 'OSError'),
  sub('PermissionError', 'OSError'),
  sub('ProcessLookupError', 'OSError'),
  sub('TimeoutError', 'OSError'),
  sub('ReferenceError', 'Exception'),
  sub('RuntimeError', 'Exception'),
  sub('NotImplementedError', 'RuntimeError'),
  sub('RecursionError', 'RuntimeError'),
  sub('StopAsyncIteration', 'Exception'),
  sub('StopIteration', 'Exception', {
    getters: { value: firstArgOrNone('value') },
    setters: { value: attrSetter('value') },
    deleters: { value: (e) => setExcAttr(e, 'value', K.None) },
  }),
  sub('SyntaxError', 'Exception', {
    slots: {
      init: (self, args, kw) => {
        noKeywords(typeOf(self), kw);
        setArgs(self, args);
        if (args.length >= 1) setExcAttr(self, 'msg', args[0]);
        if (args.length === 2) {
          const info = iterToArray(args[1]);
          if (info.length < 4) typeError(`function takes at least 4 arguments (${info.length} given)`);
          if (info.length > 6) typeError(`function takes at most 6 arguments (${info.length} given)`);
          if (info.length === 5) typeError('end_offset must be provided when end_lineno is provided');
          ['filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset'].forEach((n, i) => {
            if (i < info.length) setExcAttr(self, n, info[i]);
          });
        }
      },
      str: (e) => {
        const msg = excAttr(e, 'msg') || (tupleLen(excArgs(e)) > 0 ? tupleItem(excArgs(e), 0) : K.None);
        const fn = excAttr(e, 'filename');
        const ln = excAttr(e, 'lineno');
        const m = msg === K.None ? 'None' : strOf(msg);
        const base = fn !== 0 && fn !== K.None ? strOf(fn).split('/').pop()! : null;
        if (base !== null && ln !== 0 && ln !== K.None) return newStr(`${m} (${base}, line ${strOf(ln)})`);
        if (base !== null) return newStr(`${m} (${base})`);
        if (ln !== 0 && ln !== K.None) return newStr(`${m} (line ${strOf(ln)})`);
        return newStr(m);
      },
    },
    ...members(['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line']),
  }),
  sub('IndentationError', 'SyntaxError'),
  sub('TabError', 'IndentationError'),
  sub('SystemError', 'Exception'),
  sub('TypeError', 'Exception'),
  sub('ValueError', 'Exception'),
  sub('UnicodeError', 'ValueError'),
  sub('UnicodeDecodeError', 'UnicodeError', unicodeErrorDef()),
  sub('UnicodeEncodeError', 'UnicodeError', unicodeErrorDef()),
  sub('UnicodeTranslateError', 'UnicodeError', unicodeErrorDef(true)),
  sub('Warning', 'Exception'),
  sub('BytesWarning', 'Warning'),
  sub('DeprecationWarning', 'Warning'),
  sub('EncodingWarning', 'Warning'),
  sub('FutureWarning', 'Warning'),
  sub('ImportWarning', 'Warning'),
  sub('PendingDeprecationWarning', 'Warning'),
  sub('ResourceWarning', 'Warning'),
  sub('RuntimeWarning', 'Warning'),
  sub('SyntaxWarning', 'Warning'),
  sub('UnicodeWarning', 'Warning'),
  sub('UserWarning', 'Warning'),
];

function unicodeErrorDef(translate = false): Partial<TypeDef> {
  // UnicodeTranslateError has no encoding: (object, start, end, reason)
  const names = translate ? ['object', 'start', 'end', 'reason'] : ['encoding', 'object', 'start', 'end', 'reason'];
  const members = ['encoding', 'object', 'start', 'end', 'reason'];
  return {
    slots: {
      init: (self, args, kw) => {
        noKeywords(typeOf(self), kw);
        setArgs(self, args);
        // CPython's PyArg_ParseTuple formats: "UUnnU" (encode), "UOnnU" (decode), "UnnU" (translate)
        if (args.length !== names.length) typeError(`function takes exactly ${names.length} arguments (${args.length} given)`);
        const decode = !translate && typeOf(self) !== T.UnicodeEncodeError && isSubtype(typeOf(self), T.UnicodeDecodeError);
        names.forEach((n, i) => {
          const v = args[i];
          // stored as a C ssize_t in CPython: a bool or an int subclass reads back as a plain int
          if (n === 'start' || n === 'end') { setExcAttr(self, n, intFromNumber(Number(intValue(pyIndex(v))))); return; }
          if (!(n === 'object' && decode) && !isInstance(v, T.str)) typeError(`argument ${i + 1} must be str, not ${v === K.None ? 'None' : tname(v)}`);
          setExcAttr(self, n, v);
        });
        // UnicodeDecodeError keeps its object as bytes (a bytearray or memoryview is copied)
        if (decode) {
          const o = args[1];
          if (layoutOf(o) !== L_BYTES) {
            if (typeOf(o) !== T.bytearray && typeOf(o) !== T.memoryview && !isInstance(o, T.bytearray)) typeError(`a bytes-like object is required, not '${tname(o)}'`);
            setExcAttr(self, 'object', callObject(T.bytes, [o], 0));
          }
        }
        if (translate) setExcAttr(self, 'encoding', K.None);
      },
      str: (e) => {
        if (excAttr(e, 'reason') === 0) return newStr(baseExceptionStr(e));
        if (translate) {
          const s = strOf(excAttr(e, 'object'));
          const start = Number(intValue(excAttr(e, 'start')) ?? 0n);
          const end = Number(intValue(excAttr(e, 'end')) ?? 0n);
          const reason = strOf(excAttr(e, 'reason'));
          const chars = [...s];
          if (start < chars.length && end === start + 1) {
            const cp = chars[start].codePointAt(0) ?? 0;
            const shown = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
            return newStr(`can't translate character '${shown}' in position ${start}: ${reason}`);
          }
          return newStr(`can't translate characters in position ${start}-${end - 1}: ${reason}`);
        }
        const obj = excAttr(e, 'object');
        const start = Number(intValue(excAttr(e, 'start')) ?? 0n);
        const end = Number(intValue(excAttr(e, 'end')) ?? 0n);
        const enc = strOf(excAttr(e, 'encoding'));
        const reason = strOf(excAttr(e, 'reason'));
        const isDecode = isSubtype(typeOf(e), T.UnicodeDecodeError);
        if (isDecode) {
          const byte = layoutOf(obj) === L_BYTES ? bytesView(obj)[start] ?? 0 : 0;
          if (end === start + 1) return newStr(`'${enc}' codec can't decode byte 0x${byte.toString(16).padStart(2, '0')} in position ${start}: ${reason}`);
          return newStr(`'${enc}' codec can't decode bytes in position ${start}-${end - 1}: ${reason}`);
        }
        const s = strOf(obj);
        const ch = [...s][start] ?? '';
        const cp = ch.codePointAt(0) ?? 0;
        const shown = cp < 0x100 ? `\\x${cp.toString(16).padStart(2, '0')}` : cp < 0x10000 ? `\\u${cp.toString(16).padStart(4, '0')}` : `\\U${cp.toString(16).padStart(8, '0')}`;
        if (end === start + 1) return newStr(`'${enc}' codec can't encode character '${shown}' in position ${start}: ${reason}`);
        return newStr(`'${enc}' codec can't encode characters in position ${start}-${end - 1}: ${reason}`);
      },
    },
    // UnicodeTranslateError has the encoding member too (UnicodeError's), None
    getters: Object.fromEntries(members.map((n) => [n, attrGetter(n)])),
    setters: Object.fromEntries(members.map((n) => [n, attrSetter(n)])),
    // start and end are C ssize_t members in CPython: they cannot be deleted
    deleters: Object.fromEntries(members.map((n) => [n, n === 'start' || n === 'end' ? () => typeError("can't delete numeric/char attribute") : attrDeleter(n)])),
  };
}
import { bytesView } from './bytes_core';

/** Every builtin exception class after BaseException, in creation order. */
export function exceptionDefs(): [string, string, Partial<TypeDef>][] {
  return EXCEPTIONS;
}

export { PyException, E_NOTES, N, unionArgs };
