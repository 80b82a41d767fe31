// lib/ modules of batch B (json, enum, dataclasses, typing, contextlib, warnings, linecache),
// checked under CPython until the pystm VM runs them: each spec/lib_checks/<module>_check.py runs
// once against CPython's REAL stdlib module and once against OUR lib/ module (through
// spec/tools/lib_b_runner.py, which purges the stdlib copies and verifies every module of the batch
// was loaded from lib/); stdout, stderr and exit status must be identical byte for byte.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasPython311, ROOT, runPython } from '../helpers/run';

const MODULES = ['json', 'enum', 'dataclasses', 'typing', 'contextlib', 'warnings', 'linecache'];
const RUNNER = 'spec/tools/lib_b_runner.py';

const checks = MODULES.map((m) => `spec/lib_checks/${m}_check.py`).filter((f) => fs.existsSync(path.join(ROOT, f)));

if (!hasPython311()) console.warn('lib_modules_b: skipped, python3 3.11 is not on PATH');

describe.skipIf(!hasPython311())('lib/ batch B modules behave as CPython 3.11 stdlib', () => {
  it('has a check script for every module', () => {
    expect(checks.length).toBe(MODULES.length);
  });
  for (const check of checks) {
    it(`${check}: lib/ output == stdlib output`, () => {
      const real = runPython(['-I', '-S', RUNNER, 'real', check]);
      const ours = runPython(['-I', '-S', RUNNER, 'ours', check]);
      expect(real.status).toBe(0);
      expect(real.stdout.length).toBeGreaterThan(200);
      expect(ours.stderr).toBe(real.stderr);
      expect(ours.stdout).toBe(real.stdout);
      expect(ours.status).toBe(real.status);
    });
  }
});
