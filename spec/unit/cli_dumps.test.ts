// `pystm --dump STAGE` on real programs: tokens and ast must print exactly what CPython's own
// `python3 -m tokenize` and `python3 -m ast` print; symtable and bytecode dumps must be complete
// (every function appears) and deterministic. (A bytecode dump arrives with the code generator.)
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasPython311, ROOT, runPystm, runPython } from '../helpers/run';

const EXAMPLES = fs.readdirSync(path.join(ROOT, 'examples')).filter((f) => f.endsWith('.py')).map((f) => `examples/${f}`);

describe.skipIf(!hasPython311())('dumps equal CPython tools', () => {
  for (const file of EXAMPLES) {
    it(`--dump tokens ${file} == python3 -m tokenize`, () => {
      const us = runPystm(['--dump', 'tokens', file]);
      expect(us.stderr).toBe('');
      expect(us.stdout).toBe(runPython(['-m', 'tokenize', file]).stdout);
    });
    it(`--dump ast ${file} == python3 -m ast`, () => {
      const us = runPystm(['--dump', 'ast', file]);
      expect(us.stderr).toBe('');
      expect(us.stdout).toBe(runPython(['-m', 'ast', file]).stdout);
    });
  }
});

describe('symtable and bytecode dumps', () => {
  it('symtable dump lists every scope of a program', () => {
    const r = runPystm(['--dump', 'symtable', 'examples/match_shapes.py']);
    expect(r.status).toBe(0);
    for (const name of ['Circle', 'Rect', 'area']) expect(r.stdout).toContain(name);
  });
  it('symtable dump is deterministic and shows nested scopes', () => {
    const r = runPystm(['--dump', 'symtable', 'examples/parallel_sum.py']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/work/);
    expect(runPystm(['--dump', 'symtable', 'examples/parallel_sum.py']).stdout).toBe(r.stdout);
  });
  it('reads the program from stdin with -', () => {
    const r = runPystm(['--dump', 'ast', '-'], { input: 'x = 1\n' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^Module\(\n   body=\[\n      Assign\(/);
  });
});
