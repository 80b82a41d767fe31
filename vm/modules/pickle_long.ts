// pickle's LONG1/LONG4 argument: an int as little-endian two's complement in the fewest bytes
// (pickle.encode_long / decode_long; 0 is the empty string), for the native pickler and
// unpickler. Pure functions over bigint and bytes.

/** encode_long(x): as CPython's pickle, (bit_length >> 3) + 1 bytes, a redundant 0xff dropped. */
export function encodeLong(x: bigint): Uint8Array {
  if (x === 0n) return new Uint8Array(0);
  const mag = x < 0n ? -x : x;
  const bits = mag.toString(2).length;
  let n = (bits >> 3) + 1;
  let v = x < 0n ? (1n << BigInt(n * 8)) + x : x;
  const out = new Uint8Array(n);
  // 32 bits at a time
  let i = 0;
  while (i + 4 <= n) {
    const word = Number(v & 0xffffffffn);
    out[i] = word & 0xff; out[i + 1] = (word >>> 8) & 0xff; out[i + 2] = (word >>> 16) & 0xff; out[i + 3] = word >>> 24;
    v >>= 32n;
    i += 4;
  }
  for (; i < n; i++) { out[i] = Number(v & 0xffn); v >>= 8n; }
  if (x < 0n && n > 1 && out[n - 1] === 0xff && (out[n - 2] & 0x80) !== 0) n--;
  return n === out.length ? out : out.subarray(0, n);
}

/** decode_long(data): little-endian two's complement. */
export function decodeLong(b: Uint8Array): bigint {
  const n = b.length;
  if (n === 0) return 0n;
  let hex = '';
  for (let i = n - 1; i >= 0; i--) hex += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  let v = BigInt('0x' + hex);
  if ((b[n - 1] & 0x80) !== 0) v -= 1n << BigInt(n * 8);
  return v;
}
