// slice_ops: the fast paths of the fused slice instructions (interp/quicken.ts RQ_SLICE3_SUBSCR
// and RQ_SLICE_STORE, run out of line by loop.ts rareOp): `a[i:j:k]` of an exact list or tuple
// and `a[i:j] = b` of a list from a list or an exact tuple, with None or small-int (tagged)
// bounds and steps, without a slice object, the subscript protocol or a JS array. Each returns 0
// when it does not apply (the caller then makes the slice and goes the general way), so no guest
// code runs and nothing is raised here.
// Barriers as list_core.ts's (vm/NOTES.md "Barriers in the VM"): a list is read-barriered before
// its length and vector are read, the items read of a large vector per card range (itemsRead);
// a store write-barriers the list when its vector is small (the list guards it) and the written
// range of the vector (writeBarrierRange: the cards of a large one). Copies are bounded by the
// vector's capacity (listLenBounded): a zombie transaction may see a new length with an old vector.
import { mem } from '../../stmgc/heap';
import { GC_LARGE } from '../../stmgc/layout';
import { payloadWords } from '../../stmgc/objects';
import { writeBarrier, writeBarrierRange } from '../../stmgc/barriers';
import { K, T, typeOf } from '../runtime/types';
import { L_LIST, L_TUPLE } from '../runtime/layouts';
import { copyWords } from '../runtime/heap_copy';
import { LI_ITEMS, itemsRead, listDeleteRange, listLenBounded, listOpenGap, newListN } from '../objects/list_core';
import { newTupleN, TU_ITEMS } from '../objects/tuple_core';

/** The first index of the last adjustSlice (CPython's PySlice_AdjustIndices' *start). */
let sStart = 0;

/** PySlice_AdjustIndices for tagged-int-or-None start/stop and a nonzero JS-number step over a
 *  sequence of `len` items: sets sStart, returns the slice's length. */
function adjustSlice(len: number, start: number, stop: number, step: number): number {
  const none = K.None;
  let a: number;
  let b: number;
  if (start === none) a = step < 0 ? len - 1 : 0;
  else {
    a = start >> 1;
    if (a < 0) { a += len; if (a < 0) a = step < 0 ? -1 : 0; } else if (a >= len) a = step < 0 ? len - 1 : len;
  }
  if (stop === none) b = step < 0 ? -1 : len;
  else {
    b = stop >> 1;
    if (b < 0) { b += len; if (b < 0) b = step < 0 ? -1 : 0; } else if (b >= len) b = step < 0 ? len - 1 : len;
  }
  sStart = a;
  if (step < 0) return b < a ? Math.floor((a - b - 1) / -step) + 1 : 0;
  return a < b ? Math.floor((b - a - 1) / step) + 1 : 0;
}

/**
 * `obj[start:stop:step]` of an exact list or tuple, the bounds None or tagged ints and the step
 * a nonzero tagged int or None: the new list or tuple (an exact tuple's whole slice by step 1 is
 * the tuple itself, an empty one `()`, as CPython's tuplesubscript); 0 when it does not apply.
 */
export function sliceStepped(obj: number, start: number, stop: number, stepV: number): number {
  const m = mem;
  const none = K.None;
  if ((obj & 1) !== 0 || (start !== none && (start & 1) === 0) || (stop !== none && (stop & 1) === 0)) return 0;
  if (stepV !== none && ((stepV & 1) === 0 || stepV === 1)) return 0; // (1: a tagged 0, ValueError)
  const step = stepV === none ? 1 : stepV >> 1;
  const l = m[obj] & 0x7ff;
  if (l === L_TUPLE && typeOf(obj) === T.tuple) {
    const len = m[obj + 2] >> 1;
    const n = adjustSlice(len, start, stop, step);
    if (step === 1 && n === len) return obj;
    const t = newTupleN(n);
    const src = obj + TU_ITEMS + sStart;
    for (let i = 0, j = 0; i < n; i++, j += step) m[t + TU_ITEMS + i] = m[src + j];
    return t;
  }
  if (l !== L_LIST || m[obj + 2] !== T.list) return 0;
  const len = listLenBounded(obj); // (read-barriers the list)
  const n = adjustSlice(len, start, stop, step);
  const a = m[obj + LI_ITEMS];
  const first = sStart;
  const r = newListN(n);
  if (n === 0) return r;
  const last = first + (n - 1) * step;
  if (step > 0) itemsRead(a, first, last + 1);
  else itemsRead(a, last, first + 1);
  const dst = m[r + LI_ITEMS] + 2;
  if (step === 1) copyWords(dst, a + 2 + first, n);
  else if (step === -1) {
    const src = a + 2 + first;
    for (let i = 0; i < n; i++) m[dst + i] = m[src - i];
  } else {
    const src = a + 2 + first;
    for (let i = 0, j = 0; i < n; i++, j += step) m[dst + i] = m[src + j];
  }
  return r;
}

/**
 * `obj[start:stop] = v` (CPython's list_ass_slice) for a list `obj` (exactly: a subclass may
 * define __setitem__), None or tagged-int bounds, and `v` an exact list other than obj itself or
 * an exact tuple (what PySequence_Fast takes as it is; a subclass may define __iter__): the range
 * is resized (an equal length moves nothing) and v's items copied in. 1 when done, 0 when it does not apply.
 */
export function sliceStore(obj: number, start: number, stop: number, v: number): number {
  const m = mem;
  const none = K.None;
  if ((obj & 1) !== 0 || (v & 1) !== 0 || v === obj) return 0;
  if ((start !== none && (start & 1) === 0) || (stop !== none && (stop & 1) === 0)) return 0;
  if ((m[obj] & 0x7ff) !== L_LIST || m[obj + 2] !== T.list) return 0;
  const lv = m[v] & 0x7ff;
  const isTuple = lv === L_TUPLE;
  if (isTuple ? typeOf(v) !== T.tuple : lv !== L_LIST || m[v + 2] !== T.list) return 0;
  const n = isTuple ? m[v + 2] >> 1 : listLenBounded(v); // (read-barriers a list v)
  const len = listLenBounded(obj); // (read-barriers obj)
  const old = adjustSlice(len, start, stop, 1); // (list_ass_slice's ihigh - ilow, ihigh >= ilow)
  const lo = sStart;
  let a: number;
  if (n === old) {
    if (n === 0) return 1;
    a = m[obj + LI_ITEMS]; // (lo + n <= len: within the capacity)
    if ((m[a] & GC_LARGE) === 0) writeBarrier(obj); // a small vector: its list guards it
  } else {
    if (n > old) a = listOpenGap(obj, lo + old, n - old); // (write-barriers obj and the moved range)
    else {
      listDeleteRange(obj, lo + n, old - n); // (write-barriers obj and the moved range)
      a = m[obj + LI_ITEMS];
    }
    if (n === 0 || lo + n > payloadWords(a)) return 1; // (past the capacity: torn (zombie) state only)
  }
  writeBarrierRange(a, lo, lo + n);
  if (isTuple) copyWords(a + 2 + lo, v + TU_ITEMS, n);
  else {
    const b = m[v + LI_ITEMS];
    itemsRead(b, 0, n);
    copyWords(a + 2 + lo, b + 2, n);
  }
  return 1;
}
