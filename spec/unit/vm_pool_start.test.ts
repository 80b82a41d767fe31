// The worker pool's start (vm/interp/sched.ts maybeStartStm, vm/NOTES.md "When the pool starts"):
// with the pool started at `import threading` (PYSTM_EARLY_POOL=1) a pool worker is attached and
// waiting when the first thread starts, and takes that thread the moment transactions turn on.
// What the main thread made before (the thread's state and frame) used to be published only by
// its first txBegin, which the pool worker raced: queue_producer_consumer.py hung at --workers 2
// in about 1 run of 30-40. A loop check (the race is timing-dependent; the deterministic part is
// spec/unit/stmgc_publish.test.ts): every run must print CPython's output and exit 0.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PYSTM, ROOT } from '../helpers/run';

const DIR = path.join(ROOT, 'spec', 'programs', 'threading');
const RUNS = 8;

describe('the pool attached before the first thread start', () => {
  for (const name of ['queue_producer_consumer', 'condition_producer_consumer']) {
    it(`${name}.py at --workers 2 with PYSTM_EARLY_POOL=1, ${RUNS} runs: no hang, CPython's output`, () => {
      const exp = fs.readFileSync(path.join(DIR, `${name}.exp`), 'utf8');
      for (let i = 0; i < RUNS; i++) {
        const r = spawnSync(PYSTM, ['--workers', '2', path.join(DIR, `${name}.py`)], {
          cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, PYSTM_EARLY_POOL: '1' },
        });
        expect(r.stderr).toBe('');
        expect(r.stdout).toBe(exp);
        expect(r.status).toBe(0);
      }
    }, RUNS * 60_000); // (each run has its own 60 s limit, the hang check; the 8 took 76 s in a full-suite run at load ~10)
  }
});
