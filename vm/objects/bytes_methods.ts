// The methods bytes and bytearray share (CPython's bytes_methods.c and the bytes-like parts of
// bytesobject.c): searching, splitting, stripping, case, justification, translate, hex.
// bytesMethods(view, make, typeName) builds the table for one type: `view` checks and reads self,
// `make` builds a result of that type (bytes for bytes and its subclasses, bytearray for
// bytearray). Arguments that must be bytes-like accept bytes, bytearray and memoryview.
import { argTypeName } from '../runtime/protocol';
import { checkErrorsName } from './codec_dev_checks';
import { K, T, layoutOf } from '../runtime/types';
import type { BuiltinImpl } from './builtin_function';
import { typeError, valueError, indexError } from '../runtime/errors';
import { index, indexNumber, iterToArray, tname, isInstance, sliceIndexNumber, len as pyLen } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr, strJs } from './str_core';
import { newList } from './list_core';
import { newTuple, tupleItems } from './tuple_core';
import { bindArgs, methodArgRange, oneSlotArg } from './builtin_function';
import { tupleLen } from './tuple_core';
import { decodeBytesToStr } from './bytes_codec';
import { strObj } from './str';
import { L_BYTEARRAY, L_TUPLE } from '../runtime/layouts';
import { decodeAsciiArgs } from './str_fast';
import { addExport } from './bytearray';

type View = (v: number) => Uint8Array;
type Make = (b: Uint8Array) => number;

const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);
const isLower = (c: number): boolean => c >= 97 && c <= 122;
const isUpper = (c: number): boolean => c >= 65 && c <= 90;
const isAlpha = (c: number): boolean => isLower(c) || isUpper(c);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** A bytes-like argument or a TypeError "a bytes-like object is required, not 'X'". */
export function needBytes(bytesOf: (v: number) => Uint8Array | null, v: number): Uint8Array {
  const b = bytesOf(v);
  if (b === null) typeError(`a bytes-like object is required, not '${tname(v)}'`);
  return b!;
}

/** A Buffer over the same bytes (no copy), for Node's native substring search. */
function asBuffer(b: Uint8Array, from: number, to: number): Buffer {
  return Buffer.from(b.buffer, b.byteOffset + from, to - from);
}

function indexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const m = needle.length;
  if (m === 0) return from <= to ? from : -1;
  if (to - from < m) return -1;
  if (to - from > 64) {
    // Node's Buffer#indexOf: a Boyer-Moore-Horspool search in C++, not a JS loop per candidate
    const i = asBuffer(hay, from, to).indexOf(m === 1 ? needle[0] : asBuffer(needle, 0, m));
    return i < 0 ? -1 : from + i;
  }
  const first = needle[0];
  for (let i = hay.indexOf(first, from); i >= 0 && i + m <= to; i = hay.indexOf(first, i + 1)) {
    let k = 1;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

function lastIndexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  const m = needle.length;
  if (m > 0 && to - from > 64) {
    if (to - from < m) return -1;
    const i = asBuffer(hay, from, to).lastIndexOf(asBuffer(needle, 0, m));
    return i < 0 ? -1 : from + i;
  }
  for (let i = to - m; i >= from; i--) {
    let k = 0;
    while (k < m && hay[i + k] === needle[k]) k++;
    if (k === m) return i;
  }
  return -1;
}

function clampRange(n: number, startV: number | undefined, endV: number | undefined): [number, number] {
  let start = startV === undefined || startV === K.None ? 0 : sliceIndexNumber(startV);
  let end = endV === undefined || endV === K.None ? n : sliceIndexNumber(endV);
  if (start < 0) start = Math.max(0, start + n);
  if (end < 0) end = Math.max(0, end + n);
  if (end > n) end = n;
  return [start, end];
}

export function bytesMethods(view: View, make: Make, bytesOf: (v: number) => Uint8Array | null): Record<string, BuiltinImpl> {
  const sub = (v: number): Uint8Array => {
    if ((v & 1) === 1 || isInstance(v, T.int)) {
      const n = Number(toBigInt(index(v)));
      if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
      return Uint8Array.of(n);
    }
    const b = bytesOf(v);
    if (b === null) typeError(`argument should be integer or bytes-like object, not '${tname(v)}'`);
    return b!;
  };
  /** self.join(iterable): the items' bytes with self between them (self read after the
   *  iterable ran, as CPython). */
  const joinParts = (self: number, iterable: number): number => {
    const parts = iterToArray(iterable).map((p, i) => {
      const b = bytesOf(p);
      if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${tname(p)} found`);
      return b!.slice();
    });
    const sep = view(self).slice();
    let n = sep.length * Math.max(0, parts.length - 1);
    for (const p of parts) n += p.length;
    const out = new Uint8Array(n);
    let at = 0;
    parts.forEach((p, i) => {
      if (i > 0) {
        out.set(sep, at);
        at += sep.length;
      }
      out.set(p, at);
      at += p.length;
    });
    return make(out);
  };
  const arity = (name: string, a: number[], min: number, max: number): void => {
    const n = a.length - 1;
    if (n < min) typeError(`${name}() takes at least ${min} argument${min === 1 ? '' : 's'} (${n} given)`);
    if (n > max) typeError(`${name}() takes at most ${max} argument${max === 1 ? '' : 's'} (${n} given)`);
  };
  const search = (name: string, a: number[], rev: boolean): number => {
    arity(name, a, 1, 3);
    const b = view(a[0]);
    const needle = sub(a[1]);
    const [start, end] = clampRange(b.length, a[2], a[3]);
    if (start > end) return -1;
    return rev ? lastIndexOf(b, needle, start, end) : indexOf(b, needle, start, end);
  };
  const pieces = (b: Uint8Array, pairs: number[]): number => {
    const out: number[] = [];
    for (let k = 0; k < pairs.length; k += 2) out.push(make(b.slice(pairs[k], pairs[k + 1])));
    return newList(out);
  };
  const stripWith = (a: number[], left: boolean, right: boolean): number => {
    const b = view(a[0]);
    let test = isSpace;
    if (a.length > 1 && a[1] !== K.None) {
      const set = new Uint8Array(256);
      for (const c of needBytes(bytesOf, a[1])) set[c] = 1;
      test = (c: number): boolean => set[c] === 1;
    }
    let i = 0;
    let j = b.length;
    if (left) while (i < j && test(b[i])) i++;
    if (right) while (j > i && test(b[j - 1])) j--;
    return make(b.slice(i, j));
  };
  const map = (f: (c: number) => number) => (a: number[]): number => make(Uint8Array.from(view(a[0]), f));
  const pred = (f: (c: number) => boolean, empty = false) => (a: number[]): number => {
    const b = view(a[0]);
    if (b.length === 0) return empty ? K.True : K.False;
    for (const c of b) if (!f(c)) return K.False;
    return K.True;
  };
  const pad = (name: string, where: 'l' | 'r' | 'c') => (a: number[]): number => {
    if (a.length < 2) typeError(`${name} expected at least 1 argument, got ${a.length - 1}`);
    if (a.length > 3) typeError(`${name} expected at most 2 arguments, got ${a.length - 1}`);
    const b = view(a[0]);
    const width = indexNumber(a[1]);
    let fill = 32;
    if (a.length > 2) {
      const f = bytesOf(a[2]);
      if (f === null || f.length !== 1) typeError(`${name}() argument 2 must be a byte string of length 1, not ${tname(a[2])}`);
      fill = f![0];
    }
    if (width <= b.length) return make(b.slice());
    const total = width - b.length;
    const left = where === 'r' ? total : where === 'l' ? 0 : Math.floor(total / 2) + (total & width & 1);
    const out = new Uint8Array(width).fill(fill);
    out.set(b, left);
    return make(out);
  };
  const prefix = (name: string, ends: boolean) => (a: number[]): number => {
    arity(name, a, 1, 3);
    const b = view(a[0]);
    const [start, end] = clampRange(b.length, a[2], a[3]);
    const test = (p: Uint8Array): boolean => {
      if (start > b.length || end - start < p.length) return false;
      const at = ends ? end - p.length : start;
      for (let k = 0; k < p.length; k++) if (b[at + k] !== p[k]) return false;
      return true;
    };
    if (layoutOf(a[1]) === L_TUPLE) {
      for (const p of tupleItems(a[1])) {
        const pb = bytesOf(p);
        if (pb === null) typeError(`a bytes-like object is required, not '${tname(p)}'`);
        if (test(pb!)) return K.True;
      }
      return K.False;
    }
    const p = bytesOf(a[1]);
    if (p === null) typeError(`${name} first arg must be bytes or a tuple of bytes, not ${tname(a[1])}`);
    return test(p!) ? K.True : K.False;
  };
  const partition = (a: number[], rev: boolean): number => {
    const b = view(a[0]);
    const sep = needBytes(bytesOf, a[1]);
    if (sep.length === 0) valueError('empty separator');
    const i = rev ? lastIndexOf(b, sep, 0, b.length) : indexOf(b, sep, 0, b.length);
    if (i < 0) return rev ? newTuple([make(new Uint8Array(0)), make(new Uint8Array(0)), make(b.slice())]) : newTuple([make(b.slice()), make(new Uint8Array(0)), make(new Uint8Array(0))]);
    return newTuple([make(b.slice(0, i)), make(sep.slice()), make(b.slice(i + sep.length))]);
  };
  const splitArgs = (name: string, a: number[], kw: number): [Uint8Array, Uint8Array | null, number] => {
    const [self, sep, maxsplit] = bindArgs(name, a, kw, ['self', 'sep?', 'maxsplit?']);
    const b = view(self);
    const max = maxsplit === 0 ? -1 : indexNumber(maxsplit);
    if (sep === 0 || sep === K.None) return [b, null, max];
    const s = needBytes(bytesOf, sep);
    if (s.length === 0) valueError('empty separator');
    return [b, s, max];
  };
  const hexImpl = (a: number[], kw: number): number => {
    const [self, sepV, groupV] = bindArgs('hex', a, kw, ['self', 'sep?', 'bytes_per_sep?']);
    return newStr(hexOf(view(self), sepV, groupV, bytesOf));
  };

  return {
    find: (a) => intFromNumber(search('find', a, false)),
    rfind: (a) => intFromNumber(search('rfind', a, true)),
    index: (a) => {
      const i = search('index', a, false);
      return i < 0 ? valueError('subsection not found') : intFromNumber(i);
    },
    rindex: (a) => {
      const i = search('rindex', a, true);
      return i < 0 ? valueError('subsection not found') : intFromNumber(i);
    },
    count: (a) => {
      arity('count', a, 1, 3);
      const b = view(a[0]);
      const needle = sub(a[1]);
      const [start, end] = clampRange(b.length, a[2], a[3]);
      if (start > end) return intFromNumber(0);
      if (needle.length === 0) return intFromNumber(end - start + 1);
      let c = 0;
      for (let i = indexOf(b, needle, start, end); i >= 0; i = indexOf(b, needle, i + needle.length, end)) c++;
      return intFromNumber(c);
    },
    startswith: prefix('startswith', false),
    endswith: prefix('endswith', true),
    split: (a, kw) => {
      const [b, sep, max] = splitArgs('split', a, kw);
      const pairs: number[] = [];
      let left = max < 0 ? Infinity : max;
      if (sep === null) {
        let i = 0;
        const n = b.length;
        while (i < n) {
          while (i < n && isSpace(b[i])) i++;
          if (i >= n) break;
          if (left-- === 0) {
            pairs.push(i, n);
            break;
          }
          let j = i;
          while (j < n && !isSpace(b[j])) j++;
          pairs.push(i, j);
          i = j;
        }
      } else {
        let i = 0;
        while (left-- > 0) {
          const j = indexOf(b, sep, i, b.length);
          if (j < 0) break;
          pairs.push(i, j);
          i = j + sep.length;
        }
        pairs.push(i, b.length);
      }
      return pieces(b, pairs);
    },
    rsplit: (a, kw) => {
      const [b, sep, max] = splitArgs('rsplit', a, kw);
      const pairs: number[] = [];
      let left = max < 0 ? Infinity : max;
      if (sep === null) {
        let i = b.length;
        while (i > 0) {
          while (i > 0 && isSpace(b[i - 1])) i--;
          if (i <= 0) break;
          if (left-- === 0) {
            pairs.push(0, i);
            break;
          }
          let j = i;
          while (j > 0 && !isSpace(b[j - 1])) j--;
          pairs.push(j, i);
          i = j;
        }
      } else {
        let end = b.length;
        while (left-- > 0) {
          const j = lastIndexOf(b, sep, 0, end);
          if (j < 0) break;
          pairs.push(j + sep.length, end);
          end = j;
        }
        pairs.push(0, end);
      }
      const ordered: number[] = [];
      for (let k = pairs.length - 2; k >= 0; k -= 2) ordered.push(pairs[k], pairs[k + 1]);
      return pieces(b, ordered);
    },
    splitlines: (a, kw) => {
      const [self, keepends] = bindArgs('splitlines', a, kw, ['self', 'keepends?']);
      const b = view(self);
      const keep = keepends !== 0 && keepends !== K.False && keepends !== 1;
      const pairs: number[] = [];
      let last = 0;
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        if (c !== 10 && c !== 13) continue;
        const w = c === 13 && b[i + 1] === 10 ? 2 : 1;
        pairs.push(last, keep ? i + w : i);
        i += w - 1;
        last = i + 1;
      }
      if (last < b.length) pairs.push(last, b.length);
      return pieces(b, pairs);
    },
    strip: (a) => (methodArgRange('strip', a, 0, 1), stripWith(a, true, true)),
    lstrip: (a) => (methodArgRange('lstrip', a, 0, 1), stripWith(a, true, false)),
    rstrip: (a) => (methodArgRange('rstrip', a, 0, 1), stripWith(a, false, true)),
    partition: (a) => partition(a, false),
    rpartition: (a) => partition(a, true),
    replace: (a) => {
      methodArgRange('replace', a, 2, 3);
      if (a.length < 3) typeError(`replace expected at least 2 arguments, got ${a.length - 1}`);
      const b = view(a[0]);
      const old = needBytes(bytesOf, a[1]);
      const rep = needBytes(bytesOf, a[2]).slice();
      let count = a.length > 3 ? indexNumber(a[3]) : -1;
      if (count < 0) count = Infinity;
      const out: number[] = [];
      if (old.length === 0) {
        for (let i = 0; i <= b.length; i++) {
          if (count > 0) {
            out.push(...rep);
            count--;
          }
          if (i < b.length) out.push(b[i]);
        }
        return make(Uint8Array.from(out));
      }
      let i = 0;
      while (count > 0) {
        const j = indexOf(b, old, i, b.length);
        if (j < 0) break;
        for (let k = i; k < j; k++) out.push(b[k]);
        out.push(...rep);
        i = j + old.length;
        count--;
      }
      for (let k = i; k < b.length; k++) out.push(b[k]);
      return make(Uint8Array.from(out));
    },
    join: (a) => {
      // a bytearray exports itself while the iterable runs, so that the iterable cannot resize
      // it (BufferError), as CPython's bytearray_join since gh-112625
      const self = a[0];
      const exporting = layoutOf(self) === L_BYTEARRAY;
      if (!exporting) return joinParts(self, a[1]);
      addExport(self, 1);
      try {
        return joinParts(self, a[1]);
      } finally {
        addExport(self, -1);
      }
    },
    upper: map((c) => (isLower(c) ? c - 32 : c)),
    lower: map((c) => (isUpper(c) ? c + 32 : c)),
    swapcase: map((c) => (isLower(c) ? c - 32 : isUpper(c) ? c + 32 : c)),
    title: (a) => {
      const b = view(a[0]);
      const out = new Uint8Array(b.length);
      let prev = false;
      for (let i = 0; i < b.length; i++) {
        const c = b[i];
        out[i] = prev ? (isUpper(c) ? c + 32 : c) : isLower(c) ? c - 32 : c;
        prev = isAlpha(c);
      }
      return make(out);
    },
    capitalize: (a) => {
      const b = view(a[0]);
      return make(Uint8Array.from(b, (c, i) => (i === 0 ? (isLower(c) ? c - 32 : c) : isUpper(c) ? c + 32 : c)));
    },
    isalpha: pred(isAlpha),
    isalnum: pred((c) => isAlpha(c) || isDigit(c)),
    isdigit: pred(isDigit),
    isspace: pred(isSpace),
    isascii: pred((c) => c < 128, true),
    isupper: (a) => {
      const b = view(a[0]);
      return b.some(isUpper) && !b.some(isLower) ? K.True : K.False;
    },
    islower: (a) => {
      const b = view(a[0]);
      return b.some(isLower) && !b.some(isUpper) ? K.True : K.False;
    },
    istitle: (a) => {
      let cased = false;
      let prev = false;
      for (const c of view(a[0])) {
        if (isUpper(c)) {
          if (prev) return K.False;
          prev = cased = true;
        } else if (isLower(c)) {
          if (!prev) return K.False;
          prev = cased = true;
        } else prev = false;
      }
      return cased ? K.True : K.False;
    },
    center: pad('center', 'c'),
    ljust: pad('ljust', 'l'),
    rjust: pad('rjust', 'r'),
    zfill: (a) => {
      const b = view(a[0]);
      const w = indexNumber(a[1]);
      if (w <= b.length) return make(b.slice());
      const out = new Uint8Array(w).fill(48);
      const signed = b[0] === 43 || b[0] === 45;
      out.set(b.subarray(signed ? 1 : 0), w - b.length + (signed ? 1 : 0));
      if (signed) out[0] = b[0];
      return make(out);
    },
    expandtabs: (a, kw) => {
      const [self, tabsize] = bindArgs('expandtabs', a, kw, ['self', 'tabsize?']);
      const ts = tabsize === 0 ? 8 : indexNumber(tabsize);
      const out: number[] = [];
      let col = 0;
      for (const c of view(self)) {
        if (c === 9) {
          if (ts > 0) {
            const n = ts - (col % ts);
            for (let k = 0; k < n; k++) out.push(32);
            col += n;
          }
        } else {
          out.push(c);
          col = c === 10 || c === 13 ? 0 : col + 1;
        }
      }
      return make(Uint8Array.from(out));
    },
    removeprefix: (a) => {
      const b = view(a[0]);
      const p = needBytes(bytesOf, a[1]);
      const ok = p.length <= b.length && p.every((c, i) => b[i] === c);
      return make(ok ? b.slice(p.length) : b.slice());
    },
    removesuffix: (a) => {
      const b = view(a[0]);
      const p = needBytes(bytesOf, a[1]);
      const ok = p.length > 0 && p.length <= b.length && p.every((c, i) => b[b.length - p.length + i] === c);
      return make(ok ? b.slice(0, b.length - p.length) : b.slice());
    },
    translate: (a, kw) => {
      if (a.length - (kw === 0 ? 0 : tupleLen(kw)) < 2) typeError(`translate() takes at least 1 positional argument (${a.length - (kw === 0 ? 0 : tupleLen(kw)) - 1} given)`);
      const [self, table, del] = bindArgs('translate', a, kw, ['self', 'table', 'delete?']);
      const b = view(self);
      let t: Uint8Array | null = null;
      if (table !== K.None) {
        t = needBytes(bytesOf, table);
        if (t.length !== 256) valueError('translation table must be 256 characters long');
      }
      const drop = new Uint8Array(256);
      if (del !== 0) for (const c of needBytes(bytesOf, del)) drop[c] = 1;
      const out: number[] = [];
      for (const c of b) if (drop[c] === 0) out.push(t === null ? c : t[c]);
      return make(Uint8Array.from(out));
    },
    decode: (a, kw) => {
      if (kw === 0 && a.length <= 2) {
        // b.decode() / b.decode('utf-8') of ASCII bytes, b.decode('latin-1') of any
        const r = decodeAsciiArgs(a[0], a.length === 2 ? a[1] : 0);
        if (r !== 0) return r;
      }
      const [s, enc, err] = bindArgs('decode', a, kw, ['self', 'encoding?', 'errors?']);
      const encoding = enc === 0 ? 'utf-8' : strObj(enc) !== 0 ? strJs(strObj(enc)) : typeError(`decode() argument 'encoding' must be str, not ${argTypeName(enc)}`);
      const errors = err === 0 ? 'strict' : strObj(err) !== 0 ? strJs(strObj(err)) : typeError(`decode() argument 'errors' must be str, not ${argTypeName(err)}`);
      checkErrorsName(errors);
      return decodeBytesToStr(view(s), encoding, errors);
    },
    hex: hexImpl,
  };
}

/** bytes.hex(sep, bytes_per_sep) as CPython: groups counted from the right when positive. */
export function hexOf(b: Uint8Array, sepV: number, groupV: number, bytesOf: (v: number) => Uint8Array | null): string {
  const hex = Buffer.from(b).toString('hex');
  if (sepV === 0) return hex;
  // (CPython's _Py_strhex_impl: len(sep) first, then its type, then ASCII)
  if (pyLen(sepV) !== 1) valueError('sep must be length 1.');
  let sep: string;
  const so = strObj(sepV);
  if (so !== 0) sep = strJs(so);
  else {
    const sb = bytesOf(sepV);
    if (sb === null) return typeError(`sep must be str or bytes.`);
    sep = String.fromCharCode(...sb);
  }
  if (sep.charCodeAt(0) > 127) valueError('sep must be ASCII.');
  const group = groupV === 0 ? 1 : indexNumber(groupV);
  if (group === 0 || b.length === 0) return hex;
  const g = Math.abs(group);
  const chunks: string[] = [];
  if (group > 0) {
    for (let end = b.length; end > 0; end -= g) chunks.unshift(hex.slice(Math.max(0, end - g) * 2, end * 2));
  } else {
    for (let start = 0; start < b.length; start += g) chunks.push(hex.slice(start * 2, Math.min(b.length, start + g) * 2));
  }
  return chunks.join(sep);
}

/** bytes.fromhex / bytearray.fromhex: pairs of hex digits, ASCII whitespace between pairs. */
export function parseHex(v: number): Uint8Array {
  const so = strObj(v);
  if (so === 0) typeError(`fromhex() argument must be str, not ${argTypeName(v)}`);
  const s = strJs(so);
  const out: number[] = [];
  const digit = (c: number): number => (c >= 48 && c <= 57 ? c - 48 : c >= 97 && c <= 102 ? c - 87 : c >= 65 && c <= 70 ? c - 55 : -1);
  let i = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    const hi = digit(c);
    if (hi < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i}`);
    const lo = i + 1 < s.length ? digit(s.charCodeAt(i + 1)) : -1;
    if (lo < 0) valueError(`non-hexadecimal number found in fromhex() arg at position ${i + 1}`);
    out.push(hi * 16 + lo);
    i += 2;
  }
  return Uint8Array.from(out);
}

/** bytes.maketrans(from, to): a 256-byte table. */
export function makeTrans(a: number[], bytesOf: (v: number) => Uint8Array | null): Uint8Array {
  if (a.length !== 2) typeError(`maketrans expected 2 arguments, got ${a.length}`);
  const x = needBytes(bytesOf, a[0]);
  const y = needBytes(bytesOf, a[1]);
  if (x.length !== y.length) valueError('maketrans arguments must have same length');
  const t = Uint8Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0; i < x.length; i++) t[x[i]] = y[i];
  return t;
}

export const _keep = [indexError];
