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
import { HAS_JUMP, MAX_ARG, OPCODES, TERMINATOR, type OpName } from '../vm/opcodes';
import { removeDeadCode, type Folded } from './dead_code';

export class Label {
  index = -1;
}

export class Handler {
  constructor(
    readonly label: Label,
    /** Index of the first instruction emitted after the region opened (renumbered when dead
     *  code goes: dead_code.ts). */
    public setupAt: number,
    readonly lasti: boolean,
    /** Added to the depth at setupAt: -1 for `with` (the __enter__ result is not kept). */
    readonly adjust: number,
  ) {}
}

/** The location of an instruction CPython's compiler marks artificial (UNSET_LOC: a loop's back
 *  jump): it takes the line of the instruction before it when only that one leads to it, and has
 *  no line when a jump lands on it (CPython propagates lines within a basic block only). */
export const ARTIFICIAL_LOC = { lineno: -1, col_offset: -1, end_lineno: -1, end_col_offset: -1 } as Located;
/** The location of an instruction that has none (line -2 in the table: CPython's None). */
export const NO_LOC = { lineno: -2, col_offset: -1, end_lineno: -1, end_col_offset: -1 } as Located;

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

/** Per opcode number, from the table once: the hot loops below index these by number instead
 *  of looking each instruction's name up in OPCODES (a megamorphic keyed load). */
const CODE_OF = new Map<OpName, number>();
const FLAGS = new Int32Array(256);
const EFFECT: ((arg: number, jump: boolean) => number)[] = [];
for (const name of Object.keys(OPCODES) as OpName[]) {
  const info = OPCODES[name];
  CODE_OF.set(name, info.code);
  FLAGS[info.code] = info.flags;
  EFFECT[info.code] = info.effect;
}

/**
 * Scratch arrays of assemble (operands, opcode numbers, stack depths), grown on demand and reused:
 * a typed array larger than 64 bytes gets its own off-heap backing store, and allocating three
 * per code object was the single most expensive line of the compiler (assemble is not reentrant).
 */
let scratchArgs = new Int32Array(1024);
let scratchOps = new Uint8Array(1024);
let scratchDepth = new Int32Array(1025);

/**
 * The output arrays are carved out of 64 KB slabs: views on an existing ArrayBuffer cost no
 * backing-store allocation. A live code object keeps at most its slab alive; a request of more
 * than a quarter slab gets its own buffer.
 */
const SLAB_WORDS = 16384;
let slab = new ArrayBuffer(SLAB_WORDS * 4);
let slabUsed = 0;
function words(count: number): Int32Array {
  if (count > SLAB_WORDS / 4) return new Int32Array(count);
  if (slabUsed + count > SLAB_WORDS) {
    slab = new ArrayBuffer(SLAB_WORDS * 4);
    slabUsed = 0;
  }
  const view = new Int32Array(slab, slabUsed * 4, count);
  slabUsed += count;
  return view;
}

/** `handlers` lists every region codegen opened, including empty ones (their handler code is
 *  still reachable, as CPython treats it: the SETUP instruction is an edge to the handler).
 *  The code words, line table and exception table are views on one buffer (one allocation). */
export function assemble(instrs: Instr[], name: string, handlers: readonly Handler[] = [], folded: Folded | null = null): Assembled {
  let n = instrs.length;
  if (scratchArgs.length < n) {
    const size = Math.max(n, 2 * scratchArgs.length);
    scratchArgs = new Int32Array(size);
    scratchOps = new Uint8Array(size);
    scratchDepth = new Int32Array(size + 1);
  }
  const args = scratchArgs;
  const ops = scratchOps;
  for (let i = 0; i < n; i++) {
    const ins = instrs[i];
    const a = ins.arg;
    const arg = typeof a === 'number' ? a : a.index;
    if (arg < 0) throw new CompilerBug(`${name}: unresolved label at ${i}`);
    if (arg > MAX_ARG) throw new CompilerBug(`${name}: argument ${arg} too large at ${i}`);
    args[i] = arg;
    ops[i] = CODE_OF.get(ins.op)!;
  }
  const stacksize = maxStackDepth(instrs, ops, args, scratchDepth, name, handlers);
  // unreachable code and the redundant NOPs/jumps of constant conditions go (CPython's flow graph)
  // (a handler whose entry is unreachable has no region left: its label must not mark an entry)
  let live = handlers;
  if (folded !== null) {
    live = handlers.filter((h) => scratchDepth[h.label.index] >= 0);
    n = removeDeadCode(instrs, ops, args, scratchDepth, handlers, folded, FLAGS);
  }
  const table = exceptionTable(instrs, scratchDepth, name);
  const buf = words(5 * n + table.length);
  let jumpers: Map<number, number[]> | null = null;
  let handlerEntries: Set<number> | null = null;
  let fromJump: number[] | null = null; // [instruction, its one jumper] pairs, resolved below
  for (let i = 0; i < n; i++) {
    buf[i] = ops[i] | (args[i] << 8);
    const loc = instrs[i].loc;
    const k = n + i * 4;
    if (loc === null || loc === ARTIFICIAL_LOC) {
      // no line of its own: the line before it (-1) when only the instruction before leads
      // here, its jump's line when only one jump does, none (-2) when several ways lead here
      // or it is an exception handler's entry (CPython propagates lines within a basic block,
      // and into a block with one predecessor; a handler's block has none)
      jumpers ??= jumpSources(instrs);
      handlerEntries ??= new Set(live.map((h) => h.label.index));
      const from = jumpers.get(i);
      const fallsIn = i > 0 && (OPCODES[instrs[i - 1].op].flags & TERMINATOR) === 0;
      const handlerEntry = handlerEntries.has(i);
      const ways = (from === undefined ? 0 : from.length) + (fallsIn ? 1 : 0) + (handlerEntry ? 1 : 0);
      // (unreachable code, such as an implicit return after a `return`, which CPython removes,
      // keeps the line before it: co_lnotab has no place for "none")
      buf[k] = ways === 0 || (ways === 1 && !handlerEntry) ? -1 : -2;
      buf[k + 1] = buf[k + 2] = buf[k + 3] = -1;
      if (ways === 1 && from !== undefined) (fromJump ??= []).push(i, from[0]);
    } else {
      buf[k] = loc.lineno;
      buf[k + 1] = loc.col_offset;
      buf[k + 2] = loc.end_lineno;
      buf[k + 3] = loc.end_col_offset;
    }
  }
  if (fromJump !== null) {
    const line = buf.subarray(n, 5 * n);
    for (let p = 0; p < fromJump.length; p += 2) {
      const src = resolvedLoc(line, fromJump[p + 1]);
      line.set(line.subarray(src * 4, src * 4 + 4), fromJump[p] * 4);
    }
  }
  buf.set(table, 5 * n);
  return { code: buf.subarray(0, n), linetable: buf.subarray(n, 5 * n), stacksize, exceptiontable: buf.subarray(5 * n) };
}

/** Jump target -> the instructions that jump there. */
function jumpSources(instrs: readonly Instr[]): Map<number, number[]> {
  const t = new Map<number, number[]>();
  instrs.forEach((ins, j) => {
    if (typeof ins.arg === 'number' || (OPCODES[ins.op].flags & HAS_JUMP) === 0) return;
    const list = t.get(ins.arg.index);
    if (list === undefined) t.set(ins.arg.index, [j]);
    else list.push(j);
  });
  return t;
}

/** The instruction whose location instruction i shows (itself or the nearest earlier with a
 *  line; i itself when none has one). */
function resolvedLoc(line: Int32Array, i: number): number {
  for (let k = i; k >= 0; k--) {
    const l = line[k * 4];
    if (l >= 0 || l === -2) return k;
  }
  return i;
}

function handlerDepth(h: Handler, depth: Int32Array): number {
  const d = depth[h.setupAt];
  return d < 0 ? -1 : d + h.adjust;
}

/** Fills depth[0..n] (-1: unreachable) and returns the maximum. */
function maxStackDepth(instrs: readonly Instr[], ops: Uint8Array, args: Int32Array, depth: Int32Array, name: string, handlers: readonly Handler[]): number {
  const n = instrs.length;
  depth.fill(-1, 0, n + 1);
  const work: number[] = [];
  let max = 0;
  /** Enters instruction i with depth d (from instruction `from`): queues it the first time. */
  const visit = (i: number, d: number, from: number): void => {
    if (i >= n) return;
    if (d < 0) throw new CompilerBug(`${name}: stack underflow entering ${i} from ${from}`);
    const was = depth[i];
    if (was === -1) {
      depth[i] = d;
      work.push(i);
    } else if (was !== d) {
      throw new CompilerBug(`${name}: inconsistent stack depth at ${i} (${was} vs ${d} from ${from})`);
    }
  };
  // a handler becomes reachable where its region opens (its setupAt instruction is reached)
  const opensAt = handlers.length > 0 ? new Map<number, Handler[]>() : null;
  if (opensAt !== null) {
    for (const h of handlers) {
      const list = opensAt.get(h.setupAt);
      if (list) list.push(h);
      else opensAt.set(h.setupAt, [h]);
    }
  }
  if (n > 0) visit(0, 0, -1);
  while (work.length > 0) {
    const i = work.pop()!;
    const op = ops[i];
    const flags = FLAGS[op];
    const d = depth[i];
    if (opensAt !== null) {
      const opening = opensAt.get(i);
      if (opening) {
        for (const h of opening) {
          const entry = d + h.adjust + (h.lasti ? 2 : 1);
          if (entry > max) max = entry;
          visit(h.label.index, entry, i);
        }
      }
      const handler = instrs[i].handler;
      if (handler !== null && depth[handler.setupAt] < 0) {
        throw new CompilerBug(`${name}: handler region entered before its setup at ${i}`);
      }
    }
    if (flags & HAS_JUMP) {
      const taken = d + EFFECT[op](args[i], true);
      if (taken > max) max = taken;
      visit(args[i], taken, i);
    }
    if (!(flags & TERMINATOR)) {
      const next = d + EFFECT[op](args[i], false);
      if (next < 0) throw new CompilerBug(`${name}: stack underflow after ${i} ${instrs[i].op}`);
      if (next > max) max = next;
      visit(i + 1, next, i);
    }
  }
  return max;
}

/** Merges runs of instructions with the same handler into (start, end, handler, depth, lasti). */
function exceptionTable(instrs: readonly Instr[], depth: Int32Array, name: string): number[] {
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
  return out;
}
