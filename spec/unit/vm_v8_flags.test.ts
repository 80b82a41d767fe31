// With PYSTM_SYNC_POOL_COMPILES=1 (off by default: bench/NOTES.md "h23-warm"), the thread
// pool's isolates compile optimized code synchronously (vm/workers/pool.ts
// syncCompilesInNewIsolates, vm/NOTES.md "Synchronous optimizing compiles in the pool workers"):
// the main thread sets V8's `--no-concurrent-recompilation` before it spawns the pool, which V8
// reads when a new isolate is made, so the pool workers compile run() on their own thread and the
// main isolate keeps its concurrent compiles. Checked here: in a threaded run under
// `--trace-opt`, run() is compiled concurrently by one isolate (the main one) and synchronously by
// another (the pool worker); and a worker made after the flag is set still accepts the code cache
// the build made without it (V8 leaves this flag out of the hash it checks caches against), where
// `--no-concurrent-osr` set the same way would make it reject the cache. Fails without
// syncCompilesInNewIsolates (every compile of run() concurrent).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/run';

const bundle = path.join(ROOT, 'dist', 'pystm.js');

/** Whether a worker_thread made after `setFlagsFromString(flag)` rejects `cache` ('true'/'false'). */
function workerRejects(flag: string, cache: string): string {
  const inner = `const fs=require('fs'),vm=require('vm'),M=require('module');` +
    `const s=new vm.Script(M.wrap(fs.readFileSync(${JSON.stringify(bundle)},'utf8')),{filename:${JSON.stringify(bundle)},cachedData:fs.readFileSync(${JSON.stringify(cache)})});` +
    `require('worker_threads').parentPort.postMessage(String(s.cachedDataRejected));`;
  // (--no-use-osr first: every pystm process turns V8's OSR off before its pool starts, and the
  // caches are made so: vm/interp/osr_off.ts, bin/pystm.js)
  const outer = `require('v8').setFlagsFromString('--no-use-osr');require('v8').setFlagsFromString(${JSON.stringify(flag)});` +
    `const w=new (require('worker_threads').Worker)(${JSON.stringify(inner)},{eval:true});w.on('message',(m)=>{console.log(m);process.exit(0)});`;
  const r = spawnSync(process.execPath, ['-e', outer], { encoding: 'utf8', timeout: 60_000 });
  return r.stdout.trim();
}

// four threads on two JS threads, long enough for the pool worker to optimize run(). The work is
// in chunks of 100000 iterations, and the threads go on (outside the sums) until 30 chunks ended
// on the pool worker (slot() != 0): on a loaded host the pool worker attached seconds late
// (9.7-10.1 s at load ~22, spec/NOTES.md h34-stress) and the main worker had run most of the work
// before it, so that the pool worker never compiled run() and 'Synchronous' was missing
const PROGRAM = `
import threading, _pystm_workers
out = [0, 0, 0, 0]
pool = [0]
def chunk(c):
    s = 0
    for i in range(c * 100000, (c + 1) * 100000):
        s += i % 7
    if _pystm_workers.slot() != 0:
        pool[0] += 1
    return s
def work(k):
    out[k] = sum([chunk(c) for c in range(30)])
    while pool[0] < 30:
        chunk(0)
ts = [threading.Thread(target=work, args=(k,)) for k in range(4)]
for t in ts: t.start()
for t in ts: t.join()
print(out)
`;

describe('the pool workers\' optimizing compiles', () => {
  it('are synchronous in the pool worker and concurrent in the main isolate', () => {
    // (--trace-opt is in V8's flag hash: bin/pystm.js would replace dist/pystm.cache by one made
    // under it, which every other run would then reject; it is put back)
    const cacheFile = path.join(ROOT, 'dist', 'pystm.cache');
    const saved = fs.existsSync(cacheFile) ? fs.readFileSync(cacheFile) : null;
    let r;
    try {
      r = spawnSync(process.execPath, ['--trace-opt', path.join(ROOT, 'bin', 'pystm.js'), '--workers', '2', '-c', PROGRAM],
        { encoding: 'utf8', timeout: 120_000, maxBuffer: 64 << 20, env: { ...process.env, PYSTM_SYNC_POOL_COMPILES: '1' } });
    } finally {
      if (saved !== null) fs.writeFileSync(cacheFile, saved);
    }
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('[8999994, 8999994, 8999994, 8999994]');
    // per isolate (the SharedFunctionInfo of run() differs), the modes of run()'s compiles
    const modes = new Map<string, Set<string>>();
    for (const m of r.stdout.matchAll(/compiling method \S+ <JSFunction run \(sfi = (\w+)\)>.*mode: ConcurrencyMode::k(\w+)/g)) {
      const s = modes.get(m[1]) ?? new Set<string>();
      s.add(m[2]);
      modes.set(m[1], s);
    }
    const kinds = [...modes.values()].map((s) => [...s].sort().join(','));
    expect(kinds).toContain('Concurrent');
    expect(kinds).toContain('Synchronous');
  }, 180_000);

  it('leave the pool workers\' code cache valid', () => {
    const cache = path.join(ROOT, 'dist', 'pystm.cache');
    if (!fs.existsSync(bundle) || !fs.existsSync(cache)) throw new Error('run `node bin/build.mjs` first (dist/pystm.js and its caches)');
    expect(workerRejects('--no-concurrent-recompilation', cache)).toBe('false');
    expect(workerRejects('--no-concurrent-osr', cache)).toBe('true');
  }, 120_000);
});
