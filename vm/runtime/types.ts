// The registry of builtin type objects (filled by bootstrap.ts) and typeOf(), the one function
// that maps any value to its class: tagged ints are int; layouts with a class word (layouts.ts)
// carry it in payload word 0; every other layout has one fixed class.
import { mem } from '../../stmgc/heap';
import { CLASS_WORD, LAYOUT_COUNT } from './layouts';

/** Builtin classes by name (object, type, int, ..., and every builtin exception class). */
export const T: Record<string, number> = Object.create(null);

/**
 * Turns the registry T into a fast-properties object once the bootstrap has filled it. An object
 * made by Object.create(null) and given ~200 properties one by one is a V8 dictionary: every
 * `T.int`, `T.list` in the loop and the protocol was a hash lookup (~10 ns, measured 4x slower
 * than a fast-mode load). Used as a prototype and loaded through, V8 migrates it to fast mode (the map is kept by the
 * start-up snapshot). Called at the end of bootCore (every thread).
 */
export function makeRegistryFast(): void {
  function Holder(): void {}
  Holder.prototype = T;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const h = new (Holder as any)();
  // V8 makes a prototype fast when a load IC (which needs a feedback vector: a few hundred
  // iterations) first goes through it
  let n = 0;
  for (let i = 0; i < 2000; i++) n += h.object === undefined ? 0 : 1;
  void n;
}
/** The fixed class of each layout without a class word. */
export const layoutType = new Int32Array(LAYOUT_COUNT);

export function typeOf(v: number): number {
  if ((v & 1) === 1) return T.int;
  const l = mem[v] & 0x7ff;
  if (CLASS_WORD[l] === 1) return mem[v + 2];
  const t = layoutType[l];
  return t !== 0 ? t : variantClass(v, l);
}

/** The class of an object of a layout whose layoutType is 0 (L_BUILTIN, L_PROPERTY: method,
 *  slot wrapper, getset... descriptors, vm/objects/descriptor_types.ts), set by the bootstrap. */
let variantClass: (v: number, l: number) => number = () => 0;
export function setVariantClass(f: (v: number, l: number) => number): void { variantClass = f; }

export function layoutOf(v: number): number {
  return (v & 1) === 1 ? 0 : mem[v] & 0x7ff;
}

/** Singletons, filled by the bootstrap. */
export const K = { None: 0, True: 0, False: 0, NotImplemented: 0, Ellipsis: 0, emptyTuple: 0 };
