// collections.deque, the representation: an L_ITER object (class word, so subclasses get a
// __dict__) with payload [class, __dict__ (subclasses), items (L_ARRAY ring buffer, capacity a
// power of two >= 8), head (tagged: slot of item 0), len (tagged), maxlen (tagged, -1 = None),
// state (tagged: bumped by every change of the items' order or count, as CPython's
// deque->state; iterators and searches compare it)]. Free slots hold 0 (the GC skips them).
// Barriers (vm/NOTES.md "Barriers in the VM"): the deque header guards its items vector, small
// or LARGE: every write to the vector write-barriers the deque first, so readers read-barrier
// the deque only; the vector is barriered for the undo log (writeBarrierCard for one slot,
// writeBarrier for bulk moves). Every index into the vector is masked by the vector's own
// capacity, so a zombie transaction (new head/len with an old vector) never reads outside it.
// Each exported operation is one builtin step: no Python code runs inside it, so it is atomic.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier, writeBarrierCard } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc } from '../runtime/alloc';
import { L_ARRAY, L_ITER } from '../runtime/layouts';
import { T } from '../runtime/types';
import { softConstError } from '../runtime/soft_raise';
import { isSubtype } from './type_core';

export const DQ_ITEMS = 4;
export const DQ_HEAD = 5;
export const DQ_LEN = 6;
export const DQ_MAXLEN = 7;
export const DQ_STATE = 8;
const DQ_PAYLOAD = 7;
const MIN_CAP = 8;
/** Up to this many slots written, each is barriered by its card (a LARGE vector saves one card
 *  each, not all of them); more: the whole vector. */
const FEW = 32;

function capFor(n: number): number {
  let c = MIN_CAP;
  while (c < n) c *= 2;
  return c;
}

/** A new empty deque of class `cls` (maxlen -1: unbounded). */
export function newDeque(cls: number, maxlen = -1): number {
  const d = alloc(L_ITER, DQ_PAYLOAD, SCAN_ALL);
  mem[d + 2] = cls;
  mem[d + DQ_ITEMS] = alloc(L_ARRAY, MIN_CAP, SCAN_ALL);
  mem[d + DQ_HEAD] = 1;
  mem[d + DQ_LEN] = 1;
  mem[d + DQ_MAXLEN] = (maxlen << 1) | 1;
  mem[d + DQ_STATE] = 1;
  return d;
}

/** Whether v is a deque (or an instance of a subclass). */
export function isDeque(v: number): boolean {
  if ((v & 1) === 1 || v === 0 || (mem[v] & 0x7ff) !== L_ITER) return false;
  const c = mem[v + 2];
  return c === T.deque || isSubtype(c, T.deque);
}

export function dqLen(d: number): number {
  readBarrier(d);
  return mem[d + DQ_LEN] >> 1;
}
export function dqMaxlen(d: number): number {
  readBarrier(d);
  return mem[d + DQ_MAXLEN] >> 1;
}
export function dqState(d: number): number {
  readBarrier(d);
  return mem[d + DQ_STATE] >> 1;
}

/** After the deque's write barrier. */
function bumpState(d: number): void {
  mem[d + DQ_STATE] = ((((mem[d + DQ_STATE] >> 1) + 1) & 0x3fffffff) << 1) | 1;
}

/** Item i (0 <= i < len, checked by the caller after dqLen). */
export function dqItem(d: number, i: number): number {
  readBarrier(d);
  const a = mem[d + DQ_ITEMS];
  const mask = payloadWords(a) - 1;
  return mem[a + 2 + (((mem[d + DQ_HEAD] >> 1) + i) & mask)];
}

/** Replaces item i (0 <= i < len, checked by the caller); the state does not change (CPython). */
export function dqSetItem(d: number, i: number, v: number): void {
  writeBarrier(d);
  const a = mem[d + DQ_ITEMS];
  const s = ((mem[d + DQ_HEAD] >> 1) + i) & (payloadWords(a) - 1);
  writeBarrierCard(a, s);
  mem[a + 2 + s] = v;
}

/** The items in order, as a JS array (one consistent read). */
export function dqItems(d: number): number[] {
  readBarrier(d);
  const a = mem[d + DQ_ITEMS];
  const mask = payloadWords(a) - 1;
  const head = mem[d + DQ_HEAD] >> 1;
  const n = Math.min(mem[d + DQ_LEN] >> 1, mask + 1);
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = mem[a + 2 + ((head + i) & mask)];
  return out;
}

/** Moves the items into a new vector of capacity `cap` (>= len), head 0. After writeBarrier(d). */
function resize(d: number, cap: number): number {
  const a = mem[d + DQ_ITEMS];
  const mask = payloadWords(a) - 1;
  const head = mem[d + DQ_HEAD] >> 1;
  const n = Math.min(mem[d + DQ_LEN] >> 1, mask + 1, cap);
  const b = alloc(L_ARRAY, cap, SCAN_ALL);
  for (let i = 0; i < n; i++) mem[b + 2 + i] = mem[a + 2 + ((head + i) & mask)];
  mem[d + DQ_ITEMS] = b;
  mem[d + DQ_HEAD] = 1;
  return b;
}

/** Removes the leftmost item (len > 0, after writeBarrier(d)); returns it. */
function takeLeft(d: number): number {
  const a = mem[d + DQ_ITEMS];
  const cap = payloadWords(a);
  const head = (mem[d + DQ_HEAD] >> 1) & (cap - 1);
  const x = mem[a + 2 + head];
  writeBarrierCard(a, head);
  mem[a + 2 + head] = 0;
  mem[d + DQ_HEAD] = (((head + 1) & (cap - 1)) << 1) | 1;
  mem[d + DQ_LEN] -= 2;
  return x;
}

/** Removes the rightmost item (len > 0, after writeBarrier(d)); returns it. */
function takeRight(d: number): number {
  const a = mem[d + DQ_ITEMS];
  const cap = payloadWords(a);
  const n = (mem[d + DQ_LEN] >> 1) - 1;
  const s = ((mem[d + DQ_HEAD] >> 1) + n) & (cap - 1);
  const x = mem[a + 2 + s];
  writeBarrierCard(a, s);
  mem[a + 2 + s] = 0;
  mem[d + DQ_LEN] = (n << 1) | 1;
  return x;
}

/** A big, mostly empty vector shrinks (after writeBarrier(d)). */
function maybeShrink(d: number): void {
  const cap = payloadWords(mem[d + DQ_ITEMS]);
  const n = mem[d + DQ_LEN] >> 1;
  if (cap >= 256 && n * 8 < cap) resize(d, capFor(n * 2));
}

/** The items vector with room for one more than n (doubled when full; after writeBarrier(d)). */
function roomForOne(d: number, n: number): number {
  const a = mem[d + DQ_ITEMS];
  const cap = payloadWords(a);
  return n >= cap ? resize(d, cap * 2) : a;
}

export function dqAppend(d: number, v: number): void {
  writeBarrier(d);
  const maxlen = mem[d + DQ_MAXLEN] >> 1;
  if (maxlen === 0) return;
  const n = mem[d + DQ_LEN] >> 1;
  const a = roomForOne(d, n);
  const cap = payloadWords(a);
  const s = ((mem[d + DQ_HEAD] >> 1) + n) & (cap - 1);
  writeBarrierCard(a, s);
  mem[a + 2 + s] = v;
  mem[d + DQ_LEN] = ((n + 1) << 1) | 1;
  if (maxlen > 0 && n + 1 > maxlen) takeLeft(d);
  bumpState(d);
}

export function dqAppendLeft(d: number, v: number): void {
  writeBarrier(d);
  const maxlen = mem[d + DQ_MAXLEN] >> 1;
  if (maxlen === 0) return;
  const n = mem[d + DQ_LEN] >> 1;
  const a = roomForOne(d, n);
  const cap = payloadWords(a);
  const s = ((mem[d + DQ_HEAD] >> 1) - 1) & (cap - 1);
  writeBarrierCard(a, s);
  mem[a + 2 + s] = v;
  mem[d + DQ_HEAD] = (s << 1) | 1;
  mem[d + DQ_LEN] = ((n + 1) << 1) | 1;
  if (maxlen > 0 && n + 1 > maxlen) takeRight(d);
  bumpState(d);
}

/** deque.pop's result: an empty deque's IndexError soft-raised (runtime/soft_raise.ts: a JS
 *  throw cost ~2 µs a miss; only the builtin methods call these two). */
export function dqPop(d: number): number {
  if (dqLen(d) === 0) return softConstError(T.IndexError, 'pop from an empty deque');
  writeBarrier(d);
  if (mem[d + DQ_LEN] >> 1 === 0) return softConstError(T.IndexError, 'pop from an empty deque');
  const x = takeRight(d);
  bumpState(d);
  maybeShrink(d);
  return x;
}

export function dqPopLeft(d: number): number {
  if (dqLen(d) === 0) return softConstError(T.IndexError, 'pop from an empty deque');
  writeBarrier(d);
  if (mem[d + DQ_LEN] >> 1 === 0) return softConstError(T.IndexError, 'pop from an empty deque');
  const x = takeLeft(d);
  bumpState(d);
  maybeShrink(d);
  return x;
}

/** Replaces the contents with `items` (kept within maxlen by dropping from the left, as a run of
 *  appends would); the state changes unless `bump` is false (reverse). */
export function dqSetAll(d: number, items: readonly number[], bump = true): void {
  writeBarrier(d);
  const maxlen = mem[d + DQ_MAXLEN] >> 1;
  const skip = maxlen >= 0 && items.length > maxlen ? items.length - maxlen : 0;
  const n = items.length - skip;
  const b = alloc(L_ARRAY, capFor(n), SCAN_ALL);
  for (let i = 0; i < n; i++) mem[b + 2 + i] = items[skip + i];
  mem[d + DQ_ITEMS] = b;
  mem[d + DQ_HEAD] = 1;
  mem[d + DQ_LEN] = (n << 1) | 1;
  if (bump) bumpState(d);
}

/** Appends items in order (one step: atomic; trims from the left past maxlen). */
export function dqExtendArray(d: number, items: readonly number[]): void {
  if (items.length === 0) return;
  writeBarrier(d);
  const maxlen = mem[d + DQ_MAXLEN] >> 1;
  if (maxlen === 0) return;
  const n = mem[d + DQ_LEN] >> 1;
  if (maxlen < 0 || n + items.length <= maxlen) {
    const need = n + items.length;
    let a = mem[d + DQ_ITEMS];
    if (need > payloadWords(a)) a = resize(d, capFor(need));
    const cap = payloadWords(a);
    const few = items.length <= FEW;
    if (!few) writeBarrier(a);
    const head = mem[d + DQ_HEAD] >> 1;
    for (let i = 0; i < items.length; i++) {
      const s = (head + n + i) & (cap - 1);
      if (few) writeBarrierCard(a, s);
      mem[a + 2 + s] = items[i];
    }
    mem[d + DQ_LEN] = (need << 1) | 1;
    bumpState(d);
    return;
  }
  dqSetAll(d, dqItems(d).concat(items));
}

/** Rotates n steps to the right (left for negative n): O(min(k, len - k)) slot moves; the
 *  state changes (as CPython's). */
export function dqRotate(d: number, n: number): void {
  const len = dqLen(d);
  if (len <= 1) return;
  let k = n % len;
  if (k < 0) k += len;
  if (k === 0) return;
  writeBarrier(d);
  const a = mem[d + DQ_ITEMS];
  const cap = payloadWords(a);
  const mask = cap - 1;
  let head = mem[d + DQ_HEAD] >> 1;
  if (len === cap) {
    // a full ring: only the head moves
    mem[d + DQ_HEAD] = (((head - k) & mask) << 1) | 1;
    bumpState(d);
    return;
  }
  const moves = Math.min(k, len - k);
  const few = moves <= FEW;
  if (!few) writeBarrier(a);
  if (k <= len - k) {
    // the last k items move in front of the first
    for (let i = 0; i < k; i++) {
      const from = (head + len - 1) & mask;
      head = (head - 1) & mask;
      if (few) {
        writeBarrierCard(a, head);
        writeBarrierCard(a, from);
      }
      mem[a + 2 + head] = mem[a + 2 + from];
      mem[a + 2 + from] = 0;
    }
  } else {
    // the first len - k items move behind the last
    for (let i = 0; i < len - k; i++) {
      const to = (head + len) & mask;
      if (few) {
        writeBarrierCard(a, to);
        writeBarrierCard(a, head);
      }
      mem[a + 2 + to] = mem[a + 2 + head];
      mem[a + 2 + head] = 0;
      head = (head + 1) & mask;
    }
  }
  mem[d + DQ_HEAD] = (head << 1) | 1;
  bumpState(d);
}

export function dqClear(d: number): void {
  writeBarrier(d);
  mem[d + DQ_ITEMS] = alloc(L_ARRAY, MIN_CAP, SCAN_ALL);
  mem[d + DQ_HEAD] = 1;
  mem[d + DQ_LEN] = 1;
  bumpState(d);
}

export function dqSetMaxlen(d: number, maxlen: number): void {
  writeBarrier(d);
  mem[d + DQ_MAXLEN] = (maxlen << 1) | 1;
}
