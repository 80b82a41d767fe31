// Files: the native `_io` module (open(), TextIOWrapper for text files and the standard
// streams, BufferedReader/BufferedWriter for binary files) and sys.stdin/stdout/stderr.
// A file object is an L_ITER object [class, __dict__, handle (tagged), 0, 0]; the handle indexes
// this worker's table of open descriptors (JS state: descriptors are per process anyway). Text
// reads decode UTF-8 (or the given encoding) with universal newlines; stdout goes through the
// VM's buffered writer (runtime/stdio.ts).
import * as fs from 'node:fs';
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc } from '../runtime/alloc';
import { L_BYTES, L_ITER, L_STR } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { PyException, newException, raise, typeError, valueError } from '../runtime/errors';
import { iterToArray, strOf, tname, indexNumber, truthy } from '../runtime/protocol';
import { intern, newStr, strJs } from '../objects/str_core';
import { newTuple } from '../objects/tuple_core';
import { newList } from '../objects/list_core';
import { intFromNumber } from '../objects/int_core';
import { bindArgs } from '../objects/builtin_function';
import { newBytes, bytesView } from '../objects/bytes_core';
import { decodeBytes } from '../objects/bytes_codec';
import { flushStdout, ioInevitable, writeStderr, writeStdout } from '../runtime/stdio';
import { strObj } from '../objects/str';
import { newModule, moduleSet } from '../objects/module';
import { defineBuiltin } from '../objects/builtin_function';
import { pin } from '../runtime/pinned';
import { allocOld } from '../runtime/alloc';

interface Handle {
  fd: number;
  name: number; // a str (old) or int object
  nameText: string;
  mode: string;
  binary: boolean;
  readable: boolean;
  writable: boolean;
  closed: boolean;
  encoding: string;
  errors: string;
  std: boolean;
  /** undecoded bytes read ahead */
  rbuf: Buffer;
  /** decoded text read ahead (text mode) */
  tbuf: string;
  eof: boolean;
  wbuf: Buffer[];
  position: number;
  closefd: boolean;
  /** open()'s newline: undefined/null = universal newlines on read, '\n' on write; '' = no
   *  translation; '\n' / '\r' / '\r\n' = no translation on read, '\n' written as it */
  newline?: string | null;
}

const handles: Handle[] = [];

function handleOf(f: number): Handle {
  ioInevitable(); // the handle (buffers, position) is JS state an abort would not restore
  const h = handles[mem[f + 4] >> 1];
  if (h === undefined) typeError('I/O operation on an invalid file');
  return h;
}

function checkOpen(h: Handle): void {
  if (h.closed) valueError('I/O operation on closed file.');
}

function newFileObject(cls: number, h: Handle, old = false): number {
  const r = old ? pin(allocOld(L_ITER, 5, SCAN_ALL)) : alloc(L_ITER, 5, SCAN_ALL);
  mem[r + 2] = cls;
  mem[r + 4] = (handles.length << 1) | 1;
  handles.push(h);
  return r;
}

export function osError(e: unknown, filename: number, filename2 = 0): never {
  const err = e as NodeJS.ErrnoException;
  const map: Record<string, [number, string, string]> = {
    ENOENT: [2, 'No such file or directory', 'FileNotFoundError'],
    EISDIR: [21, 'Is a directory', 'IsADirectoryError'],
    EACCES: [13, 'Permission denied', 'PermissionError'],
    EEXIST: [17, 'File exists', 'FileExistsError'],
    ENOTDIR: [20, 'Not a directory', 'NotADirectoryError'],
    EBADF: [9, 'Bad file descriptor', 'OSError'],
    ENOTEMPTY: [39, 'Directory not empty', 'OSError'],
    EPERM: [1, 'Operation not permitted', 'PermissionError'],
    EINVAL: [22, 'Invalid argument', 'OSError'],
    EXDEV: [18, 'Invalid cross-device link', 'OSError'],
    ELOOP: [40, 'Too many levels of symbolic links', 'OSError'],
    ENAMETOOLONG: [36, 'File name too long', 'OSError'],
  };
  const [errno, text, cls] = map[err.code ?? ''] ?? [5, err.message, 'OSError'];
  const exc = newException(T[cls], newTuple([intFromNumber(errno), newStr(text)]));
  setExc(exc, 'errno', intFromNumber(errno));
  setExc(exc, 'strerror', newStr(text));
  if (filename !== 0) setExc(exc, 'filename', filename);
  if (filename2 !== 0) setExc(exc, 'filename2', filename2);
  throw new PyException(exc);
}
import { setExcAttr } from '../objects/exceptions';
function setExc(e: number, n: string, v: number): void { setExcAttr(e, n, v); }

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True) */
export function openFile(args: number[], kwnames: number): number {
  ioInevitable();
  const [file, modeV, , encV, errV, nlV, closefdV] = bindArgs('open', args, kwnames, ['file', 'mode?', 'buffering?', 'encoding?', 'errors?', 'newline?', 'closefd?', 'opener?']);
  const mode = modeV === 0 ? 'r' : strJs(strObj(modeV) || typeError(`open() argument 'mode' must be str, not ${tname(modeV)}`));
  if (!/^(?:[rwxa]\+?[bt]?|[rwxa][bt]\+?|[bt][rwxa]\+?)$/.test(mode) || new Set(mode).size !== mode.length) valueError(`invalid mode: '${mode}'`);
  const binary = mode.includes('b');
  if (binary && encV !== 0 && encV !== K.None) valueError("binary mode doesn't take an encoding argument");
  let newline: string | null = null;
  if (nlV !== 0 && nlV !== K.None) {
    const nls = strObj(nlV);
    if (nls === 0) typeError(`open() argument 'newline' must be str or None, not ${tname(nlV)}`);
    newline = strJs(nls);
    if (newline !== '' && newline !== '\n' && newline !== '\r' && newline !== '\r\n') valueError(`illegal newline value: ${newline}`);
    if (binary) valueError("binary mode doesn't take a newline argument");
  }
  let fd: number;
  let nameText: string;
  let name = file;
  if (strObj(file) !== 0) {
    nameText = strJs(strObj(file));
    const plus = mode.includes('+');
    const flags = mode.includes('r') ? (plus ? 'r+' : 'r') : mode.includes('w') ? (plus ? 'w+' : 'w') : mode.includes('x') ? (plus ? 'wx+' : 'wx') : plus ? 'a+' : 'a';
    try {
      fd = fs.openSync(nameText, flags);
      if (fs.fstatSync(fd).isDirectory()) {
        fs.closeSync(fd);
        const e = new Error('EISDIR') as NodeJS.ErrnoException;
        e.code = 'EISDIR';
        throw e;
      }
    } catch (e) {
      return osError(e, file);
    }
  } else if ((file & 1) === 1) {
    fd = file >> 1;
    nameText = String(fd);
  } else {
    const p = getFspath(file);
    if (p === 0) typeError(`expected str, bytes or os.PathLike object, not ${tname(file)}`);
    return openFile([p, ...args.slice(1)], kwnames);
  }
  const h: Handle = {
    // the handle table is JS state: keep an old (interned) name, never a young reference
    fd, name: strObj(name) !== 0 ? intern(nameText) : name, nameText, mode, binary,
    readable: mode.includes('r') || mode.includes('+'),
    writable: !mode.includes('r') || mode.includes('+'),
    closed: false,
    encoding: encV === 0 || encV === K.None ? 'utf-8' : strJs(encV),
    errors: errV === 0 || errV === K.None ? 'strict' : strJs(errV),
    std: false, rbuf: Buffer.alloc(0), tbuf: '', eof: false, wbuf: [], position: 0,
    closefd: closefdV === 0 || truthy(closefdV),
    newline,
  };
  if (mode.includes('a')) {
    try {
      h.position = fs.fstatSync(fd).size;
    } catch {
      h.position = 0;
    }
  }
  const cls = binary ? (h.readable && !h.writable ? T.BufferedReader : h.writable && !h.readable ? T.BufferedWriter : T.BufferedRandom) : T.TextIOWrapper;
  return newFileObject(cls, h);
}

import { getattrOpt, names as N } from '../runtime/protocol';
import { callSpecial } from '../runtime/protocol';
function getFspath(v: number): number {
  return getattrOpt(v, N.fspath) !== 0 ? callSpecial(v, N.fspath, []) : 0;
}

function fillRaw(h: Handle, want: number): boolean {
  if (h.eof) return false;
  const chunk = Buffer.alloc(Math.max(want, 65536));
  let n: number;
  try {
    n = fs.readSync(h.fd, chunk, 0, chunk.length, h.std ? null : h.position);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EAGAIN') return fillRaw(h, want);
    if (err.code === 'EOF') n = 0;
    else return osError(e, 0) as never;
  }
  if (!h.std) h.position += n;
  if (n === 0) {
    h.eof = true;
    return false;
  }
  h.rbuf = h.rbuf.length === 0 ? chunk.subarray(0, n) : Buffer.concat([h.rbuf, chunk.subarray(0, n)]);
  return true;
}

/** Moves complete characters from rbuf into tbuf (text mode), with universal newlines. */
function decodeAvailable(h: Handle, final: boolean): void {
  let b = h.rbuf;
  let keep = 0;
  if (!final && /utf-?8/i.test(h.encoding)) {
    // do not split a multi-byte character
    let i = b.length - 1;
    let back = 0;
    while (i >= 0 && back < 4 && (b[i] & 0xc0) === 0x80) {
      i--;
      back++;
    }
    if (i >= 0 && b[i] >= 0xc0) {
      const need = b[i] >= 0xf0 ? 4 : b[i] >= 0xe0 ? 3 : 2;
      if (back + 1 < need) keep = back + 1;
    }
  }
  if (!final && b.length > 0 && b[b.length - 1 - keep] === 13) keep += 1; // a \r that may start \r\n
  const use = b.subarray(0, b.length - keep);
  h.rbuf = Buffer.from(b.subarray(b.length - keep));
  b = use;
  const text = decodeBytes(new Uint8Array(b), h.encoding, h.errors);
  h.tbuf += h.newline === null || h.newline === undefined ? text.replace(/\r\n?/g, '\n') : text;
}

function readText(h: Handle, n: number): string {
  if (n < 0) {
    while (fillRaw(h, 65536)) { /* read everything */ }
    decodeAvailable(h, true);
    const s = h.tbuf;
    h.tbuf = '';
    return s;
  }
  while ([...h.tbuf].length < n && fillRaw(h, n)) decodeAvailable(h, false);
  if (h.eof) decodeAvailable(h, true);
  const chars = [...h.tbuf];
  const out = chars.slice(0, n).join('');
  h.tbuf = chars.slice(n).join('');
  return out;
}

export function readLineText(h: Handle, limit = -1): string {
  for (;;) {
    const i = h.tbuf.indexOf('\n');
    if (i >= 0 && (limit < 0 || i < limit)) {
      const line = h.tbuf.slice(0, i + 1);
      h.tbuf = h.tbuf.slice(i + 1);
      return line;
    }
    if (limit >= 0 && h.tbuf.length >= limit) {
      const line = h.tbuf.slice(0, limit);
      h.tbuf = h.tbuf.slice(limit);
      return line;
    }
    if (!fillRaw(h, 4096)) {
      decodeAvailable(h, true);
      const i2 = h.tbuf.indexOf('\n');
      if (i2 >= 0) continue;
      const line = h.tbuf;
      h.tbuf = '';
      return line;
    }
    decodeAvailable(h, false);
  }
}

function readBytes(h: Handle, n: number): Buffer {
  if (n < 0) {
    while (fillRaw(h, 65536)) { /* everything */ }
    const b = h.rbuf;
    h.rbuf = Buffer.alloc(0);
    return b;
  }
  while (h.rbuf.length < n && fillRaw(h, n - h.rbuf.length)) { /* more */ }
  const b = h.rbuf.subarray(0, n);
  h.rbuf = Buffer.from(h.rbuf.subarray(n));
  return b;
}

function readLineBytes(h: Handle, limit: number): Buffer {
  for (;;) {
    const i = h.rbuf.indexOf(10);
    if (i >= 0 && (limit < 0 || i < limit)) {
      const line = h.rbuf.subarray(0, i + 1);
      h.rbuf = Buffer.from(h.rbuf.subarray(i + 1));
      return line;
    }
    if ((limit >= 0 && h.rbuf.length >= limit) || !fillRaw(h, 4096)) {
      const cut = limit >= 0 ? Math.min(limit, h.rbuf.length) : h.rbuf.length;
      const line = h.rbuf.subarray(0, cut);
      h.rbuf = Buffer.from(h.rbuf.subarray(cut));
      return line;
    }
  }
}

function flushHandle(h: Handle): void {
  if (h.wbuf.length === 0) return;
  const data = Buffer.concat(h.wbuf);
  h.wbuf = [];
  let off = 0;
  while (off < data.length) {
    try {
      const n = fs.writeSync(h.fd, data, off, data.length - off, h.std || h.mode.includes('a') ? null : h.position);
      off += n;
      if (!h.std) h.position += n;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      return osError(e, 0);
    }
  }
}

function writeText(h: Handle, s: string): void {
  if (h.std) {
    if (h.fd === 1) writeStdout(s);
    else writeStderr(s);
    return;
  }
  if (h.newline === '\r' || h.newline === '\r\n') s = s.replace(/\n/g, h.newline);
  h.wbuf.push(Buffer.from(s, /utf-?8/i.test(h.encoding) ? 'utf8' : 'latin1'));
  if (h.wbuf.length > 256) flushHandle(h);
}

function closeHandle(h: Handle): void {
  if (h.closed) return;
  flushHandle(h);
  h.closed = true;
  if (!h.std && h.closefd) {
    try {
      fs.closeSync(h.fd);
    } catch {
      // already closed
    }
  }
}

/** Flushes every open file (at exit). */
export function flushAllFiles(): void {
  for (const h of handles) if (!h.closed) flushHandle(h);
  flushStdout();
}

// ── sys.stdin/stdout/stderr ──
let stdinObj = 0;
let stdoutObj = 0;
let stderrObj = 0;
let sysModuleRef = 0;
export function setSysModuleForIo(m: number): void { sysModuleRef = m; }

/** The current sys.stdout object (it may have been replaced). */
export function sysStdout(): number {
  return sysAttr('stdout', stdoutObj);
}
export function sysStdin(): number { return sysAttr('stdin', stdinObj); }
export function sysStderr(): number { return sysAttr('stderr', stderrObj); }

import { dictGetStr } from '../objects/dict_core';
function sysAttr(name: string, dflt: number): number {
  if (sysModuleRef === 0) return dflt;
  const v = dictGetStr(mem[sysModuleRef + 3], intern(name));
  return v === 0 ? dflt : v;
}

/** Writes text straight to a standard stream object; false when `f` is some other object. */
export function stdioWrite(f: number, text: string): boolean {
  if (f !== stdoutObj && f !== stderrObj) return false;
  const h = handleOf(f);
  checkOpen(h);
  writeText(h, text);
  return true;
}

export function readLineFromStdin(f: number): string | null {
  if (f !== stdinObj) {
    const rl = getattrOpt(f, intern('readline'));
    if (rl === 0) return null;
    return strJs(callObjectIo(rl));
  }
  return readLineText(handleOf(f));
}
import { callObject } from '../interp/call';
function callObjectIo(f: number): number { return callObject(f, [], 0); }

export function makeStdStreams(): { stdin: number; stdout: number; stderr: number } {
  const std = (fd: number, name: string, mode: string): Handle => ({
    fd, name: intern(name), nameText: name, mode, binary: false, readable: fd === 0, writable: fd !== 0, closed: false,
    encoding: 'utf-8', errors: fd === 2 ? 'backslashreplace' : 'strict', std: true, rbuf: Buffer.alloc(0), tbuf: '', eof: false,
    wbuf: [], position: 0, closefd: false,
  });
  stdinObj = newFileObject(T.TextIOWrapper, std(0, '<stdin>', 'r'), true);
  stdoutObj = newFileObject(T.TextIOWrapper, std(1, '<stdout>', 'w'), true);
  stderrObj = newFileObject(T.TextIOWrapper, std(2, '<stderr>', 'w'), true);
  return { stdin: stdinObj, stdout: stdoutObj, stderr: stderrObj };
}

// ── the classes ──
const common: TypeDef['methods'] = {
  close: (a) => { closeHandle(handleOf(a[0])); return K.None; },
  flush: (a) => {
    const h = handleOf(a[0]);
    checkOpen(h);
    if (h.std) flushStdout();
    else flushHandle(h);
    return K.None;
  },
  fileno: (a) => intFromNumber(handleOf(a[0]).fd),
  isatty: (a) => {
    try {
      return fs.fstatSync(handleOf(a[0]).fd).isCharacterDevice() ? K.True : K.False;
    } catch {
      return K.False;
    }
  },
  readable: (a) => (handleOf(a[0]).readable ? K.True : K.False),
  writable: (a) => (handleOf(a[0]).writable ? K.True : K.False),
  seekable: (a) => (handleOf(a[0]).std ? K.False : K.True),
  seek: (a) => {
    const h = handleOf(a[0]);
    checkOpen(h);
    flushHandle(h);
    const off = indexNumber(a[1]);
    const whence = a.length > 2 ? indexNumber(a[2]) : 0;
    let size = 0;
    try {
      size = fs.fstatSync(h.fd).size;
    } catch {
      size = 0;
    }
    h.position = whence === 0 ? off : whence === 1 ? h.position - h.rbuf.length + off : size + off;
    h.rbuf = Buffer.alloc(0);
    h.tbuf = '';
    h.eof = false;
    return intFromNumber(h.position);
  },
  tell: (a) => {
    const h = handleOf(a[0]);
    flushHandle(h);
    return intFromNumber(h.position - h.rbuf.length - Buffer.byteLength(h.tbuf));
  },
  truncate: (a) => {
    const h = handleOf(a[0]);
    flushHandle(h);
    const size = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : h.position;
    fs.ftruncateSync(h.fd, size);
    return intFromNumber(size);
  },
  __enter__: (a) => {
    checkOpen(handleOf(a[0]));
    return a[0];
  },
  __exit__: (a) => { closeHandle(handleOf(a[0])); return K.None; },
  __iter__: (a) => { checkOpen(handleOf(a[0])); return a[0]; },
};

const commonGetters: TypeDef['getters'] = {
  closed: (f) => (handleOf(f).closed ? K.True : K.False),
  name: (f) => handleOf(f).name,
  mode: (f) => newStr(handleOf(f).mode),
};

function textWrite(a: number[]): number {
  const h = handleOf(a[0]);
  checkOpen(h);
  if (!h.writable) raise(T.UnsupportedOperation ?? T.OSError, 'not writable');
  const s = strObj(a[1]);
  if (s === 0) typeError(`write() argument must be str, not ${tname(a[1])}`);
  const text = strJs(s);
  writeText(h, text);
  return intFromNumber([...text].length);
}

export const textIOType: TypeDef = {
  name: 'TextIOWrapper',
  module: '_io',
  layout: L_ITER,
  slots: {
    iter: (f) => f,
    next: (f) => {
      const h = handleOf(f);
      checkOpen(h);
      const line = readLineText(h);
      return line === '' ? 0 : newStr(line);
    },
    repr: (f) => {
      const h = handleOf(f);
      return newStr(`<_io.TextIOWrapper name=${h.std ? `'${h.nameText}'` : layoutOf(h.name) === L_STR ? `'${h.nameText}'` : h.nameText} mode='${h.mode}' encoding='${h.encoding}'>`);
    },
  },
  methods: {
    ...common,
    write: textWrite,
    writelines: (a) => {
      for (const s of iterToArray(a[1])) textWrite([a[0], s]);
      return K.None;
    },
    read: (a) => {
      const h = handleOf(a[0]);
      checkOpen(h);
      if (!h.readable) raise(T.UnsupportedOperation ?? T.OSError, 'not readable');
      const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
      return newStr(readText(h, n));
    },
    readline: (a) => {
      const h = handleOf(a[0]);
      checkOpen(h);
      const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
      return newStr(readLineText(h, n));
    },
    readlines: (a) => {
      const h = handleOf(a[0]);
      checkOpen(h);
      const out: number[] = [];
      for (let line = readLineText(h); line !== ''; line = readLineText(h)) out.push(newStr(line));
      return newList(out);
    },
  },
  getters: {
    ...commonGetters,
    encoding: (f) => newStr(handleOf(f).encoding),
    errors: (f) => newStr(handleOf(f).errors),
    buffer: (f) => f,
    line_buffering: () => K.False,
  },
};

function binaryDef(name: string): TypeDef {
  return {
    name,
    module: '_io',
    layout: L_ITER,
    slots: {
      iter: (f) => f,
      next: (f) => {
        const h = handleOf(f);
        checkOpen(h);
        const line = readLineBytes(h, -1);
        return line.length === 0 ? 0 : newBytes(new Uint8Array(line));
      },
      repr: (f) => newStr(`<_io.${name} name='${handleOf(f).nameText}'>`),
    },
    methods: {
      ...common,
      write: (a) => {
        const h = handleOf(a[0]);
        checkOpen(h);
        if (!h.writable) raise(T.UnsupportedOperation ?? T.OSError, 'write');
        let data: Uint8Array;
        if (layoutOf(a[1]) === L_BYTES) data = bytesView(a[1]);
        else data = Uint8Array.from(iterToArray(a[1]).map((x) => indexNumber(x)));
        h.wbuf.push(Buffer.from(data));
        if (h.wbuf.length > 256) flushHandle(h);
        return intFromNumber(data.length);
      },
      read: (a) => {
        const h = handleOf(a[0]);
        checkOpen(h);
        const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
        return newBytes(new Uint8Array(readBytes(h, n)));
      },
      readline: (a) => {
        const h = handleOf(a[0]);
        checkOpen(h);
        return newBytes(new Uint8Array(readLineBytes(h, a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1)));
      },
      readlines: (a) => {
        const h = handleOf(a[0]);
        const out: number[] = [];
        for (let line = readLineBytes(h, -1); line.length > 0; line = readLineBytes(h, -1)) out.push(newBytes(new Uint8Array(line)));
        return newList(out);
      },
    },
    getters: commonGetters,
  };
}

export const bufferedReaderType = binaryDef('BufferedReader');
export const bufferedWriterType = binaryDef('BufferedWriter');
export const bufferedRandomType = binaryDef('BufferedRandom');

export function makeIoModule(): number {
  const m = newModule('_io');
  moduleSet(m, 'open', defineBuiltin('open', openFile));
  moduleSet(m, 'TextIOWrapper', T.TextIOWrapper);
  moduleSet(m, 'BufferedReader', T.BufferedReader);
  moduleSet(m, 'BufferedWriter', T.BufferedWriter);
  moduleSet(m, 'BufferedRandom', T.BufferedRandom);
  moduleSet(m, 'UnsupportedOperation', T.UnsupportedOperation);
  moduleSet(m, 'DEFAULT_BUFFER_SIZE', intFromNumber(8192));
  return m;
}

export const _keep = [typeOf, strOf];
