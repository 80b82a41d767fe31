// A growable byte buffer for the native pickler (vm/modules/pickle_save.ts): opcodes and their
// arguments are gathered here, in JS, during one builtin call, then appended to the pickler's
// heap bytearray in one piece (`take`). Invariant: holds bytes only, never heap references.
// `utf8` encodes a str object straight from the heap (surrogatepass: a lone surrogate is its
// three-byte form), without a JS string.
import { mem, u16 } from '../../stmgc/heap';
import { S_KIND, S_LEN, cpBase, unitBase } from '../objects/str_core';

export class ByteWriter {
  private buf = new Uint8Array(256);
  private dv = new DataView(this.buf.buffer);
  len = 0;

  private room(n: number): void {
    if (this.len + n <= this.buf.length) return;
    let cap = this.buf.length * 2;
    while (cap < this.len + n) cap *= 2;
    const b = new Uint8Array(cap);
    b.set(this.buf.subarray(0, this.len));
    this.buf = b;
    this.dv = new DataView(b.buffer);
  }

  byte(b: number): void {
    if (this.len === this.buf.length) this.room(1);
    this.buf[this.len++] = b;
  }

  u32le(n: number): void {
    this.room(4);
    this.dv.setUint32(this.len, n >>> 0, true);
    this.len += 4;
  }

  f64be(x: number): void {
    this.room(8);
    this.dv.setFloat64(this.len, x, false);
    this.len += 8;
  }

  /** ASCII text (opcode arguments of the text protocol). */
  ascii(s: string): void {
    this.room(s.length);
    for (let i = 0; i < s.length; i++) this.buf[this.len++] = s.charCodeAt(i);
  }

  bytes(b: Uint8Array): void {
    this.room(b.length);
    this.buf.set(b, this.len);
    this.len += b.length;
  }

  /** Append the UTF-8 (surrogatepass) bytes of str r; returns their count. */
  utf8(r: number): number {
    const n = mem[r + S_LEN];
    const start = this.len;
    const bmp = (mem[r + S_KIND] & 1) !== 0;
    this.room(n * (bmp ? 3 : 4));
    const b = this.buf;
    let o = this.len;
    if (bmp) {
      const base = unitBase(r);
      for (let i = 0; i < n; i++) {
        const c = u16[base + i];
        if (c < 0x80) b[o++] = c;
        else if (c < 0x800) { b[o++] = 0xc0 | (c >> 6); b[o++] = 0x80 | (c & 0x3f); }
        else { b[o++] = 0xe0 | (c >> 12); b[o++] = 0x80 | ((c >> 6) & 0x3f); b[o++] = 0x80 | (c & 0x3f); }
      }
    } else {
      const at = cpBase(r);
      for (let i = 0; i < n; i++) {
        const c = mem[at + i];
        if (c < 0x80) b[o++] = c;
        else if (c < 0x800) { b[o++] = 0xc0 | (c >> 6); b[o++] = 0x80 | (c & 0x3f); }
        else if (c < 0x10000) { b[o++] = 0xe0 | (c >> 12); b[o++] = 0x80 | ((c >> 6) & 0x3f); b[o++] = 0x80 | (c & 0x3f); }
        else {
          b[o++] = 0xf0 | (c >> 18); b[o++] = 0x80 | ((c >> 12) & 0x3f);
          b[o++] = 0x80 | ((c >> 6) & 0x3f); b[o++] = 0x80 | (c & 0x3f);
        }
      }
    }
    this.len = o;
    return o - start;
  }

  /** Move the last `n` bytes `by` bytes further (room for a header written before them). */
  shift(n: number, by: number): void {
    this.room(by);
    this.buf.copyWithin(this.len - n + by, this.len - n, this.len);
    this.len += by;
  }

  /** Write at an earlier position (a header into the room `shift` made). */
  setByte(at: number, v: number): void { this.buf[at] = v; }
  setU32le(at: number, v: number): void { this.dv.setUint32(at, v >>> 0, true); }

  /** A copy of bytes [from, len), dropped from the buffer. */
  cut(from: number): Uint8Array {
    const r = this.buf.slice(from, this.len);
    this.len = from;
    return r;
  }

  /** The bytes written so far (a copy), emptying the buffer. */
  take(): Uint8Array {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
}
