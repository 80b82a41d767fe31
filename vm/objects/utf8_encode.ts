// str.encode('utf-8', errors): the encoder works on the str's code points, never on a JS string
// (a JS string pairs a lone high surrogate with a lone low one that follows it, which CPython
// keeps as two code points). Text without surrogate code points takes Buffer's native encoder.
// A run of consecutive surrogates is one error range, as CPython 3.11's unicode_encode_utf8:
// surrogatepass/surrogateescape/ignore/replace/backslashreplace/namereplace/xmlcharrefreplace
// are handled here; strict raises UnicodeEncodeError(start, end) and any other name goes to the
// handler registered in lib/_codecs.py (codecs.register_error), whose str replacement must be
// ASCII (else the original error is raised, as CPython) and whose bytes are copied.
import { PyException } from '../runtime/errors';
import { T } from '../runtime/types';
import { importModule } from '../runtime/importer';
import { getattr } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { intern, newStr, strCodeAt, strJs, strLen } from './str_core';
import { intFromNumber } from './int_core';
import { intValue } from './int';
import { tupleOf } from './tuple';
import { tupleItem, tupleLen } from './tuple_core';
import { bytesOf } from './bytes';
import { strObj } from './str';

const isSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdfff;

/** Index of the first surrogate code point of str s, or -1. */
function firstSurrogate(s: number, n: number): number {
  for (let i = 0; i < n; i++) if (isSurrogate(strCodeAt(s, i))) return i;
  return -1;
}

/** The UTF-8 bytes of str s under `errors`. */
export function encodeUtf8(s: number, errors: string): Uint8Array {
  const n = strLen(s);
  const first = firstSurrogate(s, n);
  if (first < 0) return new Uint8Array(Buffer.from(strJs(s), 'utf8'));
  const out = new ByteSink(n * 3);
  let i = 0;
  while (i < n) {
    const c = strCodeAt(s, i);
    if (!isSurrogate(c)) { out.codePoint(c); i++; continue; }
    let end = i + 1;
    while (end < n && isSurrogate(strCodeAt(s, end))) end++;
    i = handleRun(s, i, end, errors, out);
  }
  return out.bytes();
}

/** Encodes (or reports) the surrogates [start, end) of s; returns where encoding goes on. */
function handleRun(s: number, start: number, end: number, errors: string, out: ByteSink): number {
  switch (errors) {
    case 'surrogatepass':
      for (let k = start; k < end; k++) out.codePoint(strCodeAt(s, k), true);
      return end;
    case 'ignore':
      return end;
    case 'replace':
      for (let k = start; k < end; k++) out.byte(0x3f);
      return end;
    case 'backslashreplace': case 'namereplace':
      // surrogates have no names: namereplace falls back to \u escapes, as CPython
      for (let k = start; k < end; k++) out.ascii('\\u' + strCodeAt(s, k).toString(16).padStart(4, '0'));
      return end;
    case 'xmlcharrefreplace':
      for (let k = start; k < end; k++) out.ascii(`&#${strCodeAt(s, k)};`);
      return end;
    case 'surrogateescape': {
      let k = start;
      for (; k < end; k++) {
        const c = strCodeAt(s, k);
        if (c < 0xdc80 || c > 0xdcff) break;
        out.byte(c & 0xff);
      }
      if (k === end) return end;
      // the rest of the run goes to the handler, which raises for it
      return callHandler(s, k, end, errors, out);
    }
    default:
      return callHandler(s, start, end, errors, out);
  }
}

function encodeError(s: number, start: number, end: number): number {
  return callObject(T.UnicodeEncodeError, [newStr('utf-8'), s, intFromNumber(start), intFromNumber(end), newStr('surrogates not allowed')], 0);
}

/** strict, or a handler registered with codecs.register_error (CPython's generic path). */
function callHandler(s: number, start: number, end: number, errors: string, out: ByteSink): number {
  const exc = encodeError(s, start, end);
  if (errors === 'strict' || errors === 'surrogateescape') throw new PyException(exc);
  const { rep, pos } = callEncodeHandler(s, exc, errors);
  if (typeof rep === 'number') {
    const len = strLen(rep);
    for (let k = 0; k < len; k++) if (strCodeAt(rep, k) >= 0x80) throw new PyException(exc);
    out.ascii(strJs(rep));
  } else {
    for (let k = 0; k < rep.length; k++) out.byte(rep[k]);
  }
  return pos;
}

/** Calls the error handler named `errors` (lib/_codecs.py lookup_error) with the
 *  UnicodeEncodeError exc about str s; returns its replacement (a str object, or bytes) and the
 *  position where encoding goes on, checked as CPython's unicode_encode_call_errorhandler. */
export function callEncodeHandler(s: number, exc: number, errors: string): { rep: number | Uint8Array; pos: number } {
  const lookup = getattr(importModule('_codecs'), intern('lookup_error'));
  const handler = callObject(lookup, [newStr(errors)], 0);
  const res = callObject(handler, [exc], 0);
  const t = tupleOf(res);
  const posValue = t !== 0 && tupleLen(t) === 2 ? intValue(tupleItem(t, 1)) : null;
  if (posValue === null) {
    throw new PyException(callObject(T.TypeError, [newStr('encoding error handler must return (str/bytes, int) tuple')], 0));
  }
  const rep = tupleItem(t, 0);
  const n = strLen(s);
  let pos = Number(posValue);
  if (pos < 0) pos += n;
  if (pos < 0 || pos > n) {
    throw new PyException(callObject(T.IndexError, [newStr(`position ${pos} from error handler out of bounds`)], 0));
  }
  const repStr = strObj(rep);
  if (repStr !== 0) return { rep: repStr, pos };
  const repBytes = bytesOf(rep);
  if (repBytes === null) {
    throw new PyException(callObject(T.TypeError, [newStr('encoding error handler must return (str/bytes, int) tuple')], 0));
  }
  return { rep: repBytes, pos };
}

/** A growable byte buffer. */
class ByteSink {
  private buf: Uint8Array;
  private n = 0;
  constructor(hint: number) { this.buf = new Uint8Array(Math.max(16, hint)); }
  private room(k: number): void {
    if (this.n + k <= this.buf.length) return;
    const b = new Uint8Array(Math.max(this.buf.length * 2, this.n + k));
    b.set(this.buf.subarray(0, this.n));
    this.buf = b;
  }
  byte(b: number): void { this.room(1); this.buf[this.n++] = b; }
  ascii(text: string): void { for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i)); }
  /** UTF-8 of code point c (a surrogate only when `pass`: its 3-byte form). */
  codePoint(c: number, pass = false): void {
    this.room(4);
    const b = this.buf;
    if (c < 0x80) b[this.n++] = c;
    else if (c < 0x800) { b[this.n++] = 0xc0 | (c >> 6); b[this.n++] = 0x80 | (c & 0x3f); }
    else if (c < 0x10000) {
      if (!pass && isSurrogate(c)) throw new Error('surrogate in codePoint');
      b[this.n++] = 0xe0 | (c >> 12); b[this.n++] = 0x80 | ((c >> 6) & 0x3f); b[this.n++] = 0x80 | (c & 0x3f);
    } else {
      b[this.n++] = 0xf0 | (c >> 18); b[this.n++] = 0x80 | ((c >> 12) & 0x3f);
      b[this.n++] = 0x80 | ((c >> 6) & 0x3f); b[this.n++] = 0x80 | (c & 0x3f);
    }
  }
  bytes(): Uint8Array { return this.buf.slice(0, this.n); }
}
