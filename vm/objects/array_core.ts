// array.array, the representation: an L_BYTEARRAY object (so every bytes-like consumer, bytesOf,
// memoryview, readinto, reads its machine bytes) with one more payload word, the typecode:
// [class, __dict__, length in BYTES (tagged), storage (L_RAW), exports (tagged), typecode
// (tagged char code)]. Items are in this machine's layout, little-endian: 'l'/'L' 8 bytes,
// 'u' a 4-byte wchar_t. Barriers as bytearray's (vm/objects/bytearray.ts): one item of a LARGE
// storage read or written in place touches only its 128-byte card, or its two cards: cards
// are on absolute word addresses and the storage's payload starts on any word, so an 8-byte
// item may straddle two (each word gets its card barrier); a resize goes through setBytearray/
// bytearrayAppend, which lock the whole object and refuse while memoryviews export it.
import { mem, u8 } from '../../stmgc/heap';
import { GC_LARGE, SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, readBarrierCard, writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc } from '../runtime/alloc';
import { L_BYTEARRAY, L_INT, L_BOOL } from '../runtime/layouts';
import { T } from '../runtime/types';
import { raise, typeError, valueError } from '../runtime/errors';
import { index } from '../runtime/protocol';
import { intFromBigInt, intFromNumber, toBigInt } from './int_core';
import { newFloat } from './float_core';
import { floatAsDouble } from './float_as_double';
import { charStr, strCodePoints, strFromCodePoints } from './str_core';
import { strObj } from './str';
import { BA_DATA, BA_EXPORTS, BA_LEN, bytearrayAppend, bytearrayReplace, bytearrayLen, bytearrayView, setBytearray } from './bytearray';

export const AR_CODE = 7;
const AR_WORDS = 6;

export const TYPECODES = 'bBuhHiIlLqQfd';
const SIZES: Record<string, number> = { b: 1, B: 1, u: 4, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, f: 4, d: 8 };

export function itemSizeOf(tc: string): number { return SIZES[tc] ?? 0; }

export function isArray(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_BYTEARRAY && mem[v + AR_CODE] !== 0;
}

/** The typecodes by char code, and their item sizes (0: not a typecode). */
const CODE_STR: string[] = [];
const SIZE_BY_CODE = new Uint8Array(128);
for (const c of TYPECODES) { CODE_STR[c.charCodeAt(0)] = c; SIZE_BY_CODE[c.charCodeAt(0)] = SIZES[c]; }

/** The typecode (an immutable word: no barrier needed). */
export function arrayCode(r: number): string { return CODE_STR[mem[r + AR_CODE] >> 1]; }
export function arraySize(r: number): number { return SIZE_BY_CODE[mem[r + AR_CODE] >> 1]; }

export function newArray(cls: number, tc: string, bytes: Uint8Array | null = null): number {
  const r = alloc(L_BYTEARRAY, AR_WORDS, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + 3] = 0;
  mem[r + BA_LEN] = 1;
  mem[r + BA_DATA] = 0;
  mem[r + BA_EXPORTS] = 1;
  mem[r + AR_CODE] = (tc.charCodeAt(0) << 1) | 1;
  setBytearray(r, bytes ?? new Uint8Array(0));
  return r;
}

/** The number of items (bounded by the storage: torn state). */
export function arrayLen(r: number): number {
  return Math.floor(bytearrayLen(r) / SIZE_BY_CODE[mem[r + AR_CODE] >> 1]);
}

/** The bytes (a view of the storage: valid within one builtin call; every card read). */
export function arrayBytes(r: number): Uint8Array { return bytearrayView(r); }

/** Replaces the contents (BufferError when the length changes under exports). */
export function arraySetBytes(r: number, b: Uint8Array): void { setBytearray(r, b); }
/** Appends bytes (a copy, never a view of r's own storage). */
/** Replaces items [start, stop) with the packed items `src`, moving the rest in place
 *  (bytearray.ts bytearrayReplace). */
export function arrayReplaceItems(r: number, start: number, stop: number, src: Uint8Array): void {
  const size = arraySize(r);
  bytearrayReplace(r, start * size, stop * size, src);
}
export function arrayAppendBytes(r: number, b: Uint8Array): void { bytearrayAppend(r, b); }

let dvBuf: ArrayBufferLike | null = null;
let dv: DataView = new DataView(new ArrayBuffer(8));
function heapDv(): DataView {
  if (u8.buffer !== dvBuf) { dvBuf = u8.buffer; dv = new DataView(u8.buffer); }
  return dv;
}

/** The JS value at byte `o` of `b` for typecode tc: a number (a bigint for 8-byte ints past
 *  2**53), a code point for 'u'. */
export function readItemJs(d: DataView, o: number, tc: string): number | bigint {
  switch (tc) {
    case 'b': return d.getInt8(o);
    case 'B': return d.getUint8(o);
    case 'h': return d.getInt16(o, true);
    case 'H': return d.getUint16(o, true);
    case 'i': return d.getInt32(o, true);
    case 'I': case 'u': return d.getUint32(o, true);
    case 'l': case 'q': { const x = d.getBigInt64(o, true); return x >= -9007199254740991n && x <= 9007199254740991n ? Number(x) : x; }
    case 'L': case 'Q': { const x = d.getBigUint64(o, true); return x <= 9007199254740991n ? Number(x) : x; }
    case 'f': return d.getFloat32(o, true);
    default: return d.getFloat64(o, true);
  }
}

/** The Python object for a JS item value. */
export function boxItem(tc: string, x: number | bigint): number {
  if (tc === 'u') {
    const c = Number(x);
    if (c > 0x10ffff) valueError(`character U+${c.toString(16)} is not in range [U+0000; U+10ffff]`);
    return charStr(c);
  }
  if (tc === 'f' || tc === 'd') return newFloat(Number(x));
  return typeof x === 'bigint' ? intFromBigInt(x) : intFromNumber(x);
}

export function writeItemJs(d: DataView, o: number, tc: string, x: number | bigint): void {
  switch (tc) {
    case 'b': d.setInt8(o, Number(x)); break;
    case 'B': d.setUint8(o, Number(x)); break;
    case 'h': d.setInt16(o, Number(x), true); break;
    case 'H': d.setUint16(o, Number(x), true); break;
    case 'i': d.setInt32(o, Number(x), true); break;
    case 'I': case 'u': d.setUint32(o, Number(x), true); break;
    case 'l': case 'q': d.setBigInt64(o, BigInt(x), true); break;
    case 'L': case 'Q': d.setBigUint64(o, BigInt(x), true); break;
    case 'f': d.setFloat32(o, Number(x), true); break;
    default: d.setFloat64(o, Number(x), true); break;
  }
}

const overflow = (msg: string): never => raise(T.OverflowError, msg);
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
const ULONG_MAX = 2n ** 64n - 1n;

/** CPython's *_setitem range checks, message for message (b goes through 'h', H through 'i'). */
function checkInt(tc: string, n: bigint): void {
  const long = (): void => { if (n < LONG_MIN || n > LONG_MAX) overflow('Python int too large to convert to C long'); };
  const bounds = (lo: bigint, hi: bigint, name: string): void => {
    if (n < lo) overflow(`${name} is less than minimum`);
    if (n > hi) overflow(`${name} is greater than maximum`);
  };
  const unsignedLong = (): void => {
    if (n < 0n) overflow("can't convert negative value to unsigned int");
    if (n > ULONG_MAX) overflow('Python int too large to convert to C unsigned long');
  };
  switch (tc) {
    case 'b': long(); bounds(-32768n, 32767n, 'signed short integer'); bounds(-128n, 127n, 'signed char'); return;
    case 'B': long(); bounds(0n, 255n, 'unsigned byte integer'); return;
    case 'h': long(); bounds(-32768n, 32767n, 'signed short integer'); return;
    case 'H': long(); bounds(-(2n ** 31n), 2n ** 31n - 1n, 'signed integer'); bounds(0n, 65535n, 'unsigned short'); return;
    case 'i': long(); bounds(-(2n ** 31n), 2n ** 31n - 1n, 'signed integer'); return;
    case 'I': unsignedLong(); if (n > 4294967295n) overflow('unsigned int is greater than maximum'); return;
    case 'l': long(); return;
    case 'L': unsignedLong(); return;
    case 'q': if (n < LONG_MIN || n > LONG_MAX) overflow('int too big to convert'); return;
    default: // 'Q'
      if (n < 0n) overflow("can't convert negative int to unsigned");
      if (n > ULONG_MAX) overflow('int too big to convert');
  }
}

const SMALL_RANGE: Record<string, [number, number]> = {
  b: [-128, 127], B: [0, 255], h: [-32768, 32767], H: [0, 65535], i: [-2147483648, 2147483647], I: [0, 4294967295],
  l: [-Infinity, Infinity], L: [0, Infinity], q: [-Infinity, Infinity], Q: [0, Infinity],
};

/** Converts x to an item of typecode tc with CPython's errors (may run __index__/__float__). */
export function convertItem(tc: string, x: number): number | bigint {
  if (tc === 'f' || tc === 'd') return floatAsDouble(x);
  if (tc === 'u') {
    const s = strObj(x);
    if (s === 0) typeError('array item must be unicode character');
    const cps = strCodePoints(s);
    if (cps.length !== 1) typeError('array item must be unicode character');
    return cps[0];
  }
  if ((x & 1) === 1) {
    const n = x >> 1;
    const [lo, hi] = SMALL_RANGE[tc];
    if (n >= lo && n <= hi) return n;
  } else {
    const l = mem[x] & 0x7ff;
    if (l !== L_INT && l !== L_BOOL) x = index(x);
  }
  const n = toBigInt(x);
  checkInt(tc, n);
  return n >= -9007199254740991n && n <= 9007199254740991n ? Number(n) : n;
}

/** The storage word of item i, for the card barriers (0 when torn). */
function itemStorage(r: number, i: number, size: number): number {
  const data = mem[r + BA_DATA];
  if (data === 0 || (i + 1) * size > payloadWords(data) * 4) return 0;
  return data;
}

/** Item i as a JS value (0 <= i < arrayLen, checked by the caller): one card of a large storage. */
export function arrayGetJs(r: number, i: number): number | bigint {
  readBarrier(r);
  const tc = arrayCode(r);
  const size = SIZES[tc];
  const data = itemStorage(r, i, size);
  if (data === 0) return 0;
  if ((mem[data] & GC_LARGE) !== 0) {
    readBarrierCard(data, (i * size) >> 2);
    if (size === 8) readBarrierCard(data, ((i * size) >> 2) + 1); // (its second word may be in the next card)
  }
  return readItemJs(heapDv(), (data + 2) * 4 + i * size, tc);
}

/** Item i as a Python object (0 <= i < arrayLen, checked by the caller): the common typecodes
 *  read the heap's typed views directly. */
export function arrayGet(r: number, i: number): number {
  const x = arrayItemAt(r, i);
  return x !== 0 ? x : intFromNumber(0); // (0: torn state only)
}

/** Item i as a Python object, or 0 when i is past the end (an iterator's step: one barrier). */
export function arrayItemAt(r: number, i: number): number {
  readBarrier(r);
  const c = mem[r + AR_CODE] >> 1;
  const size = SIZE_BY_CODE[c];
  if ((i + 1) * size > mem[r + BA_LEN] >> 1) return 0;
  const data = itemStorage(r, i, size);
  if (data === 0) return 0;
  if ((mem[data] & GC_LARGE) !== 0) {
    readBarrierCard(data, (i * size) >> 2);
    if (size === 8) readBarrierCard(data, ((i * size) >> 2) + 1); // (its second word may be in the next card)
  }
  const o = (data + 2) * 4 + i * size;
  switch (c) {
    case 105: return intFromNumber(mem[o >> 2]); // 'i'
    case 98: return ((u8[o] << 24) >> 24) << 1 | 1; // 'b'
    case 66: return (u8[o] << 1) | 1; // 'B'
  }
  const tc = CODE_STR[c];
  return boxItem(tc, readItemJs(heapDv(), o, tc));
}

/** Stores a converted item at i in place (0 <= i < arrayLen, checked by the caller): a large
 *  storage locks only the card of item i, a small one is guarded by the array. */
export function arraySetJs(r: number, i: number, x: number | bigint): void {
  readBarrier(r);
  const tc = arrayCode(r);
  const size = SIZES[tc];
  const data = itemStorage(r, i, size);
  if (data === 0) return;
  if ((mem[data] & GC_LARGE) === 0) writeBarrier(r);
  writeBarrierCard(data, (i * size) >> 2);
  if (size === 8) writeBarrierCard(data, ((i * size) >> 2) + 1); // (its second word may be in the next card)
  writeItemJs(heapDv(), (data + 2) * 4 + i * size, tc, x);
}

const scratch = new Uint8Array(8);
const scratchDv = new DataView(scratch.buffer);

/** Appends one converted item. */
export function arrayAppendJs(r: number, x: number | bigint): void {
  const tc = arrayCode(r);
  writeItemJs(scratchDv, 0, tc, x);
  bytearrayAppend(r, scratch.subarray(0, SIZES[tc]));
}

/** The bytes of a list of converted items. */
export function packItems(tc: string, items: readonly (number | bigint)[]): Uint8Array {
  const size = SIZES[tc];
  const out = new Uint8Array(items.length * size);
  const d = new DataView(out.buffer);
  for (let i = 0; i < items.length; i++) writeItemJs(d, i * size, tc, items[i]);
  return out;
}

/** Every item as a JS value (one read of the whole storage). */
export function arrayItemsJs(r: number): (number | bigint)[] {
  const tc = arrayCode(r);
  const size = SIZES[tc];
  const b = arrayBytes(r);
  const d = new DataView(b.buffer, b.byteOffset, b.length);
  const n = Math.floor(b.length / size);
  const out = new Array<number | bigint>(n);
  for (let i = 0; i < n; i++) out[i] = readItemJs(d, i * size, tc);
  return out;
}

/** The str of a 'u' array's code points. */
export function codePointsStr(cps: readonly (number | bigint)[]): number {
  const out = cps.map(Number);
  for (const n of out) if (n > 0x10ffff) valueError(`character U+${n.toString(16)} is not in range [U+0000; U+10ffff]`);
  return strFromCodePoints(out);
}
