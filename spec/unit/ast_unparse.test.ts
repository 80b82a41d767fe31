// The `ast` module against CPython's on real code: for a fixed sample of standard library files,
// ast.parse + ast.dump (with positions), ast.unparse and the round trip through parse again
// must print exactly what CPython 3.11 prints (spec/tools/ast_roundtrip.py under both). This
// checks lib/ast.py, lib/_ast_unparse.py and the compiler-to-heap tree conversion
// (vm/modules/ast_bridge.ts) on every construct these files use.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, hasPython311, runPystm, runPython } from '../helpers/run';
import { stdlibDir } from '../helpers/stdlib';

const SAMPLE = [
  'textwrap.py', 'dataclasses.py', 'fractions.py', 'shlex.py', 'string.py', 'heapq.py', 'enum.py',
  'functools.py', 'typing.py', 'ast.py', 'asyncio/tasks.py', 'json/decoder.py', 'pprint.py',
  'contextlib.py', 'statistics.py',
];

describe.skipIf(!hasPython311())('ast.dump and ast.unparse of standard library files', () => {
  it('print what CPython prints', () => {
    const dir = stdlibDir();
    const files = SAMPLE.map((f) => path.join(dir, f)).filter((f) => fs.existsSync(f));
    expect(files.length).toBeGreaterThan(10);
    const input = files.join('\n') + '\n';
    const tool = path.join(ROOT, 'spec/tools/ast_roundtrip.py');
    const theirs = runPython([tool], { input });
    expect(theirs.status).toBe(0);
    const ours = runPystm([tool], { input, timeout: 600_000 });
    expect(ours.stderr).toBe('');
    const a = ours.stdout.split('\n');
    const b = theirs.stdout.split('\n');
    const first = a.findIndex((line, i) => line !== b[i]);
    expect(first === -1 ? null : { line: first + 1, ours: a[first]?.slice(0, 300), cpython: b[first]?.slice(0, 300) }).toBeNull();
    expect(a.length).toBe(b.length);
    expect(theirs.stdout).toContain('round trip: True');
  }, 900_000);
});
