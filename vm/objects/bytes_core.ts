// bytes, the representation: payload [hash (raw), length, data bytes...] (nothing traced).
// bytearray (L_BYTEARRAY, mutable) keeps [class, __dict__, length (tagged), storage (L_RAW)].
import { mem, u8 } from '../../stmgc/heap';
import { alloc, allocOld } from '../runtime/alloc';
import { L_BYTES } from '../runtime/layouts';

export const BY_HASH = 2;
export const BY_LEN = 3;
export const BY_DATA = 4;

function hashBytes(b: Uint8Array, start: number, end: number): number {
  let h = 0x811c9dc5 | 0;
  for (let i = start; i < end; i++) {
    h ^= b[i];
    h = Math.imul(h, 0x01000193);
  }
  h ^= end - start;
  return h === -1 ? -2 : h;
}

export function newBytes(b: Uint8Array, old = false): number {
  const words = 2 + ((b.length + 3) >> 2);
  const r = old ? allocOld(L_BYTES, words, 0) : alloc(L_BYTES, words, 0);
  mem[r + BY_HASH] = hashBytes(b, 0, b.length);
  mem[r + BY_LEN] = b.length;
  u8.set(b, (r + BY_DATA) * 4);
  return r;
}
export function newBytesOld(b: Uint8Array): number { return newBytes(b, true); }

/** New bytes holding the heap's bytes u8[start, start + n) (another object's data: nothing
 *  moves within a bytecode, the nursery collects at safe points), without a JS copy or view. */
export function newBytesFromHeap(start: number, n: number): number {
  const r = alloc(L_BYTES, 2 + ((n + 3) >> 2), 0);
  mem[r + BY_HASH] = hashBytes(u8, start, start + n);
  mem[r + BY_LEN] = n;
  u8.copyWithin((r + BY_DATA) * 4, start, start + n);
  return r;
}

export function bytesLen(r: number): number { return mem[r + BY_LEN]; }
/** A view of the bytes (valid until the next allocation may move it: copy if kept). */
export function bytesView(r: number): Uint8Array {
  const start = (r + BY_DATA) * 4;
  return u8.subarray(start, start + mem[r + BY_LEN]);
}
export function bytesHash(r: number): number { return mem[r + BY_HASH]; }
