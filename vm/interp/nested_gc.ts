// vm/interp/nested_gc.ts: gc.collect() inside code a builtin calls back into (a nested run loop:
// a sort key, a __hash__ called by dict insertion, map()'s function, __init__ called from
// copy.deepcopy's reconstruct...). The outermost loop collects everything; a nested one cannot
// move or free what the builtins below it hold in JS locals (they are not roots). What they can
// hold was allocated before their callback began: every nested run notes the nursery top at its
// entry (`enterNested`), and gc.collect() in a nested run collects the nursery above the
// innermost mark only (stmgc minorCollectionAbove), at the next safe point of that loop (the
// entry of gc.py's `_collected()`, a RESUME: run()'s registers are in the heap there). Objects
// made inside the callback and dropped there die at once, their weak callbacks and __del__ run
// before gc.collect() returns, as in CPython; older garbage (below the mark, or old) waits for
// the outermost loop's collection, which stays requested (vm/NOTES.md h27-epoch).
import { mem } from '../../stmgc/heap';
import { becomeInevitable, inTransaction } from '../../stmgc/txn';
import { nurseryTop } from '../../stmgc/alloc';
import { minorCollectionAbove } from '../../stmgc/gc_minor';
import { objectWords } from '../../stmgc/objects';
import { FR_BACK, FR_SP } from './frame_layout';
import { TS_FRAME, barrierFrameChain, ts } from './thread';

/** The nursery top at each nested run's entry, innermost last; and its entry frame. */
const marks: number[] = [];
const entries: number[] = [];
/** gc.collect() asked for a collection in a nested run: its next RESUME is a safe point. */
export let nestedCollect = false;

/** Before run() of a nested loop over `entry` (its frame already allocated). */
export function enterNested(entry: number): void {
  marks.push(nurseryTop);
  entries.push(entry);
}
/** After it returned or threw. */
export function leaveNested(): void {
  marks.pop();
  entries.pop();
}

/** gc.collect(): whether the running code is a nested loop (then its safe point is asked for). */
export function askNestedCollect(): void {
  if (marks.length > 0) nestedCollect = true;
}

/**
 * At a safe point taken for nestedCollect (sched.ts safePoint, first thing): true when it
 * collected here (the innermost loop is a nested run, no nested wait pinned below it), false
 * when the outermost loop's safe point should go on as usual.
 */
export function collectNested(pinned: boolean): boolean {
  nestedCollect = false;
  if (marks.length === 0 || pinned) return false;
  // the thread state and its frames written by the loop without barriers: remembered, as the
  // outermost loop's safe point does (sched.ts safePoint), so their young references are roots
  barrierFrameChain();
  // inside a transaction: inevitable first (may throw TxAborted: the loop restarts the attempt),
  // so that the references this collection clears may call back before gc.collect() returns
  if (inTransaction()) becomeInevitable();
  // dead stack words of the nested run's frames (clearDeadStackSlots, as at the outermost loop,
  // but only down to the entry frame: the frames below are mid-call, their builtin's arguments
  // may sit above their saved sp)
  const entry = entries[entries.length - 1];
  for (let f = mem[ts + TS_FRAME]; f !== 0; f = mem[f + FR_BACK]) {
    const sp = f + (mem[f + FR_SP] >> 1);
    const end = f + objectWords(f);
    if (sp > f + FR_SP && sp < end) mem.fill(0, sp, end);
    if (f === entry) break;
  }
  minorCollectionAbove(marks[marks.length - 1]);
  return true;
}
