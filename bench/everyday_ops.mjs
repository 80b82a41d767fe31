// `node bench/everyday_ops.mjs [N] [ROUNDS] [SCRIPT]`: bench/everyday_ops.py (or SCRIPT, another
// survey of the same shape: bench/raise_ops.py) under python3 and bin/pystm
// (--no-jit), one after the other per round of the whole list, and a table of ns per item and
// the ratio pystm/python3 (the smaller of two runs each: the host is shared and noisy). A survey,
// not a timed test: it finds the everyday operations far from CPython (issue 5).
import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const script = process.argv[4] ? path.resolve(process.argv[4]) : path.join(root, 'bench', 'everyday_ops.py');
const args = [script, process.argv[2] || '100000', process.argv[3] || '3'];
const parse = (out) => new Map(out.trim().split('\n').map((l) => l.split(' ')).map(([k, v]) => [k, Number(v)]));
const runs = { py: [], ps: [] };
for (let i = 0; i < 2; i++) {
  runs.py.push(parse(execFileSync('python3', args, { encoding: 'utf8' })));
  runs.ps.push(parse(execFileSync(path.join(root, 'bin', 'pystm'), ['--no-jit', ...args], { encoding: 'utf8' })));
}
const best = (list, k) => Math.min(...list.map((m) => m.get(k)));
const rows = [...runs.py[0].keys()].map((k) => [k, best(runs.py, k), best(runs.ps, k)]);
rows.sort((a, b) => b[2] / b[1] - a[2] / a[1]);
console.log('operation          python3 ns   pystm ns   ratio');
for (const [k, a, b] of rows) console.log(`${k.padEnd(18)} ${a.toFixed(1).padStart(10)} ${b.toFixed(1).padStart(10)} ${(b / a).toFixed(2).padStart(7)}x`);
const geo = Math.exp(rows.reduce((s, [, a, b]) => s + Math.log(b / a), 0) / rows.length);
console.log(`geometric mean ${geo.toFixed(2)}x over ${rows.length} operations`);
