// Creating frames for Python functions and binding call arguments to their parameters (CPython's
// initialize_locals), with CPython 3.11's error messages. Frames are young heap objects
// (frame_layout.ts); the fast path copies positional arguments straight from the caller's
// value stack.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_BOXED, L_FRAME } from '../runtime/layouts';
import { BX_VALUE } from '../objects/boxed';
import { richEq } from '../runtime/protocol';
import { K, T } from '../runtime/types';
import { excWithMessage, newException } from '../runtime/errors';
import { joinStrs } from '../runtime/type_message';
import { orThrow, softRaise } from '../runtime/soft_raise';
import { CO_VARARGS, CO_VARKEYWORDS } from '../../compiler/code';
import { codeInfo, type CodeInfo } from '../objects/code';
import { FN_BUILTINS, FN_CODE, FN_DEFAULTS, FN_GLOBALS, FN_KWDEFAULTS, FN_QUALNAME } from '../objects/function';
import { intern, strEquals, strJs } from '../objects/str_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { dictGetStr, dictSet, newDict } from '../objects/dict_core';
import {
  FR_AUX, FR_BACK, FR_BUILTINS, FR_CALLER_EXC, FR_CODE, FR_FLAGS, FR_FUNC, FR_GEN_EXC, FR_GLOBALS, FR_LASTI, FR_LOCALS, FR_LOCALSPLUS, FR_PC, FR_SP,
} from './frame_layout';
import { youngEpoch } from '../runtime/alloc';

/** A new frame for `func` with its locals unset; the caller binds the arguments. It is the
 *  code's spare frame when there is a valid one (interp/frame_recycle.ts). `filled`: how many
 *  first locals the caller writes at once, before anything else can run (the positional
 *  arguments copied from its stack): a reused frame does not zero them first. */
export function newFrame(func: number, ci: CodeInfo, filled = 0): number {
  const spare = ci.spareFrame;
  if (spare !== 0 && ci.spareGen === youngEpoch) {
    ci.spareFrame = 0;
    return reuseFrame(spare, func, ci, filled);
  }
  return allocFrame(func, ci);
}

/** newFrame without a spare: a new nursery frame. Its own function, so that newFrame stays small
 *  (~45 bytes of bytecode, the spare test and a call each way) and TurboFan's cumulative inlining
 *  budget of run() (920 bytes; newFrame is inlined there) has room for reuseFrame, the path of
 *  nearly every call (vm/NOTES.md "h32-dblue"). */
function allocFrame(func: number, ci: CodeInfo): number {
  const f = alloc(L_FRAME, ci.frameWords, SCAN_ALL);
  mem[f + FR_CODE] = ci.ref;
  mem[f + FR_FUNC] = func;
  mem[f + FR_GLOBALS] = mem[func + FN_GLOBALS];
  mem[f + FR_BUILTINS] = mem[func + FN_BUILTINS];
  mem[f + FR_PC] = 1; // tagged 0
  mem[f + FR_FLAGS] = 1; // tagged 0: every traced word is a small int or a reference
  mem[f + FR_SP] = ((FR_LOCALSPLUS + ci.nlocalsplus) << 1) | 1;
  return f;
}

/** Spare frame `f` of `ci` made as newFrame makes one: every header word as in a new frame, the
 *  locals unset from `filled` on (the value stack above them is not read before it is pushed;
 *  stale words there and in the `filled` first locals until the caller writes them are
 *  references to objects alive in this nursery generation, as in any frame after a pop). */
function reuseFrame(f: number, func: number, ci: CodeInfo, filled: number): number {
  const m = mem;
  m[f + FR_BACK] = 0;
  m[f + FR_CODE] = ci.ref;
  m[f + FR_FUNC] = func;
  m[f + FR_GLOBALS] = m[func + FN_GLOBALS];
  m[f + FR_BUILTINS] = m[func + FN_BUILTINS];
  m[f + FR_LOCALS] = 0;
  m[f + FR_PC] = 1;
  m[f + FR_SP] = ((FR_LOCALSPLUS + ci.nlocalsplus) << 1) | 1;
  m[f + FR_FLAGS] = 1;
  m[f + FR_AUX] = 0;
  m[f + FR_LASTI] = 0;
  m[f + FR_CALLER_EXC] = 0;
  m[f + FR_GEN_EXC] = 0;
  const end = f + FR_LOCALSPLUS + ci.nlocalsplus;
  for (let p = f + FR_LOCALSPLUS + filled; p < end; p++) m[p] = 0;
  return f;
}

/** A frame for module or class-body code that uses a locals dict. */
export function newCodeFrame(code: number, globals: number, builtins: number, locals: number): number {
  const ci = codeInfo(code);
  const f = alloc(L_FRAME, ci.frameWords, SCAN_ALL);
  mem[f + FR_CODE] = code;
  mem[f + FR_FUNC] = K.None;
  mem[f + FR_GLOBALS] = globals;
  mem[f + FR_BUILTINS] = builtins;
  mem[f + FR_LOCALS] = locals;
  mem[f + FR_PC] = 1;
  mem[f + FR_FLAGS] = 1;
  mem[f + FR_SP] = ((FR_LOCALSPLUS + ci.nlocalsplus) << 1) | 1;
  return f;
}

/** True when positional arguments can be copied straight into the parameters. */
export function isSimpleCall(ci: CodeInfo, nargs: number): boolean {
  return nargs === ci.simpleArgs;
}

/**
 * Positional arguments at mem[src..src+n) plus the function's defaults for the parameters after
 * them, without an arguments array: false (nothing written) unless the call has only positional
 * arguments, the code has no *args/**kwargs/keyword-only parameters and the defaults cover every
 * missing parameter. `self` (when not 0) is bound first, before the n arguments.
 */
export function bindWithDefaults(f: number, func: number, ci: CodeInfo, self: number, src: number, n: number): boolean {
  const co = ci.argcount;
  const given = self !== 0 ? n + 1 : n;
  if (given > co || ci.kwonly !== 0 || (ci.flags & (CO_VARARGS | CO_VARKEYWORDS)) !== 0) return false;
  const defaults = mem[func + FN_DEFAULTS];
  if (defaults === K.None) return false;
  const first = co - tupleLen(defaults);
  if (given < first) return false;
  let lp = f + FR_LOCALSPLUS;
  if (self !== 0) mem[lp++] = self;
  for (let i = 0; i < n; i++) mem[lp + i] = mem[src + i];
  for (let i = given; i < co; i++) mem[f + FR_LOCALSPLUS + i] = tupleItem(defaults, i - first);
  return true;
}

function fname(func: number): string {
  return strJs(mem[func + FN_QUALNAME]);
}

/**
 * Binds args (positional values, then the values of the keywords named in `kwnames`) to the
 * parameters of `func` in frame `f`.
 */
export function bindArguments(f: number, func: number, ci: CodeInfo, args: readonly number[], kwnames: number): void {
  orThrow(bindArgumentsSoft(f, func, ci, args, kwnames));
}

/** bindArguments for run()'s CALL: 1, or 0 with the TypeError of arguments that do not fit
 *  (missing, unexpected, given twice, too many) soft-raised (runtime/soft_raise.ts; ~2.8-3.5 µs
 *  caught as a JS throw). */
export function bindArgumentsSoft(f: number, func: number, ci: CodeInfo, args: readonly number[], kwnames: number): number {
  const lp = f + FR_LOCALSPLUS;
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const npos = args.length - nkw;
  const co = ci.argcount;
  let kwdict = 0;
  if (ci.flags & CO_VARKEYWORDS) {
    kwdict = newDict();
    mem[lp + co + ci.kwonly + (ci.flags & CO_VARARGS ? 1 : 0)] = kwdict;
  }
  const n = Math.min(npos, co);
  for (let i = 0; i < n; i++) mem[lp + i] = args[i];
  if (ci.flags & CO_VARARGS) {
    mem[lp + co + ci.kwonly] = newTuple(npos > co ? args.slice(co, npos) : []);
  }
  for (let k = 0; k < nkw; k++) {
    const key = tupleItem(kwnames, k);
    // (f(**{S('a'): 1}) with S a str subclass: the key matches through S's __eq__, as CPython's
    // second, rich-comparing pass; **kwargs keeps the key; messages show its str value)
    const boxed = (mem[key] & 0x7ff) === L_BOXED;
    const name = boxed ? mem[key + BX_VALUE] : key;
    const value = args[npos + k];
    let j = -1;
    for (let p = ci.posonly; p < co + ci.kwonly; p++) {
      const pn = ci.varnames[p];
      if (boxed ? richEq(pn, key) : pn === name || strEquals(pn, name)) {
        j = p;
        break;
      }
    }
    if (j < 0) {
      if (kwdict === 0) {
        const posonlyGiven: string[] = [];
        for (let p = 0; p < ci.posonly; p++) {
          for (let q = 0; q < nkw; q++) if (strEquals(ci.varnames[p], tupleItem(kwnames, q))) posonlyGiven.push(strJs(ci.varnames[p]));
        }
        if (posonlyGiven.length > 0) {
          return softTypeError(`${fname(func)}() got some positional-only arguments passed as keyword arguments: '${posonlyGiven.join(', ')}'`);
        }
        return softRaise(newException(T.TypeError, newTuple([joinStrs([mem[func + FN_QUALNAME], intern("() got an unexpected keyword argument '"), name, intern("'")])])));
      }
      dictSet(kwdict, key, value);
      continue;
    }
    if (mem[lp + j] !== 0) return softTypeError(`${fname(func)}() got multiple values for argument '${strJs(name)}'`);
    mem[lp + j] = value;
  }
  if (npos > co && (ci.flags & CO_VARARGS) === 0) return softTypeError(tooManyPositional(func, ci, npos, lp));
  // defaults for missing positionals
  if (npos < co) {
    const defaults = mem[func + FN_DEFAULTS];
    const nd = defaults === K.None ? 0 : tupleLen(defaults);
    const firstDefault = co - nd;
    const missing: number[] = [];
    for (let i = npos; i < co; i++) {
      if (mem[lp + i] !== 0) continue;
      if (i >= firstDefault) mem[lp + i] = tupleItem(defaults, i - firstDefault);
      else missing.push(i);
    }
    if (missing.length === 1) return softRaise(newException(T.TypeError, newTuple([joinStrs([mem[func + FN_QUALNAME], intern("() missing 1 required positional argument: '"), ci.varnames[missing[0]], intern("'")])])));
    if (missing.length > 0) return softTypeError(missingArguments(func, ci, missing, 'positional'));
  }
  if (ci.kwonly > 0) {
    const kwdefaults = mem[func + FN_KWDEFAULTS];
    const missing: number[] = [];
    for (let i = co; i < co + ci.kwonly; i++) {
      if (mem[lp + i] !== 0) continue;
      const d = kwdefaults === K.None ? 0 : dictGetStr(kwdefaults, ci.varnames[i]);
      if (d !== 0) mem[lp + i] = d;
      else missing.push(i);
    }
    if (missing.length > 0) return softTypeError(missingArguments(func, ci, missing, 'keyword-only'));
  }
  return 1;
}

function softTypeError(msg: string): 0 {
  return softRaise(excWithMessage(T.TypeError, msg));
}

/** The message of missing arguments' TypeError. */
function missingArguments(func: number, ci: CodeInfo, missing: number[], kind: string): string {
  const names = missing.map((i) => `'${strJs(ci.varnames[i])}'`);
  let list: string;
  if (names.length === 1) list = names[0];
  else if (names.length === 2) list = `${names[0]} and ${names[1]}`;
  else list = `${names.slice(0, -1).join(', ')}, and ${names[names.length - 1]}`;
  const n = missing.length;
  return `${fname(func)}() missing ${n} required ${kind} argument${n === 1 ? '' : 's'}: ${list}`;
}

/** The message of too many positional arguments' TypeError. */
function tooManyPositional(func: number, ci: CodeInfo, given: number, lp: number): string {
  const defaults = mem[func + FN_DEFAULTS];
  const nd = defaults === K.None ? 0 : tupleLen(defaults);
  const co = ci.argcount;
  let kwonlyGiven = 0;
  for (let i = co; i < co + ci.kwonly; i++) if (mem[lp + i] !== 0) kwonlyGiven++;
  const takes = nd > 0 ? `from ${co - nd} to ${co}` : String(co);
  const plural = nd > 0 || co !== 1 ? 's' : '';
  let givenText = String(given);
  if (kwonlyGiven > 0) {
    givenText = `${given} positional argument${given === 1 ? '' : 's'} (and ${kwonlyGiven} keyword-only argument${kwonlyGiven === 1 ? '' : 's'})`;
    return `${fname(func)}() takes ${takes} positional argument${plural} but ${givenText} were given`;
  }
  return `${fname(func)}() takes ${takes} positional argument${plural} but ${givenText} ${given === 1 ? 'was' : 'were'} given`;
}

export { FN_CODE };

/** Frame f's pc (run()'s pc and word base: the next instruction) saved before an out-of-line
 *  path of run() that may call Python code (a rich compare, `in`, `__bool__`/`__len__`,
 *  `__iter__`, `__next__`, unpacking an iterator): the frame's f_lineno while that code runs.
 *  Only there: never on run()'s own fast paths; run() passes pc and wb as they are (no
 *  arithmetic at its call sites: vm/NOTES.md "h24-loops"). */
export function savePc(f: number, pc: number, wb: number): void {
  mem[f + FR_PC] = ((pc - wb) << 1) | 1;
}
