// hypot, atan2, cosh, sinh and asinh for cmath and complex, as glibc computes them (what CPython
// prints): V8's Math.hypot/atan2/cosh/... differ in the last bit for 3-37% of arguments, which
// shows in repr(cmath.polar(z)) and every function built on them. hypot is math_norm.ts's
// correctly rounded norm (C99's hypot(inf, nan) = inf included); the others are the shared
// libm_trig.ts and libm_glibc.ts.
import { vectorNorm } from './math_norm';

export function hypot(x: number, y: number): number {
  const a = Math.abs(x);
  const b = Math.abs(y);
  if (a === Infinity || b === Infinity) return Infinity;
  return vectorNorm([a, b], Math.max(a, b), Number.isNaN(a) || Number.isNaN(b));
}

export { atan2 } from './libm_trig';
export { cosh, sinh, asinh } from './libm_glibc';
