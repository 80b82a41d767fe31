// float, the representation: payload [value (f64)]; immutable. Subclass instances are L_BOXED
// objects wrapping a float (see floatOf in float.ts).
import { f64 } from '../../stmgc/heap';
import { alloc } from '../runtime/alloc';
import { L_FLOAT } from '../runtime/layouts';

export function newFloat(x: number): number {
  const r = alloc(L_FLOAT, 2, 0);
  f64[(r + 2) >> 1] = x;
  return r;
}

export function floatValue(r: number): number {
  return f64[(r + 2) >> 1];
}
