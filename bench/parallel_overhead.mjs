// `node bench/parallel_overhead.mjs`: where a 2-worker run spends CPU that the 1-worker run of
// the same program and size does not (issue 6: CPU at 2 workers / CPU at 1 worker is the parallel
// overhead, 1.0 ideal). Each bench/parallel program (parallel.mjs's sizes, or SIZE=n for all) runs
// REPS times at --workers 1 and 2 (order alternating) under bench/thread_cpu.py, which samples
// the CPU of every OS thread; with --stm-stats. Per run: the guest JS threads (the main thread,
// and the pool worker: a thread spawned later that used > 0.1 s), V8's helper threads (the rest:
// concurrent compiles, GC helpers), and from --stm-stats the aborted, minor-GC, idle and
// contention-wait seconds and the pool's join (attached minus the first thread start). Prints the
// medians as a markdown table. CPU time is what a loaded machine distorts least; wall is not shown.
// Env: ONLY=a,b, REPS (default 3), SIZE (one size for every program), THREADS (default 4).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { median } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const REPS = Number(process.env.REPS || 3);
const THREADS = String(process.env.THREADS || 4);
const SIZES = { mandelbrot_bands: '800', raytrace_columns: '400', primes_mr: '2000000', nqueens_subtrees: '12', dict_merge: '2000000' };
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const names = Object.keys(SIZES).filter((n) => !only || only.has(n));

/** One run: per-thread CPU and the --stm-stats figures. */
function measure(name, workers) {
  const file = path.join(root, 'bench', 'parallel', `${name}.py`);
  const size = process.env.SIZE || SIZES[name];
  const r = spawnSync('python3', [path.join(root, 'bench', 'thread_cpu.py'), path.join(root, 'bin', 'pystm'), '--workers', String(workers), '--stm-stats', file, THREADS, size],
    { encoding: 'utf8', env: { ...process.env, SHOWERR: '1' }, maxBuffer: 64 << 20 });
  if (r.status !== 0) throw new Error(`${name} --workers ${workers}: ${r.stderr}`);
  const threads = [...r.stdout.matchAll(/thread\s+(\d+)\s+cpu\s+([\d.]+) s\s+seen\s+([\d.]+)-/g)].map((m) => ({ tid: Number(m[1]), cpu: Number(m[2]), seen: Number(m[3]) }));
  const total = Number(/cpu ([\d.]+) s \(/.exec(r.stdout)?.[1] ?? NaN);
  const main = threads[0];
  const firstSample = Math.min(...threads.slice(1).map((t) => t.seen));
  const pool = threads.slice(1).filter((t) => t.seen > firstSample && t.cpu > 0.1);
  const guest = main.cpu + pool.reduce((a, t) => a + t.cpu, 0);
  const sum = (re) => [...r.stdout.matchAll(re)].reduce((a, m) => a + Number(m[1]), 0);
  const began = Number(/began \(first thread start\) ([\d.]+) s/.exec(r.stdout)?.[1] ?? NaN);
  const att = [...r.stdout.matchAll(/attached ([\d.]+) s after/g)].map((m) => Number(m[1]));
  const attached = att.length > 0 ? Math.max(...att) : NaN;
  return {
    total, guest, helpers: total - guest, pool: pool.reduce((a, t) => a + t.cpu, 0),
    aborted: sum(/run aborted [a-z-]+\s+\d+\s+([\d.]+) s/g), minor: sum(/minor GC\s+\d+\s+([\d.]+) s/g),
    idle: sum(/idle \(no thread to run\)\s+([\d.]+) s/g), wait: sum(/wait \(contention\)\s+([\d.]+) s/g),
    join: workers > 1 ? attached - began : NaN,
  };
}

const f2 = (x) => (Number.isFinite(x) ? x.toFixed(2) : '-');
const load = () => (spawnSync('cat', ['/proc/loadavg'], { encoding: 'utf8' }).stdout || '').split(' ').slice(0, 3).join(' ');
console.log(`${new Date().toISOString()}, ${REPS} pairs per program, load at start ${load()}`);
console.log('| program | CPU 1w | CPU 2w | 2w/1w | guest 1w | guest 2w (pool) | V8 helpers 1w / 2w | aborted 2w | minor GC 1w / 2w | idle 2w | wait 2w | join 2w |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const name of names) {
  const runs = { 1: [], 2: [] };
  for (let i = 0; i < REPS; i++) for (const w of i % 2 ? [2, 1] : [1, 2]) runs[w].push(measure(name, w));
  const m = (w, k) => median(runs[w].map((x) => x[k]));
  const ratio = median(runs[2].map((x, i) => x.total / runs[1][i].total));
  console.log(`| ${name} | ${f2(m(1, 'total'))} | ${f2(m(2, 'total'))} | ${ratio.toFixed(3)} | ${f2(m(1, 'guest'))} | ${f2(m(2, 'guest'))} (${f2(m(2, 'pool'))}) | ${f2(m(1, 'helpers'))} / ${f2(m(2, 'helpers'))} | ${f2(m(2, 'aborted'))} | ${f2(m(1, 'minor'))} / ${f2(m(2, 'minor'))} | ${f2(m(2, 'idle'))} | ${f2(m(2, 'wait'))} | ${f2(m(2, 'join'))} |`);
}
console.log(`load at end ${load()}`);
