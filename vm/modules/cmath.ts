// The cmath module: CPython 3.11's functions on complex numbers (numerics in cmath_core.ts) with
// its argument conversion and messages. An argument becomes a complex as PyComplex_AsCComplex:
// complex (or subclass) as is, else type(x).__complex__ (non-complex result: TypeError, complex
// subclass: DeprecationWarning), else PyFloat_AsDouble (float, __float__, __index__, else
// "must be real number, not T"). One-argument functions are METH_O ("cmath.f() takes exactly one
// argument (n given)"), log/rect use clinic's positional checks ("log expected at most 2
// arguments, got 3"). C's errno after the computation becomes the exception: EDOM
// ValueError('math domain error'), ERANGE OverflowError('math range error').
// Stateless: the only module-level values are JS numbers, never heap references.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf } from '../runtime/types';
import { typeError, valueError, overflowError } from '../runtime/errors';
import { names as N } from '../runtime/protocol';
import { L_COMPLEX, L_FLOAT } from '../runtime/layouts';
import { typeInfo } from '../objects/type_core';
import { newFloat, floatValue } from '../objects/float_core';
import { newComplex, complexReal, complexImag } from '../objects/complex_core';
import { newTuple } from '../objects/tuple_core';
import { complexObj, complexFromDunder } from '../objects/complex';
import { floatAsDouble } from '../objects/float_as_double';
import { defineBuiltin, bindArgs, noKeywords, argRange, type BuiltinImpl } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { newStr } from '../objects/str_core';
import {
  ERANGE,
  R, EDOM, cSqrt, cAcos, cAcosh, cAsin, cAsinh, cAtan, cAtanh, cCos, cCosh, cSin, cSinh, cTan, cTanh,
  cExpC, cLogC, cLog10C, cQuot, cAbs, cRect,
} from './cmath_core';
import { atan2 } from './cmath_libm';

// the converted argument (read right after complexArg returns, before any other guest code)
let argRe = 0;
let argIm = 0;

/** PyComplex_AsCComplex into argRe/argIm. */
function complexArg(v: number): void {
  if ((v & 1) === 0) {
    const l = mem[v] & 0x7ff;
    if (l === L_COMPLEX) {
      argRe = complexReal(v);
      argIm = complexImag(v);
      return;
    }
    if (l === L_FLOAT) {
      argRe = floatValue(v);
      argIm = 0;
      return;
    }
    const c = complexObj(v);
    if (c !== 0) {
      argRe = complexReal(c);
      argIm = complexImag(c);
      return;
    }
    if (typeInfo(typeOf(v)).lookup(N.complex) !== 0) {
      const rc = complexFromDunder(v);
      argRe = complexReal(rc);
      argIm = complexImag(rc);
      return;
    }
  }
  const x = floatAsDouble(v);
  argRe = x;
  argIm = 0;
}

function mathError(err: number): never {
  if (err === EDOM) return valueError('math domain error');
  return overflowError('math range error');
}

/** R as a new complex, or the exception C's errno asks for. */
function result(): number {
  if (R.err !== 0) mathError(R.err);
  return newComplex(R.re, R.im);
}

function methO(full: string, a: number[], kw: number): void {
  if (kw !== 0) noKeywords(full, kw);
  if (a.length !== 1) typeError(`${full}() takes exactly one argument (${a.length} given)`);
}

function unary(name: string, fn: (x: number, y: number) => void): BuiltinImpl {
  const full = `cmath.${name}`;
  return (a, kw) => {
    methO(full, a, kw);
    complexArg(a[0]);
    fn(argRe, argIm);
    return result();
  };
}

function predicate(name: string, test: (x: number, y: number) => boolean): BuiltinImpl {
  const full = `cmath.${name}`;
  return (a, kw) => {
    methO(full, a, kw);
    complexArg(a[0]);
    return test(argRe, argIm) ? K.True : K.False;
  };
}

const isInf = (d: number): boolean => d === Infinity || d === -Infinity;

function log(a: number[], kw: number): number {
  if (kw !== 0) noKeywords('cmath.log', kw);
  argRange('log', a, 1, 2);
  complexArg(a[0]);
  cLogC(argRe, argIm);
  if (a.length === 1) return result();
  const xr = R.re;
  const xi = R.im;
  complexArg(a[1]);
  // as CPython: the base's log resets errno, so log(0, b) is (-inf+nanj) for a good base b
  cLogC(argRe, argIm);
  cQuot(xr, xi, R.re, R.im); // (sets EDOM for a zero divisor, else keeps errno)
  return result();
}

function isclose(a: number[], kw: number): number {
  const [x, y, rt, at] = bindArgs('isclose', a, kw, ['a', 'b', '$rel_tol?', '$abs_tol?']);
  complexArg(x);
  const ar = argRe;
  const ai = argIm;
  complexArg(y);
  const br = argRe;
  const bi = argIm;
  const rel = rt === 0 ? 1e-9 : floatAsDouble(rt);
  const abs = at === 0 ? 0 : floatAsDouble(at);
  if (rel < 0 || abs < 0) valueError('tolerances must be non-negative');
  if (ar === br && ai === bi) return K.True; // (two equal infinities too)
  if (isInf(ar) || isInf(ai) || isInf(br) || isInf(bi)) return K.False;
  const diff = cAbs(ar - br, ai - bi);
  return diff <= rel * cAbs(br, bi) || diff <= rel * cAbs(ar, ai) || diff <= abs ? K.True : K.False;
}

export function makeCmathModule(): number {
  const m = newModule('cmath', T.module, newStr('This module provides access to mathematical functions for complex\nnumbers.'));
  const fn = (name: string, impl: BuiltinImpl): void => moduleSet(m, name, defineBuiltin(name, impl));
  moduleSet(m, 'pi', newFloat(Math.PI));
  moduleSet(m, 'e', newFloat(Math.E));
  moduleSet(m, 'tau', newFloat(2 * Math.PI));
  moduleSet(m, 'inf', newFloat(Infinity));
  moduleSet(m, 'infj', newComplex(0, Infinity));
  moduleSet(m, 'nan', newFloat(NaN));
  moduleSet(m, 'nanj', newComplex(0, NaN));
  fn('acos', unary('acos', cAcos));
  fn('acosh', unary('acosh', cAcosh));
  fn('asin', unary('asin', cAsin));
  fn('asinh', unary('asinh', cAsinh));
  fn('atan', unary('atan', cAtan));
  fn('atanh', unary('atanh', cAtanh));
  fn('cos', unary('cos', cCos));
  fn('cosh', unary('cosh', cCosh));
  fn('exp', unary('exp', cExpC));
  fn('isclose', isclose);
  fn('isfinite', predicate('isfinite', (x, y) => x - x === 0 && y - y === 0));
  fn('isinf', predicate('isinf', (x, y) => isInf(x) || isInf(y)));
  fn('isnan', predicate('isnan', (x, y) => x !== x || y !== y));
  fn('log', log);
  fn('log10', unary('log10', cLog10C));
  fn('phase', (a, kw) => {
    methO('cmath.phase', a, kw);
    complexArg(a[0]);
    const phi = atan2(argIm, argRe);
    // glibc's atan2 wrapper sets ERANGE when the angle underflows to 0 (y != 0, x finite), and
    // cmath_phase reports any errno: phase(1e300+1e-300j) is OverflowError (polar's abs() resets it)
    if (phi === 0 && argIm !== 0 && argRe - argRe === 0) mathError(ERANGE);
    return newFloat(phi);
  });
  fn('polar', (a, kw) => {
    methO('cmath.polar', a, kw);
    complexArg(a[0]);
    const phi = atan2(argIm, argRe);
    const r = cAbs(argRe, argIm);
    if (R.err !== 0) mathError(R.err);
    return newTuple([newFloat(r), newFloat(phi)]);
  });
  fn('rect', (a, kw) => {
    if (kw !== 0) noKeywords('cmath.rect', kw);
    if (a.length !== 2) typeError(`rect expected 2 arguments, got ${a.length}`);
    const r = floatAsDouble(a[0]);
    cRect(r, floatAsDouble(a[1]));
    return result();
  });
  fn('sin', unary('sin', cSin));
  fn('sinh', unary('sinh', cSinh));
  fn('sqrt', unary('sqrt', cSqrt));
  fn('tan', unary('tan', cTan));
  fn('tanh', unary('tanh', cTanh));
  return m;
}
