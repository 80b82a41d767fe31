// The native `_struct` module behind lib/struct.py: format parsing (byte order prefixes @ = < > !,
// repeat counts, native sizes and alignment for '@'), packing Python values into bytes and
// unpacking bytes into a tuple, with CPython 3.11's struct.error messages. Every function takes
// the struct.error class as its first argument (lib/struct.py passes it), so no heap reference is
// cached in JS between calls.
import { K, T, layoutOf } from '../runtime/types';
import { L_BOOL, L_FLOAT, L_INT } from '../runtime/layouts';
import { PyException, raise } from '../runtime/errors';
import { index, indexNumber, truthy, isInstance, getattrOpt, tname } from '../runtime/protocol';
import { newStr, strJs } from '../objects/str_core';
import { newTuple } from '../objects/tuple_core';
import { intFromBigInt, intFromNumber, toBigInt } from '../objects/int_core';
import { intValue } from '../objects/int';
import { floatOf } from '../objects/float';
import { newFloat } from '../objects/float_core';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { strObj } from '../objects/str';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { callObject } from '../interp/call';
import { intern } from '../objects/str_core';

interface Item { code: string; count: number; size: number; offset: number }
interface Layout { items: Item[]; size: number; little: boolean; native: boolean; nargs: number; exactSize: bigint }

const STD_SIZE: Record<string, number> = { x: 1, c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 4, L: 4, q: 8, Q: 8, e: 2, f: 4, d: 8, s: 1, p: 1 };
const NATIVE_SIZE: Record<string, number> = { ...STD_SIZE, l: 8, L: 8, n: 8, N: 8, P: 8 };

function fail(err: number, msg: string): never {
  throw new PyException(callObject(err, [newStr(msg)], 0));
}

const cache = new Map<string, Layout>();

/** sys.maxsize: CPython's limit on a struct's total size (and so on any repeat count). */
const MAX_SIZE = 2n ** 63n - 1n;

/** The layout of a format. `sizeOnly` (calcsize): items are not listed, so a huge repeat count
 *  costs nothing (CPython's calcsize('1000000000b') answers at once). */
function parse(err: number, fmtObj: number, sizeOnly = false): Layout {
  let fmt: string;
  const s = strObj(fmtObj);
  if (s !== 0) fmt = strJs(s);
  else {
    const b = bytesOf(fmtObj);
    if (b === null) return raise(T.TypeError, `Struct() argument 1 must be a str or bytes object, not ${tname(fmtObj)}`);
    fmt = Buffer.from(b).toString('latin1');
  }
  const hit = cache.get(fmt);
  if (hit !== undefined) return hit;
  const tooLong = (): never => fail(err, 'total struct size too long');
  let i = 0;
  let native = true;
  let little = true; // this machine
  const c0 = fmt[0];
  if (c0 === '@' || c0 === '=' || c0 === '<' || c0 === '>' || c0 === '!') {
    i = 1;
    native = c0 === '@';
    little = c0 === '@' || c0 === '=' || c0 === '<';
  }
  const sizes = native ? NATIVE_SIZE : STD_SIZE;
  if (fmt.includes('\0')) fail(err, 'embedded null character'); // (CPython's PyUnicode_AsUTF8 of the format)
  const items: Item[] = [];
  let size = 0;
  let exact = 0n; // (the size, exactly: calcsize of counts near sys.maxsize)
  let nargs = 0;
  while (i < fmt.length) {
    let ch = fmt[i];
    if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\v' || ch === '\f') { i++; continue; }
    let count = 1;
    let countB = 1n;
    if (ch >= '0' && ch <= '9') {
      let j = i;
      while (j < fmt.length && fmt[j] >= '0' && fmt[j] <= '9') j++;
      countB = BigInt(fmt.slice(i, j));
      if (countB > MAX_SIZE) tooLong();
      count = Number(countB);
      if (j >= fmt.length) fail(err, 'repeat count given without format specifier');
      i = j;
      ch = fmt[i];
    }
    const sz = sizes[ch];
    if (sz === undefined) fail(err, 'bad char in struct format');
    if (native && ch !== 's' && ch !== 'p' && ch !== 'x' && ch !== 'c' && ch !== 'b' && ch !== 'B' && ch !== '?') {
      exact = ((exact + BigInt(sz) - 1n) / BigInt(sz)) * BigInt(sz); // natural alignment
      size = Number(exact);
    }
    const add = countB * (ch === 's' || ch === 'p' || ch === 'x' ? 1n : BigInt(sz));
    if (add > MAX_SIZE - exact) tooLong(); // (CPython's check, in exact arithmetic)
    exact += add;
    if (ch === 's' || ch === 'p') {
      items.push({ code: ch, count, size: count, offset: size });
      size += count;
      nargs++;
    } else if (ch === 'x') {
      size += count;
    } else if (sizeOnly) {
      size += count * sz;
      nargs += count;
    } else {
      for (let k = 0; k < count; k++) {
        items.push({ code: ch, count: 1, size: sz, offset: size });
        size += sz;
        nargs++;
      }
    }
    i++;
  }
  const layout = { items, size, little, native, nargs, exactSize: exact };
  if (!sizeOnly && cache.size < 256) cache.set(fmt, layout);
  return layout;
}

const INT_NAMES: Record<string, string> = { b: 'byte', B: 'ubyte', h: 'short', H: 'ushort' };

function intArg(err: number, v: number): bigint {
  let n = intValue(v);
  if (n === null) {
    if (layoutOf(v) !== L_FLOAT && getattrOpt(v, intern('__index__')) !== 0) n = BigInt(indexNumber(v));
    else fail(err, 'required argument is not an integer');
  }
  return n;
}

function packInt(err: number, dv: DataView, it: Item, v: number, little: boolean): void {
  const n = intArg(err, v);
  const bits = BigInt(it.size * 8);
  const signed = it.code === it.code.toLowerCase() && it.code !== 'p';
  const lo = signed ? -(1n << (bits - 1n)) : 0n;
  const hi = signed ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
  if (n < lo || n > hi) {
    const name = INT_NAMES[it.code];
    if (name !== undefined) fail(err, `${name} format requires ${lo} <= number <= ${hi}`);
    if (it.code === 'i' || it.code === 'h' || (it.code === 'l' && it.size === 4)) fail(err, `'${it.code}' format requires ${lo} <= number <= ${hi}`);
    fail(err, 'argument out of range');
  }
  let u = n < 0n ? n + (1n << bits) : n;
  for (let k = 0; k < it.size; k++) {
    const byte = Number(u & 0xffn);
    dv.setUint8(it.offset + (little ? k : it.size - 1 - k), byte);
    u >>= 8n;
  }
}

function unpackInt(dv: DataView, base: number, it: Item, little: boolean): number {
  let u = 0n;
  for (let k = it.size - 1; k >= 0; k--) u = (u << 8n) | BigInt(dv.getUint8(base + it.offset + (little ? k : it.size - 1 - k)));
  const signed = it.code === it.code.toLowerCase();
  const bits = BigInt(it.size * 8);
  if (signed && u >= 1n << (bits - 1n)) u -= 1n << bits;
  return intFromBigInt(u);
}

function floatArg(err: number, v: number): number {
  const f = floatOf(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i !== null) return Number(i);
  const ff = getattrOpt(v, intern('__float__'));
  if (ff !== 0) return floatOf(callObject(ff, [], 0)) ?? fail(err, 'required argument is not a float');
  return fail(err, 'required argument is not a float');
}

function halfBits(x: number): number {
  // IEEE 754 binary16, round half to even
  if (Number.isNaN(x)) return 0x7e00;
  const sign = x < 0 || Object.is(x, -0) ? 0x8000 : 0;
  let a = Math.abs(x);
  if (a === Infinity) return sign | 0x7c00;
  if (a >= 65520) return -1;
  if (a < 2 ** -24 / 2) return sign;
  let e = Math.floor(Math.log2(a));
  if (2 ** e > a) e--;
  if (e < -14) {
    const m = roundEven(a / 2 ** -24);
    return sign | m;
  }
  let m = roundEven((a / 2 ** e - 1) * 1024);
  if (m === 1024) { m = 0; e++; }
  if (e > 15) return -1;
  return sign | ((e + 15) << 10) | m;
}
function roundEven(v: number): number {
  const f = Math.floor(v);
  const d = v - f;
  if (d > 0.5) return f + 1;
  if (d < 0.5) return f;
  return f % 2 === 0 ? f : f + 1;
}
function halfValue(h: number): number {
  const sign = h & 0x8000 ? -1 : 1;
  const e = (h >> 10) & 0x1f;
  const m = h & 0x3ff;
  if (e === 0) return sign * m * 2 ** -24;
  if (e === 31) return m === 0 ? sign * Infinity : NaN;
  return sign * (1 + m / 1024) * 2 ** (e - 15);
}

function pack(err: number, fmt: number, args: number[]): number {
  const lay = parse(err, fmt);
  if (args.length !== lay.nargs) fail(err, `pack expected ${lay.nargs} items for packing (got ${args.length})`);
  const out = new Uint8Array(lay.size);
  const dv = new DataView(out.buffer);
  const le = lay.little;
  lay.items.forEach((it, k) => {
    const v = args[k];
    switch (it.code) {
      case 'c': {
        const b = bytesOf(v);
        if (b === null || b.length !== 1) fail(err, 'char format requires a bytes object of length 1');
        out[it.offset] = b[0];
        break;
      }
      case 's': case 'p': {
        const b = bytesOf(v);
        if (b === null) fail(err, `argument for '${it.code}' must be a bytes object`);
        if (it.code === 's') out.set(b.subarray(0, it.size), it.offset);
        else if (it.size > 0) {
          // (CPython copies up to size - 1 bytes; the count byte saturates at 255)
          const n = Math.min(b.length, it.size - 1);
          out[it.offset] = Math.min(n, 255);
          out.set(b.subarray(0, n), it.offset + 1);
        }
        break;
      }
      case '?':
        out[it.offset] = truthy(v) ? 1 : 0;
        break;
      case 'e': {
        const h = halfBits(floatArg(err, v));
        if (h < 0) raise(T.OverflowError, 'float too large to pack with e format');
        dv.setUint16(it.offset, h, le);
        break;
      }
      case 'f': {
        const x = floatArg(err, v);
        // (PyFloat_Pack4: a finite value that rounds to infinity in single precision overflows)
        if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) raise(T.OverflowError, 'float too large to pack with f format');
        dv.setFloat32(it.offset, x, le);
        break;
      }
      case 'd':
        dv.setFloat64(it.offset, floatArg(err, v), le);
        break;
      default:
        packInt(err, dv, it, v, le);
    }
  });
  return newBytes(out);
}

function unpack(err: number, fmt: number, buf: number, offsetObj: number, from: boolean): number {
  const lay = parse(err, fmt);
  const data = bytesOf(buf);
  if (data === null) return raise(T.TypeError, `a bytes-like object is required, not '${tname(buf)}'`);
  let base = 0;
  if (from) {
    // (CPython's checks and messages, in its order; exact for offsets beyond 2**53)
    const off = offsetObj === K.None ? 0n : toBigInt(index(offsetObj));
    if (off > 0x7fffffffffffffffn || off < -0x8000000000000000n) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
    const n = BigInt(data.length);
    const size = BigInt(lay.size);
    let at = off;
    if (off < 0n) {
      if (off + size > 0n) fail(err, `not enough data to unpack ${size} bytes at offset ${off}`);
      if (off + n < 0n) fail(err, `offset ${off} out of range for ${n}-byte buffer`);
      at = off + n;
    }
    if (n - at < size) {
      fail(err, `unpack_from requires a buffer of at least ${size + at} bytes for unpacking ${size} bytes at offset ${at} (actual buffer size is ${n})`);
    }
    base = Number(at);
  } else if (data.length !== lay.size) fail(err, `unpack requires a buffer of ${lay.size} bytes`);
  const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
  const le = lay.little;
  const out: number[] = [];
  for (const it of lay.items) {
    const at = base + it.offset;
    switch (it.code) {
      case 'c': out.push(newBytes(data.slice(at, at + 1))); break;
      case 's': out.push(newBytes(data.slice(at, at + it.size))); break;
      case 'p': {
        const n = it.size === 0 ? 0 : Math.min(data[at], it.size - 1);
        out.push(newBytes(data.slice(at + 1, at + 1 + n)));
        break;
      }
      case '?': out.push(data[at] !== 0 ? K.True : K.False); break;
      case 'e': out.push(newFloat(halfValue(dv.getUint16(at, le)))); break;
      case 'f': out.push(newFloat(dv.getFloat32(at, le))); break;
      case 'd': out.push(newFloat(dv.getFloat64(at, le))); break;
      default: out.push(unpackInt(dv, base, it, le));
    }
  }
  return newTuple(out);
}

export function makeStructNativeModule(): number {
  const m = newModule('_pystm_struct');
  moduleSet(m, 'pack', defineBuiltin('pack', (a) => pack(a[0], a[1], a.slice(2))));
  moduleSet(m, 'unpack', defineBuiltin('unpack', (a) => unpack(a[0], a[1], a[2], K.None, false)));
  moduleSet(m, 'unpack_from', defineBuiltin('unpack_from', (a) => unpack(a[0], a[1], a[2], a.length > 3 ? a[3] : K.None, true)));
  moduleSet(m, 'calcsize', defineBuiltin('calcsize', (a) => intFromBigInt(parse(a[0], a[1], true).exactSize)));
  moduleSet(m, 'nargs', defineBuiltin('nargs', (a) => intFromNumber(parse(a[0], a[1]).nargs)));
  return m;
}

export const _keep = [L_BOOL, L_INT, toBigInt, isInstance];
