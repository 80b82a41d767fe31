// The native module `binascii` (CPython 3.11's Modules/binascii.c): argument conversion with
// clinic's messages, then the codecs of binascii_codecs.ts / binascii_qp.ts and zlib's crc32.
// Also `_pystm_base32` (b32encode/b32decode for lib/base64.py, binascii_base32.ts: CPython's
// binascii has no Base32), which shares the argument conversion and binascii.Error.
// Binary arguments are any C-contiguous buffer (bytes, bytearray, memoryview, array: bytesOf,
// whose views read-barrier a bytearray's storage); the a2b_* functions also take ASCII-only str.
// Each function reads its input inside the one builtin call and returns a new bytes object, so
// nothing is kept between calls; the input's view is taken after every argument conversion that
// may run Python code (__index__, __len__), which could resize a bytearray under a view.
// binascii.Error and binascii.Incomplete are made by bootCore (initBinasciiTypes), so every
// worker's replay names the same classes.
import { mem, u16 } from '../../stmgc/heap';
import { K, T } from '../runtime/types';
import { L_BYTES, L_EXCEPTION, L_ITER } from '../runtime/layouts';
import { raise, typeError, valueError, overflowError } from '../runtime/errors';
import { getattr, index, len, tname } from '../runtime/protocol';
import { makeBuiltinType } from '../runtime/typedef';
import { argRange, bindArgs, defineBuiltin, exactArgs, noKeywords } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { bytesOf } from '../objects/bytes';
import { newBytes } from '../objects/bytes_core';
import { intern, strCodeAt, strIsBmp, strJs, strLen, unitBase } from '../objects/str_core';
import { strObj } from '../objects/str';
import { intFromNumber, toBigInt } from '../objects/int_core';
import { tupleItem, tupleLen } from '../objects/tuple_core';
import { isSubtype } from '../objects/type_core';
import { typeOf } from '../runtime/types';
import { crc32 } from './zlib_checksums';
import { CodecError, a2bBase64, a2bHex, a2bUu, b2aBase64, b2aHex, b2aUu, crcHqx } from './binascii_codecs';
import { a2bQp, b2aQp } from './binascii_qp';
import { b32Decode, b32Encode } from './binascii_base32';

let errorType = 0;
let incompleteType = 0;

/** bootCore: binascii.Error (a ValueError) and binascii.Incomplete. */
export function initBinasciiTypes(): void {
  errorType = makeBuiltinType({ name: 'Error', module: 'binascii', base: T.ValueError, layout: L_EXCEPTION, flags: 20 });
  incompleteType = makeBuiltinType({ name: 'Incomplete', module: 'binascii', base: T.Exception, layout: L_EXCEPTION, flags: 20 });
}

function isMemoryview(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_ITER && isSubtype(mem[v + 2], T.memoryview);
}

/** A `y*` argument: a C-contiguous buffer (a view valid for this call). */
function binaryArg(v: number): Uint8Array {
  if (isMemoryview(v) && getattr(v, intern('c_contiguous')) !== K.True) {
    raise(T.BufferError, 'memoryview: underlying buffer is not C-contiguous');
  }
  const b = bytesOf(v);
  if (b === null) return typeError(`a bytes-like object is required, not '${tname(v)}'`);
  return b;
}

/** binascii's ascii_buffer_converter: an ASCII-only str or a C-contiguous buffer. */
function asciiArg(v: number): Uint8Array {
  const s = strObj(v);
  if (s !== 0) {
    const n = strLen(s);
    const out = new Uint8Array(n);
    const bad = (): never => valueError('string argument should contain only ASCII characters');
    if (!strIsBmp(s)) bad();
    const base = unitBase(s);
    for (let i = 0; i < n; i++) {
      const c = u16[base + i];
      if (c > 127) bad();
      out[i] = c;
    }
    return out;
  }
  const b = isMemoryview(v) && getattr(v, intern('c_contiguous')) !== K.True ? null : bytesOf(v);
  if (b === null) return typeError(`argument should be bytes, buffer or ASCII string, not '${tname(v)}'`);
  return b;
}

/** A C int taken through __index__ (clinic's `int` and `bool(accept={int})`). */
function cInt(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const b = toBigInt(index(v));
  if (b > 2147483647n || b < -2147483648n) overflowError('Python int too large to convert to C int');
  return Number(b);
}

/** An unsigned int taken bitwise (clinic's unsigned_int(bitwise=True)). */
function uintBitwise(v: number): number {
  if ((v & 1) === 1) return (v >> 1) >>> 0;
  return Number(BigInt.asUintN(32, toBigInt(index(v))));
}

/** Clinic's parser for `f(data, /, *, name=default)`: [data, value or 0]. */
function dataAndKeyword(fname: string, a: number[], kw: number, name: string): [number, number] {
  const nkw = kw === 0 ? 0 : tupleLen(kw);
  const npos = a.length - nkw;
  if (npos !== 1) typeError(`${fname}() takes exactly 1 positional argument (${npos} given)`);
  let value = 0;
  for (let k = 0; k < nkw; k++) {
    const key = strJs(tupleItem(kw, k));
    if (key !== name) typeError(`'${key}' is an invalid keyword argument for ${fname}()`);
    value = a[npos + k];
  }
  return [a[0], value];
}

function flag(v: number, dflt: boolean): boolean {
  return v === 0 ? dflt : cInt(v) !== 0;
}

/** The separator byte of hexlify (Python/pystrhex.c), -1 for none. */
function separator(v: number): number {
  if (v === 0) return -1;
  if (len(v) !== 1) valueError('sep must be length 1.');
  const s = strObj(v);
  if (s !== 0) {
    const c = strCodeAt(s, 0);
    if (c > 255) valueError('sep must be ASCII.');
    return c;
  }
  const isBytes = (v & 1) === 0 && ((mem[v] & 0x7ff) === L_BYTES || isSubtype(typeOf(v), T.bytes));
  if (!isBytes) typeError('sep must be str or bytes.');
  return bytesOf(v)![0];
}

/** Runs a codec, raising binascii.Error for its data errors. */
function codec(f: () => Uint8Array): number {
  let out: Uint8Array;
  try {
    out = f();
  } catch (e) {
    if (e instanceof CodecError) raise(errorType, e.msg);
    throw e;
  }
  return newBytes(out);
}

export function makeBinasciiModule(): number {
  const m = newModule('binascii', T.module, intern('Conversion between binary data and ASCII'));
  const fn = (name: string, impl: (a: number[], kw: number) => number): number => {
    const b = defineBuiltin(name, impl, 0, m);
    moduleSet(m, name, b);
    return b;
  };
  moduleSet(m, 'Error', errorType);
  moduleSet(m, 'Incomplete', incompleteType);
  fn('a2b_uu', (a, kw) => {
    exactArgs('binascii.a2b_uu', a, 1, kw);
    const data = asciiArg(a[0]);
    return codec(() => a2bUu(data));
  });
  fn('b2a_uu', (a, kw) => {
    const [d, bt] = dataAndKeyword('b2a_uu', a, kw, 'backtick');
    binaryArg(d);
    const backtick = flag(bt, false); // (may run __index__: the view is taken after it)
    const data = binaryArg(d);
    return codec(() => b2aUu(data, backtick));
  });
  fn('a2b_base64', (a, kw) => {
    const [d, sm] = dataAndKeyword('a2b_base64', a, kw, 'strict_mode');
    asciiArg(d);
    const strict = flag(sm, false);
    const data = asciiArg(d);
    return codec(() => a2bBase64(data, strict));
  });
  fn('b2a_base64', (a, kw) => {
    const [d, nl] = dataAndKeyword('b2a_base64', a, kw, 'newline');
    binaryArg(d);
    const newline = flag(nl, true);
    const data = binaryArg(d);
    return codec(() => b2aBase64(data, newline));
  });
  fn('crc_hqx', (a, kw) => {
    noKeywords('binascii.crc_hqx', kw);
    exactArgs('crc_hqx', a, 2);
    binaryArg(a[0]);
    const crc = uintBitwise(a[1]);
    return intFromNumber(crcHqx(binaryArg(a[0]), crc));
  });
  fn('crc32', (a, kw) => {
    noKeywords('binascii.crc32', kw);
    argRange('crc32', a, 1, 2);
    binaryArg(a[0]);
    const crc = a.length > 1 ? uintBitwise(a[1]) : 0;
    return intFromNumber(crc32(binaryArg(a[0]), crc));
  });
  const hexlify = (name: string) => (a: number[], kw: number): number => {
    const [d, sepV, perV] = bindArgs(name, a, kw, ['data', 'sep?', 'bytes_per_sep?']);
    binaryArg(d);
    const sep = separator(sepV);
    const per = perV === 0 ? 1 : cInt(perV);
    const data = binaryArg(d);
    return codec(() => b2aHex(data, sep, per));
  };
  fn('b2a_hex', hexlify('b2a_hex'));
  fn('hexlify', hexlify('hexlify'));
  const unhexlify = (name: string) => (a: number[], kw: number): number => {
    exactArgs(`binascii.${name}`, a, 1, kw);
    const data = asciiArg(a[0]);
    return codec(() => a2bHex(data));
  };
  fn('a2b_hex', unhexlify('a2b_hex'));
  fn('unhexlify', unhexlify('unhexlify'));
  fn('a2b_qp', (a, kw) => {
    const [d, h] = bindArgs('a2b_qp', a, kw, ['data', 'header?']);
    asciiArg(d);
    const header = flag(h, false);
    const data = asciiArg(d);
    return codec(() => a2bQp(data, header));
  });
  fn('b2a_qp', (a, kw) => {
    const [d, qt, it, h] = bindArgs('b2a_qp', a, kw, ['data', 'quotetabs?', 'istext?', 'header?']);
    binaryArg(d);
    const quotetabs = flag(qt, false);
    const istext = flag(it, true);
    const header = flag(h, false);
    const data = binaryArg(d);
    return codec(() => b2aQp(data, quotetabs, istext, header));
  });
  return m;
}

/** The native module `_pystm_base32`: encode(data, alphabet) and decode(data, alphabet) for
 *  lib/base64.py (which keeps the str/map01/casefold handling); errors are binascii.Error. */
export function makeBase32Module(): number {
  const m = newModule('_pystm_base32', T.module, intern('Base32 codecs for base64'));
  const alphabetArg = (v: number): Uint8Array => {
    const b = bytesOf(v);
    if (b === null || b.length !== 32) valueError('a Base32 alphabet is 32 bytes');
    return b!;
  };
  moduleSet(m, 'encode', defineBuiltin('encode', (a, kw) => {
    exactArgs('_pystm_base32.encode', a, 2, kw);
    const alphabet = alphabetArg(a[1]);
    return newBytes(b32Encode(binaryArg(a[0]), alphabet));
  }, 0, m));
  moduleSet(m, 'decode', defineBuiltin('decode', (a, kw) => {
    exactArgs('_pystm_base32.decode', a, 2, kw);
    const alphabet = alphabetArg(a[1]);
    const data = binaryArg(a[0]);
    return codec(() => b32Decode(data, alphabet));
  }, 0, m));
  return m;
}
