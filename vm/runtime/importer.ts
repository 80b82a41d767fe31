// The import system: sys.modules, sys.path search for modules and packages (name.py,
// name/__init__.py), native modules written in TypeScript (a registry of init functions),
// relative imports, `from x import y` falling back to submodules, and `import *`. Source files
// are compiled by compiler/ and executed as module code with the module's dict as globals.
import { osError } from '../modules/io';
import { optimizeLevel } from './optimize_level';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { mem } from '../../stmgc/heap';
import { K, T, layoutOf } from './types';
import { L_DICT, L_LIST, L_MODULE, L_STR } from './layouts';
import { PyException, newException, raise, valueError, typeError } from './errors';
import { getattrOpt, isInstance, iterToArray, names as N, setattr, getattr, indexNumber, setitem } from './protocol';
import { dictDel, dictGetStr, dictKeys, dictSet, dictItems } from '../objects/dict_core';
import { intern, newStr, strJs } from '../objects/str_core';
import { newTuple, tupleItems } from '../objects/tuple_core';
import { listItems, newList } from '../objects/list_core';
import { moduleDict, newModule } from '../objects/module';
import { loadCode } from '../objects/code';
import { newCodeFrame } from '../interp/frame';
import { run } from '../interp/loop';
import { enterNested, leaveNested } from '../interp/nested_gc';
import { compile } from '../../compiler/compile';
import { decodeSource } from '../../compiler/source';
import { compileModuleCached, forgetCached } from './code_cache';
import { PySyntaxError } from '../../compiler/errors';
import { toBigInt } from '../objects/int_core';

let modulesDict = 0;
let pathList = 0;
let builtinsDict = 0;
const natives = new Map<string, () => number>();
import { runNativeFactory, setNativeFactoryLookup } from '../objects/builtin_function';

export function setImportState(modules: number, sysPath: number, builtins: number): void {
  modulesDict = modules;
  pathList = sysPath;
  builtinsDict = builtins;
}
export function builtinsDictRef(): number { return builtinsDict; }
export function sysModulesDict(): number { return modulesDict; }

// A module implemented in TypeScript: `init` builds it on first import.
const nativeOrdinals = new Map<string, number>();
const nativeByOrdinal: (() => number)[] = [];
/** Registers a native module factory (bootstrap; the order fixes its builtins' index range). */
export function registerNative(name: string, init: () => number): void {
  if (nativeByOrdinal.length === 0) setNativeFactoryLookup((i) => nativeByOrdinal[i]);
  if (!nativeOrdinals.has(name)) {
    nativeOrdinals.set(name, nativeByOrdinal.length);
    nativeByOrdinal.push(init);
  } else nativeByOrdinal[nativeOrdinals.get(name)!] = init;
  natives.set(name, init);
}
export function nativeNames(): string[] { return [...natives.keys()]; }
/** The name m is registered under if it is a native module in sys.modules (sys and builtins
 *  included; '_io' for the module named 'io'), else null. */
export function nativeModuleKey(m: number): string | null {
  if (modulesDict === 0) return null;
  for (const [k, v] of dictItems(modulesDict)) {
    if (v !== m || layoutOf(k) !== L_STR) continue;
    const name = strJs(k);
    if (natives.has(name) || name === 'sys' || name === 'builtins') return name;
  }
  return null;
}

export function sysModulesGet(name: string): number {
  return modulesDict === 0 ? 0 : dictGetStr(modulesDict, intern(name));
}

function moduleNotFound(msg: string, name: string): never {
  const e = newException(T.ModuleNotFoundError, newTuple([newStr(msg)]));
  setExcAttrs(e, { name: newStr(name), msg: newStr(msg) });
  throw new PyException(e);
}

import { setExcAttr } from '../objects/exceptions';
function setExcAttrs(e: number, attrs: Record<string, number>): void {
  for (const [k, v] of Object.entries(attrs)) setExcAttr(e, k, v);
}

/** A guest SyntaxError for a compiler error (imports, compile(), exec()). */
export function syntaxErrorObject(e: PySyntaxError): number {
  e = withProgramText(e);
  const cls = T[e.kind] ?? T.SyntaxError;
  const info = newTuple([
    newStr(e.filename), intOrNone(e.lineno), intOrNone(e.offset), e.text === null ? K.None : newStr(e.text),
    intOrNone(e.end_lineno), intOrNone(e.end_offset),
  ]);
  const exc = newException(cls, newTuple([newStr(e.msg), info]));
  setExcAttrs(exc, {
    msg: newStr(e.msg), filename: newStr(e.filename), lineno: intOrNone(e.lineno), offset: intOrNone(e.offset),
    text: e.text === null ? K.None : newStr(e.text), end_lineno: intOrNone(e.end_lineno), end_offset: intOrNone(e.end_offset),
    print_file_and_line: K.None,
  });
  return exc;
}
import { intFromNumber } from '../objects/int_core';
import { withProgramText } from './program_text';
function intOrNone(n: number | null | undefined): number {
  return n === null || n === undefined ? K.None : intFromNumber(n);
}

/** Compiles source text to a heap code object, raising a guest SyntaxError on failure. */
export function compileToHeap(source: string, filename: string, mode: 'exec' | 'eval' | 'single' = 'exec', cached = false, compileFlags = 0, optimize = optimizeLevel()): number {
  return loadCode(
    compileGuarded((warnings) => (cached ? compileModuleCached(source, filename, warnings) : compile(source, filename, mode, warnings, compileFlags, optimize)), () => {
      if (cached) forgetCached(filename);
    }),
  );
}

/** Runs a compiler step `produce` (parse, compile) as every guest-facing compile does: its
 *  compile-time warnings are issued once it is done (or failed), in order, and its errors become
 *  guest exceptions (SyntaxError; RecursionError for a tree too deep for the JS stack).
 *  `onWarningRaised`: called when a warning turned into an exception (`-W error`). */
export function compileGuarded<R>(produce: (warnings: CompileWarning[]) => R, onWarningRaised?: () => void): R {
  // a cached module's code does not warn again (as CPython's .pyc): compileModuleCached collects none
  const warnings: CompileWarning[] = [];
  let result: R;
  try {
    result = produce(warnings);
  } catch (e) {
    if (warnings.length > 0) issueCompileWarnings(warnings);
    if (e instanceof PySyntaxError) throw new PyException(syntaxErrorObject(e));
    if (e instanceof RangeError && /call stack/i.test(e.message)) {
      throw new PyException(newException(T.RecursionError, newTuple([newStr('maximum recursion depth exceeded during compilation')])));
    }
    throw e;
  }
  if (warnings.length > 0) {
    try {
      issueCompileWarnings(warnings);
    } catch (e) {
      onWarningRaised?.();
      throw e;
    }
  }
  return result;
}
import type { CompileWarning } from '../../compiler/warnings';
import { issueCompileWarnings } from './compile_warnings';

/** Runs module-level code with `globals` as its globals and locals. */
/** Runs module-level code. `outermost`: this is the program's top-level loop, where
 *  collections may run (every other loop is nested inside a bytecode of an outer one). */
export function execCode(code: number, globals: number, locals = globals, outermost = false): number {
  // (exec() inserts the running frame's builtins, as CPython's builtin_exec)
  if (dictGetStr(globals, N.builtins) === 0) dictSet(globals, N.builtins, currentBuiltins());
  const b = builtinsFromGlobals(globals);
  // globals['__builtins__'] (a dict, a module whose dict is used, or any mapping, read with
  // getitem as CPython's LOAD_GLOBAL/LOAD_NAME do for a non-dict) is where names fall back to
  const frame = newCodeFrame(code, globals, b, locals);
  // the program's top level runs in a driver loop that also runs the guest threads
  if (outermost) return runOutermost(frame, raisePyException);
  enterNested(frame);
  try {
    return run(frame);
  } finally {
    leaveNested();
  }
}
import { runOutermost } from '../interp/sched';
import { ioInevitable } from './stdio';
function raisePyException(exc: number): never { throw new PyException(exc); }

let builtinsModuleRef = 0;
export function setBuiltinsModule(m: number): void { builtinsModuleRef = m; }
export function builtinsModule(): number { return builtinsModuleRef; }

/** The builtins of code run with `globals` (CPython's _PyEval_BuiltinsFromGlobals):
 *  globals['__builtins__'] (the builtins module gives its dict), else currentBuiltins(). */
export function builtinsFromGlobals(globals: number): number {
  const b = dictGetStr(globals, N.builtins);
  if (b === 0) return currentBuiltins();
  return layoutOf(b) === L_MODULE ? moduleDict(b) : b;
}

/** PyEval_GetBuiltins: the running frame's builtins, else the builtins module's dict. */
export function currentBuiltins(): number {
  const f = currentFrame();
  return f !== 0 ? mem[f + FR_BUILTINS] : builtinsDict;
}
import { currentFrame } from '../interp/thread';
import { FR_BUILTINS } from '../interp/frame_layout';

import { warn } from './warn';

function resolveName(name: string, globals: number, level: number): string {
  let pkg = globals !== 0 && layoutOf(globals) === L_DICT ? dictGetStr(globals, N.package) : 0;
  // (CPython's resolve_name: __package__, else __spec__.parent, else __name__ with a warning)
  const spec = globals !== 0 && layoutOf(globals) === L_DICT ? dictGetStr(globals, N.spec) : 0;
  if ((pkg === 0 || pkg === K.None) && spec !== 0 && spec !== K.None) {
    pkg = getattr(spec, intern('parent'));
    if (layoutOf(pkg) !== L_STR) typeError('__spec__.parent must be a string');
  } else if (pkg === 0 || pkg === K.None) {
    warn(T.ImportWarning, "can't resolve package from __spec__ or __package__, falling back on __name__ and __path__");
    const modName = globals !== 0 ? dictGetStr(globals, N.name) : 0;
    if (modName === 0 || layoutOf(modName) !== L_STR) raise(T.KeyError, "'__name__' not in globals");
    const n = strJs(modName);
    pkg = dictGetStr(globals, N.path) !== 0 ? newStr(n) : newStr(n.includes('.') ? n.slice(0, n.lastIndexOf('.')) : '');
  } else if (layoutOf(pkg) !== L_STR) typeError('package must be a string');
  const p = strJs(pkg);
  if (p === '') raise(T.ImportError, 'attempted relative import with no known parent package');
  const bits = p.split('.');
  if (bits.length < level) raise(T.ImportError, 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

function findSpec(name: string, searchPath: string[]): { file: string; pkgDir: string | null } | null {
  const last = name.slice(name.lastIndexOf('.') + 1);
  for (const dir of searchPath) {
    const pkgInit = path.join(dir, last, '__init__.py');
    if (isFile(pkgInit)) return { file: pkgInit, pkgDir: path.join(dir, last) };
    const mod = path.join(dir, last + '.py');
    if (isFile(mod)) return { file: mod, pkgDir: null };
  }
  return null;
}

function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}

function pathStrings(list: number): string[] {
  if (list === 0 || layoutOf(list) !== L_LIST) return [];
  return listItems(list).filter((x) => layoutOf(x) === L_STR).map((x) => {
    const s = strJs(x);
    return s === '' ? process.cwd() : s;
  });
}

/** Imports the module named `abs` (absolute), importing its parent packages first. */
export function importModule(abs: string): number {
  const key = intern(abs);
  const existing = dictGetStr(modulesDict, key);
  if (existing !== 0) {
    if (existing === K.None) moduleNotFound(`import of ${abs} halted; None in sys.modules`, abs);
    return existing;
  }
  const dot = abs.lastIndexOf('.');
  let searchPath: string[];
  let parentMod = 0;
  if (dot >= 0) {
    const parent = abs.slice(0, dot);
    parentMod = importModule(parent);
    const again = dictGetStr(modulesDict, key);
    if (again !== 0) return again;
    const p = getattrOpt(parentMod, N.path);
    if (p === 0) moduleNotFound(`No module named '${abs}'; '${parent}' is not a package`, abs);
    searchPath = pathStrings(p);
  } else {
    const init = natives.get(abs);
    if (init !== undefined) {
      const m = runNativeFactory(nativeOrdinals.get(abs)!, init);
      dictSet(modulesDict, key, m);
      return m;
    }
    searchPath = pathStrings(pathList);
  }
  const spec = findSpec(abs, searchPath);
  if (spec === null) {
    const init = natives.get(abs);
    if (init !== undefined) {
      const m = runNativeFactory(nativeOrdinals.get(abs)!, init);
      dictSet(modulesDict, key, m);
      if (parentMod !== 0) setattr(parentMod, intern(abs.slice(dot + 1)), m);
      return m;
    }
    return moduleNotFound(`No module named '${abs}'`, abs);
  }
  const m = newModule(abs);
  const d = moduleDict(m);
  dictSet(d, N.file, newStr(spec.file));
  dictSet(d, N.cached, K.None);
  if (spec.pkgDir !== null) {
    dictSet(d, N.path, newList([newStr(spec.pkgDir)]));
    dictSet(d, N.package, intern(abs));
  } else dictSet(d, N.package, intern(dot >= 0 ? abs.slice(0, dot) : ''));
  dictSet(d, N.builtins, builtinsDict); // (an imported module's __builtins__ is the dict; __main__'s the module)
  dictSet(modulesDict, key, m);
  try {
    ioInevitable(); // importing from disk cannot be undone (module registry, JS caches)
    let bytes: Buffer;
    try {
      bytes = fs.readFileSync(spec.file);
    } catch (err) {
      return osError(err, newStr(spec.file)); // (EMFILE, EACCES, a file gone since it was found)
    }
    const source = decodeSource(bytes, spec.file);
    execCode(compileToHeap(source, spec.file, 'exec', true), d);
  } catch (e) {
    dictDel(modulesDict, key);
    if (e instanceof PySyntaxError) throw new PyException(syntaxErrorObject(e));
    throw e;
  }
  const final = dictGetStr(modulesDict, key) || m;
  if (parentMod !== 0) setattr(parentMod, intern(abs.slice(dot + 1)), final);
  return final;
}

/** IMPORT_NAME / __import__(name, globals, locals, fromlist, level). */
export function importName(nameObj: number, globals: number, fromlist: number, levelObj: number): number {
  const name = strJs(nameObj);
  const level = levelObj === K.None || levelObj === 0 ? 0 : Number(toBigInt(levelObj));
  if (level < 0) valueError('level must be >= 0');
  if (name === '' && level === 0) valueError('Empty module name');
  const abs = level > 0 ? resolveName(name, globals, level) : name;
  const module = importModule(abs);
  const from = fromlist === 0 || fromlist === K.None ? [] : iterToArray(fromlist);
  if (from.length === 0) {
    if (level === 0) return dictGetStr(modulesDict, intern(name.split('.')[0]));
    if (name === '') return module;
    const first = name.split('.')[0];
    const cut = name.length - first.length;
    return dictGetStr(modulesDict, intern(abs.slice(0, abs.length - cut)));
  }
  if (getattrOpt(module, N.path) !== 0) {
    const modName = strJs(getattr(module, N.name));
    for (const x of from) {
      const xs = strJs(x);
      if (xs === '*') {
        const all = getattrOpt(module, N.all);
        if (all !== 0) for (const y of iterToArray(all)) importSubmoduleIfMissing(module, modName, strJs(y));
        continue;
      }
      importSubmoduleIfMissing(module, modName, xs);
    }
  }
  return module;
}

function importSubmoduleIfMissing(module: number, modName: string, x: string): void {
  if (getattrOpt(module, intern(x)) !== 0) return;
  const sub = `${modName}.${x}`;
  try {
    importModule(sub);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.ModuleNotFoundError)) {
      const n = getattrOpt(e.exc, intern('name'));
      if (n !== 0 && layoutOf(n) === L_STR && strJs(n) === sub) return;
    }
    throw e;
  }
}

/** IMPORT_FROM: module.name, or the submodule module.name from sys.modules. */
export function importFrom(module: number, nameObj: number): number {
  const v = getattrOpt(module, nameObj);
  if (v !== 0) return v;
  const modName = getattrOpt(module, N.name);
  if (modName !== 0 && layoutOf(modName) === L_STR) {
    const sub = dictGetStr(modulesDict, intern(`${strJs(modName)}.${strJs(nameObj)}`));
    if (sub !== 0) return sub;
  }
  const mn = modName !== 0 && layoutOf(modName) === L_STR ? strJs(modName) : '<unknown module name>';
  const file = getattrOpt(module, N.file);
  const where = file !== 0 && layoutOf(file) === L_STR ? strJs(file) : 'unknown location';
  const msg = `cannot import name '${strJs(nameObj)}' from '${mn}' (${where})`;
  const e = newException(T.ImportError, newTuple([newStr(msg)]));
  setExcAttrs(e, { name: modName || K.None, path: file || K.None, msg: newStr(msg) });
  throw new PyException(e);
}

/** IMPORT_STAR: the module's __all__ (or its public names) into the locals mapping. */
export function importStar(module: number, locals: number): void {
  const all = getattrOpt(module, N.all);
  let names: number[];
  if (all !== 0) names = iterToArray(all);
  else {
    const d = layoutOf(module) === L_MODULE ? moduleDict(module) : getattr(module, N.dict);
    names = dictKeys(d).filter((k) => layoutOf(k) === L_STR && !strJs(k).startsWith('_'));
  }
  for (const n of names) {
    if (layoutOf(n) !== L_STR) typeError(`Item in ${all !== 0 ? '__all__' : '__dict__'} must be str, not ${layoutOf(n)}`);
    const v = getattr(module, n);
    if (layoutOf(locals) === L_DICT) dictSet(locals, n, v);
    else setitem(locals, n, v);
  }
}

export const _keep = [mem, tupleItems, dictItems, indexNumber];
