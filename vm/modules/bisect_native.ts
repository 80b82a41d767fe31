// The native module `_bisect` (CPython's Modules/_bisectmodule.c, 3.11): bisect_left/right and
// insort_left/right with CPython's argument conversions and messages; lib/bisect.py takes them
// with `from _bisect import *` as CPython's bisect.py does. Only `<` is called, with x on the
// same side as the C code (x < a[mid] for the right variants, a[mid] < x for the left ones);
// key applies to the items, and insort_* call key(x) once themselves. hi=None or -1 means len(a).
// An exact list is read item by item through the list's barriers (listItem) and insort inserts
// in place as list.insert does; a call that runs no Python code (no key, items whose `<` is
// builtin) is one atomic step, as in CPython. Any other sequence goes through len/getitem and
// its own `insert` method.
import { T, K, typeOf } from '../runtime/types';
import { raise, typeError } from '../runtime/errors';
import { CMP_LT, getattr, getitem, index, isIntObject, richCompareBool, tname } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { bindArgs, defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intFromBigInt, intFromNumber, toBigInt } from '../objects/int_core';
import { dictGetStr } from '../objects/dict_core';
import { builtinsDictRef } from '../runtime/importer';
import { isList, listItem, listLen, listOpenGap } from '../objects/list_core';
import { intern } from '../objects/str_core';
import { mem } from '../../stmgc/heap';
import { typeInfo } from '../objects/type_core';

const SSIZE_MAX = 9223372036854775807n;
const SAFE = 9007199254740991n;

/** A Py_ssize_t argument (clinic's converter), exact: OverflowError past the C range. */
function ssize(v: number): bigint {
  const b = toBigInt(index(v));
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) return raise(T.OverflowError, 'Python int too large to convert to C ssize_t');
  return b;
}

/** hi: None (or absent) is -1; otherwise an index (_Py_convert_optional_to_ssize_t). */
function optionalSsize(v: number): bigint {
  if (v === 0 || v === K.None) return -1n;
  if ((v & 1) === 1) return BigInt(v >> 1);
  if (!isIntObject(v) && typeInfo(typeOf(v)).lookup(intern('__index__')) === 0) {
    return typeError(`argument should be integer or None, not '${tname(v)}'`);
  }
  const b = toBigInt(index(v));
  if (b > SSIZE_MAX || b < -SSIZE_MAX - 1n) return raise(T.OverflowError, "cannot fit 'int' into an index-sized integer");
  return b;
}

/** PySequence_Size(a), exact (a range may be longer than 2**53). */
function seqSize(a: number): bigint {
  if (isList(a)) return BigInt(listLen(a));
  if (typeInfo(typeOf(a)).slots.len === null) return typeError(`object of type '${tname(a)}' has no len()`);
  return toBigInt(callObject(dictGetStr(builtinsDictRef(), intern('len')), [a], 0));
}

/** PySequence_GetItem(a, i) for 0 <= i. */
function seqItem(a: number, i: number): number {
  if (isList(a)) {
    if (i >= listLen(a)) return raise(T.IndexError, 'list index out of range');
    return listItem(a, i);
  }
  return getitem(a, intFromNumber(i));
}

/** One probe: is x < a[mid] (right) / a[mid] < x (left)? */
function probe(right: boolean, a: number, item: number, x: number, key: number): boolean {
  if (key !== 0 && key !== K.None) item = callObject(key, [item], 0);
  return right ? richCompareBool(x, item, CMP_LT) : !richCompareBool(item, x, CMP_LT);
}

/** internal_bisect_right / internal_bisect_left. */
function search(right: boolean, a: number, x: number, loB: bigint, hiB: bigint, key: number): number {
  if (loB < 0n) raise(T.ValueError, 'lo must be non-negative');
  if (hiB === -1n) hiB = seqSize(a);
  if (hiB <= SAFE) {
    let lo = Number(loB), hi = Number(hiB);
    while (lo < hi) {
      const mid = lo + Math.floor((hi - lo) / 2);
      if (probe(right, a, seqItem(a, mid), x, key)) hi = mid;
      else lo = mid + 1;
    }
    return intFromNumber(lo);
  }
  // past 2**53 (a range or a user sequence): exact integers
  while (loB < hiB) {
    const mid = (loB + hiB) / 2n;
    if (probe(right, a, getitem(a, intFromBigInt(mid)), x, key)) hiB = mid;
    else loB = mid + 1n;
  }
  return intFromBigInt(loB);
}

const PARAMS = ['a', 'x', 'lo?', 'hi?', '$key?'];

function bisectFn(name: string, right: boolean) {
  return (args: number[], kwnames: number): number => {
    const [a, x, lo, hi, key] = bindArgs(name, args, kwnames, PARAMS);
    return search(right, a, x, lo === 0 ? 0n : ssize(lo), optionalSsize(hi), key);
  };
}

function insortFn(name: string, right: boolean) {
  return (args: number[], kwnames: number): number => {
    const [a, x, lo, hi, key] = bindArgs(name, args, kwnames, PARAMS);
    const lo1 = lo === 0 ? 0n : ssize(lo);
    const hi1 = optionalSsize(hi);
    const hasKey = key !== 0 && key !== K.None;
    const i = search(right, a, hasKey ? callObject(key, [x], 0) : x, lo1, hi1, key);
    if (isList(a) && typeOf(a) === T.list) {
      const ii = i >> 1; // (a list's index is a small int)
      // PyList_Insert: the index clamps to the current length (the search may have run code)
      const n = listLen(a);
      const at = ii > n ? n : ii;
      const arr = listOpenGap(a, at, 1);
      mem[arr + 2 + at] = x;
    } else {
      callObject(getattr(a, intern('insert')), [i, x], 0);
    }
    return K.None;
  };
}

export function makeBisectModule(): number {
  const m = newModule('_bisect', T.module, intern('Bisection algorithms.\n\nThis module provides support for maintaining a list in sorted order without\nhaving to sort the list after each insertion. For long lists of items with\nexpensive comparison operations, this can be an improvement over the more\ncommon approach.\n'));
  const fn = (name: string, f: (args: number[], kwnames: number) => number): void => {
    moduleSet(m, name, defineBuiltin(name, f));
  };
  fn('bisect_right', bisectFn('bisect_right', true));
  fn('bisect_left', bisectFn('bisect_left', false));
  fn('insort_right', insortFn('insort_right', true));
  fn('insort_left', insortFn('insort_left', false));
  return m;
}
