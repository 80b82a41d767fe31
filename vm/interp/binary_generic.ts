// BINARY_OP's generic path (after run()'s tagged add/subtract and binaryFast gave no result, and
// no Python dunder of a's class ran as a frame): the protocol's binaryOp/inplaceOp, except that a
// zero divisor of exact numbers is soft-raised (runtime/soft_raise.ts) instead of thrown by the
// int or float slot: `x / 0` caught in a loop cost ~2.2 µs, nearly all of it V8 unwinding a JS
// throw (CPython 0.17 µs). The messages are the slots' own (objects/int.ts intBinary and
// intTrueDiv, objects/float.ts floatSlot), chosen as CPython chooses the slot: a float on either
// side makes it float's. The TypeError of operands that do not support the operation is
// soft-raised as well (protocol.ts binaryOrInplaceSoft: `x + y` caught cost ~2.5 µs).
import { f64, mem } from '../../stmgc/heap';
import { L_FLOAT, L_LIST } from '../runtime/layouts';
import { T, K, typeOf } from '../runtime/types';
import { softConstError } from '../runtime/soft_raise';
import { binaryOrInplaceSoft } from '../runtime/protocol';
import { listConcat } from '../objects/seq_concat';

/** a op b for BINARY_OP's arg (13 and up: the in-place forms); 0 when it soft-raised. */
export function binaryGeneric(a: number, b: number, arg: number): number {
  // `x + y` of two exact lists (nqueens' `items[:i] + items[i + 1:]`): list's own nb_add at once,
  // without the slot lookups (no subclass on either side, so no reflected operand goes first);
  // `+=` (13) is list's in-place extend, left to the protocol
  if (arg === 0 && isExactList(a) && isExactList(b)) return listConcat(a, b);
  const op = arg >= 13 ? arg - 13 : arg;
  if ((op === 11 || op === 2 || op === 6) && isZero(b)) {
    const msg = zeroDivisionMessage(a, b, op);
    if (msg !== null) return softConstError(T.ZeroDivisionError, msg);
  }
  return binaryOrInplaceSoft(a, b, op, arg >= 13); // (an unsupported operand's TypeError soft-raised too)
}

function isExactList(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_LIST && mem[v + 2] === T.list;
}

/** b is a zero of int, bool or float (exact types: a subclass may define its own dunders). */
function isZero(b: number): boolean {
  if (b === 1 || b === K.False) return true; // (tagged 0)
  return (b & 1) === 0 && (mem[b] & 0x7ff) === L_FLOAT && typeOf(b) === T.float && f64[(b + 2) >> 1] === 0;
}

/** The ZeroDivisionError message of `a op 0` when a is an exact int, bool or float; else null
 *  (the protocol decides: a's class may have its own __truediv__). */
function zeroDivisionMessage(a: number, b: number, op: number): string | null {
  let isFloat: boolean;
  if ((a & 1) === 1) isFloat = false;
  else {
    const t = typeOf(a);
    if (t === T.float) isFloat = true;
    else if (t === T.int || t === T.bool) isFloat = false;
    else return null;
  }
  if ((b & 1) === 0 && b !== K.False) isFloat = true; // (a float zero)
  if (isFloat) return op === 11 ? 'float division by zero' : op === 2 ? 'float floor division by zero' : 'float modulo';
  return op === 11 ? 'division by zero' : op === 2 ? 'integer division or modulo by zero' : 'integer modulo by zero';
}
