// collections.deque shared bare between threads (issue 6; vm/objects/deque.ts): each call is one
// builtin step, so a transaction boundary or a thread switch never falls inside an append,
// appendleft, popleft or rotate. spec/stress/shared_deque.py (three consumers popleft while three
// producers append/appendleft and a mixer rotates) takes every item exactly once; on the Python
// deque it replaced it printed thousands of duplicates, losses and None items at --workers 4
// with 50-tick slices. Two runs here with 50-tick slices and forced aborts, each must print
// CPython's line ("bad 0").
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const PROG = path.join(__dirname, '..', 'stress', 'shared_deque.py');
const EXPECTED = fs.readFileSync(PROG.replace(/\.py$/, '.exp'), 'utf8').replace('items 12000', 'items 8000');

describe('a bare shared deque with aborts and short slices at --workers 4', () => {
  it('hands every item to exactly one consumer', () => {
    for (let run = 0; run < 2; run++) {
      const r = runPystm(['--workers', '4', PROG, '2000'], { timeout: 110_000, env: { PYSTM_SWITCH_TICKS: '50', PYSTM_STM_ABORT_EVERY: '5' } });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
    }
  }, 120_000);
});
