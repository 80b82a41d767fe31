// `npm run bench:compile`: runs pystm's compiler over every .py file of CPython 3.11's standard
// library (excluding site-packages) and CPython's compile() over the same files, in the same run,
// and prints lines per second (wall and CPU) side by side, rounds alternating between the two,
// plus the wall time of `python3 -m compileall` on a
// copy of the same files. pystm's side is the whole compiler (decode, tokenize, parse, AST
// optimizer, symtable, codegen, assemble), as CPython's compile() is. Any file that pystm fails on
// (a "not supported yet" included) is listed and makes the script exit 1. Files that CPython
// cannot compile (Python 2 test data) are skipped on both sides. Results go to bench/results/compile.json.
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const compiler = require(path.join(root, 'dist', 'compiler.js'));
const rounds = Number(process.env.ROUNDS || 3);

const stdlib = execFileSync('python3', ['-c', "import sysconfig; print(sysconfig.get_path('stdlib'))"], { encoding: 'utf8' }).trim();
function walk(dir, out) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) { if (p !== path.join(stdlib, 'site-packages')) walk(p, out); }
    else if (e.name.endsWith('.py')) out.push(p);
  }
  return out;
}
const all = walk(stdlib, []).sort();

// One CPython round, then one pystm round, and again: on a shared machine whose load swings from
// 5 to 35 within minutes, alternating rounds gives both sides the same conditions; wall and CPU
// time are both recorded (CPU time is the steadier figure when the cores are oversubscribed).
function cpythonRound() {
  const py = spawnSync('python3', [path.join(root, 'bench', 'compile', 'cpython_compile.py'), '1'], {
    input: all.join('\n'), encoding: 'utf8', maxBuffer: 64 << 20,
  });
  if (py.status !== 0) { console.error(py.stderr); process.exit(1); }
  return JSON.parse(py.stdout);
}

let cpy = null;
let files = null;
const cpySeconds = [];
const cpyCpu = [];
const times = [];
const cpuTimes = [];
const failures = [];
for (let r = 0; r < rounds; r++) {
  const c = cpythonRound();
  cpySeconds.push(c.seconds[0]);
  cpyCpu.push(c.cpuSeconds[0]);
  if (cpy === null) {
    cpy = c;
    const skipped = new Set(cpy.skipped);
    files = all.filter((p) => !skipped.has(p)).map((p) => ({ p, bytes: fs.readFileSync(p) }));
  }
  const t0 = process.hrtime.bigint();
  const c0 = process.cpuUsage();
  for (const { p, bytes } of files) {
    try {
      const src = compiler.decodeSource(bytes, p);
      compiler.compile(src, p, 'exec');
    } catch (e) {
      if (r === 0) failures.push(`${p}: ${e && e.message}`);
    }
  }
  const cu = process.cpuUsage(c0);
  cpuTimes.push((cu.user + cu.system) / 1e6);
  times.push(Number(process.hrtime.bigint() - t0) / 1e9);
}
const skipped = new Set(cpy.skipped);

// compileall on a private copy, so that no .pyc lands in the system stdlib.
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'pystm-compileall-'));
for (const { p, bytes } of files) {
  const dest = path.join(tmp, path.relative(stdlib, p));
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, bytes);
}
const t0 = process.hrtime.bigint();
spawnSync('python3', ['-m', 'compileall', '-q', '-f', tmp], { encoding: 'utf8' });
const compileallSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
fs.rmSync(tmp, { recursive: true, force: true });

const best = (xs) => Math.min(...xs);
const lps = (s) => Math.round(cpy.lines / s);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  files: files.length,
  lines: cpy.lines,
  pystmStages: 'decode+tokenize+parse+ast_opt+symtable+codegen+assemble',
  rounds: 'alternating: a CPython round, then a pystm round',
  pystm: {
    secondsPerRound: times, cpuSecondsPerRound: cpuTimes, linesPerSecondBest: lps(best(times)),
    linesPerSecondFirst: lps(times[0]), linesPerCpuSecondBest: lps(best(cpuTimes)), failures: failures.length,
  },
  cpythonCompile: {
    secondsPerRound: cpySeconds, cpuSecondsPerRound: cpyCpu, linesPerSecondBest: lps(best(cpySeconds)),
    linesPerCpuSecondBest: lps(best(cpyCpu)),
  },
  cpythonCompileall: { seconds: compileallSeconds, linesPerSecond: lps(compileallSeconds) },
};
result.ratioPystmToCpythonCompile = +(result.pystm.linesPerSecondBest / result.cpythonCompile.linesPerSecondBest).toFixed(2);
result.cpuRatioPystmToCpythonCompile = +(result.pystm.linesPerCpuSecondBest / result.cpythonCompile.linesPerCpuSecondBest).toFixed(2);
fs.mkdirSync(path.join(root, 'bench', 'results'), { recursive: true });
fs.writeFileSync(path.join(root, 'bench', 'results', 'compile.json'), JSON.stringify(result, null, 2) + '\n');

console.log(`stdlib: ${files.length} files, ${cpy.lines} lines (${skipped.size} files CPython cannot compile, skipped)`);
console.log(`pystm compile()  (best of ${rounds}):    ${result.pystm.linesPerSecondBest.toLocaleString()} lines/s  (first round ${result.pystm.linesPerSecondFirst.toLocaleString()}), ${result.pystm.linesPerCpuSecondBest.toLocaleString()} lines per CPU second`);
console.log(`CPython compile() (best of ${rounds}):  ${result.cpythonCompile.linesPerSecondBest.toLocaleString()} lines/s, ${result.cpythonCompile.linesPerCpuSecondBest.toLocaleString()} lines per CPU second`);
console.log(`CPython -m compileall (wall):     ${result.cpythonCompileall.linesPerSecond.toLocaleString()} lines/s`);
console.log(`ratio pystm / CPython compile(): ${result.ratioPystmToCpythonCompile}x wall, ${result.cpuRatioPystmToCpythonCompile}x CPU (above 1: pystm is faster)`);
if (failures.length) {
  console.log(`pystm failed on ${failures.length} files:`);
  for (const f of failures.slice(0, 20)) console.log('  ' + f);
  process.exitCode = 1;
}
