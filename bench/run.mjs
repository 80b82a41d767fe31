// `npm run bench`: the interpreter benchmark suite. Runs every program of bench/programs/ under
// python3 and under `bin/pystm --no-jit`, interleaved, REPS times each (env REPS, default 3),
// timing each whole process (wall clock from spawn to exit, plus the child's user+sys CPU time
// from /usr/bin/time when present). The last stdout line of each run is its checksum; pystm's
// must equal CPython's or the program is reported as FAILED. Writes bench/results/interpreter.json,
// interpreter.md (table) and interpreter.svg (bar chart of the ratios), and startup.json
// (`-c pass`, median of STARTUP_REPS=20 runs each). Env ONLY=a,b restricts the program list
// (ONLY=startup measures start-up alone and leaves the interpreter results untouched).
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { geomean, median, min, timed } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const progDir = path.join(root, 'bench', 'programs');
const outDir = path.join(root, 'bench', 'results');
const pystm = path.join(root, 'bin', 'pystm');
const REPS = Number(process.env.REPS || 3);
const STARTUP_REPS = Number(process.env.STARTUP_REPS || 20);

// Program -> size argument used by the suite (null: the program's own default).
const PROGRAMS = {
  richards: null, nbody: null, fannkuch: null, spectral_norm: null, float: null, chaos: null,
  nqueens: null, deltablue: null, go: null, hexiom: null, raytrace: null,
  // (ran at 500 digits while pystm's big-int boxing was quadratic, bench/results/vm_bugs.md #1;
  // at its default of 2500 digits since the limb arithmetic of vm/objects/int_limbs.ts)
  pidigits: null,
  generators: null, unpack_sequence: null,
};

const only = process.env.ONLY ? new Set(process.env.ONLY.split(',')) : null;
const names = Object.keys(PROGRAMS).filter((n) => !only || only.has(n));

const r3 = (x) => (x == null ? null : +x.toFixed(3));

fs.mkdirSync(outDir, { recursive: true });
const rows = [];
for (const name of names) {
  const file = path.join(progDir, `${name}.py`);
  const args = PROGRAMS[name] ? [PROGRAMS[name]] : [];
  const py = [], ps = [];
  let pyOut = null, psOut = null, error = '';
  for (let i = 0; i < REPS; i++) {
    const a = timed('python3', [file, ...args]);
    if (!a.ok) { error = `python3: ${a.err}`; break; }
    py.push(a); pyOut = a.out;
    const b = timed(pystm, ['--no-jit', file, ...args]);
    if (!b.ok) { error = `pystm: ${b.err}`; break; }
    ps.push(b);
    if (psOut !== null && psOut !== b.out) error = 'pystm output differs between runs';
    psOut = b.out;
  }
  const checksumOk = !error && pyOut === psOut;
  const row = { program: name, size: PROGRAMS[name] || 'default', reps: ps.length, checksumOk, checksum: pyOut, pystmChecksum: psOut, error: error || undefined };
  if (py.length && ps.length) {
    const pyCpu = py.every((x) => x.cpu != null) ? py.map((x) => x.cpu) : null;
    const psCpu = ps.every((x) => x.cpu != null) ? ps.map((x) => x.cpu) : null;
    Object.assign(row, {
      cpython: { wallMedian: r3(median(py.map((x) => x.wall))), wallMin: r3(min(py.map((x) => x.wall))), cpuMedian: pyCpu && r3(median(pyCpu)), wall: py.map((x) => r3(x.wall)) },
      pystm: { wallMedian: r3(median(ps.map((x) => x.wall))), wallMin: r3(min(ps.map((x) => x.wall))), cpuMedian: psCpu && r3(median(psCpu)), wall: ps.map((x) => r3(x.wall)) },
    });
    row.ratioWallMedian = r3(row.pystm.wallMedian / row.cpython.wallMedian);
    row.ratioWallMin = r3(row.pystm.wallMin / row.cpython.wallMin);
    row.ratioCpuMedian = pyCpu && psCpu ? r3(row.pystm.cpuMedian / row.cpython.cpuMedian) : null;
  }
  rows.push(row);
  const flag = checksumOk ? 'ok' : `*** CHECKSUM MISMATCH / FAILURE *** ${error} python=${JSON.stringify(pyOut)} pystm=${JSON.stringify(psOut)}`;
  console.log(`${name.padEnd(16)} cpython ${row.cpython?.wallMedian}s pystm ${row.pystm?.wallMedian}s ratio ${row.ratioWallMedian} (min ${row.ratioWallMin}, cpu ${row.ratioCpuMedian}) ${flag}`);
}

const good = rows.filter((r) => r.checksumOk && r.ratioWallMedian);
const summary = {
  geomeanRatioWallMedian: good.length ? r3(geomean(good.map((r) => r.ratioWallMedian))) : null,
  geomeanRatioWallMin: good.length ? r3(geomean(good.map((r) => r.ratioWallMin))) : null,
  geomeanRatioCpuMedian: good.length && good.every((r) => r.ratioCpuMedian) ? r3(geomean(good.map((r) => r.ratioCpuMedian))) : null,
  maxRatioWallMedian: good.length ? Math.max(...good.map((r) => r.ratioWallMedian)) : null,
  failures: rows.filter((r) => !r.checksumOk).map((r) => r.program),
  target: 'geomean <= 1.5x CPython 3.11, no program above 3x',
};

// startup
const startup = {};
if (!only || only.has('startup')) {
  const sp = [], ss = [], cp = [], cs = [];
  for (let i = 0; i < STARTUP_REPS; i++) {
    const a = timed('python3', ['-c', 'pass']), b = timed(pystm, ['-c', 'pass']);
    sp.push(a.wall); ss.push(b.wall); cp.push(a.cpu ?? NaN); cs.push(b.cpu ?? NaN);
  }
  Object.assign(startup, {
    date: new Date().toISOString(), reps: STARTUP_REPS,
    python3: { medianMs: Math.round(median(sp) * 1000), minMs: Math.round(min(sp) * 1000), cpuMedianMs: Math.round(median(cp) * 1000) },
    pystm: { medianMs: Math.round(median(ss) * 1000), minMs: Math.round(min(ss) * 1000), cpuMedianMs: Math.round(median(cs) * 1000) },
    loadavg: fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?',
    targetMs: 100,
  });
  fs.writeFileSync(path.join(outDir, 'startup.json'), JSON.stringify(startup, null, 2) + '\n');
  console.log(`startup -c pass: python3 ${startup.python3.medianMs} ms (min ${startup.python3.minMs}, cpu ${startup.python3.cpuMedianMs}), pystm ${startup.pystm.medianMs} ms (min ${startup.pystm.minMs}, cpu ${startup.pystm.cpuMedianMs})`);
}
if (only && only.has('startup') && only.size === 1) process.exit(0);

const pyVer = spawnSync('python3', ['-V'], { encoding: 'utf8' }).stdout.trim();
const load = fs.existsSync('/proc/loadavg') ? fs.readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ') : '?';
const meta = { date: new Date().toISOString(), node: process.version, python: pyVer, reps: REPS, loadavgAtEnd: load, cpus: (await import('node:os')).cpus().length };
fs.writeFileSync(path.join(outDir, 'interpreter.json'), JSON.stringify({ meta, summary, rows }, null, 2) + '\n');

const md = [];
md.push('# Interpreter benchmarks: pystm --no-jit vs CPython', '');
md.push(`${meta.date}, ${meta.python}, Node ${meta.node}, ${meta.cpus} CPUs, ${REPS} interleaved runs per side per program, load average at the end ${load} (shared, noisy machine). Generated by \`npm run bench\` (bench/run.mjs).`, '');
md.push('Wall = whole process, spawn to exit, including start-up. CPU = user+sys of the child (from /usr/bin/time), the steadier figure on a loaded machine. Ratio = pystm / CPython.', '');
md.push('| program | size | CPython s (median / min) | pystm s (median / min) | ratio (median wall) | ratio (min wall) | ratio (CPU) | checksum ok |');
md.push('|---|---|---|---|---|---|---|---|');
for (const r of rows) {
  md.push(`| ${r.program} | ${r.size} | ${r.cpython ? `${r.cpython.wallMedian} / ${r.cpython.wallMin}` : '-'} | ${r.pystm ? `${r.pystm.wallMedian} / ${r.pystm.wallMin}` : '-'} | ${r.ratioWallMedian ?? '-'} | ${r.ratioWallMin ?? '-'} | ${r.ratioCpuMedian ?? '-'} | ${r.checksumOk ? 'yes' : '**NO** ' + (r.error || '')} |`);
}
md.push(`| **geometric mean** | | | | **${summary.geomeanRatioWallMedian}** | ${summary.geomeanRatioWallMin} | ${summary.geomeanRatioCpuMedian ?? '-'} | ${summary.failures.length ? 'failures: ' + summary.failures.join(', ') : 'all'} |`, '');
md.push(`Target (issue 5): geometric mean <= 1.5x, no program above 3x. Worst ratio measured: ${summary.maxRatioWallMedian}x.`, '');
if (startup.pystm) md.push(`Start-up, \`-c pass\`, median of ${STARTUP_REPS}: pystm ${startup.pystm.medianMs} ms (min ${startup.pystm.minMs}), python3 ${startup.python3.medianMs} ms (min ${startup.python3.minMs}); target < 100 ms.`, '');
fs.writeFileSync(path.join(outDir, 'interpreter.md'), md.join('\n'));

// SVG bar chart of the median-wall ratios, with the 1.5x and 3x target lines.
const W = 720, barH = 22, top = 40, left = 130, right = 60;
const H = top + rows.length * barH + 40;
const maxR = Math.max(3.5, ...rows.map((r) => r.ratioWallMedian || 0));
const sx = (v) => left + (v / maxR) * (W - left - right);
const svg = [`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
  `<rect width="${W}" height="${H}" fill="white"/>`,
  `<text x="${W / 2}" y="20" text-anchor="middle" font-size="14">pystm --no-jit time / CPython 3.11 time (median wall, ${REPS} runs; geomean ${summary.geomeanRatioWallMedian}x)</text>`];
rows.forEach((r, i) => {
  const y = top + i * barH;
  const v = r.ratioWallMedian || 0;
  const colour = !r.checksumOk ? '#999' : v <= 1.5 ? '#4a9a4a' : v <= 3 ? '#d9a030' : '#c94040';
  svg.push(`<text x="${left - 6}" y="${y + 15}" text-anchor="end">${r.program}</text>`);
  svg.push(`<rect x="${left}" y="${y + 3}" width="${(sx(v) - left).toFixed(1)}" height="${barH - 6}" fill="${colour}"/>`);
  svg.push(`<text x="${(sx(v) + 4).toFixed(1)}" y="${y + 15}">${r.checksumOk ? v + 'x' : 'FAILED'}</text>`);
});
for (const [v, label] of [[1, '1x'], [1.5, '1.5x target'], [3, '3x limit']]) {
  svg.push(`<line x1="${sx(v).toFixed(1)}" y1="${top - 4}" x2="${sx(v).toFixed(1)}" y2="${H - 30}" stroke="#333" stroke-dasharray="4 3"/>`);
  svg.push(`<text x="${sx(v).toFixed(1)}" y="${H - 15}" text-anchor="middle">${label}</text>`);
}
svg.push('</svg>');
fs.writeFileSync(path.join(outDir, 'interpreter.svg'), svg.join('\n') + '\n');
console.log(`geomean ratio (median wall) ${summary.geomeanRatioWallMedian}x, (CPU) ${summary.geomeanRatioCpuMedian}x; failures: ${summary.failures.join(', ') || 'none'}`);
if (summary.failures.length) process.exitCode = 1;
