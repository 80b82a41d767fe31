// One item of a memoryview's native single-character struct format (CPython's unpack_single /
// pack_single for the formats memoryview takes), read from or written to byte o of a byte array
// (the heap's u8 in place, or a copy), little-endian, by the format's character code: no
// DataView, subarray or format string per item. Writes here take only a plain int already in
// the format's range (the common case); everything else (__index__, floats, bool, bytes, range
// errors) is packAt's in memoryview.ts.
import { K } from '../runtime/types';
import { notImplementedError } from '../runtime/errors';
import { intFromBigInt, intFromNumber } from './int_core';
import { newBytes } from './bytes_core';
import { newFloat } from './float_core';

const C_c = 0x63, C_QM = 0x3f, C_b = 0x62, C_B = 0x42, C_h = 0x68, C_H = 0x48, C_i = 0x69, C_I = 0x49;
const C_l = 0x6c, C_L = 0x4c, C_q = 0x71, C_Q = 0x51, C_n = 0x6e, C_N = 0x4e, C_P = 0x50, C_f = 0x66, C_d = 0x64;

const scratch = new Uint8Array(8);
const scratchF32 = new Float32Array(scratch.buffer, 0, 1);
const scratchF64 = new Float64Array(scratch.buffer, 0, 1);

function u32(b: Uint8Array, o: number): number {
  return (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
}

/** The 8-byte integer at o: a Number when exact (|x| < 2**53), else a BigInt-backed int. */
function int64(b: Uint8Array, o: number, signed: boolean): number {
  const lo = u32(b, o);
  const hiU = u32(b, o + 4);
  const hi = signed ? hiU | 0 : hiU;
  if (hi >= -0x200000 && hi < 0x200000) return intFromNumber(hi * 4294967296 + lo);
  return intFromBigInt((BigInt(hi) << 32n) | BigInt(lo));
}

/** The item of format `code` (its character's code) at byte o of b, as a Python object. */
export function readItem(b: Uint8Array, o: number, code: number): number {
  switch (code) {
    case C_B: return (b[o] << 1) | 1;
    case C_b: return (((b[o] << 24) >> 24) << 1) | 1;
    case C_c: return newBytes(b.slice(o, o + 1)); // (copied: the allocation may move b's bytes)
    case C_QM: return b[o] !== 0 ? K.True : K.False;
    case C_h: return ((((b[o] | (b[o + 1] << 8)) << 16) >> 16) << 1) | 1;
    case C_H: return ((b[o] | (b[o + 1] << 8)) << 1) | 1;
    case C_i: return intFromNumber(u32(b, o) | 0);
    case C_I: return intFromNumber(u32(b, o));
    case C_l: case C_q: case C_n: return int64(b, o, true);
    case C_L: case C_Q: case C_N: case C_P: return int64(b, o, false);
    case C_f: case C_d: {
      const n = code === C_f ? 4 : 8;
      for (let k = 0; k < n; k++) scratch[k] = b[o + k];
      return newFloat(code === C_f ? scratchF32[0] : scratchF64[0]);
    }
  }
  return notImplementedError(`memoryview: format ${String.fromCharCode(code)} not supported`);
}

/** Stores the plain int n (a JS number) as an item of integer format `code` at byte o of b when
 *  it is in the format's range; false (nothing written) otherwise, for packAt to decide. */
export function writeSmallInt(b: Uint8Array, o: number, code: number, n: number): boolean {
  let size: number;
  switch (code) {
    case C_B: if (n < 0 || n > 255) return false; b[o] = n; return true;
    case C_b: if (n < -128 || n > 127) return false; b[o] = n & 0xff; return true;
    case C_h: if (n < -32768 || n > 32767) return false; size = 2; break;
    case C_H: if (n < 0 || n > 65535) return false; size = 2; break;
    case C_i: if (n < -2147483648 || n > 2147483647) return false; size = 4; break;
    case C_I: if (n < 0 || n > 4294967295) return false; size = 4; break;
    case C_l: case C_q: case C_n: size = 8; break; // (|n| < 2**53: always in range)
    case C_L: case C_Q: case C_N: if (n < 0) return false; size = 8; break;
    default: return false;
  }
  if (size === 8) {
    const hi = Math.floor(n / 4294967296);
    const lo = n - hi * 4294967296;
    for (let k = 0; k < 4; k++) { b[o + k] = (lo >>> (8 * k)) & 0xff; b[o + 4 + k] = (hi >> (8 * k)) & 0xff; }
    return true;
  }
  for (let k = 0; k < size; k++) b[o + k] = (n >> (8 * k)) & 0xff;
  return true;
}
