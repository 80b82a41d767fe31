// bench/micro/stmgc_alloc.mjs: allocation and GC throughput of the stmgc heap (single-threaded
// bundle, as pystm --single-threaded runs it): ns per small allocation with most objects dying
// young, minor collection speed with survivors (MB/s copied), mark-sweep speed (ms per MB live).
// Compare: V8 allocating a small JS object takes a few ns. Usage: node bench/micro/stmgc_alloc.mjs
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-alloc-'));
const outfile = path.join(dir, 'k.js');
await build({
  entryPoints: [path.join(here, 'stmgc_alloc_kernel.ts')], bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', outfile, define: { __PYSTM_STM__: 'false' }, minifySyntax: true, logLevel: 'error',
});
const k = createRequire(import.meta.url)(outfile);
k.setup();
const best = (f, n = 5) => { let b = Infinity; for (let i = 0; i < n; i++) b = Math.min(b, f()); return b; };

const N = 20_000_000;
k.allocateMostlyGarbage(N); // warm-up
const allocNs = best(() => { const t = process.hrtime.bigint(); k.allocateMostlyGarbage(N); return Number(process.hrtime.bigint() - t) / N; });
console.log(`allocate 16-byte objects, 99.9% garbage, safe point every 64: ${allocNs.toFixed(2)} ns/object (GC included)`);

const survivors = 150_000; // 150k x 24 bytes = 3.6 MB copied
const minorMs = best(() => k.minorWithSurvivors(survivors));
console.log(`minor collection, ${survivors} survivors (${(survivors * 24 / 1e6).toFixed(1)} MB): ${minorMs.toFixed(2)} ms = ${(survivors * 24 / 1e6 / (minorMs / 1000)).toFixed(0)} MB/s`);

const live = 2_000_000; // 48 MB live
const majorMs = best(() => k.majorWithLive(live), 3);
console.log(`major collection, ${live} live objects (${(live * 24 / 1e6).toFixed(0)} MB): ${majorMs.toFixed(1)} ms = ${(majorMs / (live * 24 / 1e6)).toFixed(2)} ms/MB live`);
fs.rmSync(dir, { recursive: true, force: true });
