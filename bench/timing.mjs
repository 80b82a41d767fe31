// Shared by the benchmark runners (bench/run.mjs, parallel.mjs, stm_overhead.mjs): one timed run
// of a command (wall time from hrtime, user+sys CPU time through /usr/bin/time when present) and
// the statistics they report.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const TIMEOUT_MS = Number(process.env.TIMEOUT || 600) * 1000;
const hasTime = fs.existsSync('/usr/bin/time');

/**
 * Runs `cmd args` once (extra environment `env`); returns { wall, cpu, out (last stdout line),
 * stderr, ok, err (status, signal and the last `errTail` characters of stderr when not ok) }.
 */
export function timed(cmd, args, { env = {}, errTail = 400 } = {}) {
  const tf = path.join(os.tmpdir(), `.pystm-bench-time.${process.pid}`);
  const argv = hasTime ? ['-f', '%U %S', '-o', tf, cmd, ...args] : args;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(hasTime ? '/usr/bin/time' : cmd, argv, {
    encoding: 'utf8', timeout: TIMEOUT_MS, maxBuffer: 64 << 20, env: { ...process.env, ...env },
  });
  const wall = Number(process.hrtime.bigint() - t0) / 1e9;
  let cpu = null;
  if (hasTime && fs.existsSync(tf)) {
    const nums = fs.readFileSync(tf, 'utf8').trim().split('\n').pop().split(/\s+/).map(Number);
    if (nums.length === 2 && nums.every(Number.isFinite)) cpu = nums[0] + nums[1];
    fs.rmSync(tf, { force: true });
  }
  const lines = (r.stdout || '').trim().split('\n');
  const ok = r.status === 0;
  return {
    wall, cpu, out: lines[lines.length - 1] || '', stderr: r.stderr || '', ok,
    err: ok ? '' : `status ${r.status} ${r.signal || ''} ${(r.stderr || '').slice(-errTail)}`,
  };
}

export const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };
export const min = (xs) => Math.min(...xs);
export const geomean = (xs) => Math.exp(xs.reduce((a, x) => a + Math.log(x), 0) / xs.length);
