// Guest threads in STM transactions (issue 6; vm/interp/sched.ts, vm/NOTES.md "Threads"):
//  - one worker at a forced tick budget (PYSTM_SWITCH_TICKS): a commit at every boundary, the
//    transaction becomes inevitable before print, and aborts forced at boundaries
//    (PYSTM_STM_ABORT_EVERY) restart invisibly: the output is CPython's;
//  - real workers (2 and 4): threads incrementing a shared counter under a Lock, 1000 rounds
//    each and on until one has run on a pool worker (spec/helpers/pool_counter.ts):
//    exact total, commits on more than one worker in --stm-stats, --trace-stm lines.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM } from '../helpers/run';
import { poolCounterSource } from '../helpers/pool_counter';

function pystm(args: string[], env: Record<string, string> = {}, timeout = 120_000): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [PYSTM, ...args], { encoding: 'utf8', timeout, env: { ...process.env, ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function program(source: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-stm-'));
  const f = path.join(dir, 'prog.py');
  fs.writeFileSync(f, source);
  return f;
}

const WORK = program(`import threading
total = 0
lock = threading.Lock()
def work(k):
    global total
    s = 0
    for i in range(300):
        s += i * k
    with lock:
        total += s
    print("thread", k, "done")
ts = [threading.Thread(target=work, args=(k,)) for k in range(3)]
for t in ts: t.start()
for t in ts: t.join()
print("total", total)
`);
const WORK_OUT = 'thread 0 done\nthread 1 done\nthread 2 done\ntotal 134550\n';

const COUNTER = program(poolCounterSource(1000));

describe('transactions on one worker (deterministic)', () => {
  it('commits at every boundary and is inevitable before print', () => {
    const r = pystm(['--workers', '1', '--trace-stm', WORK], { PYSTM_SWITCH_TICKS: '50' });
    expect(r.stderr.split('\n').filter((l) => l.startsWith('[stm') && !/^\[stm 0\] (begin|commit|abort|inevitable)/.test(l))).toEqual([]);
    expect(r.stdout).toBe(WORK_OUT);
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('[stm 0]'));
    const begins = lines.filter((l) => l.includes('] begin')).length;
    const commits = lines.filter((l) => l.includes('] commit')).length;
    expect(commits).toBeGreaterThan(10); // a 50-tick budget: many boundaries
    expect(Math.abs(begins - commits)).toBeLessThanOrEqual(1);
    // every transaction that printed was inevitable first (print cannot be undone)
    expect(lines.filter((l) => l.includes('] inevitable')).length).toBeGreaterThanOrEqual(4);
    expect(r.status).toBe(0);
  }, 120_000);

  it('restarts forced aborts invisibly', () => {
    const r = pystm(['--workers', '1', '--trace-stm', '--stm-stats', WORK], { PYSTM_SWITCH_TICKS: '50', PYSTM_STM_ABORT_EVERY: '3' });
    expect(r.stdout).toBe(WORK_OUT);
    expect((r.stderr.match(/abort \(forced/g) ?? []).length).toBeGreaterThan(3);
    expect(r.stderr).toMatch(/worker 0: \d+ transactions, \d+ committed .* [1-9]\d* aborted/);
    expect(r.status).toBe(0);
  }, 120_000);

  it('gives the same output without transactions (--single-threaded build off) and with them', () => {
    const plain = pystm(['--workers', '1', WORK], { PYSTM_SWITCH_TICKS: '7' });
    expect(plain.stdout).toBe(WORK_OUT);
  }, 120_000);
});

describe('transactions on real workers', () => {
  for (const workers of [2, 4]) {
    // (1000 rounds: the pool attaches 0.5-2 s after the start at load 20-40; with 200 rounds the
    // program ended before it in some runs of main too, and in most once h20-disp made it faster)
    it(`${workers} workers: counter under a Lock, 1000 rounds, exact; commits on several workers`, () => {
      const r = pystm(['--workers', String(workers), '--stm-stats', '--trace-stm', COUNTER]);
      expect(r.stdout).toBe('total 4000\n');
      expect(r.status).toBe(0);
      const committing = [...r.stderr.matchAll(/^worker (\d+): \d+ transactions, (\d+) committed/gm)].filter((m) => Number(m[2]) > 0);
      expect(committing.length).toBeGreaterThan(1);
      // a pool worker's trace lines (which one gets threads first depends on when each booted: an
      // early-booted one waits at nice 10 until let in, vm/workers/boot_priority.ts)
      expect(r.stderr).toMatch(/^\[stm [1-9]\] (begin|commit)/m);
      // the per-worker table also says where the rest of the time went
      for (const line of ['minor GC', 'major GC', 'idle \\(no thread to run\\)']) {
        expect(r.stderr.match(new RegExp(`^  ${line} +\\d* +\\d+\\.\\d{3} s$`, 'gm'))?.length).toBe(committing.length);
      }
      expect(r.stderr).toMatch(/^  attached \d+\.\d{3} s after the process started$/m);
    }, 180_000);
  }
});
