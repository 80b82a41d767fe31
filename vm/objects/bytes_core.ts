// bytes, the representation: payload [hash (raw; -1 until computed), length, data bytes...]
// (nothing traced). The hash is CPython's (siphash.ts), computed on first use and cached as its
// low 32 bits without a barrier, as a str's (str_core.ts).
// bytearray (L_BYTEARRAY, mutable) keeps [class, __dict__, length (tagged), storage (L_RAW)].
import { mem, u8 } from '../../stmgc/heap';
import { alloc, allocOld } from '../runtime/alloc';
import { L_BYTES } from '../runtime/layouts';
import { sipHash13, sipHashBig, tableHash } from './siphash';

export const BY_HASH = 2;
export const BY_LEN = 3;
export const BY_DATA = 4;

export function newBytes(b: Uint8Array, old = false): number {
  const words = 2 + ((b.length + 3) >> 2);
  const r = old ? allocOld(L_BYTES, words, 0) : alloc(L_BYTES, words, 0);
  mem[r + BY_HASH] = -1;
  mem[r + BY_LEN] = b.length;
  u8.set(b, (r + BY_DATA) * 4);
  return r;
}
export function newBytesOld(b: Uint8Array): number { return newBytes(b, true); }

/** New bytes holding the heap's bytes u8[start, start + n) (another object's data: nothing
 *  moves within a bytecode, the nursery collects at safe points), without a JS copy or view. */
export function newBytesFromHeap(start: number, n: number): number {
  const r = allocBytes(n);
  u8.copyWithin((r + BY_DATA) * 4, start, start + n);
  return r;
}

/** New bytes of n bytes whose data the caller writes next, at u8[(r + BY_DATA) * 4]. */
export function allocBytes(n: number): number {
  const r = alloc(L_BYTES, 2 + ((n + 3) >> 2), 0);
  mem[r + BY_HASH] = -1;
  mem[r + BY_LEN] = n;
  return r;
}

export function bytesLen(r: number): number { return mem[r + BY_LEN]; }
/** A view of the bytes (valid until the next allocation may move it: copy if kept). */
export function bytesView(r: number): Uint8Array {
  const start = (r + BY_DATA) * 4;
  return u8.subarray(start, start + mem[r + BY_LEN]);
}
/** The table hash of bytes r: the low 32 bits of its CPython hash (never -1), computed once. */
export function bytesHash(r: number): number {
  const h = mem[r + BY_HASH];
  if (h !== -1) return h;
  return (mem[r + BY_HASH] = tableHash(sipHash13(u8, (r + BY_DATA) * 4, mem[r + BY_LEN])));
}
/** siphash13 of bytes r: the low 32 bits of its CPython hash (the high ones in siphash.ts
 *  sipHashHi()), recomputed (only the low half is cached). */
export function bytesHashHalves(r: number): number { return sipHash13(u8, (r + BY_DATA) * 4, mem[r + BY_LEN]); }
/** CPython's hash of bytes r (signed 64-bit), as hash() shows it. */
export function bytesHashFull(r: number): bigint { return sipHashBig(sipHash13(u8, (r + BY_DATA) * 4, mem[r + BY_LEN])); }
/** CPython's hash of the bytes in data (a memoryview's), signed 64-bit. */
export function bufferHashFull(data: Uint8Array): bigint { return sipHashBig(sipHash13(data, 0, data.length)); }
