// list, the representation: payload [class, __dict__ (subclasses), length (tagged), items
// (L_ARRAY)]. The items vector over-allocates like CPython's (growth ~1.125x + 6), so append is
// amortised O(1); its capacity is the vector's payload size.
// Barriers (vm/NOTES.md "Barriers in the VM"): the list header guards a SMALL items vector.
// Readers read-barrier the list only; every write to the items also write-barriers the list (so
// the conflict is seen on the header), and the vector itself gets writeBarrierCard for one item
// (one 32-word card in the undo log) or writeBarrier for bulk moves. A LARGE vector (> 1022
// items) conflicts per card instead (stmgc/txn_cards.ts): an item store read-barriers the list
// and locks only the item's card, so every reader of a large vector barriers the cards it reads
// (itemRead / itemsRead here, the inline tests in interp/loop.ts), and bulk writes lock the
// cards of the range they touch (writeBarrierRange). Reads of items are bounded by the vector's
// capacity: a zombie transaction may see a new length with an old vector.
import { mem } from '../../stmgc/heap';
import { clearWords, copyWords } from '../runtime/heap_copy';
import { GC_LARGE, SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, readBarrierCard, readBarrierRange, writeBarrier, writeBarrierCard, writeBarrierRange } from '../../stmgc/barriers';
import { payloadWords } from '../../stmgc/objects';
import { alloc, allocOld } from '../runtime/alloc';
import { L_ARRAY, L_DICT, L_ITER, L_LIST, L_RANGE, L_TUPLE } from '../runtime/layouts';
import { K, T, typeOf } from '../runtime/types';
import { iter, next } from '../runtime/protocol';
import { newTupleN, TU_ITEMS } from './tuple_core';
import { dictKeys } from './dict_core';

export const LI_LEN = 4;
export const LI_ITEMS = 5;
const LIST_PAYLOAD = 4;

function newItems(cap: number): number {
  return alloc(L_ARRAY, Math.max(cap, 1), SCAN_ALL);
}

export function newListN(n: number, cls = T.list, old = false): number {
  const l = old ? allocOld(L_LIST, LIST_PAYLOAD, SCAN_ALL) : alloc(L_LIST, LIST_PAYLOAD, SCAN_ALL);
  mem[l + 2] = cls;
  mem[l + LI_LEN] = (n << 1) | 1;
  mem[l + LI_ITEMS] = newItems(n);
  return l;
}

export function newList(items: readonly number[], cls = T.list, old = false): number {
  const l = newListN(items.length, cls, old);
  const a = mem[l + LI_ITEMS];
  for (let i = 0; i < items.length; i++) mem[a + 2 + i] = items[i];
  return l;
}

/** Barrier for reading item i of vector `a` (the list already read-barriered): large vectors
 *  only (a small one is guarded by its list). */
export function itemRead(a: number, i: number): void {
  if ((mem[a] & GC_LARGE) !== 0) readBarrierCard(a, i);
}

/** Barrier for reading items [lo, hi) of vector `a` (large vectors only, as itemRead). */
export function itemsRead(a: number, lo: number, hi: number): void {
  if ((mem[a] & GC_LARGE) !== 0 && hi > lo) readBarrierRange(a, lo, hi);
}

export function listLen(l: number): number {
  readBarrier(l);
  return mem[l + LI_LEN] >> 1;
}

/** Item i (0 <= i < len, checked by the caller). None past the vector's capacity: only a
 *  zombie transaction (torn length/vector) gets there, and it aborts at its next validation. */
export function listItem(l: number, i: number): number {
  readBarrier(l);
  const a = mem[l + LI_ITEMS];
  if (i >= payloadWords(a)) return K.None;
  itemRead(a, i);
  return mem[a + 2 + i];
}

export function listSetItem(l: number, i: number, v: number): void {
  readBarrier(l);
  const a = mem[l + LI_ITEMS];
  if (i >= payloadWords(a)) return; // torn (zombie) state only
  if ((mem[a] & GC_LARGE) === 0) writeBarrier(l); // a small vector: its list guards it
  writeBarrierCard(a, i);
  mem[a + 2 + i] = v;
}

/** The length, bounded by the vector's capacity (equal unless torn), after the read barrier. */
export function listLenBounded(l: number): number {
  readBarrier(l);
  return Math.min(mem[l + LI_LEN] >> 1, payloadWords(mem[l + LI_ITEMS]));
}

/** The items vector for a bulk write of the caller (list and vector write-barriered: every card
 *  of a large vector locked). */
export function listItemsForWrite(l: number): number {
  writeBarrier(l);
  const a = mem[l + LI_ITEMS];
  writeBarrier(a);
  return a;
}

/** The items vector for reads of the caller (the list read-barriered, and every card of a large
 *  vector); bound reads by listLenBounded. */
export function listItemsForRead(l: number): number {
  readBarrier(l);
  const a = mem[l + LI_ITEMS];
  if ((mem[a] & GC_LARGE) !== 0) readBarrier(a);
  return a;
}

export function listItems(l: number): number[] {
  const n = listLenBounded(l);
  const a = mem[l + LI_ITEMS];
  itemsRead(a, 0, n);
  const out = new Array<number>(n);
  // in calls of LOOP_CHUNK items: one call's long loop would stay unoptimized (see listExtendRange)
  for (let i = 0; i < n; i += LOOP_CHUNK) copyOut(out, a + 2, i, Math.min(n, i + LOOP_CHUNK));
  return out;
}

function copyOut(out: number[], from: number, i: number, end: number): void {
  for (; i < end; i++) out[i] = mem[from + i];
}

function copyIn(to: number, items: readonly number[], i: number, end: number): void {
  for (; i < end; i++) mem[to + i] = items[i];
}

import { LOOP_CHUNK } from '../interp/osr_off';

/** Makes room for `need` items (keeping the first `keep`). */
function reserve(l: number, need: number): number {
  const a = mem[l + LI_ITEMS];
  const cap = payloadWords(a);
  if (need <= cap) return a;
  // CPython's 1/8 over-allocation while the vector is small; from 64 Ki items 1/2: a large
  // vector's growth is a new large object, zero-filled, and a copy (no realloc in place), which at
  // 1/8 cost ~9 words copied and 9 zeroed an append and left 8x the final vector as garbage
  // (list(range(6_000_000)) ~130 -> ~25 ns an item with the range path below)
  const newCap = need + (need < 65536 ? (need >> 3) + (need < 9 ? 3 : 6) : need >> 1);
  const b = newItems(newCap);
  const n = Math.min(mem[l + LI_LEN] >> 1, cap, newCap);
  itemsRead(a, 0, n); // (a card writer of a large vector does not lock the list)
  copyWords(b + 2, a + 2, n);
  writeBarrier(l);
  mem[l + LI_ITEMS] = b;
  return b;
}

export function listAppend(l: number, v: number): void {
  writeBarrier(l);
  const n = mem[l + LI_LEN] >> 1;
  const a = reserve(l, n + 1);
  writeBarrierCard(a, n);
  mem[a + 2 + n] = v;
  mem[l + LI_LEN] = ((n + 1) << 1) | 1;
}

/** Replaces the contents with `items`. */
export function listSetAll(l: number, items: readonly number[]): void {
  const b = newItems(items.length);
  for (let i = 0; i < items.length; i++) mem[b + 2 + i] = items[i];
  writeBarrier(l);
  mem[l + LI_ITEMS] = b;
  mem[l + LI_LEN] = (items.length << 1) | 1;
}

export function listExtendArray(l: number, items: readonly number[]): void {
  writeBarrier(l);
  const n = mem[l + LI_LEN] >> 1;
  const a = reserve(l, n + items.length);
  writeBarrierRange(a, n, n + items.length);
  for (let i = 0; i < items.length; i += LOOP_CHUNK) copyIn(a + 2 + n, items, i, Math.min(items.length, i + LOOP_CHUNK));
  writeBarrier(l);
  mem[l + LI_LEN] = ((n + items.length) << 1) | 1;
}

/** l.extend(r) of a range whose items are all tagged ints (immutable: no read barrier): one
 *  reservation and the words written in a loop, no iterator; false (nothing done) otherwise. */
function listExtendRange(l: number, r: number): boolean {
  const start = mem[r + RG_START];
  const step = mem[r + RG_STEP];
  const len = mem[r + RG_LEN];
  if ((start & step & len & 1) === 0) return false;
  const m = len >> 1;
  const first = start >> 1;
  const by = step >> 1;
  const last = first + (m - 1) * by;
  if (m > 0 && (last < -(2 ** 30) || last >= 2 ** 30)) return false;
  writeBarrier(l);
  const n = mem[l + LI_LEN] >> 1;
  const a = reserve(l, n + m);
  writeBarrierRange(a, n, n + m);
  // in calls of at most 4 Ki words: V8 optimizes a function at a call, and on-stack replacement
  // is off (interp/osr_off.ts), so one call with a long loop would run it unoptimized throughout
  // (list(range(6_000_000)) 50-80 -> ~8 ns an item)
  for (let i = 0; i < m; i += LOOP_CHUNK) fillRange(a + 2 + n + i, Math.min(LOOP_CHUNK, m - i), first + i * by, by);
  writeBarrier(l);
  mem[l + LI_LEN] = ((n + m) << 1) | 1;
  return true;
}
import { RG_LEN, RG_START, RG_STEP } from './range_layout';

function fillRange(p: number, m: number, first: number, by: number): void {
  for (let i = 0, v = first; i < m; i++, v += by) mem[p + i] = (v << 1) | 1;
}

/** objects/iterators.ts drainReversedList, installed by that module (it imports this one). */
let drainReversed: (it: number) => number[] | null = () => null;
export function setReversedDrain(f: (it: number) => number[] | null): void { drainReversed = f; }

/** list.extend(iterable); `forUnpack` gives the message of `[*x]` for non-iterables. */
export function listExtend(l: number, iterable: number, forUnpack = false): void {
  const lay = (iterable & 1) === 0 ? mem[iterable] & 0x7ff : 0;
  // the copy is for exact lists (a subclass may override __iter__), as CPython's list_extend
  if (lay === L_LIST && (iterable === l || mem[iterable + 2] === T.list)) {
    // heap-to-heap copy; l.extend(l) reads the first n items of the (possibly new) vector
    const m = listLenBounded(iterable);
    writeBarrier(l);
    const n = mem[l + LI_LEN] >> 1;
    const a = reserve(l, n + m);
    const src = iterable === l ? a : mem[iterable + LI_ITEMS];
    itemsRead(src, 0, m);
    writeBarrierRange(a, n, n + m);
    copyWords(a + 2 + n, src + 2, m);
    writeBarrier(l);
    mem[l + LI_LEN] = ((n + m) << 1) | 1;
    return;
  }
  if (lay === L_TUPLE) {
    const m = mem[iterable + 2] >> 1;
    writeBarrier(l);
    const n = mem[l + LI_LEN] >> 1;
    const a = reserve(l, n + m);
    writeBarrierRange(a, n, n + m);
    copyWords(a + 2 + n, iterable + TU_ITEMS, m);
    writeBarrier(l);
    mem[l + LI_LEN] = ((n + m) << 1) | 1;
    return;
  }
  if (lay === L_RANGE && listExtendRange(l, iterable)) return;
  if (lay === L_DICT && typeOf(iterable) === T.dict) {
    // an exact dict's keys read from its entries (no iterator; nothing runs guest code meanwhile)
    listExtendArray(l, dictKeys(iterable));
    return;
  }
  if (lay === L_ITER) {
    const rest = drainReversed(iterable); // (reversed(list): objects/iterators.ts)
    if (rest !== null) {
      listExtendArray(l, rest);
      return;
    }
  }
  let it: number;
  try {
    it = iter(iterable);
  } catch (e) {
    if (forUnpack) unpackNotIterable(iterable, e);
    throw e;
  }
  for (let x = next(it); x !== 0; x = next(it)) listAppend(l, x);
}

/** A new list holding items [start, start+n) of l (one heap copy). */
export function listSliceCopy(l: number, start: number, n: number, cls = T.list): number {
  readBarrier(l);
  const r = newListN(n, cls);
  const src = mem[l + LI_ITEMS];
  if (start + n > payloadWords(src)) return r; // torn (zombie) state only
  itemsRead(src, start, start + n);
  copyWords(mem[r + LI_ITEMS] + 2, src + 2 + start, n);
  return r;
}

/** Removes items [start, start+n), shifting the tail down (no JS arrays). */
export function listDeleteRange(l: number, start: number, n: number): void {
  if (n <= 0) return;
  writeBarrier(l);
  const a = mem[l + LI_ITEMS];
  const len = Math.min(mem[l + LI_LEN] >> 1, payloadWords(a));
  if (start + n > len) return; // torn (zombie) state only
  writeBarrierRange(a, start, len);
  copyWords(a + 2 + start, a + 2 + start + n, len - start - n);
  clearWords(a + 2 + len - n, n);
  writeBarrier(l);
  mem[l + LI_LEN] = ((len - n) << 1) | 1;
}

/** Opens a gap of n NULL items at `at` (0 <= at <= len); the caller fills it. */
export function listOpenGap(l: number, at: number, n: number): number {
  writeBarrier(l);
  const len = Math.min(mem[l + LI_LEN] >> 1, payloadWords(mem[l + LI_ITEMS]));
  const a = reserve(l, len + n);
  writeBarrierRange(a, at, len + n);
  copyWords(a + 2 + at + n, a + 2 + at, len - at);
  writeBarrier(l);
  mem[l + LI_LEN] = ((len + n) << 1) | 1;
  return a;
}

/** Drops the items past `n` (clearing the slots so the collector does not keep them). */
export function listTruncate(l: number, n: number): void {
  readBarrier(l);
  const a = mem[l + LI_ITEMS];
  const len = Math.min(mem[l + LI_LEN] >> 1, payloadWords(a));
  if (n >= len) return;
  writeBarrier(l);
  writeBarrierRange(a, n, len);
  clearWords(a + 2 + n, len - n);
  writeBarrier(l);
  mem[l + LI_LEN] = (n << 1) | 1;
}

import { unpackNotIterable } from '../interp/star_args';

/** `lst.pop()` of any list: its last item, the list one shorter (list.pop's no-argument case
 *  without the arguments array and the method's dispatch: interp/loop.ts callFromStack); 0 for
 *  an empty list, whose IndexError the caller's general path raises. */
export function listPopLast(l: number): number {
  const n = listLen(l);
  if (n === 0) return 0;
  const v = listItem(l, n - 1);
  listTruncate(l, n - 1);
  return v;
}

export function listToTuple(l: number): number {
  const n = listLenBounded(l);
  const t = newTupleN(n);
  const a = mem[l + LI_ITEMS];
  itemsRead(a, 0, n);
  copyWords(t + TU_ITEMS, a + 2, n); // (copyWithin past a few words: no JS loop to optimize)
  return t;
}

export function isList(v: number): boolean {
  return (v & 1) === 0 && (mem[v] & 0x7ff) === L_LIST;
}
