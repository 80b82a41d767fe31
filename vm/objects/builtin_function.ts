// builtin_function_or_method: a function implemented in TypeScript. payload: [name (str),
// self (0 when unbound), impl index (tagged), kind (tagged), owner class (or 0)]. The impl
// table is per worker and identical on every worker (built by the same bootstrap code, and
// native modules in fixed index ranges, see NATIVE_BASE), so the index in the heap means the
// same function everywhere. kind: 0 a plain function (no binding:
// len, print), 1 a method descriptor that binds to the instance it is read from (list.append),
// 2 a class method that binds to the class (dict.fromkeys). Calling with self bound passes
// self as args[0]. Which Python class such an object has (method_descriptor, wrapper_descriptor,
// method-wrapper, classmethod_descriptor or builtin_function_or_method) follows from kind, self
// and whether the impl is a slot wrapper (a per-worker flag by impl index, set by defineBuiltin:
// descriptor_types.ts).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc, allocOld } from '../runtime/alloc';
import { L_BUILTIN, L_FUNCTION, L_STR } from '../runtime/layouts';
import { typeInfo } from './type_core';
import { pin, setCapturePins } from '../runtime/pinned';
import { txActive } from '../../stmgc/heap';
import { isInevitable } from '../../stmgc/txn';
import { intern, strJs } from './str_core';
import { typeError } from '../runtime/errors';
import { orThrow } from '../runtime/soft_raise';
import { tupleLen, tupleItem } from './tuple_core';
import { K, typeOf } from '../runtime/types';
import { isSubtype, TY_QUALNAME } from './type_core';
import { TF_HEAPTYPE, TY_DICT, typeFlags, typeName } from './type_core';
import { dictGetStr } from './dict_core';
import { keywordRule, keywordRuleName, methodQualname, type KeywordRule } from './builtin_no_keywords';

export const BF_NAME = 2;
export const BF_SELF = 3;
export const BF_INDEX = 4;
export const BF_KIND = 5;
export const BF_OWNER = 6;
export const BUILTIN_PAYLOAD = 5;

export const KIND_FUNCTION = 0;
export const KIND_METHOD = 1;
export const KIND_CLASSMETHOD = 2;

/** args: positional values then keyword values; kwnames: a tuple of the keyword names or 0. */
export type BuiltinImpl = (args: number[], kwnames: number) => number;

const impls: BuiltinImpl[] = [];
/** Impl indices of slot wrappers (list.__add__, object.__init__): the same on every worker, as
 *  the indices themselves. */
const slotIndices = new Set<number>();

// Builtins of native modules (math, _io, ...) are made when a program first imports the module,
// on whichever worker does it, so their index cannot be "the next one": it is
// NATIVE_BASE + module ordinal (registration order, fixed by the bootstrap) * NATIVE_STRIDE + k
// (k-th builtin the module's factory defines; factories are deterministic). A worker that meets
// such a builtin without having run that factory runs it once in capture mode (defineBuiltin
// only records the impls; the module it builds is garbage) to learn the closures.
// A capture changes nothing another worker can see, so it must not make its transaction
// inevitable (it did, through the pins of its module and types, 2026-12-05: every other
// worker's new locks and token then waited for a pool worker's cold first transactions): its
// module is not pinned (pinned.ts setCapturePins), makeBuiltinType learns the heap's existing
// class instead of making one (typedef.ts), and a factory keeps no heap reference it made in a
// JS variable or closure (the module `m` is read at factory time only; `_thread`'s classes are
// the heap's). nativeCaptureStats counts captures, and those that became inevitable.
export const NATIVE_BASE = 1 << 20;
const NATIVE_STRIDE = 1 << 10;
const nativeImpls: (BuiltinImpl[] | undefined)[] = [];
let nativeOrdinal = -1;
let capturing = false;
let nativeFactory: (ordinal: number) => (() => number) | undefined = () => undefined;

export function resetBuiltins(): void {
  impls.length = 0;
  nativeImpls.length = 0;
  slotIndices.clear();
  float1ByIndex.clear();
  float1Low = 2 ** 31;
}

// "float -> float" builtins (math.sqrt, math.sin, ...: math.ts f1): CALL with one exact float or
// tagged int calls their libm function with the double and allocates the result, without the
// arguments array, the impl closure and its checks (interp/loop.ts callFromStack). A builtin's
// impl is marked when it is made (markFloat1) and its impl index learned when it is defined
// (also in a capture run: each worker's table fills when it first defines or captures the module).
const float1ByImpl = new WeakMap<BuiltinImpl, (x: number) => number>();
const float1ByIndex = new Map<number, (x: number) => number>();
/** The smallest index in float1ByIndex (beyond every index while it is empty). */
let float1Low = 2 ** 31;

/** Marks `impl` (a one-argument math function with math_1's rules) as computing fn(x). */
export function markFloat1(impl: BuiltinImpl, fn: (x: number) => number): BuiltinImpl {
  float1ByImpl.set(impl, fn);
  return impl;
}

/** The libm function of an unbound "float -> float" builtin `b`, or undefined. Its result is the
 *  builtin's own when it is finite (anything else: call the builtin, which raises or returns it). */
export function float1Of(b: number): ((x: number) => number) | undefined {
  // (the Map is asked only inside the range of marked indices: math's, never the builtins
  // module's abs/len/isinstance, for which the lookup was callFromStack's costliest line)
  const i = mem[b + BF_INDEX] >> 1;
  return i >= float1Low && mem[b + BF_SELF] === 0 ? float1ByIndex.get(i) : undefined;
}

function markFloat1Index(index: number, f1: (x: number) => number): void {
  float1ByIndex.set(index, f1);
  if (index < float1Low) float1Low = index;
}

/** Installed by the importer: the factory of the native module with this ordinal. */
export function setNativeFactoryLookup(f: (ordinal: number) => (() => number) | undefined): void { nativeFactory = f; }

/** Runs a native module's factory (its builtins get the module's fixed index range). */
export function runNativeFactory(ordinal: number, init: () => number, capture = false): number {
  const saved = nativeOrdinal;
  const savedCapture = capturing;
  nativeOrdinal = ordinal;
  capturing = capture;
  nativeImpls[ordinal] = [];
  const wasInevitable = capture && txActive && isInevitable();
  if (capture) {
    captureRuns++;
    setCapturePins(true);
  }
  try {
    return init();
  } catch (e) {
    // an interrupted run (a lost transaction) must not leave a partial table: it runs again
    if (capture) nativeImpls[ordinal] = undefined;
    throw e;
  } finally {
    if (capture) {
      setCapturePins(false);
      if (!wasInevitable && txActive && isInevitable()) captureInevitable++;
    }
    nativeOrdinal = saved;
    capturing = savedCapture;
  }
}

let captureRuns = 0;
let captureInevitable = 0;
/** This JS thread's capture runs, and how many of them made their transaction inevitable. */
export function nativeCaptureStats(): { runs: number; inevitable: number } {
  return { runs: captureRuns, inevitable: captureInevitable };
}
/** Whether a native factory runs in capture mode now (it must then change no heap object). */
export function nativeCaptureActive(): boolean { return capturing; }

function nativeImpl(i: number): BuiltinImpl {
  const m = ((i - NATIVE_BASE) / NATIVE_STRIDE) | 0;
  const k = (i - NATIVE_BASE) % NATIVE_STRIDE;
  let list = nativeImpls[m];
  if (list === undefined) {
    const init = nativeFactory(m);
    if (init !== undefined) runNativeFactory(m, init, true);
    list = nativeImpls[m];
  }
  const f = list?.[k];
  if (f === undefined) throw new Error(`internal: native builtin ${m}:${k} is unknown on this worker`);
  return f;
}

function implAt(i: number): BuiltinImpl { return i < NATIVE_BASE ? impls[i] : nativeImpl(i); }

/** Per impl index: how the builtin refuses keywords, or null when it takes them
 *  (objects/builtin_no_keywords.ts; asked only by a call with keywords). */
const keywordRules = new Map<number, KeywordRule | null>();

/** `self`: the bound self, 0 for a call as o.m(...) or C.m(o, ...) with o args[0] (the names
 *  in the message differ). */
function checkNoKeywords(b: number, i: number, args: number[], kwnames: number, self: number): void {
  let r = keywordRules.get(i);
  if (r === undefined) {
    r = keywordRule(b, slotIndices.has(i));
    keywordRules.set(i, r);
  }
  if (r !== null) refuseKeywords(r, args, kwnames, self);
}

function refuseKeywords(r: KeywordRule, args: number[], kwnames: number, self: number): void {
  const nkw = tupleLen(kwnames);
  if (nkw > 0) noKeywords(keywordRuleName(r, self, self === 0 && args.length > nkw ? args[0] : 0), kwnames);
}

/** `slot`: a slot wrapper (CPython's wrapper_descriptor; bound, a method-wrapper). */
export function defineBuiltin(name: string, impl: BuiltinImpl, kind = KIND_FUNCTION, owner = 0, slot = false): number {
  let index = impls.length;
  const f1 = float1ByImpl.get(impl);
  if (nativeOrdinal >= 0) {
    const list = nativeImpls[nativeOrdinal]!;
    index = NATIVE_BASE + nativeOrdinal * NATIVE_STRIDE + list.length;
    list.push(impl);
    if (slot) slotIndices.add(index);
    if (f1 !== undefined) markFloat1Index(index, f1);
    if (capturing) return K.None;
  } else impls.push(impl);
  if (f1 !== undefined) markFloat1Index(index, f1);
  if (slot) slotIndices.add(index);
  const r = pin(allocOld(L_BUILTIN, BUILTIN_PAYLOAD, SCAN_ALL));
  mem[r + BF_NAME] = intern(name);
  mem[r + BF_INDEX] = (index << 1) | 1;
  mem[r + BF_KIND] = (kind << 1) | 1;
  mem[r + BF_OWNER] = owner;
  return r;
}

/** A bound copy of a method descriptor (young: bound methods are short-lived). */
export function bindBuiltin(b: number, self: number): number {
  const r = alloc(L_BUILTIN, BUILTIN_PAYLOAD, SCAN_ALL);
  mem[r + BF_NAME] = mem[b + BF_NAME];
  mem[r + BF_SELF] = self;
  mem[r + BF_INDEX] = mem[b + BF_INDEX];
  mem[r + BF_KIND] = (KIND_FUNCTION << 1) | 1;
  mem[r + BF_OWNER] = mem[b + BF_OWNER];
  return r;
}

/** Calls builtin b; an exception it soft-raised (runtime/soft_raise.ts) is thrown. */
export function callBuiltin(b: number, args: number[], kwnames: number): number {
  return orThrow(callBuiltinSoft(b, args, kwnames));
}

/** callBuiltin for run() (interp/loop.ts callFromStack): 0 when the builtin soft-raised. An impl
 *  may soft-raise only as its own result (return softRaise(exc)): impls are called only here. */
export function callBuiltinSoft(b: number, args: number[], kwnames: number): number {
  const self = mem[b + BF_SELF];
  const i = mem[b + BF_INDEX] >> 1;
  const impl = i < NATIVE_BASE ? impls[i] : nativeImpl(i);
  if (self !== 0) {
    if (kwnames !== 0) checkNoKeywords(b, i, args, kwnames, self);
    return impl([self, ...args], kwnames);
  }
  // an unbound method descriptor called (list.append(x, 1)): CPython's checks of its self
  if (mem[b + BF_KIND] === 3) {
    const npos = kwnames === 0 ? args.length : args.length - tupleLen(kwnames);
    if (npos === 0 || typeOf(args[0]) !== mem[b + BF_OWNER]) checkDescriptorSelf(b, args, npos);
  }
  if (kwnames !== 0) checkNoKeywords(b, i, args, kwnames, 0);
  return impl(args, kwnames);
}

/** callBuiltinSoft for LOAD_METHOD's obj.method(...): args[0] is the object the method was found
 *  on, of the descriptor's class, so without callBuiltin's self check. 0: soft-raised. */
export function callBuiltinMethodSoft(b: number, args: number[], kwnames: number): number {
  const self = mem[b + BF_SELF];
  const i = mem[b + BF_INDEX] >> 1;
  const impl = i < NATIVE_BASE ? impls[i] : nativeImpl(i);
  if (kwnames !== 0) checkNoKeywords(b, i, args, kwnames, self);
  if (self !== 0) return impl([self, ...args], kwnames);
  return impl(args, kwnames);
}

/** CPython's method_descriptor checks of the self of an unbound call (list.append(1, 2)); a slot
 *  wrapper's own check (typedef.ts) has wrapper_descriptor's messages. */
function checkDescriptorSelf(b: number, args: number[], npos: number): void {
  const owner = mem[b + BF_OWNER];
  if (isSlotWrapper(b)) {
    // (with positional arguments, the wrapper's own check; without, its keywords would be refused first)
    if (npos === 0 && args.length > 0) typeError(`descriptor '${strJs(mem[b + BF_NAME])}' of '${tpName(owner)}' object needs an argument`);
    return;
  }
  const oname = tpName(owner);
  if (npos === 0) typeError(`unbound method ${strJs(mem[owner + TY_QUALNAME])}.${strJs(mem[b + BF_NAME])}() needs an argument`);
  const c = typeOf(args[0]);
  if (!isSubtype(c, owner)) typeError(`descriptor '${strJs(mem[b + BF_NAME])}' for '${oname}' objects doesn't apply to a '${tpName(c)}' object`);
}

/** A class's tp_name: a builtin class of another module than builtins is module.name. */
export function tpName(t: number): string {
  const n = typeName(t);
  if ((typeFlags(t) & TF_HEAPTYPE) !== 0) return n;
  const d = mem[t + TY_DICT];
  const mod = d !== 0 ? dictGetStr(d, intern('__module__')) : 0;
  if (mod === 0 || (mod & 1) === 1 || (mem[mod] & 0x7ff) !== L_STR || strJs(mod) === 'builtins') return n;
  return `${strJs(mod)}.${n}`;
}

/** A slot wrapper (or one bound: a method-wrapper). */
export function isSlotWrapper(b: number): boolean {
  return slotIndices.has(mem[b + BF_INDEX] >> 1);
}

/** The impl of builtin b (its result may be a soft raise's 0: see callBuiltinSoft). */
export function builtinImpl(b: number): BuiltinImpl { return implAt(mem[b + BF_INDEX] >> 1); }
export function builtinName(b: number): string { return strJs(mem[b + BF_NAME]); }

// ── argument checking with CPython's messages ──
export function noKeywords(fname: string, kwnames: number): void {
  if (kwnames !== 0 && tupleLen(kwnames) > 0) typeError(`${fname}() takes no keyword arguments`);
}

export function exactArgs(fname: string, args: number[], n: number, kwnames = 0): void {
  noKeywords(fname, kwnames);
  if (args.length !== n) {
    if (n === 0) typeError(`${fname}() takes no arguments (${args.length} given)`);
    else if (n === 1) typeError(`${fname}() takes exactly one argument (${args.length} given)`);
    else typeError(`${fname} expected ${n} arguments, got ${args.length}`);
  }
}

export function argRange(fname: string, args: number[], min: number, max: number, kwnames = 0): void {
  noKeywords(fname, kwnames);
  if (args.length < min) {
    typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  }
  if (args.length > max) {
    typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
  }
}

/**
 * The positional arguments of a builtin class's __new__ that takes no keywords (float, tuple):
 * keywords are an error for the class itself and for subclasses that keep its __init__, and are
 * left to a subclass's own __init__ otherwise (CPython's argument-clinic check).
 */
export function positionalOnlyNew(name: string, cls: number, base: number, args: number[], kwnames: number): number[] {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  if (nkw === 0) return args;
  if (cls === base || !hasPythonInit(cls)) typeError(`${name}() takes no keyword arguments`);
  return args.slice(0, args.length - nkw);
}
function hasPythonInit(cls: number): boolean {
  const d = typeInfo(cls).lookup(intern('__init__'));
  return d !== 0 && (d & 1) === 0 && (mem[d] & 0x7ff) === L_FUNCTION;
}

/** argRange for a method: `a` holds self first, which the counts leave out. */
export function methodArgRange(fname: string, a: number[], min: number, max: number, kwnames = 0): void {
  noKeywords(fname, kwnames);
  const n = a.length - 1;
  if (n < min) typeError(`${fname} expected at least ${min} argument${min === 1 ? '' : 's'}, got ${n}`);
  if (n > max) typeError(`${fname} expected at most ${max} argument${max === 1 ? '' : 's'}, got ${n}`);
}

/** The TypeError of a METH_NOARGS method given arguments (a: self first); typedef's noargs
 *  wrapper, or a hot method's own check (no wrapper). */
export function noArgsCountError(cname: string, name: string, a: number[]): never {
  return typeError(`${methodQualname(cname, name, a[0])}() takes no arguments (${a.length - 1} given)`);
}

/** The same for a METH_O method given other than one argument (int.__format__'s own check). */
export function oneArgCountError(cname: string, name: string, a: number[]): never {
  return typeError(`${methodQualname(cname, name, a[0])}() takes exactly one argument (${a.length - 1} given)`);
}

/** A METH_O method's one argument, named as CPython's lookup from self's class names it
 *  (list_iterator.__setstate__; for the final classes that use it, self's class). */
export function oneMethodArg(a: number[], name: string): void {
  if (a.length !== 2) typeError(`${strJs(mem[typeOf(a[0]) + TY_QUALNAME])}.${name}() takes exactly one argument (${a.length - 1} given)`);
}

/** A slot wrapper's argument count beyond self (CPython's check_num_args: __next__'s 0). */
export function slotArgCount(a: number[], n: number): void {
  if (a.length !== n + 1) typeError(`expected ${n} argument${n === 1 ? '' : 's'}, got ${a.length - 1}`);
}

/** A binary slot wrapper's single argument (CPython's check_num_args). */
export function oneSlotArg(a: number[], name: string, owner: string): void {
  if (a.length === 0) typeError(`descriptor '${name}' of '${owner}' object needs an argument`);
  if (a.length !== 2) typeError(`expected 1 argument, got ${a.length - 1}`);
}

/**
 * Binds positional and keyword arguments to `params` (a name per parameter; a leading '$'
 * marks keyword-only, a trailing '?' optional). Returns one value per parameter, 0 if absent.
 */
export function bindArgs(fname: string, args: number[], kwnames: number, params: string[]): number[] {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  if (nkw === 0) {
    // the common case, positional arguments only: no name parsing
    let maxPos = 0;
    for (let i = 0; i < params.length; i++) if (params[i].charCodeAt(0) !== 36) maxPos++;
    if (args.length <= maxPos) {
      const out = new Array<number>(params.length).fill(0);
      for (let i = 0; i < args.length; i++) out[i] = args[i];
      let ok = true;
      for (let i = args.length; i < params.length; i++) {
        const p = params[i];
        if (p.charCodeAt(p.length - 1) !== 63) ok = false;
      }
      if (ok) return out;
    }
  }
  const npos = args.length - nkw;
  const out = new Array<number>(params.length).fill(0);
  const plain = params.map((p) => p.replace(/^\$/, '').replace(/\?$/, ''));
  const maxPos = params.filter((p) => !p.startsWith('$')).length;
  // a method's own 'self' is not counted in CPython's messages
  const selfs = params[0] === 'self' || params[0] === 'cls' ? 1 : 0;
  if (npos > maxPos) {
    const most = params.length - selfs;
    if (npos <= params.length) {
      // more than the positional parameters but not more than all of them (keyword-only ones):
      // clinic's _PyArg_UnpackKeywords counts the positional ones
      const pos = maxPos - selfs;
      const minPos = params.filter((p) => !p.startsWith('$') && !p.endsWith('?')).length - selfs;
      typeError(`${fname}() takes ${minPos < pos ? 'at most' : 'exactly'} ${pos} positional argument${pos === 1 ? '' : 's'} (${npos - selfs} given)`);
    }
    typeError(`${fname}() takes at most ${most} argument${most === 1 ? '' : 's'} (${npos - selfs} given)`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  // CPython's order (vgetargskeywords, _PyArg_UnpackKeywords): a missing argument, then one given
  // by name and position, then an unknown keyword
  let invalid = '', twice = '', twiceAt = 0;
  for (let k = 0; k < nkw; k++) {
    const name = strJs(tupleItem(kwnames, k));
    const i = plain.indexOf(name);
    if (i < 0) {
      if (invalid === '') invalid = name;
    } else if (out[i] !== 0) {
      if (twice === '') { twice = name; twiceAt = i + 1 - selfs; }
    } else out[i] = args[npos + k];
  }
  for (let i = 0; i < params.length; i++) {
    if (out[i] === 0 && !params[i].endsWith('?')) {
      typeError(`${fname}() missing required argument '${plain[i]}' (pos ${i + 1 - selfs})`);
    }
  }
  if (twice !== '') typeError(`argument for ${fname}() given by name ('${twice}') and position (${twiceAt})`);
  if (invalid !== '') typeError(`'${invalid}' is an invalid keyword argument for ${fname}()`);
  return out;
}
