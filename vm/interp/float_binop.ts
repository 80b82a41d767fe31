// BINARY_OP's float arithmetic without the protocol, for loop.ts's binaryFast: two exact floats,
// or an exact float with a tagged int (|int| < 2^30: exact as a double, as CPython converts it),
// for + - * / and **, with the results CPython's float slots give (float.ts floatSlot/floatPow;
// anything they would raise or hand to another slot returns 0 here: the caller then takes the
// protocol). And the fused pair of quicken.ts's Q_BINARY_OP_PAIR: a BINARY_OP whose result is
// the right operand of the BINARY_OP right after it (`x + y * z`, `a[i] -= dx * m`,
// `d * d ** 0.5`): when both are float arithmetic the first result is never allocated (it would
// be garbage the moment the second op popped it: nothing else can see it) and the second
// instruction is done here too (`pairDone`). vm/NOTES.md "h21-float".
import { mem } from '../../stmgc/heap';
import { L_FLOAT } from '../runtime/layouts';
import { floatValue, newFloat } from '../objects/float_core';
import { floatPow } from '../objects/float';
import { cPowPositive } from '../objects/float_libm';

/** 1 after a floatBinary that also did the next instruction (the pair's second BINARY_OP), else 0
 *  (set by every floatBinary; run() reads it after binaryFast, which clears it first). */
export let pairDone = 0;
/** binaryFast's reset of pairDone (an ES module's binding is written by its own module only). */
export function clearPair(): void { pairDone = 0; }

/**
 * x op y for BINARY_OP's op (the in-place ones folded: float has no in-place slots), x and y the
 * values of exact floats or tagged ints, at least one a float. `next` is the word of the BINARY_OP
 * that follows when the two are a fused pair (else 0) and `below` the operand under x on the
 * stack: that instruction's left operand. The result object, or 0 for the protocol's way (a zero
 * divisor, `**` overflowing or needing C99's special cases, another operator).
 */
export function floatBinary(op: number, x: number, y: number, next: number, below: number): number {
  let v: number;
  switch (op) {
    case 0: v = x + y; break;
    case 10: v = x - y; break;
    case 5: v = x * y; break;
    case 11:
      if (y === 0) return 0; // ZeroDivisionError('float division by zero') from the slot
      v = x / y;
      break;
    case 8:
      // float_pow: a positive finite base and a finite exponent are C's pow and nothing else;
      // an infinite result there is its OverflowError (the slot raises it). The rest (zeros,
      // negative bases, inf, nan) through floatPow, which allocates its own result
      if (!(x > 0 && x < Infinity && y - y === 0)) return floatPow(x, y);
      v = cPowPositive(x, y);
      if (v === Infinity) return 0;
      break;
    default: return 0;
  }
  if (next !== 0) {
    const r = pairSecond(next >>> 8, below, v);
    if (r !== 0) {
      pairDone = 1;
      return r;
    }
  }
  return newFloat(v);
}

/** The pair's second BINARY_OP (operand `arg`): `below op v`, v the first one's (float) result;
 *  0 when it is not float arithmetic done here (the first result is then allocated and pushed,
 *  and the second instruction runs by itself). */
function pairSecond(arg: number, below: number, v: number): number {
  let x: number;
  if ((below & 1) === 1) x = below >> 1;
  else if ((mem[below] & 0x7ff) === L_FLOAT) x = floatValue(below);
  else return 0;
  switch (arg - (arg >= 13 ? 13 : 0)) {
    case 0: return newFloat(x + v);
    case 10: return newFloat(x - v);
    case 5: return newFloat(x * v);
    case 11: return v === 0 ? 0 : newFloat(x / v);
    default: return 0;
  }
}
