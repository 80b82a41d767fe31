// str_join.ts: sep.join(L) for an exact list or tuple whose items are all exact BMP strs (with a
// BMP sep), read straight from the items vector: no JS array of the items (str.ts joinImpl's
// iterToArray made one per call, and V8's collections of those arrays were 13% of a join loop),
// no per-item type dispatch; one pass sizes and checks, one copies the units into a str that is
// not zeroed first (every unit is written). Anything else returns 0 and joinImpl's general path
// runs (its errors, subclasses, astral text and iterators unchanged).
import { mem, u16 } from '../../stmgc/heap';
import { allocUnzeroed } from '../runtime/alloc';
import { L_STR } from '../runtime/layouts';
import { S_DATA, S_HASH, S_KIND, S_LEN, copyUnits, emptyStr, unitBase } from './str_core';

/** sep.join of the n >= 2 items mem[at .. at+n), or 0 when sep or an item is not an exact BMP
 *  str. Nothing here runs guest code. */
export function joinBmpItems(sep: number, at: number, n: number): number {
  const m = mem;
  if ((m[sep + S_KIND] & 1) === 0) return 0;
  const ns = m[sep + S_LEN];
  // both passes in calls of LOOP_CHUNK items: V8 optimizes a function at a call and on-stack
  // replacement is off (interp/osr_off.ts), so one call's long loop stayed unoptimized throughout
  let total = ns * (n - 1);
  for (let i = 0; i < n; i += LOOP_CHUNK) {
    const t = bmpLengths(at, i, Math.min(n, i + LOOP_CHUNK));
    if (t < 0) return 0;
    total += t;
  }
  if (total === 0) return emptyStr(); // (CPython's empty str, as PyUnicode_New(0))
  const r = allocUnzeroed(L_STR, 3 + ((total + 1) >> 1));
  m[r + S_HASH] = -1;
  m[r + S_LEN] = total;
  m[r + S_KIND] = 1;
  let to = (r + S_DATA) * 2;
  if ((total & 1) !== 0) u16[to + total] = 0; // the padding unit
  const ps = unitBase(sep);
  for (let i = 0; i < n; i += LOOP_CHUNK) to = copyItems(at, i, Math.min(n, i + LOOP_CHUNK), to, ps, ns);
  return r;
}

import { LOOP_CHUNK } from '../interp/osr_off';

/** The summed lengths of the strs at mem[at + i .. at + end), or -1 when one is not a BMP str. */
function bmpLengths(at: number, i: number, end: number): number {
  const m = mem;
  let total = 0;
  for (; i < end; i++) {
    const p = m[at + i];
    if ((p & 1) === 1 || (m[p] & 0x7ff) !== L_STR || (m[p + S_KIND] & 1) === 0) return -1;
    total += m[p + S_LEN];
  }
  return total;
}

/** Copies the strs at mem[at + i .. at + end) to unit `to`, each but the very first after the
 *  separator (ns units at ps); the unit after the last one written. */
function copyItems(at: number, i: number, end: number, to: number, ps: number, ns: number): number {
  const m = mem;
  const sepUnit = u16[ps];
  for (; i < end; i++) {
    if (i > 0) {
      if (ns === 1) u16[to] = sepUnit;
      else copyUnits(to, ps, ns);
      to += ns;
    }
    const p = m[at + i];
    const len = m[p + S_LEN];
    copyUnits(to, m[p + S_KIND] === 1 ? (p + S_DATA) * 2 : unitBase(p), len);
    to += len;
  }
  return to;
}
