// `npm run bench:parallel`: the parallel benchmark matrix of issue 6. Every program of
// bench/parallel/ runs with a fixed number of guest threads (THREADS, default 4) under python3
// (threads, for reference), `pystm --single-threaded`, and `pystm --workers N` for N in WORKERS
// (default 1,2,4), interleaved, REPS times each (default 3). The last stdout line is a checksum
// that must equal CPython's. Speedup(N) = median wall at 1 worker / median wall at N workers;
// STM overhead = median wall at 1 worker / median wall single-threaded. When pystm prints
// `--stm-stats` (stderr), the abort share of CPU time is recorded too. Writes
// bench/results/parallel.{json,md,svg}. Env ONLY=a,b restricts the program list; SMALL=1 runs the pre-2026-12-05 sizes.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { geomean, median, timed } from './timing.mjs';
import { hostCeiling } from './host_ceiling.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const progDir = path.join(root, 'bench', 'parallel');
const outDir = path.join(root, 'bench', 'results');
const pystm = path.join(root, 'bin', 'pystm');
const REPS = Number(process.env.REPS || 3);
const THREADS = Number(process.env.THREADS || 4);
const WORKERS = (process.env.WORKERS || '1,2,4').split(',').map(Number);

// program -> problem size (second argument); the first argument is the thread count
const PROGRAMS = {
  // sized so that 1 worker runs ~4-15 s on an idle core: a pool worker is attached ~0.12 s after
  // it is spawned (a new isolate, the bundle, the bootstrap replay) and its interpreter warms up
  // again in its own V8 isolate (up to ~0.7 s of CPU), a fixed cost a 1-second program cannot
  // amortize. Resized 2026-12-05: the interpreter had become ~2x faster since the sizes were
  // chosen, so 1 worker ran these in 1.7-5.7 s; now 6-11 s. The old sizes (800, 400, 2000000,
  // 12, 2000000) stay runnable with SMALL=1, for comparison with earlier rows.
  ...(process.env.SMALL
    ? { mandelbrot_bands: '800', raytrace_columns: '400', primes_mr: '2000000', nqueens_subtrees: '12', dict_merge: '2000000' }
    : { mandelbrot_bands: '1400', raytrace_columns: '600', primes_mr: '8000000', nqueens_subtrees: '13', dict_merge: '3000000' }),
  // 500000 since 2026-12-06 (h21-par; 20000 before, still with SMALL=1): the same program, run
  // longer. At 20000 its threads ran 0.25-0.35 s and the 2-worker time was mostly whether the
  // pool worker's boot (attached 0.15-0.25 s after the first thread start) fell inside the run:
  // 2w/1w 1.00-1.59 for one build; at 500000 (1 worker ~2 s) 1.03-1.05 (bench/NOTES.md "h21-par")
  contended_counter: process.env.SMALL ? '20000' : '500000',
};
const CONTENDED = new Set(['contended_counter']);
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const names = Object.keys(PROGRAMS).filter((n) => !only || only.has(n));

/** Abort share of worker time from a `--stm-stats` table, if the run printed one. */
function abortShare(stderr) {
  const m = /aborted[^\n]*?([\d.]+)\s*%/i.exec(stderr);
  return m ? Number(m[1]) : null;
}

/** When the last pool worker attached (seconds after the process started), from `--stm-stats`. */
function poolJoin(stderr) {
  const xs = [...stderr.matchAll(/attached ([\d.]+) s after the process started/g)].map((m) => Number(m[1]));
  return xs.length ? Math.max(...xs) : null;
}

const r3 = (x) => (x == null || !Number.isFinite(x) ? null : +x.toFixed(3));

const configs = [
  { key: 'cpython', cmd: 'python3', pre: [] },
  { key: 'single', cmd: pystm, pre: ['--single-threaded'] },
  ...WORKERS.map((n) => ({ key: `w${n}`, cmd: pystm, pre: ['--workers', String(n), '--stm-stats'] })),
];

fs.mkdirSync(outDir, { recursive: true });
const rows = [];
for (const name of names) {
  const file = path.join(progDir, `${name}.py`);
  const args = [String(THREADS), PROGRAMS[name]];
  const runs = Object.fromEntries(configs.map((c) => [c.key, []]));
  const errors = {};
  let expected = null;
  const ceilings = [];
  for (let i = 0; i < REPS; i++) {
    ceilings.push(await hostCeiling(WORKERS.filter((n) => n > 1), { reps: 3 }));
    for (const c of configs) {
      if (errors[c.key]) continue;
      const r = timed(c.cmd, [...c.pre, file, ...args], { errTail: 300 });
      if (!r.ok) { errors[c.key] = r.err; continue; }
      if (c.key === 'cpython') expected = r.out;
      else if (expected !== null && r.out !== expected) { errors[c.key] = `checksum ${JSON.stringify(r.out)} != CPython's ${JSON.stringify(expected)}`; continue; }
      runs[c.key].push({ wall: r.wall, cpu: r.cpu, abortPct: abortShare(r.stderr), joinS: poolJoin(r.stderr) });
    }
  }
  const row = { program: name, threads: THREADS, size: PROGRAMS[name], contended: CONTENDED.has(name), checksum: expected, errors };
  for (const c of configs) {
    const xs = runs[c.key];
    row[c.key] = xs.length ? { wallMedian: r3(median(xs.map((x) => x.wall))), cpuMedian: xs.every((x) => x.cpu != null) ? r3(median(xs.map((x) => x.cpu))) : null, abortPct: xs.some((x) => x.abortPct != null) ? r3(median(xs.filter((x) => x.abortPct != null).map((x) => x.abortPct))) : null, poolJoinS: xs.some((x) => x.joinS != null) ? r3(median(xs.filter((x) => x.joinS != null).map((x) => x.joinS))) : null } : null;
  }
  row.hostCeiling = Object.fromEntries(WORKERS.filter((n) => n > 1).map((n) => [n, r3(median(ceilings.map((c) => c[n])))]));
  const base = row.w1?.wallMedian;
  row.speedup = Object.fromEntries(WORKERS.map((n) => [n, base && row[`w${n}`] ? r3(base / row[`w${n}`].wallMedian) : null]));
  row.stmOverhead = base && row.single ? r3(base / row.single.wallMedian) : null;
  row.vsCpython = row.single && row.cpython ? r3(row.single.wallMedian / row.cpython.wallMedian) : null;
  rows.push(row);
  console.log(`${name.padEnd(18)} cpython ${row.cpython?.wallMedian}s single ${row.single?.wallMedian}s ` +
    WORKERS.map((n) => `w${n} ${row[`w${n}`]?.wallMedian}s`).join(' ') +
    ` speedup ${JSON.stringify(row.speedup)} host ceiling ${JSON.stringify(row.hostCeiling)} overhead ${row.stmOverhead}` + (Object.keys(errors).length ? ` ERRORS ${JSON.stringify(errors)}` : ''));
}

const free = rows.filter((r) => !r.contended);
const sp2 = free.map((r) => r.speedup[2]).filter((x) => x != null);
const ovh = rows.map((r) => r.stmOverhead).filter((x) => x != null);
const summary = {
  geomeanSpeedup2: sp2.length ? r3(geomean(sp2)) : null,
  geomeanHostCeiling2: free.some((r) => r.hostCeiling[2] != null) ? r3(geomean(free.map((r) => r.hostCeiling[2]).filter((x) => x != null))) : null,
  geomeanStmOverhead: ovh.length ? r3(geomean(ovh)) : null,
  targets: 'speedup at 2 workers vs 1 >= 1.85x (conflict-free programs); STM overhead 1 worker vs --single-threaded <= 1.15x; contended <= 1.5x slower at 2 workers; aborts < 5% of CPU on conflict-free programs',
};
const meta = { date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, reps: REPS, threads: THREADS, workers: WORKERS, loadavgAtEnd: fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') };
fs.writeFileSync(path.join(outDir, 'parallel.json'), JSON.stringify({ meta, summary, rows }, null, 2) + '\n');

const md = ['# Parallel benchmarks: speedup against workers', '',
  `${meta.date}, Node ${meta.node}, ${meta.cpus} CPUs, ${THREADS} guest threads, ${REPS} interleaved runs per configuration, load average at the end ${meta.loadavgAtEnd}. Generated by \`npm run bench:parallel\` (bench/parallel.mjs).`, '',
  'Median wall seconds. Speedup = 1 worker / N workers. Host ceiling = the speedup a pure-JS loop in N worker_threads showed against 1 in the same minutes (bench/host_ceiling.mjs): what this machine allowed at the time (2.0 on a dedicated 2-core machine). Overhead = 1 worker / `--single-threaded`. Pool joined = when the last pool worker attached, in seconds after the process started (from `--stm-stats`): until then the main JS thread runs every guest thread alone. A dash is a configuration that failed (see parallel.json `errors`).', '',
  `| program | size | CPython threads | single-threaded | ${WORKERS.map((n) => `${n} worker${n > 1 ? 's' : ''}`).join(' | ')} | ${WORKERS.filter((n) => n > 1).map((n) => `speedup ${n} (host ceiling)`).join(' | ')} | STM overhead | aborts % (max workers) | pool joined at 2 workers (s) |`,
  `|---|---|---|---|${WORKERS.map(() => '---|').join('')}${WORKERS.filter((n) => n > 1).map(() => '---|').join('')}---|---|---|`];
for (const r of rows) {
  const wmax = r[`w${WORKERS[WORKERS.length - 1]}`];
  md.push(`| ${r.program}${r.contended ? ' (contended)' : ''} | ${r.size} | ${r.cpython?.wallMedian ?? '-'} | ${r.single?.wallMedian ?? '-'} | ${WORKERS.map((n) => r[`w${n}`]?.wallMedian ?? '-').join(' | ')} | ${WORKERS.filter((n) => n > 1).map((n) => `${r.speedup[n] ?? '-'} (${r.hostCeiling[n] ?? '-'})`).join(' | ')} | ${r.stmOverhead ?? '-'} | ${wmax?.abortPct ?? '-'} | ${r.w2?.poolJoinS ?? '-'} |`);
}
md.push('', `Geometric mean speedup at 2 workers (conflict-free programs): ${summary.geomeanSpeedup2 ?? '-'}x (target >= 1.85x; the host allowed ${summary.geomeanHostCeiling2 ?? '-'}x meanwhile). Geometric mean STM overhead: ${summary.geomeanStmOverhead ?? '-'}x (target <= 1.15x).`, '');
fs.writeFileSync(path.join(outDir, 'parallel.md'), md.join('\n'));

// SVG: speedup against workers, one line per program, with the ideal line.
const W = 560, H = 360, L = 50, B = 40, T = 30, R = 160;
const maxW = Math.max(...WORKERS), maxS = Math.max(maxW, ...rows.flatMap((r) => Object.values(r.speedup).filter((x) => x != null)));
const X = (n) => L + ((n - 1) / Math.max(1, maxW - 1)) * (W - L - R);
const Y = (s) => H - B - (s / maxS) * (H - B - T);
const colours = ['#c94040', '#4a9a4a', '#3060c0', '#d9a030', '#8040a0', '#208080', '#606060'];
const svg = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`, `<rect width="${W}" height="${H}" fill="white"/>`,
  `<text x="${(W - R) / 2}" y="18" text-anchor="middle" font-size="14">speedup against workers (${THREADS} guest threads)</text>`,
  `<line x1="${X(1)}" y1="${Y(1)}" x2="${X(maxW)}" y2="${Y(maxW)}" stroke="#bbb" stroke-dasharray="4 3"/>`];
for (const n of WORKERS) svg.push(`<text x="${X(n)}" y="${H - B + 16}" text-anchor="middle">${n}</text>`);
for (let s = 0; s <= maxS; s++) svg.push(`<text x="${L - 8}" y="${Y(s) + 4}" text-anchor="end">${s}x</text>`);
rows.forEach((r, i) => {
  const pts = WORKERS.filter((n) => r.speedup[n] != null).map((n) => `${X(n).toFixed(1)},${Y(r.speedup[n]).toFixed(1)}`);
  const c = colours[i % colours.length];
  if (pts.length) svg.push(`<polyline points="${pts.join(' ')}" fill="none" stroke="${c}" stroke-width="2"/>`);
  svg.push(`<text x="${W - R + 10}" y="${T + 16 * i + 10}" fill="${c}">${r.program}</text>`);
});
svg.push(`<text x="${(W - R) / 2}" y="${H - 6}" text-anchor="middle">workers</text>`, '</svg>');
fs.writeFileSync(path.join(outDir, 'parallel.svg'), svg.join('\n') + '\n');
console.log(`geomean speedup at 2 workers ${summary.geomeanSpeedup2}x; STM overhead ${summary.geomeanStmOverhead}x`);
