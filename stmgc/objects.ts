// stmgc/objects.ts: reading an object's header: type, size, traced words, flags. For the VM,
// the collectors, the verifier and the tests. Large objects keep their exact size in the page
// table (the head's size field is 0), everything else is in the head word.
import { GC_LARGE, GC_OLD, HEADER_WORDS, PAGE_SHIFT, SCAN_ALL, SCAN_MASK, SCAN_SHIFT, SIZE_MASK, SIZE_SHIFT, TYPE_MASK } from './layout';
import { mem, nurseryEnd, nurseryStart, oldBase, pageTableBase } from './heap';

export function objectType(ref: number): number { return mem[ref] & TYPE_MASK; }

/** Total size in words, header included. */
export function objectWords(ref: number): number {
  const g = (mem[ref] >>> SIZE_SHIFT) & SIZE_MASK;
  if (g !== 0) return g << 1;
  return mem[pageTableBase + 2 * ((ref - oldBase) >> PAGE_SHIFT) + 1];
}

/** Payload words (size minus header; includes the padding word of an odd payload). */
export function payloadWords(ref: number): number { return objectWords(ref) - HEADER_WORDS; }

/** How many leading payload words the GC traces. */
export function scanWords(ref: number): number {
  const s = (mem[ref] >>> SCAN_SHIFT) & SCAN_MASK;
  return s === SCAN_ALL ? payloadWords(ref) : s;
}

export function isOld(ref: number): boolean { return (mem[ref] & GC_OLD) !== 0; }
export function isLarge(ref: number): boolean { return (mem[ref] & GC_LARGE) !== 0; }
/** In this worker's nursery. */
export function isYoung(ref: number): boolean { return ref >= nurseryStart && ref < nurseryEnd; }
