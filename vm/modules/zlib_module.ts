// The native module `_pystm_zlib` under lib/zlib.py: crc32/adler32 and the stream steps of our
// own inflate (zlib_inflate.ts) and deflate (zlib_deflate.ts). A stream's whole state lives in a
// bytearray the Python object owns (so it is in the shared heap and any worker can continue it);
// each step takes that bytearray, works on typed-array views of it for the length of the call
// (no allocation happens before the views are dropped) and returns new bytes. Errors come back
// as values ((None, code, message) or a code) and lib/zlib.py raises zlib.error with CPython's
// wording.
import { K } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { indexNumber, tname } from '../runtime/protocol';
import { argRange, defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { bytearrayWritableView } from '../objects/bytearray';
import { intFromNumber, toBigInt } from '../objects/int_core';
import { newTuple } from '../objects/tuple_core';
import { newStr } from '../objects/str_core';
import { index } from '../runtime/protocol';
import { adler32, crc32 } from './zlib_checksums';
import { INFLATE_STATE_SIZE, ZError, inflateInit, inflateRun, inflateSetDictionary } from './zlib_inflate';
import { deflateInit, deflateRun, deflateSetDictionary, deflateStateSize } from './zlib_deflate';

/** A bytes-like argument, CPython's message otherwise. */
function buffer(v: number): Uint8Array {
  const b = bytesOf(v);
  if (b === null) return typeError(`a bytes-like object is required, not '${tname(v)}'`);
  return b;
}

/** An unsigned int argument taken bitwise (clinic's unsigned_int(bitwise=True)). */
function uintBitwise(v: number): number {
  if ((v & 1) === 1) return (v >> 1) >>> 0;
  if (v === K.True || v === K.False) return v === K.True ? 1 : 0;
  return Number(BigInt.asUintN(32, toBigInt(index(v))));
}

/** The state bytearray of a stream (lib/zlib.py made it with the right size). */
function state(v: number): Uint8Array {
  return bytearrayWritableView(v);
}

function errorTuple(e: unknown): number {
  if (e instanceof ZError) return newTuple([K.None, intFromNumber(e.code), e.msg === null ? K.None : newStr(e.msg)]);
  throw e;
}

export function makeZlibNativeModule(): number {
  const m = newModule('_pystm_zlib');
  const fn = (name: string, impl: (a: number[], kw: number) => number): void => moduleSet(m, name, defineBuiltin(name, impl));
  fn('crc32', (a, kw) => {
    argRange('crc32', a, 1, 2, kw);
    const data = buffer(a[0]);
    return intFromNumber(crc32(data, a.length > 1 ? uintBitwise(a[1]) : 0));
  });
  fn('adler32', (a, kw) => {
    argRange('adler32', a, 1, 2, kw);
    const data = buffer(a[0]);
    return intFromNumber(adler32(data, a.length > 1 ? uintBitwise(a[1]) : 1));
  });
  moduleSet(m, 'INFLATE_STATE_SIZE', intFromNumber(INFLATE_STATE_SIZE));
  /** inflate_init(st, wrap, wbits) */
  fn('inflate_init', (a) => {
    inflateInit(state(a[0]), indexNumber(a[1]), indexNumber(a[2]));
    return K.None;
  });
  /** inflate_run(st, data, limit) -> (out, consumed, status) | (None, code, msg) */
  fn('inflate_run', (a) => {
    const data = buffer(a[1]);
    const limit = indexNumber(a[2]);
    let r;
    try {
      r = inflateRun(state(a[0]), data, limit);
    } catch (e) {
      return errorTuple(e);
    }
    return newTuple([newBytes(r.out), intFromNumber(r.consumed), intFromNumber(r.status)]);
  });
  /** inflate_setdict(st, zdict) -> zlib code */
  fn('inflate_setdict', (a) => intFromNumber(inflateSetDictionary(state(a[0]), buffer(a[1]).slice())));
  /** deflate_state_size(wbits, memLevel) -> bytes needed (wbits already 8..15) */
  fn('deflate_state_size', (a) => intFromNumber(deflateStateSize(indexNumber(a[0]), indexNumber(a[1]))));
  /** deflate_init(st, level, method, wbits, memLevel, strategy) -> zlib code */
  fn('deflate_init', (a) => intFromNumber(deflateInit(state(a[0]), indexNumber(a[1]), indexNumber(a[2]),
    indexNumber(a[3]), indexNumber(a[4]), indexNumber(a[5]))));
  /** deflate_setdict(st, zdict) -> zlib code */
  fn('deflate_setdict', (a) => intFromNumber(deflateSetDictionary(state(a[0]), buffer(a[1]).slice())));
  /** deflate_run(st, data, flush) -> (out, code) */
  fn('deflate_run', (a) => {
    const data = buffer(a[1]);
    const r = deflateRun(state(a[0]), data, indexNumber(a[2]));
    return newTuple([newBytes(r.out), intFromNumber(r.code)]);
  });
  return m;
}
