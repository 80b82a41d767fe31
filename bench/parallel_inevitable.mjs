// `BASE=/path/to/a/built/checkout node bench/parallel_inevitable.mjs`: what the inevitable
// transactions cost the other workers, before/after, per bench/parallel program at 2 workers.
// Each repetition runs the before and the after tree back to back (order alternating) with
// `--stm-stats`, and reads from its table: worker 0's begins aborted "inevitable" (count and
// seconds), worker 0's contention wait, the inevitable transactions of every worker, the pool
// worker's attach time; plus CPU (user+sys) and wall of the process. Env: AFTER (default this
// checkout), REPS (default 3), ONLY=a,b, SCALE (default 1: parallel.mjs's sizes times SCALE),
// WORKERS (default 2), THREADS (default 4). Prints one line per run and a median table.
import * as path from 'node:path';
import { median, timed } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const base = process.env.BASE;
if (!base) throw new Error('BASE=/path/to/the/before/checkout (built) is required');
const REPS = Number(process.env.REPS || 3);
const SCALE = Number(process.env.SCALE || 1);
const WORKERS = String(process.env.WORKERS || 2);
const THREADS = String(process.env.THREADS || 4);
const SIZES = { mandelbrot_bands: 800, raytrace_columns: 400, primes_mr: 2000000, nqueens_subtrees: 12, dict_merge: 2000000, contended_counter: 20000 };
// (nqueens' size is the board: 2x is not twice the work; it stays, SCALE applies to the others)
const scaled = (n, s) => (n === 'nqueens_subtrees' ? s : Math.round(s * SCALE));
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const names = Object.keys(SIZES).filter((n) => !only || only.has(n));
const trees = { before: base, after: process.env.AFTER || root };

/** The figures of one `--stm-stats` table. */
function parse(stderr) {
  const workers = {};
  let cur = null;
  for (const line of stderr.split('\n')) {
    let m = /^worker (\d+): .* (\d+) inevitable$/.exec(line);
    if (m) { cur = workers[m[1]] = { inevitable: Number(m[2]), inevAborts: 0, inevAbortS: 0, waitS: 0, attached: null }; continue; }
    if (cur === null) continue;
    m = /run aborted inevitable\s+(\d+)\s+([\d.]+) s/.exec(line);
    if (m) { cur.inevAborts = Number(m[1]); cur.inevAbortS = Number(m[2]); }
    m = /wait \(contention\)\s+([\d.]+) s/.exec(line);
    if (m) cur.waitS = Number(m[1]);
    m = /attached ([\d.]+) s after/.exec(line);
    if (m) cur.attached = Number(m[1]);
  }
  return workers;
}

const fmt = (x, d = 2) => (x === null || x === undefined ? '-' : x.toFixed(d));
const rows = [];
for (const name of names) {
  const size = String(scaled(name, SIZES[name]));
  const acc = { before: [], after: [] };
  for (let r = 0; r < REPS; r++) {
    const order = r % 2 === 0 ? ['before', 'after'] : ['after', 'before'];
    for (const t of order) {
      const file = path.join(trees[t], 'bench', 'parallel', `${name}.py`);
      const o = timed(process.execPath, [path.join(trees[t], 'bin', 'pystm'), '--workers', WORKERS, '--stm-stats', file, THREADS, size]);
      if (!o.ok) throw new Error(`${t} ${name}: ${o.err}`);
      const w = parse(o.stderr);
      const w0 = w['0'] ?? { inevAborts: 0, inevAbortS: 0, waitS: 0 };
      const inev = Object.values(w).map((x) => x.inevitable);
      const run = { wall: o.wall, cpu: o.cpu, a0: w0.inevAborts, a0s: w0.inevAbortS, wait0: w0.waitS, inev, attached: w['1']?.attached ?? null };
      acc[t].push(run);
      const load = (await import('node:os')).loadavg()[0];
      console.log(`${name} ${size} ${t.padEnd(6)} wall ${fmt(o.wall)} cpu ${fmt(o.cpu)} w0 inevitable-aborts ${run.a0} (${fmt(run.a0s, 3)} s) w0 wait ${fmt(run.wait0, 3)} inevitable/worker ${inev.join('/')} pool attached ${fmt(run.attached)} load ${load.toFixed(1)}`);
    }
  }
  const med = (t, k) => median(acc[t].map((x) => x[k]));
  rows.push(`| ${name} ${size} | ${med('before', 'a0')} -> ${med('after', 'a0')} | ${fmt(med('before', 'a0s'), 3)} -> ${fmt(med('after', 'a0s'), 3)} | ${fmt(med('before', 'wait0'), 3)} -> ${fmt(med('after', 'wait0'), 3)} | ${fmt(med('before', 'cpu'))} -> ${fmt(med('after', 'cpu'))} | ${fmt(med('before', 'wall'))} -> ${fmt(med('after', 'wall'))} |`);
}
console.log(`\n${REPS} pairs, --workers ${WORKERS}, medians (before -> after)`);
console.log('| program size | w0 inevitable aborts | their s | w0 wait s | CPU s | wall s |');
console.log('|---|---|---|---|---|---|');
for (const r of rows) console.log(r);
