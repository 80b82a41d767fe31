// Text-file positions (vm/modules/io.ts): how many bytes of a text file's raw read-ahead the
// first `units` JS code units of its decoded text came from, so that tell() names the byte
// where the next character starts even when text is pending (CPython gives that byte position
// whenever its decoder holds nothing there, which for the encodings below is always so between
// characters). Universal newlines (newline=None) turned '\r\n' into one '\n': two bytes, one
// unit. A '\r' last in the raw buffer never reaches here (io.ts holds it back until the next
// byte), so a '\r\n' is never split.
//   UTF-8 (strict): bytes walked, a lead byte starts a code point, 4-byte ones are 2 units.
//   single-byte codecs (latin-1, ascii, the cp125x/iso8859/koi8/mac charmaps): 1 byte, 1 unit.
//   anything else: the shortest prefix whose decoding (translated) has `units` units, found by
//   bisection with the codec itself (slower; such files are rare).
import { decodeBytes, normalizeEncodingName } from '../objects/bytes_codec';
import { PyException } from '../runtime/errors';

/** Byte length of the raw prefix that decodes to the first `units` code units (`universal`:
 *  the text was translated with universal newlines; `atStart`: raw begins at byte 0 of the
 *  file, where a utf-8-sig or utf-16 BOM gave no text). */
export function prefixBytes(raw: Uint8Array, units: number, encoding: string, errors: string, universal: boolean, atStart: boolean): number {
  if (units <= 0) return 0;
  const kind = codecKind(encoding, errors);
  if (kind === UTF8) return walkUtf8(raw, units, universal, atStart && normalizeEncodingName(encoding) === 'utf8sig');
  if (kind === SINGLE) return walkSingle(raw, units, universal);
  if (kind === UTF16 || kind === UTF32) return walkWide(raw, units, universal, kind === UTF16 ? 2 : 4, wideOrder(raw, encoding, atStart));
  return bisect(raw, units, encoding, errors, universal);
}

/** The normalized names of plain UTF-8 (utf-8-sig is not one: it has a BOM). */
export const UTF8_NAMES = new Set(['utf8', 'u8', 'utf', 'cp65001']);

const UTF8 = 1;
const SINGLE = 2;
const OTHER = 3;
const UTF16 = 4;
const UTF32 = 5;

const SINGLE_BYTE = /^(latin1|l1|iso88591|88591|8859|cp819|ascii|usascii|646|cp1250|cp1251|cp1252|cp1253|cp1254|cp1255|cp1256|cp1257|cp1258|windows125\d|iso8859\d+|latin\d|koi8r|koi8u|koi8t|mac(roman|cyrillic|greek|iceland|latin2|turkish)|cp437|cp850|cp852|cp855|cp857|cp858|cp860|cp861|cp862|cp863|cp864|cp865|cp866|cp869|tis620)$/;

function codecKind(encoding: string, errors: string): number {
  if (errors !== 'strict') return OTHER; // (replacement and escapes change the byte/unit counts)
  const n = normalizeEncodingName(encoding);
  if (UTF8_NAMES.has(n) || n === 'utf8sig') return UTF8;
  if (n === 'utf16' || n === 'utf16le' || n === 'utf16be' || n === 'u16') return UTF16;
  if (n === 'utf32' || n === 'utf32le' || n === 'utf32be' || n === 'u32') return UTF32;
  return SINGLE_BYTE.test(n) ? SINGLE : OTHER;
}

/** Byte order of a UTF-16/32 buffer and the BOM bytes it starts with: [bigEndian, skip]. A
 *  buffer past the start of the file has no BOM and is little-endian unless the codec says BE
 *  (as io.ts decodes it). */
function wideOrder(raw: Uint8Array, encoding: string, atStart: boolean): [boolean, number] {
  const n = normalizeEncodingName(encoding);
  if (n.endsWith('be')) return [true, 0];
  if (n.endsWith('le') || !atStart) return [false, 0];
  if (n === 'utf32' || n === 'u32') {
    if (raw[0] === 0xff && raw[1] === 0xfe && raw[2] === 0 && raw[3] === 0) return [false, 4];
    if (raw[0] === 0 && raw[1] === 0 && raw[2] === 0xfe && raw[3] === 0xff) return [true, 4];
    return [false, 0];
  }
  if (raw[0] === 0xff && raw[1] === 0xfe) return [false, 2];
  if (raw[0] === 0xfe && raw[1] === 0xff) return [true, 2];
  return [false, 0];
}

/** UTF-16 (width 2: one code unit, 2 bytes) or UTF-32 (width 4: a code point, 4 bytes, two
 *  units above U+FFFF). */
function walkWide(raw: Uint8Array, units: number, universal: boolean, width: number, order: [boolean, number]): number {
  const [be, skip] = order;
  const lowAt = be ? width - 1 : 0; // the byte holding the low 8 bits
  let i = skip;
  let u = 0;
  const n = raw.length;
  const isChar = (at: number, c: number): boolean => {
    if (at + width > n || raw[at + lowAt] !== c) return false;
    for (let j = 0; j < width; j++) if (j !== lowAt && raw[at + j] !== 0) return false;
    return true;
  };
  while (i < n && u < units) {
    if (universal && isChar(i, 13) && isChar(i + width, 10)) {
      i += 2 * width;
      u += 1;
      continue;
    }
    if (width === 4) {
      const hi = be ? raw[i + 1] : raw[i + 2]; // bits 16-23: above the BMP when not 0
      u += hi !== 0 ? 2 : 1;
    } else {
      u += 1;
    }
    i += width;
  }
  return Math.min(i, n);
}

function walkUtf8(raw: Uint8Array, units: number, universal: boolean, sig: boolean): number {
  let i = 0;
  // a utf-8-sig BOM at the very start of the file gave no text (the decoder dropped it)
  if (sig && raw[0] === 0xef && raw[1] === 0xbb && raw[2] === 0xbf) i = 3;
  let u = 0;
  const n = raw.length;
  while (i < n && u < units) {
    const b = raw[i];
    if (b < 0x80) {
      i += universal && b === 13 && raw[i + 1] === 10 ? 2 : 1;
      u += 1;
    } else if (b >= 0xf0) {
      i += 4;
      u += 2;
    } else {
      i += b >= 0xe0 ? 3 : 2;
      u += 1;
    }
  }
  return Math.min(i, n);
}

function walkSingle(raw: Uint8Array, units: number, universal: boolean): number {
  if (!universal) return Math.min(units, raw.length);
  let i = 0;
  for (let u = 0; i < raw.length && u < units; u++) i += raw[i] === 13 && raw[i + 1] === 10 ? 2 : 1;
  return i;
}

/** Units of the translated decoding of raw[0, k), or -1 where k cuts a character. */
function unitsAt(raw: Uint8Array, k: number, encoding: string, errors: string, universal: boolean): number {
  let s: string;
  try {
    s = decodeBytes(raw.subarray(0, k), encoding, errors);
  } catch (e) {
    if (e instanceof PyException) return -1;
    throw e;
  }
  return (universal ? s.replace(/\r\n?/g, '\n') : s).length;
}

function bisect(raw: Uint8Array, units: number, encoding: string, errors: string, universal: boolean): number {
  let lo = 0;
  let hi = raw.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    let k = mid;
    let u = unitsAt(raw, k, encoding, errors, universal);
    while (u < 0 && k < hi) u = unitsAt(raw, ++k, encoding, errors, universal); // (to a character's end)
    if (u >= units || u < 0) hi = mid;
    else lo = k + 1;
  }
  while (lo < raw.length && unitsAt(raw, lo, encoding, errors, universal) < 0) lo++; // (a character's end)
  // a '\r' that universal newlines joined with the '\n' after it is taken whole: the bytes
  // after lo that add no unit (any code unit width)
  if (universal) {
    let best = lo;
    for (let d = 1; d <= 4 && lo + d <= raw.length; d++) {
      const u = unitsAt(raw, lo + d, encoding, errors, universal);
      if (u === units) best = lo + d;
      else if (u > units) break;
    }
    lo = best;
  }
  return lo;
}
