// Quickening: superinstructions for the dispatch loop, as CPython 3.11's LOAD_FAST__LOAD_FAST
// and COMPARE_OP_*_JUMP. Each worker's CodeInfo keeps, beside the code object's words (`words`,
// what the disassembler, --trace, generators and the JIT read), a copy `qwords` for run() in which
// the first word of a frequent pair is replaced by a fused opcode that does both instructions in
// one dispatch. The operand bits are unchanged and the second word is left as it was, so:
// - the fused handler reads its second operand from the next word (`words[pc] >>> 8`);
// - a jump to the second instruction simply runs it alone;
// - a fused handler that cannot finish the pair on its fast path does only the first
//   instruction (pc then points at the second one, which runs normally), so every exception,
//   traceback entry and line number is that of the unfused code.
// The opcodes are internal (never in vm/opcodes.ts or in a code object) and numbered right after
// its last opcode (102-116): run()'s switch then spans few enough values for V8 to dispatch it
// through a jump table (Ignition uses one only when max - min + 1 < 3 x the number of cases;
// with them at 200-211 it was a chain of compares, a binary search once optimized).
// spec/unit/vm_dispatch_table.test.ts checks both.
import { HAS_JUMP, OPCODES, OPNAMES, op } from '../opcodes';

/** COMPARE_OP then POP_JUMP_IF_FALSE/TRUE: ints and floats compare and branch, nothing pushed. */
export const Q_COMPARE_JUMP = 102;
/** LOAD_FAST a; LOAD_FAST b. */
export const Q_LOAD_FAST_LOAD_FAST = 103;
/** STORE_FAST a; LOAD_FAST b. */
export const Q_STORE_FAST_LOAD_FAST = 104;
/** LOAD_FAST obj; LOAD_ATTR name through the instance-attribute cache (a miss runs LOAD_ATTR). */
export const Q_LOAD_FAST_LOAD_ATTR = 105;
/** FOR_ITER then STORE_FAST: range and list iterators store the next item straight into the local. */
export const Q_FOR_ITER_STORE_FAST = 106;
/** LOAD_FAST obj; LOAD_METHOD name through the method cache (a miss runs LOAD_METHOD). */
export const Q_LOAD_FAST_LOAD_METHOD = 107;
/** LOAD_FAST obj; STORE_ATTR name through the store cache (a miss runs STORE_ATTR). */
export const Q_LOAD_FAST_STORE_ATTR = 108;
/** IS_OP then POP_JUMP_IF_FALSE/TRUE (`if x is None:`): compares the words and branches. */
export const Q_IS_JUMP = 109;
/** LOAD_CONST then RETURN_VALUE: the constant is returned without being pushed first. */
export const Q_LOAD_CONST_RETURN = 110;
/** JUMP_FORWARD to a RETURN_VALUE (`return a if c else b`, the end of an if/else whose branches
 *  fall into one return: CPython 3.11 copies such small exit blocks into the jump, pystm's
 *  compiler does not): returns at once, with pc past the RETURN_VALUE. Not a pair: the target
 *  word is another instruction, left as it is. */
export const Q_JUMP_RETURN = 111;
/** PUSH_NULL then LOAD_GLOBAL (every call of a global function, `g(x)`: CPython 3.11 does both in
 *  its LOAD_GLOBAL); the LOAD_GLOBAL's operand and cache entry are at pc. Shares LOAD_GLOBAL's case. */
export const Q_PUSH_NULL_LOAD_GLOBAL = 112;
/** LOAD_FAST then RETURN_VALUE (`return x`): the local is returned without being pushed first
 *  (an unbound local raises at the LOAD_FAST). Shares RETURN_VALUE's case. */
export const Q_LOAD_FAST_RETURN = 113;
/** BINARY_OP then BINARY_OP (`x + y * z`, `a[i] -= dx * m`): the second takes the first's result
 *  as its right operand; two float ops are done at once without allocating the first result
 *  (interp/float_binop.ts). Shares BINARY_OP's case; anything else does the first alone. */
export const Q_BINARY_OP_PAIR = 114;
/** FOR_ITER then UNPACK_SEQUENCE 2 (`for k, v in d.items():`): a dict's items, zip() of two and
 *  enumerate() push their two items without a tuple and step over the UNPACK_SEQUENCE
 *  (interp/for_pairs.ts); any other item is pushed as by FOR_ITER and the UNPACK_SEQUENCE runs
 *  alone. Shares FOR_ITER's case. */
export const Q_FOR_ITER_UNPACK = 115;
/** CONTAINS_OP then POP_JUMP_IF_FALSE/TRUE (`if n not in seen:`): tests and branches, nothing
 *  pushed. Shares CONTAINS_OP's case (an exact set's int or str key: objects/set_fast.ts). */
export const Q_CONTAINS_JUMP = 116;

/** BUILD_SLICE 2 then BINARY_SUBSCR (`a[i:j]`), a rare pair: run() never sees it in its switch.
 *  The BUILD_SLICE word becomes a NOP and the BINARY_SUBSCR word this opcode, which run()'s
 *  `default` takes out of line to rareOp with the object, start and stop on the stack: an exact
 *  list or tuple with None or small-int bounds is sliced there without a slice object or the
 *  subscript protocol (anything else makes the slice and subscripts it as the unfused pair).
 *  The NOP keeps every pc where it was; an exception is raised at the BINARY_SUBSCR's pc, as
 *  unfused. Not a `Q_` case of run() (spec/unit/vm_dispatch_table.test.ts). */
export const RQ_SLICE_SUBSCR = 117;
/** BUILD_SLICE 3 then BINARY_SUBSCR (`a[i:j:k]`), as RQ_SLICE_SUBSCR with the step on the stack:
 *  an exact list or tuple with None or small-int bounds and step is sliced without a slice object
 *  (interp/slice_ops.ts sliceStepped: fannkuch's `perm[first::-1]`). */
export const RQ_SLICE3_SUBSCR = 118;
/** BUILD_SLICE 2 then STORE_SUBSCR (`a[i:j] = b`), as RQ_SLICE_SUBSCR: [value, obj, start, stop]
 *  on the stack; an exact list with None or small-int bounds given a list or an exact tuple is
 *  assigned without a slice object or a JS array (interp/slice_ops.ts sliceStore). */
export const RQ_SLICE_STORE = 119;

// (the opcodes of the pairs, from the one table)
const JUMP_FORWARD = op('JUMP_FORWARD'), JUMP_BACKWARD = op('JUMP_BACKWARD'), COMPARE_OP = op('COMPARE_OP'), POP_JUMP_IF_FALSE = op('POP_JUMP_IF_FALSE');
const POP_JUMP_IF_TRUE = op('POP_JUMP_IF_TRUE'), LOAD_FAST = op('LOAD_FAST'), STORE_FAST = op('STORE_FAST');
const LOAD_ATTR = op('LOAD_ATTR'), FOR_ITER = op('FOR_ITER'), LOAD_METHOD = op('LOAD_METHOD'), STORE_ATTR = op('STORE_ATTR');
const CONTAINS_OP = op('CONTAINS_OP');
const IS_OP = op('IS_OP'), LOAD_CONST = op('LOAD_CONST'), RETURN_VALUE = op('RETURN_VALUE'), UNPACK_SEQUENCE = op('UNPACK_SEQUENCE');
const PUSH_NULL = op('PUSH_NULL'), LOAD_GLOBAL = op('LOAD_GLOBAL'), BINARY_OP = op('BINARY_OP');
const COPY = op('COPY');
const BUILD_SLICE = op('BUILD_SLICE'), BINARY_SUBSCR = op('BINARY_SUBSCR'), STORE_SUBSCR = op('STORE_SUBSCR'), NOP = op('NOP');

/** Whether the instruction at i is an attribute operation on the word a LOAD_FAST pushes (LOAD_ATTR,
 *  STORE_ATTR, LOAD_METHOD): then that LOAD_FAST is fused with it rather than with the LOAD_FAST
 *  or STORE_FAST before it (`c.a = i`, `x + self.a`: LOAD_FAST, LOAD_FAST, attr; `d = v.a; v.b`:
 *  STORE_FAST, LOAD_FAST, attr, where the STORE_FAST's pair ran the LOAD_FAST and left the attribute
 *  operation plain: deltablue's `v.constraints` in consumers_of, `c.satisfy(mark)`; the fused
 *  attribute instructions hit their caches inline, a plain one calls out of run(); same dispatch
 *  count). */
function takesObject(words: Int32Array, i: number): boolean {
  if (i >= words.length) return false;
  const o = words[i] & 0xff;
  return o === LOAD_ATTR || o === STORE_ATTR || o === LOAD_METHOD;
}

/** Where a JUMP_FORWARD at i lands in the end: its target, past any JUMP_FORWARDs it jumps to
 *  (a few steps at most: a chain of them is `if`s nested at the end of a block). */
function forwardTarget(words: Int32Array, i: number): number {
  let t = words[i] >>> 8;
  for (let n = 0; n < 8 && t < words.length && (words[t] & 0xff) === JUMP_FORWARD && words[t] >>> 8 > t; n++) t = words[t] >>> 8;
  return t;
}

/** Opcodes that jump (their operand an absolute word index). */
const JUMPS: Uint8Array = (() => {
  const t = new Uint8Array(256);
  for (const n of OPNAMES) if ((OPCODES[n].flags & HAS_JUMP) !== 0) t[OPCODES[n].code] = 1;
  return t;
})();

/** The words where some jump or exception handler (`exctable`: [start, end, target, depth,
 *  lasti] entries) goes on: 1 at each target (one pass, made once per quicken call that needs it). */
function jumpTargets(words: Int32Array, exctable: Int32Array): Uint8Array {
  const t = new Uint8Array(words.length);
  for (let j = 0; j < words.length; j++) {
    if (JUMPS[words[j] & 0xff] === 1 && words[j] >>> 8 < words.length) t[words[j] >>> 8] = 1;
  }
  for (let j = 2; j < exctable.length; j += 5) if (exctable[j] >= 0 && exctable[j] < words.length) t[exctable[j]] = 1;
  return t;
}

/** The quickened copy of `words` (the same array when nothing is fused); `exctable`: the code's
 *  exception table (its handlers' targets), as code objects keep it. */
export function quicken(words: Int32Array, exctable: Int32Array = new Int32Array(0)): Int32Array {
  let q: Int32Array | null = null;
  let targets: Uint8Array | null = null;
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const a = w & 0xff;
    const b = words[i + 1] & 0xff;
    let fused = 0;
    if (a === COPY && w >>> 8 === 1 && b === LOAD_ATTR && i > 0 && (words[i - 1] & 0xff) === LOAD_FAST && (targets ??= jumpTargets(words, exctable))[i] === 0) {
      // `o.x += v` (LOAD_FAST o; COPY 1; LOAD_ATTR x; ...; SWAP 2; STORE_ATTR x): the COPY
      // pushes the object the LOAD_FAST just pushed, which is the local's value, so the pair
      // COPY + LOAD_ATTR is Q_LOAD_FAST_LOAD_ATTR of that local (a whole-word rewrite, as the
      // jumps': the operand becomes the local's): the load hits inline, and the stack is the
      // unfused code's at every word, whichever words run next (a trace function set or cleared
      // by the expression switches run() between the two copies at the same index). Not when
      // the COPY is a jump or handler target (its top of stack may then be another object);
      // the LOAD_FAST before it raised already if the local was unbound (richards' `self.count
      // -= 1`, `cur.state |= HELD`)
      if (q === null) q = words.slice();
      q[i] = (words[i - 1] & ~0xff) | Q_LOAD_FAST_LOAD_ATTR;
      continue;
    }
    if (a === JUMP_FORWARD) {
      // jump threading (CPython 3.11 copies the loop's back jump, a small exit block without a
      // line number, into each jump to it: `if c: x += 1` at the end of a loop body): a forward
      // jump to a JUMP_BACKWARD becomes that JUMP_BACKWARD (its safe point, its tick: one per
      // iteration as before; a signal is then reported at this jump's line, as CPython's copy
      // is), one to a RETURN_VALUE a Q_JUMP_RETURN, one to a chain of JUMP_FORWARDs a jump to
      // its end. A whole-word rewrite, not a pair: the word's operand changes (only run() reads
      // qwords; --trace, the disassembler and the JIT read `words`)
      const t = forwardTarget(words, i);
      const to = t < words.length ? words[t] & 0xff : -1;
      let nw = w;
      if (to === JUMP_BACKWARD) nw = words[t];
      else if (to === RETURN_VALUE) nw = (t << 8) | Q_JUMP_RETURN;
      else if (t !== w >>> 8) nw = (t << 8) | JUMP_FORWARD;
      if (nw !== w) {
        if (q === null) q = words.slice();
        q[i] = nw;
      }
      continue;
    }
    if (a === BUILD_SLICE && ((w >>> 8 === 2 && (b === BINARY_SUBSCR || b === STORE_SUBSCR)) || (w >>> 8 === 3 && b === BINARY_SUBSCR))) {
      // (a whole-pair rewrite: see RQ_SLICE_SUBSCR; no pair rule takes either word as its other)
      if (q === null) q = words.slice();
      q[i] = (w & ~0xff) | NOP;
      q[i + 1] = (words[i + 1] & ~0xff) | (b === STORE_SUBSCR ? RQ_SLICE_STORE : w >>> 8 === 3 ? RQ_SLICE3_SUBSCR : RQ_SLICE_SUBSCR);
      i++;
      continue;
    }
    if (a === COMPARE_OP && (b === POP_JUMP_IF_FALSE || b === POP_JUMP_IF_TRUE)) fused = Q_COMPARE_JUMP;
    else if (a === LOAD_FAST && b === LOAD_FAST && !takesObject(words, i + 2)) fused = Q_LOAD_FAST_LOAD_FAST;
    else if (a === STORE_FAST && b === LOAD_FAST && !takesObject(words, i + 2)) fused = Q_STORE_FAST_LOAD_FAST;
    else if (a === LOAD_FAST && b === LOAD_ATTR) fused = Q_LOAD_FAST_LOAD_ATTR;
    else if (a === FOR_ITER && b === STORE_FAST) fused = Q_FOR_ITER_STORE_FAST;
    else if (a === FOR_ITER && b === UNPACK_SEQUENCE && words[i + 1] >>> 8 === 2) fused = Q_FOR_ITER_UNPACK;
    else if (a === LOAD_FAST && b === LOAD_METHOD) fused = Q_LOAD_FAST_LOAD_METHOD;
    else if (a === LOAD_FAST && b === STORE_ATTR) fused = Q_LOAD_FAST_STORE_ATTR;
    else if (a === IS_OP && (b === POP_JUMP_IF_FALSE || b === POP_JUMP_IF_TRUE)) fused = Q_IS_JUMP;
    else if (a === CONTAINS_OP && (b === POP_JUMP_IF_FALSE || b === POP_JUMP_IF_TRUE)) fused = Q_CONTAINS_JUMP;
    else if (a === LOAD_CONST && b === RETURN_VALUE) fused = Q_LOAD_CONST_RETURN;
    else if (a === PUSH_NULL && b === LOAD_GLOBAL) fused = Q_PUSH_NULL_LOAD_GLOBAL;
    else if (a === LOAD_FAST && b === RETURN_VALUE) fused = Q_LOAD_FAST_RETURN;
    else if (a === BINARY_OP && b === BINARY_OP) fused = Q_BINARY_OP_PAIR;
    if (fused === 0) continue;
    if (q === null) q = words.slice();
    q[i] = (w & ~0xff) | fused;
  }
  return q ?? words;
}
