// str.split / str.rsplit of a BMP str (kind 1 or 3) by whitespace or by a one-unit separator,
// straight over its UTF-16 units in the heap: no JS string of the text, no offsets array, each
// piece a new str copied unit by unit (str_core.ts strFromUnits). In a BMP str every unit is one
// code point (lone surrogates included), so unit offsets are code point offsets. Astral strs and
// longer separators take str.ts's JS-string path. Each function runs twice over the text: once
// to count the pieces, then to write them straight into the new list's items vector (a JS array
// of the refs cost more than the scan: its pushes were half of split's own time). A piece that is
// the whole text is the str itself (CPython returns an exact self).
import { mem, u16 } from '../../stmgc/heap';
import { isPySpace } from '../text';
import { LOOP_CHUNK } from '../interp/osr_off';
import { S_LEN, strDataBase, strFromUnits } from './str_core';
import { LI_ITEMS, newListN } from './list_core';

/** isPySpace for one unit, the common ASCII letters answered first. */
function isSpaceUnit(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c >= 0x1c;
  return c >= 0x85 && isPySpace(c);
}

function piece(s: number, base: number, i: number, j: number, n: number): number {
  return i === 0 && j === n ? s : strFromUnits(base + i, j - i);
}

/** The items vector (payload at +2) of a new list of n items, to be filled by the caller before
 *  anything else runs (a fresh vector needs no barrier). */
function listOf(n: number): [number, number] {
  const l = newListN(n);
  return [l, mem[l + LI_ITEMS] + 2];
}

/** s.split(None, maxsplit) (maxsplit < 0: no limit) as a new list. The scan runs in calls of
 *  about LOOP_CHUNK units (wordsUpTo): one call's long loop would stay unoptimized through a long
 *  text (interp/osr_off.ts; a first split of 1 M words was ~5-8x CPython). */
export function splitWhitespaceBmp(s: number, maxsplit: number): number {
  const n = mem[s + S_LEN];
  const base = strDataBase(s);
  let l = 0;
  let at = 0;
  for (let pass = 0; pass < 2; pass++) {
    scanAt = 0;
    scanCount = 0;
    scanDone = false;
    for (let stop = LOOP_CHUNK; !scanDone; stop += LOOP_CHUNK) wordsUpTo(s, base, n, maxsplit, pass === 1 ? at : -1, Math.min(stop, n));
    if (pass === 0) [l, at] = listOf(scanCount);
  }
  return l;
}

/** splitWhitespaceBmp's scan position, pieces found so far, and whether the scan has ended. */
let scanAt = 0;
let scanCount = 0;
let scanDone = false;

/** Goes on with the scan for the words that start before `stop` (the last one read to its end);
 *  writes each piece at mem[at + k] unless at is -1 (the counting pass). */
function wordsUpTo(s: number, base: number, n: number, maxsplit: number, at: number, stop: number): void {
  const u = u16;
  let i = scanAt;
  let k = scanCount;
  for (;;) {
    if (i >= stop) {
      if (i >= n) scanDone = true;
      break;
    }
    while (i < n && isSpaceUnit(u[base + i])) i++;
    if (i >= n) {
      scanDone = true;
      break;
    }
    if (k === maxsplit) {
      if (at >= 0) mem[at + k] = piece(s, base, i, n, n);
      k++;
      scanDone = true;
      break;
    }
    let j = i + 1;
    while (j < n && !isSpaceUnit(u[base + j])) j++;
    if (at >= 0) mem[at + k] = piece(s, base, i, j, n);
    k++;
    i = j + 1;
  }
  scanAt = i;
  scanCount = k;
}

/** s.rsplit(None, maxsplit) as a new list (pieces found from the right, written from the end). */
export function rsplitWhitespaceBmp(s: number, maxsplit: number): number {
  const n = mem[s + S_LEN];
  const base = strDataBase(s);
  const u = u16;
  let l = 0;
  let at = 0;
  let count = 0;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    let j = n;
    for (;;) {
      while (j > 0 && isSpaceUnit(u[base + j - 1])) j--;
      if (j <= 0) break;
      if (k === maxsplit) {
        if (pass === 1) mem[at + count - 1 - k] = piece(s, base, 0, j, n);
        k++;
        break;
      }
      let i = j - 1;
      while (i > 0 && !isSpaceUnit(u[base + i - 1])) i--;
      if (pass === 1) mem[at + count - 1 - k] = piece(s, base, i, j, n);
      k++;
      j = i - 1;
    }
    if (pass === 0) [l, at] = listOf(count = k);
  }
  return l;
}

/** s.split(sep, maxsplit) for a one-unit separator c, as a new list. */
export function splitUnitBmp(s: number, c: number, maxsplit: number): number {
  const n = mem[s + S_LEN];
  const base = strDataBase(s);
  let l = 0;
  let at = 0;
  for (let pass = 0; pass < 2; pass++) {
    scanAt = 0; // (here: where the current piece starts)
    scanCount = 0;
    // in calls of LOOP_CHUNK units (see splitWhitespaceBmp)
    for (let j = 0; j < n && scanCount !== maxsplit; j += LOOP_CHUNK) unitPiecesIn(s, base, n, c, maxsplit, pass === 1 ? at : -1, j, Math.min(n, j + LOOP_CHUNK));
    if (pass === 1) mem[at + scanCount] = piece(s, base, scanAt, n, n);
    else [l, at] = listOf(scanCount + 1);
  }
  return l;
}

/** splitUnitBmp's scan of units [from, to) for the separator c. */
function unitPiecesIn(s: number, base: number, n: number, c: number, maxsplit: number, at: number, from: number, to: number): void {
  const u = u16;
  let i = scanAt;
  let k = scanCount;
  for (let j = from; j < to && k !== maxsplit; j++) {
    if (u[base + j] === c) {
      if (at >= 0) mem[at + k] = piece(s, base, i, j, n);
      k++;
      i = j + 1;
    }
  }
  scanAt = i;
  scanCount = k;
}

/** s.rsplit(sep, maxsplit) for a one-unit separator c, as a new list. */
export function rsplitUnitBmp(s: number, c: number, maxsplit: number): number {
  const n = mem[s + S_LEN];
  const base = strDataBase(s);
  const u = u16;
  let l = 0;
  let at = 0;
  let count = 0;
  for (let pass = 0; pass < 2; pass++) {
    let k = 0;
    let j = n;
    for (let i = n - 1; i >= 0 && k !== maxsplit; i--) {
      if (u[base + i] === c) {
        if (pass === 1) mem[at + count - 1 - k] = piece(s, base, i + 1, j, n);
        k++;
        j = i;
      }
    }
    if (pass === 1) mem[at + count - 1 - k] = piece(s, base, 0, j, n);
    else [l, at] = listOf(count = k + 1);
  }
  return l;
}
