// complex: arithmetic (with int and float operands), comparison for equality, CPython's hash,
// repr/format through vm/text, and the constructor from numbers or a string.
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_COMPLEX } from '../runtime/layouts';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype, typeInfo } from './type_core';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError, valueError, zeroDivisionError, overflowError } from '../runtime/errors';
import { tname, callSpecial, names as N, getattrOpt } from '../runtime/protocol';
import { newComplex, complexReal, complexImag } from './complex_core';
import { newFloat } from './float_core';
import { floatOf, floatHashFull, floatFromObject } from './float';
import { intValue, intHash, intToFloatChecked } from './int';
import { newStr, strJs } from './str_core';
import { newTuple } from './tuple_core';
import { FormatError, complexRepr, formatComplex, parseComplexLiteral } from '../text';
import { bindArgs } from './builtin_function';
import { cExp, cLog, cPowPositive } from './float_libm';
import { strObj, formatSpecArg } from './str';

/** The complex inside v: v itself, or the value of a complex-subclass instance; 0 if neither. */
function complexObj(v: number): number {
  if ((v & 1) === 1) return 0;
  const l = mem[v] & 0x7ff;
  if (l === L_COMPLEX) return v;
  if (l === L_BOXED && isSubtype(typeOf(v), T.complex)) return mem[v + BX_VALUE];
  return 0;
}

function parts(v: number): [number, number] | null {
  const c = complexObj(v);
  if (c !== 0) return [complexReal(c), complexImag(c)];
  const f = floatOf(v);
  if (f !== null) return [f, 0];
  const i = intValue(v);
  if (i !== null) return [intToFloatChecked(i), 0];
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
  let len = cPow(vabs, br);
  const at = Math.atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= cExp(at * bi);
    phase += bi * cLog(vabs);
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
      case 8: return complexPow(a[0], a[1], b[0], b[1]);
      default: return K.NotImplemented;
    }
    return newComplex(r[0], r[1]);
  };
}

function self(v: number): [number, number] {
  const c = complexObj(v);
  if (c === 0) typeError(`descriptor requires a 'complex' object but received a '${tname(v)}'`);
  return [complexReal(c), complexImag(c)];
}

/** A constructor argument as [real, imag, isComplex] (CPython's complex_new conversions). */
function toParts(v: number, which: string): [number, number, boolean] {
  const t = typeOf(v);
  if (t !== T.complex && typeInfo(t).lookup(N.complex) !== 0) {
    const r = callSpecial(v, N.complex, []);
    const c = complexObj(r);
    if (c === 0) typeError(`__complex__ returned non-complex (type ${tname(r)})`);
    return [complexReal(c), complexImag(c), true];
  }
  const c = complexObj(v);
  if (c !== 0) return [complexReal(c), complexImag(c), true];
  const f = floatOf(v);
  if (f !== null) return [f, 0, false];
  const i = intValue(v);
  if (i !== null) return [intToFloatChecked(i), 0, false];
  if (typeInfo(t).slots.float !== null || typeInfo(t).slots.index !== null) return [floatFromObject(v), 0, false];
  return typeError(`complex() ${which} must be a number, not '${tname(v)}'`);
}

/** CPython's complex hash: hash(real) + 1000003 * hash(imag), wrapped to 64 bits, -1 -> -2. */
export function complexHashFull(v: number): bigint {
  const [re, im] = self(v);
  if (im === 0) return floatHashFull(re, v);
  const h = BigInt.asIntN(64, floatHashFull(re, v) + 1000003n * floatHashFull(im, v));
  return h === -1n ? -2n : h;
}

/** a ** b for complex operands given as parts (also float ** float with a negative base). */
export function complexPow(ar: number, ai: number, br: number, bi: number): number {
  const [re, im] = cpow([ar, ai], [br, bi]);
  if (!Number.isFinite(re) || !Number.isFinite(im)) {
    if (Number.isFinite(ar) && Number.isFinite(ai) && Number.isFinite(br) && Number.isFinite(bi)) overflowError('complex exponentiation');
  }
  return newComplex(re, im);
}

/** C's pow for the non-negative magnitudes complex pow works with. */
function cPow(x: number, y: number): number {
  if (x === 0) return y === 0 ? 1 : y > 0 ? 0 : Infinity;
  if (!Number.isFinite(x) || !Number.isFinite(y)) return Math.pow(x, y);
  return cPowPositive(x, y);
}

export const complexType: TypeDef = {
  noargs: ['conjugate', '__complex__'],
  hiddenDunders: ['__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__matmul__', '__rmatmul__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__'],
  name: 'complex',
  layout: L_COMPLEX,
  slots: {
    repr: (v) => newStr(complexRepr(...self(v))),
    hash: (v) => intHash(complexHashFull(v)),
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      const x = parts(a);
      const y = parts(b);
      if (x === null || y === null) return K.NotImplemented;
      return (x[0] === y[0] && x[1] === y[1]) === (op === 2) ? K.True : K.False;
    },
    bool: (v) => { const [re, im] = self(v); return re !== 0 || im !== 0; },
    nb: Array.from({ length: 13 }, (_, op) => slot(op)),
    neg: (v) => { const [re, im] = self(v); return newComplex(-re, -im); },
    pos: (v) => { const [re, im] = self(v); return newComplex(re, im); },
    abs: (v) => {
      const [re, im] = self(v);
      const r = Math.hypot(re, im);
      if (!Number.isFinite(r) && Number.isFinite(re) && Number.isFinite(im)) overflowError('absolute value too large');
      return newFloat(r);
    },
    new: (cls, args, kw) => {
      const [re, im] = bindArgs('complex', args, kw, ['real?', 'imag?']);
      const wrap = (z: number): number => (cls === T.complex ? z : newBoxed(cls, z));
      if (re !== 0 && strObj(re) !== 0) {
        if (im !== 0) typeError("complex() can't take second arg if first is a string");
        const p = parseComplexLiteral(strJs(strObj(re)));
        if ('error' in p) return valueError('complex() arg is a malformed string');
        return wrap(newComplex(p.real, p.imag));
      }
      if (im !== 0 && strObj(im) !== 0) typeError("complex() second arg can't be a string");
      if (re !== 0 && im === 0 && typeOf(re) === T.complex && cls === T.complex) return re;
      if (re !== 0 && strObj(re) === 0 && parts(re) === null && typeInfo(typeOf(re)).lookup(N.complex) === 0
          && typeInfo(typeOf(re)).slots.float === null && typeInfo(typeOf(re)).slots.index === null) {
        typeError(`complex() first argument must be a string or a number, not '${tname(re)}'`);
      }
      let [cr, crImag, crIsComplex] = re === 0 ? [0, 0, false] : toParts(re, 'first argument');
      let [ci, ciImag, ciIsComplex] = im === 0 ? [0, 0, false] : toParts(im, 'second argument');
      if (ciIsComplex) cr -= ciImag;
      if (crIsComplex && im !== 0) ci += crImag;
      else if (crIsComplex) ci = crImag;
      return wrap(newComplex(cr, ci));
    },
  },
  methods: {
    conjugate: (a) => newComplex(self(a[0])[0], -self(a[0])[1]),
    __complex__: (a) => { const [re, im] = self(a[0]); return typeOf(a[0]) === T.complex ? a[0] : newComplex(re, im); },
    __format__: (a) => {
      try {
        return newStr(formatComplex(...self(a[0]), formatSpecArg(a[1])));
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
