// The byte-level codecs of binascii (CPython 3.11's Modules/binascii.c): base64, uuencode, hex
// and crc_hqx, on plain Uint8Arrays. No heap access: binascii_module.ts gives them the bytes of
// the argument (a view valid for the call) and makes the result a bytes object. A data error is
// thrown as a CodecError carrying CPython's message; the module raises binascii.Error with it.
// Quoted-printable is in binascii_qp.ts; crc32 is zlib's (zlib_checksums.ts).

export class CodecError {
  constructor(readonly msg: string) {}
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_ENC = Uint8Array.from(B64, (c) => c.charCodeAt(0));
/** table_a2b_base64: a byte's value, 255 for bytes outside the alphabet. */
const B64_DEC = ((): Uint8Array => {
  const t = new Uint8Array(256).fill(255);
  for (let i = 0; i < 64; i++) t[B64_ENC[i]] = i;
  return t;
})();
const PAD = 61; // '='

/** b2a_base64: 4 characters per 3 bytes, '=' padded, a newline at the end if asked. */
export function b2aBase64(b: Uint8Array, newline: boolean): Uint8Array {
  const n = b.length;
  const out = new Uint8Array(Math.ceil(n / 3) * 4 + (newline ? 1 : 0));
  const full = n - (n % 3);
  let o = 0;
  for (let i = 0; i < full; i += 3) {
    const v = (b[i] << 16) | (b[i + 1] << 8) | b[i + 2];
    out[o] = B64_ENC[v >> 18];
    out[o + 1] = B64_ENC[(v >> 12) & 63];
    out[o + 2] = B64_ENC[(v >> 6) & 63];
    out[o + 3] = B64_ENC[v & 63];
    o += 4;
  }
  if (n - full === 1) {
    const v = b[full];
    out[o++] = B64_ENC[v >> 2];
    out[o++] = B64_ENC[(v & 3) << 4];
    out[o++] = PAD;
    out[o++] = PAD;
  } else if (n - full === 2) {
    const v = (b[full] << 8) | b[full + 1];
    out[o++] = B64_ENC[v >> 10];
    out[o++] = B64_ENC[(v >> 4) & 63];
    out[o++] = B64_ENC[(v & 15) << 2];
    out[o++] = PAD;
  }
  if (newline) out[o++] = 10;
  return out;
}

/** a2b_base64, binascii.c's loop: characters outside the alphabet are skipped and a complete
 *  pad sequence ends the data, unless strict_mode, where both are errors. */
export function a2bBase64(a: Uint8Array, strict: boolean): Uint8Array {
  const n = a.length;
  const out = new Uint8Array(Math.floor((n + 3) / 4) * 3);
  if (strict && n > 0 && a[0] === PAD) throw new CodecError('Leading padding not allowed');
  let o = 0;
  let quad = 0;
  let left = 0;
  let pads = 0;
  let paddingStarted = false;
  for (let i = 0; i < n; i++) {
    const ch = a[i];
    if (ch === PAD) {
      paddingStarted = true;
      if (quad >= 2 && quad + ++pads >= 4) {
        if (strict && i + 1 < n) throw new CodecError('Excess data after padding');
        return out.slice(0, o);
      }
      continue;
    }
    const v = B64_DEC[ch];
    if (v >= 64) {
      if (strict) throw new CodecError('Only base64 data is allowed');
      continue;
    }
    if (strict && paddingStarted) throw new CodecError('Discontinuous padding not allowed');
    pads = 0;
    switch (quad) {
      case 0: quad = 1; left = v; break;
      case 1: quad = 2; out[o++] = ((left << 2) | (v >> 4)) & 0xff; left = v & 0x0f; break;
      case 2: quad = 3; out[o++] = ((left << 4) | (v >> 2)) & 0xff; left = v & 0x03; break;
      default: quad = 0; out[o++] = ((left << 6) | v) & 0xff; left = 0; break;
    }
  }
  if (quad === 1) {
    throw new CodecError('Invalid base64-encoded string: number of data characters ' +
      `(${Math.floor(o / 3) * 4 + 1}) cannot be 1 more than a multiple of 4`);
  }
  if (quad !== 0) throw new CodecError('Incorrect padding');
  return out.slice(0, o);
}

/** b2a_uu: one line, its length character first, a newline last; '`' for 0 with backtick. */
export function b2aUu(b: Uint8Array, backtick: boolean): Uint8Array {
  if (b.length > 45) throw new CodecError('At most 45 bytes at once');
  const out: number[] = [backtick && b.length === 0 ? 96 : 32 + b.length];
  const ch = (v: number): number => (backtick && v === 0 ? 96 : v + 32);
  let leftchar = 0;
  let leftbits = 0;
  for (let i = 0, len = b.length; len > 0 || leftbits !== 0; len--, i++) {
    leftchar = len > 0 ? (leftchar << 8) | b[i] : leftchar << 8;
    leftbits += 8;
    while (leftbits >= 6) {
      out.push(ch((leftchar >> (leftbits - 6)) & 0x3f));
      leftbits -= 6;
    }
    leftchar &= (1 << leftbits) - 1;
  }
  out.push(10);
  return Uint8Array.from(out);
}

/** a2b_uu: the data of one line; missing characters count as zeros (the line lost trailing
 *  spaces), what follows the data may only be spaces, '`' and line ends. */
export function a2bUu(a: Uint8Array): Uint8Array {
  // (C reads the terminating NUL of an empty bytes: a length of (0 - ' ') & 63)
  let binLen = ((a.length > 0 ? a[0] : 0) - 32) & 63;
  const out = new Uint8Array(binLen);
  let o = 0;
  let i = 1;
  let asciiLen = a.length - 1;
  let leftchar = 0;
  let leftbits = 0;
  for (; binLen > 0; asciiLen--, i++) {
    let ch = asciiLen > 0 ? a[i] : 0;
    if (ch === 10 || ch === 13 || asciiLen <= 0) ch = 0;
    else {
      if (ch < 32 || ch > 96) throw new CodecError('Illegal char');
      ch = (ch - 32) & 63;
    }
    leftchar = (leftchar << 6) | ch;
    leftbits += 6;
    if (leftbits >= 8) {
      leftbits -= 8;
      out[o++] = (leftchar >> leftbits) & 0xff;
      leftchar &= (1 << leftbits) - 1;
      binLen--;
    }
  }
  for (; asciiLen > 0; asciiLen--, i++) {
    const ch = a[i];
    if (ch !== 32 && ch !== 96 && ch !== 10 && ch !== 13) throw new CodecError('Trailing garbage');
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

/** a2b_hex / unhexlify: two hex digits per byte, nothing else. */
export function a2bHex(a: Uint8Array): Uint8Array {
  if (a.length % 2 !== 0) throw new CodecError('Odd-length string');
  const out = new Uint8Array(a.length >> 1);
  for (let i = 0; i < out.length; i++) {
    const hi = hexDigit(a[2 * i]);
    const lo = hexDigit(a[2 * i + 1]);
    if (hi < 0 || lo < 0) throw new CodecError('Non-hexadecimal digit found');
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const HEX = Uint8Array.from('0123456789abcdef', (c) => c.charCodeAt(0));

/** b2a_hex / hexlify (Python/pystrhex.c): with a separator byte every |group| bytes, counted
 *  from the right for group > 0, from the left for group < 0. */
export function b2aHex(b: Uint8Array, sep: number, group: number): Uint8Array {
  const n = b.length;
  if (sep < 0 || group === 0 || n === 0) {
    const out = new Uint8Array(2 * n);
    for (let i = 0; i < n; i++) {
      out[2 * i] = HEX[b[i] >> 4];
      out[2 * i + 1] = HEX[b[i] & 15];
    }
    return out;
  }
  const g = Math.min(Math.abs(group), n);
  const nseps = Math.floor((n - 1) / g);
  const out = new Uint8Array(2 * n + nseps);
  // the first chunk is the short one when counting from the right
  const first = group > 0 ? n - nseps * g : g;
  let o = 0;
  for (let i = 0; i < n; i++) {
    if (i > 0 && (i - first) % g === 0 && i >= first) out[o++] = sep;
    out[o++] = HEX[b[i] >> 4];
    out[o++] = HEX[b[i] & 15];
  }
  return out;
}

const CRC_HQX = ((): Uint16Array => {
  const t = new Uint16Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i << 8;
    for (let k = 0; k < 8; k++) c = (c & 0x8000) !== 0 ? ((c << 1) ^ 0x1021) & 0xffff : (c << 1) & 0xffff;
    t[i] = c;
  }
  return t;
})();

/** crc_hqx: CRC-CCITT (XMODEM polynomial 0x1021) continuing from crc. */
export function crcHqx(b: Uint8Array, crc: number): number {
  let c = crc & 0xffff;
  for (let i = 0; i < b.length; i++) c = ((c << 8) & 0xff00) ^ CRC_HQX[(c >> 8) ^ b[i]];
  return c;
}
