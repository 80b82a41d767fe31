// `npm run bench:overhead`: the STM overhead figure of issue 6 (target: geometric mean <= 1.15x).
// Runs every sequential program of bench/programs/ side by side under
//   stm: the default build (dist/pystm.js, STM barriers compiled in), `--workers 1`
//   st:  `--single-threaded` (dist/pystm-st.js, barriers compiled out: the baseline)
// interleaved (stm, st, stm, st, ...; the order flips every repetition) REPS times each (env
// REPS, default 3), timing each whole process (wall, and user+sys CPU from /usr/bin/time when
// present: the steadier figure on a shared machine). The last stdout line is the program's
// checksum; both builds must print the same one. Ratio = stm / st per program, then the
// geometric mean. Writes bench/results/stm_overhead.json and stm_overhead.md.
// Sizes are smaller than bench/run.mjs's defaults (env SIZES=default for those) so that a run of
// the whole suite fits in minutes on this 2-core machine; start-up (`-c pass`, both builds) is
// measured too and reported beside the ratios, since it is in every process time.
// A program with no threads runs with no transaction open today (transactions begin when the
// first guest thread starts), so the stm column is the barrier cost outside transactions. A third
// variant, stmtx, runs the default build with TX_ENV (default "PYSTM_BENCH_TX=1": vm/cli/main.ts
// then runs the whole program inside transactions, one per nursery fill, committed at collecting
// safe points, a stand-in until the VM's own transaction breaks land). TX_ENV=none drops it.
// Env ONLY=a,b restricts the program list.
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { geomean, median, timed } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const progDir = path.join(root, 'bench', 'programs');
const outDir = path.join(root, 'bench', 'results');
const pystm = path.join(root, 'bin', 'pystm');
const REPS = Number(process.env.REPS || 3);
const STARTUP_REPS = Number(process.env.STARTUP_REPS || 10);
const defaultSizes = process.env.SIZES === 'default';

// program -> size argument (about 2-4 s per pystm run here; null = the program's default)
const SIZES = {
  richards: '2000', nbody: '25000', fannkuch: '8', spectral_norm: '100', float: '30000', chaos: '20000',
  nqueens: null, deltablue: '600', go: '20', hexiom: '2', raytrace: '50', pidigits: '300',
  generators: '100000', unpack_sequence: '200000',
};
const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const names = Object.keys(SIZES).filter((n) => (!only || only.has(n)) && fs.existsSync(path.join(progDir, `${n}.py`)));

const txEnv = process.env.TX_ENV === 'none' ? '' : process.env.TX_ENV || 'PYSTM_BENCH_TX=1';
const VARIANTS = [
  { key: 'stm', label: 'STM build, --workers 1', args: ['--workers', '1'], env: {} },
  { key: 'st', label: '--single-threaded', args: ['--single-threaded'], env: {} },
];
if (txEnv) {
  const [k, ...v] = txEnv.split('=');
  VARIANTS.push({ key: 'stmtx', label: `STM build, --workers 1, ${txEnv}`, args: ['--workers', '1'], env: { [k]: v.join('=') } });
}

const r3 = (x) => (x == null || !Number.isFinite(x) ? null : +x.toFixed(3));

if (!fs.existsSync(path.join(root, 'dist', 'pystm-st.js'))) {
  process.stderr.write('stm_overhead: dist/pystm-st.js is missing; run `npm run build` first\n');
  process.exit(2);
}
fs.mkdirSync(outDir, { recursive: true });

// start-up of each variant, interleaved
const startup = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
for (let i = 0; i < STARTUP_REPS; i++) {
  for (const v of VARIANTS) startup[v.key].push(timed(pystm, [...v.args, '-c', 'pass'], { env: v.env }).wall);
}

const rows = [];
for (const name of names) {
  const file = path.join(progDir, `${name}.py`);
  const size = defaultSizes ? null : SIZES[name];
  const progArgs = size ? [file, size] : [file];
  const runs = Object.fromEntries(VARIANTS.map((v) => [v.key, []]));
  let error = '';
  const outs = new Set();
  for (let i = 0; i < REPS && !error; i++) {
    const order = i % 2 === 0 ? VARIANTS : [...VARIANTS].reverse();
    for (const v of order) {
      const x = timed(pystm, [...v.args, ...progArgs], { env: v.env });
      if (!x.ok) { error = `${v.key}: ${x.err}`; break; }
      runs[v.key].push(x);
      outs.add(x.out);
    }
  }
  if (outs.size > 1) error = error || `checksums differ: ${[...outs].join(' | ')}`;
  const row = { program: name, size: size || 'default', reps: runs.stm.length, checksumOk: !error, checksum: [...outs][0], error: error || undefined };
  if (!error) {
    for (const v of VARIANTS) {
      row[v.key] = {
        wallMedian: r3(median(runs[v.key].map((x) => x.wall))),
        wallMin: r3(Math.min(...runs[v.key].map((x) => x.wall))),
        cpuMedian: runs[v.key].every((x) => x.cpu != null) ? r3(median(runs[v.key].map((x) => x.cpu))) : null,
      };
    }
    for (const v of VARIANTS.filter((x) => x.key !== 'st')) {
      row[`ratio_${v.key}`] = {
        wallMedian: r3(row[v.key].wallMedian / row.st.wallMedian),
        wallMin: r3(row[v.key].wallMin / row.st.wallMin),
        cpuMedian: row.st.cpuMedian ? r3(row[v.key].cpuMedian / row.st.cpuMedian) : null,
      };
    }
  }
  rows.push(row);
  const rr = row.ratio_stm;
  process.stdout.write(`${name.padEnd(16)} ${error ? 'FAILED ' + error : `stm ${row.stm.wallMedian}s  st ${row.st.wallMedian}s  ratio wall ${rr.wallMedian}x (min ${rr.wallMin}x) cpu ${rr.cpuMedian}x` + (row.ratio_stmtx ? `  | stmtx ${row.stmtx.wallMedian}s ratio ${row.ratio_stmtx.wallMedian}x cpu ${row.ratio_stmtx.cpuMedian}x` : '')}\n`);
}

const ok = rows.filter((r) => r.checksumOk);
const summary = {};
for (const v of VARIANTS.filter((x) => x.key !== 'st')) {
  const g = (f) => (ok.length ? r3(geomean(ok.map((r) => r[`ratio_${v.key}`][f]).filter((x) => x != null))) : null);
  summary[v.key] = { geomeanWallMedian: g('wallMedian'), geomeanWallMin: g('wallMin'), geomeanCpu: g('cpuMedian') };
}
const load = os.loadavg().map((x) => x.toFixed(2)).join(' ');
const result = {
  date: new Date().toISOString(), node: process.version, cpus: os.cpus().length, reps: REPS, loadAverageAtEnd: load,
  variants: VARIANTS.map((v) => ({ key: v.key, label: v.label, args: v.args, env: v.env })),
  forcedTransactionsVariant: txEnv ? `${txEnv} (PYSTM_BENCH_TX: one transaction per nursery fill, committed at collecting safe points; the VM's own bounded transactions are not built yet)` : 'not run (TX_ENV=none)',
  startupMedianSeconds: Object.fromEntries(VARIANTS.map((v) => [v.key, r3(median(startup[v.key]))])),
  target: 'geometric mean of stm / st <= 1.15',
  summary, rows,
};
fs.writeFileSync(path.join(outDir, 'stm_overhead.json'), JSON.stringify(result, null, 2) + '\n');

const md = [];
md.push('# STM overhead: default build (`--workers 1`) vs `--single-threaded`', '');
md.push(`${result.date}, Node ${process.version}, ${os.cpus().length} CPUs, ${REPS} interleaved runs per variant per program, load average at the end ${load} (shared, noisy machine). Generated by \`npm run bench:overhead\` (bench/stm_overhead.mjs).`, '');
md.push('stm = dist/pystm.js (STM barriers compiled in), `--workers 1`; st = `--single-threaded` (dist/pystm-st.js, barriers compiled out). Ratio = stm / st. Wall = whole process including start-up; CPU = user+sys of the child. ' +
  'A program without threads runs with no transaction open today (transactions start with the first guest thread), so these figures are the barrier cost **outside** transactions.', '');
md.push(`Start-up (\`-c pass\`, median of ${STARTUP_REPS}): ` + VARIANTS.map((v) => `${v.key} ${result.startupMedianSeconds[v.key]} s`).join(', ') + '.', '');
md.push('| program | size | stm s (median / min) | st s (median / min) | ratio (median wall) | ratio (min wall) | ratio (CPU) | checksums equal |');
md.push('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  if (!r.checksumOk) { md.push(`| ${r.program} | ${r.size} | | | | | | **FAILED**: ${String(r.error).replace(/\|/g, '/').replace(/\n/g, ' ').slice(0, 200)} |`); continue; }
  md.push(`| ${r.program} | ${r.size} | ${r.stm.wallMedian} / ${r.stm.wallMin} | ${r.st.wallMedian} / ${r.st.wallMin} | ${r.ratio_stm.wallMedian} | ${r.ratio_stm.wallMin} | ${r.ratio_stm.cpuMedian ?? ''} | yes |`);
}
const s = summary.stm;
md.push(`| **geometric mean** | | | | **${s.geomeanWallMedian}** | ${s.geomeanWallMin} | ${s.geomeanCpu ?? ''} | ${ok.length === rows.length ? 'all' : `${ok.length}/${rows.length}`} |`, '');
if (os.loadavg()[0] > os.cpus().length) md.push('With the load average above the CPU count, single ratios scatter by 20-30% from run to run; the geometric means are the figures to read.', '');
md.push(`Target (issue 6): geometric mean <= 1.15x. ${s.geomeanWallMedian != null && s.geomeanWallMedian <= 1.15 ? 'Met' : 'Not met'} on the median wall ratio.`, '');
if (summary.stmtx) {
  md.push(`**Inside transactions** (stmtx: default build, \`--workers 1\`, ${txEnv}: the whole run inside transactions, one per nursery fill, committed at the collecting safe points; a stand-in for the VM's own bounded transactions, which are not built yet, so it has far fewer commits than the real thing will), ratio stmtx / st:`, '');
  md.push('| program | stmtx s (median / min) | ratio (median wall) | ratio (min wall) | ratio (CPU) |', '|---|---|---|---|---|');
  for (const r of rows.filter((x) => x.checksumOk)) md.push(`| ${r.program} | ${r.stmtx.wallMedian} / ${r.stmtx.wallMin} | ${r.ratio_stmtx.wallMedian} | ${r.ratio_stmtx.wallMin} | ${r.ratio_stmtx.cpuMedian ?? ''} |`);
  md.push(`| **geometric mean** | | **${summary.stmtx.geomeanWallMedian}** | ${summary.stmtx.geomeanWallMin} | ${summary.stmtx.geomeanCpu ?? ''} |`, '');
} else {
  md.push('Inside transactions: not run (TX_ENV=none).', '');
}
fs.writeFileSync(path.join(outDir, 'stm_overhead.md'), md.join('\n'));
process.stdout.write(`geometric mean stm/st: wall ${s.geomeanWallMedian}x (min ${s.geomeanWallMin}x), cpu ${s.geomeanCpu}x; wrote bench/results/stm_overhead.{json,md}\n`);
