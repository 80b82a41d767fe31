// str.encode('utf-16'/'utf-32' and their -le/-be forms, errors): the encoders work on the str's
// code points, as utf8_encode.ts does for UTF-8. A surrogate code point cannot be encoded; as in
// CPython 3.11's _PyUnicode_EncodeUTF16/32, each one is its own error (start, start + 1) and goes
// to the error handler by name (lib/_codecs.py lookup_error: the built-in handlers included), whose
// replacement is bytes of a whole number of code units (copied) or an ASCII str (each character
// one code unit); anything else raises UnicodeEncodeError(newpos - 1, newpos). 'utf-16' and
// 'utf-32' write a little-endian byte order mark first, as CPython on little-endian hosts.
import { PyException } from '../runtime/errors';
import { T } from '../runtime/types';
import { callObject } from '../interp/call';
import { newStr, strCodeAt, strLen } from './str_core';
import { intFromNumber } from './int_core';
import { callEncodeHandler } from './utf8_encode';

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Bytes of str s in UTF-16 (unit 2) or UTF-32 (unit 4); `codec` names it in errors
 *  ('utf-16', 'utf-16-le', ...): a name without -le/-be writes a BOM and is little-endian. */
export function encodeUtfUnits(s: number, unit: 2 | 4, codec: string, errors: string): Uint8Array {
  const be = codec.endsWith('-be');
  const bom = !be && !codec.endsWith('-le');
  const n = strLen(s);
  const out = new UnitSink(unit, be, n + (bom ? 1 : 0));
  if (bom) out.unit(0xfeff);
  for (let i = 0; i < n;) {
    const c = strCodeAt(s, i);
    if (!isSurrogate(c)) { out.codePoint(c); i++; continue; }
    const exc = callObject(T.UnicodeEncodeError, [newStr(codec), s, intFromNumber(i), intFromNumber(i + 1), newStr('surrogates not allowed')], 0);
    if (errors === 'strict') throw new PyException(exc);
    const { rep, pos } = callEncodeHandler(s, exc, errors);
    if (typeof rep === 'number') {
      const len = strLen(rep);
      for (let k = 0; k < len; k++) if (strCodeAt(rep, k) >= 0x80) throw rangeError(s, codec, pos);
      for (let k = 0; k < len; k++) out.unit(strCodeAt(rep, k));
    } else {
      if (rep.length % unit !== 0) throw rangeError(s, codec, pos);
      out.raw(rep);
    }
    i = pos;
  }
  return out.bytes();
}

function rangeError(s: number, codec: string, pos: number): PyException {
  return new PyException(callObject(T.UnicodeEncodeError,
    [newStr(codec), s, intFromNumber(pos - 1), intFromNumber(pos), newStr('surrogates not allowed')], 0));
}

/** The pystm name of a UTF-16/32 codec ('utf16le' -> 'utf-16-le'), or null for any other. */
export function utfUnitsCodec(normalized: string): { unit: 2 | 4; codec: string } | null {
  const m = /^utf(16|32)(le|be)?$/.exec(normalized);
  if (m === null) return null;
  return { unit: m[1] === '16' ? 2 : 4, codec: `utf-${m[1]}${m[2] ? '-' + m[2] : ''}` };
}

/** A growable buffer of code units in one byte order. */
class UnitSink {
  private buf: Uint8Array;
  private n = 0;
  constructor(private readonly size: 2 | 4, private readonly be: boolean, hint: number) {
    this.buf = new Uint8Array(Math.max(16, hint * size));
  }
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  unit(u: number): void {
    this.room(this.size);
    const b = this.buf;
    if (this.size === 2) {
      if (this.be) { b[this.n] = u >> 8; b[this.n + 1] = u & 0xff; } else { b[this.n] = u & 0xff; b[this.n + 1] = u >> 8; }
      this.n += 2;
      return;
    }
    for (let k = 0; k < 4; k++) b[this.n + (this.be ? 3 - k : k)] = (u >>> (8 * k)) & 0xff;
    this.n += 4;
  }
  /** Code point c (not a surrogate): one unit, or a surrogate pair in UTF-16. */
  codePoint(c: number): void {
    if (this.size === 2 && c >= 0x10000) {
      const v = c - 0x10000;
      this.unit(0xd800 | (v >> 10));
      this.unit(0xdc00 | (v & 0x3ff));
    } else this.unit(c);
  }
  raw(bytes: Uint8Array): void {
    this.room(bytes.length);
    this.buf.set(bytes, this.n);
    this.n += bytes.length;
  }
  bytes(): Uint8Array { return this.buf.slice(0, this.n); }
}
