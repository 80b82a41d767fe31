// StringIO's text as code points (io_stringio.ts keeps them as UCS-4 words in its buffer): a str
// object's code points, the newline translation of a write (CPython's IncrementalNewlineDecoder
// with final=True for newline None/'', then '\n' -> the newline for '\r'/'\r\n'), the end of
// the next line for each newline mode (CPython's _PyIO_find_line_ending), and a str made from a
// run of code point words. Pure functions over typed arrays: no heap writes but the new str.
import { mem, u16 } from '../../stmgc/heap';
import { allocBmp, charStr, cpBase, emptyStr, sealBmp, strDataBase, strFromCodePoints, strIsBmp, strLen } from '../objects/str_core';

/** Newline modes (the `newline` argument): NL_NONE translates on write, NL_ANY reads any ending. */
export const NL_NONE = 0;
export const NL_ANY = 1; // ''
export const NL_LF = 2;
export const NL_CR = 3;
export const NL_CRLF = 4;
export const NL_TEXT = [null, '', '\n', '\r', '\r\n'];

export const SEEN_CR = 1;
export const SEEN_LF = 2;
export const SEEN_CRLF = 4;

/** The code points of str object s. */
export function codePointsOf(s: number): Int32Array {
  const n = strLen(s);
  const out = new Int32Array(n);
  if (strIsBmp(s)) {
    const b = strDataBase(s);
    for (let i = 0; i < n; i++) out[i] = u16[b + i];
  } else out.set(mem.subarray(cpBase(s), cpBase(s) + n));
  return out;
}

/** The newline kinds seen in t (SEEN_* bits). */
export function seenNewlines(t: Int32Array): number {
  let seen = 0;
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    if (c === 13) {
      if (i + 1 < t.length && t[i + 1] === 10) { seen |= SEEN_CRLF; i++; } else seen |= SEEN_CR;
    } else if (c === 10) seen |= SEEN_LF;
  }
  return seen;
}

/** What a write of t stores for newline mode `nl`. */
export function translateForWrite(t: Int32Array, nl: number): Int32Array {
  if (nl === NL_NONE) {
    if (t.indexOf(13) < 0) return t;
    const out = new Int32Array(t.length);
    let k = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c === 13) {
        out[k++] = 10;
        if (i + 1 < t.length && t[i + 1] === 10) i++;
      } else out[k++] = c;
    }
    return out.subarray(0, k);
  }
  if (nl === NL_CR || nl === NL_CRLF) {
    let lf = 0;
    for (let i = 0; i < t.length; i++) if (t[i] === 10) lf++;
    if (lf === 0) return t;
    const out = new Int32Array(t.length + (nl === NL_CRLF ? lf : 0));
    let k = 0;
    for (let i = 0; i < t.length; i++) {
      const c = t[i];
      if (c !== 10) out[k++] = c;
      else if (nl === NL_CR) out[k++] = 13;
      else { out[k++] = 13; out[k++] = 10; }
    }
    return out;
  }
  return t;
}

/** The end (exclusive) of the line starting at `start` in t[.. end) for mode nl: past its
 *  line ending, or `end` when there is none before it. */
export function lineEnd(t: Int32Array, start: number, end: number, nl: number): number {
  if (nl === NL_NONE || nl === NL_LF) {
    for (let i = start; i < end; i++) if (t[i] === 10) return i + 1;
    return end;
  }
  if (nl === NL_CR) {
    for (let i = start; i < end; i++) if (t[i] === 13) return i + 1;
    return end;
  }
  if (nl === NL_CRLF) {
    for (let i = start; i + 1 < end; i++) if (t[i] === 13 && t[i + 1] === 10) return i + 2;
    return end;
  }
  for (let i = start; i < end; i++) {
    const c = t[i];
    if (c === 10) return i + 1;
    if (c === 13) return i + 1 < end && t[i + 1] === 10 ? i + 2 : i + 1;
  }
  return end;
}

/** A new str of the code points t[start .. end). */
export function strOfCodePoints(t: Int32Array, start: number, end: number): number {
  const n = end - start;
  if (n <= 0) return emptyStr();
  if (n === 1) return charStr(t[start]);
  let astral = false;
  for (let i = start; i < end; i++) if (t[i] > 0xffff) { astral = true; break; }
  if (astral) return strFromCodePoints(Array.from(t.subarray(start, end)));
  const r = allocBmp(n);
  const b = strDataBase(r);
  for (let i = 0; i < n; i++) u16[b + i] = t[start + i];
  return sealBmp(r);
}
