// The decimal str of an int that fits a JS number exactly (|n| < 2^53), written digit by digit
// straight into a new heap str: no JS string, no BigInt, no astral scan. It is what str(i),
// repr(i), f"{i}" and "%d" % i make for the ints programs count with (int.ts's repr slot,
// interp/loop.ts's str() and FORMAT_VALUE fast paths, str_percent.ts). The digits 0-9 alone are
// the shared one-character strs, as CPython's.
import { u16 } from '../../stmgc/heap';
import { allocBmp, charStr, S_DATA } from './str_core';

/** Number of decimal digits of a non-negative safe integer. */
function digitCount(a: number): number {
  let d = 1;
  while (a >= 10) {
    a = Math.floor(a / 10);
    d++;
  }
  return d;
}

/** The str of Number.isSafeInteger(n)'s n in base 10, as int.__repr__ gives it. */
export function decimalStr(n: number): number {
  if (n >= 0 && n < 10) return charStr(48 + n);
  const neg = n < 0;
  let a = neg ? -n : n;
  const len = digitCount(a) + (neg ? 1 : 0);
  const r = allocBmp(len);
  const base = (r + S_DATA) * 2;
  let at = base + len;
  if (a < 0x80000000) {
    let i = a | 0;
    do {
      const q = (i / 10) | 0;
      u16[--at] = 48 + i - q * 10;
      i = q;
    } while (i !== 0);
  } else {
    do {
      const q = Math.floor(a / 10);
      u16[--at] = 48 + (a - q * 10);
      a = q;
    } while (a !== 0);
  }
  if (neg) u16[base] = 45;
  return r;
}
