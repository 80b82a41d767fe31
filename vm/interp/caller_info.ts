// The CodeInfo of the frame that made each Python-to-Python CALL, by recursion depth (this
// worker's): a RETURN_VALUE loads the caller's registers from it when its code is the caller
// frame's (one compare), instead of looking the code up in objects/code.ts's table (hash,
// table slot, code and epoch compares). A slot is only a hint: the return checks that the
// CodeInfo is for the very code object of the frame it returns to, and takes codeInfo()
// otherwise (frames pushed by other paths, an exception that unwound past a call, another guest
// thread at the same depth). A code object's address is reused only after it died, i.e. after a
// major collection or an aborted transaction: both empty the table (majorHooks, attachHooks
// for a worker that was detached during another's collection, dropCallerInfos from the abort
// hook in interp/stm_hooks.ts; and run() checks the collection epoch at its entry and after
// each safe point), so a slot never names a dead code object whose address a live one took. vm/NOTES.md "Calls and returns (h7-speed)".
import { majorHooks } from '../../stmgc/gc_major';
import { attachHooks } from '../../stmgc/heap';
import { gcEpoch } from '../runtime/alloc';
import { dropCodeInfoTable, type CodeInfo } from '../objects/code';

/** Slots by depth & CALLER_MASK (deeper recursions share slots; the check above covers it). */
export const CALLER_MASK = 1023;
export const callerInfos: (CodeInfo | null)[] = new Array<CodeInfo | null>(CALLER_MASK + 1).fill(null);

/** Forget every slot (a major collection or an abort may let a code object's address be reused). */
export function dropCallerInfos(): void {
  callerInfos.fill(null);
  dropCodeInfoTable(); // (the same rule: objects/code.ts)
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
