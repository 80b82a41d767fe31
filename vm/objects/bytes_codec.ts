// Decoding bytes to str for the codecs pystm supports natively (utf-8, ascii, latin-1, utf-16,
// utf-32 and their variants) with the common error handlers, and CPython's messages.
import { raise } from '../runtime/errors';
import { T } from '../runtime/types';

/** An encoding name as the native codecs compare it: lower case, without '-', '_' or ' '
 *  ('UTF-8', 'utf_8' and 'utf 8' all give 'utf8'). Shared by str.encode, bytes.decode and io. */
export function normalizeEncodingName(encoding: string): string {
  return encoding.toLowerCase().replace(/[-_ ]/g, '');
}

// Lone surrogates written by error handling (surrogateescape, surrogatepass, a handler's str)
// could pair with a neighbour in the JS text: decodeBytesToStr has them written as
// str_core.ts's mapped stand-ins (mappedLone) and maps them back when it makes the str;
// decodeBytes (the text for io and others) writes them as they are.
let mapLone = false;
let wroteMapped = false;
function lone(c: number): string {
  if (!mapLone) return String.fromCharCode(c);
  wroteMapped = true;
  return mappedLone(c);
}
/** A handler's str as decode text (its lone surrogates mapped when mapLone). */
function handlerText(r: number): string {
  if (!mapLone) return strJs(r);
  const m = strJsMapped(r);
  if (m === null) return strJs(r);
  wroteMapped = true;
  return m;
}

/** The str of bytes b decoded (bytes.decode, str(b, encoding)): lone surrogates from the error
 *  handlers stay code points of their own. */
export function decodeBytesToStr(b: Uint8Array, encoding: string, errors: string): number {
  const sm = mapLone;
  const sw = wroteMapped;
  mapLone = true;
  wroteMapped = false;
  try {
    // a codec of the registry returns its str: kept as it is (no round trip through JS text)
    const enc = normalizeEncodingName(encoding);
    if (!decodedByVm(enc)) {
      const r = registryDecodeOrNull(b, encoding, errors);
      if (r !== 0) return r;
    }
    const text = decodeText(b, encoding, errors, enc);
    return wroteMapped ? newStrUnmapped(text) : newStr(text);
  } finally {
    mapLone = sm;
    wroteMapped = sw;
  }
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const sm = mapLone;
  mapLone = false;
  try {
    return decodeText(b, encoding, errors);
  } finally {
    mapLone = sm;
  }
}

// the (normalized) names decodeText decodes itself; the rest go to the registry
const UTF8_NAMES = new Set(['utf8', 'u8', 'utf', 'utf8sig', 'cp65001']);
const ASCII_NAMES = new Set(['ascii', 'usascii']);
const LATIN1_NAMES = new Set(['latin1', 'latin', 'iso88591', 'l1', 'cp819']);

function decodedByVm(enc: string): boolean {
  return UTF8_NAMES.has(enc) || ASCII_NAMES.has(enc) || LATIN1_NAMES.has(enc) || enc.startsWith('utf16') || enc.startsWith('utf32');
}

/** The registry's str for b, or 0 when the registry knows no such codec ("unknown encoding"). */
function registryDecodeOrNull(b: Uint8Array, encoding: string, errors: string): number {
  try {
    return registryDecode(b, encoding, errors);
  } catch (e) {
    if (!(e instanceof PyException) || !isInstance(e.exc, T.LookupError) || !strJs(excStr(e.exc)).startsWith('unknown encoding')) throw e;
    return 0;
  }
}

function decodeText(b: Uint8Array, encoding: string, errors: string, enc = normalizeEncodingName(encoding)): string {
  if (UTF8_NAMES.has(enc)) {
    let data = b;
    if (enc === 'utf8sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) data = b.subarray(3);
    let ascii = true;
    for (let i = 0; i < data.length; i++) if (data[i] >= 0x80) { ascii = false; break; }
    if (ascii) return latin1(data);
    return decodeUtf8(data, errors);
  }
  if (ASCII_NAMES.has(enc)) {
    let out = '';
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 128) out += String.fromCharCode(b[i]);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') out += '\ufffd';
      else if (errors === 'surrogateescape') out += lone(0xdc00 + b[i]);
      else if (errors === 'backslashreplace') out += '\\x' + b[i].toString(16).padStart(2, '0');
      else {
        const r = handlerDecode('ascii', b, i, i + 1, 'ordinal not in range(128)', errors);
        out += r.text;
        i = r.next - 1;
      }
    }
    return out;
  }
  if (LATIN1_NAMES.has(enc)) {
    let out = '';
    for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]);
    return out;
  }
  if (enc.startsWith('utf16')) {
    let data = b;
    let be = enc === 'utf16be';
    if (enc === 'utf16') {
      if (b[0] === 0xfe && b[1] === 0xff) { be = true; data = b.subarray(2); } else if (b[0] === 0xff && b[1] === 0xfe) data = b.subarray(2);
    }
    return decodeUtf16(data, be, errors);
  }
  if (enc.startsWith('utf32')) {
    let data = b;
    let be = enc === 'utf32be';
    if (enc === 'utf32') {
      if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { be = true; data = b.subarray(4); } else if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) data = b.subarray(4);
    }
    return decodeUtf32(data, be, errors);
  }
  // the codec registry (lib/_codecs.py: encodings/ when the standard library is on sys.path);
  // without it, the host's decoders for the encodings it knows
  const r = registryDecodeOrNull(b, encoding, errors);
  if (r !== 0) return handlerText(r);
  try {
    return new TextDecoder(encoding, { fatal: errors === 'strict' }).decode(b);
  } catch {
    return raise(T.LookupError, `unknown encoding: ${encoding}`);
  }
}
import { registryDecode } from './codec_registry';
import { PyException } from '../runtime/errors';
import { isInstance, str as excStr } from '../runtime/protocol';
import { intern, mappedLone, newStr, newStrUnmapped, strJs, strJsMapped } from './str_core';
import { importModule } from '../runtime/importer';
import { getattr } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { intFromNumber } from './int_core';
import { intValue } from './int';
import { tupleOf } from './tuple';
import { tupleItem, tupleLen } from './tuple_core';
import { newBytes } from './bytes_core';
import { bytesOf } from './bytes';
import { strObj } from './str';

/** A decoding error at bytes [start, end): raised (strict), skipped (ignore), or U+FFFD. */
function decodeError(codec: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): string {
  if (errors === 'ignore') return '';
  if (errors === 'replace') return '\ufffd';
  // surrogateescape can only stand for bytes 0x80-0xff (else the error is raised)
  if (errors === 'surrogateescape' && b.subarray(start, end).some((x) => x < 0x80)) errors = 'strict';
  if (errors === 'surrogateescape' || errors === 'backslashreplace') {
    let out = '';
    for (let i = start; i < end; i++) out += errors === 'surrogateescape' ? lone(0xdc00 + b[i]) : '\\x' + b[i].toString(16).padStart(2, '0');
    return out;
  }
  return handlerDecode(codec, b, start, end, reason, errors).text;
}

/**
 * strict or any other handler (codecs.register_error, surrogatepass...) for the bytes [start,
 * end): a full UnicodeDecodeError(codec, data, start, end, reason) is raised (strict) or given to
 * the handler lib/_codecs.py's lookup_error finds, which returns (str, position to resume at).
 */
function handlerDecode(codec: string, b: Uint8Array, start: number, end: number, reason: string, errors: string): { text: string; next: number } {
  const exc = callObject(T.UnicodeDecodeError, [newStr(codec), newBytes(b.slice()), intFromNumber(start), intFromNumber(end), newStr(reason)], 0);
  if (errors === 'strict') throw new PyException(exc);
  const handler = callObject(getattr(importModule('_codecs'), intern('lookup_error')), [newStr(errors)], 0);
  const t = tupleOf(callObject(handler, [exc], 0));
  // CPython reads the exception's object back after the handler (which may replace it)
  if (bytesOf(getattr(exc, intern('object'))) === null) return raise(T.TypeError, 'object attribute must be bytes');
  const pos = t !== 0 && tupleLen(t) === 2 ? intValue(tupleItem(t, 1)) : null;
  const rep = pos === null ? 0 : strObj(tupleItem(t, 0));
  if (pos === null || rep === 0) return raise(T.TypeError, 'decoding error handler must return (str, int) tuple');
  let next = Number(pos);
  if (next < 0) next += b.length;
  if (next < 0 || next > b.length) return raise(T.IndexError, `position ${Number(pos)} from error handler out of bounds`);
  return { text: handlerText(rep), next };
}

function decodeUtf16(b: Uint8Array, be: boolean, errors: string): string {
  const codec = be ? 'utf-16-be' : 'utf-16-le';
  const n = b.length;
  const unit = (i: number): number => (be ? (b[i] << 8) | b[i + 1] : b[i] | (b[i + 1] << 8));
  let out = '';
  let i = 0;
  while (i < n) {
    if (i + 1 >= n) {
      out += decodeError(codec, b, i, n, 'truncated data', errors);
      break;
    }
    const u = unit(i);
    if (u < 0xd800 || u > 0xdfff) {
      out += String.fromCharCode(u);
      i += 2;
    } else if (u >= 0xdc00) {
      out += decodeError(codec, b, i, i + 2, 'illegal encoding', errors);
      i += 2;
    } else if (i + 3 >= n) {
      out += decodeError(codec, b, i, n, 'unexpected end of data', errors);
      break;
    } else {
      const v = unit(i + 2);
      if (v >= 0xdc00 && v <= 0xdfff) {
        out += String.fromCharCode(u, v);
        i += 4;
      } else {
        out += decodeError(codec, b, i, i + 2, 'illegal UTF-16 surrogate', errors);
        i += 2;
      }
    }
  }
  return out;
}

function decodeUtf32(b: Uint8Array, be: boolean, errors: string): string {
  const codec = be ? 'utf-32-be' : 'utf-32-le';
  const n = b.length;
  let out = '';
  for (let i = 0; i < n; i += 4) {
    if (i + 3 >= n) {
      out += decodeError(codec, b, i, n, 'truncated data', errors);
      break;
    }
    const cp = be ? ((b[i] << 24) | (b[i + 1] << 16) | (b[i + 2] << 8) | b[i + 3]) >>> 0 : ((b[i + 3] << 24) | (b[i + 2] << 16) | (b[i + 1] << 8) | b[i]) >>> 0;
    if (cp > 0x10ffff) out += decodeError(codec, b, i, i + 4, 'code point not in range(0x110000)', errors);
    else if (cp >= 0xd800 && cp <= 0xdfff) out += decodeError(codec, b, i, i + 4, 'code point in surrogate code point range(0xd800, 0xe000)', errors);
    else out += String.fromCodePoint(cp);
  }
  return out;
}

function latin1(b: Uint8Array): string {
  if (b.length < 64) {
    let out = '';
    for (let i = 0; i < b.length; i++) out += String.fromCharCode(b[i]);
    return out;
  }
  // native decoding (a Buffer over the same memory, SharedArrayBuffer included: nothing copied)
  return Buffer.from(b.buffer, b.byteOffset, b.length).toString('latin1');
}

/**
 * The length of the valid UTF-8 sequence at b[i], or minus the length of the invalid range
 * CPython reports there, with its reason in lastReason.
 */
let lastReason = '';
function utf8Step(b: Uint8Array, i: number): number {
  const c = b[i];
  if (c < 0x80) return 1;
  const n = c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
  if (n === 0) {
    lastReason = 'invalid start byte';
    return -1;
  }
  for (let k = 1; k < n; k++) {
    if (i + k >= b.length) {
      lastReason = 'unexpected end of data';
      return -k;
    }
    const d = b[i + k];
    let lo = 0x80;
    let hi = 0xbf;
    if (k === 1) {
      if (c === 0xe0) lo = 0xa0;
      else if (c === 0xed) hi = 0x9f;
      else if (c === 0xf0) lo = 0x90;
      else if (c === 0xf4) hi = 0x8f;
    }
    if (d < lo || d > hi) {
      lastReason = 'invalid continuation byte';
      return -k;
    }
  }
  return n;
}

function decodeUtf8(b: Uint8Array, errors: string): string {
  let out = '';
  let i = 0;
  let run = 0;
  const flush = (to: number): void => {
    if (to > run) out += new TextDecoder('utf-8', { ignoreBOM: true }).decode(b.subarray(run, to));
  };
  while (i < b.length) {
    if (b[i] < 0x80) {
      i++;
      continue;
    }
    const n = utf8Step(b, i);
    if (n > 0) {
      i += n;
      continue;
    }
    flush(i);
    const end = i - n;
    if (errors === 'replace') out += '\ufffd';
    else if (errors === 'ignore') { /* dropped */ } else if (errors === 'backslashreplace') {
      for (let k = i; k < end; k++) out += '\\x' + b[k].toString(16).padStart(2, '0');
    } else if (errors === 'surrogateescape') {
      for (let k = i; k < end; k++) out += lone(0xdc00 + b[k]);
    } else if (errors === 'surrogatepass' && b[i] === 0xed && i + 2 < b.length && (b[i + 1] & 0xc0) === 0x80 && (b[i + 2] & 0xc0) === 0x80) {
      out += lone(((b[i] & 0x0f) << 12) | ((b[i + 1] & 0x3f) << 6) | (b[i + 2] & 0x3f));
      i += 3;
      run = i;
      continue;
    } else {
      const r = handlerDecode('utf-8', b, i, end, lastReason, errors);
      out += r.text;
      i = run = r.next;
      continue;
    }
    i = end;
    run = i;
  }
  flush(b.length);
  return out;
}
