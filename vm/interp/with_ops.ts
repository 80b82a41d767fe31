// BEFORE_WITH / BEFORE_ASYNC_WITH and WITH_EXCEPT_START: looking up __enter__/__exit__ (or the
// async pair) on the class, as CPython does, with its error messages.
import { mem } from '../../stmgc/heap';
import { T, typeOf } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { callFound, names as N, tname } from '../runtime/protocol';
import { typeInfo } from '../objects/type_core';
import { callObject } from './call';
import { E_TRACEBACK } from '../runtime/errors';
import { K } from '../runtime/types';

function bound(obj: number, d: number): number {
  const get = typeInfo(typeOf(d)).slots.descrGet;
  return get !== null ? get(d, obj, typeOf(obj)) : d;
}

/** Returns [bound __exit__, result of __enter__()] (for async: of __aenter__(), not awaited). */
export function beforeWith(mgr: number, isAsync: boolean): [number, number] {
  const ti = typeInfo(typeOf(mgr));
  const enter = ti.lookup(isAsync ? N.aenter : N.enter);
  if (enter === 0) {
    typeError(isAsync
      ? `'${tname(mgr)}' object does not support the asynchronous context manager protocol`
      : `'${tname(mgr)}' object does not support the context manager protocol`);
  }
  const exit = ti.lookup(isAsync ? N.aexit : N.exit);
  if (exit === 0) {
    typeError(isAsync
      ? `'${tname(mgr)}' object does not support the asynchronous context manager protocol (missed __aexit__ method)`
      : `'${tname(mgr)}' object does not support the context manager protocol (missed __exit__ method)`);
  }
  const exitBound = bound(mgr, exit);
  const r = callFound(mgr, enter, []);
  return [exitBound, r];
}

/** __exit__(type(exc), exc, exc.__traceback__) during exception handling. */
export function withExceptStart(exit: number, exc: number): number {
  const tb = mem[exc + E_TRACEBACK] || K.None;
  return callObject(exit, [typeOf(exc), exc, tb], 0);
}

export const _keep = [T];
