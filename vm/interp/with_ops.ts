// BEFORE_WITH / BEFORE_ASYNC_WITH and WITH_EXCEPT_START: looking up __enter__/__exit__ (or the
// async pair) on the class, as CPython does, with its error messages.
import { mem } from '../../stmgc/heap';
import { readBarrier } from '../../stmgc/barriers';
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

let enterExit = 0;
/**
 * BEFORE_WITH when __enter__ is a plain Python function: its frame (self bound), ready to be
 * pushed by the loop (so that it runs in the same loop and may park its thread), with the bound
 * __exit__ kept for takeEnterExit(); 0 when the generic path must be taken.
 */
export function withEnterFrame(mgr: number): number {
  const ti = typeInfo(typeOf(mgr));
  const enter = ti.lookup(N.enter);
  if (enter === 0 || (enter & 1) === 1 || (mem[enter] & 0x7ff) !== L_FUNCTION) return 0;
  const exit = ti.lookup(N.exit);
  if (exit === 0) return 0;
  readBarrier(enter);
  const ci = codeInfo(mem[enter + FN_CODE]);
  const frame = newFrame(enter, ci);
  if (isSimpleCall(ci, 1)) mem[frame + FR_LOCALSPLUS] = mgr;
  else bindArguments(frame, enter, ci, [mgr], 0);
  enterExit = bound(mgr, exit);
  return frame;
}
/** The bound __exit__ found by the last withEnterFrame (a JS variable only until the loop takes it). */
export function takeEnterExit(): number {
  const e = enterExit;
  enterExit = 0;
  return e;
}
import { L_FUNCTION } from '../runtime/layouts';
import { FN_CODE } from '../objects/function';
import { codeInfo } from '../objects/code';
import { bindArguments, isSimpleCall, newFrame } from './frame';
import { FR_LOCALSPLUS } from './frame_layout';

/** __exit__(type(exc), exc, exc.__traceback__) during exception handling. */
export function withExceptStart(exit: number, exc: number): number {
  const tb = mem[exc + E_TRACEBACK] || K.None;
  return callObject(exit, [typeOf(exc), exc, tb], 0);
}

export const _keep = [T];
