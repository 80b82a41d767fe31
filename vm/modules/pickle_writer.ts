// A growable byte buffer for the native pickler (vm/modules/pickle_save.ts): opcodes and their
// arguments are gathered here, in JS, during one builtin call, then appended to the pickler's
// heap bytearray in one piece (`take`). Invariant: holds bytes only, never heap references.

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

  /** The bytes written so far (a copy), emptying the buffer. */
  take(): Uint8Array {
    const r = this.buf.slice(0, this.len);
    this.len = 0;
    return r;
  }
}
