// bench/micro/stmgc_txn.mjs: what transactions cost in the STM build (stmgc/txn.ts), one worker:
// barrier hits inside a transaction against plain accesses (cache-hot 1k objects and L2-bound
// 200k), the first read (read-set record) and first write (CAS lock + 4-word undo backup) per
// object, and begin+commit / begin+abort with 0, 10 and 1000 written objects. Medians of rounds.
// Usage: node bench/micro/stmgc_txn.mjs [rounds]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const rounds = Number(process.argv[2] ?? 9);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-txn-bench-'));
const outfile = path.join(dir, 'k.js');
await build({
  entryPoints: [path.join(here, 'stmgc_txn_kernel.ts')], bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', outfile, define: { __PYSTM_STM__: 'true' }, minifySyntax: true, logLevel: 'error',
});
const k = require(outfile);
const median = (a) => { const s = [...a].sort((p, q) => p - q); return s[s.length >> 1]; };

for (const [label, n, reps] of [['cache-hot (1k objects)', 1000, 2000], ['L2/L3-bound (200k objects)', 200_000, 10]]) {
  k.setup(n, 42);
  const rows = [];
  for (let r = 0; r < rounds + 1; r++) {
    const x = k.inTransaction(reps);
    if (r > 0) rows.push(x);
  }
  const m = (f) => median(rows.map(f));
  console.log(`\n${label}, inside a transaction, ns per object (median of ${rounds}):`);
  console.log(`  read hit        ${m((x) => x.readHit).toFixed(2)} ns  (plain ${m((x) => x.plainRead).toFixed(2)}, ratio ${m((x) => x.readHit / x.plainRead).toFixed(2)}x)`);
  console.log(`  read+write hit  ${m((x) => x.rwHit).toFixed(2)} ns  (plain ${m((x) => x.plainRw).toFixed(2)}, ratio ${m((x) => x.rwHit / x.plainRw).toFixed(2)}x)`);
  console.log(`  first read      ${m((x) => x.firstRead).toFixed(2)} ns  (read-set record)`);
  console.log(`  first write     ${m((x) => x.firstWrite).toFixed(2)} ns  (CAS lock + undo backup, on top of a read hit)`);
}
k.setup(2000, 7);
console.log('\nbegin + k x (read, write) + end, µs per transaction (median):');
for (const n of [0, 10, 1000]) {
  const reps = n === 1000 ? 300 : 20000;
  const c = [], a = [];
  for (let r = 0; r < rounds + 1; r++) {
    const cc = k.commitCost(n, reps, false);
    const aa = k.commitCost(n, reps, true);
    if (r > 0) { c.push(cc); a.push(aa); }
  }
  console.log(`  ${String(n).padStart(4)} writes: commit ${median(c).toFixed(2)} µs, abort ${median(a).toFixed(2)} µs`);
}
fs.rmSync(dir, { recursive: true, force: true });
