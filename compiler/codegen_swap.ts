// `a, b = x, y` as CPython 3.11's peephole leaves it: no tuple is built and unpacked. CPython's
// optimize_basic_block turns BUILD_TUPLE n; UNPACK_SEQUENCE n into NOP; SWAP n (n = 2, 3) or
// NOP; NOP (n = 1), apply_static_swaps then replaces a SWAP followed by stores to fast locals on
// one line by the stores in swapped order (`a, b = x, y` is LOAD x, LOAD y, STORE b, STORE a),
// and clean_basic_block drops the NOPs whose line an instruction beside them shows. codegen's
// Assign of one target calls tupleSwap, which emits that final form directly (the tuple is the
// only thing that goes: evaluation order, targets, positions and errors are as before; a tuple
// of constants was folded by ast_opt already and is not a Tuple here).
import type * as A from './ast';
import type { Instr } from './assemble';
import type { OpName } from '../vm/opcodes';

/** What tupleSwap needs of codegen's unit. */
interface SwapUnit {
  readonly instrs: Instr[];
  loc: A.Located | null;
  emit(op: OpName, arg?: number): void;
}

/** The visitors of codegen (expression at its own position; assignment target). */
interface SwapVisitor {
  expr(e: A.Expr): void;
  target(t: A.Expr): void;
}

function lineOf(ins: Instr | undefined): number {
  const loc = ins === undefined ? null : ins.loc;
  return loc === null ? -1 : loc.lineno;
}

/** A store CPython's apply_static_swaps may reorder (SWAPPABLE: STORE_FAST, POP_TOP). */
function swappable(ins: Instr): boolean {
  return ins.op === 'STORE_FAST' || ins.op === 'POP_TOP';
}

/** The local a STORE_FAST writes, or -1 (STORES_TO). */
function storesTo(ins: Instr): number {
  return ins.op === 'STORE_FAST' ? (ins.arg as number) : -1;
}

/** next_swappable_instruction over instrs[from + 1 ..] (NOPs skipped; lineno >= 0: that line only). */
function nextSwappable(instrs: Instr[], i: number, lineno: number): number {
  while (++i < instrs.length) {
    const ins = instrs[i];
    if (lineno >= 0 && lineOf(ins) !== lineno) return -1;
    if (ins.op === 'NOP') continue;
    return swappable(ins) ? i : -1;
  }
  return -1;
}

/** apply_static_swaps for the one SWAP at `at`: true when it became a NOP (its stores exchanged). */
function staticSwap(instrs: Instr[], at: number): boolean {
  const j = nextSwappable(instrs, at, -1);
  if (j < 0) return false;
  let k = j;
  const lineno = lineOf(instrs[j]);
  for (let count = (instrs[at].arg as number) - 1; count > 0; count--) {
    k = nextSwappable(instrs, k, lineno);
    if (k < 0) return false;
  }
  // not when the two store to one local, or a store between them stores to either (3.11.7 too)
  const sj = storesTo(instrs[j]);
  const sk = storesTo(instrs[k]);
  if (sj >= 0 || sk >= 0) {
    if (sj === sk) return false;
    for (let i = j + 1; i < k; i++) {
      const si = storesTo(instrs[i]);
      if (si >= 0 && (si === sj || si === sk)) return false;
    }
  }
  const t = instrs[j];
  instrs[j] = instrs[k];
  instrs[k] = t;
  instrs[at] = { ...instrs[at], op: 'NOP', arg: 0 };
  return true;
}

/**
 * Compiles `target = value` without a tuple when value is a tuple display and target a tuple or
 * list of the same length 1-3, none starred (for length 1 the target a name); false (nothing
 * emitted) otherwise.
 */
export function tupleSwap(v: SwapVisitor, u: SwapUnit, value: A.Expr, target: A.Expr): boolean {
  if (value.nodeType !== 'Tuple' || value.ctx !== 'Load') return false;
  if ((target.nodeType !== 'Tuple' && target.nodeType !== 'List') || target.ctx !== 'Store') return false;
  const n = value.elts.length;
  if (n < 1 || n > 3 || target.elts.length !== n) return false;
  if (value.elts.some((e) => e.nodeType === 'Starred') || target.elts.some((e) => e.nodeType === 'Starred')) return false;
  if (n === 1 && target.elts[0].nodeType !== 'Name') return false;
  const instrs = u.instrs;
  const saved = u.loc;
  // the value's elements, each at its own position (as codegen's Tuple)
  u.loc = value;
  for (const e of value.elts) v.expr(e);
  // clean_basic_block's rule: a NOP goes when the instruction kept before it or the one after it
  // shows its line (always, but for a tuple or target on a line of its own). The NOPs are dropped
  // at once or after stores only, so no label bound meanwhile points past them
  let prev = lineOf(instrs[instrs.length - 1]);
  const tupleLine = value.lineno;
  if (tupleLine === prev || tupleLine === target.lineno) prev = tupleLine;
  else u.emit('NOP'); // BUILD_TUPLE's (at the tuple)
  u.loc = target;
  const at = instrs.length;
  u.emit(n === 1 ? 'NOP' : 'SWAP', n === 1 ? 0 : n); // UNPACK_SEQUENCE's (at the target)
  u.loc = saved;
  for (const e of target.elts) v.target(e);
  // a NOP now when its stores were exchanged (or n = 1): then only STORE_FASTs follow it
  if (n === 1 || staticSwap(instrs, at)) {
    if (target.lineno === prev || lineOf(instrs[at + 1]) === target.lineno) instrs.splice(at, 1);
  }
  return true;
}
