// CALL's len(x) for what callFromStack's inline cases (exact list, str, tuple, set) leave: the
// type's len slot, or, for a type without one, the TypeError soft-raised (runtime/soft_raise.ts)
// rather than thrown: `len(5)` caught in a loop cost ~2.1 µs, nearly all of it V8 unwinding a JS
// throw (CPython 0.26 µs).
import { T, typeOf } from '../runtime/types';
import { typeInfo } from '../objects/type_core';
import { excWithMessage } from '../runtime/errors';
import { softRaise } from '../runtime/soft_raise';
import { tname } from '../runtime/protocol';
import { lenResult } from '../runtime/typedef';

/** len(x) as an int object, or 0 when the TypeError was soft-raised. */
export function lenSoft(x: number): number {
  const f = typeInfo(typeOf(x)).slots.len;
  if (f === null) return softRaise(excWithMessage(T.TypeError, `object of type '${tname(x)}' has no len()`));
  return lenResult(x, f(x));
}
