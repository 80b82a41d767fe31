// Instances of user subclasses of immutable builtins (class MyInt(int), class P(tuple), ...):
// L_BOXED objects [class, __dict__, value], where value is an object of the builtin base. The
// builtin's methods see through the box with unbox(), so `MyInt(3) + 1` works as for int.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_BOXED } from '../runtime/layouts';

export const BX_VALUE = 4;

export function newBoxed(cls: number, value: number): number {
  const r = alloc(L_BOXED, 3, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + BX_VALUE] = value;
  return r;
}

/** The builtin value inside a boxed subclass instance, or v itself. */
export function unbox(v: number): number {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_BOXED ? mem[v + BX_VALUE] : v;
}
