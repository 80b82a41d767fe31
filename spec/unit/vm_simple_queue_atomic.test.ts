// queue.SimpleQueue across workers (issue 6; lib/queue.py): SimpleQueue relies on its deque's
// append and popleft being one atomic step each, as CPython's C deque is. Our deque was Python code
// until 2026-12-04 (an append or popleft several bytecodes, a transaction boundary or a thread
// switch could fall inside one): three consumers at --workers 4 with 50-tick slices and forced
// aborts took an item twice and lost another in 12 of 16 runs (executor_nested.py's "Future in
// unexpected state"). The deque is native now (vm/objects/deque*.ts). Three runs here; each must
// print CPython's line ("bad 0").
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const PROG = path.join(__dirname, '..', 'stress', 'simple_queue.py');
const EXPECTED = fs.readFileSync(PROG.replace(/\.py$/, '.exp'), 'utf8').replace('2400', '1200');

describe('queue.SimpleQueue with aborts and short slices at --workers 4', () => {
  it('hands every item to exactly one consumer', () => {
    for (let run = 0; run < 3; run++) {
      const r = runPystm(['--workers', '4', PROG, '100'], { timeout: 110_000, env: { PYSTM_SWITCH_TICKS: '50', PYSTM_STM_ABORT_EVERY: '5' } });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
    }
  }, 120_000);
});
