// The awaitable protocol for GET_AWAITABLE, GET_AITER, GET_ANEXT and END_ASYNC_FOR, async
// generator value wrapping, and except* (CHECK_EG_MATCH / PREP_RERAISE_STAR).
import { mem } from '../../stmgc/heap';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import { L_ASYNCGEN, L_COROUTINE, L_GENERATOR, L_TUPLE, L_TYPE } from '../runtime/layouts';
import { PyException, raiseFromCause, runtimeError, typeError } from '../runtime/errors';
import { callSpecial, isInstance, names as N, tname, iterToArray } from '../runtime/protocol';
import { typeInfo, isSubtype } from '../objects/type_core';
import { CO_ITERABLE_COROUTINE } from '../../compiler/code';
import { FR_CODE } from './frame_layout';
import { GEN_FRAME, coroAwaiting } from '../objects/generator';
import { codeInfo } from '../objects/code';
import { asyncGenAnext, wrapAsyncGenValue } from '../objects/async_generator';
import { splitExceptionGroup, combineReraised } from '../objects/exception_group';

const WHERE = ['', "'async with' received an object from __aenter__ that does not implement __await__", "'async with' received an object from __aexit__ that does not implement __await__"];

export function getAwaitable(v: number, where: number): number {
  const l = layoutOf(v);
  if (l === L_COROUTINE) return v;
  if (l === L_GENERATOR && (codeInfo(mem[mem[v + GEN_FRAME] + FR_CODE]).flags & CO_ITERABLE_COROUTINE) !== 0) return v;
  const ti = typeInfo(typeOf(v));
  const aw = ti.lookup(N.await);
  if (aw === 0) {
    if (where === 0) typeError(`object ${tname(v)} can't be used in 'await' expression`);
    typeError(`${WHERE[where]}: ${tname(v)}`);
  }
  const it = callSpecial(v, N.await, []);
  if (layoutOf(it) === L_COROUTINE) typeError('__await__() returned a coroutine');
  if (typeInfo(typeOf(it)).slots.next === null) typeError(`__await__() returned non-iterator of type '${tname(it)}'`);
  return it;
}

/** GET_AWAITABLE: getAwaitable, and a coroutine that another await already drives is refused. */
export function getAwaitableOp(v: number, where: number): number {
  const it = getAwaitable(v, where);
  if (layoutOf(it) === L_COROUTINE && coroAwaiting(it) !== 0) runtimeError('coroutine is being awaited already');
  return it;
}

export function getAIter(v: number): number {
  const ti = typeInfo(typeOf(v));
  if (ti.lookup(N.aiter) === 0) typeError(`'async for' requires an object with __aiter__ method, got ${tname(v)}`);
  const it = callSpecial(v, N.aiter, []);
  if (typeInfo(typeOf(it)).lookup(N.anext) === 0) {
    typeError(`'async for' received an object from __aiter__ that does not implement __anext__: ${tname(it)}`);
  }
  return it;
}

export function getANext(aiter: number): number {
  if (layoutOf(aiter) === L_ASYNCGEN) return asyncGenAnext(aiter);
  const ti = typeInfo(typeOf(aiter));
  if (ti.lookup(N.anext) === 0) typeError(`'async for' requires an iterator with __anext__ method, got ${tname(aiter)}`);
  const r = callSpecial(aiter, N.anext, []);
  try {
    return getAwaitable(r, 0);
  } catch (e) {
    if (e instanceof PyException) raiseFromCause(T.TypeError, `'async for' received an invalid object from __anext__: ${tname(r)}`, e.exc);
    throw e;
  }
}

export function endAsyncFor(exc: number): void {
  if (isInstance(exc, T.StopAsyncIteration)) return;
  throw new PyException(exc);
}

export function asyncGenWrap(v: number): number {
  return wrapAsyncGenValue(v);
}

/** CHECK_EG_MATCH: [exc, type] → [rest, match] (match None when nothing matched). */
export function checkEgMatch(exc: number, t: number): [number, number] {
  const types = layoutOf(t) === L_TUPLE ? iterToArray(t) : [t];
  for (const x of types) {
    if (layoutOf(x) !== L_TYPE || !isSubtype(x, T.BaseException)) typeError('catching classes that do not inherit from BaseException is not allowed');
    if (isSubtype(x, T.BaseExceptionGroup)) typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
  return splitExceptionGroup(exc, types);
}

/** PREP_RERAISE_STAR: what is left to raise after the except* clauses, or None. */
export function prepReraiseStar(orig: number, list: number): number {
  return combineReraised(orig, list);
}

export const _keep = [K];
