// readinto()/readinto1() of the binary streams (BytesIO, the files' BufferedReader/Random):
// checks that the target is a writable bytes-like object (bytearray, memoryview of one, array)
// with CPython's message, reads at most its length through `read`, writes the bytes at its start
// and returns how many were read.
import { K, layoutOf } from '../runtime/types';
import { L_BYTEARRAY, L_BYTES } from '../runtime/layouts';
import { typeError } from '../runtime/errors';
import { setitem, tname } from '../runtime/protocol';
import { intFromNumber } from '../objects/int_core';
import { newBytes } from '../objects/bytes_core';
import { bytesOf } from '../objects/bytes';
import { newSlice } from '../objects/slice';
import { bytearrayReplace } from '../objects/bytearray';

export function readIntoTarget(target: number, name: string, read: (n: number) => Uint8Array): number {
  const l = (target & 1) === 1 ? 0 : layoutOf(target);
  const b = l === L_BYTES ? null : bytesOf(target);
  if (b === null) return typeError(`${name}() argument must be read-write bytes-like object, not ${tname(target)}`);
  const data = read(b.length).slice();
  if (l === L_BYTEARRAY) bytearrayReplace(target, 0, data.length, data);
  else setitem(target, newSlice(intFromNumber(0), intFromNumber(data.length), K.None), newBytes(data));
  return intFromNumber(data.length);
}
