// tuple, the representation: payload [length (tagged), items...]. Immutable once built: code
// that creates a tuple fills it before anyone else can see it. The empty tuple is a singleton.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { alloc, allocOld } from '../runtime/alloc';
import { L_TUPLE } from '../runtime/layouts';
import { K } from '../runtime/types';

export const TU_LEN = 2;
export const TU_ITEMS = 3;

/** A tuple of n NULL items to be filled with setTupleItem before it is shared. */
export function newTupleN(n: number, old = false): number {
  if (n === 0 && K.emptyTuple !== 0) return K.emptyTuple;
  const r = old ? allocOld(L_TUPLE, n + 1, SCAN_ALL) : alloc(L_TUPLE, n + 1, SCAN_ALL);
  mem[r + TU_LEN] = (n << 1) | 1;
  return r;
}

export function newTuple(items: readonly number[], old = false): number {
  const r = newTupleN(items.length, old);
  for (let i = 0; i < items.length; i++) mem[r + TU_ITEMS + i] = items[i];
  return r;
}

export function tupleLen(r: number): number { return mem[r + TU_LEN] >> 1; }
export function tupleItem(r: number, i: number): number { return mem[r + TU_ITEMS + i]; }
export function tupleItems(r: number): number[] {
  const n = mem[r + TU_LEN] >> 1;
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = mem[r + TU_ITEMS + i];
  return out;
}
