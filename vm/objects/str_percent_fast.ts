// str % args for the common shapes, built unit by unit into one new heap str: a BMP format whose
// conversions are only plain %s, %d, %i (no flags, width, precision or key) and %%, applied to
// tagged ints and exact BMP strs (alone or in an exact tuple, one per conversion). Anything else
// (another conversion, a float, a subclass, a mapping, a count mismatch and its error) returns 0
// and the caller runs str_percent.ts's general formatter, which gives the same text.
// Lone surrogates side by side stay two code points: units are copied, never joined in JS.
import { mem, u16 } from '../../stmgc/heap';
import { L_STR, L_TUPLE } from '../runtime/layouts';
import { T, typeOf } from '../runtime/types';
import { allocBmp, copyUnits, emptyStr, S_DATA, S_KIND, S_LEN, unitBase } from './str_core';
import { TU_ITEMS, TU_LEN } from './tuple_core';
import { decimalUnits, writeDecimal } from './str_int';

/** A value a plain %s/%d takes here: 1 a tagged int, 2 an exact BMP str, 0 anything else. */
export function simpleKind(v: number): number {
  if ((v & 1) === 1) return 1;
  if ((mem[v] & 0x7ff) === L_STR && (mem[v + S_KIND] & 1) !== 0 && typeOf(v) === T.str) return 2;
  return 0;
}


/** Units of a value simpleKind accepted, as str() writes it. */
export function simpleUnits(v: number): number {
  return (v & 1) === 1 ? decimalUnits(v >> 1) : mem[v + S_LEN];
}

/** Writes str(v) of a value simpleKind accepted at u16 index `at`; returns the index after it. */
export function writeSimple(at: number, v: number): number {
  if ((v & 1) === 1) {
    const len = decimalUnits(v >> 1);
    writeDecimal(at, v >> 1, len);
    return at + len;
  }
  const len = mem[v + S_LEN];
  copyUnits(at, unitBase(v), len);
  return at + len;
}

/** fmt % args, or 0 when the shape is not one of this file's (see the header). */
export function percentFast(fmt: number, args: number): number {
  if ((mem[fmt + S_KIND] & 1) === 0) return 0;
  let first = 0;
  let count = 1;
  if ((args & 1) === 0 && (mem[args] & 0x7ff) === L_TUPLE) {
    if (typeOf(args) !== T.tuple) return 0;
    count = mem[args + TU_LEN] >> 1;
    first = args + TU_ITEMS;
  }
  const n = mem[fmt + S_LEN];
  const fb = unitBase(fmt);
  // pass 1: check the shape and size the result
  let total = 0;
  let used = 0;
  for (let i = 0; i < n; i++) {
    if (u16[fb + i] !== 37) {
      total++;
      continue;
    }
    if (++i >= n) return 0;
    const c = u16[fb + i];
    if (c === 37) {
      total++;
      continue;
    }
    if (c !== 115 && c !== 100 && c !== 105) return 0; // (s, d, i)
    if (used >= count) return 0;
    const v = first === 0 ? args : mem[first + used];
    used++;
    const k = simpleKind(v);
    if (k === 0 || (k === 2 && c !== 115)) return 0;
    total += simpleUnits(v);
  }
  if (used !== count) return 0;
  // pass 2: write it
  if (total === 0) return emptyStr();
  const r = allocBmp(total); // (allocation never moves an object: fb stays right)
  let at = (r + S_DATA) * 2;
  used = 0;
  for (let i = 0; i < n; i++) {
    const u = u16[fb + i];
    if (u !== 37) {
      u16[at++] = u;
      continue;
    }
    const c = u16[fb + ++i];
    if (c === 37) {
      u16[at++] = 37;
      continue;
    }
    at = writeSimple(at, first === 0 ? args : mem[first + used]);
    used++;
  }
  return r;
}
