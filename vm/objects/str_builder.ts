// str concatenation (`a + b`, `s += x`), linear in a loop: PyPy's strbuf idea. A long enough
// result is a kind-3 str (str_core.ts), a *view* of a growable buffer (an L_RAW object
// [capacity, used, owner, units...], no pointers) whose first `used` units never change. When `a`
// is the buffer's newest view (a.length === used) and the buffer has room, `a + b` writes b's
// units after `used`, bumps `used` and returns a new view of the same buffer: O(len(b)) (views
// are hashed on first use, as every str). Otherwise (an older view, a full buffer, a kind-1 str,
// another worker's buffer) the units are copied into a new buffer with spare room. Astral text (a
// code point above U+FFFF in a or b) builds the same way in a buffer of one word per code point,
// whose views are kind 4.
// STM: views are immutable, so reading them needs no barrier. `used` is the one shared mutable
// word: an append takes the buffer's write barrier (card-granular: only the card holding `used`
// is locked and undo-logged) so an abort restores `used` (units written past it are then
// invisible garbage), and only the worker that made the buffer appends in place (others copy),
// so no two transactions ever race for one buffer's spare room. vm/NOTES.md "str builders".
import { mem, u16, workerSlot } from '../../stmgc/heap';
import { writeBarrierCard } from '../../stmgc/barriers';
import { alloc, allocUnzeroed } from '../runtime/alloc';
import { L_RAW, L_STR } from '../runtime/layouts';
import {
  B_CAP, B_DATA, B_OWNER, B_USED, KIND_AVIEW, KIND_VIEW, S_BUF, S_DATA, S_KIND, S_LEN, S_VHASH,
  allocBmp, cpBase, emptyStr, strJoinParts, unitBase,
} from './str_core';

/** Results shorter than this (in units) stay plain kind-1 strs (an exact copy): medium strings
 *  (lines, keys, paths) made by one + are common, and a view plus a buffer with room costs about
 *  twice the memory and a slower first use (measured: vm/NOTES.md "str builders"). */
export const BUILD_MIN = 256;

function copyUnits(to: number, from: number, n: number): void {
  if (n < 16) for (let i = 0; i < n; i++) u16[to + i] = u16[from + i];
  else u16.copyWithin(to, from, from + n);
}

/** a + b for strs (exact or the str of a subclass instance). */
export function strConcatRaw(a: number, b: number): number {
  const na = mem[a + S_LEN];
  const nb = mem[b + S_LEN];
  if (na === 0) return b;
  if (nb === 0) return a;
  const ka = mem[a + S_KIND];
  const kb = mem[b + S_KIND];
  if (((ka & kb) & 1) === 0) return astralConcat(a, b, na, nb, ka);
  const n = na + nb;
  if (ka === KIND_VIEW) {
    const r = appendInPlace(a, b, na, nb);
    if (r !== 0) return r;
    return newBuilder(a, b, na, nb, n * 2);
  }
  if (n >= BUILD_MIN) return newBuilder(a, b, na, nb, n + (n >> 2) + BUILD_MIN);
  const r = allocBmp(n);
  const base = (r + S_DATA) * 2;
  copyUnits(base, unitBase(a), na);
  copyUnits(base + na, unitBase(b), nb);
  return r;
}

/** a + b written into a's buffer when a is its newest view, the buffer has room and this worker
 *  made it; 0 otherwise. */
function appendInPlace(a: number, b: number, na: number, nb: number): number {
  const buf = mem[a + S_BUF];
  if (mem[buf + B_USED] !== na || na + nb > mem[buf + B_CAP] || mem[buf + B_OWNER] !== workerSlot + 1) return 0;
  // lock (and undo-log) the card of `used` before reading it for the decision that counts
  writeBarrierCard(buf, B_USED - 2);
  if (mem[buf + B_USED] !== na) return 0;
  const r = alloc(L_STR, 4, 1);
  copyUnits((buf + B_DATA) * 2 + na, unitBase(b), nb);
  mem[buf + B_USED] = na + nb;
  return seal(r, buf, na + nb, KIND_VIEW);
}

/** A new buffer of `cap` units holding a + b, and its first view. */
function newBuilder(a: number, b: number, na: number, nb: number, cap: number): number {
  const n = na + nb;
  cap = (Math.max(cap, n) + 1) & ~1;
  const buf = allocUnzeroed(L_RAW, 3 + (cap >> 1));
  mem[buf + B_CAP] = cap;
  mem[buf + B_USED] = n;
  mem[buf + B_OWNER] = workerSlot + 1;
  const r = alloc(L_STR, 4, 1);
  const base = (buf + B_DATA) * 2;
  copyUnits(base, unitBase(a), na);
  copyUnits(base + na, unitBase(b), nb);
  return seal(r, buf, n, KIND_VIEW);
}

// ── astral text: buffers of one int32 word per code point, views of kind 4 ──

/** Writes the n code points of str s (any kind) as words from mem[at]. */
function copyCodePoints(at: number, s: number, n: number): void {
  if ((mem[s + S_KIND] & 1) !== 0) {
    const base = unitBase(s);
    for (let i = 0; i < n; i++) mem[at + i] = u16[base + i];
  } else {
    const from = cpBase(s);
    mem.copyWithin(at, from, from + n);
  }
}

/** a + b when a or b holds an astral code point (kind ka of a). */
function astralConcat(a: number, b: number, na: number, nb: number, ka: number): number {
  const n = na + nb;
  if (ka === KIND_AVIEW) {
    const r = appendAstralInPlace(a, b, na, nb);
    if (r !== 0) return r;
    return newAstralBuilder(a, b, na, nb, n * 2);
  }
  if (n >= BUILD_MIN) return newAstralBuilder(a, b, na, nb, n + (n >> 2) + BUILD_MIN);
  return strJoinParts(emptyStr(), [a, b]);
}

/** a + b written into a's astral buffer when a is its newest view, the buffer has room and this
 *  worker made it; 0 otherwise. */
function appendAstralInPlace(a: number, b: number, na: number, nb: number): number {
  const buf = mem[a + S_BUF];
  if (mem[buf + B_USED] !== na || na + nb > mem[buf + B_CAP] || mem[buf + B_OWNER] !== workerSlot + 1) return 0;
  writeBarrierCard(buf, B_USED - 2);
  if (mem[buf + B_USED] !== na) return 0;
  const r = alloc(L_STR, 4, 1);
  copyCodePoints(buf + B_DATA + na, b, nb);
  mem[buf + B_USED] = na + nb;
  return seal(r, buf, na + nb, KIND_AVIEW);
}

/** A new astral buffer of `cap` code points holding a + b, and its first view. */
function newAstralBuilder(a: number, b: number, na: number, nb: number, cap: number): number {
  const n = na + nb;
  cap = Math.max(cap, n);
  const buf = allocUnzeroed(L_RAW, 3 + cap);
  mem[buf + B_CAP] = cap;
  mem[buf + B_USED] = n;
  mem[buf + B_OWNER] = workerSlot + 1;
  const r = alloc(L_STR, 4, 1);
  const at = buf + B_DATA;
  copyCodePoints(at, a, na);
  copyCodePoints(at + na, b, nb);
  return seal(r, buf, n, KIND_AVIEW);
}

/** Makes r a view (kind KIND_VIEW or KIND_AVIEW) of the first n units of buf, not hashed yet. */
function seal(r: number, buf: number, n: number, kind: number): number {
  mem[r + S_BUF] = buf;
  mem[r + S_LEN] = n;
  mem[r + S_KIND] = kind;
  mem[r + S_VHASH] = -1;
  return r;
}

/** For tests and sys.getsizeof: the buffer of a kind-3 or kind-4 str (null for other kinds), its
 *  capacity and used units (code points for kind 4). */
export function strBuilderInfo(r: number): { buf: number; cap: number; used: number; owner: number } | null {
  if ((mem[r] & 0x7ff) !== L_STR || mem[r + S_KIND] < KIND_VIEW) return null;
  const buf = mem[r + S_BUF];
  return { buf, cap: mem[buf + B_CAP], used: mem[buf + B_USED], owner: mem[buf + B_OWNER] - 1 };
}
