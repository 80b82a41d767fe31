// complex: arithmetic (with int and float operands), comparison for equality, CPython's hash,
// repr/format through vm/text, and the constructor from numbers or a string.
import { mem } from '../../stmgc/heap';
import { L_COMPLEX } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError, valueError, zeroDivisionError, overflowError } from '../runtime/errors';
import { tname, callSpecial, names as N, getattrOpt } from '../runtime/protocol';
import { newComplex, complexReal, complexImag } from './complex_core';
import { newFloat } from './float_core';
import { floatOf, floatHashFull } from './float';
import { intValue, intHash } from './int';
import { newStr, strJs } from './str_core';
import { newTuple } from './tuple_core';
import { FormatError, complexRepr, formatComplex, intToFloat, parseComplexLiteral } from '../text';
import { bindArgs } from './builtin_function';
import { strObj } from './str';

function parts(v: number): [number, number] | null {
  if ((v & 1) === 0 && (mem[v] & 0x7ff) === L_COMPLEX) return [complexReal(v), complexImag(v)];
  const f = floatOf(v);
  if (f !== null) return [f, 0];
  const i = intValue(v);
  if (i !== null) return [intToFloat(i), 0];
  return null;
}

function cdiv(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  if (br === 0 && bi === 0) return zeroDivisionError('complex division by zero');
  const abs_br = Math.abs(br);
  const abs_bi = Math.abs(bi);
  if (abs_br >= abs_bi) {
    const ratio = bi / br;
    const denom = br + bi * ratio;
    return [(ar + ai * ratio) / denom, (ai - ar * ratio) / denom];
  }
  const ratio = br / bi;
  const denom = br * ratio + bi;
  return [(ar * ratio + ai) / denom, (ai * ratio - ar) / denom];
}

function cpow(a: [number, number], b: [number, number]): [number, number] {
  const [ar, ai] = a;
  const [br, bi] = b;
  if (br === 0 && bi === 0) return [1, 0];
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) return zeroDivisionError('0.0 to a negative or complex power');
    return [0, 0];
  }
  if (bi === 0 && Number.isInteger(br) && Math.abs(br) <= 100) {
    // exact repeated multiplication for small integer powers, as CPython
    let n = Math.abs(br);
    let rr = 1;
    let ri = 0;
    let xr = ar;
    let xi = ai;
    while (n > 0) {
      if (n & 1) [rr, ri] = [rr * xr - ri * xi, rr * xi + ri * xr];
      [xr, xi] = [xr * xr - xi * xi, 2 * xr * xi];
      n >>= 1;
    }
    return br < 0 ? cdiv([1, 0], [rr, ri]) : [rr, ri];
  }
  const vabs = Math.hypot(ar, ai);
  let len = Math.pow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= Math.exp(at * bi);
    phase += bi * Math.log(vabs);
  }
  return [len * Math.cos(phase), len * Math.sin(phase)];
}

function slot(op: number) {
  return (x: number, y: number): number => {
    const a = parts(x);
    const b = parts(y);
    if (a === null || b === null) return K.NotImplemented;
    let r: [number, number];
    switch (op) {
      case 0: r = [a[0] + b[0], a[1] + b[1]]; break;
      case 10: r = [a[0] - b[0], a[1] - b[1]]; break;
      case 5: r = [a[0] * b[0] - a[1] * b[1], a[0] * b[1] + a[1] * b[0]]; break;
      case 11: r = cdiv(a, b); break;
      case 8: r = cpow(a, b); break;
      case 2: return typeError("can't take floor of complex number.");
      case 6: return typeError("can't mod complex numbers.");
      default: return K.NotImplemented;
    }
    return newComplex(r[0], r[1]);
  };
}

function self(v: number): [number, number] {
  if ((v & 1) === 1 || (mem[v] & 0x7ff) !== L_COMPLEX) typeError(`descriptor requires a 'complex' object but received a '${tname(v)}'`);
  return [complexReal(v), complexImag(v)];
}

function toParts(v: number, which: string): [number, number] {
  const p = parts(v);
  if (p !== null) return p;
  const cf = getattrOpt(v, N.complex);
  if (cf !== 0) {
    const r = callSpecial(v, N.complex, []);
    if (layoutOf(r) !== L_COMPLEX) typeError(`__complex__ returned non-complex (type ${tname(r)})`);
    return [complexReal(r), complexImag(r)];
  }
  if (getattrOpt(v, N.float) !== 0) return [floatOf(callSpecial(v, N.float, []))!, 0];
  if (getattrOpt(v, N.index) !== 0) return [intToFloat(intValue(callSpecial(v, N.index, []))!), 0];
  return typeError(`complex() ${which} must be a number, not '${tname(v)}'`);
}

export const complexType: TypeDef = {
  name: 'complex',
  layout: L_COMPLEX,
  slots: {
    repr: (v) => newStr(complexRepr(...self(v))),
    hash: (v) => {
      const [re, im] = self(v);
      const h = floatHashFull(re, v) + 1000003n * floatHashFull(im, v);
      return intHash(BigInt.asIntN(64, h) === -1n ? -2n : BigInt.asIntN(64, h));
    },
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      const x = parts(a);
      const y = parts(b);
      if (x === null || y === null) return K.NotImplemented;
      return (x[0] === y[0] && x[1] === y[1]) === (op === 2) ? K.True : K.False;
    },
    bool: (v) => complexReal(v) !== 0 || complexImag(v) !== 0,
    nb: Array.from({ length: 13 }, (_, op) => slot(op)),
    neg: (v) => newComplex(-complexReal(v), -complexImag(v)),
    pos: (v) => newComplex(complexReal(v), complexImag(v)),
    abs: (v) => {
      const r = Math.hypot(complexReal(v), complexImag(v));
      if (!Number.isFinite(r) && Number.isFinite(complexReal(v)) && Number.isFinite(complexImag(v))) overflowError('absolute value too large');
      return newFloat(r);
    },
    new: (_cls, args, kw) => {
      const [re, im] = bindArgs('complex', args, kw, ['real?', 'imag?']);
      if (re !== 0 && strObj(re) !== 0) {
        if (im !== 0) typeError("complex() can't take second arg if first is a string");
        const p = parseComplexLiteral(strJs(strObj(re)));
        if ('error' in p) return valueError('complex() arg is a malformed string');
        return newComplex(p.real, p.imag);
      }
      if (im !== 0 && strObj(im) !== 0) typeError("complex() second arg can't be a string");
      const [a, b] = re === 0 ? [0, 0] : toParts(re, 'first argument');
      const [c, d] = im === 0 ? [0, 0] : toParts(im, 'second argument');
      return newComplex(a - d, b + c);
    },
  },
  methods: {
    conjugate: (a) => newComplex(self(a[0])[0], -self(a[0])[1]),
    __format__: (a) => {
      try {
        return newStr(formatComplex(...self(a[0]), strJs(a[1])));
      } catch (e) {
        if (e instanceof FormatError) return raise(T[e.pyType], e.message);
        throw e;
      }
    },
    __getnewargs__: (a) => newTuple([newFloat(self(a[0])[0]), newFloat(self(a[0])[1])]),
  },
  getters: {
    real: (v) => newFloat(self(v)[0]),
    imag: (v) => newFloat(self(v)[1]),
  },
};

export const _keep = [typeOf];
