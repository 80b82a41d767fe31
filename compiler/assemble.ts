// Assemble: codegen's instruction list (symbolic labels, positions) → the final code words,
// line table and maximum stack depth. The depth is computed by flow analysis over the opcode
// table's stack effects, following both edges of every jump, and asserted: every path into an
// instruction must arrive with the same depth and no depth may go negative. A failure is an
// internal compiler error naming the code object and offset (a codegen bug, never user error).
import type { Located } from './ast';
import { encode, HAS_JUMP, MAX_ARG, OPCODES, TERMINATOR, type OpName } from '../vm/opcodes';

export class Label {
  index = -1;
}

export interface Instr {
  op: OpName;
  arg: number | Label;
  loc: Located | null;
}

export interface Assembled {
  code: Int32Array;
  linetable: Int32Array;
  stacksize: number;
}

export class CompilerBug extends Error {}

export function assemble(instrs: readonly Instr[], name: string): Assembled {
  const n = instrs.length;
  const code = new Int32Array(n);
  const linetable = new Int32Array(n * 4).fill(-1);
  const args = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    const arg = ins.arg instanceof Label ? ins.arg.index : ins.arg;
    if (arg < 0) throw new CompilerBug(`${name}: unresolved label at ${i}`);
    if (arg > MAX_ARG) throw new CompilerBug(`${name}: argument ${arg} too large at ${i}`);
    args[i] = arg;
    code[i] = encode(ins.op, arg);
    if (ins.loc) {
      linetable[i * 4] = ins.loc.lineno;
      linetable[i * 4 + 1] = ins.loc.col_offset;
      linetable[i * 4 + 2] = ins.loc.end_lineno;
      linetable[i * 4 + 3] = ins.loc.end_col_offset;
    }
  }
  return { code, linetable, stacksize: maxStackDepth(instrs, args, name) };
}

function maxStackDepth(instrs: readonly Instr[], args: Int32Array, name: string): number {
  const n = instrs.length;
  const depth = new Int32Array(n).fill(-1);
  const work: number[] = [];
  let max = 0;
  const visit = (i: number, d: number, from: number): void => {
    if (i >= n) return;
    if (d < 0) throw new CompilerBug(`${name}: stack underflow entering ${i} from ${from}`);
    if (depth[i] === -1) {
      depth[i] = d;
      work.push(i);
    } else if (depth[i] !== d) {
      throw new CompilerBug(`${name}: inconsistent stack depth at ${i} (${depth[i]} vs ${d} from ${from})`);
    }
  };
  if (n > 0) visit(0, 0, -1);
  while (work.length > 0) {
    const i = work.pop()!;
    const info = OPCODES[instrs[i].op];
    const d = depth[i];
    if (info.flags & HAS_JUMP) {
      const taken = d + info.effect(args[i], true);
      max = Math.max(max, taken);
      visit(args[i], taken, i);
    }
    if (!(info.flags & TERMINATOR)) {
      const next = d + info.effect(args[i], false);
      if (next < 0) throw new CompilerBug(`${name}: stack underflow after ${i} ${instrs[i].op}`);
      max = Math.max(max, next);
      visit(i + 1, next, i);
    }
  }
  return max;
}
