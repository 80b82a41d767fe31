// The pickler's hot path in TypeScript: `_pickle_native.save(pickler, obj, save_persistent_id)`,
// the body of lib/_pickle_save.py's Pickler.save for None, bool, int, float, str, bytes, list,
// tuple and dict (CPython's C pickler's choices, byte for byte), and through
// pickle_save_reduce.ts set, frozenset, plain instances and the classes they name. Everything
// else goes back to the Python methods of the pickler (`_save_other`, `_save_pers`, `_write_large`,
// `_opcode_boundary`, `_save_long`/`_save_str`/... of protocols the fast path leaves alone), so
// subclass hooks (persistent_id, reducer_override, dispatch_table) are honoured as before.
// Invariants: the pickler's state stays on the heap (`_out` bytearray, `memo` dict of
// id -> (index, obj), `_frame_start`); opcodes are gathered in a JS buffer and appended to
// `_out` before every call back into Python and at the end, and the state is re-read after it,
// so nothing JS outlives one builtin call (no transaction boundary falls inside a builtin).
import { K, T, typeOf } from '../runtime/types';
import { raise } from '../runtime/errors';
import { getattr, truthy } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';
import { identity } from '../runtime/identity';
import { intern } from '../objects/str_core';
import { newBytes, bytesLen, bytesView } from '../objects/bytes_core';
import { bytearrayAppend, bytearrayLen, bytearrayReplace } from '../objects/bytearray';
import { dictEntryCount, dictEntryKey, dictEntryValue, dictGet, dictLen, dictSet } from '../objects/dict_core';
import { listItem, listLen } from '../objects/list_core';
import { newTuple, tupleItem, tupleLen } from '../objects/tuple_core';
import { floatValue } from '../objects/float_core';
import { intFromNumber, smallOrMedium, toBigInt } from '../objects/int_core';
import { floatRepr } from '../text/float_repr';
import { ByteWriter } from './pickle_writer';
import { encodeLong } from './pickle_long';
import { saveClassGlobal, savePlainObject, saveSetLike, type PlainCache, type Saver } from './pickle_save_reduce';
import { importModule } from '../runtime/importer';
import { getattrOpt, setattr } from '../runtime/protocol';
import { dictGet as dictGetAny } from '../objects/dict_core';
import { layoutOf } from '../runtime/types';
import { L_DICT } from '../runtime/layouts';

const FRAME_SIZE_TARGET = 64 * 1024;
const FRAME_HEADER_SIZE = 9;
const BATCHSIZE = 1000;

const N = {
  out: 0, memo: 0, proto: 0, fast: 0, framing: 0, frameStart: 0, persFunc: 0,
  saveOther: 0, savePers: 0, writeLarge: 0, boundary: 0, saveLong: 0, saveStr: 0, saveBytes: 0,
  saveList: 0, saveDict: 0, reducerOverride: 0, dispatchTable: 0, fileWrite: 0,
};
let namesReady = false;
function names(): void {
  if (namesReady) return;
  N.out = intern('_out'); N.memo = intern('memo'); N.proto = intern('proto'); N.fast = intern('fast');
  N.framing = intern('_framing'); N.frameStart = intern('_frame_start'); N.persFunc = intern('_pers_func');
  N.saveOther = intern('_save_other'); N.savePers = intern('_save_pers'); N.writeLarge = intern('_write_large');
  N.boundary = intern('_opcode_boundary'); N.saveLong = intern('_save_long'); N.saveStr = intern('_save_str');
  N.saveBytes = intern('_save_bytes'); N.saveList = intern('_save_list'); N.saveDict = intern('_save_dict');
  N.reducerOverride = intern('_reducer_override'); N.dispatchTable = intern('_dispatch_table');
  N.fileWrite = intern('_file_write');
  namesReady = true;
}

/** One entry into the native save: the pickler's state, read from the heap. */
class Save implements Saver {
  readonly w = new ByteWriter();
  readonly proto: number;
  readonly bin: boolean;
  readonly fast: boolean;
  readonly persFunc: number;
  out = 0;
  memo = 0;
  framing = false;
  frameStart = -1;
  /** len(_out) when w was last emptied */
  base = 0;
  /** the classes whose instances take the native reduce (pickle_save_reduce.ts) */
  readonly plain: PlainCache = new Map();
  /** what this entry memoized (address -> index: nothing moves within a builtin call), and
   *  whether it is the whole memo (the memo was empty at entry and no Python code ran since) */
  private readonly local = new Map<number, number>();
  private onlyLocal: boolean;
  /** dumps(): the pickler is dropped afterwards, so while only this entry has memoized, the
   *  memo dict is not written at all (`local` is the memo); it is filled in before any call
   *  into Python code, which may read it */
  private deferred: boolean;

  constructor(readonly self: number, discard: boolean) {
    names();
    this.proto = Number(toBigInt(getattr(self, N.proto)));
    this.bin = this.proto >= 1;
    this.fast = truthy(getattr(self, N.fast));
    this.persFunc = getattr(self, N.persFunc);
    this.reload();
    this.onlyLocal = dictLen(this.memo) === 0;
    this.deferred = this.onlyLocal && discard;
  }

  /** The deferred memo into the dict (before Python code runs). */
  private materialize(): void {
    if (!this.deferred) return;
    this.deferred = false;
    for (const [obj, idx] of this.local) {
      dictSet(this.memo, intFromNumber(identity(obj)), newTuple([intFromNumber(idx), obj]));
    }
  }

  /** Re-read what Python code may have changed. */
  reload(): void {
    this.out = getattr(this.self, N.out);
    this.memo = getattr(this.self, N.memo);
    this.framing = truthy(getattr(this.self, N.framing));
    this.frameStart = this.framing ? Number(toBigInt(getattr(this.self, N.frameStart))) : -1;
    this.base = bytearrayLen(this.out);
    this.onlyLocal = false;
  }

  flush(): void {
    if (this.w.len > 0) {
      bytearrayAppend(this.out, this.w.take());
      this.base = bytearrayLen(this.out);
    }
  }

  /** Calls f with the memo and output where Python code sees them, then re-reads the state. */
  callPython(f: number, args: number[]): number {
    this.materialize();
    this.flush();
    const r = callObject(f, args, 0);
    this.reload();
    return r;
  }

  /** reducer_override, or a dispatch_table (the pickler's, else copyreg's) entry for t. */
  hooked(t: number): boolean {
    const ro = getattrOpt(this.self, N.reducerOverride);
    if (ro !== 0 && ro !== K.None) return true;
    let table = getattrOpt(this.self, N.dispatchTable);
    if (table === 0 || table === K.None) table = getattrOpt(importModule('copyreg'), intern('dispatch_table'));
    return table === 0 || layoutOf(table) !== L_DICT || dictGetAny(table, t) !== 0;
  }

  /** `_opcode_boundary` with no file to write (dumps), without Python code (so a deferred memo
   *  stays deferred): the full frame's header written in place, a new frame started. */
  private boundaryInPlace(): boolean {
    const fw = getattrOpt(this.self, N.fileWrite);
    if (fw !== 0 && fw !== K.None) return false;
    this.flush();
    const start = this.frameStart;
    const n = bytearrayLen(this.out) - start - FRAME_HEADER_SIZE; // (>= FRAME_SIZE_TARGET: kept)
    const header = new Uint8Array(FRAME_HEADER_SIZE);
    header[0] = 0x95;
    new DataView(header.buffer).setBigUint64(1, BigInt(n), true);
    bytearrayReplace(this.out, start, start + FRAME_HEADER_SIZE, header);
    bytearrayAppend(this.out, new Uint8Array(FRAME_HEADER_SIZE));
    this.base = bytearrayLen(this.out);
    this.frameStart = this.base - FRAME_HEADER_SIZE;
    setattr(this.self, N.frameStart, intFromNumber(this.frameStart));
    return true;
  }

  /** Call a method of the pickler with the output flushed, then re-read the state. */
  callBack(name: number, args: number[]): number {
    this.materialize();
    this.flush();
    const r = callObject(getattr(this.self, name), args, 0);
    this.reload();
    return r;
  }

  save(obj: number, pers: boolean): void {
    if (this.framing && this.base + this.w.len - this.frameStart - FRAME_HEADER_SIZE >= FRAME_SIZE_TARGET) {
      if (!this.boundaryInPlace()) this.callBack(N.boundary, []);
    }
    if (pers && this.persFunc !== K.None) {
      this.materialize();
      this.flush();
      const pid = callObject(this.persFunc, [obj], 0);
      this.reload();
      if (pid !== K.None) { this.callBack(N.savePers, [pid]); return; }
    }
    const w = this.w;
    if (obj === K.None) { w.byte(0x4e); return; }
    if ((obj & 1) === 1) { this.saveInt(obj, obj >> 1); return; }
    const t = typeOf(obj);
    if (t === T.bool) {
      if (this.proto >= 2) w.byte(obj === K.True ? 0x88 : 0x89);
      else w.ascii(obj === K.True ? 'I01\n' : 'I00\n');
      return;
    }
    if (t === T.int) { this.saveInt(obj, smallOrMedium(obj)); return; }
    if (t === T.float) {
      if (this.bin) { w.byte(0x47); w.f64be(floatValue(obj)); } else w.ascii('F' + floatRepr(floatValue(obj)) + '\n');
      return;
    }
    const m = this.memoGet(obj);
    if (m >= 0) { this.get(m); return; }
    if (t === T.str) {
      if (!this.bin) { this.callBack(N.saveStr, [obj]); return; }
      this.saveStr(obj);
    } else if (t === T.tuple) this.container(obj, 0);
    else if (t === T.list) {
      if (this.proto === 0) { this.callBack(N.saveList, [obj]); return; }
      this.container(obj, 1);
    } else if (t === T.dict) {
      if (this.proto === 0) { this.callBack(N.saveDict, [obj]); return; }
      this.container(obj, 2);
    } else if (t === T.bytes && this.proto >= 3) this.saveBytes(obj);
    else if (t === T.bytes) this.callBack(N.saveBytes, [obj]);
    else if (t === T.set || t === T.frozenset) saveSetLike(this, obj, t === T.frozenset);
    else if (t === T.type && !this.hookedOverride() && saveClassGlobal(this, obj)) return;
    else if (!savePlainObject(this, obj, t, this.plain)) this.callBack(N.saveOther, [obj, t]);
  }

  /** Two recursion levels per container, as CPython's C pickler (and the Python version). */
  private container(obj: number, kind: number): void {
    enterFrame();
    if (enterFrame() > recursionLimit) {
      leaveFrame(); leaveFrame();
      raise(T.RecursionError, 'maximum recursion depth exceeded while pickling an object');
    }
    try {
      if (kind === 0) this.saveTuple(obj);
      else if (kind === 1) this.saveList(obj);
      else this.saveDict(obj);
    } finally {
      leaveFrame(); leaveFrame();
    }
  }

  private saveInt(obj: number, n: number): void {
    const w = this.w;
    if (n >= -0x80000000 && n <= 0x7fffffff) {
      if (!this.bin) { w.ascii('I' + n + '\n'); return; }
      if (n >= 0 && n <= 0xff) { w.byte(0x4b); w.byte(n); return; }
      if (n >= 0 && n <= 0xffff) { w.byte(0x4d); w.byte(n & 0xff); w.byte(n >> 8); return; }
      w.byte(0x4a); w.u32le(n >>> 0);
      return;
    }
    if (this.proto < 2) { this.callBack(N.saveLong, [obj]); return; }
    const data = encodeLong(toBigInt(obj));
    if (data.length < 256) { w.byte(0x8a); w.byte(data.length); }
    else { w.byte(0x8b); w.u32le(data.length); }
    w.bytes(data);
  }

  private saveStr(obj: number): void {
    // the UTF-8 first (its size picks the header), then the header slid in before it
    const w = this.w;
    const at = w.len;
    const n = w.utf8(obj);
    if (n <= 0xff && this.proto >= 4) {
      w.shift(n, 2); w.setByte(at, 0x8c); w.setByte(at + 1, n);
    } else if (this.framing && n >= FRAME_SIZE_TARGET) {
      const data = w.cut(at);
      const header = new Uint8Array(n > 0xffffffff ? 9 : 5);
      if (header.length === 5) { header[0] = 0x58; new DataView(header.buffer).setUint32(1, n, true); }
      else { header[0] = 0x8d; new DataView(header.buffer).setBigUint64(1, BigInt(n), true); }
      this.callBack(N.writeLarge, [newBytes(header), newBytes(data)]);
    } else {
      w.shift(n, 5); w.setByte(at, 0x58); w.setU32le(at + 1, n);
    }
    this.memoize(obj);
  }

  private saveBytes(obj: number): void {
    const n = bytesLen(obj);
    const w = this.w;
    if (this.framing && n >= FRAME_SIZE_TARGET) {
      const header = new Uint8Array(5);
      header[0] = 0x42; new DataView(header.buffer).setUint32(1, n, true);
      this.callBack(N.writeLarge, [newBytes(header), obj]);
    } else {
      if (n <= 0xff) { w.byte(0x43); w.byte(n); } else { w.byte(0x42); w.u32le(n); }
      w.bytes(bytesView(obj));
    }
    this.memoize(obj);
  }

  private saveTuple(obj: number): void {
    const n = tupleLen(obj);
    const w = this.w;
    if (n === 0) { if (this.proto) w.byte(0x29); else w.ascii('(t'); return; }
    if (n <= 3 && this.proto >= 2) {
      for (let i = 0; i < n; i++) this.save(tupleItem(obj, i), true);
      const m = this.memoGet(obj);
      if (m >= 0) { for (let i = 0; i < n; i++) this.w.byte(0x30); this.get(m); return; }
      this.w.byte(0x84 + n);
      this.memoize(obj);
      return;
    }
    w.byte(0x28);
    for (let i = 0; i < n; i++) this.save(tupleItem(obj, i), true);
    const m = this.memoGet(obj);
    if (m >= 0) {
      if (this.bin) this.w.byte(0x31); else for (let i = 0; i <= n; i++) this.w.byte(0x30);
      this.get(m);
      return;
    }
    this.w.byte(0x74);
    this.memoize(obj);
  }

  private saveList(obj: number): void {
    this.w.byte(0x5d);
    this.memoize(obj);
    const len = listLen(obj);
    if (len === 0) return;
    if (len === 1) { this.save(listItem(obj, 0), true); this.w.byte(0x61); return; }
    let total = 0;
    for (;;) {
      this.w.byte(0x28);
      let n = 0;
      while (total < listLen(obj)) {
        this.save(listItem(obj, total), true);
        total++;
        if (++n === BATCHSIZE) break;
      }
      this.w.byte(0x65);
      if (total >= listLen(obj)) break;
    }
  }

  private saveDict(obj: number): void {
    this.w.byte(0x7d);
    this.memoize(obj);
    const size = dictLen(obj);
    if (size === 0) return;
    const count = dictEntryCount(obj);
    let i = 0;
    const next = (): boolean => {
      while (i < count && dictEntryKey(obj, i) === 0) i++;
      return i < count;
    };
    if (size === 1) {
      next();
      const k = dictEntryKey(obj, i);
      const v = dictEntryValue(obj, i); // (read first: saving the key may clear the dict)
      this.save(k, true);
      this.save(v, true);
      this.w.byte(0x73);
      return;
    }
    for (;;) {
      this.w.byte(0x28);
      let n = 0;
      while (next()) {
        const k = dictEntryKey(obj, i);
        const v = dictEntryValue(obj, i);
        i++;
        this.save(k, true);
        this.save(v, true);
        if (dictLen(obj) !== size) raise(T.RuntimeError, 'dictionary changed size during iteration');
        if (++n === BATCHSIZE) break;
      }
      this.w.byte(0x75);
      if (dictLen(obj) !== size) raise(T.RuntimeError, 'dictionary changed size during iteration');
      if (n !== BATCHSIZE) return;
    }
  }

  // -- the memo ----------------------------------------------------------------------------------

  private hookedOverride(): boolean {
    const ro = getattrOpt(this.self, N.reducerOverride);
    return ro !== 0 && ro !== K.None;
  }

  memoGet(obj: number): number {
    if (this.onlyLocal) return this.local.get(obj) ?? -1;
    const x = dictGet(this.memo, intFromNumber(identity(obj)));
    if (x === 0) return -1;
    return Number(toBigInt(tupleItem(x, 0)));
  }

  memoize(obj: number): void {
    if (this.fast) return;
    let idx: number;
    if (this.deferred) {
      idx = this.local.size;
      this.local.set(obj, idx);
    } else {
      idx = dictLen(this.memo);
      dictSet(this.memo, intFromNumber(identity(obj)), newTuple([intFromNumber(idx), obj]));
      if (this.onlyLocal) this.local.set(obj, idx);
    }
    const w = this.w;
    if (this.proto >= 4) w.byte(0x94);
    else if (this.bin) {
      if (idx < 256) { w.byte(0x71); w.byte(idx); } else { w.byte(0x72); w.u32le(idx); }
    } else w.ascii('p' + idx + '\n');
  }

  get(idx: number): void {
    const w = this.w;
    if (this.bin) {
      if (idx < 256) { w.byte(0x68); w.byte(idx); } else { w.byte(0x6a); w.u32le(idx); }
    } else w.ascii('g' + idx + '\n');
  }
}

/** _pickle_native.save(pickler, obj, save_persistent_id[, discard_memo]): discard_memo (dumps'
 *  top-level save only) lets the memo dict stay unwritten when no Python code runs. */
export function nativeSave(self: number, obj: number, pers: boolean, discard: boolean): void {
  const s = new Save(self, discard);
  s.save(obj, pers);
  s.flush(); // (not after an exception: the output of a failed dump is dropped)
}
