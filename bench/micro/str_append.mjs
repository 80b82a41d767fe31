// bench/micro/str_append.mjs: the complexity of `s += piece` (10 chars) in a loop, 10k/40k/160k/640k
// appends, pystm (this tree, --no-jit) beside python3, paired alternating runs (which goes first
// alternates per repetition: the machine is shared). The time is the CPU of the loop only
// (process_time inside bench/micro/str_append.py), so start-up is not in it. BASE=/other/tree adds
// a "before" column (runs stop at BASE_MAX appends, default 40000: before str builders the loop
// was quadratic). Usage: [REPS=5] [KIND=local|global|attr] node bench/micro/str_append.mjs
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const prog = path.join(here, 'str_append.py');
const REPS = Number(process.env.REPS || 5);
const KIND = process.env.KIND || 'local';
const BASE = process.env.BASE;
const BASE_MAX = Number(process.env.BASE_MAX || 40000);
const SIZES = [10000, 40000, 160000, 640000];

function loopCpu(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.slice(-400)}`);
  const [t, len, ok] = r.stdout.trim().split(/\s+/);
  if (ok !== '1') throw new Error(`${cmd}: wrong hash (${r.stdout.trim()})`);
  return { t: Number(t), len: Number(len) };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

const rows = [];
for (const n of SIZES) {
  const runs = {
    python3: () => loopCpu('python3', [prog, String(n), KIND]),
    pystm: () => loopCpu(path.join(root, 'bin', 'pystm'), ['--no-jit', prog, String(n), KIND]),
  };
  if (BASE && n <= BASE_MAX) runs.before = () => loopCpu(path.join(BASE, 'bin', 'pystm'), ['--no-jit', prog, String(n), KIND]);
  const names = Object.keys(runs);
  const got = Object.fromEntries(names.map((k) => [k, []]));
  for (let r = 0; r < REPS; r++) {
    for (let k = 0; k < names.length; k++) {
      const which = names[(k + r) % names.length];
      got[which].push(runs[which]().t);
    }
  }
  rows.push({ n, ...Object.fromEntries(names.map((k) => [k, median(got[k])])) });
}
const ms = (x) => (x === undefined ? '-' : (x * 1000).toFixed(1));
console.log(`s += piece (10 chars), ${KIND}, loop CPU in ms, median of ${REPS} paired runs`);
console.log(`| appends | python3 | pystm | pystm/python3 | pystm growth |${BASE ? ' before |' : ''}`);
console.log(`|---|---|---|---|---|${BASE ? '---|' : ''}`);
rows.forEach((row, i) => {
  const growth = i === 0 ? '-' : `${(row.pystm / rows[i - 1].pystm).toFixed(1)}x for 4x`;
  console.log(`| ${row.n} | ${ms(row.python3)} | ${ms(row.pystm)} | ${(row.pystm / row.python3).toFixed(1)} | ${growth} |${BASE ? ` ${ms(row.before)} |` : ''}`);
});
