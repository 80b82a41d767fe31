// sin, cos and tan for cmath and complex ** in the shape cmath_core.ts uses (sincos() leaving
// SIN and COS): libm_trig.ts's, glibc 2.36's algorithms (what CPython prints); V8's
// Math.sin/cos/tan differ in the last bit for ~3% of arguments.
import { cos, sin, tan } from './libm_trig';

export let SIN = 0;
export let COS = 0;

/** SIN = sin(x), COS = cos(x). */
export function sincos(x: number): void {
  SIN = sin(x);
  COS = cos(x);
}

export { sin, cos, tan };
