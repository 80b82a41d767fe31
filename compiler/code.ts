// The code object as the compiler produces it (a plain JS value; the VM copies it into the
// shared heap when it loads it). Instructions are vm/opcodes.ts words; the line table holds 4
// int32 per instruction (lineno, col_offset, end_lineno, end_col_offset; UTF-8 byte columns as
// CPython's co_positions, -1 when unknown); the exception table 5 int32 per entry (start, end
// exclusive, handler, stack depth, lasti flag). LOAD_DEREF & co. index cellvars ++ freevars.
import type { ConstantValue } from './constants';

export const CO_OPTIMIZED = 0x1;
export const CO_NEWLOCALS = 0x2;
export const CO_VARARGS = 0x4;
export const CO_VARKEYWORDS = 0x8;
export const CO_NESTED = 0x10;
export const CO_GENERATOR = 0x20;
export const CO_NOFREE = 0x40;
export const CO_COROUTINE = 0x80;
export const CO_ITERABLE_COROUTINE = 0x100;
export const CO_ASYNC_GENERATOR = 0x200;

export interface CodeObject {
  name: string;
  qualname: string;
  filename: string;
  firstlineno: number;
  argcount: number;
  posonlyargcount: number;
  kwonlyargcount: number;
  flags: number;
  code: Int32Array;
  consts: (ConstantValue | CodeObject)[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
  stacksize: number;
  linetable: Int32Array;
  exceptiontable: Int32Array;
}

export function isCodeObject(v: unknown): v is CodeObject {
  return typeof v === 'object' && v !== null && 'code' in v && (v as CodeObject).code instanceof Int32Array;
}
