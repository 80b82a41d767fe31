// Jumps: a trace function assigning frame.f_lineno (pdb's `jump`), with CPython 3.11's rules and
// messages (Objects/frameobject.c frame_setlineno, mark_stacks). The stack of kinds each
// instruction starts with is worked out from the opcode table's effects; a jump is allowed to an
// instruction starting the line asked for (or the first line after it that has code) whose stack
// is a prefix of the current one with compatible kinds (no jump into a for loop's body, where an
// iterator would be missing, or into an except block, where an exception would be); the values
// above the target's stack are popped (an except block's saved exception restored as POP_EXCEPT
// restores it), and the frame goes on at that instruction. Only from a 'line' event of the frame
// (interp/py_trace.ts records which event its trace function is handling); vm/NOTES.md "h23-frames".
import { mem } from '../../stmgc/heap';
import { valueError } from '../runtime/errors';
import { HAS_JUMP, OPCODES, OPNAMES, TERMINATOR } from '../opcodes';
import { codeInfo, type CodeInfo } from '../objects/code';
import { FR_CODE, FR_LOCALSPLUS, FR_SP } from './frame_layout';
import { T, typeOf } from '../runtime/types';
import { toBigInt } from '../objects/int_core';
import { restoreExcInfo } from './loop';

// the kinds of stack entries (CPython's enum kind), 3 bits each, the top of the stack lowest
const ITERATOR = 1n;
const EXCEPT = 2n;
const OBJECT = 3n;
const NULL = 4n;
const LASTI = 5n;
const BITS = 3n;
const MASK = 7n;
const UNINITIALIZED = -2n;
const OVERFLOWED = -1n;
const WILL_OVERFLOW = 1n << (20n * BITS); // (63 / 3 - 1 entries: CPython's limit)

const push = (s: bigint, k: bigint): bigint => (s < 0n ? s : s >= WILL_OVERFLOW ? OVERFLOWED : (s << BITS) | k);
const pop = (s: bigint): bigint => (s < 0n ? s : s >> BITS);
const top = (s: bigint): bigint => s & MASK;
const peek = (s: bigint, n: number): bigint => (s >> (BITS * BigInt(n - 1))) & MASK;

function swap(s: bigint, n: number): bigint {
  if (s < 0n) return s;
  const shift = BITS * BigInt(n - 1);
  const other = peek(s, n);
  const low = (s & ~(MASK << shift)) | (top(s) << shift);
  return (low & ~MASK) | other;
}

function popToLevel(s: bigint, level: number): bigint {
  if (level === 0) return 0n;
  const levelMax = MASK << (BigInt(level - 1) * BITS);
  while (s > levelMax) s = pop(s);
  return s;
}

const op = (name: keyof typeof OPCODES): number => OPCODES[name].code;
const POP_JUMPS = new Set([op('POP_JUMP_IF_FALSE'), op('POP_JUMP_IF_TRUE'), op('POP_JUMP_IF_NONE'), op('POP_JUMP_IF_NOT_NONE')]);
const OR_POPS = new Set([op('JUMP_IF_FALSE_OR_POP'), op('JUMP_IF_TRUE_OR_POP')]);

/** The stack of kinds before each instruction of ci (UNINITIALIZED: unreachable), as CPython's
 *  mark_stacks: branches, then the exception table's handlers, until nothing changes. */
function markStacks(ci: CodeInfo): bigint[] {
  const words = ci.words;
  const len = words.length;
  const stacks: bigint[] = new Array(len + 1).fill(UNINITIALIZED);
  stacks[0] = 0n;
  const t = ci.exctable;
  for (let todo = true; todo;) {
    todo = false;
    for (let i = 0; i < len; i++) {
      let next = stacks[i];
      if (next === UNINITIALIZED) continue;
      const w = words[i];
      const code = w & 0xff;
      const arg = w >>> 8;
      const name = OPNAMES[code];
      const info = OPCODES[name];
      const setJump = (j: number, s: bigint): void => {
        if (stacks[j] === UNINITIALIZED && j < i) todo = true;
        stacks[j] = s;
      };
      if (POP_JUMPS.has(code)) {
        next = pop(next);
        setJump(arg, next);
        stacks[i + 1] = next;
      } else if (OR_POPS.has(code)) {
        setJump(arg, next);
        stacks[i + 1] = pop(next);
      } else if (name === 'SEND') {
        setJump(arg, pop(next));
        stacks[i + 1] = next;
      } else if (name === 'JUMP_FORWARD' || name === 'JUMP_BACKWARD') {
        setJump(arg, next);
      } else if (name === 'GET_ITER' || name === 'GET_AITER') {
        stacks[i + 1] = push(pop(next), ITERATOR);
      } else if (name === 'FOR_ITER') {
        setJump(arg, pop(next));
        stacks[i + 1] = push(next, OBJECT);
      } else if (name === 'PUSH_EXC_INFO') {
        stacks[i + 1] = push(next, EXCEPT);
      } else if (name === 'POP_EXCEPT') {
        stacks[i + 1] = pop(next);
      } else if ((info.flags & TERMINATOR) !== 0) {
        // RETURN_VALUE, RAISE_VARARGS, RERAISE: the end of a block
      } else if (name === 'PUSH_NULL') {
        stacks[i + 1] = push(next, NULL);
      } else if (name === 'LOAD_METHOD') {
        stacks[i + 1] = push(push(pop(next), NULL), OBJECT);
      } else if (name === 'CALL' || name === 'CALL_KW') {
        for (let k = 0; k < arg + (name === 'CALL' ? 2 : 3); k++) next = pop(next);
        stacks[i + 1] = push(next, OBJECT);
      } else if (name === 'SWAP') {
        stacks[i + 1] = swap(next, arg);
      } else if (name === 'COPY') {
        stacks[i + 1] = next < 0n ? next : push(next, peek(next, arg));
      } else {
        let delta = info.effect(arg, false);
        for (; delta < 0; delta++) next = pop(next);
        for (; delta > 0; delta--) next = push(next, OBJECT);
        stacks[i + 1] = next;
      }
    }
    // the handlers: the stack of their range's start cut to the entry's depth, then f_lasti
    // when the entry keeps it, then the exception
    for (let h = 0; h < t.length; h += 5) {
      const start = t[h];
      const handler = t[h + 2];
      if (stacks[start] === UNINITIALIZED || stacks[handler] !== UNINITIALIZED) continue;
      todo = true;
      let s = popToLevel(stacks[start], t[h + 3]);
      if (t[h + 4] !== 0) s = push(s, LASTI);
      stacks[handler] = push(s, EXCEPT);
    }
  }
  return stacks;
}

function compatibleKind(from: bigint, to: bigint): boolean {
  if (to === 0n) return false;
  if (to === OBJECT) return from !== NULL;
  if (to === NULL) return true;
  return from === to;
}

function compatibleStack(from: bigint, to: bigint): boolean {
  if (from < 0n || to < 0n) return false;
  while (from > to) from = pop(from);
  while (from !== 0n) {
    if (!compatibleKind(top(from), top(to))) return false;
    from = pop(from);
    to = pop(to);
  }
  return to === 0n;
}

function explainIncompatible(to: bigint): string {
  if (to === OVERFLOWED) return 'stack is too deep to analyze';
  if (to === UNINITIALIZED) return "can't jump into an exception handler, or code may be unreachable";
  switch (top(to)) {
    case EXCEPT: return "can't jump into an 'except' block as there's no exception";
    case LASTI: return "can't jump into a re-raising block as there's no location";
    case ITERATOR: return "can't jump into the body of a for loop";
    default: return 'incompatible stacks';
  }
}

/** For each instruction, the line it starts (-1: none), as CPython's marklines: a line is
 *  started where it differs from the last line seen (instructions without a line skipped).
 *  Where pystm's layout differs from CPython's, as CPython would have laid it out: unreachable
 *  instructions (UNINITIALIZED: CPython's compiler removes them) are skipped, and a block that
 *  only one jump reaches, on that jump's line (a copy of a function's exit, placed at the end
 *  where CPython places it after its predecessor), starts no line. */
function lineStarts(ci: CodeInfo, stacks: bigint[]): number[] {
  const words = ci.words;
  const sources = new Map<number, number>(); // jump target -> its one source (-1: several)
  for (let i = 0; i < words.length; i++) {
    if ((OPCODES[OPNAMES[words[i] & 0xff]].flags & HAS_JUMP) === 0 || stacks[i] === UNINITIALIZED) continue;
    const to = words[i] >>> 8;
    sources.set(to, sources.has(to) ? -1 : i);
  }
  const out: number[] = [];
  let last = -1;
  for (let i = 0; i < words.length; i++) {
    out.push(-1);
    if (stacks[i] === UNINITIALIZED) continue;
    const line = ci.lineOf(i);
    if (line === -1) continue;
    const src = sources.get(i) ?? -1;
    const fallsIn = i > 0 && (OPCODES[OPNAMES[words[i - 1] & 0xff]].flags & TERMINATOR) === 0;
    const continues = !fallsIn && src >= 0 && ci.lineOf(src) === line;
    if (line !== last && !continues) out[i] = line;
    last = line;
  }
  return out;
}

/** A jump asked for and checked, applied by traceStep when the trace function returns. */
export interface Jump { target: number; pops: bigint[] }

/**
 * frame.f_lineno = v for frame f, at instruction pc, from a 'line' event of f: checks it as
 * CPython does (ValueError otherwise) and returns where to go and the kinds to pop.
 */
export function planJump(f: number, pc: number, v: number): Jump {
  if (typeOf(v) !== T.int) valueError('lineno must be an integer');
  const big = toBigInt(v);
  if (big > 2147483647n || big < -2147483648n) valueError('lineno out of range');
  const asked = Number(big);
  const ci = codeInfo(mem[f + FR_CODE]);
  if (asked < ci.firstlineno) valueError(`line ${asked} comes before the current code block`);
  const stacks = markStacks(ci);
  const lines = lineStarts(ci, stacks);
  let line = Infinity;
  for (const l of lines) if (l >= asked && l < line) line = l;
  if (line === Infinity) valueError(`line ${asked} comes after the current code block`);
  const start = stacks[pc];
  let best = OVERFLOWED;
  let bestPc = -1;
  let err = -1;
  let msg = 'cannot find bytecode for specified line';
  for (let i = 0; i < lines.length; i++) {
    if (lines[i] !== line) continue;
    const target = stacks[i];
    if (compatibleStack(start, target)) {
      err = 0;
      if (target > best) {
        best = target;
        bestPc = i;
      }
    } else if (err < 0) {
      if (start === OVERFLOWED) msg = 'stack to deep to analyze';
      else if (start === UNINITIALIZED) msg = "can't jump from unreachable code";
      else {
        msg = explainIncompatible(target);
        err = 1;
      }
    }
  }
  if (err !== 0) valueError(msg);
  const pops: bigint[] = [];
  for (let s = start; s > best; s = pop(s)) pops.push(top(s));
  return { target: bestPc, pops };
}

/** Applies a planned jump to frame f (its sp saved in it): pops the values above the target's
 *  stack (an except block's saved exception restored, as POP_EXCEPT) and returns the target pc. */
export function applyJump(f: number, j: Jump): number {
  const ci = codeInfo(mem[f + FR_CODE]);
  const base = f + FR_LOCALSPLUS + ci.nlocalsplus;
  let sp = f + (mem[f + FR_SP] >> 1);
  for (const kind of j.pops) {
    if (sp <= base) break;
    const v = mem[--sp];
    if (kind === EXCEPT) restoreExcInfo(f, v);
    mem[sp] = 0;
  }
  mem[f + FR_SP] = ((sp - f) << 1) | 1;
  return j.target;
}
