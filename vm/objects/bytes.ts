// bytes: the class and its common methods (a first set; bytearray shares most of them).
import { mem } from '../../stmgc/heap';
import { L_BYTES, L_BYTEARRAY, L_BOXED } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, typeError, valueError, raise } from '../runtime/errors';
import { index, indexNumber, iterToArray, tname, getattrOpt, callSpecial, names as N } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr, strJs } from './str_core';
import { newBytes, bytesView, bytesHash } from './bytes_core';
import { isSlice, sliceIndices } from './slice';
import { newList } from './list_core';
import { newTuple, tupleItems } from './tuple_core';
import { bindArgs } from './builtin_function';
import { decodeBytes } from './bytes_codec';
import { strObj } from './str';
import { seqCompare } from './list';
import { newIter } from './iterators';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype } from './type_core';
import { callObject } from '../interp/call';
import { L_TUPLE } from '../runtime/layouts';
import { intValue as intValueOf } from './int';

export function bytesOf(v: number): Uint8Array | null {
  if ((v & 1) === 1) return null;
  const l = mem[v] & 0x7ff;
  if (l === L_BYTES) return bytesView(v);
  if (l === L_BYTEARRAY) return bytearrayView(v);
  if (l === L_BOXED && isSubtype(typeOf(v), T.bytes)) return bytesView(mem[v + BX_VALUE]);
  return null;
}
import { bytearrayView } from './bytearray';

function self(v: number): Uint8Array {
  const b = bytesOf(v);
  if (b === null) typeError(`descriptor requires a 'bytes' object but received a '${tname(v)}'`);
  return b!;
}

export function bytesRepr(b: Uint8Array, prefix = 'b'): string {
  const hasSingle = b.includes(39);
  const hasDouble = b.includes(34);
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (const c of b) {
    if (c === 92) out += '\\\\';
    else if (c === q.charCodeAt(0)) out += '\\' + q;
    else if (c === 9) out += '\\t';
    else if (c === 10) out += '\\n';
    else if (c === 13) out += '\\r';
    else if (c < 32 || c >= 127) out += '\\x' + c.toString(16).padStart(2, '0');
    else out += String.fromCharCode(c);
  }
  return out + q;
}

function argBytes(v: number, what: string): Uint8Array {
  const b = bytesOf(v);
  if (b === null) typeError(`${what} a bytes-like object is required, not '${tname(v)}'`);
  return b!;
}

export function bytesFromObject(x: number, encoding: number, errors: number): Uint8Array {
  if (strObj(x) !== 0) {
    if (encoding === 0) typeError('string argument without an encoding');
    const enc = callObject(getattrOpt(strObj(x), internEncode()), errors !== 0 ? [encoding, errors] : [encoding], 0);
    return new Uint8Array(bytesView(enc));
  }
  if (encoding !== 0) typeError('encoding without a string argument');
  const b = bytesOf(x);
  if (b !== null) return new Uint8Array(b);
  if (intValueOf(x) !== null) {
    const n = Number(toBigInt(index(x)));
    if (n < 0) valueError('negative count');
    return new Uint8Array(n);
  }
  const bytesHook = getattrOpt(x, N.bytes);
  if (bytesHook !== 0) {
    const r = callSpecial(x, N.bytes, []);
    const rb = bytesOf(r);
    if (rb === null) typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
    return new Uint8Array(rb!);
  }
  const items = iterToArray(x).map((v) => {
    const n = Number(toBigInt(index(v)));
    if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
    return n;
  });
  return Uint8Array.from(items);
}
import { intern } from './str_core';
const internEncode = (): number => intern('encode');

function find(hay: Uint8Array, needle: Uint8Array | number, start: number, end: number, rev: boolean): number {
  const n = typeof needle === 'number' ? Uint8Array.of(needle) : needle;
  const buf = Buffer.from(hay.subarray(start, end));
  const i = rev ? buf.lastIndexOf(Buffer.from(n)) : buf.indexOf(Buffer.from(n));
  return i < 0 ? -1 : i + start;
}

function subArg(v: number): Uint8Array | number {
  if ((v & 1) === 1) {
    const n = v >> 1;
    if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
    return n;
  }
  return argBytes(v, 'argument should be integer or bytes-like object, not');
}

export const bytesType: TypeDef = {
  name: 'bytes',
  layout: L_BOXED,
  slots: {
    repr: (v) => newStr(bytesRepr(self(v))),
    hash: (v) => (layoutOf(v) === L_BYTES ? bytesHash(v) : bytesHash(mem[v + BX_VALUE])),
    len: (v) => self(v).length,
    getitem: (v, k) => {
      const b = self(v);
      if (isSlice(k)) {
        const [start, , step, n] = sliceIndices(k, b.length);
        const out = new Uint8Array(n);
        for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
        return newBytes(out);
      }
      let i = indexNumber(k);
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) indexError('index out of range');
      return intFromNumber(b[i]);
    },
    contains: (v, x) => find(self(v), subArg(x), 0, self(v).length, false) >= 0,
    iter: (v) => newIter(T.bytes_iterator, v),
    richcompare: (a, b, op) => {
      const x = bytesOf(a);
      const y = bytesOf(b);
      if (x === null || y === null) return K.NotImplemented;
      return seqCompare(Array.from(x, (c) => (c << 1) | 1), Array.from(y, (c) => (c << 1) | 1), op);
    },
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        const bx = bytesOf(x);
        const by = bytesOf(y);
        if (bx === null || by === null) return K.NotImplemented;
        const out = new Uint8Array(bx.length + by.length);
        out.set(bx);
        out.set(by, bx.length);
        return newBytes(out);
      };
      a[5] = (x: number, y: number): number => {
        const [b, n] = bytesOf(x) !== null ? [bytesOf(x)!, y] : [bytesOf(y), x];
        if (b === null) return K.NotImplemented;
        const c = Math.max(0, Number(toBigInt(index(n))));
        const out = new Uint8Array(b.length * c);
        for (let i = 0; i < c; i++) out.set(b, i * b.length);
        return newBytes(out);
      };
      return a;
    })(),
    new: (cls, args, kw) => {
      const [x, enc, err] = bindArgs('bytes', args, kw, ['source?', 'encoding?', 'errors?']);
      const r = newBytes(x === 0 ? new Uint8Array(0) : bytesFromObject(x, enc, err));
      return cls === T.bytes ? r : newBoxed(cls, r);
    },
  },
  methods: {
    decode: (a, kw) => {
      const [s, enc, err] = bindArgs('decode', a, kw, ['self', 'encoding?', 'errors?']);
      return newStr(decodeBytes(self(s), enc === 0 ? 'utf-8' : strJs(enc), err === 0 ? 'strict' : strJs(err)));
    },
    hex: (a) => newStr(Buffer.from(self(a[0])).toString('hex')),
    join: (a) => {
      const sep = self(a[0]);
      const parts = iterToArray(a[1]).map((p, i) => {
        const b = bytesOf(p);
        if (b === null) typeError(`sequence item ${i}: expected a bytes-like object, ${tname(p)} found`);
        return Buffer.from(b!);
      });
      const out: Buffer[] = [];
      parts.forEach((p, i) => {
        if (i > 0) out.push(Buffer.from(sep));
        out.push(p);
      });
      return newBytes(new Uint8Array(Buffer.concat(out)));
    },
    find: (a) => intFromNumber(find(self(a[0]), subArg(a[1]), a.length > 2 ? indexNumber(a[2]) : 0, a.length > 3 ? indexNumber(a[3]) : self(a[0]).length, false)),
    rfind: (a) => intFromNumber(find(self(a[0]), subArg(a[1]), a.length > 2 ? indexNumber(a[2]) : 0, a.length > 3 ? indexNumber(a[3]) : self(a[0]).length, true)),
    index: (a) => {
      const i = find(self(a[0]), subArg(a[1]), a.length > 2 ? indexNumber(a[2]) : 0, a.length > 3 ? indexNumber(a[3]) : self(a[0]).length, false);
      return i < 0 ? valueError('subsection not found') : intFromNumber(i);
    },
    count: (a) => {
      const b = Buffer.from(self(a[0]));
      const s = subArg(a[1]);
      const n = Buffer.from(typeof s === 'number' ? Uint8Array.of(s) : s);
      if (n.length === 0) return intFromNumber(b.length + 1);
      let c = 0;
      for (let i = b.indexOf(n); i >= 0; i = b.indexOf(n, i + n.length)) c++;
      return intFromNumber(c);
    },
    startswith: (a) => {
      const b = Buffer.from(self(a[0]));
      const ps = layoutOf(a[1]) === L_TUPLE ? tupleItems(a[1]) : [a[1]];
      return ps.some((p) => b.subarray(0, argBytes(p, 'startswith first arg must be bytes or a tuple of bytes, not').length).equals(Buffer.from(argBytes(p, '')))) ? K.True : K.False;
    },
    endswith: (a) => {
      const b = Buffer.from(self(a[0]));
      const ps = layoutOf(a[1]) === L_TUPLE ? tupleItems(a[1]) : [a[1]];
      return ps.some((p) => {
        const pb = Buffer.from(argBytes(p, 'endswith first arg must be bytes or a tuple of bytes, not'));
        return pb.length <= b.length && b.subarray(b.length - pb.length).equals(pb);
      }) ? K.True : K.False;
    },
    split: (a, kw) => {
      const [s, sep, maxsplit] = bindArgs('split', a, kw, ['self', 'sep?', 'maxsplit?']);
      const text = Buffer.from(self(s)).toString('latin1');
      const max = maxsplit === 0 ? -1 : indexNumber(maxsplit);
      let parts: string[];
      if (sep === 0 || sep === K.None) {
        parts = text.split(/[ \t\n\r\x0b\x0c]+/).filter((x) => x.length > 0);
        if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(' ')];
      } else {
        const sp = Buffer.from(argBytes(sep, 'a bytes-like object is required, not')).toString('latin1');
        if (sp.length === 0) valueError('empty separator');
        parts = text.split(sp);
        if (max >= 0 && parts.length > max + 1) parts = [...parts.slice(0, max), parts.slice(max).join(sp)];
      }
      return newList(parts.map((p) => newBytes(new Uint8Array(Buffer.from(p, 'latin1')))));
    },
    strip: (a) => stripBytes(a, true, true),
    lstrip: (a) => stripBytes(a, true, false),
    rstrip: (a) => stripBytes(a, false, true),
    replace: (a) => {
      const b = Buffer.from(self(a[0])).toString('latin1');
      const o = Buffer.from(argBytes(a[1], 'a bytes-like object is required, not')).toString('latin1');
      const r = Buffer.from(argBytes(a[2], 'a bytes-like object is required, not')).toString('latin1');
      return newBytes(new Uint8Array(Buffer.from(o.length === 0 ? b : b.split(o).join(r), 'latin1')));
    },
    upper: (a) => newBytes(Uint8Array.from(self(a[0]), (c) => (c >= 97 && c <= 122 ? c - 32 : c))),
    lower: (a) => newBytes(Uint8Array.from(self(a[0]), (c) => (c >= 65 && c <= 90 ? c + 32 : c))),
    isdigit: (a) => (self(a[0]).length > 0 && self(a[0]).every((c) => c >= 48 && c <= 57) ? K.True : K.False),
    isalpha: (a) => (self(a[0]).length > 0 && self(a[0]).every((c) => (c | 32) >= 97 && (c | 32) <= 122) ? K.True : K.False),
    isspace: (a) => (self(a[0]).length > 0 && self(a[0]).every((c) => c === 32 || (c >= 9 && c <= 13)) ? K.True : K.False),
    __bytes__: (a) => a[0],
    __getnewargs__: (a) => newTuple([newBytes(new Uint8Array(self(a[0])))]),
  },
  classmethods: {
    fromhex: (a) => {
      const s = strJs(strObj(a[1]) || typeError('fromhex() argument must be str'));
      const clean = s.replace(/\s+/g, '');
      if (!/^([0-9a-fA-F]{2})*$/.test(clean)) valueError(`non-hexadecimal number found in fromhex() arg at position ${s.search(/[^0-9a-fA-F\s]/)}`);
      return newBytes(new Uint8Array(Buffer.from(clean, 'hex')));
    },
  },
};

function stripBytes(a: number[], left: boolean, right: boolean): number {
  const b = self(a[0]);
  const chars = a.length > 1 && a[1] !== K.None ? new Set(argBytes(a[1], 'a bytes-like object is required, not')) : new Set([32, 9, 10, 11, 12, 13]);
  let i = 0;
  let j = b.length;
  if (left) while (i < j && chars.has(b[i])) i++;
  if (right) while (j > i && chars.has(b[j - 1])) j--;
  return newBytes(new Uint8Array(b.subarray(i, j)));
}

export const bytesIteratorType: TypeDef = {
  name: 'bytes_iterator',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (it) => it,
    next: (it) => {
      const b = bytesOf(mem[it + IT_SOURCE])!;
      const pos = mem[it + IT_POS] >> 1;
      if (pos < 0 || pos >= b.length) return 0;
      writeBarrier(it);
      mem[it + IT_POS] = ((pos + 1) << 1) | 1;
      return intFromNumber(b[pos]);
    },
  },
};
import { IT_POS, IT_SOURCE } from './iterators';
import { writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';

export const _keep = [raise];
