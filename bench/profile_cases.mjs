// `node bench/profile_cases.mjs PROFILE.cpuprofile [dist/pystm.js]`: a `node --cpu-prof` profile of
// bin/pystm.js summarized two ways: self samples per function (top 25), and the samples that fall
// on run()'s lines grouped by the `case N:` region of the dispatch switch they are in (each `case
// N:` line of the bundle starts a region; the regions are named by the comment of their first
// case). positionTicks carry per-line samples (what `--cpu-prof` records for every node).
import * as fs from 'node:fs';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const prof = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const bundle = fs.readFileSync(process.argv[3] || path.join(root, 'dist', 'pystm.js'), 'utf8').split('\n');

const selfBy = new Map();
const runLines = new Map(); // 1-based line -> samples
let total = 0;
for (const n of prof.nodes) {
  const s = n.hitCount || 0;
  total += s;
  const key = `${n.callFrame.functionName || '(anon)'} ${path.basename(n.callFrame.url || '')}:${n.callFrame.lineNumber + 1}`;
  selfBy.set(key, (selfBy.get(key) || 0) + s);
  if (n.callFrame.functionName === 'run' && n.positionTicks) {
    for (const t of n.positionTicks) runLines.set(t.line, (runLines.get(t.line) || 0) + t.ticks);
  }
}
const pct = (x) => (100 * x / total).toFixed(1).padStart(5);
console.log(`total samples ${total}`);
for (const [k, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${pct(v)}%  ${k}`);

// run()'s regions: from its `function run(` line to the next top-level function
const start = bundle.findIndex((l) => /^function run\(entry\d*,/.test(l));
if (start >= 0) {
  const regions = new Map();
  let name = '(prologue)';
  for (let i = start; i < bundle.length; i++) {
    if (i > start && /^function /.test(bundle[i])) break;
    const c = /^\s*case (\d+):\s*(?:\{\s*)?(?:\/\/\s*(.*))?$/.exec(bundle[i]);
    if (c && !/^\s*case \d+:\s*$/.test(bundle[i - 1] || '')) name = `case ${c[1]} ${(c[2] || '').slice(0, 40)}`;
    const s = runLines.get(i + 1) || 0;
    if (s) regions.set(name, (regions.get(name) || 0) + s);
  }
  console.log(`\nrun() self samples by case region (of all samples):`);
  for (const [k, v] of [...regions].sort((a, b) => b[1] - a[1]).slice(0, 30)) console.log(`${pct(v)}%  ${k}`);
}
