// Layout ids: the header type field of every VM object (stmgc/layout.ts reserves ids 0..7).
// A layout names a *representation*, not a Python class: user classes are objects of layout
// TYPE and their instances have layout INSTANCE (or EXCEPTION, or the layout of the builtin they
// subclass) with the class in payload word 0. Immutable builtins (int, float, str, bytes, tuple,
// range, ...) carry no class word: their class follows from the layout. The payload field
// offsets of each layout are defined in its vm/objects/ file; CLASS_WORD lists the layouts whose
// payload word 0 is the class.
import { FIRST_VM_TYPE, TYPE_WEAKREF } from '../../stmgc/layout';

let next = FIRST_VM_TYPE;
const id = (): number => next++;

// immutable (no class word)
export const L_NONE = id();
export const L_BOOL = id();
export const L_INT = id(); // a big int; ints in 31 bits are tagged words
export const L_FLOAT = id();
export const L_COMPLEX = id();
export const L_STR = id();
export const L_BYTES = id();
export const L_TUPLE = id();
export const L_RANGE = id();
export const L_SLICE = id();
export const L_CODE = id();
export const L_CELL = id();
export const L_FUNCTION = id();
export const L_METHOD = id();
export const L_BUILTIN = id();
export const L_NOTIMPLEMENTED = id();
export const L_ELLIPSIS = id();
export const L_FRAME = id();
export const L_TRACEBACK = id();
export const L_THREAD = id();
export const L_ARRAY = id(); // internal: a vector of tagged words (list items, dict entries)
export const L_RAW = id(); // internal: raw int32 words (dict index tables, code words)
export const L_ITER = id(); // builtin iterators: [class, source, index, extra] (class word)
export const L_GENERATOR = id();
export const L_COROUTINE = id();
export const L_ASYNCGEN = id();
export const L_PROPERTY = id();
export const L_STATICMETHOD = id();
export const L_CLASSMETHOD = id();
export const L_SUPER = id();
export const L_DICTVIEW = id(); // [class, dict] (class word)
export const L_MAPPINGPROXY = id();
// with a class in payload word 0
export const L_TYPE = id();
export const L_INSTANCE = id();
export const L_EXCEPTION = id();
export const L_LIST = id();
export const L_DICT = id();
export const L_SET = id();
export const L_FROZENSET = id();
export const L_BYTEARRAY = id();
export const L_MODULE = id();
/** An instance of a user subclass of an immutable builtin (int, str, tuple, ...): [class, dict, value]. */
export const L_BOXED = id();
export const LAYOUT_COUNT = next;
/** A weak reference: stmgc's own type id (the GC clears its referent), with a class word. */
export const L_WEAKREF = TYPE_WEAKREF;

/** True for layouts whose payload word 0 is the object's class and word 1 its __dict__ (or 0;
 *  always 0 for the builtin iterator and dict-view layouts). */
export const CLASS_WORD: Uint8Array = (() => {
  const t = new Uint8Array(2048);
  for (const l of [L_TYPE, L_INSTANCE, L_EXCEPTION, L_LIST, L_DICT, L_SET, L_FROZENSET, L_BYTEARRAY, L_MODULE, L_BOXED, L_ITER, L_DICTVIEW, L_WEAKREF]) t[l] = 1;
  return t;
})();
