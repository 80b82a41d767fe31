// generator and coroutine objects: a suspended heap frame plus its name. The interpreter resumes
// them in place for `for`, `yield from` and `await` (interp/loop.ts); this file is the JS-side
// protocol (next/send/throw/close from builtins and methods), which runs the generator's frame
// as the entry frame of a nested loop. Payload: [frame, name, qualname, code].
import { softRaise } from '../runtime/soft_raise';
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ASYNCGEN, L_COROUTINE, L_FUNCTION, L_GENERATOR, L_ITER, L_TRACEBACK, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { tupleItems } from './tuple_core';
import { isSubtype } from './type_core';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, raise, typeError, valueError, runtimeError } from '../runtime/errors';
import { callSpecial, getattrOpt, isInstance, names as N, tname } from '../runtime/protocol';
import { CO_ASYNC_GENERATOR, CO_COROUTINE } from '../../compiler/code';
import { FF_DONE, FF_RUNNING, FR_BACK, FR_CODE, FR_FLAGS, FR_FUNC, FR_LOCALSPLUS, FR_PC, FR_SP, FR_LASTI } from '../interp/frame_layout';
import { currentFrame, setCurrentFrame } from '../interp/thread';
import { FN_NAME, FN_QUALNAME } from './function';
import { entryYielded, genEnter, run, stopValue } from '../interp/loop';
import { enterNested, leaveNested } from '../interp/nested_gc';
import { newStr, strJs, intern } from './str_core';
import { newTuple } from './tuple_core';
import { codeInfo } from './code';
import { normalizeRaise } from './exceptions';
import { identity } from '../runtime/identity';
import { callObject } from '../interp/call';
import { registerFinalizer } from './finalizer';
import { coroOrigin } from './coro_origin';
import { slotArgCount } from './builtin_function';

export const GEN_FRAME = 2;
export const GEN_NAME = 3;
export const GEN_QUALNAME = 4;
export const GEN_CODE = 5;
/** Async generators only: the asyncgen finalizer hook kept at the first iteration (None when
 *  none was set), 0 before (modules/asyncgen_hooks.ts). */
export const GEN_AG_FINALIZER = 6;
/** Coroutines only: cr_origin (coro_origin.ts), 0 when not tracked. */
export const GEN_CR_ORIGIN = 6;
export const FF_STARTED = 32;

export function newGenerator(frame: number, coFlags: number): number {
  const layout = coFlags & CO_COROUTINE ? L_COROUTINE : coFlags & CO_ASYNC_GENERATOR ? L_ASYNCGEN : L_GENERATOR;
  const g = alloc(layout, layout === L_GENERATOR ? 4 : 5, SCAN_ALL);
  const code = mem[frame + FR_CODE];
  mem[g + GEN_FRAME] = frame;
  // the names of the function that made it (which may have been renamed), as CPython
  const func = mem[frame + FR_FUNC];
  const isFunc = func !== 0 && (func & 1) === 0 && (mem[func] & 0x7ff) === L_FUNCTION;
  mem[g + GEN_NAME] = isFunc ? mem[func + FN_NAME] : mem[code + 8];
  mem[g + GEN_QUALNAME] = isFunc ? mem[func + FN_QUALNAME] : mem[code + 9];
  mem[g + GEN_CODE] = code;
  // a coroutine is closed (or warned about: never awaited) by the collector: gen_finalizer.ts
  if (layout === L_COROUTINE) {
    mem[g + GEN_CR_ORIGIN] = coroOrigin(frame);
    registerFinalizer(g);
  }
  return g;
}

/** A generator frame that returned (or was closed before it started) drops its fast locals,
 *  cells and free variables, as CPython clears the frame of a finished generator: an exhausted
 *  `iter(view)` or `yield from x` no longer keeps x alive (its __del__ runs, CPython's
 *  support.check_free_after_iterating). Also when a traceback or sys._getframe() handed the
 *  frame out (FF_ESCAPED is sticky and only kept on young frames, so it cannot tell whether
 *  anyone still holds it): such a frame's f_locals is then empty, where CPython's frame object
 *  keeps a copy (vm/NOTES.md "h18-mods"). The caller has write-barriered f. */
export function releaseFinishedFrame(f: number): void {
  const base = f + FR_LOCALSPLUS;
  // (and the value stack: its words above sp keep what was popped, such as the exception
  // an except block handled, whose traceback holds the frames it went through)
  const ci = codeInfo(mem[f + FR_CODE]);
  const n = ci.nlocalsplus + ci.stacksize;
  for (let i = 0; i < n; i++) mem[base + i] = 0;
}

function setGenName(g: number, word: number, attr: string, v: number): void {
  if ((v & 1) === 1 || !isInstance(v, T.str)) typeError(`${attr} must be set to a string object`);
  writeBarrier(g);
  mem[g + word] = v;
}

function kind(g: number): string {
  const l = mem[g] & 0x7ff;
  return l === L_COROUTINE ? 'coroutine' : l === L_ASYNCGEN ? 'async generator' : 'generator';
}

function flagsOf(f: number): number { return mem[f + FR_FLAGS] >> 1; }
function setFlags(f: number, v: number): void { mem[f + FR_FLAGS] = (v << 1) | 1; }

export interface SendResult { done: boolean; value: number }

/** gen.send(value) from JS: yielded (done false) or returned (done true). */
export function genSend(gen: number, value: number, inject = 0): SendResult {
  const v = genResume(gen, value, inject);
  return { done: genDone, value: v };
}

/** Set by genResume: the generator returned (true) or yielded (false). */
let genDone = false;

/** genSend without the result object (next() of builtins: sum, list, min...): the value, and
 *  `genDone` tells whether it was yielded or returned. */
function genResume(gen: number, value: number, inject: number): number {
  const f = mem[gen + GEN_FRAME];
  writeBarrier(f);
  const flags = flagsOf(f);
  if (flags & FF_RUNNING) valueError(`${kind(gen)} already executing`);
  if (flags & FF_DONE) {
    // (also a throw(): close() of a finished coroutine returns before reaching here)
    if (layoutOf(gen) === L_COROUTINE) runtimeError('cannot reuse already awaited coroutine');
    if (inject !== 0) throw new PyException(inject);
    genDone = true;
    return K.None;
  }
  if (!(flags & FF_STARTED) && value !== K.None && inject === 0) {
    typeError(`can't send non-None value to a just-started ${kind(gen)}`);
  }
  setFlags(f, flags | FF_STARTED | FF_RUNNING);
  if (inject === 0) {
    const sp = f + (mem[f + FR_SP] >> 1);
    mem[sp] = value;
    mem[f + FR_SP] = ((sp + 1 - f) << 1) | 1;
  }
  writeBarrier(f);
  genEnter(f);
  enterNested(f);
  let r = 0;
  try {
    r = run(f, false, inject);
  } finally {
    leaveNested();
  }
  genDone = !entryYielded;
  return r;
}

function stopIterationWith(v: number): never {
  throw new PyException(newException(T.StopIteration, v === K.None ? K.emptyTuple : newTuple([v])));
}

/** The `next` slot: the yielded value, or 0 when the generator returned (its value dropped, as
 *  CPython's callers of tp_iternext clear the StopIteration). */
export function genNext(gen: number): number {
  const v = genResume(gen, K.None, 0);
  return genDone ? 0 : v;
}

/** next(gen) as a builtin's result: the StopIteration soft-raised (runtime/soft_raise.ts). */
export function genNextOrStopSoft(gen: number): number {
  const v = genResume(gen, K.None, 0);
  return genDone ? softRaise(newException(T.StopIteration, v === K.None ? K.emptyTuple : newTuple([v]))) : v;
}

/** gen.__next__() and next(gen): StopIteration carries the return value. */
export function genNextOrStop(gen: number): number {
  const v = genResume(gen, K.None, 0);
  if (genDone) stopIterationWith(v);
  return v;
}

/** The iterator a suspended `yield from`/`await` is delegating to, or 0. */
function delegate(f: number): number {
  const ci = codeInfo(mem[f + FR_CODE]);
  const pc = mem[f + FR_PC] >> 1;
  const w = ci.words[pc];
  if (w === undefined || (w & 0xff) !== 1 || (w >>> 8) < 2) return 0; // RESUME 2/3 follows the YIELD_VALUE
  const sp = f + (mem[f + FR_SP] >> 1);
  return mem[sp - 1];
}

/** What a suspended generator or coroutine delegates to (gi_yieldfrom, cr_await), or 0 (also
 *  when it has finished: its frame's stack is stale). */
export function coroAwaiting(g: number): number {
  const f = mem[g + GEN_FRAME];
  return flagsOf(f) & FF_DONE ? 0 : delegate(f);
}

/** gen.throw(exc): raise exc at the suspension point (through a `yield from` delegate first). */
export function genThrow(gen: number, exc: number): SendResult {
  const f = mem[gen + GEN_FRAME];
  writeBarrier(f);
  const flags = flagsOf(f);
  if (flags & FF_RUNNING) valueError(`${kind(gen)} already executing`);
  const yf = flags & FF_DONE ? 0 : delegate(f);
  if (yf !== 0) {
    if (isInstance(exc, T.GeneratorExit)) {
      closeIterator(yf);
    } else {
      let sub: SendResult | null = null;
      try {
        const l = layoutOf(yf);
        if (l === L_GENERATOR || l === L_COROUTINE) sub = throwThroughFrame(f, yf, exc);
        else {
          const t = getattrOpt(yf, intern('throw'));
          if (t !== 0) sub = { done: false, value: callObject(t, [exc], 0) };
        }
      } catch (e) {
        if (e instanceof PyException && isInstance(e.exc, T.StopIteration)) sub = { done: true, value: stopValue(e.exc) };
        else if (e instanceof PyException) {
          // the delegate raised: continue by raising it in this frame
          return resumeWith(gen, f, e.exc);
        } else throw e;
      }
      if (sub !== null) {
        if (!sub.done) return sub;
        // the delegate finished: pop it, jump past the SEND loop, and resume with its value
        const ci = codeInfo(mem[f + FR_CODE]);
        let pc = mem[f + FR_PC] >> 1;
        // walk back to the SEND of this loop: ... SEND target; YIELD_VALUE; RESUME; JUMP_BACKWARD
        const send = pc - 2;
        pc = ci.words[send] >>> 8;
        const sp = f + (mem[f + FR_SP] >> 1) - 1;
        mem[f + FR_SP] = ((sp - f) << 1) | 1;
        mem[f + FR_PC] = (pc << 1) | 1;
        return genSend(gen, sub.value);
      }
    }
  }
  return resumeWith(gen, f, exc);
}

/** Throws into the delegate `yf` with the delegating frame `f` on the frame stack (running),
 *  so the delegate's frames see f as their caller (sys._getframe().f_back), as CPython. */
function throwThroughFrame(f: number, yf: number, exc: number): SendResult {
  const saved = currentFrame();
  const savedBack = mem[f + FR_BACK];
  const savedFlags = mem[f + FR_FLAGS];
  mem[f + FR_BACK] = saved;
  mem[f + FR_FLAGS] = savedFlags | (FF_RUNNING << 1);
  setCurrentFrame(f);
  try {
    return genThrow(yf, exc);
  } finally {
    setCurrentFrame(saved);
    writeBarrier(f);
    mem[f + FR_BACK] = savedBack;
    mem[f + FR_FLAGS] = savedFlags;
  }
}

function resumeWith(gen: number, f: number, exc: number): SendResult {
  const flags = flagsOf(f);
  if (flags & FF_DONE) {
    // a finished generator re-raises what was thrown; a finished coroutine refuses
    // (close() of a finished one returns before reaching here)
    if (layoutOf(gen) === L_COROUTINE) runtimeError('cannot reuse already awaited coroutine');
    throw new PyException(exc);
  }
  // (a just-started generator raises it at its first instruction, as CPython: its frame is in
  // the traceback, at the `def` line)
  mem[f + FR_LASTI] = mem[f + FR_PC] - 2;
  return genSend(gen, K.None, exc);
}

function closeIterator(it: number): void {
  const l = layoutOf(it);
  if (l === L_GENERATOR || l === L_COROUTINE) {
    genClose(it);
    return;
  }
  const c = getattrOpt(it, intern('close'));
  if (c !== 0) callObject(c, [], 0);
}

export function genClose(gen: number): number {
  const f = mem[gen + GEN_FRAME];
  writeBarrier(f);
  const flags = flagsOf(f);
  if (flags & FF_DONE) return K.None;
  if (!(flags & FF_STARTED)) {
    setFlags(f, flags | FF_DONE);
    releaseFinishedFrame(f);
    return K.None;
  }
  try {
    const r = genThrow(gen, newException(T.GeneratorExit, K.emptyTuple));
    if (!r.done) runtimeError(`${kind(gen)} ignored GeneratorExit`);
    return K.None; // 3.11 drops the return value (3.13 returns it)
  } catch (e) {
    if (e instanceof PyException && (isInstance(e.exc, T.GeneratorExit) || isInstance(e.exc, T.StopIteration))) return K.None;
    throw e;
  }
}

function throwArgs(a: number[]): number {
  // throw(value) or the deprecated throw(type[, value[, tb]])
  if (a.length < 2) typeError(`throw expected at least 1 argument, got ${a.length - 1}`);
  if (a.length > 4) typeError(`throw expected at most 3 arguments, got ${a.length - 1}`);
  const t = a[1];
  let exc: number;
  const isClass = (t & 1) === 0 && (mem[t] & 0x7ff) === L_TYPE && isSubtype(t, T.BaseException);
  const tb = a.length > 3 ? a[3] : K.None;
  if (tb !== K.None && ((tb & 1) === 1 || (mem[tb] & 0x7ff) !== L_TRACEBACK)) typeError('throw() third argument must be a traceback object');
  if (!isClass) {
    if (!isInstance(t, T.BaseException)) typeError(`exceptions must be classes or instances deriving from BaseException, not ${tname(t)}`);
    if (a.length > 2 && a[2] !== K.None) typeError('instance exception may not have a separate value');
  }
  try {
    if (a.length > 2 && a[2] !== K.None) {
      // PyErr_NormalizeException: a value of the class is used as is; a tuple is the
      // arguments; anything else is the single argument
      const v = a[2];
      exc = isInstance(v, t) ? v : (v & 1) === 0 && (mem[v] & 0x7ff) === L_TUPLE ? callObject(t, tupleItems(v), 0) : callObject(t, [v], 0);
    } else exc = normalizeRaise(t, 0);
  } catch (e) {
    // as CPython: an exception class that fails to instantiate throws that error into the
    // generator instead (something that is no exception at all fails throw() itself)
    if (!isClass || !(e instanceof PyException)) throw e;
    exc = e.exc;
  }
  if (tb !== K.None) {
    writeBarrier(exc);
    mem[exc + 5] = tb;
  }
  return exc;
}

function genDef(name: string, layout: number): TypeDef {
  const isCoro = layout === L_COROUTINE;
  return {
    name,
    layout,
    final: true,
    slots: {
      iter: isCoro ? null : (g) => g,
      next: isCoro ? null : genNext,
      repr: (g) => newStr(`<${name} object ${strJs(mem[g + GEN_QUALNAME])} at 0x${identity(g).toString(16)}>`),
    },
    noargs: ['close'], // (__next__ and __await__ are slot wrappers in CPython: slotArgCount)
    onearg: ['send'],
    methods: {
      ...(isCoro ? {} : { __next__: (a: number[]) => { slotArgCount(a, 0); return genNextOrStop(a[0]); } }),
      send: (a) => {
        const r = genSend(a[0], a[1]);
        if (r.done) stopIterationWith(r.value);
        return r.value;
      },
      throw: (a) => {
        const r = genThrow(a[0], throwArgs(a));
        if (r.done) stopIterationWith(r.value);
        return r.value;
      },
      close: (a) => genClose(a[0]),
      ...(isCoro ? { __await__: (a: number[]) => { slotArgCount(a, 0); return newCoroWrapper(a[0]); } } : {}),
    },
    setters: {
      __name__: (g, v) => setGenName(g, GEN_NAME, '__name__', v),
      __qualname__: (g, v) => setGenName(g, GEN_QUALNAME, '__qualname__', v),
    },
    deleters: {
      __name__: () => typeError('__name__ must be set to a string object'),
      __qualname__: () => typeError('__qualname__ must be set to a string object'),
    },
    getterDocs: { __name__: `name of the ${name}`, __qualname__: `qualified name of the ${name}` },
    getters: {
      __name__: (g) => mem[g + GEN_NAME],
      __qualname__: (g) => mem[g + GEN_QUALNAME],
      [isCoro ? 'cr_frame' : 'gi_frame']: (g) => (flagsOf(mem[g + GEN_FRAME]) & FF_DONE ? K.None : mem[g + GEN_FRAME]),
      [isCoro ? 'cr_running' : 'gi_running']: (g) => (flagsOf(mem[g + GEN_FRAME]) & FF_RUNNING ? K.True : K.False),
      [isCoro ? 'cr_code' : 'gi_code']: (g) => mem[g + GEN_CODE],
      [isCoro ? 'cr_await' : 'gi_yieldfrom']: (g) => coroAwaiting(g) || K.None,
      ...(isCoro ? { cr_origin: (g: number) => mem[g + GEN_CR_ORIGIN] || K.None } : {}),
      [isCoro ? 'cr_suspended' : 'gi_suspended']: (g) => {
        const fl = flagsOf(mem[g + GEN_FRAME]);
        return fl & FF_STARTED && !(fl & (FF_DONE | FF_RUNNING)) ? K.True : K.False;
      },
    },
  };
}

export const generatorType = genDef('generator', L_GENERATOR);
export const coroutineType = genDef('coroutine', L_COROUTINE);

// coroutine.__await__() returns an iterator driving the coroutine: a generator-like wrapper
import { newIter, IT_SOURCE } from './iterators';
function newCoroWrapper(coro: number): number { return newIter(T.coroutine_wrapper, coro); }
export const coroWrapperType: TypeDef = {
  name: 'coroutine_wrapper',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (w) => w,
    next: (w) => genNext(mem[w + IT_SOURCE]),
  },
  methods: {
    __next__: (a) => genNextOrStop(mem[a[0] + IT_SOURCE]),
    send: (a) => {
      const r = genSend(mem[a[0] + IT_SOURCE], a[1]);
      if (r.done) stopIterationWith(r.value);
      return r.value;
    },
    throw: (a) => {
      const r = genThrow(mem[a[0] + IT_SOURCE], throwArgs(a));
      if (r.done) stopIterationWith(r.value);
      return r.value;
    },
    close: (a) => genClose(mem[a[0] + IT_SOURCE]),
  },
};

export const _keep = [typeOf, raise, callSpecial, N, tname];
