// "Did you mean: 'x'?" for NameError and AttributeError, as CPython 3.11 appends to the
// exception line of a traceback. The candidate is the closest name (a Levenshtein distance on
// the UTF-8 bytes where a case-only change costs 1 and any other edit 2, common prefixes and
// suffixes ignored) within a third of the characters involved; for NameError the names are the
// innermost frame's locals, then its globals, then its builtins; for AttributeError dir(obj).
// No candidate at all when there are 750 names or more, or a name over 40 bytes (after the
// common affixes), so the search stays cheap; any error while looking is swallowed.
import { mem } from '../../stmgc/heap';
import { K, T, typeOf, layoutOf } from './types';
import { L_DICT, L_STR, L_TRACEBACK } from './layouts';
import { PyException } from './errors';
import { isSubtype } from '../objects/type_core';
import { strJs } from '../objects/str_core';
import { excAttr, TB_FRAME, TB_NEXT } from '../objects/exceptions';
import { E_TRACEBACK } from './errors';
import { FR_BUILTINS, FR_CODE, FR_GLOBALS } from '../interp/frame_layout';
import { codeInfo } from '../objects/code';
import { dictKeys } from '../objects/dict_core';
import { callObject } from '../interp/call';
import { iterToArray } from './protocol';
import { builtinsDictRef } from './importer';

const MAX_CANDIDATES = 750;
const MAX_NAME_BYTES = 40;
const MOVE_COST = 2;
const CASE_COST = 1;

function substitutionCost(a: number, b: number): number {
  if ((a & 31) !== (b & 31)) return MOVE_COST;
  if (a === b) return 0;
  if (a >= 65 && a <= 90) a += 32;
  if (b >= 65 && b <= 90) b += 32;
  return a === b ? CASE_COST : MOVE_COST;
}

/** The edit distance of a and b, or maxCost + 1 once it is known to exceed maxCost. */
function distance(a: Uint8Array, b: Uint8Array, maxCost: number): number {
  let as = 0, ae = a.length, bs = 0, be = b.length;
  while (as < ae && bs < be && a[as] === b[bs]) { as++; bs++; }
  while (as < ae && bs < be && a[ae - 1] === b[be - 1]) { ae--; be--; }
  let an = ae - as, bn = be - bs;
  if (an === 0 || bn === 0) return (an + bn) * MOVE_COST;
  if (an > MAX_NAME_BYTES || bn > MAX_NAME_BYTES) return maxCost + 1;
  if (bn < an) { // the shorter one is the row
    [a, b] = [b, a];
    [as, bs] = [bs, as];
    [an, bn] = [bn, an];
  }
  if ((bn - an) * MOVE_COST > maxCost) return maxCost + 1;
  const row = new Array<number>(an);
  for (let i = 0; i < an; i++) row[i] = (i + 1) * MOVE_COST;
  let result = 0;
  for (let j = 0; j < bn; j++) {
    const code = b[bs + j];
    let diag = j * MOVE_COST;
    result = diag;
    let minimum = Infinity;
    for (let i = 0; i < an; i++) {
      const substitute = diag + substitutionCost(code, a[as + i]);
      diag = row[i];
      result = Math.min(Math.min(result, diag) + MOVE_COST, substitute);
      row[i] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest of `names` to `name`, or null. */
function closest(names: readonly number[], name: string): string | null {
  if (names.length >= MAX_CANDIDATES) return null;
  const target = Buffer.from(name, 'utf8');
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const n of names) {
    if (layoutOf(n) !== L_STR) return null;
    const s = strJs(n);
    if (s === name) continue;
    const item = Buffer.from(s, 'utf8');
    const maxDistance = Math.min(Math.floor(((target.length + item.length + 3) * MOVE_COST) / 6), bestDistance - 1);
    const d = distance(target, item, maxDistance);
    if (d > maxDistance) continue;
    if (best === null || d < bestDistance) {
      best = s;
      bestDistance = d;
    }
  }
  return best;
}

function forNameError(exc: number, name: string): string | null {
  let tb = mem[exc + E_TRACEBACK];
  if (tb === K.None || layoutOf(tb) !== L_TRACEBACK) return null;
  while (mem[tb + TB_NEXT] !== K.None && mem[tb + TB_NEXT] !== 0 && layoutOf(mem[tb + TB_NEXT]) === L_TRACEBACK) tb = mem[tb + TB_NEXT];
  const frame = mem[tb + TB_FRAME];
  const local = closest(codeInfo(mem[frame + FR_CODE]).varnames, name);
  if (local !== null) return local;
  const globals = mem[frame + FR_GLOBALS];
  if (layoutOf(globals) === L_DICT) {
    const g = closest(dictKeys(globals), name);
    if (g !== null) return g;
  }
  let builtins = mem[frame + FR_BUILTINS];
  if (builtins === 0 || layoutOf(builtins) !== L_DICT) builtins = builtinsDictRef();
  return closest(dictKeys(builtins), name);
}

let dirFunction = 0;
/** The builtins module registers dir() here. */
export function setDirForSuggestions(f: number): void { dirFunction = f; }

/** The suggestion for a NameError or AttributeError, or null. */
export function offerSuggestion(exc: number): string | null {
  try {
    const cls = typeOf(exc);
    const nameObj = excAttr(exc, 'name');
    if (nameObj === 0 || nameObj === K.None || typeOf(nameObj) !== T.str) return null;
    const name = strJs(nameObj);
    if (isSubtype(cls, T.AttributeError)) {
      const obj = excAttr(exc, 'obj');
      if (obj === 0 || dirFunction === 0) return null;
      return closest(iterToArray(callObject(dirFunction, [obj], 0)), name);
    }
    if (isSubtype(cls, T.NameError)) return forNameError(exc, name);
    return null;
  } catch (e) {
    if (e instanceof PyException) return null;
    throw e;
  }
}
