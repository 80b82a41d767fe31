// The registry of builtin type objects (filled by bootstrap.ts) and typeOf(), the one function
// that maps any value to its class: tagged ints are int; layouts with a class word (layouts.ts)
// carry it in payload word 0; every other layout has one fixed class.
import { mem } from '../../stmgc/heap';
import { CLASS_WORD, LAYOUT_COUNT } from './layouts';

/** Builtin classes by name (object, type, int, ..., and every builtin exception class). */
export const T: Record<string, number> = Object.create(null);
/** The fixed class of each layout without a class word. */
export const layoutType = new Int32Array(LAYOUT_COUNT);

export function typeOf(v: number): number {
  if ((v & 1) === 1) return T.int;
  const l = mem[v] & 0x7ff;
  return CLASS_WORD[l] === 1 ? mem[v + 2] : layoutType[l];
}

export function layoutOf(v: number): number {
  return (v & 1) === 1 ? 0 : mem[v] & 0x7ff;
}

/** Singletons, filled by the bootstrap. */
export const K = { None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0, emptyTuple: 0 };
