// Compiled lib/ modules carried in the start-up snapshot: CPython's __pycache__ for pystm's own
// library, without files to write or go stale. At snapshot build time (bin/build_snapshot.js)
// `precompileLib` compiles the commonly imported lib modules (LIB_CACHED: what `import random`,
// `threading`, `re`, `functools` pull in) to the compiler's plain JS code objects and keeps them with their source text; `compileToHeap` (importer.ts) takes a cached
// one only when the file name and the whole source text are the same as at build time, so an
// edited lib file is compiled afresh. Each module is kept as one `v8.serialize` buffer (typed
// arrays, bigints, -0 and NaN survive; the constant classes are tagged plain objects): a few
// big buffers cost the snapshot's start nothing measurable, where the same code objects as
// ~100k small JS objects added ~25 ms to every `-c pass`. The code objects are only read
// (loadCode copies them into the heap), never guest state. Without the snapshot (workers, PYSTM_NO_SNAPSHOT) the map
// is empty. Why: `import random` compiled ~5,000 lines of lib (collections, os, warnings,
// heapq...) with a cold compiler, ~1 s CPU, more than CPython's whole run of some benchmarks.
// Only the modules most programs import are in (the snapshot grows with each).
import * as fs from 'node:fs';
import * as path from 'node:path';
import { compile } from '../../compiler/compile';
import * as v8 from 'node:v8';
import { isCodeObject, type CodeObject } from '../../compiler/code';
import { ELLIPSIS, PyBytes, PyComplex, PyEllipsis, PyFrozenSetConst, PyTupleConst, type ConstantValue } from '../../compiler/constants';

const cache = new Map<string, { source: string; data: Uint8Array }>();

/** The cached code object for `filename` compiled from exactly `source`, or null. */
export function cachedCode(source: string, filename: string): CodeObject | null {
  const e = cache.get(filename);
  return e !== undefined && e.source === source ? (fromPlain(v8.deserialize(e.data)) as CodeObject) : null;
}

type Plain = unknown;

function toPlain(v: ConstantValue | CodeObject): Plain {
  if (v instanceof PyBytes) return { k: 'b', b: v.bytes };
  if (v instanceof PyComplex) return { k: 'c', r: v.real, i: v.imag };
  if (v instanceof PyEllipsis) return { k: 'e' };
  if (v instanceof PyTupleConst) return { k: 't', items: v.items.map(toPlain) };
  if (v instanceof PyFrozenSetConst) return { k: 's', items: v.items.map(toPlain) };
  if (isCodeObject(v)) return { k: 'co', co: { ...v, consts: v.consts.map(toPlain) } };
  return v;
}

function fromPlain(p: Plain): ConstantValue | CodeObject {
  if (typeof p !== 'object' || p === null) return p as ConstantValue;
  const o = p as { k: string; b: Uint8Array; r: number; i: number; items: Plain[]; co: CodeObject };
  switch (o.k) {
    case 'b': return new PyBytes(o.b);
    case 'c': return new PyComplex(o.r, o.i);
    case 'e': return ELLIPSIS;
    case 't': return new PyTupleConst(o.items.map(fromPlain) as ConstantValue[]);
    case 's': return new PyFrozenSetConst(o.items.map(fromPlain) as ConstantValue[]);
    case 'co': return { ...o.co, consts: o.co.consts.map(fromPlain) };
    default: throw new Error(`internal: code cache entry ${o.k}`);
  }
}

/** lib/ files (relative, '/'-separated) kept compiled in the snapshot. */
export const LIB_CACHED = [
  'random.py', 'abc.py', 'collections/__init__.py', 'collections/abc.py', 'heapq.py', 'itertools.py',
  'operator.py', 'os.py', 'posixpath.py', 'warnings.py', 'functools.py', 'bisect.py', 'copy.py',
  'types.py', 'string.py', 'contextlib.py', 're/__init__.py', 'threading.py', 'queue.py', 'io.py',
  'weakref.py', 'struct.py', 'signal.py', 'linecache.py', 'traceback.py',
];

/** Build time: compiles LIB_CACHED under libDir (named as the importer names them); returns the count. */
export function precompileLib(libDir: string, read: (file: string) => string): number {
  for (const rel of LIB_CACHED) {
    const p = path.join(libDir, ...rel.split('/'));
    if (!fs.existsSync(p)) continue;
    const source = read(p);
    try {
      cache.set(p, { source, data: v8.serialize(toPlain(compile(source, p, 'exec'))) });
    } catch {
      // a file that does not compile raises its SyntaxError at import, as without the cache
    }
  }
  return cache.size;
}
