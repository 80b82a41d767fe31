// sort_scan.ts: the passes sorted()/list.sort() make over all the keys before sorting (what kind
// of keys they are; whether small ints are already in order), in calls of LOOP_CHUNK keys: with
// V8's OSR off (interp/osr_off.ts) one call's long loop runs unoptimized to its end, which made a
// first sorted() of 1 M ints ~7x CPython's time in these passes alone.
import { LOOP_CHUNK } from '../interp/osr_off';
import { T, typeOf } from '../runtime/types';

/** The kind every key shares: 1 all tagged (small) ints, 2 all exact strs, 0 anything else. */
export function keysKind(keys: readonly number[]): number {
  const n = keys.length;
  if (n === 0) return 0;
  let kind = (keys[0] & 1) === 1 ? 1 : typeOf(keys[0]) === T.str ? 2 : 0;
  for (let i = 1; i < n && kind !== 0; i += LOOP_CHUNK) kind = kindIn(keys, i, Math.min(n, i + LOOP_CHUNK), kind);
  return kind;
}
function kindIn(keys: readonly number[], from: number, to: number, kind: number): number {
  for (let i = from; i < to; i++) {
    const k = keys[i];
    if (kind === 1 ? (k & 1) !== 1 : (k & 1) === 1 || typeOf(k) !== T.str) return 0;
  }
  return kind;
}

/** Of tagged ints (their words order as their values): 1 when non-decreasing, 2 when
 *  non-increasing (and not all equal), 0 otherwise; all equal gives 3 (both). */
export function intRunDirection(items: readonly number[]): number {
  let dir = 3; // bit 0: still non-decreasing, bit 1: still non-increasing
  const n = items.length;
  for (let i = 1; i < n && dir !== 0; i += LOOP_CHUNK) dir = directionIn(items, i, Math.min(n, i + LOOP_CHUNK), dir);
  return dir;
}
function directionIn(items: readonly number[], from: number, to: number, dir: number): number {
  for (let i = from; i < to && dir !== 0; i++) {
    if (items[i - 1] > items[i]) dir &= 2;
    else if (items[i - 1] < items[i]) dir &= 1;
  }
  return dir;
}
