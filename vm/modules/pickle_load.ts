// The unpickler's opcode loop in TypeScript: `_pickle_native.load(unpickler)`, the body of
// lib/_pickle_load.py's Unpickler.load for every opcode of protocols 0-5, with CPython's errors.
// The input is the unpickler's `_data` (bytes) from `_pos`; when an opcode needs more than it
// holds (file input, or truncated data), `_pos` is written back and the Python `_read`,
// `_readline`, `_read_opcode` or frame loader runs and raises or refills, then `_data`/`_pos`
// are re-read. Hooks go through the unpickler's attributes (find_class, persistent_load: a
// subclass's override is called) and the Python helpers in `Unpickler._n` (BUILD, EXT, INST/OBJ,
// NEWOBJ_EX, buffers, non-list APPENDS...). The stack and MARK stack are JS arrays of
// references that live for one builtin call (no collection and no transaction boundary falls
// inside a builtin); the memo is the unpickler's heap dict `_memo`. Reading a file, a miss
// stops the loop instead (the stacks saved as `_stack`/`_meta` lists, `_need` set): load()
// refills `_data` in Python, at a safe point, and calls again, so a long file load never runs
// the file's Python methods inside one builtin call (their garbage could not be collected).
import { K, T, typeOf } from '../runtime/types';
import { raise, typeError, valueError } from '../runtime/errors';
import { getattr, getattrOpt, isInstance, setattr, setitem, tname, truthy } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { intern, newStr } from '../objects/str_core';
import { newBytes, bytesView } from '../objects/bytes_core';
import { newBytearray } from '../objects/bytearray';
import { dictGet, dictLen, dictSet, newDict } from '../objects/dict_core';
import { listAppend, listExtendArray, listItems, newList } from '../objects/list_core';
import { newTuple, tupleItems, tupleItem } from '../objects/tuple_core';
import { newFloat } from '../objects/float_core';
import { newFrozenSet, newSet, setAdd } from '../objects/set_core';
import { intFromBigInt, intFromNumber, toBigInt } from '../objects/int_core';
import { decodeBytes } from '../objects/bytes_codec';
import { decodeLong } from './pickle_long';
import { buildPlain } from './pickle_load_build';

const MAXSIZE = (1n << 63n) - 1n;

// what a stopped load needs (Unpickler._refill): n bytes from the opcode's start, a line after
// n bytes from the opcode's start, or an opcode (EOFError at the end of the file)
const NEED_BYTES = 0, NEED_LINE = 1, NEED_OPCODE = 2;
class NeedInput {
  constructor(readonly kind: number, readonly n: number) {}
}

// indices into Unpickler._n (lib/_pickle_load.py)
const H_FRAME = 0, H_INT = 1, H_STRING = 2, H_INSTANTIATE = 3, H_NEWOBJ_EX = 4, H_EXT = 5;
const H_APPENDS = 6, H_ADDITEMS = 7, H_BUILD = 8, H_NEXT_BUFFER = 9, H_READONLY = 10, H_ERROR = 11;

const N = { data: 0, pos: 0, file: 0, memo: 0, n: 0, read: 0, readline: 0, readOpcode: 0, proto: 0,
  findClass: 0, persLoad: 0, decodeString: 0, append: 0, new_: 0, rue: 0, ascii: 0, utf8: 0, surrogatepass: 0, decode: 0,
  stack: 0, meta: 0, need: 0, isDefault: 0 };
let namesReady = false;
function names(): void {
  if (namesReady) return;
  N.data = intern('_data'); N.pos = intern('_pos'); N.file = intern('_file'); N.memo = intern('_memo');
  N.n = intern('_n'); N.read = intern('_read'); N.readline = intern('_readline'); N.readOpcode = intern('_read_opcode');
  N.proto = intern('proto'); N.findClass = intern('find_class'); N.persLoad = intern('persistent_load');
  N.decodeString = intern('_decode_string'); N.append = intern('append'); N.new_ = intern('__new__');
  N.rue = intern('raw-unicode-escape'); N.ascii = intern('ascii'); N.utf8 = intern('utf-8');
  N.surrogatepass = intern('surrogatepass'); N.decode = intern('decode');
  N.stack = intern('_stack'); N.meta = intern('_meta'); N.need = intern('_need'); N.isDefault = intern('_pystm_default');
  namesReady = true;
}

function latin1(b: Uint8Array): string {
  let s = '';
  for (let i = 0; i < b.length; i += 4096) s += String.fromCharCode.apply(null, Array.from(b.subarray(i, i + 4096)));
  return s;
}

/** str(b, 'utf-8', 'surrogatepass'): natively unless the data may hold an encoded surrogate. */
function utf8Str(b: Uint8Array): number {
  let ascii = true;
  let ed = false;
  for (let i = 0; i < b.length; i++) {
    const c = b[i];
    if (c >= 0x80) { ascii = false; if (c === 0xed) { ed = true; break; } }
  }
  if (ascii) return newStr(b.length < 64 ? String.fromCharCode(...b) : latin1(b));
  if (ed) return callObject(T.str, [newBytes(b), N.utf8, N.surrogatepass], 0);
  return newStr(decodeBytes(b, 'utf-8', 'strict'));
}

class Load {
  private data = new Uint8Array(0);
  private pos = 0;
  private stack: number[] = [];
  private meta: number[][] = [];
  /** reading a file: a miss stops the loop (NeedInput) instead of calling the file */
  private readonly fromFile: boolean;
  /** where the opcode being read began (a stopped opcode is read again from there) */
  private opStart = 0;
  private readonly memo: number;
  private readonly h: number;
  private readonly err: number;

  constructor(private readonly self: number) {
    names();
    this.memo = getattr(self, N.memo);
    this.h = getattr(self, N.n);
    this.err = tupleItem(this.h, H_ERROR);
    this.fromFile = getattr(self, N.file) !== K.None;
    this.reload();
    const st = getattr(self, N.stack);
    if (st !== K.None) { // resumed after a refill: the stacks saved by stop()
      this.stack = listItems(st);
      this.meta = listItems(getattr(self, N.meta)).map((l) => listItems(l));
    }
  }

  /** Save the stacks and the need on the unpickler; load() refills `_data` and calls again. */
  stop(need: NeedInput): void {
    this.pos = this.opStart;
    setattr(this.self, N.stack, newList(this.stack));
    setattr(this.self, N.meta, newList(this.meta.map((l) => newList(l))));
    setattr(this.self, N.need, newTuple([intFromNumber(need.kind), intFromNumber(need.n)]));
  }

  private reload(): void {
    const d = getattr(this.self, N.data);
    this.data = bytesView(d).slice();
    this.pos = Number(toBigInt(getattr(this.self, N.pos)));
  }

  sync(): void { setattr(this.self, N.pos, intFromNumber(this.pos)); }

  private fail(msg: string): never { return raise(this.err, msg); }

  /** Call Python code that reads the input itself (or may: the stream position is shared). */
  private callReading(f: number, args: number[]): number {
    this.sync();
    const r = callObject(f, args, 0);
    this.reload();
    return r;
  }

  private read(n: number): Uint8Array {
    const p = this.pos;
    if (p + n <= this.data.length) { this.pos = p + n; return this.data.subarray(p, p + n); }
    if (this.fromFile) throw new NeedInput(NEED_BYTES, p + n - this.opStart);
    const b = this.callReading(getattr(this.self, N.read), [intFromNumber(n)]);
    return bytesView(b).slice();
  }

  private byte(): number {
    if (this.pos < this.data.length) return this.data[this.pos++];
    return this.read(1)[0];
  }

  private u16(): number { const b = this.read(2); return b[0] | (b[1] << 8); }
  private i32(): number { const b = this.read(4); return b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24); }
  private u32(): number { return this.i32() >>> 0; }
  private size8(what: string): number {
    const b = this.read(8);
    const lo = (b[0] | (b[1] << 8) | (b[2] << 16) | (b[3] << 24)) >>> 0;
    const hi = (b[4] | (b[5] << 8) | (b[6] << 16) | (b[7] << 24)) >>> 0;
    const n = (BigInt(hi) << 32n) | BigInt(lo);
    if (n > MAXSIZE) raise(T.OverflowError, `${what} exceeds system's maximum size of ${MAXSIZE} bytes`);
    return hi * 4294967296 + lo;
  }

  /** A line with its newline. */
  private readline(): Uint8Array {
    const d = this.data;
    const p = this.pos;
    const i = d.indexOf(10, p);
    if (i >= 0) { this.pos = i + 1; return d.subarray(p, i + 1); }
    if (this.fromFile) throw new NeedInput(NEED_LINE, p - this.opStart);
    const b = this.callReading(getattr(this.self, N.readline), []);
    return bytesView(b).slice();
  }

  /** The line without its newline, as bytes. */
  private lineBytes(): number {
    const l = this.readline();
    return newBytes(l.subarray(0, l.length - 1));
  }

  private opcode(): number {
    if (this.pos < this.data.length) return this.data[this.pos++];
    if (this.fromFile) throw new NeedInput(NEED_OPCODE, 0);
    const r = this.callReading(getattr(this.self, N.readOpcode), []);
    return Number(toBigInt(r));
  }

  private underflow(): never {
    return this.fail(this.meta.length > 0 ? 'unexpected MARK found' : 'unpickling stack underflow');
  }
  private pop(): number {
    if (this.stack.length === 0) this.underflow();
    return this.stack.pop()!;
  }
  private top(): number {
    if (this.stack.length === 0) this.underflow();
    return this.stack[this.stack.length - 1];
  }
  private popMark(): number[] {
    if (this.meta.length === 0) this.fail('could not find MARK');
    const items = this.stack;
    this.stack = this.meta.pop()!;
    return items;
  }
  private memoGet(i: number | bigint): number {
    const v = typeof i === 'number' ? dictGet(this.memo, intFromNumber(i)) : dictGet(this.memo, intFromBigInt(i));
    if (v === 0) this.fail(`Memo value not found at index ${i}`);
    return v;
  }
  private memoPut(i: number | bigint, v: number): void {
    dictSet(this.memo, typeof i === 'number' ? intFromNumber(i) : intFromBigInt(i), v);
  }
  private helper(i: number, args: number[]): number { return callObject(tupleItem(this.h, i), args, 0); }
  private findClass(module: number, name: number): number {
    return callObject(getattr(this.self, N.findClass), [module, name], 0);
  }
  private decodeString(b: Uint8Array): number {
    return callObject(getattr(this.self, N.decodeString), [newBytes(b)], 0);
  }
  /** A text line decoded (GLOBAL: utf-8, INST: ascii), through bytes.decode for its errors. */
  private lineText(enc: number): number {
    const b = this.lineBytes();
    return callObject(getattr(b, N.decode), [enc], 0);
  }

  run(): number {
    const push = (v: number): void => { this.stack.push(v); };
    for (;;) {
      this.opStart = this.pos;
      const op = this.opcode();
      switch (op) {
        case 0x28: this.meta.push(this.stack); this.stack = []; break; // MARK
        case 0x2e: return this.pop(); // STOP
        case 0x30: // POP (of the MARK when nothing is above it)
          if (this.stack.length > 0) this.stack.pop(); else if (this.meta.length > 0) this.popMark(); else this.underflow();
          break;
        case 0x31: this.popMark(); break; // POP_MARK
        case 0x32: push(this.top()); break; // DUP
        case 0x46: push(callObject(T.float, [this.lineBytes()], 0)); break; // FLOAT
        case 0x49: { // INT
          const l = this.readline();
          if (l.length === 3 && l[0] === 0x30 && l[1] === 0x30 && l[2] === 10) push(K.False);
          else if (l.length === 3 && l[0] === 0x30 && l[1] === 0x31 && l[2] === 10) push(K.True);
          else push(this.helper(H_INT, [newBytes(l)]));
          break;
        }
        case 0x4a: push(intFromNumber(this.i32())); break; // BININT
        case 0x4b: push(intFromNumber(this.byte())); break; // BININT1
        case 0x4d: push(intFromNumber(this.u16())); break; // BININT2
        case 0x4c: { // LONG
          let l = this.readline();
          l = l.subarray(0, l.length - 1);
          if (l.length > 0 && l[l.length - 1] === 0x4c) l = l.subarray(0, l.length - 1);
          push(callObject(T.int, [newBytes(l)], 0));
          break;
        }
        case 0x4e: push(K.None); break; // NONE
        case 0x50: { // PERSID
          const l = this.readline();
          for (let i = 0; i < l.length - 1; i++) {
            if (l[i] >= 0x80) this.fail('persistent IDs in protocol 0 must be ASCII strings');
          }
          const pid = newStr(latin1(l.subarray(0, l.length - 1)));
          push(callObject(getattr(this.self, N.persLoad), [pid], 0));
          break;
        }
        case 0x51: { // BINPERSID (no persistent_load: its error before the pop, as C's)
          const f = getattr(this.self, N.persLoad);
          const d = getattrOpt(f, N.isDefault);
          if (d !== 0 && truthy(d)) callObject(f, [K.None], 0);
          const pid = this.pop();
          push(callObject(f, [pid], 0));
          break;
        }
        case 0x52: { // REDUCE
          const args = this.pop();
          const func = this.pop();
          if (!isInstance(args, T.tuple)) typeError('argument list must be a tuple');
          push(callObject(func, tupleItems(args), 0));
          break;
        }
        case 0x53: push(this.helper(H_STRING, [this.self, this.lineBytes()])); break; // STRING
        case 0x54: { // BINSTRING
          push(this.decodeString(this.read(this.u32()))); // (unsigned in C's unpickler)
          break;
        }
        case 0x55: push(this.decodeString(this.read(this.byte()))); break; // SHORT_BINSTRING
        case 0x56: push(callObject(T.str, [this.lineBytes(), N.rue], 0)); break; // UNICODE
        case 0x58: push(utf8Str(this.read(this.u32()))); break; // BINUNICODE
        case 0x61: { // APPEND
          const v = this.pop();
          const t = this.top();
          if (typeOf(t) === T.list) listAppend(t, v);
          else callObject(getattr(t, N.append), [v], 0);
          break;
        }
        case 0x62: { // BUILD (a plain instance natively: pickle_load_build.ts)
          const state = this.pop();
          if (!buildPlain(this.top(), state)) this.helper(H_BUILD, [this.top(), state]);
          break;
        }
        case 0x63: { // GLOBAL
          const module = this.lineText(N.utf8);
          const name = this.lineText(N.utf8);
          push(this.findClass(module, name));
          break;
        }
        case 0x64: { // DICT
          const items = this.popMark();
          if (items.length % 2) this.fail('odd number of items for DICT');
          const d = newDict();
          for (let i = 0; i < items.length; i += 2) dictSet(d, items[i], items[i + 1]);
          push(d);
          break;
        }
        case 0x7d: push(newDict()); break; // EMPTY_DICT
        case 0x65: { // APPENDS
          const items = this.popMark();
          const t = this.top();
          if (typeOf(t) === T.list) listExtendArray(t, items);
          else this.helper(H_APPENDS, [t, newList(items)]);
          break;
        }
        case 0x67: push(this.memoGet(toBigInt(callObject(T.int, [this.lineBytes()], 0)))); break; // GET
        case 0x68: push(this.memoGet(this.byte())); break; // BINGET
        case 0x6a: push(this.memoGet(this.u32())); break; // LONG_BINGET
        case 0x69: { // INST
          const module = this.lineText(N.ascii);
          const name = this.lineText(N.ascii);
          const klass = this.findClass(module, name);
          push(this.helper(H_INSTANTIATE, [klass, newList(this.popMark())]));
          break;
        }
        case 0x6c: push(newList(this.popMark())); break; // LIST
        case 0x5d: push(newList([])); break; // EMPTY_LIST
        case 0x6f: { // OBJ
          const args = this.popMark();
          if (args.length === 0) this.fail('unpickling stack underflow');
          const cls = args.shift()!;
          push(this.helper(H_INSTANTIATE, [cls, newList(args)]));
          break;
        }
        case 0x70: { // PUT
          const i = toBigInt(callObject(T.int, [this.lineBytes()], 0));
          if (i < 0n) valueError('negative PUT argument');
          this.memoPut(i, this.top());
          break;
        }
        case 0x71: { const i = this.byte(); this.memoPut(i, this.top()); break; } // BINPUT
        case 0x72: { const i = this.u32(); this.memoPut(i, this.top()); break; } // LONG_BINPUT
        case 0x73: { // SETITEM
          const v = this.pop();
          const k = this.pop();
          const t = this.top();
          if (typeOf(t) === T.dict) dictSet(t, k, v); else setitem(t, k, v);
          break;
        }
        case 0x74: push(newTuple(this.popMark())); break; // TUPLE
        case 0x29: push(K.emptyTuple); break; // EMPTY_TUPLE
        case 0x75: { // SETITEMS
          const items = this.popMark();
          const t = this.top();
          if (items.length % 2) this.fail('odd number of items for SETITEMS');
          const exact = typeOf(t) === T.dict;
          for (let i = 0; i < items.length; i += 2) {
            if (exact) dictSet(t, items[i], items[i + 1]); else setitem(t, items[i], items[i + 1]);
          }
          break;
        }
        case 0x47: { // BINFLOAT
          const b = this.read(8);
          push(newFloat(new DataView(b.buffer, b.byteOffset, 8).getFloat64(0, false)));
          break;
        }
        case 0x80: { // PROTO
          const p = this.byte();
          if (p > 5) valueError(`unsupported pickle protocol: ${p}`);
          setattr(this.self, N.proto, intFromNumber(p));
          break;
        }
        case 0x81: { // NEWOBJ
          const args = this.pop();
          const cls = this.pop();
          if (!isInstance(cls, T.type)) this.fail(`NEWOBJ class argument must be a type, not ${tname(cls)}`);
          if (!isInstance(args, T.tuple)) this.fail(`NEWOBJ args argument must be a tuple, not ${tname(args)}`);
          push(callObject(getattr(cls, N.new_), [cls, ...tupleItems(args)], 0));
          break;
        }
        case 0x82: push(this.helper(H_EXT, [this.self, intFromNumber(this.byte())])); break; // EXT1
        case 0x83: push(this.helper(H_EXT, [this.self, intFromNumber(this.u16())])); break; // EXT2
        case 0x84: push(this.helper(H_EXT, [this.self, intFromNumber(this.i32())])); break; // EXT4
        case 0x85: push(newTuple([this.pop()])); break; // TUPLE1
        case 0x86: case 0x87: { // TUPLE2, TUPLE3
          const n = op - 0x84;
          const s = this.stack;
          if (s.length < n) this.underflow();
          push(newTuple(s.splice(s.length - n, n)));
          break;
        }
        case 0x88: push(K.True); break; // NEWTRUE
        case 0x89: push(K.False); break; // NEWFALSE
        case 0x8a: push(intFromBigInt(decodeLong(this.read(this.byte())))); break; // LONG1
        case 0x8b: { // LONG4
          const n = this.i32();
          if (n < 0) this.fail('LONG pickle has negative byte count');
          push(intFromBigInt(decodeLong(this.read(n))));
          break;
        }
        case 0x42: push(newBytes(this.read(this.u32()))); break; // BINBYTES
        case 0x43: push(newBytes(this.read(this.byte()))); break; // SHORT_BINBYTES
        case 0x8c: push(utf8Str(this.read(this.byte()))); break; // SHORT_BINUNICODE
        case 0x8d: push(utf8Str(this.read(this.size8('BINUNICODE')))); break; // BINUNICODE8
        case 0x8e: push(newBytes(this.read(this.size8('BINBYTES')))); break; // BINBYTES8
        case 0x96: push(newBytearray(this.read(this.size8('BYTEARRAY8')).slice())); break; // BYTEARRAY8
        case 0x8f: push(newSet()); break; // EMPTY_SET
        case 0x90: { // ADDITEMS
          const items = this.popMark();
          const t = this.top();
          if (typeOf(t) === T.set) for (const x of items) setAdd(t, x);
          else this.helper(H_ADDITEMS, [t, newList(items)]);
          break;
        }
        case 0x91: push(newFrozenSet(this.popMark())); break; // FROZENSET
        case 0x92: { // NEWOBJ_EX
          const kwargs = this.pop();
          const args = this.pop();
          const cls = this.pop();
          push(this.helper(H_NEWOBJ_EX, [cls, args, kwargs]));
          break;
        }
        case 0x93: { // STACK_GLOBAL
          const name = this.pop();
          const module = this.pop();
          if (typeOf(name) !== T.str || typeOf(module) !== T.str) this.fail('STACK_GLOBAL requires str');
          push(this.findClass(module, name));
          break;
        }
        case 0x94: this.memoPut(dictLen(this.memo), this.top()); break; // MEMOIZE
        case 0x95: this.callReading(tupleItem(this.h, H_FRAME), [this.self]); break; // FRAME
        case 0x97: push(this.helper(H_NEXT_BUFFER, [this.self])); break; // NEXT_BUFFER
        case 0x98: { const b = this.top(); this.stack[this.stack.length - 1] = this.helper(H_READONLY, [b]); break; }
        default: {
          if (op >= 0x20 && op <= 0x7e && op !== 0x27 && op !== 0x5c) this.fail(`invalid load key, '${String.fromCharCode(op)}'.`);
          this.fail(`invalid load key, '\\x${op.toString(16).padStart(2, '0')}'.`);
        }
      }
    }
  }
}

/** _pickle_native.load(unpickler): one pickle from the unpickler's input. */
export function nativeLoad(self: number): number {
  const l = new Load(self);
  let v: number;
  try {
    v = l.run();
  } catch (e) {
    if (!(e instanceof NeedInput)) throw e; // (after an error `_pos` is where the last Python read left it)
    l.stop(e);
    l.sync();
    return K.None;
  }
  setattr(self, N.need, K.None);
  l.sync();
  return v;
}

