// bytes: the class and its common methods (a first set; bytearray shares most of them).
import { argTypeName } from '../runtime/protocol';
import { mem } from '../../stmgc/heap';
import { L_BYTES, L_BYTEARRAY, L_BOXED, L_INSTANCE } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, indexError, typeError, valueError, raise } from '../runtime/errors';
import { index, indexNumber, iterToArray, tname, getattrOpt, callSpecial, names as N } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr, strJs } from './str_core';
import { newBytes, bytesView, bytesHash } from './bytes_core';
import { isSlice, sliceIndices } from './slice';
import { listItem, listItems, listLen, newList } from './list_core';
import { newTuple, tupleItems } from './tuple_core';
import { bindArgs, oneMethodArg } from './builtin_function';
import { decodeBytes } from './bytes_codec';
import { strObj } from './str';
import { newIter } from './iterators';
import { BX_VALUE, newBoxed } from './boxed';
import { isSubtype } from './type_core';
import { callObject } from '../interp/call';
import { typeInfo } from './type_core';
import { isInstance } from '../runtime/protocol';
import { bytesPercent } from './str_percent';
import { L_TUPLE } from '../runtime/layouts';
import { intValue as intValueOf } from './int';

export function bytesOf(v: number): Uint8Array | null {
  if ((v & 1) === 1) return null;
  const l = mem[v] & 0x7ff;
  if (l === L_BYTES) return bytesView(v);
  if (l === L_BYTEARRAY) return bytearrayView(v);
  if (l === L_BOXED && isSubtype(typeOf(v), T.bytes)) return bytesView(mem[v + BX_VALUE]);
  if (l === L_ITER && mem[v + 2] === T.memoryview) return memoryviewData(v);
  if (l === L_INSTANCE) return exportedBuffer(v);
  return null;
}

/**
 * The buffer of an instance whose class (written in Python, as lib/array.py's array) exports
 * one: its `__pystm_buffer__()` returns the bytes, read-only, or a memoryview whose buffer it
 * forwards (CPython's buffer protocol, which
 * 3.11 gives Python classes no other way to offer; PEP 688's __buffer__ is 3.12's).
 */
function exportedBuffer(v: number): Uint8Array | null {
  const hook = typeInfo(typeOf(v)).lookup(intern('__pystm_buffer__'));
  if (hook === 0) return null;
  const r = callSpecial(v, intern('__pystm_buffer__'), []);
  // (or a memoryview of the buffer it forwards: pickle.PickleBuffer)
  if ((r & 1) === 0 && (mem[r] & 0x7ff) === L_ITER && mem[r + 2] === T.memoryview) return memoryviewData(r);
  if ((r & 1) === 1 || (mem[r] & 0x7ff) !== L_BYTES) typeError(`__pystm_buffer__ returned non-bytes (type ${tname(r)})`);
  return bytesView(r);
}
import { bytearrayByte, bytearrayLen, bytearrayView } from './bytearray';
import { memoryviewData } from './memoryview';
import { bytesMethods, hexOf, parseHex, makeTrans, needBytes } from './bytes_methods';

function self(v: number): Uint8Array {
  const b = bytesOf(v);
  if (b === null) typeError(`descriptor requires a 'bytes' object but received a '${tname(v)}'`);
  return b!;
}

export function bytesRepr(b: Uint8Array, prefix = 'b', escapeSingle = false): string {
  const hasSingle = b.includes(39);
  const hasDouble = b.includes(34);
  const q = hasSingle && !hasDouble ? '"' : "'";
  let out = prefix + q;
  for (const c of b) {
    if (c === 92) out += '\\\\';
    else if (c === q.charCodeAt(0) || (escapeSingle && c === 39)) out += '\\' + String.fromCharCode(c);
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

/** bytes(x, encoding, errors) / bytearray(...)'s contents (x, encoding, errors 0 when absent),
 *  with CPython's bytes_new / bytearray___init__ checks in their order. */
export function bytesFromObject(x: number, encoding: number, errors: number, who = 'bytes'): Uint8Array {
  if (encoding !== 0 && strObj(encoding) === 0) typeError(`${who}() argument 'encoding' must be str, not ${argTypeName(encoding)}`);
  if (errors !== 0 && strObj(errors) === 0) typeError(`${who}() argument 'errors' must be str, not ${argTypeName(errors)}`);
  if (x === 0) {
    if (encoding !== 0 || errors !== 0) typeError(encoding !== 0 ? 'encoding without a string argument' : 'errors without a string argument');
    return new Uint8Array(0);
  }
  if (encoding !== 0) {
    if (strObj(x) === 0) typeError('encoding without a string argument');
    const enc = callObject(getattrOpt(strObj(x), internEncode()), errors !== 0 ? [encoding, errors] : [encoding], 0);
    return new Uint8Array(bytesView(enc));
  }
  if (errors !== 0) typeError(strObj(x) !== 0 ? 'string argument without an encoding' : 'errors without a string argument');
  // bytes(): __bytes__ first (a bytes or str subclass's too), looked up on the class as CPython's
  // _PyObject_LookupSpecial: no __getattribute__/__getattr__ (bytearray() has no such step)
  if (who === 'bytes') {
    const r = bytesDunderResult(x);
    if (r !== 0) return new Uint8Array(bytesOf(r)!);
  }
  if (strObj(x) !== 0) typeError('string argument without an encoding');
  // an integer (a class with __index__): that many zero bytes; its TypeError falls through to
  // the iterable path, its other errors go through
  if ((x & 1) === 0 && typeInfo(typeOf(x)).slots.index !== null && intValueOf(x) === null) {
    let n: bigint | null = null;
    try {
      n = toBigInt(index(x));
    } catch (e) {
      if (!(e instanceof PyException) || !isInstance(e.exc, T.TypeError)) throw e;
    }
    if (n !== null) return zeroBytes(n);
  }
  // an exact tuple or list of small ints (bytes((n,)), bytes([...])): no __bytes__ to look
  // for, no iterator, no int objects; anything else takes the general path below
  const xt = typeOf(x);
  if (xt === T.tuple || xt === T.list) {
    const items = xt === T.tuple ? tupleItems(x) : listItems(x);
    const out = new Uint8Array(items.length);
    let i = 0;
    for (; i < items.length; i++) {
      const v = items[i];
      if ((v & 1) === 0 || v >> 1 < 0 || v >> 1 > 255) break;
      out[i] = v >> 1;
    }
    if (i === items.length) return out;
  }
  const b = bytesOf(x);
  if (b !== null) return new Uint8Array(b);
  if (intValueOf(x) !== null) return zeroBytes(toBigInt(index(x)));
  // an exact list read item by item at its live length, as CPython's _PyBytes_FromList: an
  // __index__ that shrinks the list ends the bytes there
  if (xt === T.list) {
    const out: number[] = [];
    for (let i = 0; i < listLen(x); i++) out.push(byteOfIndex(listItem(x, i)));
    return Uint8Array.from(out);
  }
  if (typeInfo(typeOf(x)).slots.iter === null && typeInfo(typeOf(x)).slots.getitem === null) typeError(`cannot convert '${tname(x)}' object to ${who}`);
  return Uint8Array.from(iterToArray(x).map(byteOfIndex));
}

function byteOfIndex(v: number): number {
  const n = Number(toBigInt(index(v)));
  if (n < 0 || n > 255) valueError('bytes must be in range(0, 256)');
  return n;
}

/** The result of x's __bytes__ (looked up on the class, as CPython's _PyObject_LookupSpecial)
 *  when bytes(x) calls it, else 0; a result that is not bytes is CPython's TypeError. */
function bytesDunderResult(x: number): number {
  if (layoutOf(x) === L_BYTES || typeInfo(typeOf(x)).lookup(N.bytes) === 0) return 0;
  const r = callSpecial(x, N.bytes, []);
  if (!isInstance(r, T.bytes)) typeError(`__bytes__ returned non-bytes (type ${tname(r)})`);
  return r;
}
/** bytes(n): n zero bytes (CPython's PyNumber_AsSsize_t with OverflowError, "negative count"). */
function zeroBytes(n: bigint): Uint8Array {
  if (n > 0x7fffffffffffffffn || n < -0x8000000000000000n) raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  if (n < 0n) valueError('negative count');
  return new Uint8Array(Number(n));
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
  sequence: true,
  noargs: ['__bytes__', 'capitalize', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'lower', 'swapcase', 'title', 'upper', '__getnewargs__'],
  onearg: ['join', 'partition', 'removeprefix', 'removesuffix', 'rpartition', 'zfill', 'fromhex'],
  hiddenDunders: ['__radd__'],
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
      if ((k & 1) === 0 && typeInfo(typeOf(k)).slots.index === null) typeError(`byte indices must be integers or slices, not ${tname(k)}`);
      let i = indexNumber(k);
      if (i < 0) i += b.length;
      if (i < 0 || i >= b.length) indexError('index out of range');
      return intFromNumber(b[i]);
    },
    contains: (v, x) => bytesContains(self(v), x),
    iter: (v) => newIter(T.bytes_iterator, v),
    richcompare: (a, b, op) => {
      // bytes compare only with bytes (bytes_richcompare); bytearray's reflected compare and
      // memoryview's handle other buffers
      if ((b & 1) === 1 || ((mem[b] & 0x7ff) !== L_BYTES && !((mem[b] & 0x7ff) === L_BOXED && isSubtype(typeOf(b), T.bytes)))) return K.NotImplemented;
      const x = bytesOf(a);
      const y = bytesOf(b);
      if (x === null || y === null) return K.NotImplemented;
      return compareBuffers(x, y, op);
    },
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => concatBuffers(x, y, newBytes);
      a[5] = (x: number, y: number): number => {
        const [b, n] = bytesOf(x) !== null ? [bytesOf(x)!, y] : [bytesOf(y), x];
        if (b === null) return K.NotImplemented;
        if (!hasIndex(n)) return K.NotImplemented;
        const c = repeatCount(n, b.length, 'repeated bytes are too long', 2 ** 31);
        const self = bytesOf(x) !== null ? x : y;
        if (c === 1 && typeOf(self) === T.bytes) return self; // (as CPython: an exact bytes times 1 is itself)
        return newBytes(repeatBytes(b, c));
      };
      a[6] = (x: number, y: number): number => {
        const b = bytesOf(x);
        if (b === null || layoutOf(x) === L_BYTEARRAY) return K.NotImplemented;
        return newBytes(bytesPercent(b, y));
      };
      return a;
    })(),
    new: (cls, args, kw) => {
      const [x, enc, err] = kw === 0 && args.length === 1 ? [args[0], 0, 0] : bindArgs('bytes', args, kw, ['source?', 'encoding?', 'errors?']);
      // bytes(x) returns what x.__bytes__ returned, a bytes subclass included (CPython's bytes_new)
      if (cls === T.bytes && x !== 0 && enc === 0 && err === 0) {
        const d = bytesDunderResult(x);
        if (d !== 0) return d;
      }
      const r = newBytes(bytesFromObject(x, enc, err));
      return cls === T.bytes ? r : newBoxed(cls, r);
    },
  },
  methods: {
    ...bytesMethods(self, (b) => newBytes(b), bytesOf),
    __bytes__: (a) => (layoutOf(a[0]) === L_BYTES ? a[0] : newBytes(self(a[0]).slice())),
    __getnewargs__: (a) => newTuple([newBytes(new Uint8Array(self(a[0])))]),
  },
  classmethods: {
    fromhex: (a) => {
      const r = newBytes(parseHex(a[1]));
      return a[0] === T.bytes ? r : callObject(a[0], [r], 0);
    },
  },
  staticmethods: {
    maketrans: (a) => newBytes(makeTrans(a, bytesOf)),
  },
};

/** x in b: x an int in range(256) or a bytes-like object. */
export function bytesContains(b: Uint8Array, x: number): boolean {
  if ((x & 1) === 1 || isInstance(x, T.int)) {
    const n = Number(toBigInt(index(x)));
    if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
    return b.includes(n);
  }
  const n = needBytes(bytesOf, x);
  return find(b, n, 0, b.length, false) >= 0;
}

export const bytesIteratorType: TypeDef = {
  name: 'bytes_iterator',
  layout: L_ITER,
  final: true,
  slots: {
    iter: (it) => it,
    next: (it) => {
      const src = mem[it + IT_SOURCE];
      if ((mem[src] & 0x7ff) === L_BYTEARRAY) {
        // one byte, one card of a big storage (a whole view would read every card per step)
        readBarrier(it);
        const pos = mem[it + IT_POS] >> 1;
        if (pos < 0) return 0;
        if (pos >= bytearrayLen(src)) return bytesIterEnd(it);
        writeBarrier(it);
        mem[it + IT_POS] = ((pos + 1) << 1) | 1;
        return intFromNumber(bytearrayByte(src, pos));
      }
      const b = bytesOf(src)!;
      readBarrier(it);
      const pos = mem[it + IT_POS] >> 1;
      if (pos < 0) return 0;
      if (pos >= b.length) return bytesIterEnd(it);
      writeBarrier(it);
      mem[it + IT_POS] = ((pos + 1) << 1) | 1;
      return intFromNumber(b[pos]);
    },
  },
  // as CPython's striter/bytearrayiter: (iter, (seq,), index), (iter, ((),)) once exhausted
  noargs: ['__length_hint__', '__reduce__'],
  methods: {
    __length_hint__: (a) => {
      readBarrier(a[0]);
      const pos = mem[a[0] + IT_POS] >> 1;
      return intFromNumber(pos < 0 ? 0 : Math.max(0, bytesIterSourceLen(mem[a[0] + IT_SOURCE]) - pos));
    },
    __reduce__: (a) => {
      const iterFn = builtinNamed('iter'); // (may run code: read the position after it)
      readBarrier(a[0]);
      const pos = mem[a[0] + IT_POS] >> 1;
      if (pos < 0) return newTuple([iterFn, newTuple([K.emptyTuple])]);
      return newTuple([iterFn, newTuple([mem[a[0] + IT_SOURCE]]), intFromNumber(pos)]);
    },
    __setstate__: (a) => {
      oneMethodArg(a, '__setstate__');
      let i = indexNumber(a[1]);
      readBarrier(a[0]);
      if ((mem[a[0] + IT_POS] >> 1) >= 0) {
        const n = bytesIterSourceLen(mem[a[0] + IT_SOURCE]);
        i = i < 0 ? 0 : i > n ? n : i;
        writeBarrier(a[0]);
        mem[a[0] + IT_POS] = (i << 1) | 1;
      }
      return K.None;
    },
  },
};

function bytesIterSourceLen(src: number): number {
  return (mem[src] & 0x7ff) === L_BYTEARRAY ? bytearrayLen(src) : bytesOf(src)!.length;
}

/** The end of a bytes/bytearray iterator: exhausted for good (a bytearray that grows later
 *  gives no more items, as CPython's, which drops the sequence). */
function bytesIterEnd(it: number): number {
  writeBarrier(it);
  mem[it + IT_POS] = -1;
  return 0;
}
import { builtinNamed } from './iterators';
import { IT_POS, IT_SOURCE } from './iterators';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { L_ITER } from '../runtime/layouts';

export const _keep = [raise, hexOf, subArg, newList, bindArgs, decodeBytes, strJs, iterToArray];

/** A rich comparison of two byte buffers (memcmp order, then length), op as CPython's Py_LT..Py_GE. */
/** x + y for two bytes-like objects, made by `make` (bytes or bytearray); NotImplemented when
 *  either is not one, with CPython's "can't concat str to bytes" for a str on the right. */
export function concatBuffers(x: number, y: number, make: (b: Uint8Array) => number): number {
  const bx = bytesOf(x);
  const by = bytesOf(y);
  if (bx === null || by === null) {
    if (bx !== null && strObj(y) !== 0) typeError(`can't concat ${tname(y)} to ${tname(x)}`);
    return K.NotImplemented;
  }
  const out = new Uint8Array(bx.length + by.length);
  out.set(bx);
  out.set(by, bx.length);
  return make(out);
}

export function compareBuffers(x: Uint8Array, y: Uint8Array, op: number): number {
  if ((op === 2 || op === 3) && x.length !== y.length) return op === 3 ? K.True : K.False;
  const c = Buffer.compare(x, y);
  const r = op === 0 ? c < 0 : op === 1 ? c <= 0 : op === 2 ? c === 0 : op === 3 ? c !== 0 : op === 4 ? c > 0 : c >= 0;
  return r ? K.True : K.False;
}
import { hasIndex, repeatBytes, repeatCount } from './seq_repeat';
