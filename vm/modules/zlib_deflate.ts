// Deflate for the zlib module, following zlib 1.2.13's deflate.c so the bytes are CPython's:
// the configuration table per level, hash chains (prev/head), longest_match, lazy matching
// (deflate_slow), deflate_fast, deflate_stored (1.2.11+: blocks copied straight to the output
// as room allows), deflate_rle, deflate_huff, fill_window with its window slide, the zlib and
// gzip wrappers, and deflate()'s flush modes. The output side mimics CPython 3.11's buffer
// growth (32 KiB, 64 KiB, 256 KiB, 1 MiB, ...): deflate_stored's block sizes depend on the room
// left in the output, so the same room gives the same bytes. All state is in a DState (views
// on a heap bytearray), opened and closed around each call.
import { adler32, crc32 } from './zlib_checksums';
import { DState, deflateLayoutSize } from './zlib_deflate_state';
import { tallyDist, tallyLit, trAlign, trFlushBits, trFlushBlock, trInit, trStoredBlock } from './zlib_trees';

const Z_NO_FLUSH = 0, Z_PARTIAL_FLUSH = 1, Z_FULL_FLUSH = 3, Z_FINISH = 4, Z_BLOCK = 5;
const Z_OK = 0, Z_STREAM_END = 1, Z_STREAM_ERROR = -2, Z_BUF_ERROR = -5;
const Z_FILTERED = 1, Z_HUFFMAN_ONLY = 2, Z_RLE = 3, Z_FIXED = 4;
const MIN_MATCH = 3, MAX_MATCH = 258, MIN_LOOKAHEAD = MAX_MATCH + MIN_MATCH + 1, TOO_FAR = 4096;
const WIN_INIT = MAX_MATCH, MAX_STORED = 65535, PRESET_DICT = 0x20, OS_CODE = 3;
const INIT_STATE = 42, GZIP_STATE = 57, BUSY_STATE = 113, FINISH_STATE = 666;
const NEED_MORE = 0, BLOCK_DONE = 1, FINISH_STARTED = 2, FINISH_DONE = 3;

// good lazy nice chain, func (0 stored, 1 fast, 2 slow)
const CONFIG: ReadonlyArray<readonly [number, number, number, number, number]> = [
  [0, 0, 0, 0, 0], [4, 4, 8, 4, 1], [4, 5, 16, 8, 1], [4, 6, 32, 32, 1],
  [4, 4, 16, 16, 2], [8, 16, 32, 32, 2], [8, 16, 128, 128, 2], [8, 32, 128, 256, 2],
  [32, 128, 258, 1024, 2], [32, 258, 258, 4096, 2],
];

const RANK = (f: number): number => f * 2 - (f > 4 ? 9 : 0);
const maxDist = (s: DState): number => s.w_size - MIN_LOOKAHEAD;

/** The bytes a stream of deflateInit2(windowBits, memLevel) needs (256 for bad parameters:
 *  deflateInit then refuses them). */
export function deflateStateSize(windowBits: number, memLevel: number): number {
  if (windowBits < 0) windowBits = -windowBits;
  else if (windowBits > 15) windowBits -= 16;
  if (windowBits < 8 || windowBits > 15 || memLevel < 1 || memLevel > 9) return 256;
  return deflateLayoutSize(Math.max(windowBits, 9), memLevel);
}

/** deflateInit2: 0, or Z_STREAM_ERROR for bad parameters. */
export function deflateInit(st: Uint8Array, level: number, method: number, windowBits: number, memLevel: number, strategy: number): number {
  let wrap = 1;
  if (level === -1) level = 6;
  if (windowBits < 0) {
    wrap = 0;
    if (windowBits < -15) return Z_STREAM_ERROR;
    windowBits = -windowBits;
  } else if (windowBits > 15) {
    wrap = 2;
    windowBits -= 16;
  }
  if (memLevel < 1 || memLevel > 9 || method !== 8 || windowBits < 8 || windowBits > 15 || level < 0 ||
      level > 9 || strategy < 0 || strategy > Z_FIXED || (windowBits === 8 && wrap !== 1)) {
    return Z_STREAM_ERROR;
  }
  if (windowBits === 8) windowBits = 9;
  if (st.length < deflateLayoutSize(windowBits, memLevel)) return Z_STREAM_ERROR;
  st.fill(0);
  const s = new DState();
  s.open(st, windowBits, memLevel);
  s.wrap = wrap;
  s.level = level;
  s.strategy = strategy;
  s.high_water = 0;
  // deflateReset
  s.total_in = 0;
  s.data_type = 2;
  s.pending = 0;
  s.pending_out = 0;
  s.status = s.wrap === 2 ? GZIP_STATE : INIT_STATE;
  s.adler = s.wrap === 2 ? 0 : 1;
  s.last_flush = -2;
  trInit(s);
  lmInit(s);
  s.close();
  return Z_OK;
}

function lmInit(s: DState): void {
  s.head.fill(0);
  const c = CONFIG[s.level];
  s.max_lazy_match = c[1];
  s.good_match = c[0];
  s.nice_match = c[2];
  s.max_chain_length = c[3];
  s.strstart = 0;
  s.block_start = 0;
  s.lookahead = 0;
  s.insert = 0;
  s.match_length = s.prev_length = MIN_MATCH - 1;
  s.match_available = 0;
  s.ins_h = 0;
}

function open(st: Uint8Array): DState | null {
  const s = new DState();
  return s.open(st) ? s : null;
}

/** deflateSetDictionary */
export function deflateSetDictionary(st: Uint8Array, dict: Uint8Array): number {
  const s = open(st);
  if (s === null) return Z_STREAM_ERROR;
  const wrap = s.wrap;
  if (wrap === 2 || (wrap === 1 && s.status !== INIT_STATE) || s.lookahead !== 0) return Z_STREAM_ERROR;
  if (wrap === 1) s.adler = adler32(dict, s.adler);
  s.wrap = 0;
  let start = 0, len = dict.length;
  if (len >= s.w_size) {
    if (wrap === 0) {
      s.head.fill(0);
      s.strstart = 0;
      s.block_start = 0;
      s.insert = 0;
    }
    start = len - s.w_size;
    len = s.w_size;
  }
  s.next_in = dict;
  s.next_in_pos = start;
  s.avail_in = len;
  fillWindow(s);
  while (s.lookahead >= MIN_MATCH) {
    let str = s.strstart;
    let n = s.lookahead - (MIN_MATCH - 1);
    do {
      s.ins_h = ((s.ins_h << s.hash_shift) ^ s.window[str + MIN_MATCH - 1]) & s.hash_mask;
      s.prev[str & s.w_mask] = s.head[s.ins_h];
      s.head[s.ins_h] = str;
      str++;
    } while (--n);
    s.strstart = str;
    s.lookahead = MIN_MATCH - 1;
    fillWindow(s);
  }
  s.strstart += s.lookahead;
  s.block_start = s.strstart;
  s.insert = s.lookahead;
  s.lookahead = 0;
  s.match_length = s.prev_length = MIN_MATCH - 1;
  s.match_available = 0;
  s.wrap = wrap;
  s.close();
  return Z_OK;
}

// CPython 3.11's output buffer blocks (Modules/_blocks_output_buffer.h)
const KB = 1024, MB = 1024 * 1024;
const BLOCK_SIZES = [32 * KB, 64 * KB, 256 * KB, MB, 4 * MB, 8 * MB, 16 * MB, 16 * MB, 32 * MB, 32 * MB,
  32 * MB, 32 * MB, 64 * MB, 64 * MB, 128 * MB, 128 * MB, 256 * MB];

export interface DeflateResult { out: Uint8Array; code: number }

/** One CPython call (compress(), Compress.compress() or flush(mode)): deflate(flush) over
 *  `input` until the output is not full, the output growing as CPython's does. */
export function deflateRun(st: Uint8Array, input: Uint8Array, flush: number): DeflateResult {
  const s = open(st);
  if (s === null) return { out: new Uint8Array(0), code: Z_STREAM_ERROR };
  s.next_in = input;
  s.next_in_pos = 0;
  s.avail_in = input.length;
  s.out = new Uint8Array(Math.min(BLOCK_SIZES[0], input.length + 64));
  s.out_len = 0;
  s.avail_out = BLOCK_SIZES[0];
  let block = 0;
  let code: number;
  for (;;) {
    code = deflate(s, flush);
    if (code === Z_STREAM_ERROR || s.avail_out !== 0) break;
    block = Math.min(block + 1, BLOCK_SIZES.length - 1);
    s.avail_out = BLOCK_SIZES[block];
  }
  s.close();
  return { out: s.out.slice(0, s.out_len), code };
}

function putShortMSB(s: DState, b: number): void {
  s.putByte((b >> 8) & 0xff);
  s.putByte(b & 0xff);
}

function flushPending(s: DState): void {
  trFlushBits(s);
  let len = s.pending;
  if (len > s.avail_out) len = s.avail_out;
  if (len === 0) return;
  s.emit(s.pending_buf, s.pending_out, len);
  s.pending_out += len;
  s.pending -= len;
  if (s.pending === 0) s.pending_out = 0;
}

/** deflate(strm, flush) */
function deflate(s: DState, flush: number): number {
  if (flush > Z_BLOCK || flush < 0) return Z_STREAM_ERROR;
  if (s.status === FINISH_STATE && flush !== Z_FINISH) return Z_STREAM_ERROR;
  if (s.avail_out === 0) return Z_BUF_ERROR;
  const oldFlush = s.last_flush;
  s.last_flush = flush;
  if (s.pending !== 0) {
    flushPending(s);
    if (s.avail_out === 0) {
      s.last_flush = -1;
      return Z_OK;
    }
  } else if (s.avail_in === 0 && RANK(flush) <= RANK(oldFlush) && flush !== Z_FINISH) {
    return Z_BUF_ERROR;
  }
  if (s.status === FINISH_STATE && s.avail_in !== 0) return Z_BUF_ERROR;
  if (s.status === INIT_STATE && s.wrap === 0) s.status = BUSY_STATE;
  if (s.status === INIT_STATE) {
    let header = (8 + ((s.w_bits - 8) << 4)) << 8;
    let levelFlags: number;
    if (s.strategy >= Z_HUFFMAN_ONLY || s.level < 2) levelFlags = 0;
    else if (s.level < 6) levelFlags = 1;
    else if (s.level === 6) levelFlags = 2;
    else levelFlags = 3;
    header |= levelFlags << 6;
    if (s.strstart !== 0) header |= PRESET_DICT;
    header += 31 - (header % 31);
    putShortMSB(s, header);
    if (s.strstart !== 0) {
      putShortMSB(s, s.adler >>> 16);
      putShortMSB(s, s.adler & 0xffff);
    }
    s.adler = 1;
    s.status = BUSY_STATE;
    flushPending(s);
    if (s.pending !== 0) {
      s.last_flush = -1;
      return Z_OK;
    }
  }
  if (s.status === GZIP_STATE) {
    s.adler = 0;
    s.putByte(31);
    s.putByte(139);
    s.putByte(8);
    for (let i = 0; i < 5; i++) s.putByte(0);
    s.putByte(s.level === 9 ? 2 : (s.strategy >= Z_HUFFMAN_ONLY || s.level < 2 ? 4 : 0));
    s.putByte(OS_CODE);
    s.status = BUSY_STATE;
    flushPending(s);
    if (s.pending !== 0) {
      s.last_flush = -1;
      return Z_OK;
    }
  }
  if (s.avail_in !== 0 || s.lookahead !== 0 || (flush !== Z_NO_FLUSH && s.status !== FINISH_STATE)) {
    const bstate = s.level === 0 ? deflateStored(s, flush)
      : s.strategy === Z_HUFFMAN_ONLY ? deflateHuff(s, flush)
        : s.strategy === Z_RLE ? deflateRle(s, flush)
          : CONFIG[s.level][4] === 1 ? deflateFast(s, flush) : deflateSlow(s, flush);
    if (bstate === FINISH_STARTED || bstate === FINISH_DONE) s.status = FINISH_STATE;
    if (bstate === NEED_MORE || bstate === FINISH_STARTED) {
      if (s.avail_out === 0) s.last_flush = -1;
      return Z_OK;
    }
    if (bstate === BLOCK_DONE) {
      if (flush === Z_PARTIAL_FLUSH) {
        trAlign(s);
      } else if (flush !== Z_BLOCK) {
        trStoredBlock(s, -1, 0, 0);
        if (flush === Z_FULL_FLUSH) {
          s.head.fill(0);
          if (s.lookahead === 0) {
            s.strstart = 0;
            s.block_start = 0;
            s.insert = 0;
          }
        }
      }
      flushPending(s);
      if (s.avail_out === 0) {
        s.last_flush = -1;
        return Z_OK;
      }
    }
  }
  if (flush !== Z_FINISH) return Z_OK;
  if (s.wrap <= 0) return Z_STREAM_END;
  if (s.wrap === 2) {
    const a = s.adler >>> 0, t = s.total_in >>> 0;
    s.putByte(a & 0xff); s.putByte((a >>> 8) & 0xff); s.putByte((a >>> 16) & 0xff); s.putByte(a >>> 24);
    s.putByte(t & 0xff); s.putByte((t >>> 8) & 0xff); s.putByte((t >>> 16) & 0xff); s.putByte(t >>> 24);
  } else {
    putShortMSB(s, s.adler >>> 16);
    putShortMSB(s, s.adler & 0xffff);
  }
  flushPending(s);
  if (s.wrap > 0) s.wrap = -s.wrap;
  return s.pending !== 0 ? Z_OK : Z_STREAM_END;
}

/** read_buf: copies up to size input bytes into the window at `at`, updating the check. */
function readBuf(s: DState, dest: Uint8Array | null, at: number, size: number): number {
  let len = s.avail_in;
  if (len > size) len = size;
  if (len === 0) return 0;
  s.avail_in -= len;
  const from = s.next_in_pos;
  if (dest === null) s.emit(s.next_in, from, len);
  else dest.set(s.next_in.subarray(from, from + len), at);
  if (s.wrap === 1) s.adler = adler32(s.next_in, s.adler, from, from + len);
  else if (s.wrap === 2) s.adler = crc32(s.next_in, s.adler, from, from + len);
  s.next_in_pos += len;
  s.total_in = (s.total_in + len) >>> 0;
  return len;
}

function slideHash(s: DState): void {
  const wsize = s.w_size;
  const head = s.head, prev = s.prev;
  for (let n = 0; n < s.hash_size; n++) {
    const m = head[n];
    head[n] = m >= wsize ? m - wsize : 0;
  }
  for (let n = 0; n < wsize; n++) {
    const m = prev[n];
    prev[n] = m >= wsize ? m - wsize : 0;
  }
}

function fillWindow(s: DState): void {
  const wsize = s.w_size;
  const win = s.window;
  do {
    let more = s.window_size - s.lookahead - s.strstart;
    if (s.strstart >= wsize + maxDist(s)) {
      win.copyWithin(0, wsize, wsize + wsize - more);
      s.match_start -= wsize;
      s.strstart -= wsize;
      s.block_start -= wsize;
      if (s.insert > s.strstart) s.insert = s.strstart;
      slideHash(s);
      more += wsize;
    }
    if (s.avail_in === 0) break;
    const n = readBuf(s, win, s.strstart + s.lookahead, more);
    s.lookahead += n;
    if (s.lookahead + s.insert >= MIN_MATCH) {
      let str = s.strstart - s.insert;
      s.ins_h = win[str];
      s.ins_h = ((s.ins_h << s.hash_shift) ^ win[str + 1]) & s.hash_mask;
      while (s.insert) {
        s.ins_h = ((s.ins_h << s.hash_shift) ^ win[str + MIN_MATCH - 1]) & s.hash_mask;
        s.prev[str & s.w_mask] = s.head[s.ins_h];
        s.head[s.ins_h] = str;
        str++;
        s.insert--;
        if (s.lookahead + s.insert < MIN_MATCH) break;
      }
    }
  } while (s.lookahead < MIN_LOOKAHEAD && s.avail_in !== 0);
  if (s.high_water < s.window_size) {
    const curr = s.strstart + s.lookahead;
    let init: number;
    if (s.high_water < curr) {
      init = s.window_size - curr;
      if (init > WIN_INIT) init = WIN_INIT;
      win.fill(0, curr, curr + init);
      s.high_water = curr + init;
    } else if (s.high_water < curr + WIN_INIT) {
      init = curr + WIN_INIT - s.high_water;
      if (init > s.window_size - s.high_water) init = s.window_size - s.high_water;
      win.fill(0, s.high_water, s.high_water + init);
      s.high_water += init;
    }
  }
}

/** INSERT_STRING: returns the previous head of the chain. */
function insertString(s: DState, str: number): number {
  s.ins_h = ((s.ins_h << s.hash_shift) ^ s.window[str + MIN_MATCH - 1]) & s.hash_mask;
  const h = s.prev[str & s.w_mask] = s.head[s.ins_h];
  s.head[s.ins_h] = str;
  return h;
}

function longestMatch(s: DState, curMatch: number): number {
  let chainLength = s.max_chain_length;
  const win = s.window;
  const scan = s.strstart;
  let bestLen = s.prev_length;
  let niceMatch = s.nice_match;
  const limit = s.strstart > maxDist(s) ? s.strstart - maxDist(s) : 0;
  const prev = s.prev;
  const wmask = s.w_mask;
  let scanEnd1 = win[scan + bestLen - 1];
  let scanEnd = win[scan + bestLen];
  if (s.prev_length >= s.good_match) chainLength >>= 2;
  if (niceMatch > s.lookahead) niceMatch = s.lookahead;
  const s0 = win[scan], s1 = win[scan + 1];
  do {
    const match = curMatch;
    if (win[match + bestLen] !== scanEnd || win[match + bestLen - 1] !== scanEnd1 ||
        win[match] !== s0 || win[match + 1] !== s1) continue;
    let len = 3;
    while (len < MAX_MATCH && win[scan + len] === win[match + len]) len++;
    if (len > bestLen) {
      s.match_start = curMatch;
      bestLen = len;
      if (len >= niceMatch) break;
      scanEnd1 = win[scan + bestLen - 1];
      scanEnd = win[scan + bestLen];
    }
  } while ((curMatch = prev[curMatch & wmask]) > limit && --chainLength !== 0);
  if (bestLen <= s.lookahead) return bestLen;
  return s.lookahead;
}

/** FLUSH_BLOCK_ONLY */
function flushBlockOnly(s: DState, last: number): void {
  trFlushBlock(s, s.block_start >= 0 ? s.block_start : -1, s.strstart - s.block_start, last);
  s.block_start = s.strstart;
  flushPending(s);
}

function deflateStored(s: DState, flush: number): number {
  let minBlock = Math.min(s.pending_buf_size - 5, s.w_size);
  let len: number, left: number, have: number, last = 0;
  let used = s.avail_in;
  do {
    len = MAX_STORED;
    have = (s.bi_valid + 42) >> 3;
    if (s.avail_out < have) break;
    have = s.avail_out - have;
    left = s.strstart - s.block_start;
    if (len > left + s.avail_in) len = left + s.avail_in;
    if (len > have) len = have;
    if (len < minBlock && ((len === 0 && flush !== Z_FINISH) || flush === Z_NO_FLUSH || len !== left + s.avail_in)) break;
    last = flush === Z_FINISH && len === left + s.avail_in ? 1 : 0;
    trStoredBlock(s, -1, 0, last);
    s.pending_buf[s.pending - 4] = len & 0xff;
    s.pending_buf[s.pending - 3] = (len >> 8) & 0xff;
    s.pending_buf[s.pending - 2] = ~len & 0xff;
    s.pending_buf[s.pending - 1] = (~len >> 8) & 0xff;
    flushPending(s);
    if (left) {
      if (left > len) left = len;
      s.emit(s.window, s.block_start, left);
      s.block_start += left;
      len -= left;
    }
    if (len) readBuf(s, null, 0, len);
  } while (last === 0);
  used -= s.avail_in;
  if (used) {
    const end = s.next_in_pos;
    if (used >= s.w_size) {
      s.matches = 2;
      s.window.set(s.next_in.subarray(end - s.w_size, end), 0);
      s.strstart = s.w_size;
      s.insert = s.strstart;
    } else {
      if (s.window_size - s.strstart <= used) {
        s.strstart -= s.w_size;
        s.window.copyWithin(0, s.w_size, s.w_size + s.strstart);
        if (s.matches < 2) s.matches++;
        if (s.insert > s.strstart) s.insert = s.strstart;
      }
      s.window.set(s.next_in.subarray(end - used, end), s.strstart);
      s.strstart += used;
      s.insert += Math.min(used, s.w_size - s.insert);
    }
    s.block_start = s.strstart;
  }
  if (s.high_water < s.strstart) s.high_water = s.strstart;
  if (last) return FINISH_DONE;
  if (flush !== Z_NO_FLUSH && flush !== Z_FINISH && s.avail_in === 0 && s.strstart === s.block_start) return BLOCK_DONE;
  have = s.window_size - s.strstart;
  if (s.avail_in > have && s.block_start >= s.w_size) {
    s.block_start -= s.w_size;
    s.strstart -= s.w_size;
    s.window.copyWithin(0, s.w_size, s.w_size + s.strstart);
    if (s.matches < 2) s.matches++;
    have += s.w_size;
    if (s.insert > s.strstart) s.insert = s.strstart;
  }
  if (have > s.avail_in) have = s.avail_in;
  if (have) {
    readBuf(s, s.window, s.strstart, have);
    s.strstart += have;
    s.insert += Math.min(have, s.w_size - s.insert);
  }
  if (s.high_water < s.strstart) s.high_water = s.strstart;
  have = (s.bi_valid + 42) >> 3;
  have = Math.min(s.pending_buf_size - have, MAX_STORED);
  minBlock = Math.min(have, s.w_size);
  left = s.strstart - s.block_start;
  if (left >= minBlock || ((left || flush === Z_FINISH) && flush !== Z_NO_FLUSH && s.avail_in === 0 && left <= have)) {
    len = Math.min(left, have);
    last = flush === Z_FINISH && s.avail_in === 0 && len === left ? 1 : 0;
    trStoredBlock(s, s.block_start, len, last);
    s.block_start += len;
    flushPending(s);
  }
  return last ? FINISH_STARTED : NEED_MORE;
}

function deflateFast(s: DState, flush: number): number {
  let hashHead: number;
  let bflush: boolean;
  for (;;) {
    if (s.lookahead < MIN_LOOKAHEAD) {
      fillWindow(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
      if (s.lookahead === 0) break;
    }
    hashHead = 0;
    if (s.lookahead >= MIN_MATCH) hashHead = insertString(s, s.strstart);
    if (hashHead !== 0 && s.strstart - hashHead <= maxDist(s)) s.match_length = longestMatch(s, hashHead);
    if (s.match_length >= MIN_MATCH) {
      bflush = tallyDist(s, s.strstart - s.match_start, s.match_length - MIN_MATCH);
      s.lookahead -= s.match_length;
      if (s.match_length <= s.max_lazy_match && s.lookahead >= MIN_MATCH) {
        s.match_length--;
        do {
          s.strstart++;
          insertString(s, s.strstart);
        } while (--s.match_length !== 0);
        s.strstart++;
      } else {
        s.strstart += s.match_length;
        s.match_length = 0;
        s.ins_h = s.window[s.strstart];
        s.ins_h = ((s.ins_h << s.hash_shift) ^ s.window[s.strstart + 1]) & s.hash_mask;
      }
    } else {
      bflush = tallyLit(s, s.window[s.strstart]);
      s.lookahead--;
      s.strstart++;
    }
    if (bflush) {
      flushBlockOnly(s, 0);
      if (s.avail_out === 0) return NEED_MORE;
    }
  }
  s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
  return finishBlock(s, flush);
}

/** The common tail of fast/slow/rle/huff once the input is used up. */
function finishBlock(s: DState, flush: number): number {
  if (flush === Z_FINISH) {
    flushBlockOnly(s, 1);
    if (s.avail_out === 0) return FINISH_STARTED;
    return FINISH_DONE;
  }
  if (s.sym_next) {
    flushBlockOnly(s, 0);
    if (s.avail_out === 0) return NEED_MORE;
  }
  return BLOCK_DONE;
}

function deflateSlow(s: DState, flush: number): number {
  let hashHead: number;
  let bflush: boolean;
  for (;;) {
    if (s.lookahead < MIN_LOOKAHEAD) {
      fillWindow(s);
      if (s.lookahead < MIN_LOOKAHEAD && flush === Z_NO_FLUSH) return NEED_MORE;
      if (s.lookahead === 0) break;
    }
    hashHead = 0;
    if (s.lookahead >= MIN_MATCH) hashHead = insertString(s, s.strstart);
    s.prev_length = s.match_length;
    s.prev_match = s.match_start;
    s.match_length = MIN_MATCH - 1;
    if (hashHead !== 0 && s.prev_length < s.max_lazy_match && s.strstart - hashHead <= maxDist(s)) {
      s.match_length = longestMatch(s, hashHead);
      if (s.match_length <= 5 && (s.strategy === Z_FILTERED ||
          (s.match_length === MIN_MATCH && s.strstart - s.match_start > TOO_FAR))) {
        s.match_length = MIN_MATCH - 1;
      }
    }
    if (s.prev_length >= MIN_MATCH && s.match_length <= s.prev_length) {
      const maxInsert = s.strstart + s.lookahead - MIN_MATCH;
      bflush = tallyDist(s, s.strstart - 1 - s.prev_match, s.prev_length - MIN_MATCH);
      s.lookahead -= s.prev_length - 1;
      s.prev_length -= 2;
      do {
        if (++s.strstart <= maxInsert) insertString(s, s.strstart);
      } while (--s.prev_length !== 0);
      s.match_available = 0;
      s.match_length = MIN_MATCH - 1;
      s.strstart++;
      if (bflush) {
        flushBlockOnly(s, 0);
        if (s.avail_out === 0) return NEED_MORE;
      }
    } else if (s.match_available) {
      bflush = tallyLit(s, s.window[s.strstart - 1]);
      if (bflush) flushBlockOnly(s, 0);
      s.strstart++;
      s.lookahead--;
      if (s.avail_out === 0) return NEED_MORE;
    } else {
      s.match_available = 1;
      s.strstart++;
      s.lookahead--;
    }
  }
  if (s.match_available) {
    tallyLit(s, s.window[s.strstart - 1]);
    s.match_available = 0;
  }
  s.insert = s.strstart < MIN_MATCH - 1 ? s.strstart : MIN_MATCH - 1;
  return finishBlock(s, flush);
}

function deflateRle(s: DState, flush: number): number {
  let bflush: boolean;
  const win = s.window;
  for (;;) {
    if (s.lookahead <= MAX_MATCH) {
      fillWindow(s);
      if (s.lookahead <= MAX_MATCH && flush === Z_NO_FLUSH) return NEED_MORE;
      if (s.lookahead === 0) break;
    }
    s.match_length = 0;
    if (s.lookahead >= MIN_MATCH && s.strstart > 0) {
      const at = s.strstart;
      const prev = win[at - 1];
      if (prev === win[at] && prev === win[at + 1] && prev === win[at + 2]) {
        let len = 3;
        while (len < MAX_MATCH && win[at + len] === prev) len++;
        s.match_length = len;
        if (s.match_length > s.lookahead) s.match_length = s.lookahead;
      }
    }
    if (s.match_length >= MIN_MATCH) {
      bflush = tallyDist(s, 1, s.match_length - MIN_MATCH);
      s.lookahead -= s.match_length;
      s.strstart += s.match_length;
      s.match_length = 0;
    } else {
      bflush = tallyLit(s, win[s.strstart]);
      s.lookahead--;
      s.strstart++;
    }
    if (bflush) {
      flushBlockOnly(s, 0);
      if (s.avail_out === 0) return NEED_MORE;
    }
  }
  s.insert = 0;
  return finishBlock(s, flush);
}

function deflateHuff(s: DState, flush: number): number {
  let bflush: boolean;
  for (;;) {
    if (s.lookahead === 0) {
      fillWindow(s);
      if (s.lookahead === 0) {
        if (flush === Z_NO_FLUSH) return NEED_MORE;
        break;
      }
    }
    s.match_length = 0;
    bflush = tallyLit(s, s.window[s.strstart]);
    s.lookahead--;
    s.strstart++;
    if (bflush) {
      flushBlockOnly(s, 0);
      if (s.avail_out === 0) return NEED_MORE;
    }
  }
  s.insert = 0;
  return finishBlock(s, flush);
}
