// When objects/code.ts's direct-mapped CodeInfo table must be emptied (this worker's): a code
// object's address is reused only after it died, i.e. after a major collection or an aborted
// transaction, so the table is emptied then (majorHooks, attachHooks for a worker that was
// detached during another's collection, dropCallerInfos from the abort hook in
// interp/stm_hooks.ts; and run() checks the collection epoch at its entry and after each safe
// point): a slot never names a dead code object whose address a live one took. (This module
// also kept, until h21-calls, a per-depth hint of the caller's CodeInfo for RETURN_VALUE; a
// table hit costs what the hint's check did, and the hint cost a store per call: vm/NOTES.md
// "h21-calls".)
import { majorHooks } from '../../stmgc/gc_major';
import { attachHooks } from '../../stmgc/heap';
import { gcEpoch } from '../runtime/alloc';
import { dropCodeInfoTable } from '../objects/code';

/** Forget every CodeInfo (a major collection or an abort may let a code object's address be reused). */
export function dropCallerInfos(): void {
  dropCodeInfoTable();
  seenEpoch = gcEpoch();
}

let seenEpoch = -1;
/** Empties the table if the collection epoch moved since it was last emptied (run() calls this
 *  where a collection may have run: its entry, after a safe point or a park). */
export function checkCallerInfos(): void {
  if (gcEpoch() !== seenEpoch) dropCallerInfos();
}

majorHooks.push(dropCallerInfos);
attachHooks.onAttach.push(dropCallerInfos);
