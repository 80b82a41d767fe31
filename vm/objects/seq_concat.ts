// `a + b` of tuples and of lists without JS arrays: one allocation of the result and the items
// copied with copyWords (the slots used to build a JS array of both, or a copy of the left list
// that the right one then regrew). Used by the tuple and list `+` slots (objects/tuple.ts,
// objects/list.ts) and by BINARY_OP's fast path for two exact tuples (interp/loop.ts binaryFast).
import { mem } from '../../stmgc/heap';
import { copyWords } from '../runtime/heap_copy';
import { readBarrier } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { newTupleN, TU_ITEMS, TU_LEN } from './tuple_core';
import { itemsRead, listSliceCopy, listExtend, newListN, LI_ITEMS, LI_LEN } from './list_core';

/** Two tuples (the unboxed values, immutable: no barrier). As CPython, an exact tuple plus an
 *  empty one is that tuple itself (`exactA`/`exactB`: the operand was not a tuple subclass). */
export function tupleConcat(a: number, b: number, exactA: boolean, exactB: boolean): number {
  const na = mem[a + TU_LEN] >> 1;
  const nb = mem[b + TU_LEN] >> 1;
  if (nb === 0 && exactA) return a;
  if (na === 0 && exactB) return b;
  const r = newTupleN(na + nb);
  const d = r + TU_ITEMS;
  copyWords(d, a + TU_ITEMS, na);
  copyWords(d + na, b + TU_ITEMS, nb);
  return r;
}

/** Two lists (any list instances): a new plain list of the items of x then y. */
export function listConcat(x: number, y: number): number {
  readBarrier(x);
  readBarrier(y);
  const nx = mem[x + LI_LEN] >> 1;
  const ny = mem[y + LI_LEN] >> 1;
  const r = newListN(nx + ny); // (allocation never collects: the item vectors stay where they are)
  const sx = mem[x + LI_ITEMS];
  const sy = mem[y + LI_ITEMS];
  if (nx > payloadWords(sx) || ny > payloadWords(sy)) {
    // torn (zombie) state only: the general path, which copes with it
    const c = listSliceCopy(x, 0, nx);
    listExtend(c, y);
    return c;
  }
  itemsRead(sx, 0, nx);
  itemsRead(sy, 0, ny);
  const d = mem[r + LI_ITEMS] + 2;
  copyWords(d, sx + 2, nx);
  copyWords(d + nx, sy + 2, ny);
  return r;
}
