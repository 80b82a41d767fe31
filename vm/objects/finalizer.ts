// `__del__` finalizers (PEP 442 semantics on a tracing collector, as PyPy). An instance of a class
// that has `__del__` when the instance is made gets a *registration*: a weak reference of kind
// WRK_FINALIZER on its worker's registry chain (stmgc/finalizers.ts), so an aborted transaction
// unlinks the registrations of the objects it made. A collection that finds the object dead keeps
// it (and what it reaches) alive, takes the registration off the chain and queues it on the
// pending list of weak reference callbacks; runWeakCallbacks (weakref.ts) calls `__del__` here,
// as guest code, at the next safe point or in gc.collect(). Once: the registration is gone, so a
// resurrected object is never finalized again. An exception in `__del__` is unraisable.
import { mem, workerSlot } from '../../stmgc/heap';
import { writeBarrier } from '../../stmgc/barriers';
import { WRK_FINALIZER, WR_CALLBACK, WR_KIND } from '../../stmgc/layout';
import { newWeakref, weakCell } from '../../stmgc/weakrefs';
import { alloc } from '../runtime/alloc';
import { T, typeOf, layoutOf } from '../runtime/types';
import { PyException } from '../runtime/errors';
import { callObject } from '../interp/call';
import { writeUnraisable } from '../runtime/unraisable';
import { typeInfo } from './type_core';
import { intern } from './str_core';
import { L_ASYNCGEN, L_COROUTINE, L_FUNCTION, L_GENERATOR } from '../runtime/layouts';
import { finalizeGenerator } from './gen_finalizer';
import { finalizeMemoryview, isMemoryview } from './memoryview';
import { closeCollectedFile, isFileObject } from '../modules/io';

/** Registers `obj` (a new object whose class has `__del__`) for finalization. */
export function registerFinalizer(obj: number): void {
  const cell = weakCell(workerSlot);
  if (cell === 0) return; // (before the bootstrap made the registry: never a user class)
  writeBarrier(cell); // (the link is a transactional write of this slot's chain cell)
  newWeakref(alloc, T.weakref, obj, 0, WRK_FINALIZER); // (0 when out of memory: not finalized)
}

export const isFinalizerRegistration = (r: number): boolean => (mem[r + 2 + WR_KIND] & WRK_FINALIZER) !== 0;

let finalizedCount = 0;
/** How many finalizers this JS thread ran: `__del__` calls, generator closes, memoryview export
 *  ends (gc.collect() collects again while it grows: each kept its object, and what that
 *  reaches, for one more collection). */
export function finalizedSoFar(): number { return finalizedCount; }

/** Calls `__del__` for the registration `r` taken from the pending list (the caller keeps the
 *  list rooted), then lets the object go. */
export function runFinalizer(r: number): void {
  const obj = mem[r + 2 + WR_CALLBACK];
  if (obj === 0) return;
  const l = layoutOf(obj);
  if (l === L_GENERATOR || l === L_COROUTINE || l === L_ASYNCGEN) {
    finalizedCount++;
    try {
      finalizeGenerator(obj); // (close(); its errors are unraisable there)
    } finally {
      mem[r + 2 + WR_CALLBACK] = 0;
    }
    return;
  }
  if (isFileObject(obj)) {
    // a file the program never closed: closed now, as CPython closes it at its last reference
    try {
      closeCollectedFile(obj);
    } catch (e) {
      if (!(e instanceof PyException)) throw e;
      writeUnraisable(e.exc, obj);
    } finally {
      mem[r + 2 + WR_CALLBACK] = 0;
    }
    return;
  }
  if (isMemoryview(obj)) {
    // a dead view of a bytearray or an array: its export ends (no guest code runs); counted, so
    // that gc.collect() frees at once what the view kept (a cycle through it: test_memoryview
    // test_gc)
    finalizedCount++;
    try {
      finalizeMemoryview(obj);
    } finally {
      mem[r + 2 + WR_CALLBACK] = 0;
    }
    return;
  }
  const del = typeInfo(typeOf(obj)).lookup(intern('__del__'));
  finalizedCount++;
  try {
    if (del !== 0) {
      if ((del & 1) === 0 && (mem[del] & 0x7ff) === L_FUNCTION) callObject(del, [obj], 0);
      else {
        const get = (del & 1) === 0 ? typeInfo(typeOf(del)).slots.descrGet : null;
        callObject(get !== null ? get(del, obj, typeOf(obj)) : del, get !== null ? [] : [obj], 0);
      }
    }
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    writeUnraisable(e.exc, del);
  } finally {
    mem[r + 2 + WR_CALLBACK] = 0; // (an old object, written by the thread that took the list)
  }
}
