// `--single-threaded` (issue 6): bin/pystm and bin/pystm.js run dist/pystm-st.js, the same VM with
// the STM barriers compiled out (bin/bundle_options.mjs), when the flag is one of pystm's own
// options (before FILE, -c, -m, -), never when it is an argument of the guest program.
// PYSTM_BOOT_REPORT=1 makes pystm say which boot and build it took.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM, ROOT } from '../helpers/run';
// @ts-expect-error: a plain .mjs module of the build
import { cliBundleOptions } from '../../bin/bundle_options.mjs';

const ST = ' (single-threaded build)';
const THREADED = `
import threading, sys
out = []
lock = threading.Lock()
def work(k):
    s = 0
    for i in range(3000):
        s += i * k
        if i % 500 == 0:
            with lock:
                out.append(k)
    with lock:
        out.append((k, s))
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(sorted(out, key=repr), threading.active_count(), sys.argv[1:])
`;

function run(exe: string, args: string[], env: Record<string, string> = {}) {
  // (a time limit: a hang fails the test instead of stalling the suite)
  const r = spawnSync(exe, args, { cwd: ROOT, encoding: 'utf8', input: '', timeout: 120_000, env: { ...process.env, PYSTM_BOOT_REPORT: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('--single-threaded', () => {
  it('the single-threaded bundle has no STM slow path; the default bundle has them', async () => {
    const text = async (st: boolean): Promise<string> => {
      const r = await build({ ...cliBundleOptions(st), absWorkingDir: ROOT, write: false, outdir: 'out' });
      return r.outputFiles!.find((f) => f.path.endsWith('.js'))!.text;
    };
    const [stm, st] = await Promise.all([text(false), text(true)]);
    const has = (src: string, fn: string): boolean => src.includes(`function ${fn}(`);
    // (booleans, not the 1 MB texts, in a failure message)
    expect(['readSlow', 'writeSlowStm'].map((f) => [f, has(stm, f), has(st, f)])).toEqual([
      ['readSlow', true, false], ['writeSlowStm', true, false],
    ]);
    // the st build's read barrier is an `if (false)` (dropped by V8's bytecode generator), no test
    const body = (src: string): string => /function readBarrier\(ref\) \{([^}]*)\}/.exec(src)![1].trim();
    expect(body(st)).toBe('if (false) readSlow(ref);');
    expect(body(stm)).toContain('txSnapshot');
    expect(st).not.toMatch(/false &&/); // (every `STM_BUILD && ...` folded away)
    expect([stm.includes('__PYSTM_STM__'), st.includes('__PYSTM_STM__')]).toEqual([false, false]);
    expect(has(st, 'writeBarrier') && has(st, 'writeSlowGc')).toBe(true); // the generational barrier stays
  }, 60_000);

  it('a threaded program prints the same under both builds', () => {
    const stm = run(PYSTM, ['-c', THREADED, 'a']);
    const st = run(PYSTM, ['--single-threaded', '-c', THREADED, 'a']);
    expect(stm.status).toBe(0);
    expect(st.status).toBe(0);
    expect(st.stdout).toBe(stm.stdout);
    expect(stm.stdout).toMatch(/^\[\(0, 0\), .* 1 \['a'\]\n$/);
    expect(stm.stderr).not.toContain(ST);
    expect(st.stderr).toContain(ST);
  });

  it('only as an option of pystm: a guest argument --single-threaded is the program\'s', () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-st-')), 'prog.py');
    // (it names threading: without the flag it runs on the parallel build, thread_scan.ts)
    fs.writeFileSync(file, 'import sys, threading\nprint(sys.argv[1:])\n');
    try {
      for (const exe of [PYSTM, path.join(ROOT, 'bin', 'pystm.js')]) {
        let r = run(exe, [file, '--single-threaded']);
        expect([r.stdout, r.stderr.includes(ST)]).toEqual(["['--single-threaded']\n", false]);
        r = run(exe, ['-c', 'import sys, threading; print(sys.argv[1:])', '--single-threaded']);
        expect([r.stdout, r.stderr.includes(ST)]).toEqual(["['--single-threaded']\n", false]);
        r = run(exe, ['--heap', '64M', '--single-threaded', file, '--single-threaded']);
        expect([r.stdout, r.stderr.includes(ST)]).toEqual(["['--single-threaded']\n", true]);
        r = run(exe, ['--workers', '1', '--single-threaded', '-c', 'pass']);
        expect([r.status, r.stderr.includes(ST)]).toEqual([0, true]);
        r = run(exe, ['--stm-log', '--single-threaded', '-c', 'pass']); // the value of --stm-log
        expect([r.status, r.stderr.includes(ST)]).toEqual([0, false]);
      }
    } finally {
      fs.rmSync(path.dirname(file), { recursive: true, force: true });
    }
  });

  it('boots from its own snapshot when there is one; --workers other than 1 is a usage error; no pool', () => {
    if (fs.existsSync(path.join(ROOT, 'dist', 'pystm-st.blob'))) {
      expect(run(PYSTM, ['--single-threaded', '-c', 'pass']).stderr).toBe(`pystm: boot: snapshot${ST}\n`);
    }
    expect(run(PYSTM, ['--single-threaded', '--workers', '1', '-c', 'print(1)']).stdout).toBe('1\n');
    const r = run(PYSTM, ['--single-threaded', '--workers', '2', '-c', 'print(1)']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--single-threaded runs on one worker');
    const p = run(PYSTM, ['--single-threaded', '-c', 'import pystm_workers as w\ntry:\n    w.start()\nexcept RuntimeError as e:\n    print(e)']);
    expect(p.stdout).toBe('pystm workers: no worker pool with --single-threaded\n');
  });

  it('PYSTM_BENCH_TX=1 (bench/stm_overhead.mjs) runs the program inside transactions, same output', () => {
    const prog = 'x = [list(range(50)) for i in range(60000)]\nd = {}\nfor i in range(60000): d[i % 97] = x[i]\nprint(len(x), sum(len(v) for v in d.values()))';
    const plain = run(PYSTM, ['-c', prog]);
    const tx = run(PYSTM, ['--workers', '1', '-c', prog], { PYSTM_BENCH_TX: 'report' });
    expect(tx.stdout).toBe(plain.stdout);
    const m = /bench transactions: (\d+) commits, (\d+) aborts/.exec(tx.stderr);
    expect(m).not.toBeNull();
    expect(Number(m![1])).toBeGreaterThan(0);
    expect(Number(m![2])).toBe(0);
    // the single-threaded build has no transactions: the variable is ignored there
    expect(run(PYSTM, ['--single-threaded', '-c', prog], { PYSTM_BENCH_TX: 'report' }).stderr).not.toContain('bench transactions');
  });
});
