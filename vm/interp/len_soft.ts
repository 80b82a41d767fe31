// CALL's len(x) for what callFromStack's inline cases (exact list, str, tuple, set) leave: the
// type's len slot, or, for a type without one, the TypeError soft-raised (runtime/soft_raise.ts)
// rather than thrown: `len(5)` caught in a loop cost ~2.1 µs, nearly all of it V8 unwinding a JS
// throw (CPython 0.26 µs).
import { T, typeOf } from '../runtime/types';
import { typeInfo } from '../objects/type_core';
import { softTypeMessage } from '../runtime/type_message';
import { lenResult } from '../runtime/typedef';

/** len(x) as an int object, or 0 when the TypeError was soft-raised. */
export function lenSoft(x: number): number {
  const f = typeInfo(typeOf(x)).slots.len;
  if (f === null) return softTypeMessage(T.TypeError, ["object of type '", "' has no len()"], [x]);
  return lenResult(x, f(x));
}
