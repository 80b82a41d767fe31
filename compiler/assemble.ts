// Assemble: codegen's instruction list (symbolic labels, positions, exception handlers) → the
// final code words, line table, exception table and maximum stack depth. The depth is computed
// by flow analysis over the opcode table's stack effects, following both edges of every jump
// and the edge from every protected instruction to its handler, and asserted: every path into
// an instruction must arrive with the same depth and no depth may go negative. A failure is an
// internal compiler error naming the code object and offset (a codegen bug, never user error).
//
// Handlers are lexical: codegen pushes a Handler when it opens a protected region (CPython's
// SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH) and pops it where CPython emits POP_BLOCK; each
// instruction records the innermost handler open when it was emitted. A handler is entered with
// the stack cut back to its depth (the depth at `setupAt`, plus `adjust`), then the instruction
// index of the raise pushed when `lasti`, then the exception.
import type { Located } from './ast';
import { encode, HAS_JUMP, MAX_ARG, OPCODES, TERMINATOR, type OpName } from '../vm/opcodes';

export class Label {
  index = -1;
}

export class Handler {
  constructor(
    readonly label: Label,
    /** Index of the first instruction emitted after the region opened. */
    readonly setupAt: number,
    readonly lasti: boolean,
    /** Added to the depth at setupAt: -1 for `with` (the __enter__ result is not kept). */
    readonly adjust: number,
  ) {}
}

export interface Instr {
  op: OpName;
  arg: number | Label;
  loc: Located | null;
  handler: Handler | null;
}

export interface Assembled {
  code: Int32Array;
  linetable: Int32Array;
  exceptiontable: Int32Array;
  stacksize: number;
}

export class CompilerBug extends Error {}

/** `handlers` lists every region codegen opened, including empty ones (their handler code is
 *  still reachable, as CPython treats it: the SETUP instruction is an edge to the handler). */
export function assemble(instrs: readonly Instr[], name: string, handlers: readonly Handler[] = []): Assembled {
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
  const { stacksize, depth } = maxStackDepth(instrs, args, name, handlers);
  return { code, linetable, stacksize, exceptiontable: exceptionTable(instrs, depth, name) };
}

function handlerDepth(h: Handler, depth: Int32Array): number {
  const d = depth[h.setupAt];
  return d < 0 ? -1 : d + h.adjust;
}

function maxStackDepth(instrs: readonly Instr[], args: Int32Array, name: string, handlers: readonly Handler[]): { stacksize: number; depth: Int32Array } {
  const n = instrs.length;
  const depth = new Int32Array(n + 1).fill(-1);
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
  // a handler becomes reachable where its region opens (its setupAt instruction is reached)
  const opensAt = new Map<number, Handler[]>();
  for (const h of handlers) {
    const list = opensAt.get(h.setupAt);
    if (list) list.push(h);
    else opensAt.set(h.setupAt, [h]);
  }
  if (n > 0) visit(0, 0, -1);
  while (work.length > 0) {
    const i = work.pop()!;
    const ins = instrs[i];
    const info = OPCODES[ins.op];
    const d = depth[i];
    const opening = opensAt.get(i);
    if (opening) {
      for (const h of opening) {
        const entry = d + h.adjust + (h.lasti ? 2 : 1);
        max = Math.max(max, entry);
        visit(h.label.index, entry, i);
      }
    }
    if (ins.handler !== null && depth[ins.handler.setupAt] < 0) {
      throw new CompilerBug(`${name}: handler region entered before its setup at ${i}`);
    }
    if (info.flags & HAS_JUMP) {
      const taken = d + info.effect(args[i], true);
      max = Math.max(max, taken);
      visit(args[i], taken, i);
    }
    if (!(info.flags & TERMINATOR)) {
      const next = d + info.effect(args[i], false);
      if (next < 0) throw new CompilerBug(`${name}: stack underflow after ${i} ${ins.op}`);
      max = Math.max(max, next);
      visit(i + 1, next, i);
    }
  }
  return { stacksize: max, depth };
}

/** Merges runs of instructions with the same handler into (start, end, handler, depth, lasti). */
function exceptionTable(instrs: readonly Instr[], depth: Int32Array, name: string): Int32Array {
  const out: number[] = [];
  let start = 0;
  for (let i = 0; i <= instrs.length; i++) {
    const h = i < instrs.length ? instrs[i].handler : null;
    const prev = i > start ? instrs[start].handler : null;
    if (i === instrs.length || h !== prev) {
      if (prev !== null && i > start) {
        const d = handlerDepth(prev, depth);
        // a region that is never reached keeps no entry (its handler is dead code too)
        if (d >= 0) {
          if (prev.label.index < 0) throw new CompilerBug(`${name}: unbound handler label`);
          out.push(start, i, prev.label.index, d, prev.lasti ? 1 : 0);
        }
      }
      start = i;
    }
  }
  return Int32Array.from(out);
}
