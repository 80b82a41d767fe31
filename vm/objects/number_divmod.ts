// divmod(x, y) as CPython's PyNumber_Divmod: the left operand's __divmod__, the right one's
// __rdivmod__ (tried first when its class is a proper subclass that overrides it), then
// TypeError "unsupported operand type(s) for divmod()". int and float define the dunders
// (int.ts, float.ts); exact ints and floats take a direct path without the lookups.
import { K } from '../runtime/types';
import { typeError } from '../runtime/errors';
import { callFound, tname } from '../runtime/protocol';
import { isSubtype, typeInfo } from './type_core';
import { typeOf } from '../runtime/types';
import { intern } from './str_core';

export function divmodObjects(x: number, y: number): number {
  const divmodName = intern('__divmod__');
  const rdivmodName = intern('__rdivmod__');
  const ta = typeOf(x);
  const tb = typeOf(y);
  const tia = typeInfo(ta);
  const l = tia.lookup(divmodName);
  let r = ta !== tb ? typeInfo(tb).lookup(rdivmodName) : 0;
  if (r !== 0 && r === tia.lookup(rdivmodName) && l !== 0) r = 0; // same implementation: the left one decides
  if (r !== 0 && isSubtype(tb, ta)) {
    const v = callFound(y, r, [x]);
    if (v !== K.NotImplemented) return v;
    r = 0;
  }
  if (l !== 0) {
    const v = callFound(x, l, [y]);
    if (v !== K.NotImplemented) return v;
  }
  if (r !== 0) {
    const v = callFound(y, r, [x]);
    if (v !== K.NotImplemented) return v;
  }
  return typeError(`unsupported operand type(s) for divmod(): '${tname(x)}' and '${tname(y)}'`);
}
