// zlib's two checksums for the zlib module: crc32 (table-driven, slicing by 4 over four 256-entry
// tables so big inputs run at several hundred MB/s) and adler32 (sums folded mod 65521 every
// 5552 bytes, zlib's NMAX, so the running sums never leave the exact int range). Both take and
// return unsigned 32-bit values as JS numbers; they keep no state between calls.

const CRC_TABLES = ((): Uint32Array => {
  const t = new Uint32Array(4 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = (c & 1) !== 0 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  for (let n = 0; n < 256; n++) {
    let c = t[n];
    for (let k = 1; k < 4; k++) {
      c = t[c & 0xff] ^ (c >>> 8);
      t[k * 256 + n] = c >>> 0;
    }
  }
  return t;
})();

/** crc32(data[start..end), crc): zlib's crc32 continuing from `crc`. */
export function crc32(data: Uint8Array, crc: number, start = 0, end = data.length): number {
  const t = CRC_TABLES;
  let c = ~crc;
  let i = start;
  for (; i + 4 <= end; i += 4) {
    c ^= data[i] | (data[i + 1] << 8) | (data[i + 2] << 16) | (data[i + 3] << 24);
    c = t[768 + (c & 0xff)] ^ t[512 + ((c >>> 8) & 0xff)] ^ t[256 + ((c >>> 16) & 0xff)] ^ t[c >>> 24];
  }
  for (; i < end; i++) c = t[(c ^ data[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

const BASE = 65521;
const NMAX = 5552;

/** adler32(data[start..end), adler): zlib's adler32 continuing from `adler`. */
export function adler32(data: Uint8Array, adler: number, start = 0, end = data.length): number {
  let a = adler & 0xffff;
  let b = (adler >>> 16) & 0xffff;
  let i = start;
  while (i < end) {
    const stop = Math.min(end, i + NMAX);
    for (; i < stop; i++) {
      a += data[i];
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  a %= BASE; // (an empty input still reduces a start value past BASE, as zlib does)
  b %= BASE;
  return ((b << 16) | a) >>> 0;
}
