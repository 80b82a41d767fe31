// hash() of numbers as CPython shows it: the full 64-bit value (ints modulo 2**61-1, floats by
// their exact ratio, complex as real + 1000003*imag), for int, bool, float, complex and user
// subclasses of them that inherit the builtin __hash__. Tables use the 32-bit slot hash instead.
import { T, typeOf } from '../runtime/types';
import { names as N } from '../runtime/protocol';
import { isSubtype, typeInfo } from './type_core';
import { intHashFull, intValue } from './int';
import { floatHashFull, floatOf } from './float';
import { complexHashFull } from './complex';

/** The full hash of a number whose class keeps the builtin __hash__, else null. */
export function numberHashFull(v: number): bigint | null {
  const t = typeOf(v);
  let base = t;
  if (t !== T.int && t !== T.bool && t !== T.float && t !== T.complex) {
    base = isSubtype(t, T.int) ? T.int : isSubtype(t, T.float) ? T.float : isSubtype(t, T.complex) ? T.complex : 0;
    if (base === 0 || typeInfo(t).lookup(N.hash) !== typeInfo(base).lookup(N.hash)) return null;
  }
  if (base === T.float) return floatHashFull(floatOf(v)!, v);
  if (base === T.complex) return complexHashFull(v);
  return intHashFull(intValue(v)!);
}
