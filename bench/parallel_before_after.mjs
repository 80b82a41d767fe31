// `BASE=/path/to/a/built/checkout node bench/parallel_before_after.mjs`: paired parallel-speedup
// comparison of two builds in the same minutes. For each bench/parallel program (the sizes of
// parallel.mjs), each repetition runs the before and the after tree at 1 and at 2 workers back
// to back (order rotated), with `--stm-stats` (when the last pool worker attached). Speedup =
// median wall at 1 worker / median at 2, beside the median CPU (user+sys) at 1 and at 2
// workers; the host ceiling (bench/host_ceiling.mjs) is measured before and after the programs. Env: AFTER (default this checkout), REPS (default 3), ONLY=a,b, THREADS (default 4).
// Prints a markdown table; writes nothing.
import * as os from 'node:os';
import * as path from 'node:path';
import { geomean, median, timed } from './timing.mjs';
import { hostCeiling } from './host_ceiling.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const base = process.env.BASE;
if (!base) throw new Error('BASE=/path/to/the/before/checkout (built) is required');
const REPS = Number(process.env.REPS || 3);
const THREADS = String(process.env.THREADS || 4);
const SIZES = { mandelbrot_bands: '800', raytrace_columns: '400', primes_mr: '2000000', nqueens_subtrees: '12', dict_merge: '2000000' };
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const names = Object.keys(SIZES).filter((n) => !only || only.has(n));
const trees = { before: base, after: process.env.AFTER || root };

const joinAt = (stderr) => {
  const xs = [...stderr.matchAll(/attached ([\d.]+) s after the process started/g)].map((m) => Number(m[1]));
  return xs.length ? Math.max(...xs) : null;
};

const ceil0 = (await hostCeiling([2]))[2];
const rows = [];
for (const name of names) {
  const runs = { before: { 1: [], 2: [], cpu1: [], cpu2: [], join: [] }, after: { 1: [], 2: [], cpu1: [], cpu2: [], join: [] } };
  const order = [];
  for (const t of ['before', 'after']) for (const w of [1, 2]) order.push([t, w]);
  for (let r = 0; r < REPS; r++) {
    for (let i = 0; i < order.length; i++) {
      const [t, w] = order[(i + r) % order.length];
      const file = path.join(trees[t], 'bench', 'parallel', `${name}.py`);
      const o = timed(process.execPath, [path.join(trees[t], 'bin', 'pystm'), '--workers', String(w), '--stm-stats', file, THREADS, SIZES[name]]);
      if (!o.ok) throw new Error(`${t} ${name} w${w}: ${o.err}`);
      runs[t][w].push(o.wall);
      if (w === 1) runs[t].cpu1.push(o.cpu);
      if (w === 2) { runs[t].cpu2.push(o.cpu); const j = joinAt(o.stderr); if (j !== null) runs[t].join.push(j); }
      process.stderr.write(`${name} ${t} w${w} ${o.wall.toFixed(2)} s\n`);
    }
  }
  const row = { name };
  for (const t of ['before', 'after']) {
    row[t] = { w1: median(runs[t][1]), w2: median(runs[t][2]), cpu1: median(runs[t].cpu1), cpu2: median(runs[t].cpu2), join: runs[t].join.length ? median(runs[t].join) : null };
    row[t].speedup = row[t].w1 / row[t].w2;
  }
  rows.push(row);
}
const ceil1 = (await hostCeiling([2]))[2];
const f = (x, d = 2) => (x == null ? '-' : x.toFixed(d));
console.log(`host ceiling at 2 workers: ${f(ceil0)} before the programs, ${f(ceil1)} after; ${REPS} paired repetitions, load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}\n`);
console.log('| program | before 1w / 2w (s) | speedup before | CPU 1w / 2w before (s) | pool joined before (s) | after 1w / 2w (s) | speedup after | CPU 1w / 2w after (s) | pool joined after (s) |');
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  console.log(`| ${r.name} | ${f(r.before.w1)} / ${f(r.before.w2)} | ${f(r.before.speedup, 3)} | ${f(r.before.cpu1)} / ${f(r.before.cpu2)} | ${f(r.before.join, 3)} | ${f(r.after.w1)} / ${f(r.after.w2)} | ${f(r.after.speedup, 3)} | ${f(r.after.cpu1)} / ${f(r.after.cpu2)} | ${f(r.after.join, 3)} |`);
}
console.log(`\ngeometric mean speedup at 2 workers: before ${f(geomean(rows.map((r) => r.before.speedup)), 3)}, after ${f(geomean(rows.map((r) => r.after.speedup)), 3)}`);
