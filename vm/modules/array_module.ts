// The native module `array` (CPython 3.11's Modules/arraymodule.c): array (= ArrayType), typecodes,
// and _array_reconstructor, which unpickles an array saved by __reduce_ex__ at protocol 3+
// from its bytes in any machine format (CPython's enum machine_format_code: 0-13 integers by
// size, signedness and byte order, 14-17 IEEE floats and doubles, 18-21 UTF-16/32 text).
// The class (vm/objects/array.ts) and its iterator are built by the bootstrap as T.array and
// T.arrayiterator. Replaces lib/array.py, which kept Python lists and exported read-only copies.
import { mem } from '../../stmgc/heap';
import { T } from '../runtime/types';
import { L_BYTES, L_TYPE } from '../runtime/layouts';
import { typeError, valueError } from '../runtime/errors';
import { getattr, index, tname } from '../runtime/protocol';
import { importModule } from '../runtime/importer';
import { callObject } from '../interp/call';
import { defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern, newStr, strFromCodePoints } from '../objects/str_core';
import { toBigInt, intFromBigInt, intFromNumber } from '../objects/int_core';
import { newFloat } from '../objects/float_core';
import { newList } from '../objects/list_core';
import { bytesView } from '../objects/bytes_core';
import { isSubtype, typeName } from '../objects/type_core';
import { bindArgs } from '../objects/builtin_function';
import { NATIVE_MFORMAT, typecodeArg } from '../objects/array';
import { constructArray } from '../objects/array_ops';
import { TYPECODES, itemSizeOf } from '../objects/array_core';

const DOC = 'This module defines an object type which can efficiently represent\nan array of basic values: characters, integers, floating point\nnumbers.  Arrays are sequence types and behave very much like lists,\nexcept that the type of objects stored in them is constrained.\n';

const MF_SIZES = [1, 1, 2, 2, 2, 2, 4, 4, 4, 4, 8, 8, 8, 8, 4, 4, 8, 8, 4, 4, 8, 8];

function reconstructor(args: number[], kw: number): number {
  const [cls, tcV, mfV, items] = bindArgs('_array_reconstructor', args, kw, ['arraytype', 'typecode', 'mformat_code', 'items']);
  if ((cls & 1) === 1 || (mem[cls] & 0x7ff) !== L_TYPE) typeError(`first argument must be a type object, not ${tname(cls)}`);
  if (!isSubtype(cls, T.array)) typeError(`${typeName(cls)} is not a subtype of array.array`);
  let tc = typecodeArg(tcV, '_array_reconstructor', 2);
  if (!TYPECODES.includes(tc)) valueError('second argument must be a valid type code');
  const mf = Number(toBigInt(index(mfV)));
  if (mf < 0 || mf > 21) valueError('third argument must be a valid machine format code.');
  if ((items & 1) === 1 || (mem[items] & 0x7ff) !== L_BYTES) typeError(`fourth argument should be bytes, not ${tname(items)}`);
  if (mf === NATIVE_MFORMAT[tc]) return constructArray(cls, tc, items);
  const b = bytesView(items).slice();
  const dv = new DataView(b.buffer);
  // (CPython's mformat_descriptors give the text codes 4 and 8 bytes, UTF-16's twice its unit)
  if (b.length % MF_SIZES[mf] !== 0) valueError('string length not a multiple of item size');
  if (mf >= 14 && mf <= 17) {
    const size = mf < 16 ? 4 : 8;
    const le = mf % 2 === 0;
    const out: number[] = [];
    for (let o = 0; o < b.length; o += size) out.push(newFloat(size === 4 ? dv.getFloat32(o, le) : dv.getFloat64(o, le)));
    return constructArray(cls, tc, newList(out));
  }
  if (mf >= 18) {
    const size = mf < 20 ? 2 : 4;
    const le = mf % 2 === 0;
    const cps: number[] = [];
    if (size === 4) {
      for (let o = 0; o + 4 <= b.length; o += 4) cps.push(dv.getUint32(o, le));
    } else {
      for (let o = 0; o + 2 <= b.length; o += 2) {
        const u = dv.getUint16(o, le);
        const u2 = o + 4 <= b.length ? dv.getUint16(o + 2, le) : 0;
        if (u >= 0xd800 && u < 0xdc00 && u2 >= 0xdc00 && u2 < 0xe000) {
          cps.push(0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00));
          o += 2;
        } else cps.push(u);
      }
    }
    return constructArray(cls, tc, strFromCodePoints(cps));
  }
  // integers: size, signedness and byte order of the code; the typecode becomes the last one
  // of that size and signedness (CPython's loop over its descriptors)
  const size = mf < 2 ? 1 : 2 ** (Math.floor((mf - 2) / 4) + 1);
  const signed = mf < 2 ? mf === 1 : (mf - 2) % 4 >= 2;
  const le = mf < 2 || (mf - 2) % 2 === 0;
  for (const c of TYPECODES) {
    if (c !== 'u' && c !== 'f' && c !== 'd' && itemSizeOf(c) === size && (c === c.toLowerCase()) === signed) tc = c;
  }
  const out: number[] = [];
  for (let o = 0; o < b.length; o += size) {
    let v: bigint;
    if (size === 1) v = BigInt(signed ? dv.getInt8(o) : dv.getUint8(o));
    else if (size === 2) v = BigInt(signed ? dv.getInt16(o, le) : dv.getUint16(o, le));
    else if (size === 4) v = BigInt(signed ? dv.getInt32(o, le) : dv.getUint32(o, le));
    else v = signed ? dv.getBigInt64(o, le) : dv.getBigUint64(o, le);
    out.push(v >= -(2n ** 30n) && v < 2n ** 30n ? intFromNumber(Number(v)) : intFromBigInt(v));
  }
  return constructArray(cls, tc, newList(out));
}

export function makeArrayModule(): number {
  const m = newModule('array', T.module, newStr(DOC));
  moduleSet(m, 'array', T.array);
  moduleSet(m, 'ArrayType', T.array);
  moduleSet(m, 'typecodes', intern(TYPECODES));
  moduleSet(m, '_array_reconstructor', defineBuiltin('_array_reconstructor', reconstructor));
  // as CPython's array_modexec: collections.abc.MutableSequence.register(array)
  const abc = importModule('collections.abc');
  callObject(getattr(getattr(abc, intern('MutableSequence')), intern('register')), [T.array], 0);
  return m;
}
