// `node bench/contended_pairs.mjs [BASE=/built/checkout] [REPS=15] [SIZE=500000] [PROG=contended_counter] [WORKERS=1,2]`:
// paired runs of one bench/parallel program at several worker counts, interleaved in the same
// minutes (order rotated every repetition), for this tree and optionally a before tree (BASE).
// Per tree and worker count: median wall and CPU (user+sys) and the median abort share from
// `--stm-stats`; per tree the median of the per-repetition ratios wall(N)/wall(1) (N > 1). The
// host ceiling (bench/host_ceiling.mjs) is measured before, and after every 5 repetitions.
// Prints a markdown table; writes nothing.
import * as path from 'node:path';
import { median, timed } from './timing.mjs';
import { hostCeiling } from './host_ceiling.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const REPS = Number(process.env.REPS || 15);
const SIZE = process.env.SIZE || '500000'; // (parallel.mjs's size since h21-par; 20000 before)
const PROG = process.env.PROG || 'contended_counter';
const THREADS = process.env.THREADS || '4';
const WORKERS = (process.env.WORKERS || '1,2').split(',').map(Number);
const trees = { after: root };
if (process.env.BASE) trees.before = process.env.BASE;

const aborts = (s) => {
  let c = 0, a = 0;
  for (const m of s.matchAll(/(\d+) transactions, \d+ committed[^,]*, (\d+) aborted/g)) { c += Number(m[1]); a += Number(m[2]); }
  return c ? (100 * a) / c : null;
};

const ceilings = [(await hostCeiling([2]))[2]];
const order = [];
for (const t of Object.keys(trees)) for (const w of WORKERS) order.push([t, w]);
const runs = {};
for (const [t, w] of order) runs[`${t}/${w}`] = [];
for (let r = 0; r < REPS; r++) {
  for (let i = 0; i < order.length; i++) {
    const [t, w] = order[(i + r) % order.length];
    const file = path.join(trees[t], 'bench', 'parallel', `${PROG}.py`);
    const o = timed(process.execPath, [path.join(trees[t], 'bin', 'pystm'), '--workers', String(w), '--stm-stats', file, THREADS, SIZE]);
    if (!o.ok) throw new Error(`${t} w${w}: ${o.err}`);
    runs[`${t}/${w}`].push({ wall: o.wall, cpu: o.cpu, ab: aborts(o.stderr) });
  }
  if (r % 5 === 4) ceilings.push((await hostCeiling([2]))[2]);
}
const f = (x, d = 3) => (x == null ? '-' : x.toFixed(d));
console.log(`${PROG} ${THREADS} ${SIZE}, ${REPS} reps; host ceiling(2) ${ceilings.map((c) => f(c, 2)).join(' ')}`);
console.log('| tree | workers | wall median | CPU median | aborts median % | ratio wall(N)/wall(1) median of pairs |');
console.log('|---|---|---|---|---|---|');
for (const [t, w] of order) {
  const xs = runs[`${t}/${w}`];
  const ratio = w === WORKERS[0] ? '' : f(median(xs.map((x, k) => x.wall / runs[`${t}/${WORKERS[0]}`][k].wall)));
  console.log(`| ${t} | ${w} | ${f(median(xs.map((x) => x.wall)))} | ${f(median(xs.map((x) => x.cpu)))} | ${f(median(xs.map((x) => x.ab ?? 0)), 1)} | ${ratio} |`);
}
