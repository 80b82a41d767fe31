// unit_loops.ts: the long loops of str and bytes methods over units in the heap (an ASCII test,
// ASCII case mapping, copies between a str's UTF-16 units and a bytes object's bytes), for
// texts of any length. With V8's OSR off (interp/osr_off.ts) a function's loop runs unoptimized
// to the end of the call that started it, so one call over a 7 MB str ran at ~25-35 ns a unit
// (`T.upper()`: 57x CPython, `T.encode()`: 320x). Here the tests and the case mapping run in calls
// of LOOP_CHUNK units (all but the first few optimized), and the copies are a typed array's
// set() (V8's own copying loop, no JS loop at all).
import { u8, u16 } from '../../stmgc/heap';
import { LOOP_CHUNK } from '../interp/osr_off';

/** Whether the n units u16[at...] are all below `limit` (0x80: ASCII). */
export function unitsBelow(at: number, n: number, limit: number): boolean { return allBelow(u16, at, n, limit); }

/** Whether the n bytes u8[at...] are all below `limit`. */
export function bytesBelow(at: number, n: number, limit: number): boolean { return allBelow(u8, at, n, limit); }

function allBelow(a: Uint8Array | Uint16Array, at: number, n: number, limit: number): boolean {
  for (let i = 0; i < n; i += LOOP_CHUNK) if (!belowIn(a, at, i, Math.min(n, i + LOOP_CHUNK), limit)) return false;
  return true;
}
function belowIn(a: Uint8Array | Uint16Array, at: number, from: number, to: number, limit: number): boolean {
  for (let i = from; i < to; i++) if (a[at + i] >= limit) return false;
  return true;
}

/** u16[dst...] = the n ASCII units u16[src...], the 26 letters from `from` (0x61 a..z or 0x41
 *  A..Z) with their case changed. */
export function asciiCaseUnits(dst: number, src: number, n: number, from: number): void {
  for (let i = 0; i < n; i += LOOP_CHUNK) asciiCaseIn(dst, src, i, Math.min(n, i + LOOP_CHUNK), from);
}
function asciiCaseIn(dst: number, src: number, lo: number, hi: number, from: number): void {
  const u = u16;
  for (let i = lo; i < hi; i++) {
    const c = u[src + i];
    u[dst + i] = c >= from && c <= from + 25 ? c ^ 0x20 : c;
  }
}

/** u8[dst...] = the n units u16[src...] (each below 256; distinct objects). */
export function unitsToBytes(dst: number, src: number, n: number): void {
  if (n > 0) u8.set(u16.subarray(src, src + n), dst);
}

/** u16[dst...] = the n bytes u8[src...] (distinct objects). */
export function bytesToUnits(dst: number, src: number, n: number): void {
  if (n > 0) u16.set(u8.subarray(src, src + n), dst);
}

/** How many of the n units u16[at...] are `unit`, counting at most `max`. */
export function countUnit(at: number, n: number, unit: number, max: number): number {
  let c = 0;
  for (let i = 0; i < n && c < max; i += LOOP_CHUNK) c += countUnitIn(at, i, Math.min(n, i + LOOP_CHUNK), unit, max - c);
  return c;
}
function countUnitIn(at: number, from: number, to: number, unit: number, max: number): number {
  const u = u16;
  let c = 0;
  for (let i = from; i < to && c < max; i++) if (u[at + i] === unit) c++;
  return c;
}

/** u16[dst...] = the n units u16[src...] with the first `count` units equal to `unit` each
 *  replaced by the k units u16[rep...] (src, dst and rep distinct, dst long enough). */
export function replaceUnitInto(dst: number, src: number, n: number, unit: number, count: number, rep: number, k: number): void {
  outAt = dst;
  left = count;
  for (let i = 0; i < n; i += LOOP_CHUNK) {
    if (left === 0) {
      // nothing left to replace: the rest as it is
      u16.copyWithin(outAt, src + i, src + n);
      return;
    }
    replaceUnitIn(src, i, Math.min(n, i + LOOP_CHUNK), unit, rep, k);
  }
}
let outAt = 0;
let left = 0;
function replaceUnitIn(src: number, from: number, to: number, unit: number, rep: number, k: number): void {
  const u = u16;
  let o = outAt;
  let l = left;
  for (let i = from; i < to; i++) {
    const c = u[src + i];
    if (c !== unit || l === 0) u[o++] = c;
    else {
      for (let j = 0; j < k; j++) u[o++] = u[rep + j];
      l--;
    }
  }
  outAt = o;
  left = l;
}

/** u16[dst, dst + total) = the len units u16[src...] repeated (total a multiple of len, len > 0,
 *  distinct objects): one copy, then doubled in place (doubleFill). */
export function repeatUnits(dst: number, src: number, len: number, total: number): void {
  u16.copyWithin(dst, src, src + len);
  doubleFill(u16, dst, len, total);
}

/** a[at + len, at + total) = the first len elements of a[at...] repeated: the filled part copied
 *  after itself, doubling (log2 of the count copies, as CPython's _PyBytes_Repeat). */
export function doubleFill(a: Uint8Array | Uint16Array, at: number, len: number, total: number): void {
  for (let filled = len; filled < total; ) {
    const k = Math.min(filled, total - filled);
    a.copyWithin(at + filled, at, at + k);
    filled += k;
  }
}
