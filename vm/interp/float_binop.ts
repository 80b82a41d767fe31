// BINARY_OP's float arithmetic without the protocol, for loop.ts's binaryFast: two exact floats,
// or an exact float with a tagged int (|int| < 2^30: exact as a double, as CPython converts it),
// for + - * / and **, with the results CPython's float slots give (float.ts floatSlot/floatPow;
// anything they would raise or hand to another slot returns 0 here: the caller then takes the
// protocol). And the fused pair of quicken.ts's Q_BINARY_OP_PAIR: a BINARY_OP whose result is
// the right operand of the BINARY_OP right after it (`x + y * z`, `a[i] -= dx * m`,
// `d * d ** 0.5`): when both are float arithmetic the first result is never allocated (it would
// be garbage the moment the second op popped it: nothing else can see it) and the second
// instruction is done here too (the result is then returned negated). vm/NOTES.md "h21-float".
import { f64, mem } from '../../stmgc/heap';
import { L_FLOAT } from '../runtime/layouts';
import { alloc } from '../runtime/alloc';
import { floatPow } from '../objects/float';
import { cPowPositive } from '../objects/float_libm';
import { unaryOp } from '../runtime/protocol';

/**
 * a op b for BINARY_OP's op (the in-place ones folded: float has no in-place slots), a and b
 * exact floats or tagged ints, at least one a float. `next` is the word of the BINARY_OP that
 * follows when the two are a fused pair (else 0) and `below` the operand under a on the stack:
 * that instruction's left operand. The result object, or 0 for the protocol's way (a zero
 * divisor, `**` overflowing, another operator); a pair's result negated (run() then steps over
 * the second instruction). Small, so that V8 inlines it into binaryFast and run() (the pair and
 * `**` are calls), and no double crosses a call: the operands are read from the heap, the
 * result written there, a value handed on goes through SCRATCH (a call V8 leaves out of line
 * boxes every double argument and result in a HeapNumber; vm/NOTES.md "h21-float").
 */
export function floatBinary(op: number, a: number, b: number, next: number, below: number): number {
  const x = (a & 1) === 1 ? a >> 1 : f64[(a + 2) >> 1];
  const y = (b & 1) === 1 ? b >> 1 : f64[(b + 2) >> 1];
  let v: number;
  if (op === 5) v = x * y;
  else if (op === 0) v = x + y;
  else if (op === 10) v = x - y;
  else if (op === 11 && y !== 0) v = x / y;
  else return op === 8 ? floatPower(a, b, next, below) : 0; // (a zero divisor: the slot's ZeroDivisionError)
  if (next !== 0) {
    SCRATCH[0] = v;
    const r = pairSecond(next, below);
    if (r !== 0) return r;
  }
  const r = alloc(L_FLOAT, 2, 0);
  f64[(r + 2) >> 1] = v;
  return r;
}

/** A first result handed to pairSecond/floatPower's pair without boxing it. */
const SCRATCH = new Float64Array(1);

/** a ** b as float_pow: a positive finite base and a finite exponent are C's pow and nothing
 *  else (an infinite result is its OverflowError: 0, the slot raises it); the rest (zeros,
 *  negative bases, inf, nan) through floatPow, which allocates its result or raises. */
function floatPower(a: number, b: number, next: number, below: number): number {
  const x = (a & 1) === 1 ? a >> 1 : f64[(a + 2) >> 1];
  const y = (b & 1) === 1 ? b >> 1 : f64[(b + 2) >> 1];
  if (!(x > 0 && x < Infinity && y - y === 0)) return floatPow(x, y);
  const v = cPowPositive(x, y);
  if (v === Infinity) return 0;
  if (next !== 0) {
    SCRATCH[0] = v;
    const r = pairSecond(next, below);
    if (r !== 0) return r;
  }
  const r = alloc(L_FLOAT, 2, 0);
  f64[(r + 2) >> 1] = v;
  return r;
}

/** The pair's second BINARY_OP (its word `next`): `below op2 v`, v the first result (in
 *  SCRATCH), when below is an exact float or a tagged int and op2 one of + - * / (a nonzero
 *  divisor): the result negated; else 0 (v is then allocated and pushed, and the second
 *  instruction runs by itself). */
function pairSecond(next: number, below: number): number {
  const isInt = (below & 1) === 1;
  if (!isInt && (mem[below] & 0x7ff) !== L_FLOAT) return 0;
  const c = isInt ? below >> 1 : f64[(below + 2) >> 1];
  const v = SCRATCH[0];
  const arg = next >>> 8;
  const op = arg - (arg >= 13 ? 13 : 0);
  let u: number;
  if (op === 0) u = c + v;
  else if (op === 10) u = c - v;
  else if (op === 5) u = c * v;
  else if (op === 11 && v !== 0) u = c / v;
  else return 0;
  const r = alloc(L_FLOAT, 2, 0);
  f64[(r + 2) >> 1] = u;
  return -r;
}

/** UNARY_NEGATIVE of anything but a tagged int (run() negates those): an exact float negated
 *  here (float_neg: the sign flipped, -0.0 and nan included), anything else through its slot. */
export function negative(v: number): number {
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_FLOAT) {
    const r = alloc(L_FLOAT, 2, 0);
    f64[(r + 2) >> 1] = -f64[(v + 2) >> 1];
    return r;
  }
  return unaryOp(v, 'neg');
}
