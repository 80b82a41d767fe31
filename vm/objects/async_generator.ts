// Async generators (PEP 525): the async_generator class and the awaitables its methods return.
// The generator frame runs like any generator; values it yields are wrapped (ASYNC_GEN_WRAP) so
// that the asend/athrow awaitable can tell "the async generator produced a value" (finish the
// awaitable with StopIteration(value)) from "an inner await suspended" (pass the value up to
// the event loop). Awaitables are L_ITER objects: [class, 0, agen, state (tagged), value].
import { mem } from '../../stmgc/heap';
import { slotArgCount } from './builtin_function';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ASYNCGEN, L_ITER } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, runtimeError } from '../runtime/errors';
import { isInstance, getattrOpt } from '../runtime/protocol';
import { newIter, IT_EXTRA, IT_POS, IT_SOURCE } from './iterators';
import { genClose, genSend, genThrow, generatorType, GEN_CODE, GEN_FRAME, GEN_NAME, GEN_QUALNAME, type SendResult } from './generator';
import { FF_CLOSE_REG, FF_DONE, FR_FLAGS } from '../interp/frame_layout';
import { initAsyncgenHooks } from '../modules/asyncgen_hooks';
import { registerGenClose } from './gen_finalizer';
import { newTuple } from './tuple_core';
import { normalizeRaise } from './exceptions';
import { newStr, strJs } from './str_core';
import { identity } from '../runtime/identity';

export function wrapAsyncGenValue(v: number): number {
  return newIter(T.async_generator_wrapped_value, v);
}
function isWrapped(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_ITER && mem[v + 2] === T.async_generator_wrapped_value;
}

const ASEND = 0;
const ATHROW = 1;
const ACLOSE = 2;

export function asyncGenAnext(agen: number): number {
  firstIteration(agen);
  return newIter(T.async_generator_asend, agen, 0, K.None);
}

/** Before each awaitable of `agen`: the asyncgen hooks run once (modules/asyncgen_hooks.ts); a
 *  kept finalizer makes the collector call it when the generator dies unfinished. */
function firstIteration(agen: number): void {
  if (!initAsyncgenHooks(agen)) return;
  const f = mem[agen + GEN_FRAME];
  readBarrier(f);
  const flags = mem[f + FR_FLAGS] >> 1;
  if ((flags & FF_CLOSE_REG) !== 0) return;
  writeBarrier(f);
  mem[f + FR_FLAGS] = ((flags | registerGenClose(agen)) << 1) | 1;
}

function finish(aw: number, r: SendResult, mode: number): number {
  writeBarrier(aw);
  if (r.done) {
    mem[aw + IT_POS] = (9 << 1) | 1;
    if (mode === ACLOSE) throw new PyException(newException(T.StopIteration, K.emptyTuple));
    throw new PyException(newException(T.StopAsyncIteration, K.emptyTuple));
  }
  if (isWrapped(r.value)) {
    mem[aw + IT_POS] = (9 << 1) | 1;
    if (mode === ACLOSE) runtimeError('async generator ignored GeneratorExit');
    const v = mem[r.value + IT_SOURCE];
    throw new PyException(newException(T.StopIteration, newTuple([v])));
  }
  return r.value;
}

function step(aw: number, sent: number, thrown: number): number {
  readBarrier(aw); // its state word is mutable
  const agen = mem[aw + IT_SOURCE];
  const state = mem[aw + IT_POS] >> 1;
  const mode = typeOf(aw) === T.async_generator_asend ? ASEND : mem[aw + IT_EXTRA] === K.None && typeOf(aw) === T.async_generator_athrow ? ACLOSE : ATHROW;
  if (state === 9) runtimeError(`cannot reuse already awaited ${mode === ASEND ? '__anext__()/asend()' : 'aclose()/athrow()'}`);
  let r: SendResult;
  try {
    if (thrown !== 0) r = genThrow(agen, thrown);
    else if (state === 0) {
      writeBarrier(aw);
      mem[aw + IT_POS] = 3;
      if (mode === ASEND) r = genSend(agen, sent === K.None ? mem[aw + IT_EXTRA] : sent);
      else {
        const exc = mode === ACLOSE ? newException(T.GeneratorExit, K.emptyTuple) : mem[aw + IT_EXTRA];
        r = genThrow(agen, exc);
      }
    } else r = genSend(agen, sent);
  } catch (e) {
    writeBarrier(aw);
    mem[aw + IT_POS] = (9 << 1) | 1;
    if (mode === ACLOSE && e instanceof PyException && (isInstance(e.exc, T.StopAsyncIteration) || isInstance(e.exc, T.GeneratorExit))) {
      throw new PyException(newException(T.StopIteration, K.emptyTuple));
    }
    throw e;
  }
  return finish(aw, r, mode);
}

function awaitableDef(name: string): TypeDef {
  return {
    name,
    layout: L_ITER,
    final: true,
    slots: {
      iter: (aw) => aw,
      next: (aw) => {
        try {
          return step(aw, K.None, 0);
        } catch (e) {
          if (e instanceof PyException && isInstance(e.exc, T.StopIteration) && (mem[e.exc + 4] === K.emptyTuple)) return 0;
          throw e;
        }
      },
    },
    methods: {
      send: (a) => step(a[0], a[1], 0),
      throw: (a) => step(a[0], K.None, normalizeRaise(a[1], 0)),
      close: (a) => {
        writeBarrier(a[0]);
        mem[a[0] + IT_POS] = (9 << 1) | 1;
        return K.None;
      },
      __await__: (a) => a[0],
    },
  };
}

export const asendType = awaitableDef('async_generator_asend');
export const athrowType = awaitableDef('async_generator_athrow');
export const wrappedValueType: TypeDef = { name: 'async_generator_wrapped_value', layout: L_ITER, final: true };

export const asyncGeneratorType: TypeDef = {
  name: 'async_generator',
  onearg: ['asend'],
  noargs: ['aclose'],
  layout: L_ASYNCGEN,
  final: true,
  slots: {
    repr: (g) => newStr(`<async_generator object ${strJs(mem[g + GEN_QUALNAME])} at 0x${identity(g).toString(16)}>`),
  },
  methods: {
    __aiter__: (a) => { slotArgCount(a, 0); return a[0]; },
    __anext__: (a) => { slotArgCount(a, 0); return asyncGenAnext(a[0]); },
    asend: (a) => { firstIteration(a[0]); return newIter(T.async_generator_asend, a[0], 0, a[1]); },
    athrow: (a) => { firstIteration(a[0]); return newIter(T.async_generator_athrow, a[0], 0, normalizeRaise(a[1], 0)); },
    aclose: (a) => { firstIteration(a[0]); return newIter(T.async_generator_athrow, a[0], 0, K.None); },
  },
  getters: {
    __name__: (g) => mem[g + GEN_NAME],
    __qualname__: (g) => mem[g + GEN_QUALNAME],
    ag_running: () => K.False,
    ag_frame: (g) => ((mem[mem[g + GEN_FRAME] + FR_FLAGS] >> 1) & FF_DONE ? K.None : mem[g + GEN_FRAME]),
    ag_code: (g) => mem[g + GEN_CODE],
  },
};

export const _keep = [layoutOf, genClose, generatorType];

// anext(aiter, default): an awaitable forwarding to the __anext__() awaitable's iterator (in
// IT_SOURCE) that turns its StopAsyncIteration into StopIteration(default) (in IT_EXTRA).
import { genSend as gSend, genThrow as gThrow } from './generator';
import { L_COROUTINE, L_GENERATOR } from '../runtime/layouts';
import { getattr } from '../runtime/protocol';
import { intern } from './str_core';
import { callObject } from '../interp/call';
import { typeInfo } from './type_core';

function stopWith(v: number): never {
  throw new PyException(newException(T.StopIteration, v === K.None ? K.emptyTuple : newTuple([v])));
}

function forward(inner: number, v: number, thrown: number): number {
  const l = layoutOf(inner);
  if (l === L_COROUTINE || l === L_GENERATOR) {
    const r = thrown !== 0 ? gThrow(inner, thrown) : gSend(inner, v);
    if (r.done) stopWith(r.value);
    return r.value;
  }
  if (thrown !== 0) return callObject(getattr(inner, intern('throw')), [thrown], 0);
  if (v === K.None) {
    const nx = typeInfo(typeOf(inner)).slots.next;
    if (nx !== null) {
      const r = nx(inner);
      if (r === 0) stopWith(K.None);
      return r;
    }
  }
  return callObject(getattr(inner, intern('send')), [v], 0);
}

function anextStep(w: number, v: number, thrown: number): number {
  try {
    return forward(mem[w + IT_SOURCE], v, thrown);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.StopAsyncIteration)) stopWith(mem[w + IT_EXTRA]);
    throw e;
  }
}

export function newAnextAwaitable(inner: number, dflt: number): number {
  return newIter(T.anext_awaitable, inner, 0, dflt);
}

export const anextAwaitableType: TypeDef = {
  name: 'anext_awaitable',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (w) => w,
    next: (w) => anextStep(w, K.None, 0),
  },
  methods: {
    send: (a) => anextStep(a[0], a[1], 0),
    throw: (a) => anextStep(a[0], K.None, normalizeRaise(a[1], 0)),
    close: (a) => {
      const c = getattrOpt(mem[a[0] + IT_SOURCE], intern('close'));
      return c !== 0 ? callObject(c, [], 0) : K.None;
    },
    __await__: (a) => a[0],
  },
};
