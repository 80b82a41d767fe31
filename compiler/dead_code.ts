// Dead code out of an assembled instruction list, as CPython 3.11's flow graph leaves it: the
// instructions no path reaches (after a `return`, `raise`, `break`, an endless `while True:` loop,
// the body of `if 0:`) are removed, and so are the NOPs and jumps codegen emitted for a constant
// condition (CPython's peephole turns `LOAD_CONST c; POP_JUMP_IF_x` into NOP + JUMP or NOP +
// NOP) where CPython's cleanup removes them: a jump that lands on the next instruction, a NOP
// whose line the instruction after it shows too; and any jump without a line that lands on the
// next instruction once the code between went. Code that is never reached then has no line and
// no position (tracing's "line N comes after the current code block", co_lines, dis).
// Runs inside assemble after the stack depths are known (depth -1: unreachable), compacting its
// scratch arrays in place; jump arguments, labels and handler regions are renumbered.
import type { Handler, Instr, Label } from './assemble';
import { HAS_JUMP } from '../vm/opcodes';

/** The instructions codegen made of constant conditions (jumpIf): candidates for removal. */
export type Folded = ReadonlySet<Instr>;

/** The line instruction i shows for the redundancy tests (null: none of its own). */
function lineOf(ins: Instr): number | null {
  const loc = ins.loc;
  return loc === null || loc.lineno < 0 ? null : loc.lineno;
}

/**
 * Removes the unreachable instructions (depth[i] < 0) and the redundant folded ones, in place:
 * instrs, ops, args and depth are compacted, every Label and Handler.setupAt renumbered. Returns
 * the new count (instrs.length too). `flags` is the opcode table's flags by number.
 */
export function removeDeadCode(instrs: Instr[], ops: Uint8Array, args: Int32Array, depth: Int32Array,
  handlers: readonly Handler[], folded: Folded | null, flags: Int32Array): number {
  const n = instrs.length;
  const keep = new Uint8Array(n);
  for (let i = 0; i < n; i++) keep[i] = depth[i] >= 0 ? 1 : 0;
  dropRedundant(instrs, args, keep, folded);
  // newIndex[i]: where instruction i goes, or (removed) where the next kept one goes
  const newIndex = new Int32Array(n + 1);
  let j = 0;
  for (let i = 0; i < n; i++) {
    newIndex[i] = j;
    if (keep[i]) j++;
  }
  newIndex[n] = j;
  if (j === n) return n;
  const seen = new Set<Label>();
  const relabel = (l: Label): void => {
    if (seen.has(l)) return;
    seen.add(l);
    if (l.index >= 0 && l.index <= n) l.index = newIndex[l.index];
  };
  j = 0;
  for (let i = 0; i < n; i++) {
    if (!keep[i]) continue;
    const ins = instrs[i];
    const isJump = (flags[ops[i]] & HAS_JUMP) !== 0;
    if (typeof ins.arg !== 'number') relabel(ins.arg);
    instrs[j] = ins;
    ops[j] = ops[i];
    args[j] = isJump ? newIndex[args[i]] : args[i];
    depth[j] = depth[i];
    j++;
  }
  instrs.length = j;
  for (const h of handlers) {
    relabel(h.label);
    h.setupAt = newIndex[h.setupAt];
  }
  return j;
}

/** Marks as removed the jumps that land on the next kept instruction (folded ones, and any
 *  without a line of its own: an if's then-branch whose else is dead) and the folded NOPs whose
 *  line the next instruction shows (CPython's jump-to-next-block and clean_basic_block). */
function dropRedundant(instrs: Instr[], args: Int32Array, keep: Uint8Array, folded: Folded | null): void {
  const n = instrs.length;
  const nextKept = (i: number): number => {
    let k = i + 1;
    while (k < n && !keep[k]) k++;
    return k;
  };
  // backwards, so that a NOP sees whether the jump after it stays
  for (let i = n - 1; i >= 0; i--) {
    if (!keep[i]) continue;
    const ins = instrs[i];
    if (ins.op === 'JUMP_FORWARD') {
      const isFolded = folded !== null && folded.has(ins);
      if ((isFolded || lineOf(ins) === null) && nextKept(i) === nextKept(args[i] - 1)) {
        keep[i] = 0;
      }
    } else if (ins.op === 'NOP' && folded !== null && folded.has(ins)) {
      const k = nextKept(i);
      const line = lineOf(ins);
      if (line === null || (k < n && lineOf(instrs[k]) === line)) keep[i] = 0;
    }
  }
}
