// The decimal str of an int that fits a JS number exactly (|n| < 2^53), written digit by digit
// straight into a new heap str: no JS string, no BigInt, no astral scan. It is what str(i),
// repr(i), f"{i}", "%d" % i and "{}".format(i) make for the ints programs count with (int.ts's
// repr slot, interp/loop.ts's str() and FORMAT_VALUE fast paths, str_percent_fast.ts,
// str_format_fast.ts). The digits 0-9 alone are the shared one-character strs, as CPython's.
import { u16 } from '../../stmgc/heap';
import { allocBmp, charStr, S_DATA } from './str_core';

/** Units of n in base 10 (a sign included), for a safe integer n. */
export function decimalUnits(n: number): number {
  let a = n < 0 ? -n : n;
  let d = n < 0 ? 2 : 1;
  while (a >= 10) {
    a = Math.floor(a / 10);
    d++;
  }
  return d;
}

/** Writes the len = decimalUnits(n) units of n at u16 index `at`. */
export function writeDecimal(at: number, n: number, len: number): void {
  let a = n;
  if (n < 0) {
    u16[at] = 45;
    a = -n;
  }
  let p = at + len;
  if (a < 0x80000000) {
    let i = a | 0;
    do {
      const q = (i / 10) | 0;
      u16[--p] = 48 + i - q * 10;
      i = q;
    } while (i !== 0);
  } else {
    do {
      const q = Math.floor(a / 10);
      u16[--p] = 48 + (a - q * 10); // (48 + a first would round above 2^53)
      a = q;
    } while (a !== 0);
  }
}

/** The str of Number.isSafeInteger(n)'s n in base 10, as int.__repr__ gives it. */
export function decimalStr(n: number): number {
  if (n >= 0 && n < 10) return charStr(48 + n);
  const len = decimalUnits(n);
  const r = allocBmp(len);
  writeDecimal((r + S_DATA) * 2, n, len);
  return r;
}
