// PyFloat_AsDouble: the C double of an argument that must be a real number, as math, cmath,
// array('d') and the other C functions of CPython take one. A float or float subclass gives its
// value as it is (its __float__ is not called); otherwise type(x).__float__ (int's included),
// whose result must be a float ("T.__float__ returned non-float (type U)"; a strict float
// subclass is accepted with a DeprecationWarning), else type(x).__index__ (an int too large is
// "int too large to convert to float"), else "must be real number, not T".
import { T, typeOf } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { index, tname } from '../runtime/protocol';
import { warn } from '../runtime/warn';
import { floatOf } from './float';
import { intValue, intToFloatChecked } from './int';
import { typeInfo } from './type_core';

const SUBCLASS_DEPRECATED = '.  The ability to return an instance of a strict subclass of ';
const MAY_BE_REMOVED = ' is deprecated, and may be removed in a future version of Python.';

/** The message's tail for a __float__/__complex__ that returned a strict subclass of `base`. */
export function strictSubclassDeprecated(base: string): string {
  return `${SUBCLASS_DEPRECATED}${base}${MAY_BE_REMOVED}`;
}

/** PyFloat_AsDouble(v). */
export function floatAsDouble(v: number): number {
  if ((v & 1) === 1) return v >> 1;
  const f = floatOf(v);
  if (f !== null) return f;
  const i = intValue(v);
  if (i !== null) return intToFloatChecked(i);
  const ti = typeInfo(typeOf(v));
  if (ti.slots.float !== null) {
    const r = ti.slots.float(v);
    const rf = floatOf(r);
    if (rf === null) return typeError(`${tname(v)}.__float__ returned non-float (type ${tname(r)})`);
    if (typeOf(r) !== T.float) {
      warn(T.DeprecationWarning, `${tname(v)}.__float__ returned non-float (type ${tname(r)})${strictSubclassDeprecated('float')}`);
    }
    return rf;
  }
  if (ti.slots.index !== null) return intToFloatChecked(intValue(index(v))!);
  return typeError(`must be real number, not ${tname(v)}`);
}
