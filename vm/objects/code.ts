// code: a compiled code object in the heap (old space; immutable), and CodeInfo, this worker's
// JS view of it (a copy of the instruction words, the constants and names as address arrays,
// the frame geometry), built on first use and dropped after a major collection.
//   payload: [consts, names, varnames, cellvars, freevars, filename, name, qualname,
//             words (L_RAW), linetable (L_RAW), exception table (L_RAW), firstlineno,
//             argcount, posonlyargcount, kwonlyargcount, flags, stacksize,
//             quickened words (L_RAW: run()'s copy of the words, interp/quicken.ts; the words
//             object itself when nothing is fused)]   (ints tagged)
// loadCode copies a compiler CodeObject (compiler/code.ts) into the heap, constants included.
import { mem, f64 } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { allocOld, gcEpoch } from '../runtime/alloc';
import { L_CODE, L_FLOAT, L_RAW } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { isCodeObject, type CodeObject, CO_VARARGS, CO_VARKEYWORDS, CO_GENERATOR, CO_ASYNC_GENERATOR } from '../../compiler/code';
import { ELLIPSIS, PyBytes, PyComplex, PyFrozenSetConst, PySurrogateStr, PyTupleConst, type ConstantValue } from '../../compiler/constants';
import { intern, newStr, newCodePointsStrOld, strJs } from './str_core';
import { newTuple, tupleItems } from './tuple_core';
import { intFromBigInt } from './int_core';
import { pin } from '../runtime/pinned';
import { newBytesOld } from './bytes_core';
import { newComplexOld } from './complex_core';
import { newFrozenSetOld, setItems } from './set_core';
import { FR_LOCALSPLUS } from '../interp/frame_layout';

export const CO_CONSTS = 2;
export const CO_NAMES = 3;
export const CO_VARNAMES = 4;
export const CO_CELLVARS = 5;
export const CO_FREEVARS = 6;
export const CO_FILENAME = 7;
export const CO_NAME = 8;
export const CO_QUALNAME = 9;
export const CO_WORDS = 10;
export const CO_LINETABLE = 11;
export const CO_EXCTABLE = 12;
export const CO_FIRSTLINENO = 13;
export const CO_ARGCOUNT = 14;
export const CO_POSONLY = 15;
export const CO_KWONLY = 16;
export const CO_FLAGS = 17;
export const CO_STACKSIZE = 18;
export const CO_QWORDS = 19;
export const CODE_PAYLOAD = 18;

/** An old L_RAW object holding the words of `a`. */
export function rawWords(a: Int32Array): number {
  const r = allocOld(L_RAW, Math.max(a.length, 1), 0);
  mem.set(a, r + 2);
  return r;
}

function strTuple(names: readonly string[]): number {
  return newTuple(names.map(intern), true);
}

function constant(v: ConstantValue | CodeObject): number {
  if (v === null) return K.None;
  if (v === true) return K.True;
  if (v === false) return K.False;
  if (typeof v === 'bigint') return intFromBigInt(v, true);
  if (typeof v === 'number') {
    const r = allocOld(L_FLOAT, 2, 0);
    f64[(r + 2) >> 1] = v;
    return r;
  }
  if (typeof v === 'string') return intern(v);
  if (v instanceof PySurrogateStr) {
    return newCodePointsStrOld(v.codePoints);
  }
  if (v === ELLIPSIS) return K.Ellipsis;
  if (v instanceof PyTupleConst) return newTuple(v.items.map(constant), true);
  if (v instanceof PyBytes) return newBytesOld(v.bytes);
  if (v instanceof PyComplex) return newComplexOld(v.real, v.imag);
  if (v instanceof PyFrozenSetConst) {
    // CPython's compiler re-creates frozenset constants from their own iteration order when it
    // merges constants (merge_consts_recursive): build twice so the table order matches
    return newFrozenSetOld(setItems(newFrozenSetOld(v.items.map(constant))));
  }
  if (isCodeObject(v)) return loadCode(v);
  throw new Error('internal: unknown constant');
}

/** Copies a compiled code object (and its nested code and constants) into the heap. */
export function loadCode(co: CodeObject): number {
  const r = pin(allocOld(L_CODE, CODE_PAYLOAD, SCAN_ALL));
  mem[r + CO_CONSTS] = newTuple(co.consts.map(constant), true);
  mem[r + CO_NAMES] = strTuple(co.names);
  mem[r + CO_VARNAMES] = strTuple(co.varnames);
  mem[r + CO_CELLVARS] = strTuple(co.cellvars);
  mem[r + CO_FREEVARS] = strTuple(co.freevars);
  mem[r + CO_FILENAME] = intern(co.filename);
  mem[r + CO_NAME] = intern(co.name);
  mem[r + CO_QUALNAME] = intern(co.qualname);
  mem[r + CO_WORDS] = rawWords(co.code);
  mem[r + CO_LINETABLE] = rawWords(co.linetable);
  mem[r + CO_EXCTABLE] = rawWords(co.exceptiontable);
  mem[r + CO_FIRSTLINENO] = (co.firstlineno << 1) | 1;
  mem[r + CO_ARGCOUNT] = (co.argcount << 1) | 1;
  mem[r + CO_POSONLY] = (co.posonlyargcount << 1) | 1;
  mem[r + CO_KWONLY] = (co.kwonlyargcount << 1) | 1;
  mem[r + CO_FLAGS] = (co.flags << 1) | 1;
  mem[r + CO_STACKSIZE] = (co.stacksize << 1) | 1;
  setQuickened(r);
  return r;
}

/** The instruction words of code object `code` (its words object can be longer: one word at least). */
function instructionWords(code: number): Int32Array {
  const w = mem[code + CO_WORDS];
  const n = payloadLen(mem[code + CO_LINETABLE]) >> 2;
  return mem.subarray(w + 2, w + 2 + Math.min(n, payloadLen(w)));
}

/** Sets CO_QWORDS of a new code object whose words and line table are set: the quickened words
 *  live in the heap beside the plain ones, so that run() fetches its instructions from the heap
 *  array it reads everything else from (vm/NOTES.md "h21-fetch"). Old, never written again,
 *  shared by every worker: no barriers. */
export function setQuickened(code: number): void {
  const words = instructionWords(code);
  const t = mem[code + CO_EXCTABLE];
  const q = quicken(words, mem.subarray(t + 2, t + 2 + payloadLen(t)));
  mem[code + CO_QWORDS] = q === words ? mem[code + CO_WORDS] : rawWords(q);
}

/** This worker's view of one code object. */
export class CodeInfo {
  readonly words: Int32Array;
  /** Heap index of the first of the quickened words (`words` with superinstructions, for run()
   *  only: interp/quicken.ts; CO_QWORDS), and of the first of the plain words (run() under
   *  --trace). run() fetches `mem[base + pc]`. */
  qbase: number;
  readonly wbase: number;
  /** The quickened words' base; qbase is the trace words' while a trace function is set
   *  (setTraceWords). */
  readonly quickBase: number;
  /** Int32Arrays, not JS arrays: one elements kind for every code object, so run()'s loads
   *  of them stay monomorphic (a JS array holding a tagged int past 2^30 turns into doubles). */
  readonly consts: Int32Array;
  readonly names: Int32Array;
  readonly varnames: number[];
  readonly nlocals: number;
  readonly ncells: number;
  readonly nfrees: number;
  readonly nlocalsplus: number;
  readonly stacksize: number;
  /** Payload words of a frame running this code. */
  readonly frameWords: number;
  readonly argcount: number;
  readonly posonly: number;
  readonly kwonly: number;
  readonly flags: number;
  /** Positional + keyword-only + *args + **kwargs slots. */
  readonly totalArgs: number;
  readonly exctable: Int32Array;
  readonly linetable: Int32Array;
  readonly name: string;
  readonly qualname: string;
  readonly filename: string;
  readonly firstlineno: number;
  /** For each cell, the argument it is initialised from (-1: none). */
  readonly cell2arg: Int32Array;
  /** Generators and async generators: 1 at each YIELD_VALUE that an exception-table entry covers
   *  (a try, with or async for around it); null when there is none. A generator first
   *  suspending at one is registered to be closed by the collector (objects/gen_finalizer.ts). */
  readonly yieldsInTry: Uint8Array | null;
  /** 1 when the code starts with RESUME 0 (a function without cells: MAKE_CELL and
   *  COPY_FREE_VARS come first otherwise), which a CALL may step over (interp/loop.ts CALL). */
  readonly resumeAt0: number;
  /** argcount when positional arguments alone bind straight into the parameters (no keyword-only
   *  parameters, no *args/**kwargs), else -1 (interp/frame.ts isSimpleCall: one compare per call). */
  readonly simpleArgs: number;
  /** Per-instruction inline caches (LOAD_GLOBAL: see interp/global_cache.ts), this worker only. */
  gcache: Int32Array | null = null;
  /** Attribute and method caches (interp/attr_cache.ts), this worker only. */
  acache: Int32Array | null = null;
  mcache: Int32Array | null = null;
  /** Their overflow entries (a site's third to sixth class), made at a site's first third class. */
  acache2: Int32Array | null = null;
  mcache2: Int32Array | null = null;
  /** STORE_ATTR's remembered map transitions (interp/attr_cache.ts learnTransition: class, map
   *  before, map after, collection epoch), one per primary entry of acache (same offsets), made
   *  at a site's first append through the class's chain. */
  tcache: Int32Array | null = null;
  /** A frame of this code that returned without escaping, reusable while the nursery generation
   *  is still spareGen (interp/frame_recycle.ts); 0: none. This worker only. */
  spareFrame = 0;
  spareGen = -1;
  /** The docstring of a function made from this code (interp/make_function.ts docFor), -1 until
   *  first asked. This worker only. */
  docConst = -1;
  /** Keyword names tuple -> parameter slots of calls to this code (interp/kw_bind.ts), this worker only. */
  kwCache: KwCache | null = null;
  constructor(readonly ref: number) {
    const rawOf = (k: number): Int32Array => {
      const a = mem[ref + k];
      const n = payloadLen(a);
      return mem.slice(a + 2, a + 2 + n);
    };
    this.linetable = rawOf(CO_LINETABLE);
    this.words = instructionWords(ref).slice();
    this.quickBase = mem[ref + CO_QWORDS] + 2;
    this.qbase = this.quickBase;
    this.wbase = mem[ref + CO_WORDS] + 2;
    this.resumeAt0 = this.words.length > 0 && this.words[0] === 1 ? 1 : 0; // (RESUME is opcode 1, arg 0)
    this.exctable = rawOf(CO_EXCTABLE);
    this.exctable = this.exctable.subarray(0, Math.floor(this.exctable.length / 5) * 5);
    this.consts = Int32Array.from(tupleItems(mem[ref + CO_CONSTS]));
    this.names = Int32Array.from(tupleItems(mem[ref + CO_NAMES]));
    this.varnames = tupleItems(mem[ref + CO_VARNAMES]);
    this.nlocals = this.varnames.length;
    this.ncells = tupleItems(mem[ref + CO_CELLVARS]).length;
    this.nfrees = tupleItems(mem[ref + CO_FREEVARS]).length;
    this.nlocalsplus = this.nlocals + this.ncells + this.nfrees;
    this.stacksize = mem[ref + CO_STACKSIZE] >> 1;
    this.frameWords = FR_LOCALSPLUS - 2 + this.nlocalsplus + this.stacksize;
    this.argcount = mem[ref + CO_ARGCOUNT] >> 1;
    this.posonly = mem[ref + CO_POSONLY] >> 1;
    this.kwonly = mem[ref + CO_KWONLY] >> 1;
    this.flags = mem[ref + CO_FLAGS] >> 1;
    this.simpleArgs = this.kwonly === 0 && (this.flags & (CO_VARARGS | CO_VARKEYWORDS)) === 0 ? this.argcount : -1;
    this.totalArgs = this.argcount + this.kwonly + (this.flags & CO_VARARGS ? 1 : 0) + (this.flags & CO_VARKEYWORDS ? 1 : 0);
    this.name = strJs(mem[ref + CO_NAME]);
    this.qualname = strJs(mem[ref + CO_QUALNAME]);
    this.filename = strJs(mem[ref + CO_FILENAME]);
    this.firstlineno = mem[ref + CO_FIRSTLINENO] >> 1;
    const cells = tupleItems(mem[ref + CO_CELLVARS]).map(strJs);
    const vars = this.varnames.map(strJs);
    this.cell2arg = Int32Array.from(cells.map((c) => {
      const i = vars.indexOf(c);
      return i >= 0 && i < this.totalArgs ? i : -1;
    }));
    this.yieldsInTry = (this.flags & (CO_GENERATOR | CO_ASYNC_GENERATOR)) !== 0 ? coveredYields(this.words, this.exctable) : null;
    if (traceBase !== 0) this.qbase = this.words.length <= traceLen ? traceBase : growTraceWords(this.words.length);
  }
  /** Source line of instruction pc (-1 when none). */
  lineOf(pc: number): number {
    for (let i = pc; i >= 0; i--) {
      const l = this.linetable[i * 4];
      if (l >= 0) return l;
      if (l === -2) return -1; // no location (a table given to code.replace)
      if (i === pc && pc > 0) continue;
    }
    // the prologue (RETURN_GENERATOR, RESUME...): CPython puts it on the `def`/`class` line
    return this.name === '<module>' ? -1 : this.firstlineno;
  }
}

/** The YIELD_VALUEs (opcode 80) inside an exception-table range, or null when none is. */
function coveredYields(words: Int32Array, t: Int32Array): Uint8Array | null {
  let out: Uint8Array | null = null;
  for (let i = 0; i < t.length; i += 5) {
    for (let pc = t[i], end = Math.min(t[i + 1], words.length); pc < end; pc++) {
      if ((words[pc] & 0xff) !== 80) continue;
      if (out === null) out = new Uint8Array(words.length);
      out[pc] = 1;
    }
  }
  return out;
}

import { payloadWords } from '../../stmgc/objects';
import { quicken } from '../interp/quicken';
import type { KwCache } from '../interp/kw_bind';
function payloadLen(a: number): number { return payloadWords(a); }

// CodeInfo by code address: a direct-mapped table in front of a map (code objects are old and
// never move; an address is reused only after a major collection or an abort, hence the epoch of
// the map). Every call and frame switch of the interpreter looks its code up here: one load and
// one compare on a hit (RETURN_VALUE's lookup of its caller's too). interp/caller_info.ts empties
// the table (a major collection, an abort, a worker attach, and run()'s epoch checks): a slot must
// never name a dead code object whose address a live one took.
let infos = new Map<number, CodeInfo>();
let infosEpoch = -1;
const CI_TABLE = 2048;
const ciTable: (CodeInfo | null)[] = new Array<CodeInfo | null>(CI_TABLE).fill(null);

// sys.settrace (interp/py_trace.ts): while this worker traces, every CodeInfo's qbase is one heap
// array of TRACE_WORD words at least as long as the code, so that a frame an untraced loop enters or
// returns to (both load `qbase`) turns that loop's tracing on at its first instruction; run()
// then goes on with the plain words (wbase). 0: not tracing.
let traceBase = 0;
let traceLen = 0;
let growTraceWords: (len: number) => number = () => 0;

/** Points every CodeInfo of this worker at the trace words (base of a heap array of `len`
 *  TRACE_WORD words; `grow` makes a longer one for a longer code), or back at its quickened words
 *  (base 0). */
export function setTraceWords(base: number, len: number, grow: (len: number) => number): void {
  traceBase = base;
  traceLen = len;
  growTraceWords = grow;
  for (const ci of infos.values()) ci.qbase = base === 0 ? ci.quickBase : base;
}

/** The longest code of this worker's CodeInfos (the trace words' length). */
export function longestCode(): number {
  let n = 0;
  for (const ci of infos.values()) n = Math.max(n, ci.words.length);
  return n;
}

export function codeInfo(code: number): CodeInfo {
  const i = (code >>> 1) & (CI_TABLE - 1);
  const ci = ciTable[i];
  if (ci !== null && ci.ref === code) return ci;
  return codeInfoSlow(code, i);
}

/** Empties the direct-mapped table (interp/caller_info.ts dropCallerInfos). */
export function dropCodeInfoTable(): void {
  ciTable.fill(null);
}

/** How many slots of the direct-mapped table are filled (spec/unit/vm_caller_info.test.ts). */
export function codeInfoTableFilled(): number {
  let n = 0;
  for (const ci of ciTable) if (ci !== null) n++;
  return n;
}

function codeInfoSlow(code: number, i: number): CodeInfo {
  const e = gcEpoch();
  if (infosEpoch !== e) {
    infos = new Map();
    infosEpoch = e;
  }
  let ci = infos.get(code);
  if (ci === undefined) {
    ci = new CodeInfo(code);
    infos.set(code, ci);
  }
  ciTable[i] = ci;
  return ci;
}

export const codeType: TypeDef = {
  name: 'code',
  layout: L_CODE,
  final: true,
  slots: {
    repr: (self) => {
      const ci = codeInfo(self);
      return newStr(`<code object ${ci.name} at 0x${(self * 4).toString(16)}, file "${ci.filename}", line ${ci.firstlineno}>`);
    },
  },
  getters: {
    co_name: (self) => mem[self + CO_NAME],
    co_qualname: (self) => mem[self + CO_QUALNAME],
    co_filename: (self) => mem[self + CO_FILENAME],
    co_firstlineno: (self) => mem[self + CO_FIRSTLINENO],
    co_argcount: (self) => mem[self + CO_ARGCOUNT],
    co_posonlyargcount: (self) => mem[self + CO_POSONLY],
    co_kwonlyargcount: (self) => mem[self + CO_KWONLY],
    co_flags: (self) => mem[self + CO_FLAGS],
    co_consts: (self) => mem[self + CO_CONSTS],
    co_names: (self) => mem[self + CO_NAMES],
    co_varnames: (self) => mem[self + CO_VARNAMES],
    co_cellvars: (self) => mem[self + CO_CELLVARS],
    co_freevars: (self) => mem[self + CO_FREEVARS],
    co_stacksize: (self) => mem[self + CO_STACKSIZE],
    co_nlocals: (self) => ((codeInfo(self).nlocals << 1) | 1),
    co_code: (self) => newBytes(wordBytes(codeInfo(self).words)),
    co_exceptiontable: (self) => newBytes(wordBytes(codeInfo(self).exctable)),
    co_linetable: (self) => {
      const ci = codeInfo(self);
      return newBytes(encodeLocations(locationsOf(ci), ci.firstlineno));
    },
    co_lnotab: (self) => {
      const ci = codeInfo(self);
      return newBytes(lnotabOf(locationsOf(ci), ci.firstlineno));
    },
  },
  methods: {
    replace: codeReplace,
    co_lines: (a) => {
      const res = locationsOf(codeInfo(a[0]));
      const out: number[] = [];
      for (let i = 0; 4 * i < res.length; i++) out.push(newTuple([4 * i << 1 | 1, (4 * i + 4) << 1 | 1, optInt(res[4 * i])]));
      return iter(newList(out));
    },
    co_positions: (a) => {
      const res = locationsOf(codeInfo(a[0]));
      const out: number[] = [];
      for (let k = 0; k < res.length; k += 4) {
        const t = newTuple([optInt(res[k]), optInt(res[k + 2]), optInt(res[k + 1]), optInt(res[k + 3])]);
        out.push(t, t);
      }
      return iter(newList(out));
    },
  },
  noargs: ['co_lines', 'co_positions'],
};

/** The location of every instruction, inherited ones filled in (code_locations.ts). */
function locationsOf(ci: CodeInfo): Int32Array {
  return resolvedLocations(ci.linetable, ci.firstlineno, ci.name === '<module>');
}

function optInt(v: number): number {
  return v < 0 ? K.None : intFromNumber(v);
}

/** co_code / co_exceptiontable: our words as little-endian bytes. */
function wordBytes(w: Int32Array): Uint8Array {
  return new Uint8Array(Int32Array.from(w).buffer);
}

import { newBytes } from './bytes_core';
import { newList } from './list_core';
import { intFromNumber } from './int_core';
import { iter } from '../runtime/protocol';
import { encodeLocations, lnotabOf, resolvedLocations } from './code_locations';
import { codeReplace } from './code_replace';

export const _keep = [T];
