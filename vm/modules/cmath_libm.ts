// hypot, atan2, cosh, sinh and asinh for cmath and complex, as glibc computes them (what CPython
// prints): V8's Math.hypot/atan2/cosh/... differ in the last bit for 3-37% of arguments, which
// shows in repr(cmath.polar(z)) and every function built on them. hypot is glibc 2.36's
// (sysdeps/ieee754/dbl-64/e_hypot.c, Borges's corrected sqrt(x^2 + y^2), built without FMA:
// checked against libm.so.6 on 4*10^6 pairs, 0 differences); math.hypot is CPython's own
// vector_norm (math_norm.ts), not this. The others are libm_atan.ts and libm_glibc.ts.

/** e_hypot.c's kernel: ax >= ay >= 0, their squares and (ax - ay)^2 in range. */
function kernel(ax: number, ay: number): number {
  let h = Math.sqrt(ax * ax + ay * ay);
  let t1: number, t2: number;
  if (h <= 2 * ay) {
    const delta = h - ay;
    t1 = ax * (2 * delta - ax);
    t2 = (delta - 2 * (ax - ay)) * delta;
  } else {
    const delta = h - ax;
    t1 = 2 * delta * (ax - 2 * ay);
    t2 = (4 * delta - ay) * ay + delta * delta;
  }
  h -= (t1 + t2) / (2 * h);
  return h;
}

const SCALE = 2 ** -600, LARGE_VAL = 2 ** 511, TINY_VAL = 2 ** -459, EPS = 2 ** -54;

/** C's hypot(x, y) (inf if either is infinite, even with a nan). */
export function hypot(x: number, y: number): number {
  if (!Number.isFinite(x) || !Number.isFinite(y)) {
    return x === Infinity || x === -Infinity || y === Infinity || y === -Infinity ? Infinity : x + y;
  }
  x = Math.abs(x);
  y = Math.abs(y);
  const ax = x < y ? y : x;
  const ay = x < y ? x : y;
  if (ax > LARGE_VAL) {
    if (ay <= ax * EPS) return ax + ay;
    return kernel(ax * SCALE, ay * SCALE) / SCALE;
  }
  if (ay < TINY_VAL) {
    if (ax >= ay / EPS) return ax + ay;
    return kernel(ax / SCALE, ay / SCALE) * SCALE;
  }
  if (ay <= ax * EPS) return ax + ay;
  return kernel(ax, ay);
}

export { atan2 } from './libm_atan';
export { cosh, sinh, asinh } from './libm_glibc';
