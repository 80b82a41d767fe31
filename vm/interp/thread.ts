// The running guest thread's state. Its heap part (L_THREAD, pinned: a GC root) holds what the
// collectors and introspection need: the innermost frame (frames chain through FR_BACK), the
// exception being handled (sys.exc_info()), and the recursion depth. One per guest thread;
// issue 6 schedules several of them over workers.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { writeBarrier } from '../../stmgc/barriers';
import { allocOld } from '../runtime/alloc';
import { L_THREAD } from '../runtime/layouts';
import { pin } from '../runtime/pinned';
import { FR_BACK } from './frame_layout';

export const TS_FRAME = 2;
export const TS_EXC = 3;
export const TS_DEPTH = 4;
export const TS_NAME = 5;

/** The current thread state object of this worker. */
export let ts = 0;
/** Python frames on the chain (JS-side mirror of TS_DEPTH, the value checked on every call). */
export let depth = 0;
export let recursionLimit = 1000;

export function newThreadState(): number {
  const t = pin(allocOld(L_THREAD, 4, SCAN_ALL));
  mem[t + TS_DEPTH] = 1;
  ts = t;
  depth = 0;
  return t;
}

export function setRecursionLimit(n: number): void { recursionLimit = n; }
export function enterFrame(): number { return ++depth; }
export function leaveFrame(): void { depth--; }
export function setDepth(d: number): void { depth = d; }

export function currentFrame(): number { return mem[ts + TS_FRAME]; }
export function setCurrentFrame(f: number): void { mem[ts + TS_FRAME] = f; }
export function handledException(): number { return mem[ts + TS_EXC]; }
export function setHandledException(e: number): void { mem[ts + TS_EXC] = e; }

/**
 * Before a collection: the thread state and every old frame on the chain may hold young
 * references written without a barrier (frames are thread-private and written without one);
 * recording them in the remembered set makes the minor collection scan them.
 */
export function barrierFrameChain(): void {
  writeBarrier(ts);
  for (let f = mem[ts + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) writeBarrier(f);
}
