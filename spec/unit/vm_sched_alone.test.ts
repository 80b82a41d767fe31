// One-worker slices while every pool worker naps (sched_nap.ts everyPoolWorkerNaps, sched.ts
// safePoint): the main worker's polls then let its slice run to its tick count instead of ending
// it every 5 ms of time. The predicate on the two heap counts (pool workers attached, napping),
// and a whole program where the pool worker is idle for want of a thread but does not nap: there
// the slices still end on time (a first version that took any idle pool worker for absent put off
// the main guest thread's next Thread.start by a whole 20000-tick slice, and the conflict-free
// programs lost 4-6% at 2 workers: bench/NOTES.md "h19-par").
import { beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';
import { freshHandles } from '../helpers/stm_handles';
import { everyPoolWorkerNaps, napBegins, napEnded, napWorkerAttached, resetNapCounts } from '../../vm/interp/sched_nap';

beforeAll(() => {
  freshHandles();
});

describe('sched: one-worker slices while every pool worker naps', () => {
  it('holds only while every attached pool worker sleeps in a nap', () => {
    resetNapCounts();
    expect(everyPoolWorkerNaps()).toBe(false); // no pool worker attached yet
    napWorkerAttached();
    expect(everyPoolWorkerNaps()).toBe(false); // attached, running or idle
    napBegins();
    expect(everyPoolWorkerNaps()).toBe(true);
    napWorkerAttached(); // a second pool worker, awake
    expect(everyPoolWorkerNaps()).toBe(false);
    napBegins();
    expect(everyPoolWorkerNaps()).toBe(true);
    napEnded(8);
    expect(everyPoolWorkerNaps()).toBe(false); // one woke up
    napEnded(8);
    expect(everyPoolWorkerNaps()).toBe(false);
    resetNapCounts();
  });

  it('keeps ending slices on time while a pool worker is idle without napping', () => {
    const f = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-alone-')), 'prog.py');
    // one guest thread whose ticks are slow (a builtin call each): 40000 ticks, ~0.5 s or more
    // (sum of an iterator: sum() of the list itself reads it in chunks now, vm/builtins/
    // sum_ints_run.ts, and the run got too short for its 5 ms slices to be counted here)
    fs.writeFileSync(f, [
      'import threading',
      'data = list(range(300))',
      'res = []',
      'def work():',
      '    s = 0',
      '    for i in range(40000):',
      '        s += sum(iter(data))',
      '    res.append(s)',
      't = threading.Thread(target=work)',
      't.start()',
      't.join()',
      'print(res[0])',
      '',
    ].join('\n'));
    const r = spawnSync(process.execPath, [PYSTM, '--workers', '2', '--stm-stats', f], { encoding: 'utf8', timeout: 120_000 });
    expect(r.stdout).toBe('1794000000\n');
    const txs = [...r.stderr.matchAll(/^worker \d+: (\d+) transactions/gm)].map((m) => Number(m[1]));
    expect(txs.length).toBeGreaterThan(0);
    // (5 ms slices: ~90 or more; by ticks alone it would be 4-6)
    expect(txs.reduce((a, b) => a + b, 0)).toBeGreaterThan(25);
  });
});
