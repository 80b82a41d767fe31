// _io.BytesIO (CPython 3.11's Modules/_io/bytesio.c): a binary stream over a private bytearray
// (io_memory_core.ts: the object's words and barriers). The buffer's length is the stream's
// size; a write past the end zero-fills the gap; getbuffer() is a memoryview of the buffer,
// counted as an export, and while one is alive every write, truncate, close and __setstate__
// is a BufferError, as CPython's. readline scans the buffer from the position (no copy of the
// rest), so reading the lines of a big stream is linear. Subclassable, with a __dict__
// (pickled by __getstate__/__setstate__ with the contents and position).
import { mem } from '../../stmgc/heap';
import { K, T, layoutOf } from '../runtime/types';
import { L_BYTES, L_ITER, L_TUPLE } from '../runtime/layouts';
import type { TypeDef } from '../runtime/typedef';
import { raise, typeError, valueError } from '../runtime/errors';
import { index, tname } from '../runtime/protocol';
import { intFromNumber } from '../objects/int_core';
import { newBytes, bytesView } from '../objects/bytes_core';
import { bytesOf } from '../objects/bytes';
import { newList } from '../objects/list_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { bindArgs, methodArgRange, type BuiltinImpl } from '../objects/builtin_function';
import { bytearrayAppend, bytearrayLen, bytearrayReplace, bytearrayView } from '../objects/bytearray';
import { newMemoryview } from '../objects/memoryview';
import { readIntoTarget } from './io_readinto';
import { typeName } from '../objects/type_core';
import {
  MF_CLOSED, MF_READY, checkClosed, checkExports, cInt, commonMethods, isStream, newMemoryStream, optSize,
  instanceDictCopy, readLines, restorePosAndDict, setStreamFlags, setStreamPos, setStreamPosObj, ssize, streamBuf, streamFlags, streamPos, streamPosObj,
} from './io_memory_core';

function self(v: number): number {
  if (!isStream(v, T.BytesIO)) typeError(`descriptor requires a '_io.BytesIO' object but received a '${tname(v)}'`);
  return v;
}

/** The bytes of a bytes-like object (a copy unless immutable bytes), or TypeError. */
function dataOf(v: number): Uint8Array {
  if ((v & 1) === 0 && layoutOf(v) === L_BYTES) return bytesView(v);
  const b = bytesOf(v);
  if (b === null) return typeError(`a bytes-like object is required, not '${tname(v)}'`);
  return b.slice();
}

/** Writes `data` at the position (zero-filling a gap past the end); returns its length. */
function writeBytes(r: number, data: Uint8Array): number {
  checkExports(r);
  const n = data.length;
  if (n === 0) return 0;
  const buf = streamBuf(r);
  const pos = streamPos(r);
  const size = bytearrayLen(buf);
  if (pos + n > 0x3fffffff) raise(T.MemoryError, '');
  if (pos >= size) {
    if (pos > size) bytearrayAppend(buf, new Uint8Array(pos - size));
    bytearrayAppend(buf, data);
  } else bytearrayReplace(buf, pos, Math.min(size, pos + n), data);
  setStreamPos(r, pos + n);
  return n;
}

/** Up to n bytes from the position (n < 0: all), advancing it. */
function readBytes(r: number, n: number): Uint8Array {
  const view = bytearrayView(streamBuf(r));
  const pos = streamPos(r);
  if (pos >= view.length) return view.subarray(0, 0);
  const end = n < 0 ? view.length : Math.min(view.length, pos + n);
  setStreamPos(r, end);
  return view.subarray(pos, end);
}

/** The next line (to b'\n' included, at most n bytes when n >= 0), advancing the position. */
function readLine(r: number, n: number): Uint8Array {
  const view = bytearrayView(streamBuf(r));
  const pos = streamPos(r);
  if (pos >= view.length) return view.subarray(0, 0);
  const limit = n < 0 ? view.length : Math.min(view.length, pos + n);
  const nl = view.indexOf(10, pos);
  const end = nl < 0 || nl >= limit ? limit : nl + 1;
  setStreamPos(r, end);
  return view.subarray(pos, end);
}

const bytesObj = (b: Uint8Array): number => newBytes(b.slice());

function init(r: number, initial: number): void {
  checkExports(r);
  const buf = streamBuf(r);
  bytearrayReplace(buf, 0, bytearrayLen(buf), new Uint8Array(0));
  setStreamPos(r, 0);
  setStreamFlags(r, MF_READY);
  if (initial !== 0 && initial !== K.None) {
    writeBytes(r, dataOf(initial));
    setStreamPos(r, 0);
  }
}

/** read(size=-1) / read1(size=-1): up to size bytes from the position (all when negative). */
function readMethod(name: string): BuiltinImpl {
  return (a, kw) => {
    methodArgRange(name, a, 0, 1, kw);
    const r = self(a[0]);
    checkClosed(r);
    return bytesObj(readBytes(r, optSize(a, 1, -1)));
  };
}

export const bytesIOType: TypeDef = {
  name: 'BytesIO',
  module: '_io',
  layout: L_ITER,
  flags: 4, // TF_HAS_DICT
  doc: 'Buffered I/O implementation using an in-memory bytes buffer.',
  noargs: ['getvalue', 'getbuffer', 'tell', '__getstate__', 'close', 'flush', 'isatty', 'readable', 'writable', 'seekable', 'fileno', 'detach', '__enter__', '__sizeof__'],
  onearg: ['write', 'writelines', 'readinto', '__setstate__'],
  slots: {
    new: (cls) => newMemoryStream(cls, MF_READY),
    init: (r, args, kw) => {
      const [initial] = bindArgs('BytesIO', args, kw, ['initial_bytes?']);
      init(self(r), initial);
    },
    iter: (r) => { checkClosed(self(r)); return r; },
    next: (r) => {
      checkClosed(self(r));
      const line = readLine(r, -1);
      return line.length === 0 ? 0 : bytesObj(line);
    },
  },
  methods: {
    ...commonMethods(self),
    getvalue: (a) => {
      const r = self(a[0]);
      checkClosed(r);
      return bytesObj(bytearrayView(streamBuf(r)));
    },
    getbuffer: (a) => {
      const r = self(a[0]);
      checkClosed(r);
      return newMemoryview(streamBuf(r));
    },
    read: readMethod('read'),
    read1: readMethod('read1'), // (the same as read: all the bytes are in memory)
    readline: (a, kw) => {
      methodArgRange('readline', a, 0, 1, kw);
      const r = self(a[0]);
      checkClosed(r);
      return bytesObj(readLine(r, optSize(a, 1, -1)));
    },
    readlines: (a, kw) => {
      methodArgRange('readlines', a, 0, 1, kw);
      const r = self(a[0]);
      checkClosed(r);
      return newList(readLines(a, () => {
        const l = readLine(r, -1);
        return l.length === 0 ? 0 : bytesObj(l);
      }, (l) => bytesView(l).length));
    },
    readinto: (a) => readInto(a, 'readinto'),
    readinto1: (a) => readInto(a, 'readinto1'),
    write: (a) => {
      const r = self(a[0]);
      checkClosed(r);
      return intFromNumber(writeBytes(r, dataOf(a[1])));
    },
    tell: (a) => {
      const r = self(a[0]);
      checkClosed(r);
      return streamPosObj(r);
    },
    seek: (a, kw) => {
      methodArgRange('seek', a, 1, 2, kw);
      const r = self(a[0]);
      let pos = ssize(a[1]);
      const whence = a.length > 2 ? cInt(a[2]) : 0;
      checkClosed(r);
      if (pos < 0 && whence === 0) valueError(`negative seek value ${pos}`);
      if (whence === 1) pos += streamPos(r);
      else if (whence === 2) pos += bytearrayLen(streamBuf(r));
      else if (whence !== 0) valueError(`invalid whence (${whence}, should be 0, 1 or 2)`);
      if (pos < 0) pos = 0;
      if (whence === 0 && pos === Number.MAX_SAFE_INTEGER) setStreamPosObj(r, index(a[1])); // (exact past 2**53)
      else setStreamPos(r, pos);
      return streamPosObj(r);
    },
    truncate: (a, kw) => {
      methodArgRange('truncate', a, 0, 1, kw);
      const r = self(a[0]);
      checkClosed(r);
      checkExports(r);
      const size = optSize(a, 1, streamPos(r));
      if (size < 0) valueError(`negative size value ${size}`);
      const buf = streamBuf(r);
      const n = bytearrayLen(buf);
      if (size < n) bytearrayReplace(buf, size, n, new Uint8Array(0));
      return intFromNumber(size);
    },
    __getstate__: (a) => {
      const r = self(a[0]);
      checkClosed(r);
      return newTuple([bytesObj(bytearrayView(streamBuf(r))), streamPosObj(r), instanceDictCopy(r)]);
    },
    __setstate__: (a) => {
      const r = self(a[0]);
      const state = a[1];
      checkClosed(r);
      checkExports(r);
      if ((state & 1) === 1 || layoutOf(state) !== L_TUPLE || tupleLen(state) < 3) {
        typeError(`${mem[r + 2] === T.BytesIO ? "_io.BytesIO" : typeName(mem[r + 2])}.__setstate__ argument should be 3-tuple, got ${tname(state)}`);
      }
      const buf = streamBuf(r);
      bytearrayReplace(buf, 0, bytearrayLen(buf), new Uint8Array(0));
      setStreamPos(r, 0);
      writeBytes(r, dataOf(tupleItem(state, 0)));
      restorePosAndDict(r, tupleItem(state, 1), tupleItem(state, 2),
        'second item of state must be an integer, not', 'third item of state should be a dict, got a');
      return K.None;
    },
    __sizeof__: (a) => intFromNumber(64 + bytearrayLen(streamBuf(self(a[0])))),
  },
  getters: {
    closed: (r) => ((streamFlags(self(r)) & MF_CLOSED) !== 0 ? K.True : K.False),
  },
};

function readInto(a: number[], name: string): number {
  if (a.length !== 2) typeError(`${name}() takes exactly one argument (${a.length - 1} given)`);
  const r = self(a[0]);
  checkClosed(r);
  return readIntoTarget(a[1], name, (n) => readBytes(r, n));
}

