// int and bool: arithmetic, comparison, hashing (CPython's: n mod 2**61-1), conversion and
// the methods. Tagged small ints take the fast paths (intBinarySmall is what BINARY_OP tries
// first); everything else computes on bigints and normalises the result back (int_core.ts).
import { argTypeName } from '../runtime/protocol';
import { isArray } from './array_core';
import { mem, u16 } from '../../stmgc/heap';
import { formatSpecArg, strObj } from './str';
import { L_BOOL, L_BOXED, L_BYTEARRAY, L_BYTES, L_FLOAT, L_INSTANCE, L_INT, L_STR } from '../runtime/layouts';
import { bytesOf } from './bytes';
import { bytearrayView } from './bytearray';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, raise, typeError, valueError, zeroDivisionError, overflowError, excWithMessage } from '../runtime/errors';
import { intFromBigInt, intFromNumber, smallOrMedium, toBigInt } from './int_core';
import { newFloat, floatValue } from './float_core';
import { newStr, strDataBase, strIsBmp, strJs, strLen } from './str_core';
import { maxStrDigitsToIntMessage } from '../text/int_parse';
import { isSubtype, typeInfo } from './type_core';
import { index, isIntObject, tname, callSpecial, names as N, isInstance, str as pyStr } from '../runtime/protocol';
import { BX_VALUE, newBoxed, unbox } from './boxed';
import { FormatError, floatToBigInt, formatInt, intToDecimalString, parseIntLiteral, intToPrefixedString } from '../text';
import { floatPow } from './float';
import { bindArgs, methodArgRange, noKeywords, oneSlotArg, oneArgCountError } from './builtin_function';
import { bytesView } from './bytes_core';
import { newTuple } from './tuple_core';
import { newBytes } from './bytes_core';
import { getMaxStrDigits } from '../runtime/limits';
import { decimalStr } from './str_int';

/** repr(int): a tagged or medium int's digits straight into the str (str_int.ts); a big one
 *  through the BigInt (its max-str-digits check included). */
export function intReprSlot(self: number): number {
  if ((self & 1) === 1) return decimalStr(self >> 1);
  const n = smallOrMedium(self);
  return n === n ? decimalStr(n) : newStr(intRepr(intOf(self)));
}

const HASH_MOD = (1n << 61n) - 1n;

/** The int value of an int, bool or int-subclass instance, or null. */
export function intValue(v: number): bigint | null {
  if ((v & 1) === 1) return BigInt(v >> 1);
  const l = mem[v] & 0x7ff;
  if (l === L_INT) return toBigInt(v);
  if (l === L_BOOL) return BigInt(mem[v + 2] >> 1);
  if (l === L_BOXED) {
    const inner = mem[v + BX_VALUE];
    return isSubtype(typeOf(v), T.int) ? intValue(inner) : null;
  }
  return null;
}

export function newBool(b: boolean): number { return b ? K.True : K.False; }

/** Full CPython hash of an int (a bigint: what hash() returns). */
export function intHashFull(n: bigint): bigint {
  const neg = n < 0n;
  let m = neg ? -n : n;
  if (m >= HASH_MOD) m %= HASH_MOD;
  let h = neg ? -m : m;
  if (h === -1n) h = -2n;
  return h;
}

/** The int32 table hash (low bits of the full hash, as CPython's hash & mask uses). */
export function intHash(n: bigint): number {
  if (n >= -9007199254740991n && n <= 9007199254740991n) {
    const x = Number(n) | 0;
    return x === -1 ? -2 : x;
  }
  const h = Number(BigInt.asIntN(32, intHashFull(n)));
  return h === -1 ? -2 : h;
}

// ── fast path ──

/** BINARY_OP on two tagged ints; 0 when the slow path must handle it. */
export function intBinarySmall(op: number, a: number, b: number): number {
  const x = a >> 1;
  const y = b >> 1;
  // the add/subtract of BINARY_OP comes here only past the tagged range (a sum past 2^30, late in
  // a program); computed for every operation, so that it has feedback when it first counts (V8
  // inlines this into run(): an operation that never ran deoptimizes all of it, vm/NOTES.md
  // "Every site has feedback"); y is negated branch-free ((y ^ -1) + 1 === -y)
  const neg = op === 10 ? -1 : 0;
  const sum = x + ((y ^ neg) - neg);
  let r: number;
  switch (op) {
    case 0:
    case 10: r = sum; break;
    case 5:
      r = x * y;
      if (!Number.isSafeInteger(r)) return 0;
      break;
    case 1: return ((x & y) << 1) | 1;
    case 7: return ((x | y) << 1) | 1;
    case 12: return ((x ^ y) << 1) | 1;
    case 2:
      if (y === 0) return 0;
      r = Math.floor(x / y);
      break;
    case 6:
      if (y === 0) return 0;
      r = x % y;
      if (r !== 0 && (r < 0) !== (y < 0)) r += y;
      break;
    case 11:
      if (y === 0) return 0;
      return newFloat(x / y);
    case 3:
      if (y < 0 || y > 31) return 0;
      r = x * 2 ** y;
      if (!Number.isSafeInteger(r)) return 0;
      break;
    case 9:
      if (y < 0) return 0;
      r = y > 31 ? (x < 0 ? -1 : 0) : x >> y;
      break;
    default:
      return 0;
  }
  // (one call for both sizes: its own range test first; a call here only past the range would
  // be a first use late in a program as above)
  return intFromNumber(r);
}

// ── bigint arithmetic ──
function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  // one division: the remainder is only needed when the signs differ (truncation != floor)
  return (a < 0n) !== (b < 0n) && q * b !== a ? q - 1n : q;
}
function floorMod(a: bigint, b: bigint): bigint {
  const r = a % b;
  return r !== 0n && (r < 0n) !== (b < 0n) ? r + b : r;
}

/** Bit length of |n| (n.bit_length()). */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n < 0x100000000n) return 32 - Math.clz32(Number(n));
  const h = n.toString(16);
  return (h.length - 1) * 4 + (32 - Math.clz32(parseInt(h[0], 16)));
}

function popCount(v: bigint): number {
  let m = v < 0n ? -v : v;
  let c = 0;
  while (m > 0n) {
    let w = Number(m & 0xffffffffn);
    w -= (w >>> 1) & 0x55555555;
    w = (w & 0x33333333) + ((w >>> 2) & 0x33333333);
    c += (((w + (w >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
    m >>= 32n;
  }
  return c;
}

/** x * 2**e without intermediate overflow/underflow (exact when the result is representable). */
export function ldexpExact(x: number, e: number): number {
  while (e > 1000) { x *= 2 ** 1000; e -= 1000; }
  while (e < -1000) { x *= 2 ** -1000; e += 1000; }
  return x * 2 ** e;
}

/** float(n) with CPython's OverflowError. */
export function intToFloatChecked(n: bigint): number {
  const x = Number(n);
  if (x === Infinity || x === -Infinity) return overflowError('int too large to convert to float');
  return x;
}

/** a / b correctly rounded to a float (CPython's long_true_divide). */
export function intTrueDiv(a: bigint, b: bigint): number {
  if (b === 0n) return zeroDivisionError('division by zero');
  const lim = 1n << 53n;
  if (a > -lim && a < lim && b > -lim && b < lim) return Number(a) / Number(b);
  const neg = (a < 0n) !== (b < 0n);
  const n = a < 0n ? -a : a;
  const d = b < 0n ? -b : b;
  if (n === 0n) return neg ? -0 : 0;
  const diff = bitLength(n) - bitLength(d);
  if (diff > 1024) return overflowError('integer division result too large for a float');
  if (diff < -1021 - 53 - 1) return neg ? -0 : 0;
  const shift = Math.max(diff, -1021) - 53 - 2;
  let inexact = false;
  let x: bigint;
  if (shift <= 0) x = n << BigInt(-shift);
  else {
    x = n >> BigInt(shift);
    inexact = (n & ((1n << BigInt(shift)) - 1n)) !== 0n;
  }
  const rem = x % d;
  x /= d;
  if (rem !== 0n) inexact = true;
  const xBits = bitLength(x);
  const extra = Math.max(xBits, -1021 - shift) - 53;
  const mask = 1n << BigInt(extra - 1);
  const low = (x & (4n * mask - 1n)) | (inexact ? 1n : 0n);
  if ((low & mask) !== 0n && (low & (3n * mask - 1n)) !== 0n) x += mask;
  x &= ~(2n * mask - 1n);
  const dx = Number(x);
  if (shift + xBits >= 1024 && (shift + xBits > 1024 || dx === 2 ** xBits)) {
    return overflowError('integer division result too large for a float');
  }
  const r = ldexpExact(dx, shift);
  return neg ? -r : r;
}

export function intPow(a: bigint, b: bigint, mod: bigint | null): number {
  if (mod !== null) {
    if (mod === 0n) return valueError('pow() 3rd argument cannot be 0');
    let base = a;
    let e = b;
    const m = mod < 0n ? -mod : mod;
    if (e < 0n) {
      base = modInverse(floorMod(base, m), m);
      e = -e;
    }
    let result = 1n % m;
    base = floorMod(base, m);
    while (e > 0n) {
      if (e & 1n) result = (result * base) % m;
      base = (base * base) % m;
      e >>= 1n;
    }
    if (mod < 0n && result !== 0n) result += mod;
    return intFromBigInt(result);
  }
  if (b < 0n) {
    if (a === 0n) return zeroDivisionError('0.0 cannot be raised to a negative power');
    return floatPow(intToFloatChecked(a), intToFloatChecked(b));
  }
  if (a === 1n || b === 0n) return intFromNumber(1);
  if (a === 0n) return intFromNumber(0);
  if (a === -1n) return intFromNumber(b % 2n === 0n ? 1 : -1);
  if (b > 10_000_000n) return raise(T.MemoryError, '');
  return intFromBigInt(a ** b);
}

function modInverse(a: bigint, m: bigint): bigint {
  let [oldR, r] = [a, m];
  let [oldS, s] = [1n, 0n];
  while (r !== 0n) {
    const q = oldR / r;
    [oldR, r] = [r, oldR - q * r];
    [oldS, s] = [s, oldS - q * s];
  }
  if (oldR !== 1n) return valueError('base is not invertible for the given modulus');
  return floorMod(oldS, m);
}

function shiftCount(b: bigint): number {
  if (b < 0n) return valueError('negative shift count');
  if (b > 1n << 40n) return overflowError('too many digits in integer');
  return Number(b);
}

export function intBinary(op: number, a: bigint, b: bigint): number {
  switch (op) {
    case 0: return intFromBigInt(a + b);
    case 10: return intFromBigInt(a - b);
    case 5: return intFromBigInt(a * b);
    case 1: return intFromBigInt(a & b);
    case 7: return intFromBigInt(a | b);
    case 12: return intFromBigInt(a ^ b);
    case 2:
      if (b === 0n) return zeroDivisionError('integer division or modulo by zero');
      return intFromBigInt(floorDiv(a, b));
    case 6:
      if (b === 0n) return zeroDivisionError('integer modulo by zero');
      return intFromBigInt(floorMod(a, b));
    case 11: return newFloat(intTrueDiv(a, b));
    case 3: {
      if (b >= 0n && a === 0n) return intFromNumber(0); // (0 << 2**1000 is 0, as CPython)
      const n = shiftCount(b);
      if (n > 1 << 26) return raise(T.MemoryError, '');
      return intFromBigInt(a << BigInt(n));
    }
    case 9: {
      if (b < 0n) return valueError('negative shift count');
      if (b > 1n << 40n) return intFromNumber(a < 0n ? -1 : 0); // every bit shifted out
      const n = shiftCount(b);
      return intFromBigInt(a >> BigInt(Math.min(n, 1 << 30)));
    }
    case 8: return intPow(a, b, null);
    default: return K.NotImplemented;
  }
}

/** BINARY_OP on two ints below 2^53 (tagged or medium) with JS numbers; 0 = use bigints. */
export function intBinaryNumber(op: number, x: number, y: number): number {
  let r: number;
  switch (op) {
    case 0: r = x + y; break;
    case 10: r = x - y; break;
    case 5: r = x * y; break;
    case 2:
    case 6: {
      if (y === 0) return 0;
      let m = x % y;
      let q = (x - m) / y;
      if (m !== 0 && (m < 0) !== (y < 0)) {
        m += y;
        q -= 1;
      }
      r = op === 2 ? q : m;
      break;
    }
    case 11:
      if (y === 0) return 0;
      return newFloat(x / y);
    default:
      return 0;
  }
  return Number.isSafeInteger(r) ? intFromNumber(r) : 0;
}

function intDivmod(a: number, b: number): number {
  const x = intValue(a);
  const y = intValue(b);
  if (x === null || y === null) return K.NotImplemented;
  if (y === 0n) return zeroDivisionError('integer division or modulo by zero');
  if ((a & b & 1) === 1) {
    const p = a >> 1;
    const q = b >> 1;
    let m = p % q;
    let d = (p - m) / q;
    if (m !== 0 && (m < 0) !== (q < 0)) {
      m += q;
      d -= 1;
    }
    return newTuple([intFromNumber(d), intFromNumber(m)]);
  }
  return newTuple([intFromBigInt(floorDiv(x, y)), intFromBigInt(floorMod(x, y))]);
}

import { limbBinary, limbCompare, limbFloorDiv } from './int_limbs';

function intSlot(op: number) {
  return (a: number, b: number): number => {
    const xn = smallOrMedium(a);
    if (xn === xn) {
      const yn = smallOrMedium(b);
      if (yn === yn) {
        const r = intBinaryNumber(op, xn, yn);
        if (r !== 0) return r;
      }
    }
    if ((op === 0 || op === 10 || op === 5) && (a & b & 1) === 0) {
      // a big operand: sums, differences and small multiples on the limbs (int_limbs.ts)
      const r = limbBinary(op, a, b);
      if (r !== 0) return r;
    } else if (op === 2 && (a & b & 1) === 0) {
      const r = limbFloorDiv(a, b);
      if (r !== 0) return r;
    }
    const x = intValue(a);
    if (x === null) return K.NotImplemented;
    const y = intValue(b);
    if (y === null) return K.NotImplemented;
    if ((a & b & 1) === 1) {
      const r = intBinarySmall(op, a, b);
      if (r !== 0) return r;
    }
    return intBinary(op, x, y);
  };
}

function boolSlot(op: number) {
  const generic = intSlot(op);
  return (a: number, b: number): number => {
    const la = (a & 1) === 0 ? mem[a] & 0x7ff : 0;
    const lb = (b & 1) === 0 ? mem[b] & 0x7ff : 0;
    if (la === L_BOOL && lb === L_BOOL) {
      const x = a === K.True;
      const y = b === K.True;
      return newBool(op === 1 ? x && y : op === 7 ? x || y : x !== y);
    }
    return generic(a, b);
  };
}

export function intCompare(a: number, b: number, op: number): number {
  const xn = smallOrMedium(a);
  const yn = smallOrMedium(b);
  if (xn === xn && yn === yn) {
    let r: boolean;
    switch (op) {
      case 0: r = xn < yn; break;
      case 1: r = xn <= yn; break;
      case 2: r = xn === yn; break;
      case 3: r = xn !== yn; break;
      case 4: r = xn > yn; break;
      default: r = xn >= yn; break;
    }
    return r ? K.True : K.False;
  }
  const c = limbCompare(a, b);
  if (c !== 2) return orderResult(c, op);
  const x = intValue(a);
  const y = intValue(b);
  if (x === null || y === null) return K.NotImplemented;
  return orderResult(x < y ? -1 : x > y ? 1 : 0, op);
}

/** Rich comparison `op` (0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=) of two values ordered as c (-1, 0, 1). */
function orderResult(c: number, op: number): number {
  let r: boolean;
  switch (op) {
    case 0: r = c < 0; break;
    case 1: r = c <= 0; break;
    case 2: r = c === 0; break;
    case 3: r = c !== 0; break;
    case 4: r = c > 0; break;
    default: r = c >= 0; break;
  }
  return r ? K.True : K.False;
}

export function intRepr(v: bigint): string {
  try {
    return intToDecimalString(v, getMaxStrDigits());
  } catch (e) {
    if (e instanceof FormatError) return raise(T[e.pyType], e.message);
    throw e;
  }
}

function intOf(self: number): bigint {
  const v = intValue(self);
  if (v === null) return typeError(`descriptor requires a 'int' object but received a '${tname(self)}'`);
  return v;
}

/** int(x) / int(x, base) */
function intNew(cls: number, args: number[], kwnames: number): number {
  if (cls === T.int && kwnames === 0 && args.length === 1) {
    const r = shortDecimal(args[0]);
    if (r !== 0) return r;
  }
  // x is positional-only
  if (kwnames !== 0) for (let i = 0; i < tupleLen(kwnames); i++) if (strJs(tupleItem(kwnames, i)) === 'x') typeError("'x' is an invalid keyword argument for int()");
  const [x, base] = bindArgs('int', args, kwnames, ['x?', 'base?']);
  let v: bigint;
  if (x === 0) {
    if (base !== 0) typeError("int() missing string argument");
    v = 0n;
  } else if (base !== 0) {
    const b = toBigInt(index(base));
    if ((b < 2n || b > 36n) && b !== 0n) valueError('int() base must be >= 2 and <= 36, or 0');
    v = parseText(x, Number(b), true);
  } else v = intFromObject(x);
  const r = intFromBigInt(v);
  if (cls === T.int) return r;
  if (cls === T.bool) return v !== 0n ? K.True : K.False;
  return newBoxed(cls, r);
}

/**
 * int(s) of an exact str that is a short ASCII decimal ([spaces][sign]1-15 digits[spaces]), read
 * from its heap units: no JS string, no BigInt (int('12345') 700 -> ~200 ns). 0 for anything
 * else (underscores, other whitespace or digits, longer numbers, errors), which parseText reads.
 */
function shortDecimal(x: number): number {
  if ((x & 1) === 1 || (mem[x] & 0x7ff) !== L_STR || !strIsBmp(x)) return 0;
  const n = strLen(x);
  if (n === 0 || n > 24) return 0;
  const d = strDataBase(x);
  const u = u16;
  let i = 0;
  while (i < n && (u[d + i] === 32 || (u[d + i] >= 9 && u[d + i] <= 13))) i++;
  let neg = false;
  if (i < n && (u[d + i] === 43 || u[d + i] === 45)) { neg = u[d + i] === 45; i++; }
  const start = i;
  let v = 0;
  while (i < n) {
    const c = u[d + i] - 48;
    if (c < 0 || c > 9) break;
    v = v * 10 + c;
    i++;
  }
  if (i === start || i - start > 15) return 0;
  while (i < n && (u[d + i] === 32 || (u[d + i] >= 9 && u[d + i] <= 13))) i++;
  if (i !== n) return 0;
  return intFromNumber(neg ? -v : v);
}

/** sys.set_int_max_str_digits without reading the string into JS first: a decimal str whose
 *  run of digits is over the limit is refused at once from its heap units (CPython refuses a
 *  4 MB string in a few ms; converting it to a JS string first took 30-140 ms). Anything
 *  unusual (not BMP, not ASCII, misplaced underscores, a 0 prefix) is left to parseIntLiteral,
 *  which raises the same error. */
function refuseLongDecimal(s: number, base: number): void {
  const limit = getMaxStrDigits();
  const n = strLen(s);
  if (limit <= 0 || n <= limit || (base !== 10 && base !== 0) || !strIsBmp(s)) return;
  const d = strDataBase(s);
  let i = 0;
  while (i < n && (u16[d + i] === 32 || (u16[d + i] >= 9 && u16[d + i] <= 13))) i++;
  if (i < n && (u16[d + i] === 43 || u16[d + i] === 45)) i++;
  if (i >= n || u16[d + i] < 49 || u16[d + i] > 57) return; // (a leading 0 or _: the slow path)
  let digits = 0;
  let prev = 0;
  // two units per word while both are digits (the data starts word-aligned at payload S_DATA)
  if ((i & 1) === 1) { i++; digits++; }
  // (in calls of LOOP_CHUNK words: one call's long loop would stay unoptimized, interp/osr_off.ts)
  const w0 = d >> 1;
  for (;;) {
    const end = Math.min(n - 1, i + 2 * LOOP_CHUNK);
    const j = digitPairsUpTo(w0, i, end);
    digits += j - i;
    i = j;
    if (j < end || j + 1 >= n) break;
  }
  if (digits > 0) prev = 48;
  for (; i < n; i++) {
    const c = u16[d + i];
    if (c === 95) {
      if (prev === 95) return;
    } else if (c >= 48 && c <= 57) digits++;
    else if (c >= 128) return;
    else break;
    prev = c;
  }
  if (prev === 95) return;
  if (digits > limit) valueError(maxStrDigitsToIntMessage(limit, digits));
}

/** From the even unit index i, while i < end: steps over words of two ASCII digits; returns
 *  where it stopped (at the first word that is not two digits, or at or past end). */
function digitPairsUpTo(w0: number, i: number, end: number): number {
  const m = mem;
  while (i < end) {
    const w = m[w0 + (i >> 1)];
    if ((w & 0xfff0fff0) !== 0x00300030 || ((w + 0x00060006) & 0xfff0fff0) !== 0x00300030) break;
    i += 2;
  }
  return i;
}
import { LOOP_CHUNK } from '../interp/osr_off';

function parseText(x: number, base: number, explicitBase: boolean): bigint {
  const u = unbox(x);
  const l = (u & 1) === 0 ? mem[u] & 0x7ff : 0;
  let text: string;
  if (l === L_STR) {
    refuseLongDecimal(u, base);
    text = strJs(u);
  }
  else if (l === L_BYTES) text = Buffer.from(bytesView(u)).toString('latin1');
  else if (l === L_BYTEARRAY && !isArray(u)) text = Buffer.from(bytearrayView(u)).toString('latin1');
  else if (explicitBase) return typeError("int() can't convert non-string with explicit base"); // (memoryview too)
  else if (typeOf(u) === T.memoryview) return parseText(callSpecial(u, internName('tobytes'), []), base, explicitBase);
  else if ((l === L_INSTANCE || l === L_BYTEARRAY) && bytesOf(u) !== null) text = Buffer.from(bytesOf(u)!).toString('latin1'); // (an exported buffer: array.array)
  else return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${tname(x)}'`);
  const r = parseLiteral(text, base);
  if (r === null) {
    const shown = l === L_STR ? reprText(text) : bytesRepr(Buffer.from(text, 'latin1'));
    return valueError(`invalid literal for int() with base ${base}: ${shown}`);
  }
  return r;
}

/** The value of an int literal's text in `base`, or null when it is not one (the caller's
 *  ValueError); a FormatError of the parser (too many digits) raised as its Python exception. */
function parseLiteral(text: string, base: number): bigint | null {
  try {
    return parseIntLiteral(text, base, getMaxStrDigits());
  } catch (e) {
    if (e instanceof FormatError) return raise(T[e.pyType], e.message);
    throw e;
  }
}

/**
 * int(s, base) of an exact str and a valid base (0 or 2-36), for CALL (interp/loop.ts
 * callFromStack): the int, or 0 with the ValueError of a text that is not a literal soft-raised
 * (runtime/soft_raise.ts) instead of thrown: `int('x')` caught in a loop cost ~4.9 µs, most of it
 * V8 unwinding a JS throw (CPython 0.66 µs). The digit limit's ValueError is still thrown (rare).
 */
export function intOfStrBaseSoft(x: number, base: number): number {
  if (base === 10) {
    const r = shortDecimal(x);
    if (r !== 0) return r;
  }
  refuseLongDecimal(x, base);
  const text = strJs(x);
  const v = parseLiteral(text, base);
  if (v === null) return softRaise(excWithMessage(T.ValueError, `invalid literal for int() with base ${base}: ${reprText(text)}`));
  return intFromBigInt(v);
}
import { softRaise } from '../runtime/soft_raise';

/** The class of x gets `name` from a class statement (not a builtin's slot). */
function userDefined(x: number, name: number): boolean {
  const d = typeInfo(typeOf(x)).definer(name);
  return d !== 0 && (typeFlags(d) & TF_HEAPTYPE) !== 0;
}
import { TF_HEAPTYPE, typeFlags } from './type_core';

/** __int__/__index__ gave an instance of a strict subclass of int: deprecated (CPython 3.11). */
function warnSubclass(dunder: string, r: number): void {
  warn(T.DeprecationWarning, `${dunder} returned non-int (type ${tname(r)})${strictSubclassDeprecated('int')}`);
}
import { warn } from '../runtime/warn';
import { strictSubclassDeprecated } from './float_as_double';
import { bytesRepr } from './bytes';
import { tupleItem, tupleLen } from './tuple_core';
function reprText(s: string): string {
  return strJs(callSpecial(newStr(s), N.repr, []));
}

/** int(x) for a single argument (PyNumber_Long). */
export function intFromObject(x: number): bigint {
  const iv = intValue(x);
  if (iv !== null && (typeOf(x) === T.int || typeOf(x) === T.bool)) return iv;
  const u = unbox(x);
  const l = (u & 1) === 0 ? mem[u] & 0x7ff : 0;
  const ti = typeInfo(typeOf(x));
  if (ti.slots.int !== null && typeOf(x) !== T.int && typeOf(x) !== T.str) {
    const r = ti.slots.int(x);
    const rv = intValue(r);
    if (rv === null) return typeError(`__int__ returned non-int (type ${tname(r)})`);
    if (typeOf(r) !== T.int && userDefined(x, N.int)) warnSubclass('__int__', r);
    return rv;
  }
  if (ti.slots.index !== null && typeOf(x) !== T.int) {
    const r = index(x);
    if (typeOf(r) !== T.int && userDefined(x, N.index)) warnSubclass('__index__', r);
    return intValue(r)!;
  }
  if (iv !== null) return iv;
  const trunc = typeInfo(typeOf(x)).lookup(internName('__trunc__'));
  if (trunc !== 0) {
    warn(T.DeprecationWarning, 'The delegation of int() to __trunc__ is deprecated.');
    const r = callSpecial(x, internName('__trunc__'), []);
    const rv = intValue(r);
    if (rv !== null) return rv;
    if (typeInfo(typeOf(r)).slots.index === null) typeError(`__trunc__ returned non-Integral (type ${tname(r)})`);
    const ri = index(r);
    if (typeOf(ri) !== T.int && userDefined(r, N.index)) warnSubclass('__index__', ri);
    return intValue(ri)!;
  }
  if (l === L_FLOAT) return floatToInt(floatValue(u));
  if (l === L_STR || l === L_BYTES || l === L_BYTEARRAY || typeOf(u) === T.memoryview) return parseText(x, 10, false);
  if (l === L_INSTANCE && bytesOf(u) !== null) return parseText(x, 10, false);
  return typeError(`int() argument must be a string, a bytes-like object or a real number, not '${tname(x)}'`);
}

export function floatToInt(f: number): bigint {
  if (Number.isNaN(f)) return valueError('cannot convert float NaN to integer');
  if (!Number.isFinite(f)) return overflowError('cannot convert float infinity to integer');
  return floatToBigInt(f);
}

import { intern } from './str_core';
const internName = (s: string): number => intern(s);


function intFormat(self: number, spec: number): number {
  const v = intOf(self);
  const specText = formatSpecArg(spec);
  try {
    // an empty spec is str(self) for anything but an exact int (bool, IntEnum, subclasses with __str__)
    if (specText === '' && (self & 1) === 0 && typeOf(self) !== T.int) return pyStr(self);
    return newStr(formatInt(v, specText, 'int', getMaxStrDigits()));
  } catch (e) {
    if (e instanceof FormatError) return raise(T[e.pyType], e.message);
    throw e;
  }
}

const nb = (make: (op: number) => (a: number, b: number) => number): ((a: number, b: number) => number)[] =>
  Array.from({ length: 13 }, (_, op) => (op === 4 ? null : make(op))).map((f) => f!) as ((a: number, b: number) => number)[];

import { INT_DOC } from './builtin_docs';

export const intType: TypeDef = {
  noargs: ['__ceil__', '__floor__', '__trunc__', 'as_integer_ratio', 'bit_count', 'bit_length', 'conjugate', '__getnewargs__'],
  name: 'int',
  doc: INT_DOC,
  layout: L_BOXED,
  slots: {
    repr: intReprSlot, // (an int that fits a double: no BigInt, digits written into the str)
    hash: (self) => {
    const n = smallOrMedium(self);
    if (n === n) {
      const h = n | 0; // |n| < 2^53 < 2^61 - 1: the hash is n, whose low 32 bits index tables
      return h === -1 ? -2 : h;
    }
    return intHash(intOf(self));
  },
    richcompare: intCompare,
    bool: (self) => intOf(self) !== 0n,
    nb: nb(intSlot),
    neg: (self) => intFromBigInt(-intOf(self)),
    pos: (self) => intFromBigInt(intOf(self)),
    invert: (self) => intFromBigInt(~intOf(self)),
    abs: (self) => { const v = intOf(self); return intFromBigInt(v < 0n ? -v : v); },
    index: (self) => intFromBigInt(intOf(self)),
    int: (self) => intFromBigInt(intOf(self)),
    float: (self) => newFloat(intToFloatChecked(intOf(self))),
    new: intNew,
  },
  methods: {
    bit_length: (a) => {
      const n = smallOrMedium(a[0]);
      if (n === n) {
        let m = Math.abs(n);
        let b = 0;
        if (m >= 0x100000000) {
          b = 32;
          m = Math.floor(m / 0x100000000);
        }
        return intFromNumber(b + 32 - Math.clz32(m));
      }
      return intFromNumber(bitLength(intOf(a[0])));
    },
    bit_count: (a) => intFromNumber(popCount(intOf(a[0]))),
    conjugate: (a) => intFromBigInt(intOf(a[0])),
    as_integer_ratio: (a) => newTuple([intFromBigInt(intOf(a[0])), intFromNumber(1)]),
    __format__: (a) => {
      if (a.length !== 2) oneArgCountError('int', '__format__', a); // (METH_O; not typedef's onearg wrapper: format() and f-strings call it)
      return intFormat(a[0], a[1]);
    },
    __trunc__: (a) => intFromBigInt(intOf(a[0])),
    __floor__: (a) => intFromBigInt(intOf(a[0])),
    __ceil__: (a) => intFromBigInt(intOf(a[0])),
    __round__: (a) => {
      methodArgRange('__round__', a, 0, 1);
      const v = intOf(a[0]);
      if (a.length < 2 || a[1] === K.None) return intFromBigInt(v);
      const nd = intValue(index(a[1]))!;
      if (nd >= 0n) return intFromBigInt(v);
      const p = 10n ** -nd;
      let q = floorDiv(v, p);
      const r = v - q * p;
      if (r * 2n > p || (r * 2n === p && q % 2n !== 0n)) q += 1n;
      return intFromBigInt(q * p);
    },
    __getnewargs__: (a) => newTuple([intFromBigInt(intOf(a[0]))]),
    __divmod__: (a) => (oneSlotArg(a, '__divmod__', 'int'), intDivmod(a[0], a[1])),
    __rdivmod__: (a) => (oneSlotArg(a, '__rdivmod__', 'int'), intDivmod(a[1], a[0])),
    to_bytes: (a, kw) => {
      const [self, length, byteorder, signed] = bindArgs('to_bytes', a, kw, ['self', 'length?', 'byteorder?', '$signed?']);
      const v = intOf(self);
      const nb = length === 0 ? 1n : intValue(index(length))!;
      if (nb < 0n) valueError('length argument must be non-negative');
      const n = Number(nb);
      const order = byteorderArg('to_bytes', byteorder);
      const isSigned = signed !== 0 && signed !== K.False;
      if (v < 0n && !isSigned) overflowError("can't convert negative int to unsigned");
      const lim = isSigned ? 1n << BigInt(8 * n - 1) : 1n << BigInt(8 * n);
      if ((isSigned && (v >= lim || v < -lim)) || (!isSigned && v >= lim)) overflowError('int too big to convert');
      let x = v < 0n ? (1n << BigInt(8 * n)) + v : v;
      const out = new Uint8Array(n);
      for (let i = n - 1; i >= 0; i--) {
        out[i] = Number(x & 0xffn);
        x >>= 8n;
      }
      if (order === 'little') out.reverse();
      return newBytes(out);
    },
  },
  classmethods: {
    from_bytes: (a, kw) => {
      const [cls, bytes, byteorder, signed] = bindArgs('from_bytes', a, kw, ['cls', 'bytes', 'byteorder?', '$signed?']);
      const data = bytesLike(bytes);
      const order = byteorderArg('from_bytes', byteorder);
      const arr = order === 'little' ? [...data].reverse() : [...data];
      let v = arr.length === 0 ? 0n : BigInt('0x' + Buffer.from(arr).toString('hex'));
      if (signed !== 0 && signed !== K.False && arr.length > 0 && arr[0] >= 128) v -= 1n << BigInt(8 * arr.length);
      const r = intFromBigInt(v);
      return cls === T.int ? r : callTypeWith(cls, r);
    },
  },
  getters: {
    real: (self) => intFromBigInt(intOf(self)),
    imag: () => intFromNumber(0),
    numerator: (self) => intFromBigInt(intOf(self)),
    denominator: () => intFromNumber(1),
  },
};

import { bytesFromObject } from './bytes';
import { callObject } from '../interp/call';
function bytesLike(v: number): number[] {
  const l = (v & 1) === 0 ? mem[v] & 0x7ff : 0;
  if (l === L_BYTES) return [...bytesView(v)];
  // (CPython's PyObject_Bytes: __bytes__, a buffer, or an iterable of ints in range(0, 256); a
  // str or an int is no bytes-like object, as bytes(v) would take it)
  if (typeInfo(typeOf(v)).lookup(N.bytes) === 0 && (strObj(v) !== 0 || isInstance(v, T.int))) typeError(`cannot convert '${tname(v)}' object to bytes`);
  return [...bytesFromObject(v, 0, 0)];
}
/** to_bytes/from_bytes's byteorder: a str (a subclass too), 'big' or 'little'. */
function byteorderArg(fname: string, v: number): string {
  if (v === 0) return 'big';
  const plain = strObj(v);
  if (plain === 0) typeError(`${fname}() argument 'byteorder' must be str, not ${argTypeName(v)}`);
  const order = strJs(plain);
  if (order !== 'big' && order !== 'little') valueError("byteorder must be either 'little' or 'big'");
  return order;
}
function callTypeWith(cls: number, v: number): number { return callObject(cls, [v], 0); }

export const boolType: TypeDef = {
  name: 'bool',
  base: 0, // set to int by the bootstrap
  layout: L_BOOL,
  final: true,
  slots: {
    repr: (self) => newStr(self === K.True ? 'True' : 'False'),
    nb: [null, boolSlot(1), null, null, null, null, null, boolSlot(7), null, null, null, null, boolSlot(12)] as unknown as ((a: number, b: number) => number)[],
    new: (_cls, args, kw) => {
      noKeywords('bool', kw);
      const [x] = bindArgs('bool', args, kw, ['o?']);
      return x === 0 ? K.False : truthyOf(x) ? K.True : K.False;
    },
  },
};
import { truthy as truthyOf } from '../runtime/protocol';

export const _keep = [PyException, isInstance, isIntObject, intToPrefixedString];
