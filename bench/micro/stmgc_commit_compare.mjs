// bench/micro/stmgc_commit_compare.mjs: what an empty and a 10-write transaction cost (begin +
// commit, STM build, one worker) in this tree against git revision REV, interleaved round by
// round (alternating which goes first) because this machine is shared and noisy.
// Usage: node bench/micro/stmgc_commit_compare.mjs [REV=HEAD~1] [rounds=9]
import { build } from 'esbuild';
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const require = createRequire(import.meta.url);
const rev = process.argv[2] ?? 'HEAD~1';
const rounds = Number(process.argv[3] ?? 9);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-commit-'));
const old = path.join(dir, 'old');
fs.mkdirSync(old);
execSync(`git archive ${rev} stmgc | tar -x -C ${old}`, { cwd: root });
fs.mkdirSync(path.join(old, 'bench', 'micro'), { recursive: true });
fs.copyFileSync(path.join(here, 'stmgc_commit_kernel.ts'), path.join(old, 'bench', 'micro', 'stmgc_commit_kernel.ts'));
const k = {};
for (const [name, tree] of [[rev, old], ['this tree', root]]) {
  const outfile = path.join(dir, `${name === rev ? 'old' : 'new'}.js`);
  await build({
    entryPoints: [path.join(tree, 'bench', 'micro', 'stmgc_commit_kernel.ts')], bundle: true, platform: 'node', format: 'cjs',
    target: 'node20', outfile, define: { __PYSTM_STM__: 'true' }, minifySyntax: true, logLevel: 'error',
  });
  k[name] = require(outfile);
}
const names = Object.keys(k);
const median = (a) => { const s = [...a].sort((p, q) => p - q); return s[s.length >> 1]; };
console.log(`begin + k x (read, write) + commit, µs per transaction, median of ${rounds} interleaved rounds:`);
for (const rootSlots of [256, 16384]) {
  for (const n of [0, 10]) {
    const res = Object.fromEntries(names.map((x) => [x, []]));
    for (let r = 0; r < rounds + 1; r++) {
      for (const name of r % 2 === 0 ? names : [...names].reverse()) {
        k[name].setup(rootSlots, Math.min(150, rootSlots));
        const x = k[name].commitCost(n, 20000, false);
        if (r > 0) res[name].push(x);
      }
    }
    console.log(`  ${String(rootSlots).padStart(5)} root slots, ${String(n).padStart(2)} writes: ` + names.map((x) => `${x} ${median(res[x]).toFixed(2)}`).join(', '));
  }
}
fs.rmSync(dir, { recursive: true, force: true });
