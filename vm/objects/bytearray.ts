// bytearray: a mutable byte buffer. payload: [class, __dict__, length (tagged), storage (L_RAW),
// exports (tagged: live memoryviews of it), 0]; array.array (vm/objects/array_core.ts) shares
// this layout and these helpers, its length in bytes, its typecode in the last word.
// Resizing (setBytearray / bytearrayAppend changing the length) while exports > 0 is a
// BufferError, as CPython's (the views would outlive the bytes they show).
// Barriers: the bytearray guards a SMALL storage. Every read goes through bytearrayView (read
// barrier, length bounded by the storage's capacity) or the one-byte helpers below; every
// write barriers the bytearray, then the storage when it is written in place (the undo log must
// hold its old bytes). A LARGE storage (GC_LARGE: > 4 KiB) conflicts per 128-byte card instead
// (stmgc/txn_cards.ts), as big lists do: `ba[i] = x` read-barriers the bytearray (its length and
// storage) and locks only the card of byte i, so two threads writing far-apart bytes of one big
// bytearray do not conflict; in exchange every read of a large storage barriers the cards it
// reads (bytearrayByte: one card; bytearrayView: every card), and writers that change the
// length or move the bytes lock the bytearray and the whole storage (every card).
import { mem, u8 } from '../../stmgc/heap';
import { GC_LARGE, SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, readBarrierCard, writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc } from '../runtime/alloc';
import { L_BYTEARRAY, L_RAW } from '../runtime/layouts';
import { K, T } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, raise, typeError, valueError } from '../runtime/errors';
import { getattrOpt, index, indexNumber, iterToArray, tname } from '../runtime/protocol';
import { intFromNumber, toBigInt } from './int_core';
import { newStr } from './str_core';
import { newBytes } from './bytes_core';
import { isSlice, sliceIndices } from './slice';
import { bindArgs, methodArgRange, oneSlotArg } from './builtin_function';
import { bytesFromObject, bytesOf, bytesRepr, compareBuffers, concatBuffers } from './bytes';
import { newIter } from './iterators';
import { newTuple } from './tuple_core';
import { decodeBytesToStr } from './bytes_codec';
import { stateOf } from './object_reduce';

export const BA_LEN = 4;
export const BA_DATA = 5;
export const BA_EXPORTS = 6;
/** Payload words of a bytearray and of an array.array: word 7 is 0 for a bytearray, an
 *  array's typecode (vm/objects/array_core.ts AR_CODE). */
const BA_WORDS = 6;
const BA_CODE = 7;
const EMPTY = new Uint8Array(0);

/** BufferError when r (a bytearray or an array) has live exports and its byte length would
 *  change to `n`, with CPython's message for each type. */
export function checkResize(r: number, n: number): void {
  readBarrier(r);
  if (mem[r + BA_EXPORTS] >> 1 <= 0 || mem[r + BA_LEN] >> 1 === n) return;
  raise(T.BufferError, mem[r + BA_CODE] !== 0 ? 'cannot resize an array that is exporting buffers' : 'Existing exports of data: object cannot be re-sized');
}

/** Counts one more (+1) or one less (-1) memoryview of r (a bytearray or an array). */
export function addExport(r: number, d: number): void {
  readBarrier(r);
  const n = (mem[r + BA_EXPORTS] >> 1) + d;
  writeBarrier(r);
  mem[r + BA_EXPORTS] = (Math.max(0, n) << 1) | 1;
}

export function bytearrayView(r: number): Uint8Array {
  const start = bytearrayStart(r);
  return start < 0 ? new Uint8Array(0) : u8.subarray(start, start + bytearrayLen(r));
}

/** bytearrayView without the view: where r's bytes start in u8 (-1 without storage), after the
 *  same barriers; their count is bytearrayLen(r). */
export function bytearrayStart(r: number): number {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  if (data === 0) return -1;
  if ((mem[data] & GC_LARGE) !== 0) readBarrier(data); // every card: a card writer leaves r unlocked
  return (data + 2) * 4;
}

/** The length (bounded by the storage's capacity: torn state); reads no byte. */
export function bytearrayLen(r: number): number {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  return data === 0 ? 0 : Math.min(mem[r + BA_LEN] >> 1, payloadWords(data) * 4);
}

/** Byte i (0 <= i < bytearrayLen, checked by the caller): only its card of a large storage is
 *  read-barriered (0 past the storage: a zombie's torn state only). */
export function bytearrayByte(r: number, i: number): number {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  if (data === 0 || i >= payloadWords(data) * 4) return 0;
  if ((mem[data] & GC_LARGE) !== 0) readBarrierCard(data, i >> 2);
  return u8[(data + 2) * 4 + i];
}

/** Stores byte i in place (0 <= i < bytearrayLen, checked by the caller): a large storage locks
 *  only the card of byte i, a small one is guarded by the bytearray. */
export function bytearraySetByte(r: number, i: number, x: number): void {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  if (data === 0 || i >= payloadWords(data) * 4) return; // torn (zombie) state only
  if ((mem[data] & GC_LARGE) === 0) writeBarrier(r);
  writeBarrierCard(data, i >> 2);
  u8[(data + 2) * 4 + i] = x;
}

/** Where bytes i..i+n-1 of r are (an index into u8) for reading one item in place (memoryview's
 *  mv[i], n <= 8; i + n <= bytearrayLen, checked by the caller), -1 past the storage (a zombie's
 *  torn state only): as bytearrayByte, only their cards of a large storage are read-barriered. */
export function bytearrayItemAt(r: number, i: number, n: number): number {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  if (data === 0 || i + n > payloadWords(data) * 4) return -1;
  if ((mem[data] & GC_LARGE) !== 0) {
    readBarrierCard(data, i >> 2);
    readBarrierCard(data, (i + n - 1) >> 2);
  }
  return (data + 2) * 4 + i;
}

/** bytearrayItemAt for writing the item in place (mv[i] = x): as bytearraySetByte, a large
 *  storage locks only their cards, a small one is guarded by the bytearray. */
export function bytearrayItemForWrite(r: number, i: number, n: number): number {
  readBarrier(r);
  const data = mem[r + BA_DATA];
  if (data === 0 || i + n > payloadWords(data) * 4) return -1;
  if ((mem[data] & GC_LARGE) === 0) writeBarrier(r);
  writeBarrierCard(data, i >> 2);
  writeBarrierCard(data, (i + n - 1) >> 2);
  return (data + 2) * 4 + i;
}

/** The bytes, for writing in place (memoryview): the bytearray and its storage write-barriered. */
export function bytearrayWritableView(r: number): Uint8Array {
  writeBarrier(r);
  const data = mem[r + BA_DATA];
  if (data !== 0) writeBarrier(data);
  return bytearrayView(r);
}

export function setBytearray(r: number, b: Uint8Array): void {
  checkResize(r, b.length);
  const words = Math.max(1, (b.length + 3) >> 2);
  writeBarrier(r);
  let data = mem[r + BA_DATA];
  if (data === 0 || payloadWords(data) < words) {
    data = alloc(L_RAW, words + (words >> 2), 0);
    mem[r + BA_DATA] = data;
  } else writeBarrier(data); // written in place: the undo log keeps the old bytes
  u8.set(b, (data + 2) * 4);
  mem[r + BA_LEN] = (b.length << 1) | 1;
}

/** Appends `extra` (a copy, not a view of this bytearray's storage): bytearrayReplace at the end,
 *  written in place past the length when the storage has room, else into a new storage half
 *  again as big as needed, so a loop of appends is linear. */
export function bytearrayAppend(r: number, extra: Uint8Array): void {
  const n = bytearrayLen(r);
  bytearrayReplace(r, n, n, extra);
}

/** Replaces bytes [start, stop) (0 <= start <= stop <= length) with `src` (a copy, not a view of
 *  this storage): in place when the storage has room (the tail moved by copyWithin), so pop(),
 *  del b[i], insert() and a slice assignment cost the bytes after the position, not the whole
 *  buffer (they rebuilt it: 100,000 pops from the end took 300 s); else into a new storage half
 *  again as big as needed. A storage left less than a quarter full (and over 1 KiB) is
 *  reallocated to size, so a buffer emptied by pops gives its memory back. The bytes move, so the
 *  bytearray and the whole storage are write-barriered, as for any resize. */
export function bytearrayReplace(r: number, start: number, stop: number, src: Uint8Array): void {
  const n = bytearrayLen(r);
  const need = n - (stop - start) + src.length;
  checkResize(r, need);
  writeBarrier(r); // (a card writer of byte i read-barriers r: it conflicts with this lock)
  const data = mem[r + BA_DATA];
  const cap = data === 0 ? 0 : payloadWords(data) * 4;
  if (data !== 0 && cap >= need && (cap <= 1024 || need >= cap >> 2)) {
    writeBarrier(data); // written in place: the undo log keeps the old bytes
    const base = (data + 2) * 4;
    if (stop - start !== src.length) u8.copyWithin(base + start + src.length, base + stop, base + n);
    u8.set(src, base + start);
  } else {
    if (data !== 0) readBarrier(data); // (copied: every card of a large storage is read)
    const words = Math.max(1, (need + 3) >> 2);
    const fresh = alloc(L_RAW, need > n ? words + (words >> 1) : words, 0);
    const to = (fresh + 2) * 4;
    if (data !== 0) {
      const from = (data + 2) * 4;
      u8.copyWithin(to, from, from + start);
      u8.copyWithin(to + start + src.length, from + stop, from + n);
    }
    u8.set(src, to + start);
    mem[r + BA_DATA] = fresh;
  }
  mem[r + BA_LEN] = (need << 1) | 1;
}

export function newBytearray(b: Uint8Array, cls = T.bytearray): number {
  const r = alloc(L_BYTEARRAY, BA_WORDS, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + BA_LEN] = 1;
  mem[r + BA_EXPORTS] = 1;
  mem[r + BA_CODE] = 0;
  setBytearray(r, b);
  return r;
}

function byteValue(v: number): number {
  const n = Number(toBigInt(index(v)));
  if (n < 0 || n > 255) valueError('byte must be in range(0, 256)');
  return n;
}

/** The bytes of an iterable of ints, for extend() or a slice assignment (`assign`), with
 *  CPython's message for a str or a non-iterable. */
function byteList(v: number, assign = false): Uint8Array {
  const what = 'can assign only bytes, buffers, or iterables of ints in range(0, 256)';
  if (assign && strObj(v) !== 0) typeError(what);
  if (typeInfo(typeOf(v)).slots.iter === null && getattrOpt(v, intern('__getitem__')) === 0) {
    typeError(assign ? what : `can't extend bytearray with ${tname(v)}`);
  }
  return Uint8Array.from(iterToArray(v).map(byteValue));
}

function typeName(cls: number): string { return strJs(getattr(cls, intern('__name__'))); }

function view(v: number): Uint8Array {
  if ((v & 1) === 1 || (mem[v] & 0x7ff) !== L_BYTEARRAY) typeError(`descriptor requires a 'bytearray' object but received a '${tname(v)}'`);
  return bytearrayView(v);
}

/** b[k] with k not a slice: an integer (an __index__ object), else CPython's TypeError. */
function indexKey(k: number): number {
  if ((k & 1) === 0 && typeInfo(typeOf(k)).slots.index === null) typeError(`bytearray indices must be integers or slices, not ${tname(k)}`);
  return indexNumber(k);
}

/** CPython's bytearray reduction: (type, (), state) when empty; below protocol 3 the bytes as a
 *  latin-1 str (Python 2 compatible), else as bytes; the state from __getstate__. */
function reduceBytearray(self: number, proto: number): number {
  const state = stateOf(self, false);
  const b = view(self);
  if (b.length === 0) return newTuple([typeOf(self), newTuple([]), state]);
  const args = proto < 3 ? [decodeBytesToStr(b, 'latin-1', 'strict'), newStr('latin-1')] : [newBytes(b.slice())];
  return newTuple([typeOf(self), newTuple(args), state]);
}

export const bytearrayType: TypeDef = {
  sequence: true,
  noargs: ['__alloc__', 'capitalize', 'clear', 'copy', 'isalnum', 'isalpha', 'isascii', 'isdigit', 'islower', 'isspace', 'istitle', 'isupper', 'lower', 'reverse', 'swapcase', 'title', 'upper', '__reduce__'],
  onearg: ['append', 'extend', 'join', 'partition', 'remove', 'removeprefix', 'removesuffix', 'rpartition', 'zfill', 'fromhex'],
  hiddenDunders: ['__radd__'],
  name: 'bytearray',
  layout: L_BYTEARRAY,
  slots: {
    repr: (v) => newStr(`${typeName(mem[v + 2])}(${bytesRepr(view(v), 'b', true)})`),
    hash: () => typeError("unhashable type: 'bytearray'"),
    len: (v) => bytearrayLen(v),
    getitem: (v, k) => {
      if (!isSlice(k)) {
        let i = indexKey(k);
        const n = bytearrayLen(v);
        if (i < 0) i += n;
        if (i < 0 || i >= n) indexError('bytearray index out of range');
        return intFromNumber(bytearrayByte(v, i));
      }
      const b = view(v);
      const [start, , step, n] = sliceIndices(k, b.length);
      const out = new Uint8Array(n);
      for (let i = 0, j = start; i < n; i++, j += step) out[i] = b[j];
      return newBytearray(out);
    },
    setitem: (v, k, x) => {
      if (x !== 0 && !isSlice(k)) {
        // one byte in place (CPython 3.11 checks the value before the index range)
        let i = indexKey(k);
        const byte = byteValue(x);
        const n = bytearrayLen(v);
        if (i < 0) i += n;
        if (i < 0 || i >= n) indexError('bytearray index out of range');
        bytearraySetByte(v, i, byte);
        return;
      }
      if (isSlice(k)) {
        const cur = view(v);
        const [start, stop, step, n] = sliceIndices(k, cur.length);
        if (step === 1) {
          // typed arrays end to end: no JS array of the bytes (a spread of a megabyte overflowed
          // the JS stack); the source is copied first, since it may be this very bytearray
          const src = x === 0 ? new Uint8Array(0) : Uint8Array.from(bytesOf(x) ?? byteList(x, true));
          bytearrayReplace(v, start, Math.max(start, stop), src);
          return;
        }
        const b = Array.from(cur);
        const vals = x === 0 ? [] : Array.from(bytesOf(x) ?? byteList(x, true));
        {
          if (x === 0 || vals.length === 0) { // (an empty value deletes an extended slice, as CPython's)
            const drop = new Set<number>();
            for (let i = 0, j = start; i < n; i++, j += step) drop.add(j);
            setBytearray(v, Uint8Array.from(b.filter((_, i) => !drop.has(i))));
            return;
          }
          if (vals.length !== n) valueError(`attempt to assign bytes of size ${vals.length} to extended slice of size ${n}`);
          for (let i = 0, j = start; i < n; i++, j += step) b[j] = vals[i];
        }
        setBytearray(v, Uint8Array.from(b));
        return;
      }
      // del b[i] (one byte in place is above)
      let i = indexKey(k);
      const n = bytearrayLen(v);
      if (i < 0) i += n;
      if (i < 0 || i >= n) indexError('bytearray index out of range');
      bytearrayReplace(v, i, i + 1, EMPTY);
    },
    iter: (v) => newIter(T.bytes_iterator, v),
    contains: (v, x) => bytesContains(view(v), x),
    richcompare: (a, b, op) => {
      const x = bytesOf(a);
      const y = bytesOf(b);
      if (x === null || y === null) return K.NotImplemented;
      return compareBuffers(x, y, op);
    },
    new: (cls) => newBytearray(new Uint8Array(0), cls),
    init: (v, args, kw) => {
      const [x, enc, err] = bindArgs('bytearray', args, kw, ['source?', 'encoding?', 'errors?']);
      setBytearray(v, bytesFromObject(x, enc, err, 'bytearray'));
    },
    nbi: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number => {
        const by = bytesOf(y);
        if (by === null) return K.NotImplemented;
        bytearrayAppend(x, by.slice());
        return x;
      };
      a[5] = (x: number, y: number): number => {
        if (!hasIndex(y)) return K.NotImplemented;
        const b = view(x);
        const c = repeatCount(y, b.length, null, 2 ** 31);
        setBytearray(x, repeatBytes(b, c));
        return x;
      };
      return a;
    })(),
    nb: (() => {
      const a = new Array(13).fill(null);
      a[0] = (x: number, y: number): number =>
        concatBuffers(x, y, (x & 1) === 0 && (mem[x] & 0x7ff) === L_BYTEARRAY ? newBytearray : newBytes);
      a[5] = (x: number, y: number): number => {
        const left = (x & 1) === 0 && (mem[x] & 0x7ff) === L_BYTEARRAY;
        const [b, n] = left ? [view(x), y] : [view(y), x];
        if (!hasIndex(n)) return K.NotImplemented;
        const c = repeatCount(n, b.length, null, 2 ** 31);
        return newBytearray(repeatBytes(b, c));
      };
      a[6] = (x: number, y: number): number => {
        if ((x & 1) === 1 || (mem[x] & 0x7ff) !== L_BYTEARRAY) return K.NotImplemented;
        return newBytearray(bytesPercent(view(x), y));
      };
      return a;
    })(),
  },
  methods: {
    ...bytesMethods(view, (b) => newBytearray(b), bytesOf),
    append: (a) => {
      exactArgs('append', a.slice(1), 1);
      bytearrayAppend(a[0], Uint8Array.of(byteValue(a[1])));
      return K.None;
    },
    extend: (a) => {
      bytearrayAppend(a[0], (bytesOf(a[1]) ?? byteList(a[1])).slice());
      return K.None;
    },
    insert: (a) => {
      exactArgs('insert', a.slice(1), 2);
      const n = bytearrayLen(a[0]);
      let i = indexNumber(a[1]);
      if (i < 0) i = Math.max(0, i + n);
      if (i > n) i = n;
      bytearrayReplace(a[0], i, i, Uint8Array.of(byteValue(a[2])));
      return K.None;
    },
    pop: (a) => {
      methodArgRange('pop', a, 0, 1);
      const n = bytearrayLen(a[0]);
      if (n === 0) indexError('pop from empty bytearray');
      let i = a.length > 1 ? indexNumber(a[1]) : n - 1;
      if (i < 0) i += n;
      if (i < 0 || i >= n) indexError('pop index out of range');
      const v = bytearrayByte(a[0], i);
      bytearrayReplace(a[0], i, i + 1, EMPTY);
      return intFromNumber(v);
    },
    remove: (a) => {
      const n = byteValue(a[1]);
      const i = view(a[0]).indexOf(n);
      if (i < 0) valueError('value not found in bytearray');
      bytearrayReplace(a[0], i, i + 1, EMPTY);
      return K.None;
    },
    clear: (a) => {
      bytearrayReplace(a[0], 0, bytearrayLen(a[0]), EMPTY);
      return K.None;
    },
    copy: (a) => newBytearray(new Uint8Array(view(a[0]))),
    reverse: (a) => {
      setBytearray(a[0], Uint8Array.from(view(a[0])).reverse());
      return K.None;
    },
    __alloc__: (a) => intFromNumber(view(a[0]).length + 1),
    __reduce__: (a) => {
      return reduceBytearray(a[0], 2);
    },
    __reduce_ex__: (a) => {
      methodArgRange('__reduce_ex__', a, 0, 1);
      return reduceBytearray(a[0], a.length > 1 ? indexNumber(a[1]) : 0);
    },
  },
  classmethods: {
    fromhex: (a) => {
      const r = newBytearray(parseHex(a[1]));
      return a[0] === T.bytearray ? r : callObject(a[0], [r], 0);
    },
  },
  staticmethods: {
    maketrans: (a) => newBytes(makeTrans(a, bytesOf)),
  },
  attrs: { __hash__: () => K.None },
};

import { getattr } from '../runtime/protocol';
import { intern } from './str_core';
import { callObject } from '../interp/call';
import { bytesMethods, parseHex, makeTrans } from './bytes_methods';
import { bytesContains } from './bytes';
import { bytesPercent } from './str_percent';
import { strObj } from './str';
import { strJs } from './str_core';
import { typeInfo } from './type_core';
import { K as _K, typeOf } from '../runtime/types';
import { exactArgs } from './builtin_function';
function callMethodOn(obj: number, name: string, args: number[], kw: number): number {
  return callObject(getattr(obj, intern(name)), args, kw);
}
import { hasIndex, repeatBytes, repeatCount } from './seq_repeat';
