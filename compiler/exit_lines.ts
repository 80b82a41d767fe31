// The line of a function's implicit `return None`, as CPython 3.11 gives it (line events,
// f_lineno, tracebacks): the exit block has no line of its own, and CPython's flow graph gives
// each way into it the line of the instruction that leads there. One predecessor (a FOR_ITER
// that ends the body's last loop, a branch's jump, or the fall-through of the last statement):
// the exit takes that instruction's location. Several: every jump into it but one gets its own
// copy of the exit (appended at the end of the code, so that no index moves), located at the
// jump (CPython's duplicate_exits_without_lineno and inline_small_exit_blocks), and the
// original keeps the fall-through's line. Runs on codegen's instruction list before assemble;
// the exits keep no location, and assemble gives each the line of its one way in after the
// dead code is gone (dead_code.ts).
import type { Located } from './ast';
import { Label, type Instr } from './assemble';
import { HAS_JUMP, OPCODES, TERMINATOR } from '../vm/opcodes';

/** codegen's location of the implicit return's LOAD_CONST (replaced by this pass). */
export const IMPLICIT_RETURN_LOC = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 } as Located;

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
  // a jump without a line straight to the exit is an exit too in CPython (inline_small_exit_blocks
  // copies the exit into it): a jump that lands on it (an `if` without else ending a branch) gets
  // its own copy and line
  const via = new Set<number>();
  for (const j of jumpers) if (instrs[j].op === 'JUMP_FORWARD' && instrs[j].loc === null) via.add(j);
  const direct = jumpers.length;
  if (via.size > 0) {
    for (let j = 0; j < n; j++) {
      const a = instrs[j].arg;
      if (typeof a !== 'number' && via.has(a.index) && (OPCODES[instrs[j].op].flags & HAS_JUMP) !== 0) jumpers.push(j);
    }
  }
  const fallsIn = k > 0 && (OPCODES[instrs[k - 1].op].flags & TERMINATOR) === 0;
  const first = fallsIn ? k - 1 : direct > 0 ? jumpers[0] : -1;
  // no location of their own: each copy has one way in, whose line assemble gives it once dead
  // code is gone (a jump after a dead `pass` shows the line before that, not the pass's)
  for (let i = k; i <= r; i++) instrs[i].loc = null;
  for (const j of jumpers) {
    if (j === first) continue;
    const copy = new Label();
    copy.index = instrs.length;
    for (let i = k; i <= r; i++) instrs.push({ op: instrs[i].op, arg: instrs[i].arg, loc: null, handler: instrs[i].handler });
    instrs[j].arg = copy;
  }
}
