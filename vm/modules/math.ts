// The math module: CPython's functions on floats and ints, with its domain and range errors.
import { K, T } from '../runtime/types';
import { raise, typeError, valueError, overflowError } from '../runtime/errors';
import { iterToArray, binaryOp, index, callSpecial, names as N, getattrOpt, tname, truthy, richCompare } from '../runtime/protocol';
import { newFloat } from '../objects/float_core';
import { floatOf, floatFromObject } from '../objects/float';
import { intValue, floatToInt } from '../objects/int';
import { intFromBigInt, intFromNumber } from '../objects/int_core';
import { newTuple } from '../objects/tuple_core';
import { defineBuiltin, bindArgs, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intToFloat } from '../text';
import { intern } from '../objects/str_core';

function num(v: number): number {
  const f = floatOf(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i !== null) {
    const x = intToFloat(i);
    if (!Number.isFinite(x)) overflowError('int too large to convert to float');
    return x;
  }
  return floatFromObject(v);
}

function intArg(v: number, fname: string): bigint {
  const i = intValue(v);
  if (i !== null) return i;
  if (floatOf(v) !== null) typeError(`'float' object cannot be interpreted as an integer`);
  void fname;
  return intValue(index(v))!;
}

function domain(): never { return valueError('math domain error'); }
function range(): never { return overflowError('math range error'); }

function f1(fn: (x: number) => number, check?: (x: number, r: number) => void): BuiltinImpl {
  return (a) => {
    if (a.length !== 1) typeError(`math function takes exactly one argument (${a.length} given)`);
    const x = num(a[0]);
    const r = fn(x);
    if (check) check(x, r);
    else if (Number.isNaN(r) && !Number.isNaN(x)) domain();
    else if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return newFloat(r);
  };
}

function gcd2(a: bigint, b: bigint): bigint {
  a = a < 0n ? -a : a;
  b = b < 0n ? -b : b;
  while (b) [a, b] = [b, a % b];
  return a;
}

function isqrt(n: bigint): bigint {
  if (n < 0n) valueError('isqrt() argument must be nonnegative');
  if (n < 2n) return n;
  let x = BigInt(Math.floor(Math.sqrt(Number(n))));
  if (n > 1n << 104n) {
    x = 1n << BigInt((n.toString(2).length + 1) >> 1);
  }
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) break;
    x = y;
  }
  while (x * x > n) x -= 1n;
  while ((x + 1n) * (x + 1n) <= n) x += 1n;
  return x;
}

/** Shewchuk's exact summation, as math.fsum. */
function fsum(xs: number[]): number {
  const partials: number[] = [];
  let special = 0;
  let infSum = 0;
  for (let x of xs) {
    if (!Number.isFinite(x)) {
      if (Number.isNaN(x)) special = NaN;
      else infSum += x;
      continue;
    }
    let i = 0;
    for (let y of partials) {
      if (Math.abs(x) < Math.abs(y)) [x, y] = [y, x];
      const hi = x + y;
      const lo = y - (hi - x);
      if (lo !== 0) partials[i++] = lo;
      x = hi;
    }
    partials.length = i;
    partials.push(x);
  }
  if (Number.isNaN(special)) return NaN;
  if (infSum !== 0) {
    if (Number.isNaN(infSum)) valueError('-inf + inf in fsum');
    return infSum;
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

function lgamma(x: number): number {
  // Lanczos approximation
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lgamma(1 - x);
  const g = 7;
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  x -= 1;
  let a = c[0];
  const t = x + g + 0.5;
  for (let i = 1; i < g + 2; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

function gamma(x: number): number {
  if (Number.isInteger(x)) {
    if (x <= 0) domain();
    if (x <= 171) {
      let r = 1;
      for (let i = 2; i < x; i++) r *= i;
      return r;
    }
    range();
  }
  if (x < 0.5) return Math.PI / (Math.sin(Math.PI * x) * gamma(1 - x));
  return Math.exp(lgamma(x));
}

function erf(x: number): number {
  // Abramowitz-Stegun 7.1.26 refined by a series for small x
  if (Math.abs(x) < 2.5) {
    let sum = x;
    let term = x;
    const x2 = x * x;
    for (let n = 1; n < 60; n++) {
      term *= -x2 / n;
      sum += term / (2 * n + 1);
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  return Math.sign(x) * (1 - erfcLarge(Math.abs(x)));
}
function erfcLarge(x: number): number {
  // continued fraction for erfc, x >= 2.5
  let f = 0;
  for (let n = 60; n >= 1; n--) f = n / 2 / (x + f);
  return Math.exp(-x * x) / Math.sqrt(Math.PI) / (x + f);
}

export function makeMathModule(): number {
  const m = newModule('math');
  const fn = (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
  moduleSet(m, 'pi', newFloat(Math.PI));
  moduleSet(m, 'e', newFloat(Math.E));
  moduleSet(m, 'tau', newFloat(2 * Math.PI));
  moduleSet(m, 'inf', newFloat(Infinity));
  moduleSet(m, 'nan', newFloat(NaN));
  fn('sqrt', f1(Math.sqrt));
  fn('exp', f1(Math.exp));
  fn('expm1', f1(Math.expm1));
  fn('log1p', f1(Math.log1p, (x) => { if (x <= -1) domain(); }));
  fn('sin', f1(Math.sin));
  fn('cos', f1(Math.cos));
  fn('tan', f1(Math.tan));
  fn('asin', f1(Math.asin));
  fn('acos', f1(Math.acos));
  fn('atan', f1(Math.atan));
  fn('sinh', f1(Math.sinh));
  fn('cosh', f1(Math.cosh));
  fn('tanh', f1(Math.tanh));
  fn('asinh', f1(Math.asinh));
  fn('acosh', f1(Math.acosh));
  fn('atanh', f1(Math.atanh, (x) => { if (Math.abs(x) >= 1) domain(); }));
  fn('fabs', f1(Math.abs));
  fn('erf', f1(erf));
  fn('erfc', f1((x) => 1 - erf(x)));
  fn('gamma', f1(gamma));
  fn('lgamma', f1((x) => { if (x <= 0 && Number.isInteger(x)) domain(); return lgamma(x); }));
  fn('degrees', f1((x) => (x * 180) / Math.PI));
  fn('radians', f1((x) => (x * Math.PI) / 180));
  fn('log2', (a) => logImpl(a[0], 2));
  fn('log10', (a) => logImpl(a[0], 10));
  fn('log', (a) => {
    if (a.length < 1 || a.length > 2) typeError(`log expected 1 or 2 arguments, got ${a.length}`);
    const r = logNum(a[0]);
    if (a.length === 1) return newFloat(r);
    const b = logNum(a[1]);
    if (b === 0) raise(T.ZeroDivisionError, 'float division by zero');
    return newFloat(r / b);
  });
  fn('pow', (a) => {
    const x = num(a[0]);
    const y = num(a[1]);
    if (x === 0 && y < 0 && Number.isFinite(y)) domain();
    if (x < 0 && Number.isFinite(x) && !Number.isInteger(y) && Number.isFinite(y)) domain();
    const r = x === 1 || y === 0 ? 1 : Math.pow(x, y);
    if (!Number.isFinite(r) && Number.isFinite(x) && Number.isFinite(y)) range();
    return newFloat(r);
  });
  fn('atan2', (a) => newFloat(Math.atan2(num(a[0]), num(a[1]))));
  fn('hypot', (a) => newFloat(Math.hypot(...a.map(num))));
  fn('dist', (a) => {
    const p = iterToArray(a[0]).map(num);
    const q = iterToArray(a[1]).map(num);
    if (p.length !== q.length) valueError('both points must have the same number of dimensions');
    return newFloat(Math.hypot(...p.map((x, i) => x - q[i])));
  });
  fn('copysign', (a) => {
    const x = Math.abs(num(a[0]));
    const y = num(a[1]);
    return newFloat(y < 0 || Object.is(y, -0) || (Number.isNaN(y) && false) ? -x : x);
  });
  fn('fmod', (a) => {
    const x = num(a[0]);
    const y = num(a[1]);
    if (y === 0 && !Number.isNaN(x)) domain();
    if (!Number.isFinite(x) && !Number.isNaN(x)) domain();
    return newFloat(x % y);
  });
  fn('remainder', (a) => {
    const x = num(a[0]);
    const y = num(a[1]);
    if (y === 0 || !Number.isFinite(x)) domain();
    const n = Math.round(x / y);
    let r = x - n * y;
    if (Math.abs(x / y - Math.trunc(x / y)) === 0.5) {
      const k = 2 * Math.round((x / y) / 2);
      r = x - k * y;
    }
    return newFloat(r);
  });
  fn('modf', (a) => {
    const x = num(a[0]);
    if (!Number.isFinite(x)) return newTuple([newFloat(Number.isNaN(x) ? x : Math.sign(x) * 0), newFloat(x)]);
    const i = Math.trunc(x);
    return newTuple([newFloat(x - i === 0 ? (x < 0 || Object.is(x, -0) ? -0 : 0) : x - i), newFloat(i)]);
  });
  fn('frexp', (a) => {
    const x = num(a[0]);
    if (x === 0 || !Number.isFinite(x)) return newTuple([newFloat(x), intFromNumber(0)]);
    let e = Math.max(-1073, Math.floor(Math.log2(Math.abs(x))) + 1);
    let mant = x * Math.pow(2, -e);
    while (Math.abs(mant) < 0.5) { mant *= 2; e--; }
    while (Math.abs(mant) >= 1) { mant /= 2; e++; }
    return newTuple([newFloat(mant), intFromNumber(e)]);
  });
  fn('ldexp', (a) => {
    const x = num(a[0]);
    const e = Number(intArg(a[1], 'ldexp'));
    let r = x;
    let k = e;
    while (k > 1000) { r *= 2 ** 1000; k -= 1000; }
    while (k < -1000) { r *= 2 ** -1000; k += 1000; }
    r *= 2 ** k;
    if (!Number.isFinite(r) && Number.isFinite(x)) range();
    return newFloat(r);
  });
  fn('isfinite', (a) => (Number.isFinite(num(a[0])) ? K.True : K.False));
  fn('isinf', (a) => { const x = num(a[0]); return !Number.isFinite(x) && !Number.isNaN(x) ? K.True : K.False; });
  fn('isnan', (a) => (Number.isNaN(num(a[0])) ? K.True : K.False));
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
    const v = a[0];
    const iv = intValue(v);
    if (iv !== null) return intFromBigInt(iv);
    if (floatOf(v) === null && getattrOpt(v, dunder) !== 0) return callSpecial(v, dunder, []);
    const x = num(v);
    void name;
    return intFromBigInt(floatToInt(f(x)));
  };
  fn('floor', roundWith('floor', Math.floor, N.floor));
  fn('ceil', roundWith('ceil', Math.ceil, N.ceil));
  fn('trunc', (a) => {
    if (getattrOpt(a[0], N.trunc) === 0) typeError(`type ${tname(a[0])} doesn't define __trunc__ method`);
    return callSpecial(a[0], N.trunc, []);
  });
  fn('gcd', (a) => intFromBigInt(a.map((x) => intArg(x, 'gcd')).reduce(gcd2, 0n)));
  fn('lcm', (a) => intFromBigInt(a.map((x) => intArg(x, 'lcm')).reduce((p, q) => (p === 0n || q === 0n ? 0n : (p * q < 0n ? -(p * q) : p * q) / gcd2(p, q)), 1n)));
  fn('isqrt', (a) => intFromBigInt(isqrt(intArg(a[0], 'isqrt'))));
  fn('factorial', (a) => {
    if (floatOf(a[0]) !== null) typeError("'float' object cannot be interpreted as an integer");
    const n = intArg(a[0], 'factorial');
    if (n < 0n) valueError('factorial() not defined for negative values');
    let r = 1n;
    for (let i = 2n; i <= n; i++) r *= i;
    return intFromBigInt(r);
  });
  fn('comb', (a) => {
    const n = intArg(a[0], 'comb');
    let k = intArg(a[1], 'comb');
    if (n < 0n || k < 0n) valueError(n < 0n ? 'n must be a non-negative integer' : 'k must be a non-negative integer');
    if (k > n) return intFromNumber(0);
    if (k > n - k) k = n - k;
    let r = 1n;
    for (let i = 1n; i <= k; i++) r = (r * (n - k + i)) / i;
    return intFromBigInt(r);
  });
  fn('perm', (a) => {
    const n = intArg(a[0], 'perm');
    const k = a.length > 1 && a[1] !== K.None ? intArg(a[1], 'perm') : n;
    if (n < 0n || k < 0n) valueError(n < 0n ? 'n must be a non-negative integer' : 'k must be a non-negative integer');
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
  fn('fsum', (a) => newFloat(fsum(iterToArray(a[0]).map(num))));
  fn('nextafter', (a) => {
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

function logNum(v: number): number {
  const i = intValue(v);
  if (i !== null) {
    if (i <= 0n) domain();
    const bits = i.toString(2).length;
    if (bits > 1000) {
      // log of a huge int: scale down by a power of two
      const shift = bits - 60;
      return Math.log(Number(i >> BigInt(shift))) + shift * Math.LN2;
    }
    return Math.log(Number(i));
  }
  const x = num(v);
  if (x <= 0 || Number.isNaN(x)) { if (Number.isNaN(x)) return NaN; domain(); }
  return Math.log(x);
}

function logImpl(v: number, base: 2 | 10): number {
  const i = intValue(v);
  if (i !== null && i > 0n && i.toString(2).length > 1000) return newFloat(logNum(v) / Math.log(base));
  const x = num(v);
  if (x <= 0) domain();
  return newFloat(base === 2 ? Math.log2(x) : Math.log10(x));
}

export const _keep = [truthy, richCompare, intern];

