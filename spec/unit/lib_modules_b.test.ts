// lib/ modules of batch B (json, enum, dataclasses, typing, contextlib, warnings, linecache),
// checked under CPython until the pystm VM runs them: each spec/lib_checks/<module>_check.py runs
// once against CPython's REAL stdlib module and once against OUR lib/ module (through
// spec/tools/lib_b_runner.py, which purges the stdlib copies and verifies every module of the batch
// was loaded from lib/); stdout, stderr and exit status must be identical byte for byte. A second
// pass loads the other lib helper's modules (functools, collections, abc, copy ...) from lib/ too.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
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

const OTHERS_PRESENT = ['functools.py', 'abc.py', 'copy.py', 'collections/__init__.py'].every((f) => fs.existsSync(path.join(ROOT, 'lib', f)));

describe.skipIf(!hasPython311() || !OTHERS_PRESENT)('lib/ batch B modules on top of the other lib/ modules', () => {
  for (const check of checks) {
    it(`${check}: with lib/ functools, collections, abc, copy == stdlib output`, () => {
      const real = runPython(['-I', '-S', RUNNER, 'real', check]);
      const r = spawnSync('python3', ['-I', '-S', RUNNER, 'ours', check], {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', LIB_B_OTHERS: 'lib' },
        maxBuffer: 64 * 1024 * 1024,
      });
      expect(r.stderr).toBe(real.stderr);
      expect(r.stdout).toBe(real.stdout);
      expect(r.status).toBe(real.status);
    });
  }
});
