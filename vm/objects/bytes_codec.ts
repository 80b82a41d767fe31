// Decoding bytes to str for the codecs pystm supports natively (utf-8, ascii, latin-1, utf-16,
// utf-32 and their variants) with the common error handlers, and CPython's messages.
import { raise } from '../runtime/errors';
import { T } from '../runtime/types';

function normalize(encoding: string): string {
  return encoding.toLowerCase().replace(/[-_ ]/g, '');
}

export function decodeBytes(b: Uint8Array, encoding: string, errors: string): string {
  const enc = normalize(encoding);
  if (enc === 'utf8' || enc === 'u8' || enc === 'utf' || enc === 'utf8sig') {
    let data = b;
    if (enc === 'utf8sig' && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) data = b.subarray(3);
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(data);
    } catch {
      if (errors === 'replace') return new TextDecoder('utf-8').decode(data);
      if (errors === 'ignore') return new TextDecoder('utf-8').decode(data).replace(/\ufffd/g, '');
      if (errors === 'surrogateescape' || errors === 'backslashreplace' || errors === 'surrogatepass') {
        return decodeUtf8Lenient(data, errors);
      }
      const [pos, reason] = firstUtf8Error(data);
      return raise(T.UnicodeDecodeError, `'utf-8' codec can't decode byte 0x${data[pos].toString(16).padStart(2, '0')} in position ${pos}: ${reason}`);
    }
  }
  if (enc === 'ascii' || enc === 'usascii') {
    let out = '';
    for (let i = 0; i < b.length; i++) {
      if (b[i] < 128) out += String.fromCharCode(b[i]);
      else if (errors === 'ignore') continue;
      else if (errors === 'replace') out += '\ufffd';
      else if (errors === 'surrogateescape') out += String.fromCharCode(0xdc00 + b[i]);
      else if (errors === 'backslashreplace') out += '\\x' + b[i].toString(16).padStart(2, '0');
      else raise(T.UnicodeDecodeError, `'ascii' codec can't decode byte 0x${b[i].toString(16)} in position ${i}: ordinal not in range(128)`);
    }
    return out;
  }
  if (enc === 'latin1' || enc === 'latin' || enc === 'iso88591' || enc === 'l1' || enc === 'cp819') {
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
    return new TextDecoder(be ? 'utf-16be' : 'utf-16le').decode(data);
  }
  if (enc.startsWith('utf32')) {
    let data = b;
    let be = enc === 'utf32be';
    if (enc === 'utf32') {
      if (b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) { be = true; data = b.subarray(4); } else if (b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) data = b.subarray(4);
    }
    const dv = new DataView(data.buffer, data.byteOffset, data.byteLength);
    let out = '';
    for (let i = 0; i + 3 < data.length; i += 4) out += String.fromCodePoint(dv.getUint32(i, !be));
    return out;
  }
  try {
    return new TextDecoder(encoding, { fatal: errors === 'strict' }).decode(b);
  } catch {
    return raise(T.LookupError, `unknown encoding: ${encoding}`);
  }
}

function firstUtf8Error(b: Uint8Array): [number, string] {
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (n === 0) return [i, 'invalid start byte'];
    if (i + n > b.length) return [i, 'unexpected end of data'];
    for (let k = 1; k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) return [i, 'invalid continuation byte'];
    i += n;
  }
  return [0, 'invalid start byte'];
}

function decodeUtf8Lenient(b: Uint8Array, errors: string): string {
  let out = '';
  let i = 0;
  while (i < b.length) {
    const c = b[i];
    const n = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    let ok = n > 0 && i + n <= b.length;
    for (let k = 1; ok && k < n; k++) if ((b[i + k] & 0xc0) !== 0x80) ok = false;
    if (ok) {
      out += new TextDecoder('utf-8').decode(b.subarray(i, i + n));
      i += n;
    } else {
      out += errors === 'backslashreplace' ? '\\x' + c.toString(16).padStart(2, '0') : String.fromCharCode(0xdc00 + c);
      i++;
    }
  }
  return out;
}
