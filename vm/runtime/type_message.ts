// The message str of an everyday exception that names the classes of values, CPython's
// "'%.200s' object is not iterable", "unhashable type: '%.200s'", "'<' not supported between
// instances of '%.100s' and '%.100s'"...: pieces[0] + class name of vals[0] + pieces[1] + ... +
// pieces[k] (+ the str `tail` + pieces[k + 1], for an attribute's name). When every class name is its __name__ (not one of the dotted C type names,
// protocol.ts tname) and BMP, the str is built by copying the units of the interned constant
// pieces and of the classes' __name__ strs, without a JS string (as attr_miss_message.ts does:
// the template, strJs of each name and make() of the text were ~2,500 instructions of a caught
// `None[0]`, ~40% of it). Anything else takes the JS text through newStr. The pieces must be
// constants: they are interned (never freed).
import { mem } from '../../stmgc/heap';
import { typeOf } from './types';
import { L_STR } from './layouts';
import { typeInfo, TY_NAME } from '../objects/type_core';
import { emptyStr, intern, newStr, strJoinBmp, strJs } from '../objects/str_core';
import { newTuple } from '../objects/tuple_core';
import { newException } from './errors';
import { softRaise } from './soft_raise';
import { isDottedTypeName, tname } from './protocol';

export function typeMessage(pieces: readonly string[], vals: readonly number[], tail = 0): number {
  const k = vals.length;
  const parts = new Array<number>(tail !== 0 ? 2 * k + 3 : 2 * k + 1);
  let plain = true;
  for (let i = 0; i < k; i++) {
    const t = typeOf(vals[i]);
    if (isDottedTypeName(typeInfo(t).name)) plain = false;
    parts[2 * i] = intern(pieces[i]);
    parts[2 * i + 1] = mem[t + TY_NAME];
  }
  parts[2 * k] = intern(pieces[k]);
  if (tail !== 0) {
    parts[2 * k + 1] = tail;
    parts[2 * k + 2] = intern(pieces[k + 1]);
  }
  if (plain) {
    const r = strJoinBmp(emptyStr(), parts);
    if (r !== 0) return r;
  }
  let s = pieces[0];
  for (let i = 0; i < k; i++) s += tname(vals[i]) + pieces[i + 1];
  if (tail !== 0) s += strJs(tail) + pieces[k + 1];
  return newStr(s);
}

/** The str of these strs joined (a message of a function's qualname and parameter names with
 *  interned constant pieces), copied without a JS string when all are exact BMP strs. */
export function joinStrs(parts: number[]): number {
  let plain = true;
  for (let i = 0; i < parts.length; i++) if ((parts[i] & 1) === 1 || (mem[parts[i]] & 0x7ff) !== L_STR) plain = false;
  const r = plain ? strJoinBmp(emptyStr(), parts) : 0;
  return r !== 0 ? r : newStr(parts.map(strJs).join(''));
}

/** softRaise (runtime/soft_raise.ts) of a new cls(typeMessage(pieces, vals, tail)). */
export function softTypeMessage(cls: number, pieces: readonly string[], vals: readonly number[], tail = 0): 0 {
  return softRaise(newException(cls, newTuple([typeMessage(pieces, vals, tail)])));
}
