// vm/interp/osr_off.ts: V8's on-stack replacement is off (`--no-use-osr`, set when the VM starts)
// and the driver loop returns at every countdown end to be called again (sched.ts
// driverReenters), so V8 optimizes the interpreter loop run() as a function, never by OSR. Checked
// under `--trace-opt` (set by a --require'd preload, as bench/v8_trace.mjs does: on the command
// line it would change the flag hash and the snapshot be refused): one long loop of guest code
// gets run() compiled, and no compile of it is an OSR one; with PYSTM_OSR=1 (V8's default kept,
// the driver never returns) its compiles are OSR ones. Fails if the flag is not set or if the
// driver does not return (run() is then never optimized: no compile at all). Output is the same.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';

const PROGRAM = `
s = 0
for i in range(3000000):
    s += i % 7
print(s)
`;

function tracedCompilesOfRun(env: Record<string, string>): { stdout: string; osr: number; normal: number } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-osr-'));
  const preload = path.join(dir, 'flags.cjs');
  fs.writeFileSync(preload, `require('v8').setFlagsFromString('--trace-opt');\n`);
  const dist = path.join(ROOT, 'dist');
  const r = spawnSync(process.execPath, ['--stack-size=3800', '--snapshot-blob', path.join(dist, 'pystm.blob'), '--require', preload,
    path.join(dist, 'pystm.js'), '--no-jit', '-c', PROGRAM], { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, env: { ...process.env, ...env } });
  fs.rmSync(dir, { recursive: true, force: true });
  expect(r.status).toBe(0);
  const done = r.stdout.split('\n').filter((l) => /completed compiling .*<JSFunction run /.test(l));
  const osr = done.filter((l) => / OSR /.test(l)).length;
  return { stdout: r.stdout, osr, normal: done.length - osr };
}

describe('the driver loop without OSR', () => {
  it('gets run() optimized as a function, never by on-stack replacement', () => {
    const r = tracedCompilesOfRun({});
    expect(r.stdout).toContain('8999994');
    expect(r.normal).toBeGreaterThan(0);
    expect(r.osr).toBe(0);
  });

  it('keeps V8\'s OSR with PYSTM_OSR=1', () => {
    const r = tracedCompilesOfRun({ PYSTM_OSR: '1' });
    expect(r.stdout).toContain('8999994');
    expect(r.osr).toBeGreaterThan(0);
  });
});
