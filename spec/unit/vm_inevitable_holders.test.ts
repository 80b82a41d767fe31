// The scheduler's barrier-free writes while other workers keep their locks (real workers): since
// becoming inevitable no longer aborts the other lock holders (stmgc/NOTES.md "Inevitable", the
// audit table), every raw write of the scheduler (thread states of other threads, the run queue,
// timers, lock waiter lists) must target an object that no non-inevitable transaction of another
// worker holds: a holder's rollback would put its backup over the write. PYSTM_STM_CHECK_RAW=1
// (vm/interp/sched_rawcheck.ts) reports each such write on stderr. Run here with forced aborts
// and 50-tick slices at --workers 4 (the fastest repro settings of the deque race) on programs
// that start, end, join, wake and time out threads beside long lock holders: no report, and
// CPython's summary line.
import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { runPystm } from '../helpers/run';

const DIR = path.join(__dirname, '..', 'stress');
const ENV = { PYSTM_STM_CHECK_RAW: '1', PYSTM_STM_ABORT_EVERY: '5', PYSTM_SWITCH_TICKS: '50' };
const CASES: Array<[string, string[], string]> = [
  ['inevitable_holders.py', ['8'], 'inevitable_holders rounds 8 bad 0\n'],
  ['join_wake.py', ['20'], ''],
  ['thread_ends.py', ['30'], 'thread_ends rounds 30 bad 0\n'],
];

describe('scheduler raw writes never meet another worker\'s undoable lock', () => {
  for (const [prog, args, expected] of CASES) {
    it(`${prog} ${args.join(' ')} at --workers 4, forced aborts, short slices`, () => {
      const r = runPystm(['--workers', '4', path.join(DIR, prog), ...args], { timeout: 110_000, env: ENV });
      expect(r.stderr).toBe('');
      if (expected !== '') expect(r.stdout).toBe(expected);
      else expect(r.stdout).toMatch(/ bad 0\n$/);
      expect(r.status).toBe(0);
    }, 120_000);
  }
});
