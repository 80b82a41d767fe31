// Raising Python exceptions from JS. A guest exception travels through JS as a thrown
// PyException holding the exception object's reference (no JS Error: capturing JS stacks is
// costly and never shown to users). Collections never run while one is in flight: it is caught
// inside the bytecode that raised it (interp/loop.ts), which stores it in the thread state.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc, allocOld } from './alloc';
import { L_EXCEPTION } from './layouts';
import { K, T } from './types';
import { newTuple } from '../objects/tuple_core';
import { newStr } from '../objects/str_core';

// exception payload: [class, dict, args, traceback, cause, context, suppress_context (tagged 0/1), notes,
//   name, obj, members]: the last three hold what CPython keeps in C members, never in __dict__
//   (objects/exceptions.ts excAttr): `name` (AttributeError, NameError, ImportError) and `obj`
//   (AttributeError) in words of their own, so the VM's AttributeError is made without a dict; the
//   other members (OSError.errno, SyntaxError.lineno, SystemExit.code, ...) in a hidden dict.
export const E_CLASS = 2;
export const E_DICT = 3;
export const E_ARGS = 4;
export const E_TRACEBACK = 5;
export const E_CAUSE = 6;
export const E_CONTEXT = 7;
export const E_SUPPRESS = 8;
export const E_NOTES = 9;
export const E_NAME = 10;
export const E_OBJ = 11;
export const E_MEMBERS = 12;
export const EXC_PAYLOAD = 11;

/** The MemoryError instance raised when the heap is full (old, pinned; set by the bootstrap). */
export let preallocatedMemoryError = 0;
export function setPreallocatedMemoryError(e: number): void { preallocatedMemoryError = e; }

export class PyException {
  constructor(readonly exc: number) {}
}

/** A new exception instance of `cls` with the given args tuple (no __init__ call). */
export function newException(cls: number, args: number, old = false): number {
  const r = old ? allocOld(L_EXCEPTION, EXC_PAYLOAD, SCAN_ALL) : alloc(L_EXCEPTION, EXC_PAYLOAD, SCAN_ALL);
  mem[r + E_CLASS] = cls;
  mem[r + E_ARGS] = args;
  mem[r + E_CAUSE] = K.None;
  mem[r + E_CONTEXT] = K.None;
  mem[r + E_SUPPRESS] = 1; // tagged 0
  mem[r + E_TRACEBACK] = K.None;
  return r;
}

export function excWithMessage(cls: number, msg: string): number {
  return newException(cls, newTuple([newStr(msg)]));
}

export function raise(cls: number, msg: string): never {
  throw new PyException(excWithMessage(cls, msg));
}

/** CPython's _PyErr_FormatFromCause: a new cls(msg) whose __cause__ (and __context__) is the
 *  exception `cause` that was being raised, with its context suppressed. */
export function raiseFromCause(cls: number, msg: string, cause: number): never {
  const e = excWithMessage(cls, msg);
  mem[e + E_CAUSE] = cause;
  mem[e + E_CONTEXT] = cause;
  mem[e + E_SUPPRESS] = 3; // tagged 1
  throw new PyException(e);
}

export const typeError = (msg: string): never => raise(T.TypeError, msg);
export const valueError = (msg: string): never => raise(T.ValueError, msg);
export const indexError = (msg: string): never => raise(T.IndexError, msg);
export const attributeError = (msg: string): never => raise(T.AttributeError, msg);
export const overflowError = (msg: string): never => raise(T.OverflowError, msg);
export const zeroDivisionError = (msg: string): never => raise(T.ZeroDivisionError, msg);
export const nameError = (msg: string): never => raise(T.NameError, msg);
export const runtimeError = (msg: string): never => raise(T.RuntimeError, msg);
export const notImplementedError = (msg: string): never => raise(T.NotImplementedError, msg);

/** Raises cls() with no arguments (StopIteration, KeyboardInterrupt, ...). */
export function raiseEmpty(cls: number): never {
  throw new PyException(newException(cls, K.emptyTuple));
}
