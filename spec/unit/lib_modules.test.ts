// lib/ modules (pure-Python stdlib replacements written for pystm) checked against CPython 3.11.
// Each spec/lib_checks/<module>_check.py prints results of many calls (and error messages); it
// runs once under python3 with the real stdlib and once under python3 with lib/ first on the
// path (spec/tools/lib_under_cpython.py, which also asserts that lib/'s copy was the one
// imported). Both outputs must agree byte for byte. Later the same checks run under pystm.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { hasPython311, ROOT } from '../helpers/run';

const HAVE_PY = hasPython311();
if (!HAVE_PY) console.warn('lib_modules.test.ts: python3 (3.11) not found; skipping the lib/ module checks');

const CHECKS = path.join(ROOT, 'spec', 'lib_checks');
const RUNNER = path.join(ROOT, 'spec', 'tools', 'lib_under_cpython.py');
/** Check files whose module name is dotted: file stem -> module. */
const DOTTED: Record<string, string> = { collections_abc: 'collections.abc' };

function runPy(args: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('python3', ['-S', '-s', '-P', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { PATH: process.env.PATH ?? '', PYTHONHASHSEED: '0', PYTHONDONTWRITEBYTECODE: '1', PYTHONIOENCODING: 'utf-8' },
    maxBuffer: 64 * 1024 * 1024,
    timeout: 60_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

// the modules checked here; json/enum/dataclasses/typing/contextlib/warnings/linecache are in
// lib_modules_b.test.ts and random in lib_random.test.ts (each with its own runner); itertools
// is native (its check is the golden spec/programs/modules/itertools_checks.py)
const MODULES = ['heapq', 'bisect', 'operator', 'abc', 'collections', 'collections_abc', 'functools', 'copy', 'string'];
const checkFiles = MODULES.map((m) => `${m}_check.py`).filter((f) => fs.existsSync(path.join(CHECKS, f)));

describe.skipIf(!HAVE_PY)('lib/ modules agree with CPython', () => {
  it('has check scripts', () => {
    expect(checkFiles.length).toBeGreaterThan(0);
  });
  for (const file of checkFiles) {
    const stem = file.slice(0, -'_check.py'.length);
    const moduleName = DOTTED[stem] ?? stem;
    it(moduleName, () => {
      const script = path.join(CHECKS, file);
      const real = runPy([script]);
      expect(real.stderr).toBe('');
      expect(real.status).toBe(0);
      const ours = runPy([RUNNER, moduleName, script]);
      expect(ours.stderr).toBe('');
      expect(ours.status).toBe(0);
      expect(ours.stdout).toBe(real.stdout);
    });
  }
});
