// Base32 (RFC 4648: the standard and the "extended hex" alphabets) for lib/base64.py's b32encode /
// b32decode / b32hexencode / b32hexdecode, on plain Uint8Arrays. CPython's binascii has no Base32
// (base64.py does it in Python); here binascii_module.ts exposes these two as the module
// `_pystm_base32` (encode(data, alphabet), decode(data, alphabet)), and base64.py
// keeps its argument handling (bytes-like or ASCII str, map01, casefold). A data error is a
// CodecError with CPython's message, checked in CPython's order: the length, a character outside
// the alphabet (including '=' before the end), then the amount of padding.
import { CodecError } from './binascii_codecs';

const PAD = 61; // '='

/** 8 digits per 5 bytes; a partial last group keeps 2/4/5/7 digits and is '=' padded. */
export function b32Encode(b: Uint8Array, alphabet: Uint8Array): Uint8Array {
  const n = b.length;
  const out = new Uint8Array(Math.ceil(n / 5) * 8);
  let o = 0;
  for (let i = 0; i < n; i += 5) {
    // the 40 bits of the group as a high byte and a low 32-bit word (zeros past the end)
    const hi = b[i];
    const lo = (((i + 1 < n ? b[i + 1] : 0) << 24) | ((i + 2 < n ? b[i + 2] : 0) << 16) | ((i + 3 < n ? b[i + 3] : 0) << 8) | (i + 4 < n ? b[i + 4] : 0)) >>> 0;
    out[o] = alphabet[hi >> 3];
    out[o + 1] = alphabet[((hi & 7) << 2) | (lo >>> 30)];
    out[o + 2] = alphabet[(lo >>> 25) & 31];
    out[o + 3] = alphabet[(lo >>> 20) & 31];
    out[o + 4] = alphabet[(lo >>> 15) & 31];
    out[o + 5] = alphabet[(lo >>> 10) & 31];
    out[o + 6] = alphabet[(lo >>> 5) & 31];
    out[o + 7] = alphabet[lo & 31];
    o += 8;
  }
  const left = n % 5;
  if (left !== 0) out.fill(PAD, out.length - 8 + [0, 2, 4, 5, 7][left]);
  return out;
}

/** The data of Base32 text in `alphabet` (already case-folded and map01-translated). */
export function b32Decode(s: Uint8Array, alphabet: Uint8Array): Uint8Array {
  if (s.length % 8 !== 0) throw new CodecError('Incorrect padding');
  const value = new Int8Array(256).fill(-1);
  for (let i = 0; i < 32; i++) value[alphabet[i]] = i;
  let end = s.length;
  while (end > 0 && s[end - 1] === PAD) end--;
  const padchars = s.length - end;
  for (let i = 0; i < end; i++) if (value[s[i]] < 0) throw new CodecError('Non-base32 digit found');
  if (padchars !== 0 && padchars !== 1 && padchars !== 3 && padchars !== 4 && padchars !== 6) throw new CodecError('Incorrect padding');
  if (end === 0) return new Uint8Array(0);
  // the padding decodes as zero digits (a copy of the last group, padded with digit 0)
  const src = padchars === 0 ? s : Uint8Array.from(s).fill(alphabet[0], end);
  const out = new Uint8Array((s.length / 8) * 5);
  for (let i = 0, o = 0; i < src.length; i += 8, o += 5) {
    const d1 = value[src[i + 1]];
    const lo = (((d1 & 3) << 30) | (value[src[i + 2]] << 25) | (value[src[i + 3]] << 20) | (value[src[i + 4]] << 15) |
      (value[src[i + 5]] << 10) | (value[src[i + 6]] << 5) | value[src[i + 7]]) >>> 0;
    out[o] = (value[src[i]] << 3) | (d1 >> 2);
    out[o + 1] = lo >>> 24;
    out[o + 2] = (lo >>> 16) & 255;
    out[o + 3] = (lo >>> 8) & 255;
    out[o + 4] = lo & 255;
  }
  return padchars === 0 ? out : out.subarray(0, out.length - 5 + ((43 - 5 * padchars) >> 3));
}
