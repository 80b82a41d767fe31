// code.replace(**fields): a copy of a code object with some co_* fields replaced, with the
// keyword names, type checks and messages of CPython 3.11's code_replace (its argument clinic
// and _PyCode_Validate). The copy is an old, pinned object like every code object, so what it
// points at must be old too: names are interned, constants that are young are copied into old
// space (the interpreter caches a code object's constant addresses per worker). co_code and
// co_exceptiontable are our own formats (4 bytes per instruction / per table word: what the
// getters return), co_linetable is CPython's (code_locations.ts). Intended differences: the
// stack size kept is never below the original's (a frame too small would corrupt the heap).
import { mem, f64 } from '../../stmgc/heap';
import { isOld } from '../../stmgc/objects';
import { SCAN_ALL } from '../../stmgc/layout';
import { allocOld } from '../runtime/alloc';
import { pin } from '../runtime/pinned';
import { L_BYTES, L_COMPLEX, L_FLOAT, L_FROZENSET, L_INT, L_STR, L_TUPLE } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import { layoutOf } from '../runtime/types';
import { index, tname } from '../runtime/protocol';
import { raise, typeError, valueError } from '../runtime/errors';
import { intValue } from './int';
import { intFromBigInt } from './int_core';
import { intern, strJs } from './str_core';
import { newTuple, tupleItem, tupleItems, tupleLen } from './tuple_core';
import { bytesView, newBytesOld } from './bytes_core';
import { complexImag, complexReal, newComplexOld } from './complex_core';
import { newFrozenSetOld, setItems } from './set_core';
import { OPNAMES } from '../opcodes';
import { decodeLocations } from './code_locations';
import {
  CODE_PAYLOAD, CO_ARGCOUNT, CO_CELLVARS, CO_CONSTS, CO_EXCTABLE, CO_FILENAME, CO_FIRSTLINENO, CO_FLAGS, CO_FREEVARS,
  CO_KWONLY, CO_LINETABLE, CO_NAME, CO_NAMES, CO_POSONLY, CO_QUALNAME, CO_STACKSIZE, CO_VARNAMES, CO_WORDS, codeInfo, rawWords, setQuickened,
} from './code';
import { CO_VARARGS as CO_VARARGS_FLAG, CO_VARKEYWORDS as CO_VARKW_FLAG } from '../../compiler/code';

type Kind = 'int' | 'bytes' | 'tuple' | 'str';
const FIELDS: Record<string, Kind> = {
  co_argcount: 'int', co_posonlyargcount: 'int', co_kwonlyargcount: 'int', co_nlocals: 'int', co_stacksize: 'int',
  co_flags: 'int', co_firstlineno: 'int', co_code: 'bytes', co_consts: 'tuple', co_names: 'tuple',
  co_varnames: 'tuple', co_freevars: 'tuple', co_cellvars: 'tuple', co_filename: 'str', co_name: 'str',
  co_qualname: 'str', co_linetable: 'bytes', co_exceptiontable: 'bytes',
};
const KIND_NAME: Record<Kind, string> = { int: 'int', bytes: 'bytes', tuple: 'tuple', str: 'str' };
const NON_NEGATIVE = ['co_argcount', 'co_posonlyargcount', 'co_kwonlyargcount', 'co_nlocals', 'co_stacksize', 'co_flags', 'co_firstlineno'];

function cInt(v: number): number {
  const b = intValue(index(v)) ?? 0n;
  if (b > 0x7fffffffn || b < -0x80000000n) raise(T.OverflowError, 'Python int too large to convert to C int');
  return Number(b);
}

function isKind(v: number, k: Kind): boolean {
  if (k === 'int') return true; // checked by index()
  const l = layoutOf(v);
  return l === (k === 'bytes' ? L_BYTES : k === 'tuple' ? L_TUPLE : L_STR);
}

/** A tuple of interned names (a non-str is CPython's SystemError). */
function nameTuple(t: number): number {
  return newTuple(tupleItems(t).map((s) => {
    if (layoutOf(s) !== L_STR) raise(T.SystemError, 'non-string found in code slot');
    return intern(strJs(s));
  }), true);
}

/** `v` itself when it is old (or a tagged int), else an old copy of the immutable value. */
function oldConst(v: number): number {
  if ((v & 1) === 1 || isOld(v)) return v;
  switch (layoutOf(v)) {
    case L_INT: return intFromBigInt(intValue(v) ?? 0n, true);
    case L_FLOAT: {
      const r = allocOld(L_FLOAT, 2, 0);
      f64[(r + 2) >> 1] = f64[(v + 2) >> 1];
      return r;
    }
    case L_STR: return intern(strJs(v));
    case L_BYTES: return newBytesOld(bytesView(v).slice());
    case L_COMPLEX: return newComplexOld(complexReal(v), complexImag(v));
    case L_TUPLE: return newTuple(tupleItems(v).map(oldConst), true);
    case L_FROZENSET: return newFrozenSetOld(setItems(v).map(oldConst));
    default: return typeError(`pystm: a code object constant of type '${tname(v)}' made at run time is not supported`);
  }
}

function wordsOf(b: number, field: string): Int32Array {
  const bytes = bytesView(b);
  if (bytes.length % 4 !== 0) valueError(`code: ${field} is malformed`);
  const out = new Int32Array(bytes.length / 4);
  new Uint8Array(out.buffer).set(bytes);
  return out;
}

function newRaw(a: Int32Array): number {
  return rawWords(a);
}

/** code.replace(**fields) (METH_FASTCALL|KEYWORDS: `a` = [self, ...values], `kw` the names). */
export function codeReplace(a: number[], kw: number): number {
  const self = a[0];
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  if (a.length - nkw > 1) typeError('replace() takes no positional arguments');
  const given = new Map<string, number>();
  for (let i = 0; i < nkw; i++) {
    const name = strJs(tupleItem(kw, i));
    const v = a[a.length - nkw + i];
    const kind = FIELDS[name];
    if (kind === undefined) typeError(`'${name}' is an invalid keyword argument for replace()`);
    if (!isKind(v, kind)) typeError(`replace() argument '${name}' must be ${KIND_NAME[kind]}, not ${v === K.None ? 'None' : tname(v)}`);
    given.set(name, v);
  }
  const ci = codeInfo(self);
  const ints: Record<string, number> = {
    co_argcount: ci.argcount, co_posonlyargcount: ci.posonly, co_kwonlyargcount: ci.kwonly, co_nlocals: ci.nlocals,
    co_stacksize: ci.stacksize, co_flags: ci.flags, co_firstlineno: ci.firstlineno,
  };
  for (const name of NON_NEGATIVE) {
    const v = given.get(name);
    if (v !== undefined) ints[name] = cInt(v);
  }
  for (const name of NON_NEGATIVE) if (ints[name] < 0) valueError(`${name} must be a positive integer`);
  const pick = (name: string, field: number): number => given.get(name) ?? mem[self + field];
  const varnames = nameTuple(pick('co_varnames', CO_VARNAMES));
  const nvars = tupleLen(varnames);
  const flags = ints.co_flags;
  const totalArgs = ints.co_argcount + ints.co_kwonlyargcount + ((flags & CO_VARARGS_FLAG) !== 0 ? 1 : 0) + ((flags & CO_VARKW_FLAG) !== 0 ? 1 : 0);
  if (ints.co_argcount < ints.co_posonlyargcount) raise(T.SystemError, 'bad argument');
  if (nvars < totalArgs) valueError('code: co_varnames is too small');
  if (ints.co_nlocals !== nvars) valueError('code: co_nlocals != len(co_varnames)');
  const codeBytes = given.get('co_code');
  const words = codeBytes !== undefined ? wordsOf(codeBytes, 'co_code') : ci.words;
  for (const w of words) if (OPNAMES[w & 0xff] === undefined) valueError(`code: co_code holds an unknown opcode ${w & 0xff}`);
  const n = words.length;
  const lt = given.get('co_linetable');
  let linetable: Int32Array;
  if (lt !== undefined) linetable = decodeLocations(bytesView(lt), ints.co_firstlineno, n);
  else {
    linetable = new Int32Array(n * 4).fill(-1);
    linetable.set(ci.linetable.subarray(0, Math.min(ci.linetable.length, n * 4)));
    for (let k = ci.linetable.length; k < n * 4; k += 4) linetable[k] = -2;
    // CPython's table counts lines from co_firstlineno: a new first line moves them all
    const shift = ints.co_firstlineno - ci.firstlineno;
    for (let k = 0; shift !== 0 && k < n * 4; k += 4) {
      if (linetable[k] >= 0) linetable[k] = Math.max(0, linetable[k] + shift);
      if (linetable[k + 2] >= 0) linetable[k + 2] = Math.max(0, linetable[k + 2] + shift);
    }
  }
  const et = given.get('co_exceptiontable');
  const exctable = et !== undefined ? wordsOf(et, 'co_exceptiontable') : ci.exctable;

  const r = pin(allocOld(mem[self] & 0x7ff, CODE_PAYLOAD, SCAN_ALL));
  const consts = given.get('co_consts');
  mem[r + CO_CONSTS] = consts !== undefined ? newTuple(tupleItems(consts).map(oldConst), true) : mem[self + CO_CONSTS];
  mem[r + CO_NAMES] = nameTuple(pick('co_names', CO_NAMES));
  mem[r + CO_VARNAMES] = varnames;
  mem[r + CO_CELLVARS] = nameTuple(pick('co_cellvars', CO_CELLVARS));
  mem[r + CO_FREEVARS] = nameTuple(pick('co_freevars', CO_FREEVARS));
  mem[r + CO_FILENAME] = intern(strJs(pick('co_filename', CO_FILENAME)));
  mem[r + CO_NAME] = intern(strJs(pick('co_name', CO_NAME)));
  mem[r + CO_QUALNAME] = intern(strJs(pick('co_qualname', CO_QUALNAME)));
  mem[r + CO_WORDS] = newRaw(words);
  mem[r + CO_LINETABLE] = newRaw(linetable);
  mem[r + CO_EXCTABLE] = newRaw(exctable);
  mem[r + CO_FIRSTLINENO] = (ints.co_firstlineno << 1) | 1;
  mem[r + CO_ARGCOUNT] = (ints.co_argcount << 1) | 1;
  mem[r + CO_POSONLY] = (ints.co_posonlyargcount << 1) | 1;
  mem[r + CO_KWONLY] = (ints.co_kwonlyargcount << 1) | 1;
  mem[r + CO_FLAGS] = (flags << 1) | 1;
  mem[r + CO_STACKSIZE] = (Math.max(ints.co_stacksize, ci.stacksize) << 1) | 1;
  setQuickened(r);
  return r;
}
