// Answers of counted builtins (builtins_module.ts COUNTED_CALLS: a recursion level each, as
// CPython's Py_EnterRecursiveCall) for arguments that can never run Python code: a tagged int to
// abs/hex/oct/bin/chr, a one-character exact str to ord, two tagged ints to divmod. Such a call
// cannot recurse, so it skips the level's bookkeeping (enterFrame, a try/finally, a closure) and
// the BigInt the general paths go through. 0: not such a call (the counted impl runs).
import { mem } from '../../stmgc/heap';
import { intFromNumber } from '../objects/int_core';
import { charStr, newStr, strCodeAt, strLen } from '../objects/str_core';
import { newTuple } from '../objects/tuple_core';
import { L_STR } from '../runtime/layouts';

const PREFIX: Record<string, string> = { hex: '0x', oct: '0o', bin: '0b' };
const RADIX: Record<string, number> = { hex: 16, oct: 8, bin: 2 };

/** The fast answer of builtin `name` to args, or 0. */
export function fastBuiltinAnswer(name: string): ((a: number[]) => number) | null {
  switch (name) {
    case 'abs':
      return (a) => {
        const v = a[0];
        if (a.length !== 1 || (v & 1) === 0) return 0;
        return v >= 0 ? v : v === ((-(2 ** 30)) << 1 | 1) ? intFromNumber(2 ** 30) : ((-(v >> 1)) << 1) | 1;
      };
    case 'hex': case 'oct': case 'bin': {
      const prefix = PREFIX[name];
      const radix = RADIX[name];
      return (a) => {
        const v = a[0];
        if (a.length !== 1 || (v & 1) === 0) return 0;
        const x = v >> 1;
        return newStr(x < 0 ? '-' + prefix + (-x).toString(radix) : prefix + x.toString(radix));
      };
    }
    case 'chr':
      return (a) => {
        const v = a[0];
        if (a.length !== 1 || (v & 1) === 0) return 0;
        const x = v >> 1;
        if (x < 0 || x > 0x10ffff) return 0; // (the impl's ValueError)
        return x < 256 ? charStr(x) : newStr(String.fromCodePoint(x));
      };
    case 'ord':
      return (a) => {
        const s = a[0];
        if (a.length !== 1 || (s & 1) === 1 || (mem[s] & 0x7ff) !== L_STR || strLen(s) !== 1) return 0;
        return intFromNumber(strCodeAt(s, 0));
      };
    case 'divmod':
      return (a) => {
        const x = a[0];
        const y = a[1];
        if (a.length !== 2 || (x & y & 1) === 0 || y === 1) return 0; // (y tagged 0: the impl's ZeroDivisionError)
        const p = x >> 1;
        const q = y >> 1;
        // floor division of 31-bit ints in doubles is exact (the quotient's distance from an
        // integer is at least 1/|q|, far above a double's rounding at these sizes)
        const d = Math.floor(p / q);
        return newTuple([intFromNumber(d), intFromNumber(p - d * q)]);
      };
    default:
      return null;
  }
}
