// A daemon thread left in a nested wait (`for x in iter(q.get, None)`, never fed its sentinel)
// does not stop the exit when the main JS thread runs that wait: --workers 1 and
// --single-threaded, where the golden programs' default run (a worker per core) can still hang
// (spec/programs/threading/KNOWN_FAILURES.workers). Output and exit status as CPython's .exp/.err.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPystm } from '../helpers/run';

const DIR = path.join(ROOT, 'spec', 'programs', 'threading');

describe('a daemon in a nested wait at the exit', () => {
  for (const mode of [['--workers', '1'], ['--single-threaded']]) {
    for (const [name, status, lastErr] of [['daemon_nested_wait_exit', 0, ''], ['daemon_nested_wait_error', 1, 'ValueError: main failed']] as const) {
      it(`${name}.py with ${mode.join(' ')}: CPython's output, exit ${status}, no hang`, () => {
        const r = runPystm([...mode, path.join(DIR, `${name}.py`)], { timeout: 60_000 });
        expect(r.stdout).toBe(fs.readFileSync(path.join(DIR, `${name}.exp`), 'utf8'));
        expect(r.status).toBe(status);
        const err = r.stderr.trim().split('\n');
        expect(err[err.length - 1]).toBe(lastErr);
      });
    }
  }
});
