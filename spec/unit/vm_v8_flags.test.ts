// The V8 flags bin/pystm starts node with (vm/NOTES.md "Synchronous optimizing compiles"):
// `--no-concurrent-recompilation` on both of its exec lines (the start-up snapshot and the
// bin/pystm.js loader), so that TurboFan compiles run() on the JS thread that asked for it instead
// of a helper thread competing with the guest threads. Checked here: the process's own command
// line (/proc/self/cmdline, read by the guest program) on both paths, that the snapshot still
// loads under the flag (the program ran from --snapshot-blob), and that a pool worker of such a
// process still accepts the code cache the build made without the flag (V8 leaves it out of the
// flag hash it checks caches against), while a flag that is in that hash (--no-concurrent-osr)
// would make the worker reject it: the reason this flag and not that one.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runPystm } from '../helpers/run';

const PRINT_ARGV = "import sys; print(repr(open('/proc/self/cmdline', 'rb').read().split(bytes(1))[:-1]))";
const bundle = path.join(ROOT, 'dist', 'pystm.js');

/** node's argv of a bin/pystm run (the guest reads it from /proc). */
function nodeArgv(env: Record<string, string> = {}): string {
  const r = runPystm(['-c', PRINT_ARGV], { env });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
  return r.stdout;
}

/** Whether a worker_thread of `node ...flags` rejects `cache` for the bundle ('true'/'false'). */
function workerRejects(flags: string[], cache: string): string {
  const inner = `const fs=require('fs'),vm=require('vm'),M=require('module');` +
    `const s=new vm.Script(M.wrap(fs.readFileSync(${JSON.stringify(bundle)},'utf8')),{filename:${JSON.stringify(bundle)},cachedData:fs.readFileSync(${JSON.stringify(cache)})});` +
    `require('worker_threads').parentPort.postMessage(String(s.cachedDataRejected));`;
  const outer = `const w=new (require('worker_threads').Worker)(${JSON.stringify(inner)},{eval:true});w.on('message',(m)=>{console.log(m);process.exit(0)});`;
  const r = spawnSync(process.execPath, [...flags, '-e', outer], { encoding: 'utf8', timeout: 60_000 });
  return r.stdout.trim();
}

const hasProc = fs.existsSync('/proc/self/cmdline');

describe('bin/pystm\'s V8 flags', () => {
  it.skipIf(!hasProc)('runs the snapshot with --no-concurrent-recompilation', () => {
    const argv = nodeArgv();
    expect(argv).toContain("b'--no-concurrent-recompilation'");
    // the snapshot accepted the flag (V8 refuses a blob made under flags it checks)
    if (fs.existsSync(path.join(ROOT, 'dist', 'pystm.blob'))) expect(argv).toContain("b'--snapshot-blob'");
  }, 60_000);

  it.skipIf(!hasProc)('runs the loader bin/pystm.js with it too', () => {
    const argv = nodeArgv({ PYSTM_NO_SNAPSHOT: '1' });
    expect(argv).toContain("b'--no-concurrent-recompilation'");
    expect(argv).not.toContain("b'--snapshot-blob'");
    expect(argv).toMatch(/pystm\.js'/);
  }, 60_000);

  it('leaves the pool workers\' code cache valid', () => {
    const cache = path.join(ROOT, 'dist', 'pystm.stack3800.cache');
    if (!fs.existsSync(bundle) || !fs.existsSync(cache)) throw new Error('run `node bin/build.mjs` first (dist/pystm.js and its caches)');
    expect(workerRejects(['--stack-size=3800', '--no-concurrent-recompilation'], cache)).toBe('false');
    expect(workerRejects(['--stack-size=3800', '--no-concurrent-osr'], cache)).toBe('true');
  }, 120_000);
});
