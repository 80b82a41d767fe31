// The state of one deflate stream (zlib's deflate_state and the z_stream fields deflate reads),
// for zlib_deflate.ts and zlib_trees.ts. Its home is a bytearray in the heap: an int32 header of
// scalars, then the window (2 * w_size bytes), prev (w_size uint16), head (hash_size uint16),
// pending_buf (4 * lit_bufsize bytes, the symbol buffer at its second quarter as in zlib 1.2.12+)
// and the three dynamic trees (uint16 pairs: freq or code, dad or len). `DState.open` makes views
// on those bytes and reads the scalars; `close` writes the scalars back. The views are valid for
// one native call only (no allocation happens while they are in use).

export const L_CODES = 286, D_CODES = 30, BL_CODES = 19, HEAP_SIZE = 2 * L_CODES + 1;
const HDR = 256;
const LTREE_BYTES = HEAP_SIZE * 4, DTREE_BYTES = (2 * D_CODES + 1) * 4, BLTREE_BYTES = (2 * BL_CODES + 1) * 4;

// header slots
const F_STATUS = 0, F_WRAP = 1, F_WBITS = 2, F_HASHBITS = 3, F_LITBUF = 4, F_PENDING = 5, F_PENDING_OUT = 6;
const F_LEVEL = 7, F_STRATEGY = 8, F_LAST_FLUSH = 9, F_BLOCK_START = 10, F_INS_H = 11, F_STRSTART = 12;
const F_MATCH_START = 13, F_LOOKAHEAD = 14, F_PREV_LENGTH = 15, F_MATCH_LENGTH = 16, F_PREV_MATCH = 17;
const F_MATCH_AVAILABLE = 18, F_INSERT = 19, F_HIGH_WATER = 20, F_MATCHES = 21, F_SYM_NEXT = 22;
const F_BI_BUF = 23, F_BI_VALID = 24, F_OPT_LEN = 25, F_STATIC_LEN = 26, F_ADLER = 27, F_TOTAL_IN = 28;
const F_DATA_TYPE = 29, F_MAX_CHAIN = 30, F_MAX_LAZY = 31, F_GOOD = 32, F_NICE = 33, F_MAGIC = 34;
const MAGIC = 0x5a4c4942;

export function deflateLayoutSize(wbits: number, memLevel: number): number {
  const wsize = 1 << wbits;
  const hashSize = 1 << (memLevel + 7);
  const litBufsize = 1 << (memLevel + 6);
  return HDR + 2 * wsize + 2 * wsize + 2 * hashSize + 4 * litBufsize + LTREE_BYTES + DTREE_BYTES + BLTREE_BYTES;
}

export class DState {
  // configuration
  status = 0; wrap = 0; w_bits = 0; w_size = 0; w_mask = 0; window_size = 0;
  hash_bits = 0; hash_size = 0; hash_mask = 0; hash_shift = 0;
  lit_bufsize = 0; pending_buf_size = 0; sym_buf = 0; sym_end = 0;
  level = 0; strategy = 0;
  max_chain_length = 0; max_lazy_match = 0; good_match = 0; nice_match = 0;
  // running state
  pending = 0; pending_out = 0; last_flush = 0; block_start = 0; ins_h = 0; strstart = 0;
  match_start = 0; lookahead = 0; prev_length = 0; match_length = 0; prev_match = 0;
  match_available = 0; insert = 0; high_water = 0; matches = 0; sym_next = 0;
  bi_buf = 0; bi_valid = 0; opt_len = 0; static_len = 0;
  // the stream
  adler = 0; total_in = 0; data_type = 2;
  next_in: Uint8Array = new Uint8Array(0); next_in_pos = 0; avail_in = 0;
  out: Uint8Array = new Uint8Array(0); out_len = 0; avail_out = 0;
  // the arrays (views on the heap buffer)
  window: Uint8Array = new Uint8Array(0);
  prev: Uint16Array = new Uint16Array(0);
  head: Uint16Array = new Uint16Array(0);
  pending_buf: Uint8Array = new Uint8Array(0);
  dyn_ltree: Uint16Array = new Uint16Array(0);
  dyn_dtree: Uint16Array = new Uint16Array(0);
  bl_tree: Uint16Array = new Uint16Array(0);
  // tree descriptors' max_code (set while a block is built)
  l_max_code = 0; d_max_code = 0; bl_max_code = 0;
  private hdr: Int32Array = new Int32Array(0);

  /** Views on `st`; `fresh`: the caller is about to initialise it (w_bits, memLevel given). */
  open(st: Uint8Array, wbits = 0, memLevel = 0): boolean {
    const hdr = new Int32Array(st.buffer, st.byteOffset, HDR >> 2);
    this.hdr = hdr;
    if (wbits === 0) {
      if (hdr[F_MAGIC] !== MAGIC) return false;
      wbits = hdr[F_WBITS];
      memLevel = hdr[F_HASHBITS] - 7;
    }
    this.w_bits = wbits;
    this.w_size = 1 << wbits;
    this.w_mask = this.w_size - 1;
    this.window_size = 2 * this.w_size;
    this.hash_bits = memLevel + 7;
    this.hash_size = 1 << this.hash_bits;
    this.hash_mask = this.hash_size - 1;
    this.hash_shift = ((this.hash_bits + 3 - 1) / 3) | 0;
    this.lit_bufsize = 1 << (memLevel + 6);
    this.pending_buf_size = this.lit_bufsize * 4;
    this.sym_buf = this.lit_bufsize;
    this.sym_end = (this.lit_bufsize - 1) * 3;
    let off = st.byteOffset + HDR;
    const buf = st.buffer;
    this.window = new Uint8Array(buf, off, this.window_size); off += this.window_size;
    this.prev = new Uint16Array(buf, off, this.w_size); off += 2 * this.w_size;
    this.head = new Uint16Array(buf, off, this.hash_size); off += 2 * this.hash_size;
    this.pending_buf = new Uint8Array(buf, off, this.pending_buf_size); off += this.pending_buf_size;
    this.dyn_ltree = new Uint16Array(buf, off, HEAP_SIZE * 2); off += LTREE_BYTES;
    this.dyn_dtree = new Uint16Array(buf, off, (2 * D_CODES + 1) * 2); off += DTREE_BYTES;
    this.bl_tree = new Uint16Array(buf, off, (2 * BL_CODES + 1) * 2);
    if (hdr[F_MAGIC] !== MAGIC) return true;
    this.status = hdr[F_STATUS]; this.wrap = hdr[F_WRAP];
    this.level = hdr[F_LEVEL]; this.strategy = hdr[F_STRATEGY];
    this.pending = hdr[F_PENDING]; this.pending_out = hdr[F_PENDING_OUT]; this.last_flush = hdr[F_LAST_FLUSH];
    this.block_start = hdr[F_BLOCK_START]; this.ins_h = hdr[F_INS_H]; this.strstart = hdr[F_STRSTART];
    this.match_start = hdr[F_MATCH_START]; this.lookahead = hdr[F_LOOKAHEAD]; this.prev_length = hdr[F_PREV_LENGTH];
    this.match_length = hdr[F_MATCH_LENGTH]; this.prev_match = hdr[F_PREV_MATCH];
    this.match_available = hdr[F_MATCH_AVAILABLE]; this.insert = hdr[F_INSERT]; this.high_water = hdr[F_HIGH_WATER];
    this.matches = hdr[F_MATCHES]; this.sym_next = hdr[F_SYM_NEXT]; this.bi_buf = hdr[F_BI_BUF];
    this.bi_valid = hdr[F_BI_VALID]; this.opt_len = hdr[F_OPT_LEN]; this.static_len = hdr[F_STATIC_LEN];
    this.adler = hdr[F_ADLER] >>> 0; this.total_in = hdr[F_TOTAL_IN] >>> 0; this.data_type = hdr[F_DATA_TYPE];
    this.max_chain_length = hdr[F_MAX_CHAIN]; this.max_lazy_match = hdr[F_MAX_LAZY];
    this.good_match = hdr[F_GOOD]; this.nice_match = hdr[F_NICE];
    return true;
  }

  close(): void {
    const hdr = this.hdr;
    hdr[F_MAGIC] = MAGIC;
    hdr[F_WBITS] = this.w_bits; hdr[F_HASHBITS] = this.hash_bits; hdr[F_LITBUF] = this.lit_bufsize;
    hdr[F_STATUS] = this.status; hdr[F_WRAP] = this.wrap;
    hdr[F_LEVEL] = this.level; hdr[F_STRATEGY] = this.strategy;
    hdr[F_PENDING] = this.pending; hdr[F_PENDING_OUT] = this.pending_out; hdr[F_LAST_FLUSH] = this.last_flush;
    hdr[F_BLOCK_START] = this.block_start; hdr[F_INS_H] = this.ins_h; hdr[F_STRSTART] = this.strstart;
    hdr[F_MATCH_START] = this.match_start; hdr[F_LOOKAHEAD] = this.lookahead; hdr[F_PREV_LENGTH] = this.prev_length;
    hdr[F_MATCH_LENGTH] = this.match_length; hdr[F_PREV_MATCH] = this.prev_match;
    hdr[F_MATCH_AVAILABLE] = this.match_available; hdr[F_INSERT] = this.insert; hdr[F_HIGH_WATER] = this.high_water;
    hdr[F_MATCHES] = this.matches; hdr[F_SYM_NEXT] = this.sym_next; hdr[F_BI_BUF] = this.bi_buf;
    hdr[F_BI_VALID] = this.bi_valid; hdr[F_OPT_LEN] = this.opt_len; hdr[F_STATIC_LEN] = this.static_len;
    hdr[F_ADLER] = this.adler | 0; hdr[F_TOTAL_IN] = this.total_in | 0; hdr[F_DATA_TYPE] = this.data_type;
    hdr[F_MAX_CHAIN] = this.max_chain_length; hdr[F_MAX_LAZY] = this.max_lazy_match;
    hdr[F_GOOD] = this.good_match; hdr[F_NICE] = this.nice_match;
  }

  /** put_byte */
  putByte(b: number): void { this.pending_buf[this.pending++] = b; }
  /** Appends n bytes to the caller's output (next_out), growing it. */
  emit(src: Uint8Array, from: number, n: number): void {
    if (this.out_len + n > this.out.length) {
      let size = Math.max(1024, this.out.length * 2);
      while (size < this.out_len + n) size *= 2;
      const b = new Uint8Array(size);
      b.set(this.out.subarray(0, this.out_len));
      this.out = b;
    }
    this.out.set(src.subarray(from, from + n), this.out_len);
    this.out_len += n;
    this.avail_out -= n;
  }
}
