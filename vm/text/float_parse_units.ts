// float(s) of an exact str in the plain decimal form [sign]digits[.digits][(e|E)[sign]digits]
// (or .digits), at most 40 ASCII units and nothing around it, checked on the str's heap units:
// then Number() of its text is CPython's result (both are correctly rounded), without the
// Unicode mapping, trimming, underscore and regex passes of parseFloatLiteral (float_parse.ts),
// which reads every other form. NaN: not of that form (the caller takes the full path).
import { mem, u16 } from '../../stmgc/heap';
import { L_STR } from '../runtime/layouts';
import { strDataBase, strIsBmp, strJs, strLen } from '../objects/str_core';

export function plainDecimalFloat(x: number): number {
  if ((x & 1) === 1 || (mem[x] & 0x7ff) !== L_STR || !strIsBmp(x)) return NaN;
  const n = strLen(x);
  if (n === 0 || n > 40) return NaN;
  const d = strDataBase(x);
  const u = u16;
  let i = 0;
  if (u[d] === 43 || u[d] === 45) i++;
  let digits = 0;
  while (i < n && u[d + i] >= 48 && u[d + i] <= 57) { i++; digits++; }
  if (i < n && u[d + i] === 46) {
    i++;
    while (i < n && u[d + i] >= 48 && u[d + i] <= 57) { i++; digits++; }
  }
  if (digits === 0) return NaN;
  if (i < n && (u[d + i] === 101 || u[d + i] === 69)) {
    i++;
    if (i < n && (u[d + i] === 43 || u[d + i] === 45)) i++;
    const e0 = i;
    while (i < n && u[d + i] >= 48 && u[d + i] <= 57) i++;
    if (i === e0) return NaN;
  }
  if (i !== n) return NaN;
  return Number(strJs(x));
}
