// _io.StringIO (CPython 3.11's Modules/_io/stringio.c): a text stream whose text is kept as UCS-4
// code point words in a private heap bytearray (io_memory_core.ts: the object's words, barriers),
// so a write costs its own length (amortized growth, in place past the end), read(n)/readline
// cost what they return, and tell() is a position in code points, as CPython's. The flags word
// holds, besides MF_CLOSED/MF_READY, the newline mode (io_stringio_text.ts NL_*) and the newline
// kinds seen by writes (the `newlines` attribute; only for newline None or ''). __new__ makes
// an uninitialized object ("I/O operation on uninitialized object" until __init__ runs).
// Pickling: __getstate__ = (value, newline, position, __dict__ copy or None).
import { mem } from '../../stmgc/heap';
import { K, T, layoutOf, typeOf } from '../runtime/types';
import { L_ITER, L_TUPLE } from '../runtime/layouts';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError, valueError } from '../runtime/errors';
import { getattr, repr, tname } from '../runtime/protocol';
import { intern, newStr, strJs, strLen } from '../objects/str_core';
import { strObj } from '../objects/str';
import { intFromNumber } from '../objects/int_core';
import { newList } from '../objects/list_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { bindArgs, methodArgRange } from '../objects/builtin_function';
import { bytearrayAppend, bytearrayLen, bytearrayReplace, bytearrayView } from '../objects/bytearray';
import { typeName } from '../objects/type_core';
import { callObject } from '../interp/call';
import {
  MF_CLOSED, MF_READY, checkClosed, cInt, commonMethods, isStream, newMemoryStream, optSize, readLines,
  instanceDictCopy, restorePosAndDict, setStreamFlags, setStreamPos, ssize, streamBuf, streamFlags, streamPos, streamPosObj,
} from './io_memory_core';
import {
  NL_ANY, NL_LF, NL_NONE, NL_TEXT, codePointsOf, lineEnd, seenNewlines, strOfCodePoints, translateForWrite,
} from './io_stringio_text';

const NL_SHIFT = 2; // flags bits 2-4: the newline mode
const SEEN_SHIFT = 5; // flags bits 5-7: SEEN_* of the writes

function self(v: number): number {
  if (!isStream(v, T.StringIO)) typeError(`descriptor requires a '_io.StringIO' object but received a '${tname(v)}'`);
  return v;
}

/** self, initialized (CPython's CHECK_INITIALIZED). */
function ready(v: number): number {
  const r = self(v);
  if ((streamFlags(r) & MF_READY) === 0) valueError('I/O operation on uninitialized object');
  return r;
}
/** self, initialized and open. */
function open(v: number): number {
  const r = ready(v);
  checkClosed(r, CLOSED);
  return r;
}
const CLOSED = 'I/O operation on closed file';
const nlMode = (r: number): number => (streamFlags(r) >> NL_SHIFT) & 7;

/** The text as code point words (a view of the heap: valid within this call). */
function text(r: number): Int32Array {
  const v = bytearrayView(streamBuf(r));
  return new Int32Array(v.buffer, v.byteOffset, v.length >> 2);
}
const bytesOfCps = (t: Int32Array): Uint8Array => new Uint8Array(t.buffer, t.byteOffset, t.length * 4);

/** Stores code points t at the position (zero-filling past the end); advances it. */
function writeCps(r: number, t: Int32Array): void {
  if (t.length === 0) return;
  const buf = streamBuf(r);
  const size = bytearrayLen(buf) >> 2;
  const pos = streamPos(r);
  if (pos + t.length > 0x0fffffff) raise(T.MemoryError, '');
  if (pos >= size) {
    if (pos > size) bytearrayAppend(buf, new Uint8Array((pos - size) * 4));
    bytearrayAppend(buf, bytesOfCps(t));
  } else bytearrayReplace(buf, pos * 4, Math.min(size, pos + t.length) * 4, bytesOfCps(t));
  setStreamPos(r, pos + t.length);
}

function writeStr(r: number, s: number): void {
  const nl = nlMode(r);
  let t = codePointsOf(s);
  if (nl === NL_NONE || nl === NL_ANY) {
    const seen = seenNewlines(t);
    const f = streamFlags(r);
    if ((((f >> SEEN_SHIFT) & 7) | seen) !== ((f >> SEEN_SHIFT) & 7)) setStreamFlags(r, f | (seen << SEEN_SHIFT));
  }
  t = translateForWrite(t, nl);
  writeCps(r, t);
}

function readLine(r: number, limit: number): number {
  const t = text(r);
  const pos = streamPos(r);
  if (pos >= t.length) return newStr('');
  const stop = limit < 0 || limit > t.length - pos ? t.length : pos + limit;
  const end = lineEnd(t, pos, stop, nlMode(r));
  setStreamPos(r, end);
  return strOfCodePoints(t, pos, end);
}

function init(r: number, value: number, newline: number): void {
  let nl = NL_LF;
  if (newline !== 0) {
    if (newline === K.None) nl = NL_NONE;
    else {
      const s = strObj(newline);
      if (s === 0) typeError(`newline must be str or None, not ${tname(newline)}`);
      nl = NL_TEXT.indexOf(strJs(s));
      if (nl < 0) valueError(`illegal newline value: ${strJs(repr(newline))}`);
    }
  }
  if (value !== 0 && value !== K.None && strObj(value) === 0) typeError(`initial_value must be str or None, not ${tname(value)}`);
  const buf = streamBuf(r);
  bytearrayReplace(buf, 0, bytearrayLen(buf), new Uint8Array(0));
  setStreamPos(r, 0);
  setStreamFlags(r, MF_READY | (nl << NL_SHIFT));
  if (value !== 0 && value !== K.None) {
    writeStr(r, strObj(value));
    setStreamPos(r, 0);
  }
}

const NEWLINES_BY_SEEN: (string | string[] | null)[] = [
  null, '\r', '\n', ['\r', '\n'], '\r\n', ['\r', '\r\n'], ['\n', '\r\n'], ['\r', '\n', '\r\n'],
];

function nextLine(r: number): number {
  if (typeOf(r) === T.StringIO) {
    open(r);
    const l = readLine(r, -1);
    return strLen(l) === 0 ? 0 : l;
  }
  const l = callObject(getattr(r, intern('readline')), [], 0);
  if (strObj(l) === 0) typeError(`readline() should have returned a str object, not '${tname(l)}'`);
  return strLen(strObj(l)) === 0 ? 0 : l;
}

export const stringIOType: TypeDef = {
  name: 'StringIO',
  module: '_io',
  layout: L_ITER,
  flags: 4, // TF_HAS_DICT
  doc: 'Text I/O implementation using an in-memory buffer.\n\nThe initial_value argument sets the value of object.  The newline\nargument is like the one of TextIOWrapper\'s constructor.',
  noargs: ['getvalue', 'tell', '__getstate__', 'close', 'flush', 'isatty', 'readable', 'writable', 'seekable', 'fileno', 'detach', '__enter__'],
  onearg: ['write', 'writelines', '__setstate__'],
  slots: {
    new: (cls) => newMemoryStream(cls, 0),
    init: (r, args, kw) => {
      const [value, newline] = bindArgs('StringIO', args, kw, ['initial_value?', 'newline?']);
      init(self(r), value, newline);
    },
    iter: (r) => { open(r); return r; },
    next: (r) => nextLine(self(r)),
  },
  methods: {
    ...commonMethods(ready, CLOSED),
    close: (a) => {
      const r = self(a[0]);
      setStreamFlags(r, streamFlags(r) | MF_CLOSED);
      const buf = streamBuf(r);
      bytearrayReplace(buf, 0, bytearrayLen(buf), new Uint8Array(0));
      return K.None;
    },
    getvalue: (a) => {
      const r = open(a[0]);
      const t = text(r);
      return strOfCodePoints(t, 0, t.length);
    },
    read: (a, kw) => {
      methodArgRange('read', a, 0, 1, kw);
      const r = open(a[0]);
      const n = optSize(a, 1, -1);
      const t = text(r);
      const pos = streamPos(r);
      const left = Math.max(0, t.length - pos);
      const size = n < 0 || n > left ? left : n;
      if (size === 0) return newStr('');
      setStreamPos(r, pos + size);
      return strOfCodePoints(t, pos, pos + size);
    },
    readline: (a, kw) => {
      methodArgRange('readline', a, 0, 1, kw);
      const r = open(a[0]);
      return readLine(r, optSize(a, 1, -1));
    },
    readlines: (a, kw) => {
      methodArgRange('readlines', a, 0, 1, kw);
      const r = open(a[0]);
      return newList(readLines(a, () => nextLine(r), (l) => strLen(strObj(l))));
    },
    write: (a) => {
      const r = ready(a[0]);
      const s = strObj(a[1]);
      if (s === 0) typeError(`string argument expected, got '${tname(a[1])}'`);
      checkClosed(r, CLOSED);
      const n = strLen(s);
      if (n > 0) writeStr(r, s);
      return intFromNumber(n);
    },
    tell: (a) => streamPosObj(open(a[0])),
    seek: (a, kw) => {
      methodArgRange('seek', a, 1, 2, kw);
      const pos = ssize(a[1]);
      const whence = a.length > 2 ? cInt(a[2]) : 0;
      const r = open(a[0]);
      if (whence !== 0 && whence !== 1 && whence !== 2) valueError(`Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0 && whence === 0) valueError(`Negative seek position ${pos}`);
      if (whence !== 0 && pos !== 0) raise(T.OSError, "Can't do nonzero cur-relative seeks");
      if (whence === 1) return streamPosObj(r);
      setStreamPos(r, whence === 2 ? text(r).length : pos);
      return streamPosObj(r);
    },
    truncate: (a, kw) => {
      methodArgRange('truncate', a, 0, 1, kw);
      const r = open(a[0]);
      const size = optSize(a, 1, streamPos(r));
      if (size < 0) valueError(`Negative size value ${size}`);
      const buf = streamBuf(r);
      const n = bytearrayLen(buf) >> 2;
      if (size < n) bytearrayReplace(buf, size * 4, n * 4, new Uint8Array(0));
      return intFromNumber(size);
    },
    __getstate__: (a) => {
      const r = open(a[0]);
      const t = text(r);
      const nl = NL_TEXT[nlMode(r)];
      return newTuple([strOfCodePoints(t, 0, t.length), nl === null ? K.None : newStr(nl), streamPosObj(r), instanceDictCopy(r)]);
    },
    __setstate__: (a) => {
      const r = self(a[0]);
      checkClosed(r, CLOSED);
      const state = a[1];
      if ((state & 1) === 1 || layoutOf(state) !== L_TUPLE || tupleLen(state) < 4) {
        typeError(`${mem[r + 2] === T.StringIO ? "_io.StringIO" : typeName(mem[r + 2])}.__setstate__ argument should be 4-tuple, got ${tname(state)}`);
      }
      const value = tupleItem(state, 0);
      init(r, value, tupleItem(state, 1));
      // the value as it is (already translated once when it was written)
      const buf = streamBuf(r);
      bytearrayReplace(buf, 0, bytearrayLen(buf), new Uint8Array(0));
      if (strObj(value) === 0) typeError(`initial_value must be str or None, not ${tname(value)}`);
      const f = streamFlags(r);
      writeCps(r, codePointsOf(strObj(value)));
      setStreamFlags(r, f);
      restorePosAndDict(r, tupleItem(state, 2), tupleItem(state, 3),
        'third item of state must be an integer, got', 'fourth item of state should be a dict, got a');
      return K.None;
    },
  },
  getters: {
    closed: (r) => ((streamFlags(ready(r)) & MF_CLOSED) !== 0 ? K.True : K.False),
    line_buffering: (r) => { open(r); return K.False; },
    newlines: (r) => {
      const o = open(r);
      const nl = nlMode(o);
      if (nl !== NL_NONE && nl !== NL_ANY) return K.None;
      const v = NEWLINES_BY_SEEN[(streamFlags(o) >> SEEN_SHIFT) & 7];
      return v === null ? K.None : typeof v === 'string' ? newStr(v) : newTuple(v.map((x) => newStr(x)));
    },
    encoding: () => K.None,
    errors: () => K.None,
  },
};

