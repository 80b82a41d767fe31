// The compiled-code cache of imported modules, as CPython's __pycache__: compiling a module is
// about half of what `import collections` costs here (the compiler runs in JS on every start),
// so the compiler's CodeObject for `dir/name.py` is kept in `dir/__pycache__/name.pystm.code`
// and reused while the source text and the pystm build are the same.
//   key     a 53-bit hash and the length of the source text (the text, not the mtime: a copied
//           or touched file still hits, an edited one never does), plus the build id: the size
//           and mtime of dist/compiler.js (built with the VM bundles from the same sources), so
//           every rebuild starts afresh;
//   format  v8.serialize of { magic, build, hash, length, code }, the code object with its
//           constants turned into plain tagged values (the compiler's constant classes do not
//           survive structured cloning);
//   writes  to a temporary file renamed into place (concurrent pystm processes and workers
//           never see half a file); any failure (read-only folder, corrupt or foreign file) is
//           silent and falls back to compiling.
// PYTHONDONTWRITEBYTECODE (as CPython) stops the writes; PYSTM_NO_CODE_CACHE=1 stops reads too.
// pystm's own lib/ is compiled by the build (precompileTree, as CPython's installer compiles its
// standard library), whatever PYTHONDONTWRITEBYTECODE says.
// Only imported modules are cached, never the main script, -c, exec() or compile() (as CPython).
import { optimizeLevel } from './optimize_level';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as v8 from 'node:v8';
import { compile } from '../../compiler/compile';
import { decodeSource } from '../../compiler/source';
import type { CodeObject } from '../../compiler/code';
import { isCodeObject } from '../../compiler/code';
import { ELLIPSIS, PyBytes, PyComplex, PyFrozenSetConst, PyTupleConst, type ConstantValue } from '../../compiler/constants';

const MAGIC = 'pystm-code-1';

let buildId: string | null | undefined;
/** The running bundle's identity, or null when running from sources (no caching then). */
function currentBuild(): string | null {
  if (buildId !== undefined) return buildId;
  buildId = null;
  try {
    if (__filename.endsWith('.js')) {
      // dist/compiler.js, built with the VM bundles from the same compiler sources: one id for
      // the default and the single-threaded build (they share the cache files)
      const st = fs.statSync(path.join(path.dirname(__filename), 'compiler.js'));
      buildId = `${st.size}:${st.mtimeMs}`;
    }
  } catch {
    // no bundle to name: compile every time
  }
  return buildId;
}

/** FNV-1a over the UTF-16 code units, two 32-bit lanes folded to 53 bits. */
function sourceHash(s: string): number {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c ^ (a >>> 13), 0x5bd1e995);
  }
  return (a >>> 0) * 0x200000 + ((b >>> 0) & 0x1fffff);
}

function cachePath(file: string): string {
  const base = path.basename(file).replace(/\.py$/, '');
  return path.join(path.dirname(file), '__pycache__', `${base}.pystm.code`);
}

type Tagged = null | boolean | bigint | number | string | { E: 1 } | { T: Tagged[] } | { B: Uint8Array } | { C: [number, number] } | { F: Tagged[] } | { K: PlainCode };
type PlainCode = Omit<CodeObject, 'consts'> & { consts: Tagged[] };

function encodeConst(v: ConstantValue | CodeObject): Tagged {
  if (v === null || typeof v === 'boolean' || typeof v === 'bigint' || typeof v === 'number' || typeof v === 'string') return v;
  if (v === ELLIPSIS) return { E: 1 };
  if (v instanceof PyTupleConst) return { T: v.items.map(encodeConst) };
  if (v instanceof PyBytes) return { B: v.bytes };
  if (v instanceof PyComplex) return { C: [v.real, v.imag] };
  if (v instanceof PyFrozenSetConst) return { F: v.items.map(encodeConst) };
  if (isCodeObject(v)) return { K: encodeCode(v) };
  throw new Error('internal: unknown constant in the code cache');
}

function encodeCode(co: CodeObject): PlainCode {
  return { ...co, consts: co.consts.map(encodeConst) };
}

function decodeConst(v: Tagged): ConstantValue | CodeObject {
  if (v === null || typeof v !== 'object') return v;
  if ('E' in v) return ELLIPSIS;
  if ('T' in v) return new PyTupleConst(v.T.map(decodeConst) as ConstantValue[]);
  if ('B' in v) return new PyBytes(v.B);
  if ('C' in v) return new PyComplex(v.C[0], v.C[1]);
  if ('F' in v) return new PyFrozenSetConst(v.F.map(decodeConst) as ConstantValue[]);
  return decodeCode(v.K);
}

function decodeCode(p: PlainCode): CodeObject {
  return { ...p, consts: p.consts.map(decodeConst) };
}

interface CacheFile { magic: string; build: string; hash: number; length: number; code: PlainCode }

function readCache(file: string, build: string, hash: number, length: number): CodeObject | null {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(cachePath(file));
  } catch {
    return null;
  }
  try {
    const c = v8.deserialize(bytes) as CacheFile;
    if (c?.magic !== MAGIC || c.build !== build || c.hash !== hash || c.length !== length) return null;
    const co = decodeCode(c.code);
    // the filename is where the module is now (a copied tree keeps its cache)
    return co.filename === file ? co : null;
  } catch {
    return null;
  }
}

function writeCache(file: string, build: string, hash: number, length: number, co: CodeObject, force = false): void {
  if (process.env.PYTHONDONTWRITEBYTECODE && !force) return;
  const target = cachePath(file);
  const tmp = `${target}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
  try {
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(tmp, v8.serialize({ magic: MAGIC, build, hash, length, code: encodeCode(co) } satisfies CacheFile));
    fs.renameSync(tmp, target);
  } catch {
    try { fs.unlinkSync(tmp); } catch { /* never written */ }
  }
}

/** The cached code of `file` for `source`, or compiled now and written (`force`: whatever
 *  PYTHONDONTWRITEBYTECODE says); `hit` tells which. */
function throughCache(source: string, file: string, build: string, force: boolean, warnings?: CompileWarning[]): { co: CodeObject; hit: boolean } {
  const hash = sourceHash(source);
  const cached = readCache(file, build, hash, source.length);
  if (cached !== null) return { co: cached, hit: true };
  const co = compile(source, file, 'exec', warnings, 0, optimizeLevel());
  writeCache(file, build, hash, source.length, co, force);
  return { co, hit: false };
}

/** compile(source, file, 'exec') through the cache (a module imported from `file`); the
 *  compile-time warnings go to `warnings` only when it compiles (a cache hit does not warn). */
export function compileModuleCached(source: string, file: string, warnings?: CompileWarning[]): CodeObject {
  const build = process.env.PYSTM_NO_CODE_CACHE === '1' ? null : currentBuild();
  if (build === null || !path.isAbsolute(file)) return compile(source, file, 'exec', warnings, 0, optimizeLevel());
  // -O and -OO code has its own cache entries, as CPython's .opt-1.pyc and .opt-2.pyc
  const level = Math.min(optimizeLevel(), 2);
  return throughCache(source, file, level > 0 ? `${build}:opt-${level}` : build, false, warnings).co;
}
import type { CompileWarning } from '../../compiler/warnings';

/** Writes the cache of every .py file under `dir` (the build does it for lib/); returns the count
 *  written. Files that do not compile are skipped (their import reports the error). */
export function precompileTree(dir: string): number {
  const build = currentBuild();
  if (build === null) return 0;
  let n = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== '__pycache__') n += precompileTree(p);
      continue;
    }
    if (!entry.name.endsWith('.py')) continue;
    try {
      if (!throughCache(decodeSource(fs.readFileSync(p), p), p, build, true).hit) n++;
    } catch {
      // a syntax error (or an unreadable file): left to the import
    }
  }
  return n;
}

/** Drops the cached code of `file` (its compile-time warnings became an error: as CPython
 *  writes no .pyc then, the next import compiles, and warns, again). */
export function forgetCached(file: string): void {
  try { fs.unlinkSync(cachePath(file)); } catch { /* none written */ }
}
