// functools._lru_cache_wrapper (CPython 3.11's lru_cache_new and its three wrappers: uncached for
// maxsize 0, infinite for None, bounded with a doubly linked list of links in recency order).
// Everything lives in the heap: layout L_ITER
//   [class, __dict__, func, cache (dict: key -> link, or key -> result when infinite), root link,
//    maxsize (an int object or None), mode (tagged: 0 uncached, 1 bounded, 2 infinite), typed
//    (tagged 0/1), hits, misses (int objects), kwd_mark (a private object()), cache_info_type]
// A link is an L_ARRAY [prev, next, key, result, hash (an int object)]; the root link's key and
// result are 0. Every write goes through the write barrier of the object written (the wrapper
// for its counters, a link for its pointers), every read after a read barrier.
// Atomicity: a builtin runs no transaction boundary and no thread switch, and nested Python code
// (a key's __hash__/__eq__, the user function) runs no boundary either ("never a boundary below
// a nested loop", vm/NOTES.md), so each call's lookup-or-insert is one atomic step, as with
// CPython's GIL; the bounded wrapper still re-checks the cache after the user function, as C
// does, for the recursive calls made in between.
import { mem } from '../../stmgc/heap';
import { SCAN_ALL } from '../../stmgc/layout';
import { readBarrier, writeBarrier } from '../../stmgc/barriers';
import { alloc } from '../runtime/alloc';
import { L_ARRAY, L_ITER, L_INT } from '../runtime/layouts';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import type { TypeDef } from '../runtime/typedef';
import { overflowError, typeError } from '../runtime/errors';
import { getattr, hashOf, index, isIntObject, truthy } from '../runtime/protocol';
import { newTuple, newTupleN, tupleItem, tupleLen, TU_ITEMS } from './tuple_core';
import { intern } from './str_core';
import { dictClear, dictDelH, dictGetH, dictLen, dictSetH, newDict } from './dict_core';
import { callObject } from '../interp/call';
import { typeInfo } from './type_core';
import { intFromNumber, toBigInt } from './int_core';
import { bindArgs } from './builtin_function';
import { newMethod } from './method';
import { isCallable } from './partial';

const LR_FUNC = 4;
const LR_CACHE = 5;
const LR_ROOT = 6;
const LR_MAXSIZE = 7;
const LR_MODE = 8;
const LR_TYPED = 9;
const LR_HITS = 10;
const LR_MISSES = 11;
const LR_MARK = 12;
const LR_INFO = 13;
const LR_PAYLOAD = 12;

const MODE_UNCACHED = 0;
const MODE_BOUNDED = 1;
const MODE_INFINITE = 2;

const LK_PREV = 2;
const LK_NEXT = 3;
const LK_KEY = 4;
const LK_RESULT = 5;
const LK_HASH = 6;

function newLink(key: number, result: number, hash: number): number {
  const l = alloc(L_ARRAY, 5, SCAN_ALL);
  mem[l + LK_KEY] = key;
  mem[l + LK_RESULT] = result;
  mem[l + LK_HASH] = intFromNumber(hash);
  return l;
}

function linkHash(l: number): number {
  const h = mem[l + LK_HASH];
  return (h & 1) === 1 ? h >> 1 : Number(toBigInt(h));
}

function bump(w: number, at: number): void {
  const v = mem[w + at];
  mem[w + at] = (v & 1) === 1 && v < 0x7ffffff0 ? v + 2 : intFromNumber(Number(toBigInt(v)) + 1);
}

/** Unlinks l from the list (lru_cache_extract_link). */
function extract(l: number): void {
  readBarrier(l);
  const prev = mem[l + LK_PREV];
  const next = mem[l + LK_NEXT];
  writeBarrier(prev);
  mem[prev + LK_NEXT] = next;
  writeBarrier(next);
  mem[next + LK_PREV] = prev;
}

/** Links l in as the most recent (lru_cache_append_link). */
function append(root: number, l: number): void {
  readBarrier(root);
  const last = mem[root + LK_PREV];
  writeBarrier(last);
  mem[last + LK_NEXT] = l;
  writeBarrier(root);
  mem[root + LK_PREV] = l;
  writeBarrier(l);
  mem[l + LK_PREV] = last;
  mem[l + LK_NEXT] = root;
}

/** The cache key of a call (lru_cache_make_key): a lone exact str/int argument itself, else a
 *  tuple of the arguments, the mark and the keyword pairs, then the types when typed. */
function makeKey(w: number, args: number[], kwnames: number, typed: boolean): number {
  const nkw = kwnames === 0 ? 0 : tupleLen(kwnames);
  const npos = args.length - nkw;
  if (!typed && nkw === 0) {
    if (npos === 1) {
      const a = args[0];
      if ((a & 1) === 1 || layoutOf(a) === L_INT || typeOf(a) === T.str) return a;
    }
    return newTuple(args);
  }
  const n = npos + (nkw > 0 ? 2 * nkw + 1 : 0) + (typed ? npos + nkw : 0);
  const key = newTupleN(n);
  let k = key + TU_ITEMS;
  for (let i = 0; i < npos; i++) mem[k++] = args[i];
  if (nkw > 0) {
    mem[k++] = mem[w + LR_MARK];
    for (let i = 0; i < nkw; i++) {
      mem[k++] = tupleItem(kwnames, i);
      mem[k++] = args[npos + i];
    }
  }
  if (typed) {
    for (let i = 0; i < npos; i++) mem[k++] = typeOf(args[i]);
    for (let i = 0; i < nkw; i++) mem[k++] = typeOf(args[npos + i]);
  }
  return key;
}

function maxsizeOf(w: number): number {
  const m = mem[w + LR_MAXSIZE];
  return (m & 1) === 1 ? m >> 1 : Number(toBigInt(m));
}

function lruCall(w: number, args: number[], kwnames: number): number {
  readBarrier(w);
  const mode = mem[w + LR_MODE] >> 1;
  const func = mem[w + LR_FUNC];
  if (mode === MODE_UNCACHED) {
    writeBarrier(w);
    bump(w, LR_MISSES);
    return callObject(func, args, kwnames);
  }
  const key = makeKey(w, args, kwnames, mem[w + LR_TYPED] !== 1);
  const hash = hashOf(key);
  const cache = mem[w + LR_CACHE];
  if (mode === MODE_INFINITE) {
    const hit = dictGetH(cache, key, hash);
    if (hit !== 0) {
      writeBarrier(w);
      bump(w, LR_HITS);
      return hit;
    }
    writeBarrier(w);
    bump(w, LR_MISSES);
    const result = callObject(func, args, kwnames);
    dictSetH(cache, key, hash, result);
    return result;
  }
  const root = mem[w + LR_ROOT];
  const link = dictGetH(cache, key, hash);
  if (link !== 0) {
    extract(link);
    append(root, link);
    writeBarrier(w);
    bump(w, LR_HITS);
    readBarrier(link);
    return mem[link + LK_RESULT];
  }
  writeBarrier(w);
  bump(w, LR_MISSES);
  const result = callObject(func, args, kwnames);
  // the same key added during the call (a recursive call, or another thread): done
  if (dictGetH(cache, key, hash) !== 0) return result;
  readBarrier(root);
  if (dictLen(cache) < maxsizeOf(w) || mem[root + LK_NEXT] === root) {
    const l = newLink(key, result, hash);
    dictSetH(cache, key, hash, l);
    append(root, l);
    return result;
  }
  // full: the oldest link is reused for the new key
  const old = mem[root + LK_NEXT];
  extract(old);
  readBarrier(old);
  if (dictDelH(cache, mem[old + LK_KEY], linkHash(old)) === 0) return result; // (removed meanwhile: an orphan, as C)
  writeBarrier(old);
  mem[old + LK_KEY] = key;
  mem[old + LK_RESULT] = result;
  mem[old + LK_HASH] = intFromNumber(hash);
  dictSetH(cache, key, hash, old);
  append(root, old);
  return result;
}

function lruNew(cls: number, args: number[], kwnames: number): number {
  const [func, maxsizeO, typedO, infoType] = bindArgs('lru_cache', args, kwnames, ['user_function', 'maxsize', 'typed', 'cache_info_type']);
  const typed = truthy(typedO);
  if (!isCallable(func)) typeError('the first argument must be callable');
  let mode: number;
  let maxsize = K.None;
  if (maxsizeO === K.None) mode = MODE_INFINITE;
  else if (isIntObject(maxsizeO) || typeInfo(typeOf(maxsizeO)).slots.index !== null) {
    const b = toBigInt(index(maxsizeO));
    if (b > 9223372036854775807n) overflowError(`Python int too large to convert to C ssize_t`);
    const n = b < 0n ? 0n : b;
    maxsize = intFromNumber(Number(n));
    mode = n === 0n ? MODE_UNCACHED : MODE_BOUNDED;
  } else return typeError('maxsize should be integer or None');
  const w = alloc(L_ITER, LR_PAYLOAD, SCAN_ALL);
  mem[w + 2] = cls;
  mem[w + LR_FUNC] = func;
  mem[w + LR_CACHE] = newDict();
  const root = alloc(L_ARRAY, 5, SCAN_ALL);
  mem[root + LK_PREV] = root;
  mem[root + LK_NEXT] = root;
  mem[root + LK_HASH] = 1;
  mem[w + LR_ROOT] = root;
  mem[w + LR_MAXSIZE] = maxsize;
  mem[w + LR_MODE] = (mode << 1) | 1;
  mem[w + LR_TYPED] = typed ? 3 : 1;
  mem[w + LR_HITS] = 1;
  mem[w + LR_MISSES] = 1;
  mem[w + LR_MARK] = callObject(T.object, [], 0);
  mem[w + LR_INFO] = infoType;
  return w;
}

function selfOf(v: number): number {
  if ((v & 1) === 1 || typeOf(v) !== T._lru_cache_wrapper) typeError(`descriptor requires a 'functools._lru_cache_wrapper' object`);
  return v;
}

export const lruCacheWrapperType: TypeDef = {
  name: '_lru_cache_wrapper',
  module: 'functools',
  layout: L_ITER,
  final: true,
  flags: 4, // TF_HAS_DICT
  doc: 'Create a cached callable that wraps another function.\n\nuser_function:      the function being cached\n\nmaxsize:  0         for no caching\n          None      for unlimited cache size\n          n         for a bounded cache\n\ntyped:    False     cache f(3) and f(3.0) as identical calls\n          True      cache f(3) and f(3.0) as distinct calls\n\ncache_info_type:    namedtuple class with the fields:\n                        hits misses currsize maxsize\n',
  noargs: ['cache_info', 'cache_clear', '__reduce__', '__copy__'],
  onearg: ['__deepcopy__'],
  slots: {
    new: lruNew,
    call: lruCall,
    descrGet: (self, obj) => (obj === 0 || obj === K.None ? self : newMethod(self, obj)),
  },
  methods: {
    cache_info: (a) => {
      const w = selfOf(a[0]);
      readBarrier(w);
      const mode = mem[w + LR_MODE] >> 1;
      const currsize = mode === MODE_UNCACHED ? 0 : dictLen(mem[w + LR_CACHE]);
      return callObject(mem[w + LR_INFO], [mem[w + LR_HITS], mem[w + LR_MISSES], mem[w + LR_MAXSIZE], intFromNumber(currsize)], 0);
    },
    cache_clear: (a) => {
      const w = selfOf(a[0]);
      writeBarrier(w);
      mem[w + LR_HITS] = 1;
      mem[w + LR_MISSES] = 1;
      const root = mem[w + LR_ROOT];
      writeBarrier(root);
      mem[root + LK_PREV] = root;
      mem[root + LK_NEXT] = root;
      dictClear(mem[w + LR_CACHE]);
      return K.None;
    },
    __reduce__: (a) => getattr(selfOf(a[0]), intern('__qualname__')),
    __copy__: (a) => a[0],
    __deepcopy__: (a) => a[0],
  },
};

