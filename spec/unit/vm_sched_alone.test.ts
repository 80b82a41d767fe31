// A worker that runs alone (no other JS thread runs a guest thread: the pool workers nap, wait
// for a thread, or have not attached) keeps its slice to the tick count, as at one worker, instead
// of ending it every 5 ms of time (sched_idle.ts runsAlone, sched.ts safePoint). One guest thread
// whose ticks are slow (a builtin call per loop iteration) at `--workers 2`: before, every poll
// after 5 ms ended a transaction (~100 in this run); now only the slice's 20000 ticks do.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';

const PROG = `
import threading
data = list(range(300))
res = []
def work():
    s = 0
    for i in range(40000):
        s += sum(data)
    res.append(s)
t = threading.Thread(target=work)
t.start()
t.join()
print(res[0])
`;

describe('sched: one busy worker runs one-worker slices', () => {
  it('commits by ticks, not every 5 ms, while the other worker has nothing to run', () => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-alone-')), 'prog.py');
    fs.writeFileSync(f, PROG);
    const r = spawnSync(process.execPath, [PYSTM, '--workers', '2', '--stm-stats', f], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout).toBe('1794000000\n');
    const txs = [...r.stderr.matchAll(/^worker \d+: (\d+) transactions/gm)].map((m) => Number(m[1]));
    expect(txs.length).toBeGreaterThan(0);
    const total = txs.reduce((a, b) => a + b, 0);
    // (40000 ticks: two or three slices, plus the thread's start and end, the join, the exit)
    expect(total).toBeLessThan(25);
  });
});
