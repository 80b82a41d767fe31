// Files: the native `_io` module (open(), TextIOWrapper for text files and the standard
// streams, BufferedReader/BufferedWriter for binary files) and sys.stdin/stdout/stderr.
// A file object is an old L_ITER object whose words hold the whole handle state (descriptor,
// flags, name, mode, encoding, position, read-ahead buffers as heap bytes/str objects with an
// offset), so a file opened on one worker works on every other one (descriptors are process-
// wide). Writes are buffered per JS thread by file address (`pending`) and written out at the
// end of the inevitable transaction that made them (runtime/stdio.ts flushOutput), before a
// read/seek/close of that file, and at exit. Every operation that does I/O or changes the
// state is inevitable and write-barriers the object; pure getters only read-barrier it.
import { argTypeName } from '../runtime/protocol';
import * as fs from 'node:fs';
import { readIntoTarget } from './io_readinto';
import { guard } from './io_guards';
import { mem, u8 } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc, anyGcEpoch, gcEpoch } from '../runtime/alloc';
import { L_BYTES, L_ITER, L_RAW, L_STR } from '../runtime/layouts';
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
import { decodeBytes, normalizeEncodingName } from '../objects/bytes_codec';
import { UTF8_NAMES, prefixBytes } from './io_text_positions'; // (plain UTF-8 is written by Buffer's encoder)
import { bytesOf } from '../objects/bytes';
import { flushStdout, ioInevitable, setFileFlusher, writeStderr, writeStderrBytes, writeStdout, writeStdoutBytes } from '../runtime/stdio';
import { strObj } from '../objects/str';
import { newModule, moduleSet } from '../objects/module';
import { defineBuiltin } from '../objects/builtin_function';
import { pin } from '../runtime/pinned';
import { allocOld } from '../runtime/alloc';

// ── the file object's words (payload of an old L_ITER; every word tagged or a reference) ──
const F_CLASS = 2;
const F_FD = 4;
const F_FLAGS = 5; // tagged FL_* bits; an untagged 0 = not a file made by open() (invalid)
const F_NAME = 6; // the name given to open(): a str, or the int descriptor
const F_MODE = 7; // str
const F_ENC = 8; // str
const F_ERR = 9; // str
const F_POS_LO = 10; // the descriptor position this handle reads/writes next (past the
const F_POS_HI = 11; //   read-ahead), tagged in two 30-bit halves
const F_RBUF = 12; // undecoded bytes read ahead (a raw object, see rawNew; or 0) ...
const F_ROFF = 13; //   ... and how much of it was consumed (tagged)
const F_TBUF = 14; // decoded text read ahead (raw UTF-16 code units, or 0; text mode) ...
const F_TOFF = 15; //   ... and the JS code units of it consumed (tagged)
const F_TRAW = 16; // the raw bytes F_TBUF's whole text was decoded from (tell(): the bytes of
//   the text consumed, io_text_positions.ts), or 0
const FILE_WORDS = 15;

const FL_BINARY = 1;
const FL_READABLE = 2;
const FL_WRITABLE = 4;
const FL_CLOSED = 8;
const FL_STD = 16; // sys.stdin/stdout/stderr: writes go through runtime/stdio.ts
const FL_CLOSEFD = 32;
const FL_EOF = 64;
const FL_STREAM = 128; // not a regular file: no positional reads/writes
const FL_APPEND = 256;
const FL_UTF8 = 512; // the encoding is UTF-8 (tested once, at open)
const NL_SHIFT = 10; // newline: 0 None (universal), 1 '', 2 '\n', 3 '\r', 4 '\r\n'
const FL_ITERATING = 8192; // a text file iterated with next(): tell() raises until the end or a seek (CPython)
const NEWLINES = [null, '', '\n', '\r', '\r\n'];
const POS_HALF = 2 ** 30;

/** A JS view of one file object's words (made per operation; holds nothing of its own). */
class Handle {
  constructor(readonly f: number) {}
  get flags(): number { return mem[this.f + F_FLAGS] >> 1; }
  private flag(b: number): boolean { return (this.flags & b) !== 0; }
  private setFlag(b: number, on: boolean): void {
    mem[this.f + F_FLAGS] = (((on ? this.flags | b : this.flags & ~b)) << 1) | 1;
  }
  get fd(): number { return mem[this.f + F_FD] >> 1; }
  get binary(): boolean { return this.flag(FL_BINARY); }
  get readable(): boolean { return this.flag(FL_READABLE); }
  get writable(): boolean { return this.flag(FL_WRITABLE); }
  get std(): boolean { return this.flag(FL_STD); }
  get stream(): boolean { return this.flag(FL_STREAM | FL_STD); }
  get append(): boolean { return this.flag(FL_APPEND); }
  get utf8(): boolean { return this.flag(FL_UTF8); }
  get closefd(): boolean { return this.flag(FL_CLOSEFD); }
  get closed(): boolean { return this.flag(FL_CLOSED); }
  set closed(v: boolean) { this.setFlag(FL_CLOSED, v); }
  get eof(): boolean { return this.flag(FL_EOF); }
  get iterating(): boolean { return this.flag(FL_ITERATING); }
  set iterating(v: boolean) { if (this.iterating !== v) this.setFlag(FL_ITERATING, v); }
  set eof(v: boolean) { this.setFlag(FL_EOF, v); }
  get newline(): string | null { return NEWLINES[(this.flags >> NL_SHIFT) & 7]; }
  get name(): number { return mem[this.f + F_NAME]; }
  get nameText(): string {
    const n = mem[this.f + F_NAME];
    return (n & 1) === 1 ? String(n >> 1) : layoutOf(n) === L_STR ? strJs(n) : strOf(n);
  }
  get mode(): string { return strJs(mem[this.f + F_MODE]); }
  get encoding(): string { return strJs(mem[this.f + F_ENC]); }
  get errors(): string { return strJs(mem[this.f + F_ERR]); }
  get position(): number { return (mem[this.f + F_POS_HI] >> 1) * POS_HALF + (mem[this.f + F_POS_LO] >> 1); }
  set position(p: number) {
    mem[this.f + F_POS_LO] = ((p % POS_HALF) << 1) | 1;
    mem[this.f + F_POS_HI] = (Math.floor(p / POS_HALF) << 1) | 1;
  }
}

/** Whether `f` is a file object made by newFileObject (the class word never changes: these
 *  classes have no __class__ assignment; a valid file's flags word is always tagged). */
function isFile(f: number): boolean {
  if (layoutOf(f) !== L_ITER) return false;
  const c = mem[f + F_CLASS];
  return (c === T.TextIOWrapper || c === T.BufferedReader || c === T.BufferedWriter || c === T.BufferedRandom) && (mem[f + F_FLAGS] & 1) === 1;
}

/** The handle of file `f` for an operation that does I/O or changes it (inevitable). */
function handleOf(f: number): Handle {
  ioInevitable(); // descriptor I/O cannot be undone
  if (!isFile(f)) typeError('I/O operation on an invalid file');
  writeBarrier(f);
  return new Handle(f);
}

/** The handle of file `f` only to read its state (name, mode, closed...). */
function handleRead(f: number): Handle {
  if (!isFile(f)) typeError('I/O operation on an invalid file');
  readBarrier(f);
  return new Handle(f);
}

function checkOpen(h: Handle): void {
  if (h.closed) valueError('I/O operation on closed file.');
}

interface NewHandle {
  fd: number; name: number; mode: string; flags: number; encoding: string; errors: string; newline: string | null; position: number;
}

function newFileObject(cls: number, n: NewHandle, pinned = false): number {
  // old: the per-thread write buffers are keyed by address
  const r = allocOld(L_ITER, FILE_WORDS, SCAN_ALL);
  mem[r + F_CLASS] = cls;
  mem[r + F_FD] = (n.fd << 1) | 1;
  const utf8 = UTF8_NAMES.has(normalizeEncodingName(n.encoding)) ? FL_UTF8 : 0;
  mem[r + F_FLAGS] = ((n.flags | utf8 | (NEWLINES.indexOf(n.newline) << NL_SHIFT)) << 1) | 1;
  mem[r + F_NAME] = n.name;
  mem[r + F_MODE] = intern(n.mode);
  mem[r + F_ENC] = intern(n.encoding);
  mem[r + F_ERR] = intern(n.errors);
  new Handle(r).position = n.position;
  mem[r + F_ROFF] = 1;
  mem[r + F_TOFF] = 1;
  return pinned ? pin(r) : r;
}

// ── this JS thread's buffered writes, by file address ──
interface Pending { fd: number; pos: number | null; chunks: Buffer[]; bytes: number }
let pending = new Map<number, Pending>();
let pendingEpoch = -1;
const PENDING_LIMIT = 64 * 1024;

function pendingMap(): Map<number, Pending> {
  if (pendingEpoch !== gcEpoch()) {
    // a file object may have died and its address been reused: write everything out first
    if (pending.size > 0) flushAllPending();
    pendingEpoch = gcEpoch();
  }
  return pending;
}

/** Writes a pending record out (EAGAIN retried here: what was written is not written again). */
function writePending(p: Pending): void {
  const data = p.chunks.length === 1 ? p.chunks[0] : Buffer.concat(p.chunks);
  p.chunks = [];
  p.bytes = 0;
  let off = 0;
  while (off < data.length) {
    try {
      off += fs.writeSync(p.fd, data, off, data.length - off, p.pos === null ? null : p.pos + off);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EAGAIN') throw e;
    }
  }
  if (p.pos !== null) p.pos += data.length;
}

/** Writes out this thread's buffered writes to file `f`. */
function flushHandle(h: Handle): void {
  const m = pendingMap();
  const p = m.get(h.f);
  if (p === undefined) return;
  m.delete(h.f);
  try {
    writePending(p);
  } catch (e) {
    osError(e, 0);
  }
}

/** Every buffered file write of this thread (end of an inevitable transaction, exit). An error
 *  is dropped: at a transaction's end there is no one to raise it to. */
function flushAllPending(): void {
  const all = [...pending.values()];
  pending = new Map();
  for (const p of all) {
    try {
      writePending(p);
    } catch {
      // (ENOSPC, EBADF after a close elsewhere...)
    }
  }
}
setFileFlusher(() => {
  if (pending.size > 0) flushAllPending();
});

/** Buffers `data` at the handle's position (which moves past it now). */
function writeData(h: Handle, data: Buffer): void {
  const m = pendingMap();
  const pos = h.stream || h.append ? null : h.position;
  let p = m.get(h.f);
  if (p !== undefined && (p.fd !== h.fd || (pos !== null && p.pos !== null && p.pos + p.bytes !== pos))) {
    flushHandle(h);
    p = undefined;
  }
  if (p === undefined) {
    p = { fd: h.fd, pos, chunks: [], bytes: 0 };
    m.set(h.f, p);
  }
  p.chunks.push(data);
  p.bytes += data.length;
  if (!h.std) h.position = h.position + data.length;
  if (p.bytes >= PENDING_LIMIT) flushHandle(h);
}

// ── the read-ahead buffers (heap objects + offsets) ──
// Raw byte buffers: an L_RAW object [byte length, bytes...] (no hash to compute, nothing traced).
function rawNew(data: Uint8Array): number {
  const r = alloc(L_RAW, 1 + ((data.length + 3) >> 2), 0);
  mem[r + 2] = data.length;
  u8.set(data, (r + 3) * 4);
  return r;
}
function rawView(r: number): Uint8Array {
  const start = (r + 3) * 4;
  return u8.subarray(start, start + mem[r + 2]);
}

function rbufRest(h: Handle): Uint8Array {
  const b = mem[h.f + F_RBUF];
  return b === 0 ? new Uint8Array(0) : rawView(b).subarray(mem[h.f + F_ROFF] >> 1);
}
function rbufConsume(h: Handle, n: number): void {
  const b = mem[h.f + F_RBUF];
  const off = (mem[h.f + F_ROFF] >> 1) + n;
  if (b === 0 || off >= mem[b + 2]) rbufSet(h, new Uint8Array(0));
  else mem[h.f + F_ROFF] = (off << 1) | 1;
}
function rbufSet(h: Handle, data: Uint8Array): void {
  mem[h.f + F_RBUF] = data.length === 0 ? 0 : rawNew(data);
  mem[h.f + F_ROFF] = 1;
}

// JS strings of the text buffers this thread read (a buffer is never changed once made: its
// address names it until the next collection or abort, anyGcEpoch)
let textCache = new Map<number, string>();
let textEpoch = -1;
let lastText = 0; // the last one looked up (reading line by line asks for the same one)
let lastTextJs = '';
function tbufJs(h: Handle): string {
  const t = mem[h.f + F_TBUF];
  if (t === 0) return '';
  const e = anyGcEpoch();
  if (t === lastText && e === textEpoch) return lastTextJs;
  if (textEpoch !== e || textCache.size > 16) {
    textCache = new Map();
    textEpoch = e;
  }
  let s = textCache.get(t);
  if (s === undefined) {
    const v = rawView(t); // UTF-16 code units
    s = Buffer.from(v.buffer, v.byteOffset, v.length).toString('utf16le');
    textCache.set(t, s);
  }
  lastText = t;
  lastTextJs = s;
  return s;
}
function tbufOff(h: Handle): number { return mem[h.f + F_TOFF] >> 1; }
function tbufRest(h: Handle): string {
  const s = tbufJs(h);
  const off = tbufOff(h);
  return off === 0 ? s : s.slice(off);
}
function tbufConsume(h: Handle, n: number, len = tbufJs(h).length): void {
  const off = tbufOff(h) + n;
  if (off >= len) tbufSet(h, '');
  else mem[h.f + F_TOFF] = (off << 1) | 1;
}
function tbufSet(h: Handle, s: string, raw: Uint8Array | null = null): void {
  mem[h.f + F_TBUF] = s === '' ? 0 : rawNew(Buffer.from(s, 'utf16le'));
  mem[h.f + F_TOFF] = 1;
  mem[h.f + F_TRAW] = s === '' || raw === null ? 0 : rawNew(raw);
  if (s.length > 1 && textEpoch === anyGcEpoch()) textCache.set(mem[h.f + F_TBUF], s);
}

export function osError(e: unknown, filename: number, filename2 = 0): never {
  const err = e as NodeJS.ErrnoException;
  const known = err.code !== undefined ? errnoOfName(err.code) : undefined;
  const errno = known ?? (typeof err.errno === 'number' && err.errno !== 0 ? Math.abs(err.errno) : 5);
  const text = known !== undefined || typeof err.errno === 'number' ? strerror(errno) : err.message;
  const cls = OS_ERROR_CLASS[errno] ?? 'OSError';
  const exc = newException(T[cls], newTuple([intFromNumber(errno), newStr(text)]));
  setExc(exc, 'errno', intFromNumber(errno));
  setExc(exc, 'strerror', newStr(text));
  if (filename !== 0) setExc(exc, 'filename', filename);
  if (filename2 !== 0) setExc(exc, 'filename2', filename2);
  throw new PyException(exc);
}
import { setExcAttr } from '../objects/exceptions';
import { OS_ERROR_CLASS, errnoOfName, strerror } from '../runtime/errno';
function setExc(e: number, n: string, v: number): void { setExcAttr(e, n, v); }

/** open()'s mode checks in CPython's order and words: characters of 'xrwa+tb' once each in any
 *  order, not both t and b, exactly one of x/r/w/a (none at all is FileIO's message). */
function checkOpenMode(mode: string): void {
  for (let i = 0; i < mode.length; i++) {
    if (!'xrwa+tb'.includes(mode[i]) || mode.indexOf(mode[i], i + 1) >= 0) valueError(`invalid mode: '${mode}'`);
  }
  if (mode.includes('t') && mode.includes('b')) valueError("can't have text and binary mode at once");
  const kinds = [...'xrwa'].filter((c) => mode.includes(c)).length;
  if (kinds > 1) valueError('must have exactly one of create/read/write/append mode');
  if (kinds === 0) valueError('Must have exactly one of create/read/write/append mode and at most one plus');
}

/** The open(2) flags of an open() mode, as CPython's FileIO gives them (and its opener sees). */
function openFlags(mode: string): number {
  const c = fs.constants;
  const access = mode.includes('+') ? c.O_RDWR : mode.includes('r') ? c.O_RDONLY : c.O_WRONLY;
  const how = mode.includes('w') ? c.O_CREAT | c.O_TRUNC : mode.includes('x') ? c.O_CREAT | c.O_EXCL : mode.includes('a') ? c.O_CREAT | c.O_APPEND : 0;
  return access | how | O_CLOEXEC;
}

/** open(file, mode, opener=f): the descriptor f(file, flags) returns (CPython's checks). */
function openWithOpener(opener: number, file: number, mode: string): number {
  const r = callObject(opener, [file, intFromNumber(openFlags(mode))], 0);
  if ((r & 1) === 0 && !isIntObject(r)) typeError('expected integer from opener');
  const fd = indexNumber(r);
  if (fd < 0) valueError(`opener returned ${fd}`);
  return fd;
}

/** open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None, closefd=True) */
export function openFile(args: number[], kwnames: number): number {
  ioInevitable();
  const [file, modeV, , encV, errV, nlV, closefdV, openerV] = bindArgs('open', args, kwnames, ['file', 'mode?', 'buffering?', 'encoding?', 'errors?', 'newline?', 'closefd?', 'opener?']);
  const mode = modeV === 0 ? 'r' : strJs(strObj(modeV) || typeError(`open() argument 'mode' must be str, not ${argTypeName(modeV)}`));
  checkOpenMode(mode);
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
  const isBytesPath = typeOf(file) === T.bytes;
  if (strObj(file) !== 0 || isBytesPath) {
    // a bytes path is the file system's bytes as given (Node takes a Buffer path as is)
    const rawPath = isBytesPath ? Buffer.from(bytesView(file)) : null;
    nameText = rawPath !== null ? rawPath.toString('utf8') : strJs(strObj(file));
    if (rawPath !== null ? rawPath.includes(0) : nameText.includes('\0')) valueError('embedded null byte');
    // what this thread wrote to files it never closed becomes visible to this open (CPython
    // closed them, and so wrote them out, when their last reference went)
    if (pending.size > 0) flushAllPending();
    try {
      const open = (): number => (openerV !== 0 && openerV !== K.None ? openWithOpener(openerV, file, mode) : fs.openSync(rawPath ?? nameText, openFlags(mode)));
      try {
        fd = open();
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if ((code !== 'EMFILE' && code !== 'ENFILE') || closeDueFiles() === 0) throw e;
        fd = open(); // (descriptors of dead files closed: once more)
      }
      if (fs.fstatSync(fd).isDirectory()) {
        fs.closeSync(fd);
        const e = new Error('EISDIR') as NodeJS.ErrnoException;
        e.code = 'EISDIR';
        throw e;
      }
    } catch (e) {
      if (e instanceof PyException) throw e; // (the opener's own exception, or its result's)
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
  const readable = mode.includes('r') || mode.includes('+');
  const writable = !mode.includes('r') || mode.includes('+');
  let position = 0;
  let regular = true;
  try {
    const st = fs.fstatSync(fd);
    regular = st.isFile();
    if (mode.includes('a')) position = st.size;
  } catch {
    // position 0
  }
  const flags = (binary ? FL_BINARY : 0) | (readable ? FL_READABLE : 0) | (writable ? FL_WRITABLE : 0) |
    (closefdV === 0 || truthy(closefdV) ? FL_CLOSEFD : 0) | (regular ? 0 : FL_STREAM) | (mode.includes('a') ? FL_APPEND : 0);
  const cls = binary ? (readable && !writable ? T.BufferedReader : writable && !readable ? T.BufferedWriter : T.BufferedRandom) : T.TextIOWrapper;
  const f = newFileObject(cls, {
    fd, name, mode, flags, newline, position,
    // None and 'locale' (io.text_encoding's answer for None) are the locale's encoding: UTF-8 here
    encoding: encV === 0 || encV === K.None || strJs(encV) === 'locale' ? 'utf-8' : strJs(encV),
    errors: errV === 0 || errV === K.None ? 'strict' : strJs(errV),
  });
  if ((flags & FL_CLOSEFD) !== 0) closeWhenCollected(f);
  return f;
}

// ── files the program drops without closing ──
// CPython closes a file when its last reference goes; here a collection that finds a file object
// dead closes it (a finalizer registration: objects/finalizer.ts runFinalizer, no guest code).
// Files are old objects, which only a major collection frees, so while `unclosedStep` or more
// files are open every `unclosedStep` opens ask for one (Node raises the descriptor limit to the
// hard limit, but a low hard limit must not run out first). The step starts at an eighth of this
// JS thread's share of the limit (/proc/self/limits on Linux, over the heap's worker slots; at
// most 128) and doubles, up to a quarter of the share, when the collections since the last
// request closed fewer than a quarter of a step: a program that keeps many files open on purpose
// pays few collections. The dead files are closed when the weak callbacks run (the next safe
// point after the collection); an open() that meets EMFILE/ENFILE before that closes the due
// ones itself and tries once more (closeDueFiles).
let unclosedStep = 0; // (0: not read yet)
let maxStep = 0;
let unclosedFiles = 0; // opened by open() on this JS thread, not closed by close() or a collection
let opensSinceRequest = 0; // opens with `unclosedStep` or more files open, since the last request
let closedByCollections = 0;
let closedAtRequest = -1; // closedByCollections at the last request (-1: none yet)

function descriptorLimit(): number {
  try {
    const m = /^Max open files\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'latin1'));
    if (m !== null) return Number(m[1]);
  } catch {
    // (not Linux)
  }
  return 1024; // (the common default)
}

function closeWhenCollected(f: number): void {
  registerFinalizer(f);
  if (unclosedStep === 0) {
    // (each JS thread that may run guest code counts its own opens: the limit is shared)
    const limit = descriptorLimit() / Math.max(1, mem[G_MAX_WORKERS]);
    maxStep = Math.max(8, Math.floor(limit / 4));
    unclosedStep = Math.max(8, Math.min(128, Math.floor(limit / 8)));
  }
  if (++unclosedFiles < unclosedStep || ++opensSinceRequest < unclosedStep) return;
  const fewClosed = closedAtRequest >= 0 && closedByCollections - closedAtRequest < unclosedStep / 4;
  if (fewClosed) unclosedStep = Math.min(maxStep, 2 * unclosedStep);
  closedAtRequest = closedByCollections;
  opensSinceRequest = 0;
  requestMajorCollection();
}

/** Whether `f` is a file object (finalizer.ts: a dead one is closed, no guest code runs). */
export const isFileObject = isFile;

/** Closes a file object a collection found dead (its buffered writes first). */
export function closeCollectedFile(f: number): void {
  const h = handleOf(f);
  if (h.closed) return;
  closeHandle(h);
  closedByCollections++;
}

/** Closes the files on the pending list of weak callbacks (found dead, their finalizers not run
 *  yet: closing is idempotent, the finalizer then finds them closed). Returns how many. */
function closeDueFiles(): number {
  const before = closedByCollections;
  for (let r = mem[G_WEAK_PENDING]; r !== 0; r = mem[r + 2 + WR_PENDING]) {
    const obj = mem[r + 2 + WR_CALLBACK];
    if (isFinalizerRegistration(r) && obj !== 0 && (obj & 1) === 0 && isFile(obj)) closeCollectedFile(obj);
  }
  return closedByCollections - before;
}
import { isFinalizerRegistration, registerFinalizer } from '../objects/finalizer';
import { requestMajorCollection } from './small_modules';
import { G_MAX_WORKERS, G_WEAK_PENDING, WR_CALLBACK, WR_PENDING } from '../../stmgc/layout';

import { getattrOpt, names as N } from '../runtime/protocol';
import { callSpecial } from '../runtime/protocol';
function getFspath(v: number): number {
  return getattrOpt(v, N.fspath) !== 0 ? callSpecial(v, N.fspath, []) : 0;
}

function fillRaw(h: Handle, want: number): boolean {
  if (h.eof) return false;
  flushHandle(h); // what this handle wrote comes before what it reads
  const chunk = Buffer.alloc(Math.max(want, 65536));
  let n: number;
  for (;;) {
    try {
      n = fs.readSync(h.fd, chunk, 0, chunk.length, h.stream ? null : h.position);
      break;
    } catch (e) {
      const err = e as NodeJS.ErrnoException;
      if (err.code === 'EAGAIN') continue;
      if (err.code === 'EOF') {
        n = 0;
        break;
      }
      return osError(e, 0) as never;
    }
  }
  if (!h.std) h.position = h.position + n;
  if (n === 0) {
    h.eof = true;
    return false;
  }
  const rest = rbufRest(h);
  rbufSet(h, rest.length === 0 ? chunk.subarray(0, n) : Buffer.concat([rest, chunk.subarray(0, n)]));
  return true;
}

/** Moves complete characters from the raw read-ahead into the text one, with universal newlines. */
function decodeAvailable(h: Handle, final: boolean): void {
  const b = rbufRest(h);
  let keep = 0;
  if (!final && (h.utf8 || normalizeEncodingName(h.encoding) === 'utf8sig')) {
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
  if (b.length - keep === 0) return;
  const start = h.position - b.length; // (the file byte `use` starts at)
  const use = new Uint8Array(b.subarray(0, b.length - keep)); // (copies before the heap changes)
  // the raw bytes of the text still pending (for tell()) go before the new ones (taken while
  // the raw read-ahead still says where they begin)
  const rest = tbufRest(h);
  const pendingRaw = rest === '' ? null : tbufRawRest(h);
  rbufSet(h, new Uint8Array(b.subarray(b.length - keep)));
  // a utf-8-sig BOM only at the start of the file: a U+FEFF later is a character
  const enc = start > 0 && normalizeEncodingName(h.encoding) === 'utf8sig' ? 'utf-8' : h.encoding;
  const text = decodeBytes(use, enc, h.errors);
  const nl = h.newline;
  tbufSet(h, rest + (nl === null ? text.replace(/\r\n?/g, '\n') : text), pendingRaw === null ? use : Buffer.concat([pendingRaw, use]));
}

/** The raw bytes of the text buffer's unconsumed part (a copy). */
function tbufRawRest(h: Handle): Uint8Array {
  const r = mem[h.f + F_TRAW];
  if (r === 0) return new Uint8Array(0);
  const raw = rawView(r);
  return new Uint8Array(raw.subarray(tbufConsumedBytes(h, raw, tbufRawStart(h, raw))));
}

/** The file byte where the text buffer's raw bytes begin. */
function tbufRawStart(h: Handle, raw: Uint8Array): number {
  return h.position - rbufRest(h).length - raw.length;
}

/** How many of the text buffer's raw bytes (beginning at file byte `start`) its consumed text
 *  came from. */
function tbufConsumedBytes(h: Handle, raw: Uint8Array, start: number): number {
  return prefixBytes(raw, tbufOff(h), h.encoding, h.errors, h.newline === null, start === 0);
}

/** The code units of the first `n` code points of `s`. */
function unitsOf(s: string, n: number): number {
  let i = 0;
  for (let k = 0; k < n && i < s.length; k++) {
    const c = s.charCodeAt(i);
    i += c >= 0xd800 && c < 0xdc00 && i + 1 < s.length ? 2 : 1;
  }
  return i;
}
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!(c >= 0xdc00 && c < 0xe000 && i > 0)) n++;
  }
  return n;
}

function readText(h: Handle, n: number): string {
  if (n < 0) {
    while (fillRaw(h, 65536)) { /* read everything */ }
    decodeAvailable(h, true);
    const s = tbufRest(h);
    tbufSet(h, '');
    return s;
  }
  while (codePoints(tbufRest(h)) < n && fillRaw(h, n)) decodeAvailable(h, false);
  if (h.eof) decodeAvailable(h, true);
  const rest = tbufRest(h);
  const k = unitsOf(rest, n);
  tbufConsume(h, k);
  return rest.slice(0, k);
}

/** Where the first line of `s` from `off` ends (past its terminator), or -1: '\n' after
 *  universal-newline translation or with newline='\n'; '\r', '\n' or '\r\n' with newline='';
 *  exactly the given terminator otherwise. (A '\r' last in the buffer is held back in the raw
 *  buffer until the next byte is known, decodeAvailable.) */
function lineEnd(s: string, off: number, nl: string | null): number {
  if (nl === null || nl === '\n') {
    const i = s.indexOf('\n', off);
    return i < 0 ? -1 : i + 1;
  }
  if (nl === '') {
    const n = s.indexOf('\n', off);
    const r = s.indexOf('\r', off);
    if (r < 0 || (n >= 0 && n < r)) return n < 0 ? -1 : n + 1;
    return s.charCodeAt(r + 1) === 10 ? r + 2 : r + 1;
  }
  const i = s.indexOf(nl, off);
  return i < 0 ? -1 : i + nl.length;
}

export function readLineText(h: Handle, limit = -1): string {
  const nl = h.newline;
  for (;;) {
    const s = tbufJs(h);
    const off = tbufOff(h);
    const e = lineEnd(s, off, nl);
    if (e >= 0 && (limit < 0 || e - off <= limit)) {
      tbufConsume(h, e - off, s.length);
      return s.slice(off, e);
    }
    if (limit >= 0 && s.length - off >= limit) {
      tbufConsume(h, limit);
      return s.slice(off, off + limit);
    }
    if (!fillRaw(h, 4096)) {
      decodeAvailable(h, true);
      if (lineEnd(tbufJs(h), tbufOff(h), nl) >= 0) continue;
      const line = tbufRest(h);
      tbufSet(h, '');
      return line;
    }
    decodeAvailable(h, false);
  }
}

function readBytes(h: Handle, n: number): Uint8Array {
  if (n < 0) {
    while (fillRaw(h, 65536)) { /* everything */ }
    const b = new Uint8Array(rbufRest(h));
    rbufSet(h, b.subarray(0, 0));
    return b;
  }
  while (rbufRest(h).length < n && fillRaw(h, n - rbufRest(h).length)) { /* more */ }
  const b = new Uint8Array(rbufRest(h).subarray(0, n));
  rbufConsume(h, b.length);
  return b;
}

function readLineBytes(h: Handle, limit: number): Uint8Array {
  for (;;) {
    const r = rbufRest(h);
    const i = r.indexOf(10);
    if (i >= 0 && (limit < 0 || i < limit)) {
      const line = new Uint8Array(r.subarray(0, i + 1));
      rbufConsume(h, i + 1);
      return line;
    }
    if ((limit >= 0 && r.length >= limit) || !fillRaw(h, 4096)) {
      const r2 = rbufRest(h);
      const cut = limit >= 0 ? Math.min(limit, r2.length) : r2.length;
      const line = new Uint8Array(r2.subarray(0, cut));
      rbufConsume(h, cut);
      return line;
    }
  }
}

function writeText(h: Handle, s: string): void {
  if (h.std) {
    if (h.fd === 1) writeStdout(s);
    else writeStderr(s);
    return;
  }
  const nl = h.newline;
  if (nl === '\r' || nl === '\r\n') s = s.replace(/\n/g, nl);
  writeData(h, h.utf8 ? Buffer.from(s, 'utf8') : Buffer.from(encodeForFile(h, s)));
}


/** The bytes of s in the file's encoding (any codec str.encode knows, with the file's error
 *  handler). UTF-16/32 with a byte order mark write the mark only at the start of the file, as
 *  CPython's incremental encoder does (not at every write). */
function encodeForFile(h: Handle, s: string): Uint8Array {
  const norm = normalizeEncodingName(h.encoding);
  if (norm === 'utf8sig') {
    const body = Buffer.from(s, 'utf8');
    return h.position !== 0 || s.length === 0 ? body : Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]);
  }
  if (norm === 'utf16' || norm === 'utf32') {
    const body = encodeStr(newStr(s), norm === 'utf16' ? 'utf-16-le' : 'utf-32-le', h.errors);
    if (h.position !== 0 || s.length === 0) return body;
    const bom = norm === 'utf16' ? [0xff, 0xfe] : [0xff, 0xfe, 0, 0];
    const out = new Uint8Array(bom.length + body.length);
    out.set(bom);
    out.set(body, bom.length);
    return out;
  }
  return encodeStr(newStr(s), h.encoding, h.errors);
}
import { encodeStr } from '../objects/str';

function closeHandle(h: Handle): void {
  if (h.closed) return;
  flushHandle(h);
  h.closed = true;
  if (!h.std && h.closefd) {
    if (unclosedFiles > 0) unclosedFiles--;
    try {
      fs.closeSync(h.fd);
    } catch {
      // already closed
    }
  }
}

/** Writes out every buffered write of this thread (at exit). */
export function flushAllFiles(): void {
  flushAllPending();
  flushStdout();
}

// ── sys.stdin/stdout/stderr ──
// (made in bootCore: every worker's replay names the same pinned objects)
let stdinObj = 0;
let stdoutObj = 0;
let stderrObj = 0;
/** sys.stdin.buffer, sys.stdout.buffer, sys.stderr.buffer: binary objects on fds 0, 1, 2 */
let stdinBufObj = 0;
let stdoutBufObj = 0;
let stderrBufObj = 0;
let sysModuleRef = 0;
export function setSysModuleForIo(m: number): void { sysModuleRef = m; }

/** The current sys.stdout object (it may have been replaced). */
export function sysStdout(): number {
  return sysAttr('stdout', stdoutObj);
}
export function sysStdin(): number { return sysAttr('stdin', stdinObj); }
/** sys.<name> as it is now: 0 when deleted (no fallback to the original stream). */
export function sysAttrNow(name: string): number {
  return sysModuleRef === 0 ? 0 : dictGetStr(mem[sysModuleRef + 3], intern(name));
}
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
  ioInevitable();
  const h = handleRead(f); // (nothing in the object changes)
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
  const h = handleOf(f);
  checkOpen(h); // input() after sys.stdin.close(): ValueError, as CPython
  return readLineText(h);
}
import { callObject } from '../interp/call';
import { O_CLOEXEC } from './posix_flags';
import { isIntObject } from '../runtime/protocol';
function callObjectIo(f: number): number { return callObject(f, [], 0); }

export function makeStdStreams(): { stdin: number; stdout: number; stderr: number } {
  const std = (fd: number, name: string, mode: string): NewHandle => ({
    fd, name: intern(name), mode, newline: null, position: 0,
    flags: FL_STD | FL_STREAM | (fd === 0 ? FL_READABLE : FL_WRITABLE),
    encoding: 'utf-8', errors: fd === 2 ? 'backslashreplace' : 'strict',
  });
  stdinObj = newFileObject(T.TextIOWrapper, std(0, '<stdin>', 'r'), true);
  stdoutObj = newFileObject(T.TextIOWrapper, std(1, '<stdout>', 'w'), true);
  stderrObj = newFileObject(T.TextIOWrapper, std(2, '<stderr>', 'w'), true);
  stdinBufObj = newFileObject(T.BufferedReader, std(0, '<stdin>', 'rb'), true);
  stdoutBufObj = newFileObject(T.BufferedWriter, std(1, '<stdout>', 'wb'), true);
  stderrBufObj = newFileObject(T.BufferedWriter, std(2, '<stderr>', 'wb'), true);
  return { stdin: stdinObj, stdout: stdoutObj, stderr: stderrObj };
}

// ── the classes ──
/** The methods text and binary files share; `binary` picks the checks' messages (io_guards.ts). */
function commonMethods(binary: boolean): TypeDef['methods'] {
  return {
  close: (a) => { closeHandle(handleOf(a[0])); return K.None; },
  flush: (a) => {
    const h = handleOf(a[0]);
    guard(h, binary, 'flush');
    if (h.std) flushStdout();
    else flushHandle(h);
    return K.None;
  },
  fileno: (a) => {
    guard(handleRead(a[0]), binary, 'fileno');
    return intFromNumber(handleRead(a[0]).fd);
  },
  isatty: (a) => {
    guard(handleRead(a[0]), binary, 'isatty');
    try {
      return fs.fstatSync(handleRead(a[0]).fd).isCharacterDevice() ? K.True : K.False;
    } catch {
      return K.False;
    }
  },
  readable: (a) => {
    guard(handleRead(a[0]), binary, 'readable');
    return handleRead(a[0]).readable ? K.True : K.False;
  },
  writable: (a) => {
    guard(handleRead(a[0]), binary, 'writable');
    return handleRead(a[0]).writable ? K.True : K.False;
  },
  seekable: (a) => {
    guard(handleRead(a[0]), binary, 'seekable');
    return handleRead(a[0]).stream ? K.False : K.True;
  },
  seek: (a) => {
    const h = handleOf(a[0]);
    guard(h, binary, 'seek');
    flushHandle(h);
    const off = indexNumber(a[1]);
    const whence = a.length > 2 ? indexNumber(a[2]) : 0;
    let size = 0;
    try {
      size = fs.fstatSync(h.fd).size;
    } catch {
      size = 0;
    }
    h.position = whence === 0 ? off : whence === 1 ? h.position - rbufRest(h).length + off : size + off;
    rbufSet(h, new Uint8Array(0));
    tbufSet(h, '');
    h.eof = false;
    h.iterating = false;
    return intFromNumber(h.position);
  },
  tell: (a) => {
    const h = handleOf(a[0]);
    guard(h, binary, 'tell');
    if (h.iterating) raise(T.OSError, 'telling position disabled by next() call');
    flushHandle(h);
    const r = mem[h.f + F_TRAW];
    if (r === 0 || mem[h.f + F_TBUF] === 0) return intFromNumber(h.position - rbufRest(h).length);
    // text pending: the byte where the next character starts
    const raw = rawView(r);
    const start = tbufRawStart(h, raw);
    return intFromNumber(start + tbufConsumedBytes(h, raw, start));
  },
  truncate: (a) => {
    const h = handleOf(a[0]);
    guard(h, binary, 'truncate');
    flushHandle(h);
    const size = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : h.position;
    try {
      fs.ftruncateSync(h.fd, size);
    } catch (e) {
      osError(e, 0);
    }
    return intFromNumber(size);
  },
  __enter__: (a) => {
    guard(handleRead(a[0]), binary, '__enter__');
    return a[0];
  },
  __exit__: (a) => { closeHandle(handleOf(a[0])); return K.None; },
  __iter__: (a) => { guard(handleRead(a[0]), binary, '__iter__'); return a[0]; },
  };
}


const commonGetters: TypeDef['getters'] = {
  closed: (f) => (handleRead(f).closed ? K.True : K.False),
  name: (f) => handleRead(f).name,
  mode: (f) => newStr(handleRead(f).mode),
};

function textWrite(a: number[]): number {
  const h = handleOf(a[0]);
  guard(h, false, 'write');
  const s = strObj(a[1]);
  if (s === 0) typeError(`write() argument must be str, not ${tname(a[1])}`);
  const text = strJs(s);
  writeText(h, text);
  return intFromNumber(codePoints(text));
}

export const textIOType: TypeDef = {
  name: 'TextIOWrapper',
  module: '_io',
  layout: L_ITER,
  slots: {
    iter: (f) => f,
    next: (f) => {
      const h = handleOf(f);
      guard(h, false, '__next__');
      const line = readLineText(h);
      h.iterating = line !== '' && !h.stream; // (CPython: telling stays as seekable says)
      return line === '' ? 0 : newStr(line);
    },
    repr: (f) => {
      const h = handleRead(f);
      return newStr(`<_io.TextIOWrapper name=${h.std ? `'${h.nameText}'` : layoutOf(h.name) === L_STR ? `'${h.nameText}'` : h.nameText} mode='${h.mode}' encoding='${h.encoding}'>`);
    },
  },
  methods: {
    ...commonMethods(false),
    write: textWrite,
    writelines: (a) => {
      guard(handleOf(a[0]), false, 'writelines');
      for (const s of iterToArray(a[1])) textWrite([a[0], s]);
      return K.None;
    },
    read: (a) => {
      const h = handleOf(a[0]);
      guard(h, false, 'read');
      const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
      return newStr(readText(h, n));
    },
    readline: (a) => {
      const h = handleOf(a[0]);
      guard(h, false, 'readline');
      const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
      return newStr(readLineText(h, n));
    },
    readlines: (a) => {
      const h = handleOf(a[0]);
      guard(h, false, 'readlines');
      const out: number[] = [];
      for (let line = readLineText(h); line !== ''; line = readLineText(h)) out.push(newStr(line));
      return newList(out);
    },
  },
  getters: {
    ...commonGetters,
    encoding: (f) => newStr(handleRead(f).encoding),
    errors: (f) => newStr(handleRead(f).errors),
    // the standard streams' binary layer; another text file's is the object itself (writes
    // of bytes to it are a TypeError)
    buffer: (f) => (f === stdoutObj ? stdoutBufObj : f === stderrObj ? stderrBufObj : f === stdinObj ? stdinBufObj : f),
    line_buffering: () => K.False,
  },
};

function fileReadInto(a: number[], name: string): number {
  if (a.length !== 2) typeError(`${name}() takes exactly one argument (${a.length - 1} given)`);
  const h = handleOf(a[0]);
  guard(h, true, name);
  return readIntoTarget(a[1], name, (n) => readBytes(h, n));
}

/** A binary file's write(b): any bytes-like object, its length returned. */
function binaryWrite(a: number[]): number {
  const h = handleOf(a[0]);
  guard(h, true, 'write');
  // any bytes-like object (bytes, bytearray, memoryview, array.array): its bytes, not
  // its items (an array('d') wrote its floats as byte values)
  const data = layoutOf(a[1]) === L_BYTES ? bytesView(a[1]) : bytesOf(a[1]);
  if (data === null) return typeError(`a bytes-like object is required, not '${tname(a[1])}'`);
  if (h.std) {
    if (h.fd === 1) writeStdoutBytes(data);
    else writeStderrBytes(data);
  } else writeData(h, Buffer.from(data));
  return intFromNumber(data.length);
}

function binaryDef(name: string): TypeDef {
  return {
    name,
    module: '_io',
    layout: L_ITER,
    slots: {
      iter: (f) => f,
      next: (f) => {
        const h = handleOf(f);
        guard(h, true, '__next__');
        const line = readLineBytes(h, -1);
        return line.length === 0 ? 0 : newBytes(new Uint8Array(line));
      },
      repr: (f) => newStr(`<_io.${name} name='${handleRead(f).nameText}'>`),
    },
    methods: {
      ...commonMethods(true),
      write: binaryWrite,
      writelines: (a) => {
        const h = handleOf(a[0]);
        guard(h, true, 'writelines');
        for (const b of iterToArray(a[1])) binaryWrite([a[0], b]);
        return K.None;
      },
      read: (a) => {
        const h = handleOf(a[0]);
        guard(h, true, 'read');
        const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
        return newBytes(new Uint8Array(readBytes(h, n)));
      },
      // (one read of the raw file at most: what is buffered, else up to n bytes)
      read1: (a) => {
        const h = handleOf(a[0]);
        guard(h, true, 'read1');
        const n = a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1;
        if (rbufRest(h).length === 0) fillRaw(h, n < 0 ? 65536 : Math.max(n, 1));
        const rest = rbufRest(h);
        return newBytes(new Uint8Array(readBytes(h, n < 0 ? rest.length : Math.min(n, rest.length))));
      },
      // BufferedReader/BufferedRandom.peek: the buffered bytes without consuming them, read
      // from the file when none are (the size is a hint, as CPython's)
      ...(name === 'BufferedWriter' ? {} : {
        peek: (a: number[]): number => {
          const h = handleOf(a[0]);
          guard(h, true, 'peek');
          if (a.length > 1) indexNumber(a[1]);
          if (rbufRest(h).length === 0) fillRaw(h, 1);
          return newBytes(new Uint8Array(rbufRest(h)));
        },
      }),
      readinto: (a) => fileReadInto(a, 'readinto'),
      readinto1: (a) => fileReadInto(a, 'readinto1'),
      readline: (a) => {
        const h = handleOf(a[0]);
        guard(h, true, 'readline');
        return newBytes(new Uint8Array(readLineBytes(h, a.length > 1 && a[1] !== K.None ? indexNumber(a[1]) : -1)));
      },
      readlines: (a) => {
        const h = handleOf(a[0]);
        guard(h, true, 'readlines');
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
  const m = newModule('io'); // (CPython's _io module is named 'io': its functions' __module__)
  moduleSet(m, 'open', defineBuiltin('open', openFile));
  moduleSet(m, 'TextIOWrapper', T.TextIOWrapper);
  moduleSet(m, 'BufferedReader', T.BufferedReader);
  moduleSet(m, 'BufferedWriter', T.BufferedWriter);
  moduleSet(m, 'BufferedRandom', T.BufferedRandom);
  moduleSet(m, 'BytesIO', T.BytesIO); // the in-memory streams (io_bytesio.ts, io_stringio.ts)
  moduleSet(m, 'StringIO', T.StringIO);
  moduleSet(m, 'UnsupportedOperation', T.UnsupportedOperation);
  moduleSet(m, 'DEFAULT_BUFFER_SIZE', intFromNumber(8192));
  return m;
}

export const _keep = [typeOf, strOf];
