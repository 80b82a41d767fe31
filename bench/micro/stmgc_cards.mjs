// bench/micro/stmgc_cards.mjs: card-granular barriers (stmgc/txn_cards.ts) on one large array,
// one worker, STM build: element walks with readBarrierCard / writeBarrierCard hits inside a
// transaction against plain accesses, the first pass (card read records; card locks + undo
// backups), and a whole-object readBarrier (every card recorded), ns per element, medians.
// Usage: node bench/micro/stmgc_cards.mjs [rounds]
import { build } from 'esbuild';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const rounds = Number(process.argv[2] ?? 9);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-cards-bench-'));
const outfile = path.join(dir, 'k.js');
await build({
  entryPoints: [path.join(here, 'stmgc_cards_kernel.ts')], bundle: true, platform: 'node', format: 'cjs',
  target: 'node20', outfile, define: { __PYSTM_STM__: 'true' }, minifySyntax: true, logLevel: 'error',
});
const k = require(outfile);
const median = (a) => { const s = [...a].sort((p, q) => p - q); return s[s.length >> 1]; };
for (const [label, words, reps] of [['cache-hot (4k words)', 4096, 2000], ['L2/L3-bound (1M words)', 1 << 20, 10]]) {
  k.setup(words);
  const rows = [];
  for (let r = 0; r < rounds + 1; r++) {
    const x = k.measure(reps);
    if (r > 0) rows.push(x);
  }
  const m = (f) => median(rows.map(f));
  console.log(`\n${label}, inside a transaction, ns per element (median of ${rounds}):`);
  console.log(`  card read hit        ${m((x) => x.readHit).toFixed(2)}  (plain ${m((x) => x.plainRead).toFixed(2)}, ratio ${m((x) => x.readHit / x.plainRead).toFixed(2)}x)`);
  console.log(`  card read+write hit  ${m((x) => x.rwHit).toFixed(2)}  (plain ${m((x) => x.plainRw).toFixed(2)}, ratio ${m((x) => x.rwHit / x.plainRw).toFixed(2)}x)`);
  console.log(`  first pass: read     ${m((x) => x.firstRead).toFixed(2)}  (a card read-set record per 32 elements)`);
  console.log(`  first pass: r+w      ${m((x) => x.firstWrite).toFixed(2)}  (a card CAS lock + 32-word undo backup per 32 elements)`);
  console.log(`  whole readBarrier    ${m((x) => x.wholeRead).toFixed(2)}  (every card recorded, per element)`);
}
fs.rmSync(dir, { recursive: true, force: true });
