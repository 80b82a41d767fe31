// Frame reuse (CPython keeps a per-thread stack of frames; pystm made a nursery frame per call,
// zeroed again and collected at the next minor collection). A frame that returns normally and
// has not escaped (FF_ESCAPED: no traceback, sys._getframe, f_back or signal handler has handed it
// to Python code, nor any frame that reaches it through f_back) becomes its code's spare frame
// (CodeInfo.spareFrame, one per code object, this worker), and newFrame reuses it for the next
// call of that code, in the same cache lines. A spare is valid only for the nursery generation it
// was kept in (runtime/alloc.ts youngEpoch: a minor collection, an abort's rollback, a major
// collection or a worker attach changes it), and the spare is then dead memory, never touched. Only young
// frames are kept: they were made by this worker in this nursery generation (so in this
// transaction), need no barrier, and an abort takes them with the nursery. Generator, entry and
// binop frames are never kept. vm/NOTES.md "Frame reuse".
import { mem } from '../../stmgc/heap';
import { GC_OLD } from '../../stmgc/layout';
import { FF_ESCAPED, FR_BACK, FR_FLAGS } from './frame_layout';
import { youngEpoch } from '../runtime/alloc';
import type { CodeInfo } from '../objects/code';

/** `frame` of code `ci` returned normally (its flags `flags`, untagged): it becomes the code's
 *  spare unless Python code may hold it or it is old (written branch-free: one conditional move). */
export function keepSpareFrame(ci: CodeInfo, frame: number, flags: number): void {
  ci.spareFrame = ((flags & FF_ESCAPED) | (mem[frame] & GC_OLD)) === 0 ? frame : 0;
  ci.spareGen = youngEpoch;
}

/** Frame `f` (0: none) may be held by Python code from now on: never reuse it. Old frames are
 *  never reused, so they are not written (no barrier, no conflict on another thread's frame). */
export function markFrameEscaped(f: number): void {
  if (f !== 0 && (mem[f] & GC_OLD) === 0) mem[f + FR_FLAGS] |= FF_ESCAPED << 1;
}

/** `f` is leaving (its flags `flags`, untagged): an escaped frame reaches its caller by f_back. */
export function escapeToCaller(f: number, flags: number): void {
  if ((flags & FF_ESCAPED) !== 0) markFrameEscaped(mem[f + FR_BACK]);
}
