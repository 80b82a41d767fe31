// zlib's trees.c algorithm for our deflate (zlib_deflate.ts), written for the DState views: the
// static tables, Huffman tree construction (heap by frequency with depth as the tie breaker,
// bit-length overflow fixing, canonical codes), the bit-length tree, the choice per block of
// stored / fixed / dynamic as zlib 1.2.12+ makes it, and the bit writer (16-bit bi_buf, LSB
// first). Scratch arrays (heap, depth, bl_count) are module level: they hold nothing between
// calls. The symbol buffer holds 3 bytes per symbol: distance (LE 16 bits, 0 = literal) and
// the literal or length - 3.
import { BL_CODES, D_CODES, DState, HEAP_SIZE, L_CODES } from './zlib_deflate_state';

const LITERALS = 256, LENGTH_CODES = 29, MAX_BITS = 15, MAX_BL_BITS = 7, END_BLOCK = 256;
const REP_3_6 = 16, REPZ_3_10 = 17, REPZ_11_138 = 18;
const STORED_BLOCK = 0, STATIC_TREES = 1, DYN_TREES = 2;
const Z_FIXED = 4, Z_BINARY = 0, Z_TEXT = 1, Z_UNKNOWN = 2;

const EXTRA_LBITS = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
const EXTRA_DBITS = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
const EXTRA_BLBITS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 3, 7];
const BL_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

const staticLtree = new Uint16Array((L_CODES + 2) * 2);
const staticDtree = new Uint16Array(D_CODES * 2);
const distCode = new Uint8Array(512);
export const lengthCode = new Uint8Array(256);
const baseLength = new Int32Array(LENGTH_CODES);
const baseDist = new Int32Array(D_CODES);

const heap = new Int32Array(HEAP_SIZE);
const depth = new Uint8Array(HEAP_SIZE);
const blCount = new Uint16Array(MAX_BITS + 1);
let heapLen = 0, heapMax = 0;

export function dCode(dist: number): number {
  return dist < 256 ? distCode[dist] : distCode[256 + (dist >>> 7)];
}

function biReverse(code: number, len: number): number {
  let res = 0;
  do {
    res |= code & 1;
    code >>>= 1;
    res <<= 1;
  } while (--len > 0);
  return res >>> 1;
}

function genCodes(tree: Uint16Array, maxCode: number, count: Uint16Array): void {
  const next = new Uint16Array(MAX_BITS + 1);
  let code = 0;
  for (let bits = 1; bits <= MAX_BITS; bits++) {
    code = (code + count[bits - 1]) << 1;
    next[bits] = code;
  }
  for (let n = 0; n <= maxCode; n++) {
    const len = tree[n * 2 + 1];
    if (len === 0) continue;
    tree[n * 2] = biReverse(next[len]++, len);
  }
}

(function staticInit(): void {
  let length = 0, code = 0;
  for (code = 0; code < LENGTH_CODES - 1; code++) {
    baseLength[code] = length;
    for (let n = 0; n < (1 << EXTRA_LBITS[code]); n++) lengthCode[length++] = code;
  }
  lengthCode[length - 1] = code;
  let dist = 0;
  for (code = 0; code < 16; code++) {
    baseDist[code] = dist;
    for (let n = 0; n < (1 << EXTRA_DBITS[code]); n++) distCode[dist++] = code;
  }
  dist >>= 7;
  for (; code < D_CODES; code++) {
    baseDist[code] = dist << 7;
    for (let n = 0; n < (1 << (EXTRA_DBITS[code] - 7)); n++) distCode[256 + dist++] = code;
  }
  const count = new Uint16Array(MAX_BITS + 1);
  let n = 0;
  while (n <= 143) { staticLtree[n * 2 + 1] = 8; n++; count[8]++; }
  while (n <= 255) { staticLtree[n * 2 + 1] = 9; n++; count[9]++; }
  while (n <= 279) { staticLtree[n * 2 + 1] = 7; n++; count[7]++; }
  while (n <= 287) { staticLtree[n * 2 + 1] = 8; n++; count[8]++; }
  genCodes(staticLtree, L_CODES + 1, count);
  for (n = 0; n < D_CODES; n++) {
    staticDtree[n * 2 + 1] = 5;
    staticDtree[n * 2] = biReverse(n, 5);
  }
})();

// ---- bit output
function putShort(s: DState, w: number): void {
  s.pending_buf[s.pending++] = w & 0xff;
  s.pending_buf[s.pending++] = (w >>> 8) & 0xff;
}

export function sendBits(s: DState, value: number, length: number): void {
  if (s.bi_valid > 16 - length) {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    putShort(s, s.bi_buf);
    s.bi_buf = value >>> (16 - s.bi_valid);
    s.bi_valid += length - 16;
  } else {
    s.bi_buf |= (value << s.bi_valid) & 0xffff;
    s.bi_valid += length;
  }
}

function sendCode(s: DState, c: number, tree: Uint16Array): void {
  sendBits(s, tree[c * 2], tree[c * 2 + 1]);
}

function biWindup(s: DState): void {
  if (s.bi_valid > 8) putShort(s, s.bi_buf);
  else if (s.bi_valid > 0) s.pending_buf[s.pending++] = s.bi_buf & 0xff;
  s.bi_buf = 0;
  s.bi_valid = 0;
}

/** _tr_flush_bits (bi_flush) */
export function trFlushBits(s: DState): void {
  if (s.bi_valid === 16) {
    putShort(s, s.bi_buf);
    s.bi_buf = 0;
    s.bi_valid = 0;
  } else if (s.bi_valid >= 8) {
    s.pending_buf[s.pending++] = s.bi_buf & 0xff;
    s.bi_buf >>>= 8;
    s.bi_valid -= 8;
  }
}

// ---- blocks
function initBlock(s: DState): void {
  for (let n = 0; n < L_CODES; n++) s.dyn_ltree[n * 2] = 0;
  for (let n = 0; n < D_CODES; n++) s.dyn_dtree[n * 2] = 0;
  for (let n = 0; n < BL_CODES; n++) s.bl_tree[n * 2] = 0;
  s.dyn_ltree[END_BLOCK * 2] = 1;
  s.opt_len = s.static_len = 0;
  s.sym_next = s.matches = 0;
}

export function trInit(s: DState): void {
  s.bi_buf = 0;
  s.bi_valid = 0;
  initBlock(s);
}

function smaller(tree: Uint16Array, n: number, m: number): boolean {
  return tree[n * 2] < tree[m * 2] || (tree[n * 2] === tree[m * 2] && depth[n] <= depth[m]);
}

function pqdownheap(tree: Uint16Array, k: number): void {
  const v = heap[k];
  let j = k << 1;
  while (j <= heapLen) {
    if (j < heapLen && smaller(tree, heap[j + 1], heap[j])) j++;
    if (smaller(tree, v, heap[j])) break;
    heap[k] = heap[j];
    k = j;
    j <<= 1;
  }
  heap[k] = v;
}

function genBitlen(s: DState, tree: Uint16Array, maxCode: number, stree: Uint16Array | null, extra: number[], base: number, maxLength: number): void {
  let overflow = 0;
  for (let bits = 0; bits <= MAX_BITS; bits++) blCount[bits] = 0;
  tree[heap[heapMax] * 2 + 1] = 0;
  let h: number;
  for (h = heapMax + 1; h < HEAP_SIZE; h++) {
    const n = heap[h];
    let bits = tree[tree[n * 2 + 1] * 2 + 1] + 1;
    if (bits > maxLength) { bits = maxLength; overflow++; }
    tree[n * 2 + 1] = bits;
    if (n > maxCode) continue;
    blCount[bits]++;
    let xbits = 0;
    if (n >= base) xbits = extra[n - base];
    const f = tree[n * 2];
    s.opt_len += f * (bits + xbits);
    if (stree !== null) s.static_len += f * (stree[n * 2 + 1] + xbits);
  }
  if (overflow === 0) return;
  do {
    let bits = maxLength - 1;
    while (blCount[bits] === 0) bits--;
    blCount[bits]--;
    blCount[bits + 1] += 2;
    blCount[maxLength]--;
    overflow -= 2;
  } while (overflow > 0);
  for (let bits = maxLength; bits !== 0; bits--) {
    let n = blCount[bits];
    while (n !== 0) {
      const m = heap[--h];
      if (m > maxCode) continue;
      if (tree[m * 2 + 1] !== bits) {
        s.opt_len += (bits - tree[m * 2 + 1]) * tree[m * 2];
        tree[m * 2 + 1] = bits;
      }
      n--;
    }
  }
}

/** build_tree: returns max_code. */
function buildTree(s: DState, tree: Uint16Array, stree: Uint16Array | null, extra: number[], base: number, elems: number, maxLength: number): number {
  let maxCode = -1;
  heapLen = 0;
  heapMax = HEAP_SIZE;
  for (let n = 0; n < elems; n++) {
    if (tree[n * 2] !== 0) {
      heap[++heapLen] = maxCode = n;
      depth[n] = 0;
    } else {
      tree[n * 2 + 1] = 0;
    }
  }
  while (heapLen < 2) {
    const node = heap[++heapLen] = maxCode < 2 ? ++maxCode : 0;
    tree[node * 2] = 1;
    depth[node] = 0;
    s.opt_len--;
    if (stree !== null) s.static_len -= stree[node * 2 + 1];
  }
  for (let n = heapLen >> 1; n >= 1; n--) pqdownheap(tree, n);
  let node = elems;
  do {
    const n = heap[1];
    heap[1] = heap[heapLen--];
    pqdownheap(tree, 1);
    const m = heap[1];
    heap[--heapMax] = n;
    heap[--heapMax] = m;
    tree[node * 2] = tree[n * 2] + tree[m * 2];
    depth[node] = (depth[n] >= depth[m] ? depth[n] : depth[m]) + 1;
    tree[n * 2 + 1] = tree[m * 2 + 1] = node;
    heap[1] = node++;
    pqdownheap(tree, 1);
  } while (heapLen >= 2);
  heap[--heapMax] = heap[1];
  genBitlen(s, tree, maxCode, stree, extra, base, maxLength);
  genCodes(tree, maxCode, blCount);
  return maxCode;
}

function scanTree(s: DState, tree: Uint16Array, maxCode: number): void {
  let prevlen = -1, nextlen = tree[1], count = 0, maxCount = 7, minCount = 4;
  if (nextlen === 0) { maxCount = 138; minCount = 3; }
  tree[(maxCode + 1) * 2 + 1] = 0xffff;
  for (let n = 0; n <= maxCode; n++) {
    const curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1];
    if (++count < maxCount && curlen === nextlen) continue;
    else if (count < minCount) s.bl_tree[curlen * 2] += count;
    else if (curlen !== 0) {
      if (curlen !== prevlen) s.bl_tree[curlen * 2]++;
      s.bl_tree[REP_3_6 * 2]++;
    } else if (count <= 10) s.bl_tree[REPZ_3_10 * 2]++;
    else s.bl_tree[REPZ_11_138 * 2]++;
    count = 0;
    prevlen = curlen;
    if (nextlen === 0) { maxCount = 138; minCount = 3; }
    else if (curlen === nextlen) { maxCount = 6; minCount = 3; }
    else { maxCount = 7; minCount = 4; }
  }
}

function sendTree(s: DState, tree: Uint16Array, maxCode: number): void {
  let prevlen = -1, nextlen = tree[1], count = 0, maxCount = 7, minCount = 4;
  if (nextlen === 0) { maxCount = 138; minCount = 3; }
  for (let n = 0; n <= maxCode; n++) {
    const curlen = nextlen;
    nextlen = tree[(n + 1) * 2 + 1];
    if (++count < maxCount && curlen === nextlen) continue;
    else if (count < minCount) {
      do { sendCode(s, curlen, s.bl_tree); } while (--count !== 0);
    } else if (curlen !== 0) {
      if (curlen !== prevlen) { sendCode(s, curlen, s.bl_tree); count--; }
      sendCode(s, REP_3_6, s.bl_tree);
      sendBits(s, count - 3, 2);
    } else if (count <= 10) {
      sendCode(s, REPZ_3_10, s.bl_tree);
      sendBits(s, count - 3, 3);
    } else {
      sendCode(s, REPZ_11_138, s.bl_tree);
      sendBits(s, count - 11, 7);
    }
    count = 0;
    prevlen = curlen;
    if (nextlen === 0) { maxCount = 138; minCount = 3; }
    else if (curlen === nextlen) { maxCount = 6; minCount = 3; }
    else { maxCount = 7; minCount = 4; }
  }
}

function buildBlTree(s: DState): number {
  scanTree(s, s.dyn_ltree, s.l_max_code);
  scanTree(s, s.dyn_dtree, s.d_max_code);
  s.bl_max_code = buildTree(s, s.bl_tree, null, EXTRA_BLBITS, 0, BL_CODES, MAX_BL_BITS);
  let maxBlindex: number;
  for (maxBlindex = BL_CODES - 1; maxBlindex >= 3; maxBlindex--) {
    if (s.bl_tree[BL_ORDER[maxBlindex] * 2 + 1] !== 0) break;
  }
  s.opt_len += 3 * (maxBlindex + 1) + 5 + 5 + 4;
  return maxBlindex;
}

function sendAllTrees(s: DState, lcodes: number, dcodes: number, blcodes: number): void {
  sendBits(s, lcodes - 257, 5);
  sendBits(s, dcodes - 1, 5);
  sendBits(s, blcodes - 4, 4);
  for (let rank = 0; rank < blcodes; rank++) sendBits(s, s.bl_tree[BL_ORDER[rank] * 2 + 1], 3);
  sendTree(s, s.dyn_ltree, lcodes - 1);
  sendTree(s, s.dyn_dtree, dcodes - 1);
}

function compressBlock(s: DState, ltree: Uint16Array, dtree: Uint16Array): void {
  const pb = s.pending_buf;
  let sx = 0;
  if (s.sym_next !== 0) {
    do {
      let dist = pb[s.sym_buf + sx++];
      dist += pb[s.sym_buf + sx++] << 8;
      let lc = pb[s.sym_buf + sx++];
      if (dist === 0) {
        sendCode(s, lc, ltree);
      } else {
        let code = lengthCode[lc];
        sendCode(s, code + LITERALS + 1, ltree);
        let extra = EXTRA_LBITS[code];
        if (extra !== 0) {
          lc -= baseLength[code];
          sendBits(s, lc, extra);
        }
        dist--;
        code = dCode(dist);
        sendCode(s, code, dtree);
        extra = EXTRA_DBITS[code];
        if (extra !== 0) {
          dist -= baseDist[code];
          sendBits(s, dist, extra);
        }
      }
    } while (sx < s.sym_next);
  }
  sendCode(s, END_BLOCK, ltree);
}

function detectDataType(s: DState): number {
  let blockMask = 0xf3ffc07f;
  for (let n = 0; n <= 31; n++, blockMask >>>= 1) {
    if ((blockMask & 1) !== 0 && s.dyn_ltree[n * 2] !== 0) return Z_BINARY;
  }
  if (s.dyn_ltree[9 * 2] !== 0 || s.dyn_ltree[10 * 2] !== 0 || s.dyn_ltree[13 * 2] !== 0) return Z_TEXT;
  for (let n = 32; n < LITERALS; n++) if (s.dyn_ltree[n * 2] !== 0) return Z_TEXT;
  return Z_BINARY;
}

/** _tr_stored_block: buf is an offset into the window, or -1 for none (an empty block). */
export function trStoredBlock(s: DState, buf: number, storedLen: number, last: number): void {
  sendBits(s, (STORED_BLOCK << 1) + last, 3);
  biWindup(s);
  putShort(s, storedLen);
  putShort(s, ~storedLen & 0xffff);
  if (storedLen !== 0) s.pending_buf.set(s.window.subarray(buf, buf + storedLen), s.pending);
  s.pending += storedLen;
}

/** _tr_align: an empty static block, for Z_PARTIAL_FLUSH. */
export function trAlign(s: DState): void {
  sendBits(s, STATIC_TREES << 1, 3);
  sendCode(s, END_BLOCK, staticLtree);
  trFlushBits(s);
}

/** _tr_flush_block: buf is the block's offset in the window, or -1 when it is gone. */
export function trFlushBlock(s: DState, buf: number, storedLen: number, last: number): void {
  let optLenb: number, staticLenb: number;
  let maxBlindex = 0;
  if (s.level > 0) {
    if (s.data_type === Z_UNKNOWN) s.data_type = detectDataType(s);
    s.l_max_code = buildTree(s, s.dyn_ltree, staticLtree, EXTRA_LBITS, LITERALS + 1, L_CODES, MAX_BITS);
    s.d_max_code = buildTree(s, s.dyn_dtree, staticDtree, EXTRA_DBITS, 0, D_CODES, MAX_BITS);
    maxBlindex = buildBlTree(s);
    optLenb = (s.opt_len + 3 + 7) >>> 3;
    staticLenb = (s.static_len + 3 + 7) >>> 3;
    if (staticLenb <= optLenb || s.strategy === Z_FIXED) optLenb = staticLenb;
  } else {
    optLenb = staticLenb = storedLen + 5;
  }
  if (storedLen + 4 <= optLenb && buf !== -1) {
    trStoredBlock(s, buf, storedLen, last);
  } else if (staticLenb === optLenb) {
    sendBits(s, (STATIC_TREES << 1) + last, 3);
    compressBlock(s, staticLtree, staticDtree);
  } else {
    sendBits(s, (DYN_TREES << 1) + last, 3);
    sendAllTrees(s, s.l_max_code + 1, s.d_max_code + 1, maxBlindex + 1);
    compressBlock(s, s.dyn_ltree, s.dyn_dtree);
  }
  initBlock(s);
  if (last !== 0) biWindup(s);
}

/** _tr_tally_lit: true when the block must be flushed. */
export function tallyLit(s: DState, c: number): boolean {
  const pb = s.pending_buf;
  const at = s.sym_buf + s.sym_next;
  pb[at] = 0;
  pb[at + 1] = 0;
  pb[at + 2] = c;
  s.sym_next += 3;
  s.dyn_ltree[c * 2]++;
  return s.sym_next === s.sym_end;
}

/** _tr_tally_dist: distance and length - MIN_MATCH. */
export function tallyDist(s: DState, dist: number, len: number): boolean {
  const pb = s.pending_buf;
  const at = s.sym_buf + s.sym_next;
  pb[at] = dist & 0xff;
  pb[at + 1] = (dist >>> 8) & 0xff;
  pb[at + 2] = len;
  s.sym_next += 3;
  s.matches++;
  dist--;
  s.dyn_ltree[(lengthCode[len] + LITERALS + 1) * 2]++;
  s.dyn_dtree[dCode(dist) * 2]++;
  return s.sym_next === s.sym_end;
}
