// CPython's "abstract" classes in isinstance()/issubclass() (Objects/abstract.c): an object
// with a `__bases__` tuple counts as a class, and an instance's `__class__` attribute names
// its class. Used when a class argument is not a type (and has no __instancecheck__ /
// __subclasscheck__ of its own) and by type.__instancecheck__/__subclasscheck__: check_class,
// abstract_get_bases and abstract_issubclass, with their messages and RecursionError for
// bases that lead back to themselves.
import { T } from './types';
import { raise, typeError } from './errors';
import { getattrOpt } from './protocol';
import { layoutOf } from './types';
import { L_TUPLE } from './layouts';
import { tupleItems } from '../objects/tuple_core';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';
import { intern } from '../objects/str_core';

/** abstract_get_bases: `cls.__bases__` if it is a tuple, else 0 (only AttributeError is swallowed). */
function abstractGetBases(cls: number): number {
  const bases = getattrOpt(cls, intern('__bases__'));
  return bases !== 0 && layoutOf(bases) === L_TUPLE ? bases : 0;
}

/** check_class: raises TypeError(msg) unless `cls` has a `__bases__` tuple. */
export function checkClass(cls: number, msg: string): void {
  if (abstractGetBases(cls) === 0) typeError(msg);
}

/** abstract_issubclass: `derived` reaches `cls` along `__bases__` (identity, depth-first). */
export function abstractIsSubclass(derived: number, cls: number): boolean {
  let bases: number[];
  for (;;) {
    if (derived === cls) return true;
    const b = abstractGetBases(derived);
    if (b === 0) return false;
    bases = tupleItems(b);
    if (bases.length === 0) return false;
    if (bases.length === 1) { derived = bases[0]; continue; }
    break;
  }
  for (const base of bases) {
    if (enterFrame() > recursionLimit) {
      leaveFrame();
      raise(T.RecursionError, 'maximum recursion depth exceeded in __subclasscheck__');
    }
    try {
      if (abstractIsSubclass(base, cls)) return true;
    } finally {
      leaveFrame();
    }
  }
  return false;
}
