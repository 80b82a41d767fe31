// The start-up snapshot (bin/build_snapshot.js, vm/cli/snapshot.ts, bin/pystm as sh): a plain run
// boots from dist/pystm.blob, options that change the heap geometry boot in full, and a blob that
// no longer matches the bundle (here: a copy of the tree whose dist/pystm.js was rewritten) or a
// missing one falls back to the ordinary loader with the same output and status.
// PYSTM_BOOT_REPORT=1 makes pystm say on stderr which boot it took. Also the start path's env
// handling (NODE_EXTRA_CA_CERTS passed around node) and PYSTM_START_TRACE's format.
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { PYSTM, ROOT } from '../helpers/run';

const hasBlob = fs.existsSync(path.join(ROOT, 'dist', 'pystm.blob'));
// (a program that names no threading module: the launchers run it on the barrier-free build,
// vm/cli/thread_scan.ts; `--workers 1` asks for the parallel build's blob)
const SNAP_ST = 'pystm: boot: snapshot (single-threaded build)\n';
const FULL_ST = 'pystm: boot: full (single-threaded build)\n';
const PROGRAM = 'import sys; print(sys.argv[1:], sys.path[0] == "", 6 * 7); sys.exit(3)';

function run(exe: string, args: string[], env: Record<string, string> = {}) {
  // (a time limit: a hang fails the test instead of stalling the suite)
  const r = spawnSync(exe, args, { encoding: 'utf8', input: '', timeout: 120_000, env: { ...process.env, PYSTM_BOOT_REPORT: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe.skipIf(!hasBlob)('start-up snapshot', () => {
  it('a plain run boots from the snapshot, with argv, stdout and exit status', () => {
    const r = run(PYSTM, ['-c', PROGRAM, 'a', 'b c']);
    expect(r.stdout).toBe("['a', 'b c'] True 42\n");
    expect(r.stderr).toBe(SNAP_ST);
    expect(r.status).toBe(3);
    const stm = run(PYSTM, ['--workers', '1', '-c', PROGRAM, 'a']);
    expect([stm.stdout, stm.stderr, stm.status]).toEqual(["['a'] True 42\n", 'pystm: boot: snapshot\n', 3]);
  });

  it('--heap (another geometry) and load-time env vars boot in full', () => {
    expect(run(PYSTM, ['--heap', '64M', '-c', PROGRAM, 'x']).stderr).toBe(FULL_ST);
    expect(run(PYSTM, ['-c', PROGRAM], { PYSTM_VERIFY_GC: '1' }).stderr).toBe(FULL_ST);
    expect(run(PYSTM, ['-c', PROGRAM], { PYSTM_NO_SNAPSHOT: '1' }).stderr).toBe(FULL_ST);
  });

  it('node bin/pystm (the file as JavaScript) still runs, without the snapshot', () => {
    const r = run(process.execPath, [PYSTM, '-c', PROGRAM, 'z']);
    expect(r.stdout).toBe("['z'] True 42\n");
    expect(r.stderr).toBe(FULL_ST);
    expect(r.status).toBe(3);
  });

  it('a stale or missing blob falls back to the loader', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-snap-'));
    try {
      for (const d of ['bin', 'dist']) fs.mkdirSync(path.join(dir, d));
      fs.symlinkSync(path.join(ROOT, 'lib'), path.join(dir, 'lib'));
      for (const f of ['pystm', 'pystm.js', 'choose_bundle.js']) fs.copyFileSync(path.join(ROOT, 'bin', f), path.join(dir, 'bin', f));
      fs.chmodSync(path.join(dir, 'bin', 'pystm'), 0o755);
      for (const f of ['pystm.js', 'pystm.blob', 'pystm.blob.node', 'pystm-st.js', 'pystm-st.blob', 'pystm-st.blob.node']) fs.copyFileSync(path.join(ROOT, 'dist', f), path.join(dir, 'dist', f));
      const exe = path.join(dir, 'bin', 'pystm');
      // the blob was built for ROOT/dist/pystm.js: another bundle path is stale
      let r = run(exe, ['-c', PROGRAM, 'q']);
      expect([r.stdout, r.stderr, r.status]).toEqual(["['q'] True 42\n", FULL_ST, 3]);
      fs.rmSync(path.join(dir, 'dist', 'pystm-st.blob'));
      r = run(exe, ['-c', PROGRAM, 'q']);
      expect([r.stdout, r.stderr, r.status]).toEqual(["['q'] True 42\n", FULL_ST, 3]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('NODE_EXTRA_CA_CERTS (passed around node by bin/pystm) reaches the program as the user set it', () => {
    const prog = 'import os; print(repr(os.environ.get("NODE_EXTRA_CA_CERTS")), [k for k in os.environ if "MOVED" in k])';
    const without: NodeJS.ProcessEnv = { ...process.env, PYSTM_BOOT_REPORT: '1' };
    delete without.NODE_EXTRA_CA_CERTS;
    const unset = spawnSync(PYSTM, ['-c', prog], { encoding: 'utf8', input: '', timeout: 120_000, env: without });
    expect([unset.stdout, unset.stderr]).toEqual(['None []\n', SNAP_ST]);
    for (const value of ['/no/such/file.crt', '']) {
      for (const extra of [{}, { PYSTM_NO_SNAPSHOT: '1' }] as Record<string, string>[]) {
        const r = run(PYSTM, ['-c', prog], { NODE_EXTRA_CA_CERTS: value, ...extra });
        expect(r.stdout).toBe(`'${value}' []\n`);
        expect(r.status).toBe(0);
      }
    }
  });

  it('PYSTM_START_TRACE=1 lists the start-up milestones on stderr', () => {
    const r = run(PYSTM, ['-c', 'pass'], { PYSTM_START_TRACE: '1', PYSTM_BOOT_REPORT: '' });
    expect(r.stderr).toMatch(/^pystm: start trace \(ms\): node [\d.]+, v8 [\d.]+, bootstrap [\d.]+, main [\d.]+, read [\d.]+, compile [\d.]+, boot [\d.]+, setup [\d.]+, run [\d.]+, exit [\d.]+\n$/);
    expect(r.status).toBe(0);
  });

  it('worker threads start when the main thread booted from the snapshot', () => {
    const prog = [
      'import pystm_workers as w',
      'def f(a, b): return [a * b, w.slot()]',
      'print([w.run(k, f, k, 10) for k in range(1, w.count() + 1)])',
    ].join('\n');
    const r = run(PYSTM, ['--workers', '2', '-c', prog]);
    expect(r.stderr).toBe('pystm: boot: snapshot\n');
    expect(r.stdout).toBe('[[10, 1], [20, 2]]\n');
    expect(r.status).toBe(0);
  });
});
