// sorted()/list.sort() when every key is an exact float or a small int (at least one float: all
// small ints have their own path in list.ts sortItems) and none is a NaN: the keys are read once
// into a Float64Array and the order sorted by a comparator on those doubles, not by `<` through
// the protocol per compare (500 k floats: ~1.7 s against python3's 0.26; CPython 3.11 has
// unsafe_float_compare for the same case). Without NaNs, `<` on these keys is a total order of
// their values (ints below 2^30 are exact as doubles; -0.0 and 0.0 are equal to `<`, as here),
// so any stable sort gives the same result as CPython's timsort (here a merge sort of indices).
import { f64, mem } from '../../stmgc/heap';
import { LOOP_CHUNK } from '../interp/osr_off';
import { L_FLOAT } from '../runtime/layouts';
import { T, typeOf } from '../runtime/types';

/** The keys as doubles, or null unless every key is an exact float or a tagged int, at least one
 *  a float, and none a NaN. */
export function numericSortKeys(keys: readonly number[]): Float64Array | null {
  const n = keys.length;
  const vals = new Float64Array(n);
  let floats = 0;
  // in calls of LOOP_CHUNK keys: one call's long loop would stay unoptimized (interp/osr_off.ts)
  for (let i = 0; i < n; i += LOOP_CHUNK) {
    const f = readKeys(keys, vals, i, Math.min(n, i + LOOP_CHUNK));
    if (f < 0) return null;
    floats += f;
  }
  return floats > 0 ? vals : null;
}

/** vals[from, to) = keys[from, to) as doubles; the number of floats among them, or -1 at a key
 *  that is neither a tagged int nor an exact float, or is a NaN. */
function readKeys(keys: readonly number[], vals: Float64Array, from: number, to: number): number {
  let floats = 0;
  for (let i = from; i < to; i++) {
    const k = keys[i];
    if ((k & 1) === 1) vals[i] = k >> 1;
    else if ((mem[k] & 0x7ff) === L_FLOAT && typeOf(k) === T.float) {
      const d = f64[(k + 2) >> 1];
      if (d !== d) return -1;
      vals[i] = d;
      floats++;
    } else return -1;
  }
  return floats;
}

/** items ordered stably by vals (their keys' values); reverse keeps equal items in their
 *  original order, as CPython's (reverse, sort, reverse). */
export function sortByNumbers(items: readonly number[], vals: Float64Array, reverse: boolean): number[] {
  const n = items.length;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i += LOOP_CHUNK) initOrder(order, i, Math.min(n, i + LOOP_CHUNK), reverse);
  mergeSort(order, new Int32Array(n), vals, 0, n);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i += LOOP_CHUNK) takeInOrder(out, items, order, i, Math.min(n, i + LOOP_CHUNK), reverse);
  return out;
}

function initOrder(order: Int32Array, from: number, to: number, reverse: boolean): void {
  const n = order.length;
  for (let i = from; i < to; i++) order[i] = reverse ? n - 1 - i : i;
}

function takeInOrder(out: number[], items: readonly number[], order: Int32Array, from: number, to: number, reverse: boolean): void {
  const n = order.length;
  for (let i = from; i < to; i++) out[i] = items[order[reverse ? n - 1 - i : i]];
}

/**
 * A stable merge sort of order[lo, hi) by vals, with the compares inline (an Array sort's
 * comparator call was ~60 ns a compare here). Recursive on purpose: V8 optimizes a function at a
 * call and on-stack replacement is off (interp/osr_off.ts), so the many small calls get the
 * optimized code before the long merges at the top run.
 */
function mergeSort(order: Int32Array, tmp: Int32Array, vals: Float64Array, lo: number, hi: number): void {
  if (hi - lo <= 24) {
    for (let i = lo + 1; i < hi; i++) {
      const x = order[i];
      const v = vals[x];
      let j = i - 1;
      while (j >= lo && v < vals[order[j]]) {
        order[j + 1] = order[j];
        j--;
      }
      order[j + 1] = x;
    }
    return;
  }
  const mid = (lo + hi) >>> 1;
  mergeSort(order, tmp, vals, lo, mid);
  mergeSort(order, tmp, vals, mid, hi);
  if (!(vals[order[mid]] < vals[order[mid - 1]])) return; // (the halves already in order)
  merge(order, tmp, vals, lo, mid, hi);
}

/** order[lo, mid) and order[mid, hi), each sorted, merged in place (the left half copied to
 *  tmp); an item of the right half goes first only when strictly smaller (stable). */
function merge(order: Int32Array, tmp: Int32Array, vals: Float64Array, lo: number, mid: number, hi: number): void {
  for (let i = lo; i < mid; i++) tmp[i] = order[i];
  let i = lo;
  let j = mid;
  let k = lo;
  while (i < mid && j < hi) {
    if (vals[order[j]] < vals[tmp[i]]) order[k++] = order[j++];
    else order[k++] = tmp[i++];
  }
  while (i < mid) order[k++] = tmp[i++];
}
