// The CPython 3.11 standard library as a test corpus: every .py file under
// sysconfig.get_path('stdlib'), excluding site-packages/ (third-party packages).
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

export function stdlibDir(): string {
  return execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_path('stdlib'))"], { encoding: 'utf8' }).trim();
}

export function stdlibFiles(): string[] {
  const root = stdlibDir();
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (p !== path.join(root, 'site-packages')) walk(p);
      } else if (e.name.endsWith('.py')) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

/** Runs spec/tools/<tool> under python3 and under pystm with the standard library on
 *  PYTHONPATH (hash seed 0, UTC): python3 must succeed, pystm print nothing on stderr; both
 *  outputs are returned for the caller to compare. */
export function runStdlibToolBothWays(tool: string, root: string, pystm: string): { theirs: { status: number | null; stdout: string }; ours: { stdout: string; stderr: string } } {
  const file = path.join(root, 'spec/tools', tool);
  const env = { ...process.env, PYTHONPATH: stdlibDir(), PYTHONHASHSEED: '0', TZ: 'UTC' };
  const run = (cmd: string): { status: number | null; stdout: string; stderr: string } =>
    spawnSync(cmd, [file], { env, encoding: 'utf8', timeout: 300_000, input: '' });
  return { theirs: run('python3'), ours: run(pystm) };
}
