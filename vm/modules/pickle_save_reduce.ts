// The pickler's native reduce cases (vm/modules/pickle_save.ts calls them before falling back to
// lib/_pickle_save.py's `_save_other`): sets and frozensets (EMPTY_SET + MARK/ADDITEMS batches and
// MARK/FROZENSET at protocol 4+, the `(set, (list(obj),))` reduce form below it), plain instances
// (object.__reduce_ex__'s default at protocol 2+: NEWOBJ of the class with no arguments, then the
// state -- the __dict__ or None, with __slots__ values a (dict, slots) pair, or what a
// __getstate__ override returns -- and BUILD) and the classes reached from them (save_global's
// STACK_GLOBAL or GLOBAL when the class is found again under its __module__/__qualname__).
// Each returns false, having written nothing, when the object needs something else (a hook on
// the pickler, a reduce override, __getnewargs__, an error message): the Python path does all
// of that. The bytes are the C pickler's (_pickle.c save_reduce / save_set / save_global).
import { mem } from '../../stmgc/heap';
import { K, T, typeOf, layoutOf } from '../runtime/types';
import { L_DICT, L_INSTANCE, L_STR } from '../runtime/layouts';
import { raise } from '../runtime/errors';
import { getattr, getattrOpt, instanceDict, truthy } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { enterFrame, leaveFrame, recursionLimit } from '../interp/thread';
import { importModule, sysModulesDict } from '../runtime/importer';
import { intern, strJs } from '../objects/str_core';
import { dictGet, dictGetStr, dictLen, dictSet, newDict } from '../objects/dict_core';
import { isList, listItems, newList } from '../objects/list_core';
import { newTuple } from '../objects/tuple_core';
import { setItems, setLen } from '../objects/set_core';
import { TY_DICT, typeInfo } from '../objects/type_core';

const BATCHSIZE = 1000;
const utf8 = new TextEncoder();

/** What the reduce cases need of the pickler's native save (pickle_save.ts Save). */
export interface Saver {
  readonly proto: number;
  readonly self: number;
  readonly w: { byte(b: number): void; bytes(b: Uint8Array): void };
  save(obj: number, pers: boolean): void;
  memoGet(obj: number): number;
  memoize(obj: number): void;
  get(idx: number): void;
  /** Calls a Python function with the memo and output where Python code can see them. */
  callPython(f: number, args: number[]): number;
  /** Hooks that exclude the native reduce: reducer_override, a dispatch_table entry for t. */
  hooked(t: number): boolean;
}

/** One recursion level, as the C pickler's save() takes for every object (its lists and dicts
 *  take a second one: pickle_save.ts container). */
function level(body: () => void): void {
  if (enterFrame() > recursionLimit) {
    leaveFrame();
    raise(T.RecursionError, 'maximum recursion depth exceeded while pickling an object');
  }
  try { body(); } finally { leaveFrame(); }
}

/** An exact set or frozenset. */
export function saveSetLike(s: Saver, obj: number, frozen: boolean): void {
  if (s.proto < 4) {
    // save_reduce(set, (list(obj),), obj=obj): REDUCE, then memoized
    const args = newTuple([newList(setItems(obj))]);
    s.save(frozen ? T.frozenset : T.set, true);
    s.save(args, true);
    s.w.byte(0x52);
    const m = s.memoGet(obj);
    if (m >= 0) { s.w.byte(0x30); s.get(m); return; }
    s.memoize(obj);
    return;
  }
  level(() => {
    if (frozen) {
      s.w.byte(0x28);
      for (const x of setItems(obj)) s.save(x, true);
      const m = s.memoGet(obj);
      if (m >= 0) { s.w.byte(0x31); s.get(m); return; }
      s.w.byte(0x91);
      s.memoize(obj);
      return;
    }
    s.w.byte(0x8f);
    s.memoize(obj);
    const size = setLen(obj);
    if (size === 0) return;
    const items = setItems(obj);
    // (as the C pickler: a batch that ends exactly on BATCHSIZE items is followed by an empty one)
    for (let i = 0; ;) {
      s.w.byte(0x28);
      const end = Math.min(items.length, i + BATCHSIZE);
      const n = end - i;
      for (; i < end; i++) {
        s.save(items[i], true);
        if (setLen(obj) !== size) raise(T.RuntimeError, 'Set changed size during iteration');
      }
      s.w.byte(0x90);
      if (n !== BATCHSIZE) return;
    }
  });
}

const N = { reduceEx: 0, reduce: 0, getattribute: 0, cls: 0, getnewargs: 0, getnewargsEx: 0, getstate: 0, slotnames: 0, module: 0, qualname: 0 };
let namesReady = false;
function names(): void {
  if (namesReady) return;
  N.reduceEx = intern('__reduce_ex__'); N.reduce = intern('__reduce__'); N.getattribute = intern('__getattribute__');
  N.cls = intern('__class__'); N.getnewargs = intern('__getnewargs__'); N.getnewargsEx = intern('__getnewargs_ex__');
  N.getstate = intern('__getstate__'); N.slotnames = intern('__slotnames__'); N.module = intern('__module__');
  N.qualname = intern('__qualname__');
  namesReady = true;
}

/** Per pickler entry: which classes' instances take the native reduce (0 no, 1 default state,
 *  2 a __getstate__ override). */
export type PlainCache = Map<number, number>;

function plainKind(t: number): number {
  names();
  const ti = typeInfo(t);
  const base = typeInfo(T.object);
  if (ti.lookup(N.reduceEx) !== base.lookup(N.reduceEx) || ti.lookup(N.reduce) !== base.lookup(N.reduce)) return 0;
  if (ti.lookup(N.getattribute) !== base.lookup(N.getattribute) || ti.lookup(N.cls) !== base.lookup(N.cls)) return 0;
  if (ti.lookup(N.getnewargs) !== 0 || ti.lookup(N.getnewargsEx) !== 0) return 0;
  return ti.lookup(N.getstate) === base.lookup(N.getstate) ? 1 : 2;
}

/** copyreg._slotnames(cls): the class's cached __slotnames__ list, else copyreg computes it. */
function slotNames(t: number): number[] {
  const cached = dictGetStr(mem[t + TY_DICT], N.slotnames);
  const names = cached !== 0 && isList(cached) ? cached : callObject(getattr(importModule('copyreg'), intern('_slotnames')), [t], 0);
  return isList(names) ? listItems(names) : [];
}

/** A plain instance (layout L_INSTANCE) of a class that keeps object's pickling: true when
 *  saved, false when the Python path must do it. */
export function savePlainObject(s: Saver, obj: number, t: number, cache: PlainCache): boolean {
  if (s.proto < 2 || layoutOf(obj) !== L_INSTANCE) return false;
  let kind = cache.get(t);
  if (kind === undefined) {
    kind = s.hooked(t) ? 0 : plainKind(t);
    cache.set(t, kind);
  }
  if (kind === 0) return false;
  const d = instanceDict(obj);
  const hasDict = d !== 0 && d !== K.None && layoutOf(d) === L_DICT && dictLen(d) > 0;
  if (hasDict && dictGetStr(d, N.reduceEx) !== 0) return false; // (an instance attribute wins)
  let state: number;
  // a __getstate__ of the class or of the instance (getattr finds that first) is called
  if (kind === 2 || (hasDict && dictGetStr(d, N.getstate) !== 0)) state = s.callPython(getattr(obj, N.getstate), []);
  else {
    state = hasDict ? d : K.None;
    const slots = slotNames(t);
    if (slots.length > 0) {
      const values = newDict();
      for (const n of slots) {
        const v = getattrOpt(obj, n);
        if (v !== 0) dictSet(values, n, v);
      }
      if (dictLen(values) > 0) state = newTuple([state, values]);
    }
  }
  level(() => {
    s.save(t, true);
    s.w.byte(0x29); // (the arguments after the class: none)
    s.w.byte(0x81);
    const m = s.memoGet(obj);
    if (m >= 0) { s.w.byte(0x30); s.get(m); return; }
    s.memoize(obj);
    if (state !== K.None) {
      s.save(state, true);
      s.w.byte(0x62);
    }
  });
  return true;
}

/** save_global of a class at protocol 2+ (STACK_GLOBAL of its module and qualified name at 4+,
 *  GLOBAL `c<module>\n<name>\n` below, then memoized) when it is found again there, has no
 *  copyreg extension code and, below 4, is a module's own attribute that fix_imports leaves. */
export function saveClassGlobal(s: Saver, cls: number): boolean {
  if (s.proto < 2) return false;
  names();
  const qual = getattrOpt(cls, N.qualname);
  const modName = getattrOpt(cls, N.module);
  if (layoutOf(qual) !== L_STR || layoutOf(modName) !== L_STR) return false;
  const path = strJs(qual).split('.');
  if (path.includes('<locals>')) return false;
  const module = dictGet(sysModulesDict(), modName);
  if (module === 0 || module === K.None) return false;
  let parent = module;
  let found = module;
  for (const part of path) {
    parent = found;
    found = getattrOpt(found, intern(part));
    if (found === 0) return false;
  }
  if (found !== cls) return false;
  const ext = getattrOpt(importModule('copyreg'), intern('_extension_registry'));
  if (ext === 0 || layoutOf(ext) !== L_DICT || dictLen(ext) !== 0) return false;
  if (s.proto >= 4) {
    s.save(modName, false);
    s.save(parent === module ? intern(path[path.length - 1]) : qual, false);
    s.w.byte(0x93);
  } else {
    if (parent !== module) return false; // (save_reduce(getattr, (parent, name)))
    const name = intern(path[path.length - 1]);
    if (truthy(getattr(s.self, intern('fix_imports')))) {
      const compat = importModule('_compat_pickle');
      const byName = getattrOpt(compat, intern('REVERSE_NAME_MAPPING'));
      const byModule = getattrOpt(compat, intern('REVERSE_IMPORT_MAPPING'));
      if (layoutOf(byName) !== L_DICT || layoutOf(byModule) !== L_DICT) return false;
      if (dictGet(byName, newTuple([modName, name])) !== 0 || dictGet(byModule, modName) !== 0) return false;
    }
    const text = `c${strJs(modName)}\n${strJs(name)}\n`;
    if (s.proto === 2 && !/^[\x00-\x7f]*$/.test(text)) return false; // (the error is Python's)
    s.w.bytes(utf8.encode(text));
  }
  s.memoize(cls);
  return true;
}
