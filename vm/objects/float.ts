// float: arithmetic with Python's semantics (floor division and modulo signs, ZeroDivisionError,
// OverflowError), exact comparison with ints, CPython's hash (so 1.0 and 1 are one dict key),
// repr/format through vm/text, and the methods.
import { mem } from '../../stmgc/heap';
import { formatSpecArg, strObj } from './str';
import { bytesOf } from './bytes';
import { L_BOXED, L_FLOAT, L_STR } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, raise, typeError, valueError, zeroDivisionError, overflowError } from '../runtime/errors';
import { newFloat, floatValue } from './float_core';
import { newStr, strJs } from './str_core';
import { typeInfo, isSubtype } from './type_core';
import { intValue, intHash, intFromObject, intToFloatChecked } from './int';
import { intFromBigInt, intFromNumber } from './int_core';
import { BX_VALUE, newBoxed, unbox } from './boxed';
import { identityHash } from '../runtime/identity';
import { tname, index, str as pyStr } from '../runtime/protocol';
import { warn } from '../runtime/warn';
import { strictSubclassDeprecated } from './float_as_double';
import {
  FormatError, floatDivmod, floatFromHex, floatHex, floatRepr, floatToBigInt, floatToIntegerRatio, floatMod, floatFloorDiv, formatFloat,
  parseFloatLiteral, roundFloat, roundFloatToInt,
} from '../text';
import { newTuple } from './tuple_core';
import { bindArgs, methodArgRange, oneSlotArg, positionalOnlyNew, oneArgCountError } from './builtin_function';
import { complexPow } from './complex';
import { cPowPositive } from './float_libm';

/** The float value of a float, float-subclass instance, or null. */
export function floatOf(v: number): number | null {
  if ((v & 1) === 1) return null;
  const l = mem[v] & 0x7ff;
  if (l === L_FLOAT) return floatValue(v);
  if (l === L_BOXED && isSubtype(typeOf(v), T.float)) return floatValue(mem[v + BX_VALUE]);
  return null;
}

/** The float value of a float or an int (for mixed arithmetic), or null. */
function asFloat(v: number): number | null {
  const f = floatOf(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i === null) return null;
  return intToFloatChecked(i);
}

function rethrow(e: unknown): never {
  if (e instanceof FormatError) return raise(T[e.pyType], e.message);
  throw e;
}

const isOddInteger = (w: number): boolean => Number.isInteger(w) && Math.abs(w % 2) === 1;

/** float ** float with CPython's float_pow special cases; a complex for a negative base. */
export function floatPow(iv: number, iw: number): number {
  if (iw === 0) return newFloat(1);
  if (Number.isNaN(iv)) return newFloat(iv);
  if (Number.isNaN(iw)) return newFloat(iv === 1 ? 1 : iw);
  if (!Number.isFinite(iw)) {
    const a = Math.abs(iv);
    if (a === 1) return newFloat(1);
    return newFloat((iw > 0) === (a > 1) ? Math.abs(iw) : 0);
  }
  if (!Number.isFinite(iv)) {
    const odd = isOddInteger(iw);
    if (iw > 0) return newFloat(odd ? iv : Math.abs(iv));
    return newFloat(odd ? (iv < 0 ? -0 : 0) : 0);
  }
  if (iv === 0) {
    if (iw < 0) return zeroDivisionError('0.0 cannot be raised to a negative power');
    return newFloat(isOddInteger(iw) ? iv : 0);
  }
  let negate = false;
  if (iv < 0) {
    if (!Number.isInteger(iw)) return complexPow(iv, 0, iw, 0);
    iv = -iv;
    negate = isOddInteger(iw);
  }
  if (iv === 1) return newFloat(negate ? -1 : 1);
  const r = cPowPositive(iv, iw);
  if (r === Infinity) return overflowError("(34, 'Numerical result out of range')");
  return newFloat(negate ? -r : r);
}

function floatDivmodObjects(a: number, b: number): number {
  const x = asFloat(a);
  if (x === null) return K.NotImplemented;
  const y = asFloat(b);
  if (y === null) return K.NotImplemented;
  if (y === 0) return zeroDivisionError('float divmod()');
  const [q, r] = floatDivmod(x, y);
  return newTuple([newFloat(q), newFloat(r)]);
}

function floatSlot(op: number) {
  return (a: number, b: number): number => {
    const x = asFloat(a);
    if (x === null) return K.NotImplemented;
    const y = asFloat(b);
    if (y === null) return K.NotImplemented;
    try {
      switch (op) {
        case 0: return newFloat(x + y);
        case 10: return newFloat(x - y);
        case 5: return newFloat(x * y);
        case 11:
          if (y === 0) return zeroDivisionError('float division by zero');
          return newFloat(x / y);
        case 2:
          if (y === 0) return zeroDivisionError('float floor division by zero');
          return newFloat(floatFloorDiv(x, y));
        case 6:
          if (y === 0) return zeroDivisionError('float modulo');
          return newFloat(floatMod(x, y));
        case 8: return floatPow(x, y);
        default: return K.NotImplemented;
      }
    } catch (e) {
      return rethrow(e);
    }
  };
}

/** Exact comparison of a float with a float or int (CPython's float_richcompare). */
function floatCompare(a: number, b: number, op: number): number {
  const x = floatOf(a);
  if (x === null) return K.NotImplemented;
  let c: number; // sign of (x - y), NaN when unordered
  const yf = floatOf(b);
  if (yf !== null) c = x < yf ? -1 : x > yf ? 1 : x === yf ? 0 : NaN;
  else {
    const yi = intValue(b);
    if (yi === null) return K.NotImplemented;
    if (Number.isNaN(x)) c = NaN;
    else if (!Number.isFinite(x)) c = x > 0 ? 1 : -1;
    else {
      const xi = floatToBigInt(x); // truncated
      if (xi < yi) c = -1;
      else if (xi > yi) c = 1;
      else {
        const frac = x - Math.trunc(x);
        c = frac > 0 ? 1 : frac < 0 ? -1 : 0;
      }
    }
  }
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = !(c === 0); break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return r ? K.True : K.False;
}

const MOD = (1n << 61n) - 1n;
/** CPython's _Py_HashDouble for finite values, as a bigint. */
export function floatHashFull(v: number, self: number): bigint {
  if (Number.isNaN(v)) return BigInt(identityHash(self));
  if (!Number.isFinite(v)) return v > 0 ? 314159n : -314159n;
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 53) {
    const n = BigInt(v);
    return n === -1n ? -2n : n;
  }
  const [num, den] = floatToIntegerRatio(v);
  // hash(n/d) = n * inverse(d) mod M, with the sign of n (den is a power of two)
  const neg = num < 0n;
  let n = (neg ? -num : num) % MOD;
  let d = den;
  let e = 0n;
  while (d > 1n) {
    d >>= 1n;
    e++;
  }
  // multiply by 2^-e mod M: 2^61 = 1 mod M, so 2^-e = 2^(61 - e mod 61)
  const k = (61n - (e % 61n)) % 61n;
  n = (n * (1n << k)) % MOD;
  let h = neg ? -n : n;
  if (h === -1n) h = -2n;
  return h;
}

export function floatHash(v: number, self: number): number {
  if (Number.isInteger(v) && Math.abs(v) < 2 ** 30) return v === -1 ? -2 : v;
  return intHash(floatHashFull(v, self));
}

/**
 * float(s) of an exact str, for CALL (interp/loop.ts callFromStack): the float, or 0 with the
 * ValueError of a text that is not a float soft-raised (runtime/soft_raise.ts) instead of thrown:
 * `float('x')` caught in a loop cost ~5 µs, most of it V8 unwinding a JS throw (CPython 0.5 µs).
 */
export function floatOfStrSoft(s: number): number {
  const f = plainDecimalFloat(s);
  if (f === f) return newFloat(f);
  const r = parseFloatLiteral(strJs(s));
  if (r === null) return softRaise(notAFloat(s));
  return newFloat(r);
}

/** The ValueError of float(s) for a text s that is not a float (str or bytes-like). */
function notAFloat(s: number): number {
  return excWithMessage(T.ValueError, `could not convert string to float: ${strJs(reprOf(s))}`);
}
import { softRaise } from '../runtime/soft_raise';
import { excWithMessage } from '../runtime/errors';

/** float(x) (PyNumber_Float). */
export function floatFromObject(x: number): number {
  const f = floatOf(x);
  if (f !== null && typeOf(x) === T.float) return f;
  const ti = typeInfo(typeOf(x));
  if (ti.slots.float !== null && typeOf(x) !== T.float) {
    const r = ti.slots.float(x);
    const rv = floatOf(r);
    if (rv === null) return typeError(`${tname(x)}.__float__ returned non-float (type ${tname(r)})`);
    if (typeOf(r) !== T.float) {
      warn(T.DeprecationWarning, `${tname(x)}.__float__ returned non-float (type ${tname(r)})${strictSubclassDeprecated('float')}`);
    }
    return rv;
  }
  if (f !== null) return f;
  if (ti.slots.index !== null) {
    const i = intValue(index(x))!;
    return intToFloatChecked(i);
  }
  const u = unbox(x);
  const l = (u & 1) === 0 ? mem[u] & 0x7ff : 0;
  if (l === L_STR) {
    const r = parseFloatLiteral(strJs(u));
    if (r === null) throw new PyException(notAFloat(u));
    return r;
  }
  // bytes, bytearray and any other bytes-like object (memoryview, array.array): ASCII text only,
  // b'1\xa0' is not '1' and a no-break space
  const data = (u & 1) === 0 && l !== 0 ? bytesOf(u) : null;
  if (data !== null) {
    const text = Buffer.from(data).toString('latin1');
    const r = /[^\x00-\x7f]/.test(text) ? null : parseFloatLiteral(text);
    if (r === null) throw new PyException(notAFloat(u));
    return r;
  }
  return typeError(`float() argument must be a string or a real number, not '${tname(x)}'`);
}
import { repr as reprOf } from '../runtime/protocol';
import { plainDecimalFloat } from '../text/float_parse_units';

function fself(v: number): number {
  const f = floatOf(v);
  if (f === null) return typeError(`descriptor requires a 'float' object but received a '${tname(v)}'`);
  return f;
}

export const floatType: TypeDef = {
  noargs: ['__ceil__', '__floor__', '__trunc__', 'as_integer_ratio', 'conjugate', 'hex', 'is_integer', '__getnewargs__'],
  hiddenDunders: ['__and__', '__rand__', '__or__', '__ror__', '__xor__', '__rxor__', '__lshift__', '__rlshift__', '__rshift__', '__rrshift__', '__matmul__', '__rmatmul__'],
  name: 'float',
  onearg: ['fromhex'],
  layout: L_BOXED,
  slots: {
    repr: (self) => newStr(floatRepr(fself(self))),
    hash: (self) => floatHash(fself(self), self),
    richcompare: floatCompare,
    bool: (self) => fself(self) !== 0,
    nb: Array.from({ length: 13 }, (_, op) => floatSlot(op)),
    neg: (self) => newFloat(-fself(self)),
    pos: (self) => newFloat(fself(self)),
    abs: (self) => newFloat(Math.abs(fself(self))),
    int: (self) => {
      const f = fself(self);
      if (Number.isNaN(f)) return valueError('cannot convert float NaN to integer');
      if (!Number.isFinite(f)) return overflowError('cannot convert float infinity to integer');
      return intFromBigInt(floatToBigInt(f));
    },
    float: (self) => newFloat(fself(self)),
    new: (cls, args, kw) => {
      if (cls === T.float && kw === 0 && args.length === 1) {
        // float('12.5'): the plain decimal form from the str's units (text/float_parse_units.ts)
        const f = plainDecimalFloat(args[0]);
        if (f === f) return newFloat(f);
      }
      const [x] = bindArgs('float', positionalOnlyNew('float', cls, T.float, args, kw), 0, ['x?']);
      const v = x === 0 ? 0 : floatFromObject(x);
      const r = newFloat(v);
      return cls === T.float ? r : newBoxed(cls, r);
    },
  },
  methods: {
    is_integer: (a) => (Number.isInteger(fself(a[0])) ? K.True : K.False),
    as_integer_ratio: (a) => {
      const f = fself(a[0]);
      if (Number.isNaN(f)) valueError('cannot convert NaN to integer ratio');
      if (!Number.isFinite(f)) overflowError('cannot convert Infinity to integer ratio');
      const [n, d] = floatToIntegerRatio(f);
      return newTuple([intFromBigInt(n), intFromBigInt(d)]);
    },
    hex: (a) => newStr(floatHex(fself(a[0]))),
    conjugate: (a) => newFloat(fself(a[0])),
    __trunc__: (a) => floatTypeInt(fself(a[0]), Math.trunc),
    __floor__: (a) => floatTypeInt(fself(a[0]), Math.floor),
    __ceil__: (a) => floatTypeInt(fself(a[0]), Math.ceil),
    __round__: (a) => {
      methodArgRange('__round__', a, 0, 1);
      const f = fself(a[0]);
      try {
        if (a.length < 2 || a[1] === K.None) {
          if (Number.isNaN(f)) valueError('cannot convert float NaN to integer');
          if (!Number.isFinite(f)) overflowError('cannot convert float infinity to integer');
          return intFromBigInt(roundFloatToInt(f));
        }
        return newFloat(roundFloat(f, intValue(index(a[1]))!));
      } catch (e) {
        return rethrow(e);
      }
    },
    __format__: (a) => {
      if (a.length !== 2) oneArgCountError('float', '__format__', a); // (METH_O; not typedef's onearg wrapper: format() and f-strings call it)
      try {
        const spec = formatSpecArg(a[1]);
        // an empty spec is str(self) for a float subclass (its __str__ may be overridden)
        if (spec === '' && typeOf(a[0]) !== T.float && floatOf(a[0]) !== null) return pyStr(a[0]);
        return newStr(formatFloat(fself(a[0]), spec));
      } catch (e) {
        return rethrow(e);
      }
    },
    __getnewargs__: (a) => newTuple([newFloat(fself(a[0]))]),
    __divmod__: (a) => (oneSlotArg(a, '__divmod__', 'float'), floatDivmodObjects(a[0], a[1])),
    __rdivmod__: (a) => (oneSlotArg(a, '__rdivmod__', 'float'), floatDivmodObjects(a[1], a[0])),
  },
  classmethods: {
    __getformat__: (a) => {
      // both C types are IEEE 754 binary formats stored little-endian here
      if (a.length !== 2) typeError(`float.__getformat__() takes exactly one argument (${a.length - 1} given)`);
      if (strObj(a[1]) === 0) typeError(`__getformat__() argument must be str, not ${a[1] === K.None ? 'None' : tname(a[1])}`);
      const which = strJs(strObj(a[1]));
      if (which !== 'double' && which !== 'float') valueError("__getformat__() argument 1 must be 'double' or 'float'");
      return newStr('IEEE, little-endian');
    },
    fromhex: (a) => {
      if (strObj(a[1]) === 0) typeError('bad argument type for built-in operation');
      try {
        const r = newFloat(floatFromHex(strJs(strObj(a[1]))));
        return a[0] === T.float ? r : callObjectFn(a[0], [r]);
      } catch (e) {
        return rethrow(e);
      }
    },
  },
  getters: {
    real: (self) => newFloat(fself(self)),
    imag: () => newFloat(0),
  },
};

import { callObject } from '../interp/call';
function callObjectFn(c: number, args: number[]): number { return callObject(c, args, 0); }

function floatTypeInt(f: number, round: (x: number) => number): number {
  if (Number.isNaN(f)) return valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) return overflowError('cannot convert float infinity to integer');
  return intFromBigInt(floatToBigInt(round(f)));
}

export const _keep = [intFromObject, intFromNumber];
