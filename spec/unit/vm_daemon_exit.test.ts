// A daemon thread left in a nested wait (`for x in iter(q.get, None)`, never fed its sentinel)
// does not stop the exit, whichever JS thread runs that wait: --workers 1 and --single-threaded
// (the main JS thread: sched.ts endOrDeadlock), --workers 2 and 4 (often a pool worker:
// endOnPoolWorker gives the wait up once the main guest thread's body ended and nothing else can
// run), and --workers 2 with the pool started at `import threading` (PYSTM_EARLY_POOL=1: the pool
// is attached when the daemon starts, so a pool worker runs it in most runs). Output and exit
// status as CPython's .exp/.err. A non-daemon thread left so is a deadlock (CPython's shutdown
// would join it for ever): reported, exit 1, also when a pool worker runs its wait (SC_STUCK).
// Each case runs a few times: which worker runs the wait is up to the scheduler.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { PYSTM, ROOT } from '../helpers/run';

const DIR = path.join(ROOT, 'spec', 'programs', 'threading');

function pystm(args: string[], env: Record<string, string>): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(PYSTM, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

const MODES: [string[], Record<string, string>][] = [
  [['--workers', '1'], {}],
  [['--single-threaded'], {}],
  [['--workers', '2'], {}],
  [['--workers', '4'], {}],
  [['--workers', '2'], { PYSTM_EARLY_POOL: '1' }],
];
const RUNS = 3;

const STUCK = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-stuck-')), 'stuck.py');
fs.writeFileSync(STUCK, `import queue, threading
q = queue.Queue()
def consume():
    for x in iter(q.get, None):
        print("got", x, flush=True)
threading.Thread(target=consume).start()  # not a daemon, never fed its sentinel
q.put(1)
`);

describe('a daemon in a nested wait at the exit', () => {
  for (const [mode, env] of MODES) {
    const label = `${mode.join(' ')}${Object.keys(env).length ? ' ' + JSON.stringify(env) : ''}`;
    for (const [name, status, lastErr] of [['daemon_nested_wait_exit', 0, ''], ['daemon_nested_wait_error', 1, 'ValueError: main failed']] as const) {
      it(`${name}.py with ${label}: CPython's output, exit ${status}, no hang`, () => {
        for (let i = 0; i < RUNS; i++) {
          const r = pystm([...mode, path.join(DIR, `${name}.py`)], env);
          const exp = fs.readFileSync(path.join(DIR, `${name}.exp`), 'utf8');
          expect(r.stdout).toBe(exp);
          expect(r.status).toBe(status);
          const err = r.stderr.trim().split('\n');
          expect(err[err.length - 1]).toBe(lastErr);
        }
      });
    }
    it(`a non-daemon thread left in a nested wait with ${label}: a deadlock report, exit 1, no hang`, () => {
      for (let i = 0; i < RUNS; i++) {
        const r = pystm([...mode, STUCK], env);
        expect(r.stdout).toBe('got 1\n');
        expect(r.status).toBe(1);
        expect(r.stderr).toMatch(/^Fatal Python error: all threads are blocked \(deadlock\)/);
      }
    });
  }
});
