// str.isdigit/isalpha/isalnum/isspace/isupper/islower/isdecimal/isnumeric/isascii of a str whose
// code units are all ASCII, read from the heap units through a 128-entry class table: no JS
// string (strJs of a young str decodes it every call; an old one goes through a Map). A str with
// any other unit answers -1 and the caller reads its JS text with the Unicode tables (str_case.ts).
import { u16 } from '../../stmgc/heap';
import { strDataBase, strIsBmp, strLen } from './str_core';

export const A_DIGIT = 1;
export const A_ALPHA = 2;
export const A_SPACE = 4;
export const A_UPPER = 8;
export const A_LOWER = 16;

const CLASS = new Uint8Array(128);
for (let c = 48; c <= 57; c++) CLASS[c] = A_DIGIT;
for (let c = 65; c <= 90; c++) CLASS[c] = A_ALPHA | A_UPPER;
for (let c = 97; c <= 122; c++) CLASS[c] = A_ALPHA | A_LOWER;
// Python's whitespace among ASCII: \t \n \v \f \r, the separators \x1c-\x1f and space
for (const c of [9, 10, 11, 12, 13, 28, 29, 30, 31, 32]) CLASS[c] = A_SPACE;

/** 1 when str s is non-empty and every unit is in one of the classes of `mask`, 0 when some ASCII
 *  unit is not, -1 when s has a unit past ASCII (or astral code points). */
export function asciiAllOf(s: number, mask: number): number {
  if (!strIsBmp(s)) return -1;
  const n = strLen(s);
  const d = strDataBase(s);
  const u = u16;
  let ok = n > 0 ? 1 : 0;
  for (let i = 0; i < n; i++) {
    const c = u[d + i];
    if (c >= 128) return -1;
    if ((CLASS[c] & mask) === 0) ok = 0;
  }
  return ok;
}

/** isupper (upper = true) or islower of an all-ASCII str: a cased unit of that case and none of
 *  the other; -1 as asciiAllOf. */
export function asciiCased(s: number, upper: boolean): number {
  if (!strIsBmp(s)) return -1;
  const n = strLen(s);
  const d = strDataBase(s);
  const u = u16;
  const want = upper ? A_UPPER : A_LOWER;
  const other = upper ? A_LOWER : A_UPPER;
  let seen = 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = u[d + i];
    if (c >= 128) return -1;
    seen |= CLASS[c] & want;
    bad |= CLASS[c] & other;
  }
  return seen !== 0 && bad === 0 ? 1 : 0;
}

/** isascii: every unit below 128 (a str with astral code points is not ASCII). */
export function strIsAscii(s: number): boolean {
  if (!strIsBmp(s)) return false;
  const n = strLen(s);
  const d = strDataBase(s);
  const u = u16;
  for (let i = 0; i < n; i++) if (u[d + i] >= 128) return false;
  return true;
}
