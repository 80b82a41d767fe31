// A nested wait (a blocking call below a builtin) woken between its registration and its nested
// driver: the interleaving behind the join_wake.py failure at --workers 2 ("list expected at most
// 1 argument, got 2", "Invalid code point"), scripted. PYSTM_TEST_WAKE_NESTED_REGISTER=1 makes
// sched.registerWait wake the thread right after registering it, as another JS thread's timer or
// lock release would; the thread must stay pinned (out of the run queue: only its own nested
// driver resumes it), or pystm stops with an internal error. The program's waits all time out, so
// each registration is woken and retried until its deadline passes.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';

const PROG = path.join(__dirname, 'threads', 'nested_register_wake.py');
const EXPECTED = [
  'warm-up thread',
  '[False, False, False]',
  "['empty', 'empty']",
  '[1, 2, 3]',
  'True',
  "['item', 'empty'] [['empty', 'empty']]",
  '',
].join('\n');

describe('a nested wait woken at its registration', () => {
  for (const workers of ['1', '2']) {
    it(`stays pinned and times out as CPython's (--workers ${workers})`, () => {
      const r = spawnSync(process.execPath, [PYSTM, '--workers', workers, PROG], {
        encoding: 'utf8',
        timeout: 60_000,
        env: { ...process.env, PYSTM_TEST_WAKE_NESTED_REGISTER: '1' },
      });
      expect(r.stderr).toBe('');
      expect(r.stdout).toBe(EXPECTED);
      expect(r.status).toBe(0);
    }, 70_000);
  }
});
