// The math module: CPython's functions on floats and ints, with its argument checking (METH_O
// "math.f() takes exactly one argument", Argument Clinic "f expected 2 arguments"), its
// PyFloat_AsDouble conversion ("must be real number, not str") and its domain and range
// errors (math_1: a nan from a non-nan is "math domain error", an inf from a finite value is
// "math range error" or a domain error). The libm functions are glibc 2.36's algorithms, whose
// last digits CPython prints (float_libm.ts, libm_trig.ts, libm_glibc.ts; vm/NOTES.md "h19-libm").
import { K, T, typeOf } from '../runtime/types';
import { raise, typeError, valueError, overflowError } from '../runtime/errors';
import { iterToArray, binaryOp, index, callSpecial, names as N, tname, truthy, richCompare } from '../runtime/protocol';
import { newFloat } from '../objects/float_core';
import { floatOf } from '../objects/float';
import { intValue, floatToInt } from '../objects/int';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { newTuple } from '../objects/tuple_core';
import { defineBuiltin, bindArgs, noKeywords, markFloat1, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern } from '../objects/str_core';
import { typeInfo } from '../objects/type_core';
import { floatAsDouble } from '../objects/float_as_double';
import { cExp, cLog, cLog10, cLog1p, cLog2, cPow } from '../objects/float_libm';
import { glibcExpm1, glibcTanh } from '../objects/glibc_expm1';
import { glibcExp2 } from '../objects/glibc_exp';
import * as libm from './libm_trig';
import * as glibc from './libm_glibc';
import { vectorNorm } from './math_norm';
import { lgammaC, tgammaC } from './math_special';
import { erfC, erfcC } from './math_erf';

/** CPython's vector_norm of absolute values (math.hypot, math.dist). */
function norm(xs: number[]): number {
  let max = 0;
  let foundNaN = false;
  for (const x of xs) {
    if (Number.isNaN(x)) foundNaN = true;
    else if (x > max) max = x;
  }
  return vectorNorm(xs, max, foundNaN);
}

const num = floatAsDouble;

/** PyNumber_Index for the integer functions. */
function intArg(v: number): bigint {
  const i = intValue(v);
  if (i !== null) return i;
  return intValue(index(v))!;
}

function domain(): never { return valueError('math domain error'); }
function range(): never { return overflowError('math range error'); }

function meth1(name: string, a: number[]): void {
  if (a.length !== 1) typeError(`math.${name}() takes exactly one argument (${a.length} given)`);
}
function clinic(name: string, a: number[], n: number): void {
  if (a.length !== n) typeError(`${name} expected ${n} arguments, got ${a.length}`);
}

/** math_1: a one-argument libm function with CPython's error rules. */
function f1(name: string, fn: (x: number) => number, canOverflow: boolean): BuiltinImpl {
  // (marked: CALL computes a finite result of one float or int argument without this closure)
  return markFloat1((a) => {
    meth1(name, a);
    const x = num(a[0]);
    const r = fn(x);
    if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    if (!Number.isFinite(r) && !Number.isNaN(r) && Number.isFinite(x)) {
      if (canOverflow) range();
      domain();
    }
    return newFloat(r);
  }, fn);
}

/** math_1a (gamma, lgamma): the function reports its own errors. */
function f1a(name: string, fn: (x: number) => number): BuiltinImpl {
  return (a) => {
    meth1(name, a);
    return newFloat(fn(num(a[0])));
  };
}

const DEG_TO_RAD = Math.PI / 180;
const RAD_TO_DEG = 180 / Math.PI;

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  // A float guess only while Number(n) is finite and close; above 2**104 start from a power of
  // two above the root (Number(n) is Infinity past 2**1024).
  const x0 = n > 1n << 104n ? 1n << BigInt((n.toString(2).length + 1) >> 1)
    : BigInt(Math.floor(Math.sqrt(Number(n))));
  let x = x0;
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** Shewchuk's exact summation, as CPython's math.fsum (msum). */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (const xsave of xs) {
    let x = xsave;
    let i = 0;
    for (let j = 0; j < partials.length; j++) {
      let y = partials[j];
      if (Math.abs(x) < Math.abs(y)) {
        const t = x;
        x = y;
        y = t;
      }
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    if (x !== 0) {
      if (!Number.isFinite(x)) {
        if (Number.isFinite(xsave)) overflowError('intermediate overflow in fsum');
        if (!Number.isNaN(xsave)) infSum += xsave;
        special += xsave;
        partials.length = 0;
      } else partials.push(x);
    }
  }
  if (special !== 0 || Number.isNaN(special)) {
    if (Number.isNaN(infSum)) valueError('-inf + inf in fsum');
    return special;
  }
  let n = partials.length;
  let hi = 0;
  if (n > 0) {
    hi = partials[--n];
    let lo = 0;
    while (n > 0) {
      const x = hi;
      const y = partials[--n];
      hi = x + y;
      const yr = hi - x;
      lo = y - yr;
      if (lo !== 0) break;
    }
    if (n > 0 && ((lo < 0 && partials[n - 1] < 0) || (lo > 0 && partials[n - 1] > 0))) {
      const y = lo * 2;
      const x = hi + y;
      const yr = x - hi;
      if (y === yr) hi = x;
    }
  }
  return hi;
}

function isOdd(w: number): boolean { return Number.isInteger(w) && Math.abs(w % 2) === 1; }

/** C's fmod with CPython's math.fmod special cases. */
function fmodC(x: number, y: number): number {
  if (!Number.isFinite(y) && Number.isFinite(x)) return Number.isNaN(y) ? y : x;
  return x % y;
}

function remainderC(x: number, y: number): number {
  if (Number.isFinite(x) && Number.isFinite(y)) {
    if (y === 0) return NaN;
    const ax = Math.abs(x);
    const ay = Math.abs(y);
    const m = ax % ay;
    const c = ay - m;
    let r: number;
    if (m < c) r = m;
    else if (m > c) r = -c;
    else r = m - 2 * ((0.5 * (ax - m)) % ay);
    return (x < 0 || Object.is(x, -0) ? -1 : 1) * r;
  }
  if (Number.isNaN(x)) return x;
  if (Number.isNaN(y)) return y;
  if (!Number.isFinite(x)) return NaN;
  return x;
}

function frexpC(x: number): [number, number] {
  if (x === 0 || !Number.isFinite(x)) return [x, 0];
  let e = 0;
  let m = Math.abs(x);
  if (m < 2.2250738585072014e-308) {
    m *= 2 ** 54;
    e = -54;
  }
  const b = Math.floor(Math.log2(m));
  let k = b + 1;
  let f = m * 2 ** -k;
  if (f >= 1) { f /= 2; k++; }
  if (f < 0.5) { f *= 2; k--; }
  return [x < 0 ? -f : f, e + k];
}

function ldexpC(x: number, e: number): number {
  if (x === 0 || !Number.isFinite(x)) return x;
  const [m, ex] = frexpC(x);
  const t = ex + e;
  if (t > 1024) return x > 0 ? Infinity : -Infinity;
  if (t < -1080) return x > 0 ? 0 : -0;
  if (t >= -1021) return m * 2 * 2 ** (t - 1); // (m * 2 ** (t - 1) would pass through the subnormals at t = -1021)
  return m * 2 ** (t + 60) * 2 ** -60; // one rounding, into the subnormals
}

/** m_log and friends: errors through math_1's rules (log(0) is a domain error). */
function logOf(v: number, fn: (x: number) => number, fname: string): number {
  const i = intValue(v);
  if (i !== null) {
    if (i <= 0n) domain();
    const x = Number(i);
    if (Number.isFinite(x)) return fn(x);
    // too big for a float: log(m * 2**e) = log(m) + log(2) * e with m in [0.5, 1)
    const bits = i.toString(16).length * 4;
    let f = Number(i >> BigInt(bits - 64)) / 2 ** 64;
    let e = bits;
    while (f < 0.5) { f *= 2; e--; }
    if (f === 1) { f = 0.5; e++; }
    void fname;
    return fn(f) + fn(2) * e;
  }
  const x = num(v);
  if (Number.isNaN(x)) return x;
  if (x <= 0) domain();
  if (!Number.isFinite(x)) return x;
  return fn(x);
}

export function makeMathModule(): number {
  const m = newModule('math');
  const fn = (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
  moduleSet(m, 'pi', newFloat(Math.PI));
  moduleSet(m, 'e', newFloat(Math.E));
  moduleSet(m, 'tau', newFloat(2 * Math.PI));
  moduleSet(m, 'inf', newFloat(Infinity));
  moduleSet(m, 'nan', newFloat(NaN));
  fn('sqrt', f1('sqrt', Math.sqrt, false));
  fn('exp', f1('exp', cExp, true));
  fn('exp2', f1('exp2', glibcExp2, true));
  fn('expm1', f1('expm1', glibcExpm1, true));
  fn('log1p', f1('log1p', cLog1p, false));
  fn('cbrt', f1('cbrt', glibc.cbrt, false));
  fn('sin', f1('sin', libm.sin, false));
  fn('cos', f1('cos', libm.cos, false));
  fn('tan', f1('tan', libm.tan, false));
  fn('asin', f1('asin', libm.asin, false));
  fn('acos', f1('acos', libm.acos, false));
  fn('atan', f1('atan', libm.atan, false));
  fn('sinh', f1('sinh', glibc.sinh, true));
  fn('cosh', f1('cosh', glibc.cosh, true));
  fn('tanh', f1('tanh', glibcTanh, false));
  fn('asinh', f1('asinh', glibc.asinh, false));
  fn('acosh', f1('acosh', glibc.acosh, false));
  fn('atanh', f1('atanh', glibc.atanh, false));
  fn('fabs', f1('fabs', Math.abs, false));
  fn('erf', f1('erf', erfC, false));
  fn('erfc', f1('erfc', erfcC, false));
  fn('gamma', f1a('gamma', tgammaC));
  fn('lgamma', f1a('lgamma', lgammaC));
  // math_degrees/math_radians in CPython return x * factor unchecked: degrees(1e308) is inf
  fn('degrees', (a) => { meth1('degrees', a); return newFloat(num(a[0]) * RAD_TO_DEG); });
  fn('radians', (a) => { meth1('radians', a); return newFloat(num(a[0]) * DEG_TO_RAD); });
  fn('log2', (a) => { meth1('log2', a); return newFloat(logOf(a[0], cLog2, 'log2')); });
  fn('log10', (a) => { meth1('log10', a); return newFloat(logOf(a[0], cLog10, 'log10')); });
  fn('log', (a) => {
    if (a.length < 1 || a.length > 2) typeError('math.log requires 1 to 2 arguments');
    const r = logOf(a[0], cLog, 'log');
    if (a.length === 1) return newFloat(r);
    const b = logOf(a[1], cLog, 'log');
    if (b === 0) raise(T.ZeroDivisionError, 'float division by zero');
    return newFloat(r / b);
  });
  fn('pow', (a) => {
    clinic('pow', a, 2);
    const x = num(a[0]);
    const y = num(a[1]);
    const r = cPow(x, y);
    if (Number.isFinite(x) && Number.isFinite(y)) {
      if (Number.isNaN(r)) domain();
      if (!Number.isFinite(r)) {
        if (x === 0) domain();
        range();
      }
    }
    return newFloat(r);
  });
  fn('atan2', (a) => { clinic('atan2', a, 2); return newFloat(libm.atan2(num(a[0]), num(a[1]))); });
  fn('hypot', (a, kw) => {
    noKeywords('math.hypot', kw);
    return newFloat(norm(a.map((v) => Math.abs(num(v)))));
  });
  fn('dist', (a, kw) => {
    noKeywords('math.dist', kw);
    clinic('dist', a, 2);
    const p = iterToArray(a[0]).map(num);
    const q = iterToArray(a[1]).map(num);
    if (p.length !== q.length) valueError('both points must have the same number of dimensions');
    return newFloat(norm(p.map((x, i) => Math.abs(x - q[i]))));
  });
  fn('copysign', (a) => {
    clinic('copysign', a, 2);
    const x = Math.abs(num(a[0]));
    const y = num(a[1]);
    return newFloat(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && signBitNaN(y)) ? -x : x);
  });
  fn('fmod', (a) => {
    clinic('fmod', a, 2);
    const x = num(a[0]);
    const y = num(a[1]);
    const r = fmodC(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    return newFloat(r);
  });
  fn('remainder', (a) => {
    clinic('remainder', a, 2);
    const x = num(a[0]);
    const y = num(a[1]);
    const r = remainderC(x, y);
    if (Number.isNaN(r) && !Number.isNaN(x) && !Number.isNaN(y)) domain();
    return newFloat(r);
  });
  fn('modf', (a) => {
    meth1('modf', a);
    const x = num(a[0]);
    if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : x > 0 ? 0 : -0), newFloat(x)]);
    const i = Math.trunc(x);
    const f = x - i;
    const neg = x < 0 || Object.is(x, -0);
    return newTuple([newFloat(f === 0 ? (neg ? -0 : 0) : f), newFloat(i)]);
  });
  fn('frexp', (a) => {
    meth1('frexp', a);
    const [f, e] = frexpC(num(a[0]));
    return newTuple([newFloat(f), intFromNumber(e)]);
  });
  fn('ldexp', (a) => {
    clinic('ldexp', a, 2);
    const x = num(a[0]);
    const ev = intValue(a[1]);
    if (ev === null) typeError('Expected an int as second argument to ldexp.');
    const e = ev! > 100000n ? 100000 : ev! < -100000n ? -100000 : Number(ev);
    const r = ldexpC(x, e);
    if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return newFloat(r);
  });
  fn('isfinite', (a) => { meth1('isfinite', a); return Number.isFinite(num(a[0])) ? K.True : K.False; });
  fn('isinf', (a) => { meth1('isinf', a); const x = num(a[0]); return !Number.isFinite(x) && !Number.isNaN(x) ? K.True : K.False; });
  fn('isnan', (a) => { meth1('isnan', a); return Number.isNaN(num(a[0])) ? K.True : K.False; });
  fn('isclose', (a, kw) => {
    const [x, y, rt, at] = bindArgs('isclose', a, kw, ['a', 'b', '$rel_tol?', '$abs_tol?']);
    const p = num(x);
    const q = num(y);
    const rel = rt === 0 ? 1e-9 : num(rt);
    const abs = at === 0 ? 0 : num(at);
    if (rel < 0 || abs < 0) valueError('tolerances must be non-negative');
    if (p === q) return K.True;
    if (!Number.isFinite(p) || !Number.isFinite(q)) return K.False;
    const diff = Math.abs(q - p);
    return diff <= Math.abs(rel * q) || diff <= Math.abs(rel * p) || diff <= abs ? K.True : K.False;
  });
  const roundWith = (name: string, f: (x: number) => number, dunder: number): BuiltinImpl => (a) => {
    meth1(name, a);
    const v = a[0];
    const fv = floatOf(v);
    if (fv !== null && typeOf(v) === T.float) return intFromBigInt(floatToInt(f(fv)));
    if (typeInfo(typeOf(v)).lookup(dunder) !== 0) return callSpecial(v, dunder, []);
    return intFromBigInt(floatToInt(f(num(v))));
  };
  fn('floor', roundWith('floor', Math.floor, N.floor));
  fn('ceil', roundWith('ceil', Math.ceil, N.ceil));
  fn('trunc', (a) => {
    meth1('trunc', a);
    if (typeInfo(typeOf(a[0])).lookup(N.trunc) === 0) typeError(`type ${tname(a[0])} doesn't define __trunc__ method`);
    return callSpecial(a[0], N.trunc, []);
  });
  fn('gcd', (a) => intFromBigInt(a.map(intArg).reduce(gcd2, 0n)));
  fn('lcm', (a) => intFromBigInt(a.map(intArg).reduce((p, q) => (p === 0n || q === 0n ? 0n : (p * q < 0n ? -(p * q) : p * q) / gcd2(p, q)), 1n)));
  fn('isqrt', (a) => { meth1('isqrt', a); return intFromBigInt(isqrt(intArg(a[0]))); });
  fn('factorial', (a) => {
    meth1('factorial', a);
    return intFromBigInt(factorial(intArg(a[0])));
  });
  fn('comb', (a) => {
    clinic('comb', a, 2);
    const n = intArg(a[0]);
    let k = intArg(a[1]);
    if (n < 0n) valueError('n must be a non-negative integer');
    if (k < 0n) valueError('k must be a non-negative integer');
    if (k > n) return intFromNumber(0);
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return intFromBigInt(r);
  });
  fn('perm', (a) => {
    if (a.length < 1) typeError(`perm expected at least 1 argument, got ${a.length}`);
    if (a.length > 2) typeError(`perm expected at most 2 arguments, got ${a.length}`);
    const n = intArg(a[0]);
    if (a.length < 2 || a[1] === K.None) return intFromBigInt(factorial(n));
    const k = intArg(a[1]);
    if (n < 0n) valueError('n must be a non-negative integer');
    if (k < 0n) valueError('k must be a non-negative integer');
    if (k > n) return intFromNumber(0);
    let r = 1n;
    for (let i = n - k + 1n; i <= n; i++) r *= i;
    return intFromBigInt(r);
  });
  fn('prod', (a, kw) => {
    const [it, start] = bindArgs('prod', a, kw, ['iterable', '$start?']);
    let acc = start === 0 ? intFromNumber(1) : start;
    for (const x of iterToArray(it)) acc = binaryOp(acc, x, 5);
    return acc;
  });
  fn('fsum', (a) => { meth1('fsum', a); return newFloat(fsum(iterToArray(a[0]).map(num))); });
  fn('nextafter', (a) => {
    clinic('nextafter', a, 2);
    const x = num(a[0]);
    const y = num(a[1]);
    if (Number.isNaN(x) || Number.isNaN(y)) return newFloat(NaN);
    if (x === y) return newFloat(y);
    if (x === 0) return newFloat(y > 0 ? 5e-324 : -5e-324);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    let bits = buf.getBigUint64(0);
    bits += (y > x) === (x > 0) ? 1n : -1n;
    buf.setBigUint64(0, bits);
    return newFloat(buf.getFloat64(0));
  });
  fn('ulp', (a) => {
    meth1('ulp', a);
    const x = Math.abs(num(a[0]));
    if (!Number.isFinite(x)) return newFloat(x);
    if (x === Number.MAX_VALUE) return newFloat(2 ** 971);
    const buf = new DataView(new ArrayBuffer(8));
    buf.setFloat64(0, x);
    buf.setBigUint64(0, buf.getBigUint64(0) + 1n);
    return newFloat(buf.getFloat64(0) - x);
  });
  return m;
}

function factorial(n: bigint): bigint {
  if (n < 0n) valueError('factorial() not defined for negative values');
  if (n > 9223372036854775807n) overflowError('factorial() argument should not exceed 9223372036854775807');
  // product of a balanced split keeps the big multiplications few
  const prod = (lo: bigint, hi: bigint): bigint => {
    if (hi - lo < 16n) {
      let r = 1n;
      for (let i = lo; i <= hi; i++) r *= i;
      return r;
    }
    const mid = (lo + hi) >> 1n;
    return prod(lo, mid) * prod(mid + 1n, hi);
  };
  return n < 2n ? 1n : prod(2n, n);
}

const NAN_BITS = new Float64Array(1);
const NAN_U32 = new Uint32Array(NAN_BITS.buffer);
function signBitNaN(y: number): boolean {
  NAN_BITS[0] = y;
  return (NAN_U32[1] >>> 31) === 1;
}

export const _keep = [truthy, richCompare, intern];
