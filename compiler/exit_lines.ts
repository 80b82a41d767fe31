// The line of a function's implicit `return None`, as CPython 3.11 gives it (line events,
// f_lineno, tracebacks): the exit block has no line of its own, and CPython's flow graph gives
// each way into it the line of the instruction that leads there. One predecessor (a FOR_ITER
// that ends the body's last loop, a branch's jump, or the fall-through of the last statement):
// the exit takes that instruction's location. Several: every jump into it but one gets its own
// copy of the exit (appended at the end of the code, so that no index moves), located at the
// jump (CPython's duplicate_exits_without_lineno and inline_small_exit_blocks), and the
// original keeps the fall-through's line. Runs on codegen's instruction list before assemble.
import type { Located } from './ast';
import { Label, type Instr } from './assemble';
import { HAS_JUMP, OPCODES, TERMINATOR } from '../vm/opcodes';

/** codegen's location of the implicit return's LOAD_CONST (replaced by this pass). */
export const IMPLICIT_RETURN_LOC = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 } as Located;

/** The location instruction i shows: its own, or the nearest earlier one's. */
function locAt(instrs: readonly Instr[], i: number): Located | null {
  for (let k = i; k >= 0; k--) {
    const loc = instrs[k].loc;
    if (loc !== null && loc.lineno >= 0) return loc;
  }
  return null;
}

/** Unconditional jumps without a line of their own that land on another such jump go straight
 *  to its target (CPython's jump_thread, which requires equal lines: both none here), so that
 *  an exit reached through them takes the line of the first jump's branch. */
function threadJumps(instrs: Instr[]): void {
  for (const ins of instrs) {
    if (ins.op !== 'JUMP_FORWARD' || ins.loc !== null || typeof ins.arg === 'number') continue;
    for (let hops = 0; hops < 100; hops++) {
      const t: Instr | undefined = instrs[(ins.arg as Label).index];
      if (t === undefined || t === ins || t.op !== 'JUMP_FORWARD' || t.loc !== null || typeof t.arg === 'number') break;
      ins.arg = t.arg;
    }
  }
}

export function locateImplicitReturns(instrs: Instr[]): void {
  threadJumps(instrs);
  const n = instrs.length;
  const k = instrs.findIndex((ins) => ins.loc === IMPLICIT_RETURN_LOC);
  if (k < 0) return;
  let r = k;
  while (r < n - 1 && instrs[r].op !== 'RETURN_VALUE') r++;
  const jumpers: number[] = [];
  for (let j = 0; j < n; j++) {
    const a = instrs[j].arg;
    if (typeof a !== 'number' && a.index === k && (OPCODES[instrs[j].op].flags & HAS_JUMP) !== 0) jumpers.push(j);
  }
  const fallsIn = k > 0 && (OPCODES[instrs[k - 1].op].flags & TERMINATOR) === 0;
  const first = fallsIn ? k - 1 : jumpers.length > 0 ? jumpers[0] : -1;
  const loc = first < 0 ? null : locAt(instrs, first);
  for (let i = k; i <= r; i++) instrs[i].loc = loc;
  for (const j of jumpers) {
    if (j === first) continue;
    const copy = new Label();
    copy.index = instrs.length;
    const at = locAt(instrs, j);
    for (let i = k; i <= r; i++) instrs.push({ op: instrs[i].op, arg: instrs[i].arg, loc: at, handler: instrs[i].handler });
    instrs[j].arg = copy;
  }
}
