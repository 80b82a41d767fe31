// functools.lru_cache shared between threads (vm/objects/lru_cache.ts): each call's lookup, link
// move and insert-or-evict is one builtin step (a nested call of the user function runs no
// transaction boundary), so spec/stress/shared_lru_cache.py (four threads calling a bounded, an
// unbounded and a typed cache, cache_info() meanwhile) must count hits + misses == calls, keep the
// bounded cache exactly full and every key of the unbounded one, under forced aborts and 50-tick
// slices at --workers 4, printing CPython's lines.
import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const PROG = path.join(__dirname, '..', 'stress', 'shared_lru_cache.py');
const EXPECTED = fs.readFileSync(PROG.replace(/\.py$/, '.exp'), 'utf8');

describe('lru_cache shared by threads with aborts and short slices at --workers 4', () => {
  it('counts every call and loses no entry', () => {
    const envs: Record<string, string>[] = [{ PYSTM_SWITCH_TICKS: '50', PYSTM_STM_ABORT_EVERY: '5' }, { PYSTM_SWITCH_TICKS: '50' }];
    for (const env of envs) {
      const r = runPystm(['--workers', '4', PROG, '1500'], { timeout: 110_000, env });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
    }
  }, 120_000);
});
