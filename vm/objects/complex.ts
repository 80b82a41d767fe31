// complex: arithmetic (with int and float operands), comparison for equality, CPython's hash,
// repr/format through vm/text, and the constructor from numbers or a string.
import { mem } from '../../stmgc/heap';
import { L_BOXED, L_COMPLEX } from '../runtime/layouts';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype, typeInfo } from './type_core';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError, valueError, zeroDivisionError, overflowError } from '../runtime/errors';
import { tname, callSpecial, names as N, getattrOpt, repr, richCompare } from '../runtime/protocol';
import { warn } from '../runtime/warn';
import { transformDecimalAndSpaceToAscii } from '../text/unicode_numeric';
import { newComplex, complexReal, complexImag } from './complex_core';
import { newFloat } from './float_core';
import { floatOf, floatHashFull, floatFromObject } from './float';
import { intValue, intHash, intToFloatChecked } from './int';
import { newStr, strJs } from './str_core';
import { newTuple } from './tuple_core';
import { FormatError, complexRepr, formatComplex, parseComplexLiteral } from '../text';
import { bindArgs, oneArgCountError } from './builtin_function';
import { cExp, cLog, cPow } from './float_libm';
import { hypot, atan2 } from '../modules/cmath_libm';
import { sincos, SIN, COS } from '../modules/cmath_trig';
import { strObj, formatSpecArg } from './str';
import { strictSubclassDeprecated } from './float_as_double';

/** The complex inside v: v itself, or the value of a complex-subclass instance; 0 if neither. */
export function complexObj(v: number): number {
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

// C's errno in complex_pow: EDOM for 0 to a negative or complex power (and, as glibc's cos/sin
// set it, for an infinite phase); an infinite result is ERANGE (_Py_ADJUST_ERANGE2)
let powEdom = false;
let powRe = 0;
let powIm = 0;

/** c_powi: x ** n for an integer |n| <= 100 by repeated squaring, 1 / x ** -n for n < 0. */
function cpowi(ar: number, ai: number, n: number): void {
  const m = Math.abs(n);
  let rr = 1;
  let ri = 0;
  let pr = ar;
  let pi = ai;
  for (let mask = 1; m >= mask; mask <<= 1) {
    if (m & mask) {
      const t = rr * pr - ri * pi;
      ri = rr * pi + ri * pr;
      rr = t;
    }
    const t = pr * pr - pi * pi;
    pi = pr * pi + pi * pr;
    pr = t;
  }
  if (n > 0) {
    powRe = rr;
    powIm = ri;
    return;
  }
  // _Py_c_quot(1, r) of 3.11: Smith's method, EDOM (and 0j) for a zero divisor, nan for a nan
  const abr = Math.abs(rr);
  const abi = Math.abs(ri);
  if (abr >= abi) {
    if (abr === 0) {
      powEdom = true;
      powRe = 0;
      powIm = 0;
    } else {
      const ratio = ri / rr;
      const denom = rr + ri * ratio;
      powRe = (1 + 0 * ratio) / denom;
      powIm = (0 - 1 * ratio) / denom;
    }
  } else if (abi >= abr) {
    const ratio = rr / ri;
    const denom = rr * ratio + ri;
    powRe = (1 * ratio + 0) / denom;
    powIm = (0 * ratio - 1) / denom;
  } else {
    powRe = NaN;
    powIm = NaN;
  }
}

/** _Py_c_pow: polar form with C's pow/exp/log (non-finite arguments as C99 says). */
function cpowGeneral(ar: number, ai: number, br: number, bi: number): void {
  if (br === 0 && bi === 0) {
    powRe = 1;
    powIm = 0;
    return;
  }
  if (ar === 0 && ai === 0) {
    if (bi !== 0 || br < 0) powEdom = true;
    powRe = 0;
    powIm = 0;
    return;
  }
  const vabs = hypot(ar, ai);
  let len = cPow(vabs, br);
  const at = atan2(ai, ar);
  let phase = at * br;
  if (bi !== 0) {
    len /= cExp(at * bi);
    phase += bi * (vabs - vabs === 0 ? cLog(vabs) : vabs);
  }
  sincos(phase);
  powRe = len * COS;
  powIm = len * SIN;
  if (phase === Infinity || phase === -Infinity) powEdom = true;
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

/** The complex of type(v).__complex__(v): a complex, or a strict subclass's value with a
 *  DeprecationWarning; anything else is a TypeError. */
export function complexFromDunder(v: number): number {
  const r = callSpecial(v, N.complex, []);
  const c = complexObj(r);
  if (c === 0) return typeError(`__complex__ returned non-complex (type ${tname(r)})`);
  if (c !== r) warn(T.DeprecationWarning, `__complex__ returned non-complex (type ${tname(r)})${strictSubclassDeprecated('complex')}`);
  return c;
}

/** A constructor argument as [real, imag, isComplex] (CPython's complex_new conversions). */
function toParts(v: number, which: string): [number, number, boolean] {
  const t = typeOf(v);
  if (t !== T.complex && typeInfo(t).lookup(N.complex) !== 0) {
    const c = complexFromDunder(v);
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

/**
 * a ** b for complex operands given as parts (also float ** float with a negative base), as
 * 3.11's complex_pow: a small integer exponent by repeated multiplication, else the polar form;
 * EDOM is ZeroDivisionError, an infinite part OverflowError (also for infinite operands).
 */
export function complexPow(ar: number, ai: number, br: number, bi: number): number {
  powEdom = false;
  if (bi === 0 && br === Math.floor(br) && Math.abs(br) <= 100) cpowi(ar, ai, br);
  else cpowGeneral(ar, ai, br, bi);
  if (powEdom) zeroDivisionError('0.0 to a negative or complex power');
  if (powRe === Infinity || powRe === -Infinity || powIm === Infinity || powIm === -Infinity) overflowError('complex exponentiation');
  return newComplex(powRe, powIm);
}

export const complexType: TypeDef = {
  noargs: ['conjugate', '__complex__', '__getnewargs__'],
  hiddenDunders: ['__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__matmul__', '__rmatmul__', '__floordiv__', '__rfloordiv__', '__mod__', '__rmod__'],
  name: 'complex',
  layout: L_COMPLEX,
  slots: {
    repr: (v) => newStr(complexRepr(...self(v))),
    hash: (v) => intHash(complexHashFull(v)),
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      const ca = complexObj(a);
      if (ca === 0) return K.NotImplemented;
      const re = complexReal(ca);
      const im = complexImag(ca);
      let equal: boolean;
      if (intValue(b) !== null) {
        // exactly, as float == int does (complex(2**53 + 1) != 2**53 + 1)
        if (im === 0) return richCompare(newFloat(re), b, op);
        equal = false;
      } else {
        const y = parts(b);
        if (y === null) return K.NotImplemented;
        equal = re === y[0] && im === y[1];
      }
      return equal === (op === 2) ? K.True : K.False;
    },
    bool: (v) => { const [re, im] = self(v); return re !== 0 || im !== 0; },
    nb: Array.from({ length: 13 }, (_, op) => slot(op)),
    neg: (v) => { const [re, im] = self(v); return newComplex(-re, -im); },
    pos: (v) => { const [re, im] = self(v); return newComplex(re, im); },
    abs: (v) => {
      const [re, im] = self(v);
      const r = hypot(re, im);
      if (!Number.isFinite(r) && Number.isFinite(re) && Number.isFinite(im)) overflowError('absolute value too large');
      return newFloat(r);
    },
    new: (cls, args, kw) => {
      const [re, im] = bindArgs('complex', args, kw, ['real?', 'imag?']);
      const wrap = (z: number): number => (cls === T.complex ? z : newBoxed(cls, z));
      if (re !== 0 && strObj(re) !== 0) {
        if (im !== 0) typeError("complex() can't take second arg if first is a string");
        const text = strJs(strObj(re));
        const p = parseComplexLiteral(text);
        if ('error' in p) {
          // a misplaced underscore fails before the parser (_Py_string_to_number_with_underscores)
          if (p.error === 'underscore') return valueError(`could not convert string to complex: ${strJs(repr(newStr(transformDecimalAndSpaceToAscii(text))))}`);
          return valueError('complex() arg is a malformed string');
        }
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
      if (a.length !== 2) oneArgCountError('complex', '__format__', a); // (METH_O; not typedef's onearg wrapper: format() and f-strings call it)
      try {
        return newStr(formatComplex(...self(a[0]), formatSpecArg(a[1])));
      } catch (e) {
        if (e instanceof FormatError) return raise(T[e.pyType], e.message);
        throw e;
      }
    },
    __getnewargs__: (a) => newTuple([newFloat(self(a[0])[0]), newFloat(self(a[0])[1])]),
  },
  readonlyMembers: ['real', 'imag'], // (member_descriptor, as CPython's)
  getterDocs: { real: 'the real part of a complex number', imag: 'the imaginary part of a complex number' },
  getters: {
    real: (v) => newFloat(self(v)[0]),
    imag: (v) => newFloat(self(v)[1]),
  },
};

export const _keep = [typeOf];
