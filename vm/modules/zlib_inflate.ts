// Inflate (RFC 1950/1951/1952) for the zlib module, our own code: zlib, raw and gzip streams and
// zlib's auto-detection (wbits 32+), with zlib's error messages. It resumes between calls from
// the caller's heap buffer (a bytearray, so a thread that moves to another worker continues it):
// an int32 header [stage, bit offset, wrapper, window bits, detected wrapper, running check,
// total out, window length, dictionary id, in-block kind, last-block flag, stored bytes left,
// code-length counts], the current block's code lengths (320 bytes) and the last 32 KiB of
// output. The unit of progress is one symbol (a literal or a length/distance pair), a stored
// block's bytes, a block header or the stream header/trailer: when the input ends inside a unit
// the call returns what it decoded before and consumes input up to the byte where the unit
// starts (the bit offset is kept), so the next call continues there with more input; the
// Huffman tables of a block are rebuilt from the saved lengths at each call. Decoding stops
// once `limit` output bytes are made (a match may pass it by up to 257 bytes: the caller keeps
// those as pending output).
import { adler32, crc32 } from './zlib_checksums';

export const IS_STAGE = 0, IS_BIT = 1, IS_WRAP = 2, IS_WBITS = 3, IS_KIND = 4, IS_CHECK = 5;
export const IS_TOTAL = 6, IS_WLEN = 7, IS_DICTID = 8, IS_INBLOCK = 9, IS_LAST = 10, IS_LEFT = 11;
export const IS_NLEN = 12, IS_NDIST = 13;
const HEADER_BYTES = 64;
const LENS_AT = HEADER_BYTES, LENS_BYTES = 320;
const WINDOW_AT = LENS_AT + LENS_BYTES;
const WSIZE = 32768;
export const INFLATE_STATE_SIZE = WINDOW_AT + WSIZE;
const IN_NONE = 0, IN_STORED = 1, IN_FIXED = 2, IN_DYNAMIC = 3;

const ST_HEADER = 0, ST_BLOCKS = 1, ST_TRAILER = 2, ST_DONE = 3, ST_DICT = 4;
export const R_OK = 0, R_END = 1, R_NEED_DICT = 2;

/** A zlib error: its code (-3 data error, 2 need dict) and message (null: none). */
export class ZError {
  constructor(readonly code: number, readonly msg: string | null) {}
}
const OUT = { out: true }; // thrown when the input ends inside a unit being decoded

function dataError(msg: string): never { throw new ZError(-3, msg); }

/** A fresh state for inflateInit2(wbits): wrap 0 raw, 1 zlib, 2 gzip, 3 auto. */
export function inflateInit(st: Uint8Array, wrap: number, wbits: number): void {
  st.fill(0, 0, HEADER_BYTES);
  const h = header(st);
  h[IS_STAGE] = wrap === 0 ? ST_BLOCKS : ST_HEADER;
  h[IS_WRAP] = wrap;
  h[IS_WBITS] = wbits;
  h[IS_KIND] = wrap === 3 ? 0 : wrap;
  h[IS_CHECK] = 0;
}

function header(st: Uint8Array): Int32Array {
  return new Int32Array(st.buffer, st.byteOffset, HEADER_BYTES >> 2);
}

/** inflateSetDictionary: the dictionary's tail becomes the window. Returns a zlib code. */
export function inflateSetDictionary(st: Uint8Array, dict: Uint8Array): number {
  const h = header(st);
  if (h[IS_STAGE] === ST_DICT) {
    if (adler32(dict, 1) !== (h[IS_DICTID] >>> 0)) return -3;
    h[IS_STAGE] = ST_BLOCKS;
  } else if (h[IS_KIND] !== 0 || h[IS_STAGE] !== ST_BLOCKS) {
    return -2;
  }
  const n = Math.min(dict.length, WSIZE);
  st.set(dict.subarray(dict.length - n), WINDOW_AT);
  h[IS_WLEN] = n;
  return 0;
}

// ---- Huffman tables: entry = symbol << 4 | length (0: no code), indexed by bit-reversed code
const LEN_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LEN_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const DIST_BASE = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577];
const DIST_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const CL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface Table { t: Int32Array; bits: number }

const KIND_CODES = 0, KIND_LENS = 1, KIND_DISTS = 2;

/** zlib's inflate_table rules: over-subscribed sets fail, incomplete ones too unless a lone
 *  code of length 1 (lengths/distances); an empty set gives a table of invalid codes. */
function buildTable(lens: Uint8Array, n: number, kind: number): Table | null {
  const count = new Int32Array(16);
  for (let i = 0; i < n; i++) count[lens[i]]++;
  let max = 15;
  while (max >= 1 && count[max] === 0) max--;
  if (max === 0) {
    if (kind === KIND_CODES) return null;
    return { t: new Int32Array(2), bits: 1 };
  }
  let left = 1;
  for (let len = 1; len <= 15; len++) {
    left <<= 1;
    left -= count[len];
    if (left < 0) return null;
  }
  if (left > 0 && (kind === KIND_CODES || max !== 1)) return null;
  const next = new Int32Array(16);
  let code = 0;
  count[0] = 0;
  for (let len = 1; len <= 15; len++) {
    code = (code + count[len - 1]) << 1;
    next[len] = code;
  }
  const t = new Int32Array(1 << max);
  for (let sym = 0; sym < n; sym++) {
    const len = lens[sym];
    if (len === 0) continue;
    let c = next[len]++;
    let r = 0;
    for (let k = 0; k < len; k++) { r = (r << 1) | (c & 1); c >>= 1; }
    const e = (sym << 4) | len;
    for (let i = r; i < t.length; i += 1 << len) t[i] = e;
  }
  return { t, bits: max };
}

let fixedLit: Table | null = null;
let fixedDist: Table | null = null;
function fixedTables(): void {
  const l = new Uint8Array(288);
  for (let i = 0; i < 144; i++) l[i] = 8;
  for (let i = 144; i < 256; i++) l[i] = 9;
  for (let i = 256; i < 280; i++) l[i] = 7;
  for (let i = 280; i < 288; i++) l[i] = 8;
  fixedLit = buildTable(l, 288, KIND_LENS);
  const d = new Uint8Array(32).fill(5); // (30 and 31 decode, then fail as invalid codes)
  fixedDist = buildTable(d, 32, KIND_DISTS);
}

/** The tables of a dynamic block from its code lengths (errors as zlib words them). */
function dynamicTables(lens: Uint8Array, nlen: number, ndist: number): [Table, Table] {
  const lt = buildTable(lens.subarray(0, nlen), nlen, KIND_LENS);
  if (lt === null) dataError('invalid literal/lengths set');
  const dt = buildTable(lens.subarray(nlen, nlen + ndist), ndist, KIND_DISTS);
  if (dt === null) dataError('invalid distances set');
  return [lt, dt];
}

/** The decoder over one call's input and output (output starts with the window). */
class Inflater {
  pos = 0;
  bitbuf = 0;
  bitcnt = 0;
  out: Uint8Array;
  op: number;
  cBit = 0; // the last commit point: input bit and output length after the last whole unit
  cOut = 0;
  limitOut = 0; // stop once op reaches this (0: no limit)
  constructor(readonly inp: Uint8Array, window: Uint8Array, expect: number) {
    this.out = new Uint8Array(Math.max(65536, window.length + expect));
    this.out.set(window);
    this.op = window.length;
  }
  /** The absolute bit position of the next unread bit. */
  bitPos(): number { return this.pos * 8 - this.bitcnt; }
  seek(bp: number): void {
    this.pos = bp >> 3;
    this.bitbuf = 0;
    this.bitcnt = 0;
    if ((bp & 7) !== 0) { this.need(bp & 7); this.drop(bp & 7); }
  }
  need(n: number): void {
    while (this.bitcnt < n) {
      if (this.pos >= this.inp.length) throw OUT;
      this.bitbuf |= this.inp[this.pos++] << this.bitcnt;
      this.bitcnt += 8;
    }
  }
  drop(n: number): void { this.bitbuf >>>= n; this.bitcnt -= n; }
  bits(n: number): number {
    if (n === 0) return 0;
    this.need(n);
    const v = this.bitbuf & ((1 << n) - 1);
    this.drop(n);
    return v;
  }
  grow(n: number): void {
    if (this.op + n <= this.out.length) return;
    let size = this.out.length * 2;
    while (size < this.op + n) size *= 2;
    const b = new Uint8Array(size);
    b.set(this.out.subarray(0, this.op));
    this.out = b;
  }
  /** One symbol of table `tb`. */
  decode(tb: Table): number {
    const inp = this.inp;
    while (this.bitcnt < tb.bits && this.pos < inp.length) {
      this.bitbuf |= inp[this.pos++] << this.bitcnt;
      this.bitcnt += 8;
    }
    const e = tb.t[this.bitbuf & ((1 << tb.bits) - 1)];
    const len = e & 15;
    if (len === 0 || len > this.bitcnt) {
      if (this.bitcnt < tb.bits) throw OUT;
      return -1;
    }
    this.drop(len);
    return e >> 4;
  }
  commit(): void {
    this.cBit = this.pos * 8 - this.bitcnt;
    this.cOut = this.op;
  }
  /** A stored block's header: its length. */
  storedHeader(): number {
    this.drop(this.bitcnt & 7);
    const len = this.bits(16);
    const nlen = this.bits(16);
    if (len !== (~nlen & 0xffff)) dataError('invalid stored block lengths');
    return len;
  }
  /** Copies up to `left` stored bytes (what the input has); returns how many are still due. */
  storedCopy(left: number): number {
    // the bit buffer holds whole bytes here: give them back to the input
    this.pos -= this.bitcnt >> 3;
    this.bitbuf = 0;
    this.bitcnt = 0;
    let n = Math.min(left, this.inp.length - this.pos);
    if (this.limitOut > 0) n = Math.min(n, Math.max(0, this.limitOut - this.op));
    this.grow(n);
    this.out.set(this.inp.subarray(this.pos, this.pos + n), this.op);
    this.op += n;
    this.pos += n;
    this.commit();
    return left - n;
  }
  /** A dynamic block's header: the code lengths into `lens`, [nlen, ndist]. */
  dynamicHeader(lens: Uint8Array): [number, number] {
    const nlen = this.bits(5) + 257;
    const ndist = this.bits(5) + 1;
    const ncode = this.bits(4) + 4;
    if (nlen > 286 || ndist > 30) dataError('too many length or distance symbols');
    const cl = new Uint8Array(19);
    for (let i = 0; i < ncode; i++) cl[CL_ORDER[i]] = this.bits(3);
    const clt = buildTable(cl, 19, KIND_CODES);
    if (clt === null) dataError('invalid code lengths set');
    lens.fill(0);
    let i = 0;
    while (i < nlen + ndist) {
      const sym = this.decode(clt);
      if (sym < 0) dataError('invalid code lengths set');
      if (sym < 16) { lens[i++] = sym; continue; }
      let rep: number, val = 0;
      if (sym === 16) {
        if (i === 0) dataError('invalid bit length repeat');
        val = lens[i - 1];
        rep = 3 + this.bits(2);
      } else if (sym === 17) rep = 3 + this.bits(3);
      else rep = 11 + this.bits(7);
      if (i + rep > nlen + ndist) dataError('invalid bit length repeat');
      while (rep-- > 0) lens[i++] = val;
    }
    if (lens[256] === 0) dataError('invalid code -- missing end-of-block');
    dynamicTables(lens, nlen, ndist);
    return [nlen, ndist];
  }
  /** The symbols of a block up to its end (true) or the output limit (false). */
  codes(lt: Table, dt: Table, winStart: number): boolean {
    for (;;) {
      this.commit();
      if (this.limitOut > 0 && this.op >= this.limitOut) return false;
      const sym = this.decode(lt);
      if (sym < 256) {
        if (sym < 0) dataError('invalid literal/length code');
        if (this.op >= this.out.length) this.grow(1);
        this.out[this.op++] = sym;
        continue;
      }
      if (sym === 256) { this.commit(); return true; }
      const li = sym - 257;
      if (li >= 29) dataError('invalid literal/length code');
      const len = LEN_BASE[li] + this.bits(LEN_EXTRA[li]);
      const ds = this.decode(dt);
      if (ds < 0 || ds >= 30) dataError('invalid distance code');
      const dist = DIST_BASE[ds] + this.bits(DIST_EXTRA[ds]);
      if (dist > this.op - winStart) dataError('invalid distance too far back');
      this.grow(len);
      const o = this.out;
      let from = this.op - dist;
      let to = this.op;
      const end = to + len;
      while (to < end) o[to++] = o[from++];
      this.op = end;
    }
  }
}

export interface InflateResult { out: Uint8Array; consumed: number; status: number }

/** Runs the stream over `inp` (the caller's unconsumed input), see the header. */
export function inflateRun(st: Uint8Array, inp: Uint8Array, limit: number): InflateResult {
  const h = header(st);
  const wlen = h[IS_WLEN];
  const win = st.subarray(WINDOW_AT, WINDOW_AT + wlen);
  const lens = st.subarray(LENS_AT, LENS_AT + LENS_BYTES);
  const z = new Inflater(inp, win, inp.length * 3);
  z.seek(h[IS_BIT]);
  z.commit();
  z.limitOut = limit > 0 ? wlen + limit : 0;
  let checked = wlen; // output up to here is in the running check
  let status = R_OK;
  let tables: [Table, Table] | null = null;
  try {
    for (;;) {
      const stage = h[IS_STAGE];
      if (stage === ST_HEADER) {
        readHeader(z, h);
        z.commit();
        if (h[IS_STAGE] === ST_DICT) { status = R_NEED_DICT; break; }
      } else if (stage === ST_BLOCKS) {
        let kind = h[IS_INBLOCK];
        if (kind === IN_NONE) {
          if (z.limitOut > 0 && z.op >= z.limitOut) break;
          const last = z.bits(1);
          const type = z.bits(2);
          if (type === 0) h[IS_LEFT] = z.storedHeader();
          else if (type === 2) [h[IS_NLEN], h[IS_NDIST]] = z.dynamicHeader(lens);
          else if (type !== 1) dataError('invalid block type');
          kind = type === 0 ? IN_STORED : type === 1 ? IN_FIXED : IN_DYNAMIC;
          h[IS_INBLOCK] = kind;
          h[IS_LAST] = last;
          z.commit();
        }
        let done: boolean;
        if (kind === IN_STORED) {
          h[IS_LEFT] = z.storedCopy(h[IS_LEFT]);
          done = h[IS_LEFT] === 0;
          if (!done) break;
        } else {
          if (tables === null) {
            if (kind === IN_FIXED) {
              if (fixedLit === null) fixedTables();
              tables = [fixedLit!, fixedDist!];
            } else tables = dynamicTables(lens, h[IS_NLEN], h[IS_NDIST]);
          }
          done = z.codes(tables[0], tables[1], 0);
          if (!done) break;
        }
        tables = null;
        h[IS_INBLOCK] = IN_NONE;
        if (h[IS_LAST] === 1) {
          z.drop(z.bitcnt & 7);
          z.commit();
          h[IS_STAGE] = h[IS_KIND] === 0 ? ST_DONE : ST_TRAILER;
        }
      } else if (stage === ST_TRAILER) {
        updateCheck(h, z.out, checked, z.cOut);
        checked = z.cOut;
        readTrailer(z, h);
        z.commit();
        h[IS_STAGE] = ST_DONE;
      } else if (stage === ST_DONE) {
        status = R_END;
        break;
      } else {
        status = R_NEED_DICT;
        break;
      }
    }
  } catch (e) {
    if (e !== OUT) throw e;
  }
  // keep the output up to the last commit point; the window is the last 32 KiB of it
  const committedOut = z.cOut, committed = z.cBit;
  updateCheck(h, z.out, checked, committedOut);
  const out = z.out.subarray(wlen, committedOut);
  const keep = Math.min(committedOut, WSIZE);
  st.set(z.out.subarray(committedOut - keep, committedOut), WINDOW_AT);
  h[IS_WLEN] = keep;
  h[IS_BIT] = committed & 7;
  return { out: out.slice(), consumed: committed >> 3, status };
}

function updateCheck(h: Int32Array, out: Uint8Array, from: number, to: number): void {
  h[IS_TOTAL] = (h[IS_TOTAL] + (to - from)) | 0;
  if (h[IS_KIND] === 1) h[IS_CHECK] = adler32(out, h[IS_CHECK] >>> 0, from, to) | 0;
  else if (h[IS_KIND] === 2) h[IS_CHECK] = crc32(out, h[IS_CHECK] >>> 0, from, to) | 0;
}

/** The zlib or gzip header (all of it, or OUT with nothing consumed). */
function readHeader(z: Inflater, h: Int32Array): void {
  const wrap = h[IS_WRAP];
  const b0 = z.bits(8);
  const b1 = z.bits(8);
  if ((wrap & 2) !== 0 && b0 === 0x1f && b1 === 0x8b) {
    const method = z.bits(8);
    if (method !== 8) dataError('unknown compression method');
    const flags = z.bits(8);
    if ((flags & 0xe0) !== 0) dataError('unknown header flags set');
    const start = z.pos - 4;
    for (let i = 0; i < 6; i++) z.bits(8); // mtime, xfl, os
    if ((flags & 4) !== 0) {
      const xlen = z.bits(16);
      for (let i = 0; i < xlen; i++) z.bits(8);
    }
    if ((flags & 8) !== 0) while (z.bits(8) !== 0) { /* file name */ }
    if ((flags & 16) !== 0) while (z.bits(8) !== 0) { /* comment */ }
    if ((flags & 2) !== 0) {
      const end = z.pos;
      const hcrc = z.bits(16);
      if (hcrc !== (crc32(z.inp, 0, start, end) & 0xffff)) dataError('header crc mismatch');
    }
    h[IS_KIND] = 2;
    h[IS_CHECK] = 0;
    h[IS_STAGE] = ST_BLOCKS;
    return;
  }
  if ((wrap & 1) === 0 || ((b0 << 8) + b1) % 31 !== 0) dataError('incorrect header check');
  if ((b0 & 15) !== 8) dataError('unknown compression method');
  const len = (b0 >> 4) + 8;
  if (h[IS_WBITS] === 0) h[IS_WBITS] = len;
  if (len > 15 || len > h[IS_WBITS]) dataError('invalid window size');
  h[IS_KIND] = 1;
  h[IS_CHECK] = 1;
  if ((b1 & 0x20) !== 0) {
    const id = z.bits(16);
    const id2 = z.bits(16);
    h[IS_DICTID] = (((id & 0xff) << 24) | ((id >> 8) << 16) | ((id2 & 0xff) << 8) | (id2 >> 8));
    h[IS_STAGE] = ST_DICT;
    return;
  }
  h[IS_STAGE] = ST_BLOCKS;
}

function readTrailer(z: Inflater, h: Int32Array): void {
  z.drop(z.bitcnt & 7);
  if (h[IS_KIND] === 1) {
    const a = z.bits(16);
    const b = z.bits(16);
    const v = (((a & 0xff) << 24) | ((a >> 8) << 16) | ((b & 0xff) << 8) | (b >> 8)) >>> 0;
    if (v !== (h[IS_CHECK] >>> 0)) dataError('incorrect data check');
  } else {
    const c = (z.bits(16) | (z.bits(16) << 16)) >>> 0;
    if (c !== (h[IS_CHECK] >>> 0)) dataError('incorrect data check');
    const n = (z.bits(16) | (z.bits(16) << 16)) >>> 0;
    if (n !== (h[IS_TOTAL] >>> 0)) dataError('incorrect length check');
  }
}
