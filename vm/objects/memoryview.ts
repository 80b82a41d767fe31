// memoryview (CPython's Objects/memoryobject.c, 3.11): a view of a buffer with a struct format,
// an item size, a shape and strides (so stepped slices and cast() to other native formats or to
// N dimensions are views, not copies), read-only and released states, tolist/tobytes/hex,
// toreadonly, comparison by unpacked values, and hashing of read-only byte views.
// Buffers: bytes (read-only), bytearray and array.array (writable in place, through their
// barriers; an array's typecode is the format, 'u' shown as 'w'), another memoryview, and a
// Python class exporting __pystm_buffer__ (a read-only snapshot of its bytes).
// Exports: as CPython's managed buffer (mbuf), memoryview(bytearray or array) makes one hidden
// *managed* view that counts one export on the buffer (BA_EXPORTS) and holds the only finalizer
// registration; every view of that buffer derived from it (slices, cast, toreadonly,
// memoryview(view)) counts one live view on the managed view instead (no registration of its
// own, so slicing costs an allocation, not a registration and work in each collection). The
// export ends when the last view is released (release(), a with block) or when a collection
// finds the managed view dead (every view of it dead). While any counts, resizing the buffer is
// a BufferError (vm/objects/bytearray.ts checkResize), as CPython's.
// payload (L_ITER): [class, no __dict__ (0), source bytes/bytearray, byte offset, format str,
// item size, shape tuple, strides tuple, flags (1 read-only, 2 released, 4 managed), exporter
// (memoryview.obj), hash or 0, managed view or 0 (a managed view: its live views, tagged)].
import { mem, u8 } from '../../stmgc/heap';
import { L_BOXED, L_BYTEARRAY, L_BYTES, L_INSTANCE, L_ITER } from '../runtime/layouts';
import { BX_VALUE } from './boxed';
import { isSubtype } from './type_core';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { K, T, typeOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { indexError, notImplementedError, typeError, valueError } from '../runtime/errors';
import { bindArgs } from './builtin_function';
import { callSpecial, getattr, getattrOpt, index, indexNumber, isIntObject, richCompareBool, CMP_EQ, tname } from '../runtime/protocol';
import { intFromBigInt, intFromNumber, toBigInt } from './int_core';
import { tableHash } from './siphash';
import { intern, newStr, strCodeAt, strJs } from './str_core';
import { strObj } from './str';
import { BY_DATA, bufferHashFull, bytesLen, bytesView, newBytes, newBytesFromHeap } from './bytes_core';
import { newList, listItems, isList } from './list_core';
import { newTuple, tupleItem, tupleItems, tupleLen } from './tuple_core';
import { floatOf } from './float';
import { addExport, bytearrayItemAt, bytearrayItemForWrite, bytearrayLen, bytearrayStart, bytearrayView, bytearrayWritableView } from './bytearray';
import { arrayCode, arrayLen, isArray, itemSizeOf } from './array_core';
import { registerFinalizer } from './finalizer';
import { typeInfo } from './type_core';
import { isSlice, sliceIndices } from './slice';
import { hexOf } from './bytes_methods';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { readItem, writeSmallInt } from './memoryview_items';
import { newIter } from './iterators';

// (word 3 of an L_ITER object is its instance __dict__ slot, vm/runtime/protocol.ts instanceDict: 0)
const MV_SRC = 4;
const MV_OFF = 5;
const MV_FMT = 6;
const MV_ITEMSIZE = 7;
const MV_SHAPE = 8;
const MV_STRIDES = 9;
const MV_FLAGS = 10;
const MV_OBJ = 11;
const MV_HASH = 12; // the hash once computed (an int), kept after release as CPython's
const MV_MBUF = 13; // a view of a bytearray/array: its managed view; a managed view: live views
const PAYLOAD = 12;
const READONLY = 1;
const RELEASED = 2;
const MANAGED = 4;

/** Native struct formats a memoryview can hold (3.11's cast has no 'e'). */
const ITEM_SIZES: Record<string, number> = {
  c: 1, b: 1, B: 1, '?': 1, h: 2, H: 2, i: 4, I: 4, l: 8, L: 8, q: 8, Q: 8, n: 8, N: 8, f: 4, d: 8, P: 8,
};
const INT_RANGES: Record<string, [bigint, bigint]> = {
  b: [-128n, 127n], B: [0n, 255n], h: [-32768n, 32767n], H: [0n, 65535n],
  i: [-(2n ** 31n), 2n ** 31n - 1n], I: [0n, 2n ** 32n - 1n],
  l: [-(2n ** 63n), 2n ** 63n - 1n], L: [0n, 2n ** 64n - 1n], q: [-(2n ** 63n), 2n ** 63n - 1n],
  Q: [0n, 2n ** 64n - 1n], n: [-(2n ** 63n), 2n ** 63n - 1n], N: [0n, 2n ** 64n - 1n], P: [0n, 2n ** 64n - 1n],
};

const tagged = (n: number): number => (n << 1) | 1;
const untag = (w: number): number => w >> 1;

export function isMemoryview(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_ITER && mem[v + 2] === T.memoryview;
}

function newView(src: number, off: number, fmt: number, itemsize: number, shape: number, strides: number, flags: number, obj: number, mbuf: number): number {
  const r = alloc(L_ITER, PAYLOAD, SCAN_ALL);
  const m = mem;
  m[r + 2] = T.memoryview;
  m[r + 3] = 0;
  m[r + MV_SRC] = src;
  m[r + MV_OFF] = tagged(off);
  m[r + MV_FMT] = fmt;
  m[r + MV_ITEMSIZE] = tagged(itemsize);
  m[r + MV_SHAPE] = shape;
  m[r + MV_STRIDES] = strides;
  m[r + MV_FLAGS] = tagged(flags);
  m[r + MV_OBJ] = obj;
  m[r + MV_HASH] = 0;
  m[r + MV_MBUF] = 0;
  if ((m[src] & 0x7ff) === L_BYTEARRAY) {
    // an export of a resizable buffer: one more live view of its managed view (made here for a
    // view straight from the buffer: the export and the one finalizer registration)
    if (mbuf !== 0) readBarrier(mbuf);
    if (mbuf === 0 || (untag(m[mbuf + MV_FLAGS]) & RELEASED) !== 0) mbuf = newManaged(src, obj);
    writeBarrier(mbuf);
    m[mbuf + MV_MBUF] += 2;
    m[r + MV_MBUF] = mbuf;
  }
  return r;
}

/** A managed view of a bytearray or an array: one export, counted until its last view is
 *  released or a collection finds it dead (its finalizer registration: vm/objects/finalizer.ts). */
function newManaged(src: number, obj: number): number {
  const r = alloc(L_ITER, PAYLOAD, SCAN_ALL);
  const m = mem;
  m[r + 2] = T.memoryview;
  m[r + 3] = 0;
  m[r + MV_SRC] = src;
  m[r + MV_OFF] = tagged(0);
  m[r + MV_FMT] = intern('B');
  m[r + MV_ITEMSIZE] = tagged(1);
  m[r + MV_SHAPE] = K.emptyTuple;
  m[r + MV_STRIDES] = K.emptyTuple;
  m[r + MV_FLAGS] = tagged(MANAGED | READONLY);
  m[r + MV_OBJ] = obj;
  m[r + MV_HASH] = 0;
  m[r + MV_MBUF] = tagged(0);
  addExport(src, 1);
  registerFinalizer(r);
  return r;
}

/** A new view from the parts of view w (a JS view) with the given shape and strides. */
function viewFrom(v: number, w: View, off: number, fmt: string, itemsize: number, shape: number[], strides: number[], flags: number): number {
  const fmtStr = fmt === w.fmt ? mem[v + MV_FMT] : intern(fmt);
  return newView(w.src, off, fmtStr, itemsize, newTuple(shape.map(tagged)), newTuple(strides.map(tagged)), flags, mem[v + MV_OBJ], mem[v + MV_MBUF]);
}

/** The finalizer of a collected managed view (every view of it dead): its export ends. */
export function finalizeMemoryview(v: number): void { release(v); }

interface View { src: number; off: number; fmt: string; itemsize: number; shape: number[]; strides: number[]; flags: number }

function viewOf(v: number): View {
  readBarrier(v);
  const flags = untag(mem[v + MV_FLAGS]);
  if ((flags & RELEASED) !== 0) valueError('operation forbidden on released memoryview object');
  return {
    src: mem[v + MV_SRC], off: untag(mem[v + MV_OFF]), fmt: strJs(mem[v + MV_FMT]),
    itemsize: untag(mem[v + MV_ITEMSIZE]), shape: tupleItems(mem[v + MV_SHAPE]).map(untag),
    strides: tupleItems(mem[v + MV_STRIDES]).map(untag), flags,
  };
}

function srcBytes(src: number): Uint8Array {
  return (mem[src] & 0x7ff) === L_BYTEARRAY ? bytearrayView(src) : bytesView(src);
}

/** Where bytes at..at+n-1 of source src are in u8, read in place (one item: only its cards of
 *  a large bytearray are read-barriered); -1 past the bytearray's storage (torn state). */
function srcItemAt(src: number, at: number, n: number): number {
  return (mem[src] & 0x7ff) === L_BYTEARRAY ? bytearrayItemAt(src, at, n) : (src + BY_DATA) * 4 + at;
}

function cStrides(shape: number[], itemsize: number): number[] {
  const s = new Array<number>(shape.length);
  let acc = itemsize;
  for (let k = shape.length - 1; k >= 0; k--) { s[k] = acc; acc *= shape[k]; }
  return s;
}
function isC(w: View): boolean {
  const c = cStrides(w.shape, w.itemsize);
  return w.shape.every((n, k) => n <= 1 || w.strides[k] === c[k]);
}
function isF(w: View): boolean {
  let acc = w.itemsize;
  for (let k = 0; k < w.shape.length; k++) {
    if (w.shape[k] > 1 && w.strides[k] !== acc) return false;
    acc *= w.shape[k];
  }
  return true;
}
const nbytesOf = (w: View): number => w.shape.reduce((a, n) => a * n, w.itemsize);

/** Byte offsets (into the source) of every item in C order. */
function itemOffsets(w: View): number[] {
  const out: number[] = [];
  const walk = (dim: number, base: number): void => {
    if (dim === w.shape.length) { out.push(base); return; }
    for (let i = 0; i < w.shape[dim]; i++) walk(dim + 1, base + i * w.strides[dim]);
  };
  walk(0, w.off);
  return out;
}

/** mv.tobytes() of a live 1-D view whose items are adjacent (stride = itemsize), without its JS
 *  View or a JS copy; 0 otherwise (memoryviewData does the whole work). */
function tobytes1D(v: number): number {
  const m = mem;
  readBarrier(v);
  const shapeT = m[v + MV_SHAPE];
  if ((untag(m[v + MV_FLAGS]) & RELEASED) !== 0 || tupleLen(shapeT) !== 1) return 0;
  const itemsize = untag(m[v + MV_ITEMSIZE]);
  if (untag(tupleItem(m[v + MV_STRIDES], 0)) !== itemsize) return 0;
  const src = m[v + MV_SRC];
  const off = untag(m[v + MV_OFF]);
  const n = untag(tupleItem(shapeT, 0)) * itemsize;
  if ((m[src] & 0x7ff) !== L_BYTEARRAY) return newBytesFromHeap((src + BY_DATA) * 4 + off, n);
  const start = bytearrayStart(src);
  if (start < 0 || off + n > bytearrayLen(src)) return 0; // (torn state)
  return newBytesFromHeap(start + off, n);
}

/** The bytes a memoryview shows, in C order (a view of the source when contiguous, else a copy;
 *  valid within one builtin call). */
export function memoryviewData(v: number): Uint8Array {
  const w = viewOf(v);
  const b = srcBytes(w.src);
  if (isC(w)) return b.subarray(w.off, w.off + nbytesOf(w));
  const out = new Uint8Array(nbytesOf(w));
  let p = 0;
  for (const o of itemOffsets(w)) { out.set(b.subarray(o, o + w.itemsize), p); p += w.itemsize; }
  return out;
}

function unpackAt(b: Uint8Array, o: number, fmt: string): number {
  return readItem(b, o, fmt.charCodeAt(0));
}

/** Packs x as one item of format fmt at byte o of view v's source; the conversion may run Python
 *  code (__index__, __float__, __bool__) that releases v, so v is checked again before the write. */
function packAt(v: number, o: number, fmt: string, x: number): void {
  const live = (): Uint8Array => writableBytes(viewOf(v));
  live(); // (a read-only or released view fails before any conversion)
  const dv = (): DataView => { const bb = live(); return new DataView(bb.buffer, bb.byteOffset + o, ITEM_SIZES[fmt]); };
  const invalidType = (): never => typeError(`memoryview: invalid type for format '${fmt}'`);
  const invalidValue = (): never => valueError(`memoryview: invalid value for format '${fmt}'`);
  if (fmt === 'c') {
    if ((x & 1) === 1 || (mem[x] & 0x7ff) !== L_BYTES) invalidType();
    const s = bytesView(x);
    if (s.length !== 1) invalidValue();
    live()[o] = s[0];
    return;
  }
  if (fmt === '?') {
    const t = richCompareBool(x, K.True, CMP_EQ) || (callSpecial(x, intern('__bool__'), []) === K.True);
    live()[o] = t ? 1 : 0;
    return;
  }
  if (fmt === 'f' || fmt === 'd') {
    let f = floatOf(x);
    if (f === null) {
      // PyFloat_AsDouble: an int, __float__, or __index__ (which may release the view)
      if (isIntObject(x)) f = Number(toBigInt(x));
      else if ((x & 1) === 0 && typeInfo(typeOf(x)).lookup(intern('__float__')) !== 0) {
        f = floatOf(callSpecial(x, intern('__float__'), []));
        if (f === null) invalidType();
      } else if ((x & 1) === 0 && typeInfo(typeOf(x)).lookup(intern('__index__')) !== 0) f = Number(toBigInt(index(x)));
      else invalidType();
    }
    const fv = f ?? invalidType();
    // ('f' is C's (float) cast, as memoryobject.c's pack_single: too large is inf, not struct's
    // OverflowError)
    if (fmt === 'f') dv().setFloat32(0, fv, true);
    else dv().setFloat64(0, fv, true);
    return;
  }
  // PyNumber_Index: an int, or an object with __index__ (which may release the view)
  if (!isIntObject(x)) {
    if ((x & 1) === 1 || typeInfo(typeOf(x)).lookup(intern('__index__')) === 0) invalidType();
    x = index(x);
  }
  const n = toBigInt(x);
  const [lo, hi] = INT_RANGES[fmt];
  if (n < lo || n > hi) invalidValue();
  const d = dv();
  switch (fmt) {
    case 'b': d.setInt8(0, Number(n)); break;
    case 'B': d.setUint8(0, Number(n)); break;
    case 'h': d.setInt16(0, Number(n), true); break;
    case 'H': d.setUint16(0, Number(n), true); break;
    case 'i': d.setInt32(0, Number(n), true); break;
    case 'I': d.setUint32(0, Number(n), true); break;
    case 'l': case 'q': case 'n': d.setBigInt64(0, n, true); break;
    default: d.setBigUint64(0, n, true); break;
  }
}

/** The view of a buffer-providing object: [source, offset, format, itemsize, shape, strides, flags]. */
function exporterView(obj: number): View & { obj: number } {
  if (isMemoryview(obj)) return { ...viewOf(obj), obj: mem[obj + MV_OBJ] }; // (memoryview(view): newMemoryview)
  if ((obj & 1) === 0) {
    const l = mem[obj] & 0x7ff;
    if (l === L_BYTEARRAY && isArray(obj)) {
      // array.array: its items in place, writable, its typecode the format ('u' is 'w': 4-byte wchar_t)
      const tc = arrayCode(obj);
      const itemsize = itemSizeOf(tc);
      return { src: obj, off: 0, fmt: tc === 'u' ? 'w' : tc, itemsize, shape: [arrayLen(obj)], strides: [itemsize], flags: 0, obj };
    }
    if (l === L_BYTES || l === L_BYTEARRAY) {
      const n = srcBytes(obj).length;
      return { src: obj, off: 0, fmt: 'B', itemsize: 1, shape: [n], strides: [1], flags: l === L_BYTES ? READONLY : 0, obj };
    }
    if (l === L_INSTANCE && typeInfo(typeOf(obj)).lookup(intern('__pystm_buffer__')) !== 0) {
      const snap = callSpecial(obj, intern('__pystm_buffer__'), []);
      // (a memoryview: the object forwards the buffer it wraps, in place, as pickle.PickleBuffer)
      if (isMemoryview(snap)) return { ...viewOf(snap), obj: mem[snap + MV_OBJ] };
      if ((snap & 1) === 1 || (mem[snap] & 0x7ff) !== L_BYTES) typeError(`__pystm_buffer__ returned non-bytes (type ${tname(snap)})`);
      let fmt = 'B';
      let itemsize = 1;
      const tcv = getattrOpt(obj, intern('typecode'));
      const tc = tcv === 0 ? 0 : strObj(tcv);
      if (tc !== 0 && ITEM_SIZES[strJs(tc)] !== undefined) {
        fmt = strJs(tc);
        itemsize = ITEM_SIZES[fmt];
      }
      const n = bytesView(snap).length;
      return { src: snap, off: 0, fmt, itemsize, shape: [Math.floor(n / itemsize)], strides: [itemsize], flags: READONLY, obj };
    }
    // a bytes subclass instance: the bytes it holds
    if (l === L_BOXED && isSubtype(typeOf(obj), T.bytes)) {
      const raw = mem[obj + BX_VALUE];
      return { src: raw, off: 0, fmt: 'B', itemsize: 1, shape: [bytesView(raw).length], strides: [1], flags: READONLY, obj };
    }
  }
  return typeError(`memoryview: a bytes-like object is required, not '${tname(obj)}'`);
}

let fmtB = 0;

export function newMemoryview(obj: number): number {
  if ((obj & 1) === 0) {
    // bytes and bytearray (the common exporters): format 'B', no JS View
    const l = mem[obj] & 0x7ff;
    if (l === L_BYTES || (l === L_BYTEARRAY && !isArray(obj))) {
      const n = l === L_BYTES ? bytesLen(obj) : bytearrayLen(obj);
      if (fmtB === 0) fmtB = intern('B');
      return newView(obj, 0, fmtB, 1, newTuple([tagged(n)]), newTuple([tagged(1)]), l === L_BYTES ? READONLY : 0, obj, 0);
    }
  }
  if (isMemoryview(obj)) { const w = viewOf(obj); return viewFrom(obj, w, w.off, w.fmt, w.itemsize, w.shape, w.strides, w.flags); }
  const w = exporterView(obj);
  return newView(w.src, w.off, intern(w.fmt), w.itemsize, newTuple(w.shape.map(tagged)), newTuple(w.strides.map(tagged)), w.flags, w.obj, 0);
}

function itemIndex(w: View, dim: number, k: number): number {
  let i = indexNumber(k);
  if (i < 0) i += w.shape[dim];
  if (i < 0 || i >= w.shape[dim]) indexError(`index out of bounds on dimension ${dim + 1}`);
  return i;
}

function isIndexable(k: number): boolean {
  return isIntObject(k) || ((k & 1) === 0 && typeInfo(typeOf(k)).lookup(intern('__index__')) !== 0);
}

function tupleKey(k: number): number[] | null {
  return (k & 1) === 0 && typeOf(k) === T.tuple ? tupleItems(k) : null;
}

/** The item at byte `at` of live view v's source, read in place. */
function item1D(v: number, at: number): number {
  const m = mem;
  const p = srcItemAt(m[v + MV_SRC], at, untag(m[v + MV_ITEMSIZE]));
  if (p < 0) return unpackAt(srcBytes(m[v + MV_SRC]), at, strJs(m[v + MV_FMT])); // (torn state)
  return readItem(u8, p, strCodeAt(m[v + MV_FMT], 0));
}

/** Item `pos` of 1-D view v for its memory_iterator (vm/objects/memoryview_iter.ts), 0 past its
 *  end; a released view raises (memoryiter_next's CHECK_RELEASED, only before the end). */
export function memoryviewIterItem(v: number, pos: number): number {
  const m = mem;
  readBarrier(v);
  const shapeT = m[v + MV_SHAPE];
  if (tupleLen(shapeT) !== 1 || pos >= untag(tupleItem(shapeT, 0))) return 0;
  if ((untag(m[v + MV_FLAGS]) & RELEASED) !== 0) viewOf(v); // (raises)
  return item1D(v, untag(m[v + MV_OFF]) + pos * untag(tupleItem(m[v + MV_STRIDES], 0)));
}

/** mv[i] (a small int) and mv[a:b:c] of a live 1-D view, without building its JS View: the
 *  common cases; 0 when not one of them (getItem then does the whole work). */
function getItem1D(v: number, k: number): number {
  const m = mem;
  readBarrier(v);
  const shapeT = m[v + MV_SHAPE];
  const flags = untag(m[v + MV_FLAGS]);
  if ((flags & RELEASED) !== 0 || tupleLen(shapeT) !== 1) return 0;
  const n = untag(tupleItem(shapeT, 0));
  const stride = untag(tupleItem(m[v + MV_STRIDES], 0));
  const off = untag(m[v + MV_OFF]);
  if ((k & 1) === 1) {
    let i = k >> 1;
    if (i < 0) i += n;
    if (i < 0 || i >= n) indexError('index out of bounds on dimension 1');
    return item1D(v, off + i * stride);
  }
  if (!isSlice(k)) return 0;
  const mbuf = m[v + MV_MBUF];
  const [start, , step, len] = sliceIndices(k, n); // (its __index__ may release v: the new view
  // still shows the buffer, as CPython's, which adds it to the same managed buffer)
  return newView(m[v + MV_SRC], off + start * stride, m[v + MV_FMT], untag(m[v + MV_ITEMSIZE]),
    newTuple([tagged(len)]), step === 1 ? m[v + MV_STRIDES] : newTuple([tagged(stride * step)]), flags, m[v + MV_OBJ], mbuf);
}

function getItem(v: number, k: number): number {
  const fast = getItem1D(v, k);
  if (fast !== 0) return fast;
  const w = viewOf(v);
  if (w.shape.length === 0) {
    if (k === K.Ellipsis) return v;
    const t = tupleKey(k);
    if (t !== null && t.length === 0) return unpackAt(srcBytes(w.src), w.off, w.fmt);
    return typeError('invalid indexing of 0-dim memory');
  }
  if (isIndexable(k)) {
    if (w.shape.length > 1) notImplementedError('multi-dimensional sub-views are not implemented');
    const i = itemIndex(w, 0, k);
    return unpackAt(srcBytes(viewOf(v).src), w.off + i * w.strides[0], w.fmt); // (__index__ may have released v)
  }
  if (isSlice(k)) {
    const [start, , step, n] = sliceIndices(k, w.shape[0]);
    const shape = w.shape.slice();
    const strides = w.strides.slice();
    shape[0] = n;
    strides[0] = w.strides[0] * step;
    return viewFrom(v, w, w.off + start * w.strides[0], w.fmt, w.itemsize, shape, strides, w.flags);
  }
  const t = tupleKey(k);
  if (t !== null) {
    if (t.every(isIndexable)) {
      if (t.length !== w.shape.length) {
        typeError(t.length < w.shape.length ? 'sub-views are not implemented' : `cannot index ${w.shape.length}-dimension view with ${t.length}-element tuple`);
      }
      let o = w.off;
      t.forEach((x, d) => { o += itemIndex(w, d, x) * w.strides[d]; });
      return unpackAt(srcBytes(viewOf(v).src), o, w.fmt);
    }
    if (t.every(isSlice)) notImplementedError('multi-dimensional slicing is not implemented');
  }
  return typeError('memoryview: invalid slice key');
}

function writableBytes(w: View): Uint8Array {
  if ((w.flags & READONLY) !== 0) typeError('cannot modify read-only memory');
  return bytearrayWritableView(w.src); // the barrier: the writes below are in place
}

/** mv[i] = x of a live writable 1-D view for a small int i and a plain int x in the format's
 *  range, written in place; false when not that case (setItem then does the whole work). */
function setItem1D(v: number, i: number, x: number): boolean {
  const m = mem;
  readBarrier(v);
  if ((untag(m[v + MV_FLAGS]) & (RELEASED | READONLY)) !== 0) return false;
  const shapeT = m[v + MV_SHAPE];
  if (tupleLen(shapeT) !== 1) return false;
  const n = untag(tupleItem(shapeT, 0));
  if (i < 0) i += n;
  const src = m[v + MV_SRC];
  if (i < 0 || i >= n || (m[src] & 0x7ff) !== L_BYTEARRAY) return false;
  const p = bytearrayItemForWrite(src, untag(m[v + MV_OFF]) + i * untag(tupleItem(m[v + MV_STRIDES], 0)), untag(m[v + MV_ITEMSIZE]));
  return p >= 0 && writeSmallInt(u8, p, strCodeAt(m[v + MV_FMT], 0), x);
}

function setItem(v: number, k: number, x: number): void {
  if ((k & 1) === 1 && (x & 1) === 1 && setItem1D(v, k >> 1, x >> 1)) return;
  if (x === 0) typeError('cannot delete memory');
  const w = viewOf(v);
  if ((w.flags & READONLY) !== 0) typeError('cannot modify read-only memory');
  if (w.shape.length === 0) {
    const t = tupleKey(k);
    if (k === K.Ellipsis || (t !== null && t.length === 0)) { packAt(v, w.off, w.fmt, x); return; }
    typeError('invalid indexing of 0-dim memory');
  }
  if (isIndexable(k)) {
    if (w.shape.length > 1) notImplementedError('sub-views are not implemented');
    const o = w.off + itemIndex(w, 0, k) * w.strides[0];
    packAt(v, o, w.fmt, x);
    return;
  }
  const t = tupleKey(k);
  if (t !== null && t.every(isIndexable)) {
    if (t.length !== w.shape.length) typeError(`cannot index ${w.shape.length}-dimension view with ${t.length}-element tuple`);
    let o = w.off;
    t.forEach((y, d) => { o += itemIndex(w, d, y) * w.strides[d]; });
    packAt(v, o, w.fmt, x);
    return;
  }
  if ((t !== null && t.length > 0 && t.every(isSlice)) || (isSlice(k) && w.shape.length !== 1)) {
    notImplementedError('memoryview slice assignments are currently restricted to ndim = 1');
  }
  if (isSlice(k)) {
    const dest = getItem(v, k);
    viewOf(v); // (the slice's __index__ may have released v)
    const dw = viewOf(dest);
    const sw = exporterView(x);
    const same = sw.fmt === dw.fmt && sw.itemsize === dw.itemsize && sw.shape.length === 1 && sw.shape[0] === dw.shape[0];
    if (!same) { release(dest); valueError('memoryview assignment: lvalue and rvalue have different structures'); }
    const from = srcBytes(sw.src);
    const items = itemOffsets(sw).map((o) => from.slice(o, o + sw.itemsize)); // (copied first: the ranges may overlap)
    const to = writableBytes(w);
    itemOffsets(dw).forEach((o, i) => to.set(items[i], o));
    release(dest); // (an internal view: its export ends here)
    return;
  }
  typeError('memoryview: invalid slice key');
}

function toList(v: number): number {
  const w = viewOf(v);
  const b = srcBytes(w.src);
  if (w.shape.length === 0) return unpackAt(b, w.off, w.fmt);
  if (w.shape.length === 1) {
    const code = w.fmt.charCodeAt(0);
    const n = w.shape[0];
    const out = new Array<number>(n);
    for (let i = 0, o = w.off; i < n; i++, o += w.strides[0]) out[i] = readItem(b, o, code);
    return newList(out);
  }
  const build = (dim: number, base: number): number => {
    const out: number[] = [];
    for (let i = 0; i < w.shape[dim]; i++) {
      const o = base + i * w.strides[dim];
      out.push(dim === w.shape.length - 1 ? unpackAt(b, o, w.fmt) : build(dim + 1, o));
    }
    return newList(out);
  };
  return build(0, w.off);
}

function parseFormat(f: string): string | null {
  const s = f.startsWith('@') ? f.slice(1) : f;
  return s.length === 1 && ITEM_SIZES[s] !== undefined && s !== 'P' ? s : null;
}

function cast(a: number[], kw: number): number {
  const [self, fmtV, shapeV] = bindArgs('cast', a, kw, ['self', 'format', 'shape?']);
  const w = viewOf(self);
  const fs = strObj(fmtV);
  if (fs === 0) typeError(`memoryview: format argument must be a string`);
  if (!isC(w)) typeError('memoryview: casts are restricted to C-contiguous views');
  let shape: number[] | null = null;
  if (shapeV !== 0 && shapeV !== K.None) {
    if (isList(shapeV)) shape = listItems(shapeV).map(indexNumber);
    else if (typeOf(shapeV) === T.tuple) shape = tupleItems(shapeV).map(indexNumber);
    else typeError('shape must be a list or a tuple');
  }
  if (shape !== null && w.shape.length !== 1 && shape.length !== 1) typeError('memoryview: cast must be 1D -> ND or ND -> 1D');
  const fmt = parseFormat(strJs(fs));
  if (fmt === null) valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
  const byteFmt = (f: string): boolean => f === 'B' || f === 'b' || f === 'c';
  if (!byteFmt(w.fmt) && !byteFmt(fmt!)) typeError('memoryview: cannot cast between two non-byte formats');
  const itemsize = ITEM_SIZES[fmt!];
  const nbytes = nbytesOf(w);
  if (shape === null) {
    if (nbytes % itemsize !== 0) typeError('memoryview: length is not a multiple of itemsize');
    shape = [nbytes / itemsize];
  } else {
    if (shape.length > 64) valueError('memoryview: number of dimensions must not exceed 64');
    for (const n of shape) if (n <= 0) valueError('memoryview.cast(): elements of shape must be integers > 0');
    if (shape.reduce((p, n) => p * n, itemsize) !== nbytes) typeError('memoryview: product(shape) * itemsize != buffer size');
  }
  return viewFrom(self, w, w.off, fmt!, itemsize, shape, cStrides(shape, itemsize), w.flags);
}

/** memoryview == other: equal shapes and equal items as their formats unpack them. */
function equal(a: number, b: number): boolean {
  if (a === b) return true;
  readBarrier(a);
  if (isMemoryview(b)) readBarrier(b);
  const fa = untag(mem[a + MV_FLAGS]);
  if ((fa & RELEASED) !== 0 || (isMemoryview(b) && (untag(mem[b + MV_FLAGS]) & RELEASED) !== 0)) return false;
  const wa = viewOf(a);
  const wb = exporterView(b);
  if (wa.shape.length !== wb.shape.length || wa.shape.some((n, k) => n !== wb.shape[k])) return false;
  const ba = srcBytes(wa.src);
  const bb = srcBytes(wb.src);
  const oa = itemOffsets(wa);
  const ob = itemOffsets(wb);
  if (wa.fmt === wb.fmt) {
    for (let i = 0; i < oa.length; i++) {
      for (let j = 0; j < wa.itemsize; j++) if (ba[oa[i] + j] !== bb[ob[i] + j]) {
        if (wa.fmt === 'f' || wa.fmt === 'd') return oa.every((o, k) => richCompareBool(unpackAt(ba, o, wa.fmt), unpackAt(bb, ob[k], wb.fmt), CMP_EQ));
        return false;
      }
    }
    return true;
  }
  for (let i = 0; i < oa.length; i++) {
    if (!richCompareBool(unpackAt(ba, oa[i], wa.fmt), unpackAt(bb, ob[i], wb.fmt), CMP_EQ)) return false;
  }
  return true;
}

/** The bytes of a buffer-like object, without a view (and so without an export). */
function bufferBytes(x: number): Uint8Array {
  const w = exporterView(x);
  const b = srcBytes(w.src);
  if (isC(w)) return b.subarray(w.off, w.off + nbytesOf(w));
  const out = new Uint8Array(nbytesOf(w));
  let p = 0;
  for (const o of itemOffsets(w)) { out.set(b.subarray(o, o + w.itemsize), p); p += w.itemsize; }
  return out;
}

/** CPython's hash of a memoryview (its bytes' hash, siphash.ts), computed once and kept as an
 *  int (so a released view still hashes, as CPython's mv->hash). */
export function memoryviewHashFull(v: number): bigint {
  readBarrier(v);
  if (mem[v + MV_HASH] !== 0) return toBigInt(mem[v + MV_HASH]);
  const w = viewOf(v);
  if ((w.flags & READONLY) === 0) valueError('cannot hash writable memoryview object');
  if (w.fmt !== 'B' && w.fmt !== 'b' && w.fmt !== 'c') valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
  const h = bufferHashFull(memoryviewData(v));
  const boxed = intFromBigInt(h);
  writeBarrier(v);
  mem[v + MV_HASH] = boxed;
  return h;
}

/** release(): later uses raise ValueError (the hash, once computed, stays). */
function release(v: number): void {
  readBarrier(v);
  const flags = untag(mem[v + MV_FLAGS]);
  if ((flags & RELEASED) !== 0) return;
  writeBarrier(v);
  mem[v + MV_FLAGS] = tagged(flags | RELEASED);
  const src = mem[v + MV_SRC];
  if ((mem[src] & 0x7ff) !== L_BYTEARRAY) return;
  if ((flags & MANAGED) !== 0) { addExport(src, -1); return; } // (its finalizer: every view dead)
  const mbuf = mem[v + MV_MBUF];
  if (mbuf === 0) return;
  mem[v + MV_MBUF] = 0; // (a released view no longer keeps the managed view alive)
  readBarrier(mbuf);
  writeBarrier(mbuf);
  mem[mbuf + MV_MBUF] -= 2;
  if (untag(mem[mbuf + MV_MBUF]) <= 0) release(mbuf); // (its last live view: the export ends)
}

function isBufferLike(v: number): boolean {
  if ((v & 1) === 1) return false;
  const l = mem[v] & 0x7ff;
  return l === L_BYTES || l === L_BYTEARRAY || isMemoryview(v) || (l === L_INSTANCE && typeInfo(typeOf(v)).lookup(intern('__pystm_buffer__')) !== 0);
}

export const memoryviewType: TypeDef = {
  name: 'memoryview',
  noargs: ['__enter__', 'release', 'tolist', 'toreadonly'],
  layout: L_ITER,
  final: true,
  slots: {
    new: (_cls, args, kw) => {
      if (args.length === 1 && (!kw || tupleLen(kw) === 0)) return newMemoryview(args[0]);
      const [obj] = bindArgs('memoryview', args, kw ?? 0, ['object']);
      return newMemoryview(obj);
    },
    len: (v) => {
      readBarrier(v);
      if ((untag(mem[v + MV_FLAGS]) & RELEASED) !== 0) viewOf(v); // (raises)
      const shapeT = mem[v + MV_SHAPE];
      return tupleLen(shapeT) === 0 ? 1 : untag(tupleItem(shapeT, 0));
    },
    getitem: getItem,
    setitem: setItem,
    iter: (v) => {
      const w = viewOf(v);
      if (w.shape.length === 0) typeError('invalid indexing of 0-dim memory');
      if (w.shape.length > 1) notImplementedError('multi-dimensional sub-views are not implemented');
      return newIter(T.memory_iterator, v);
    },
    repr: (v) => {
      readBarrier(v);
      const released = (untag(mem[v + MV_FLAGS]) & RELEASED) !== 0;
      return newStr(`<${released ? 'released ' : ''}memory at 0x${(v * 4).toString(16)}>`);
    },
    hash: (v) => tableHash(Number(BigInt.asIntN(32, memoryviewHashFull(v)))),
    richcompare: (a, b, op) => {
      if (op !== 2 && op !== 3) return K.NotImplemented;
      if (!isBufferLike(b)) return K.NotImplemented;
      return equal(a, b) === (op === 2) ? K.True : K.False;
    },
  },
  methods: {
    tobytes: (a, kw) => {
      if (a.length === 1 && (kw === 0 || tupleLen(kw) === 0)) {
        const fast = tobytes1D(a[0]);
        if (fast !== 0) return fast;
      }
      const [self] = bindArgs('tobytes', a, kw, ['self', 'order?']);
      return newBytes(new Uint8Array(memoryviewData(self)));
    },
    tolist: (a) => toList(a[0]),
    hex: (a, kw) => {
      const [self, sepV, groupV] = bindArgs('hex', a, kw, ['self', 'sep?', 'bytes_per_sep?']);
      return newStr(hexOf(memoryviewData(self), sepV, groupV, (x) => (isBufferLike(x) ? bufferBytes(x) : null)));
    },
    toreadonly: (a) => {
      const w = viewOf(a[0]);
      return viewFrom(a[0], w, w.off, w.fmt, w.itemsize, w.shape, w.strides, w.flags | READONLY);
    },
    cast,
    release: (a) => { release(a[0]); return K.None; },
    __enter__: (a) => { viewOf(a[0]); return a[0]; },
    __exit__: (a) => { release(a[0]); return K.None; },
  },
  getters: {
    nbytes: (v) => intFromNumber(nbytesOf(viewOf(v))),
    readonly: (v) => ((viewOf(v).flags & READONLY) !== 0 ? K.True : K.False),
    format: (v) => (viewOf(v), mem[v + MV_FMT]),
    itemsize: (v) => (viewOf(v), mem[v + MV_ITEMSIZE]),
    ndim: (v) => intFromNumber(viewOf(v).shape.length),
    obj: (v) => (viewOf(v), mem[v + MV_OBJ]),
    shape: (v) => (viewOf(v), mem[v + MV_SHAPE]),
    strides: (v) => (viewOf(v), mem[v + MV_STRIDES]),
    suboffsets: (v) => (viewOf(v), newTuple([])),
    contiguous: (v) => { const w = viewOf(v); return isC(w) || isF(w) ? K.True : K.False; },
    c_contiguous: (v) => (isC(viewOf(v)) ? K.True : K.False),
    f_contiguous: (v) => (isF(viewOf(v)) ? K.True : K.False),
  },
};
