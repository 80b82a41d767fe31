// The in-memory streams' shared object (io.BytesIO, io.StringIO: io_bytesio.ts, io_stringio.ts):
// an L_ITER [class, __dict__, buffer, position, flags, spare] allocated like any young object
// (nothing is keyed by its address). `buffer` is a private bytearray (vm/objects/bytearray.ts)
// that holds the bytes (BytesIO) or the text as UCS-4 code point words (StringIO), so reads and
// writes get the bytearray's barriers, cards and amortized growth, and BytesIO.getbuffer() is a
// memoryview of it, counted as an export. `position` is an int object (a seek may go far past
// the end: sys.maxsize is a valid position), flags a tagged word of MF_* bits. Every read of the
// words follows readBarrier(obj), every write writeBarrier(obj): no state lives on the JS side,
// so an aborted transaction leaves nothing behind. Also: the argument converters and the
// IOBase methods both classes share (close, closed, __enter__/__exit__, iteration, flush...).
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ITER } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import { raise, typeError, valueError } from '../runtime/errors';
import { getattr, index, isIntObject, iterToArray, tname, truthy } from '../runtime/protocol';
import { isSubtype, typeInfo } from '../objects/type_core';
import { callObject } from '../interp/call';
import { intern } from '../objects/str_core';
import { newDict, dictCopyInto } from '../objects/dict_core';
import { dictUpdateFrom } from '../objects/dict';
import { intFromBigInt, intFromNumber, toBigInt } from '../objects/int_core';
import { newBytearray, BA_EXPORTS } from '../objects/bytearray';
import type { BuiltinImpl } from '../objects/builtin_function';

export const M_BUF = 4;
export const M_POS = 5;
export const M_FLAGS = 6;
export const M_SPARE = 7;
const M_WORDS = 6;

export const MF_CLOSED = 1;
export const MF_READY = 2; // StringIO: __init__ ran (CPython's "uninitialized object" otherwise)

/** A new stream object of class `cls` (empty buffer, position 0, open). */
export function newMemoryStream(cls: number, flags: number): number {
  const buf = newBytearray(new Uint8Array(0));
  const r = alloc(L_ITER, M_WORDS, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + 3] = 0;
  mem[r + M_BUF] = buf;
  mem[r + M_POS] = 1;
  mem[r + M_FLAGS] = (flags << 1) | 1;
  mem[r + M_SPARE] = 1;
  return r;
}

/** Whether v is a stream of class `base` (or a subclass); the caller raises. */
export function isStream(v: number, base: number): boolean {
  if ((v & 1) === 1 || (mem[v] & 0x7ff) !== L_ITER) return false;
  const c = typeOf(v);
  return c === base || isSubtype(c, base);
}

export function streamBuf(r: number): number {
  readBarrier(r);
  return mem[r + M_BUF];
}
export function streamFlags(r: number): number {
  readBarrier(r);
  return mem[r + M_FLAGS] >> 1;
}
export function setStreamFlags(r: number, f: number): void {
  writeBarrier(r);
  mem[r + M_FLAGS] = (f << 1) | 1;
}
/** The position as a JS number (past 2**53: clamped, no buffer is that long). */
export function streamPos(r: number): number {
  readBarrier(r);
  const w = mem[r + M_POS];
  if ((w & 1) === 1) return w >> 1;
  const b = toBigInt(w);
  return b > 9007199254740991n ? Number.MAX_SAFE_INTEGER : Number(b);
}
export function streamPosObj(r: number): number {
  readBarrier(r);
  return mem[r + M_POS];
}
export function setStreamPos(r: number, p: number | bigint): void {
  const v = typeof p === 'bigint' ? intFromBigInt(p) : intFromNumber(p);
  writeBarrier(r);
  mem[r + M_POS] = v;
}

export function setStreamPosObj(r: number, v: number): void {
  writeBarrier(r);
  mem[r + M_POS] = v;
}

/** ValueError on a closed stream (StringIO's own methods say it without the period). */
export function checkClosed(r: number, msg = 'I/O operation on closed file.'): void {
  if ((streamFlags(r) & MF_CLOSED) !== 0) valueError(msg);
}

/** BufferError while a getbuffer() view of the stream's buffer is alive. */
export function checkExports(r: number): void {
  const buf = streamBuf(r);
  readBarrier(buf);
  if (mem[buf + BA_EXPORTS] >> 1 > 0) raise(T.BufferError, 'Existing exports of data: object cannot be re-sized');
}

/** CPython's _Py_convert_optional_to_ssize_t: None -> dflt, else an index. */
export function optSize(a: number[], i: number, dflt: number): number {
  if (a.length <= i || a[i] === K.None) return dflt;
  const v = a[i];
  if (!isIntObject(v) && typeInfo(typeOf(v)).slots.index === null) typeError(`argument should be integer or None, not '${tname(v)}'`);
  return ssize(v);
}

/** CPython's Py_ssize_t converter: an index within +-2**63, as a JS number (clamped past 2**53). */
export function ssize(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  if (b > 9223372036854775807n || b < -9223372036854775808n) raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  if (b > 9007199254740991n) return Number.MAX_SAFE_INTEGER;
  if (b < -9007199254740991n) return -Number.MAX_SAFE_INTEGER;
  return Number(b);
}

/** CPython's int converter (whence). */
export function cInt(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  if (b > 2147483647n || b < -2147483648n) raise(T.OverflowError, b > 0n ? 'signed integer is greater than maximum' : 'signed integer is less than minimum');
  return Number(b);
}

function callMethod(obj: number, name: string, args: number[]): number {
  return callObject(getattr(obj, intern(name)), args, 0);
}

/** The methods of _IOBase/_BufferedIOBase/_TextIOBase both streams have as CPython's do;
 *  `check` raises for an object that is not this stream type (or not initialized). */
export function commonMethods(check: (v: number) => number, ownMsg?: string): Record<string, BuiltinImpl> {
  return {
    close: (a) => {
      const r = check(a[0]);
      checkExports(r);
      setStreamFlags(r, streamFlags(r) | MF_CLOSED);
      return K.None;
    },
    flush: (a) => { checkClosed(check(a[0])); return K.None; },
    isatty: (a) => { checkClosed(check(a[0])); return K.False; },
    readable: (a) => { checkClosed(check(a[0]), ownMsg); return K.True; },
    writable: (a) => { checkClosed(check(a[0]), ownMsg); return K.True; },
    seekable: (a) => { checkClosed(check(a[0]), ownMsg); return K.True; },
    fileno: () => raise(T.UnsupportedOperation, 'fileno'),
    detach: () => raise(T.UnsupportedOperation, 'detach'),
    __enter__: (a) => { checkClosed(check(a[0])); return a[0]; },
    __exit__: (a) => { callMethod(a[0], 'close', []); return K.None; },
    writelines: (a) => {
      checkClosed(check(a[0]));
      const w = getattr(a[0], intern('write'));
      for (const line of iterToArray(a[1])) callObject(w, [line], 0);
      return K.None;
    },
  };
}

/** IOBase.readlines(hint=-1) over `nextLine` (0 at the end). */
export function readLines(a: number[], nextLine: () => number, lineLen: (l: number) => number): number[] {
  const hint = optSize(a, 1, -1);
  const out: number[] = [];
  let total = 0;
  for (let l = nextLine(); l !== 0; l = nextLine()) {
    out.push(l);
    total += lineLen(l);
    if (hint > 0 && total >= hint) break;
  }
  return out;
}

export const _keep = [truthy];

/** __getstate__'s last item: a copy of the stream's __dict__, or None. */
export function instanceDictCopy(r: number): number {
  const d = getattr(r, intern('__dict__'));
  if (d === 0 || d === K.None) return K.None;
  const c = newDict();
  dictCopyInto(c, d);
  return c;
}

/** __setstate__'s last two items (BytesIO's second and third, StringIO's third and fourth): the
 *  position, an int >= 0, and None or a dict merged into __dict__. `posError`/`dictError` are
 *  the TypeError messages up to the offending type's name (CPython's differ by class). */
export function restorePosAndDict(r: number, pos: number, d: number, posError: string, dictError: string): void {
  if (!isIntObject(pos)) typeError(`${posError} ${tname(pos)}`);
  const p = ssize(pos);
  if (p < 0) valueError('position value cannot be negative');
  setStreamPos(r, p);
  if (d !== K.None) {
    if ((d & 1) === 1 || !isSubtype(typeOf(d), T.dict)) typeError(`${dictError} ${tname(d)}`);
    dictUpdateFrom(getattr(r, intern('__dict__')), d);
  }
}
