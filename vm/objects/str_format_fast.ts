// str.format for the common shape, built unit by unit into one new heap str: a BMP format whose
// replacement fields are only `{}` (automatic numbering, no name, index, conversion or spec),
// with `{{` and `}}` escapes, over positional tagged ints and exact BMP strs (str_percent_fast.ts
// simpleKind), no keyword arguments. Anything else (another field form, a lone brace, too few
// arguments and its IndexError, floats, subclasses) returns 0 and str_format.ts's general
// renderer runs, with the same text or error. Unused extra arguments are allowed, as in CPython.
import { mem, u16 } from '../../stmgc/heap';
import { allocBmp, emptyStr, S_DATA, S_KIND, S_LEN, unitBase } from './str_core';
import { simpleKind, simpleUnits, writeSimple } from './str_percent_fast';

/** fmt.format(*args[first:]), or 0 when the shape is not this file's (see the header). */
export function formatFast(fmt: number, args: readonly number[], first: number): number {
  if ((mem[fmt + S_KIND] & 1) === 0) return 0;
  const n = mem[fmt + S_LEN];
  const fb = unitBase(fmt);
  let total = 0;
  let next = first;
  for (let i = 0; i < n; i++) {
    const u = u16[fb + i];
    if (u === 123) { // {
      if (i + 1 >= n) return 0;
      const c = u16[fb + i + 1];
      i++;
      if (c === 123) { total++; continue; }
      if (c !== 125 || next >= args.length || simpleKind(args[next]) === 0) return 0;
      total += simpleUnits(args[next++]);
    } else if (u === 125) { // }
      if (i + 1 >= n || u16[fb + i + 1] !== 125) return 0;
      i++;
      total++;
    } else total++;
  }
  if (total === 0) return emptyStr();
  const r = allocBmp(total); // (allocation never moves an object: fb stays right)
  let at = (r + S_DATA) * 2;
  next = first;
  for (let i = 0; i < n; i++) {
    const u = u16[fb + i];
    if (u === 123 && u16[fb + i + 1] === 125) {
      at = writeSimple(at, args[next++]);
      i++;
    } else {
      u16[at++] = u;
      if (u === 123 || u === 125) i++; // (an escape: one brace written)
    }
  }
  return r;
}
