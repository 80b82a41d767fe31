// The code cache a pool worker loads the bundle through (vm/workers/pool.ts codeCacheSuffix):
// V8 rejects a cache made under other flags, `--stack-size` among them, and a worker shares its
// process's flags. bin/pystm runs the snapshot with --stack-size=3800, so its pool workers need
// a cache made under that flag (dist/pystm.stack3800.cache, written by bin/build.mjs); until
// 2026-12-04 they read dist/pystm.cache (made without it), which V8 rejected in every run.
// Checked here: the names, and that a worker_thread of a `node --stack-size=3800` process accepts
// the built cache for the built bundle while it rejects the default one.
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeCacheSuffix } from '../../vm/workers/pool';

const root = path.resolve(__dirname, '..', '..');
const bundle = path.join(root, 'dist', 'pystm.js');

/** Whether a worker of `node ...flags` rejects `cache` for the bundle ('true'/'false'). */
function workerRejects(flags: string[], cache: string): string {
  const inner = `const fs=require('fs'),vm=require('vm'),M=require('module');` +
    `const s=new vm.Script(M.wrap(fs.readFileSync(${JSON.stringify(bundle)},'utf8')),{filename:${JSON.stringify(bundle)},cachedData:fs.readFileSync(${JSON.stringify(cache)})});` +
    `require('worker_threads').parentPort.postMessage(String(s.cachedDataRejected));`;
  const outer = `const w=new (require('worker_threads').Worker)(${JSON.stringify(inner)},{eval:true});w.on('message',(m)=>{console.log(m);process.exit(0)});`;
  const r = spawnSync(process.execPath, [...flags, '-e', outer], { encoding: 'utf8', timeout: 60_000 });
  return r.stdout.trim();
}

describe('the pool workers\' code cache', () => {
  it('is named after --stack-size', () => {
    expect(codeCacheSuffix([])).toBe('.cache');
    expect(codeCacheSuffix(['--no-warnings'])).toBe('.cache');
    expect(codeCacheSuffix(['--stack-size=3800', '--snapshot-blob', 'dist/pystm.blob'])).toBe('.stack3800.cache');
  });

  it('is accepted by a worker of a --stack-size=3800 process (as bin/pystm runs the snapshot)', () => {
    const cache = path.join(root, 'dist', 'pystm.stack3800.cache');
    if (!fs.existsSync(bundle) || !fs.existsSync(cache)) throw new Error('run `node bin/build.mjs` first (dist/pystm.js and its caches)');
    // (--no-use-osr: the VM turns V8's OSR off at its start, before any pool worker exists, and
    // V8 counts that flag in the cache's hash too: vm/interp/osr_off.ts, bin/pystm.js)
    expect(workerRejects(['--stack-size=3800', '--no-use-osr'], cache)).toBe('false');
    // the default cache is the one V8 rejected there: the reason for the second file
    expect(workerRejects(['--stack-size=3800', '--no-use-osr'], path.join(root, 'dist', 'pystm.cache'))).toBe('true');
    expect(workerRejects(['--no-use-osr'], path.join(root, 'dist', 'pystm.cache'))).toBe('false');
  }, 120_000);
});
