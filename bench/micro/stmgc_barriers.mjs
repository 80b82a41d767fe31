// bench/micro/stmgc_barriers.mjs: cost of the stmgc read/write barrier hits on an object walk,
// relative to the same walk with plain typed-array accesses, in three builds of the same code:
//   stm              esbuild define __PYSTM_STM__=true  (STM word checks inline)
//   single-threaded  esbuild define __PYSTM_STM__=false + minifySyntax (STM checks deleted;
//                    the write barrier keeps its generational GC_WB test)
//   runtime-const    no define: STM_BUILD is a module constant computed at load time (false)
// Variants run interleaved in one process (machines are noisy); each ratio is the median over
// rounds of (barrier walk time / plain walk time) inside the same build and heap.
// Usage: node bench/micro/stmgc_barriers.mjs [rounds]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const rounds = Number(process.argv[2] ?? 15);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-bench-'));

async function bundle(name, define, minify) {
  const outfile = path.join(dir, `${name}.js`);
  await build({
    entryPoints: [path.join(here, 'stmgc_barriers_kernel.ts')], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile, define, minifySyntax: minify, logLevel: 'error',
  });
  return outfile;
}

const builds = [
  ['stm', await bundle('stm', { __PYSTM_STM__: 'true' }, true)],
  ['single-threaded', await bundle('st', { __PYSTM_STM__: 'false' }, true)],
  ['runtime-const', await bundle('rt', {}, false)],
];
globalThis.__PYSTM_STM__ = false; // read once by the runtime-const build when it loads
const mods = builds.map(([name, file]) => ({ name, k: require(file) }));
delete globalThis.__PYSTM_STM__;
if (mods[2].k.build !== 'single-threaded') throw new Error('runtime-const build did not pick up the global');

function time(fn, reps) {
  const t0 = process.hrtime.bigint();
  let x = 0;
  for (let i = 0; i < reps; i++) x += fn();
  return [Number(process.hrtime.bigint() - t0) / reps, x];
}
const median = (a) => { const s = [...a].sort((p, q) => p - q); return s[s.length >> 1]; };

for (const [label, n, reps] of [['cache-hot (1k objects, 32 KB)', 1000, 2000], ['L2/L3-bound (200k objects, 6.4 MB)', 200_000, 10]]) {
  for (const m of mods) m.k.setup(n, 42);
  const ratios = new Map();
  const ns = new Map();
  const pairs = [
    ['read', 'walkReadPlain', 'walkReadBarriers'],
    ['read+write', 'walkRwPlain', 'walkRwBarriers'],
    ['type check+read+write', 'walkTypedRwPlain', 'walkTypedRwBarriers'],
    ['fused type/write guard+read+write', 'walkTypedRwPlain', 'walkFusedRwBarriers'],
  ];
  for (let r = 0; r < rounds + 2; r++) {
    for (const m of mods) {
      for (const [kind, plain, barr] of pairs) {
        const order = r % 2 === 0 ? [plain, barr] : [barr, plain];
        const t = {};
        const sums = [];
        for (const f of order) {
          const [dt, x] = time(m.k[f], reps);
          t[f] = dt;
          sums.push(x);
        }
        // the two read-only walks of a pair see the same values: same checksum with or without barriers
        if (kind === 'read' && sums[0] !== sums[1]) throw new Error(`checksum mismatch: ${m.name} ${kind}`);
        if (r < 2) continue; // warm-up rounds
        const key = `${m.name} ${kind}`;
        if (!ratios.has(key)) { ratios.set(key, []); ns.set(key, []); }
        ratios.get(key).push(t[barr] / t[plain]);
        ns.get(key).push([t[plain] / n, t[barr] / n]);
      }
    }
  }
  console.log(`\n${label}: barrier walk / plain walk, median of ${rounds} interleaved rounds`);
  for (const [key, rs] of ratios) {
    const nsPlain = median(ns.get(key).map((p) => p[0]));
    const nsBarr = median(ns.get(key).map((p) => p[1]));
    console.log(`  ${key.padEnd(50)} ${median(rs).toFixed(3)}x  (min ${Math.min(...rs).toFixed(3)}, max ${Math.max(...rs).toFixed(3)})  plain ${nsPlain.toFixed(2)} ns/obj, barriers ${nsBarr.toFixed(2)} ns/obj`);
  }
}
fs.rmSync(dir, { recursive: true, force: true });
