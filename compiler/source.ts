// Source decoding as CPython does it when it reads a .py file: strip a UTF-8 BOM, honour a
// PEP 263 coding cookie on line 1 or 2 (utf-8, latin-1 and ascii families), validate UTF-8 with
// CPython's messages, and normalise \r\n and \r to \n. Errors without a line (unknown encoding,
// non-UTF-8 bytes) carry no location, exactly as CPython prints them.
import { isUtf8 } from 'node:buffer';
import * as path from 'node:path';
import { PySyntaxError } from './errors';

const COOKIE = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;

const ALIASES: Record<string, 'utf-8' | 'latin-1' | 'ascii'> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'utf_8': 'utf-8', 'u8': 'utf-8',
  'latin-1': 'latin-1', latin1: 'latin-1', 'latin_1': 'latin-1', 'iso-8859-1': 'latin-1', 'iso8859-1': 'latin-1',
  'iso_8859_1': 'latin-1', 'iso8859_1': 'latin-1', l1: 'latin-1', latin: 'latin-1', cp819: 'latin-1',
  ascii: 'ascii', 'us-ascii': 'ascii', 'us_ascii': 'ascii', '646': 'ascii',
};

/** CPython's get_normal_name: utf-8-xxx → utf-8, latin-1-xxx / iso-8859-1-xxx → iso-8859-1. */
function normalName(name: string): string {
  const n = name.toLowerCase().replace(/_/g, '-');
  if (n === 'utf-8' || n.startsWith('utf-8-')) return 'utf-8';
  if (n === 'latin-1' || n === 'iso-8859-1' || n === 'iso-latin-1' || /^(latin-1|iso-8859-1|iso-latin-1)-/.test(n)) return 'iso-8859-1';
  return name;
}

function lineEnd(bytes: Uint8Array, from: number): number {
  for (let i = from; i < bytes.length; i++) if (bytes[i] === 10 || bytes[i] === 13) return i;
  return bytes.length;
}

function asciiLine(bytes: Uint8Array, start: number, end: number): string {
  let s = '';
  for (let i = start; i < end; i++) s += String.fromCharCode(bytes[i]);
  return s;
}

function findCookie(bytes: Uint8Array, start: number): string | null {
  const e1 = lineEnd(bytes, start);
  const l1 = asciiLine(bytes, start, e1);
  let m = COOKIE.exec(l1);
  if (m) return m[1];
  // only look at line 2 if line 1 is blank or a comment
  if (!/^[ \t\f]*(#.*)?$/.test(l1)) return null;
  let s2 = e1;
  if (bytes[s2] === 13 && bytes[s2 + 1] === 10) s2 += 2;
  else if (s2 < bytes.length) s2 += 1;
  m = COOKIE.exec(asciiLine(bytes, s2, lineEnd(bytes, s2)));
  return m ? m[1] : null;
}

function noLocation(msg: string, fromString = false): PySyntaxError {
  // compile() of bytes reports no column as -1 (PyErr_SyntaxLocationObject(filename, 0, -1))
  return new PySyntaxError('SyntaxError', msg, '', 0, fromString ? -1 : 0, null);
}

function firstInvalidUtf8(bytes: Uint8Array, start: number): number {
  let i = start;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

function lineOf(bytes: Uint8Array, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (bytes[i] === 10) line++;
  return line;
}

/** CPython names the file by its absolute path in the non-UTF-8 message. */
function displayPath(filename: string): string {
  return filename.startsWith('<') ? filename : path.resolve(filename);
}

/** The encoding name `python3 -m tokenize` reports for these bytes (its ENCODING token). */
export function sourceEncodingName(bytes: Uint8Array): string {
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const cookie = findCookie(bytes, bom ? 3 : 0);
  // tokenize reports 'utf-8' for a BOM (it decodes with utf-8-sig, then names it utf-8)
  return cookie === null ? 'utf-8' : normalName(cookie);
}

/** CPython's tokenizer refuses a NUL byte in a file: the error names its line, whose text ends
 *  at the NUL (a C string), with no caret. */
function nullByteError(bytes: Uint8Array, at: number, filename: string): PySyntaxError {
  let lineStart = at;
  while (lineStart > 0 && bytes[lineStart - 1] !== 10) lineStart--;
  const text = Buffer.from(bytes.subarray(lineStart, at)).toString('utf8');
  return new PySyntaxError('SyntaxError', 'source code cannot contain null bytes', filename, lineOf(bytes, at), 0, text);
}

/** compile(), exec() and eval() refuse a source string (str or bytes) holding a NUL, with no location. */
export const NULL_IN_SOURCE_STRING = 'source code string cannot contain null bytes';

/** Decodes source bytes with a coding cookie this file does not know: set by the VM (its codec
 *  registry, lib/_codecs.py); null when the registry has no such codec, else the text or the
 *  message of its decode error. */
export type RegistryDecoder = (bytes: Uint8Array, encoding: string) => { text?: string; error?: string } | null;
let registryDecoder: RegistryDecoder | null = null;
export function setRegistryDecoder(d: RegistryDecoder | null): void { registryDecoder = d; }

export function decodeSource(bytes: Uint8Array, filename: string, fromString = false): string {
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw fromString ? noLocation(NULL_IN_SOURCE_STRING) : nullByteError(bytes, nul, filename);
  let start = 0;
  const bom = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  if (bom) start = 3;
  const cookie = findCookie(bytes, start);
  let encoding: 'utf-8' | 'latin-1' | 'ascii' = 'utf-8';
  if (cookie !== null) {
    const norm = normalName(cookie);
    const enc = ALIASES[norm.toLowerCase()] ?? ALIASES[cookie.toLowerCase()];
    // (CPython compares the normalised name with 'utf-8' itself: 'utf8' with a BOM is an error)
    if (bom && norm !== 'utf-8') throw noLocation(`encoding problem: ${norm} with BOM`, fromString);
    if (enc === undefined) {
      // the VM's codec registry first (CPython's own tables: cp437, cp1252, ...)
      const viaRegistry = registryDecoder === null ? null : registryDecoder(bytes.subarray(start), cookie);
      if (viaRegistry !== null) {
        if (viaRegistry.error !== undefined) throw noLocation(`(unicode error) ${viaRegistry.error}`);
        const t = viaRegistry.text!;
        return t.indexOf('\r') >= 0 ? t.replace(/\r\n?/g, '\n') : t;
      }
      // Any other codec that the host's ICU knows (koi8-r, shift_jis, ...).
      let decoder: TextDecoder;
      try {
        decoder = new TextDecoder(cookie.toLowerCase().replace(/^cp(\d+)$/, 'windows-$1'), { fatal: true });
      } catch {
        // (compile() of bytes says "unknown encoding", as CPython's string tokenizer)
        throw noLocation(fromString ? `unknown encoding: ${cookie}` : `encoding problem: ${cookie}`, fromString);
      }
      let decoded: string;
      try {
        decoded = decoder.decode(bytes.subarray(start));
      } catch {
        throw noLocation(`(unicode error) '${cookie}' codec can't decode the source`);
      }
      return decoded.indexOf('\r') >= 0 ? decoded.replace(/\r\n?/g, '\n') : decoded;
    }
    encoding = enc;
  }
  let text: string;
  if (encoding === 'utf-8') {
    // node:buffer's isUtf8 (native) accepts exactly what CPython does; the JS scan only locates an error
    const bad = isUtf8(bytes.subarray(start)) ? -1 : firstInvalidUtf8(bytes, start);
    if (bad >= 0) {
      const hex = bytes[bad].toString(16).padStart(2, '0');
      throw noLocation(
        `Non-UTF-8 code starting with '\\x${hex}' in file ${displayPath(filename)} on line ${lineOf(bytes, bad)}, ` +
          `but no encoding declared; see https://peps.python.org/pep-0263/ for details`,
      );
    }
    text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('utf8');
  } else {
    text = Buffer.from(bytes.buffer, bytes.byteOffset + start, bytes.length - start).toString('latin1');
  }
  if (text.indexOf('\r') >= 0) text = text.replace(/\r\n?/g, '\n');
  return text;
}
