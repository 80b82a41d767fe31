// bench/micro/calls.mjs: CPU per Python-to-Python call and return (bench/micro/calls.py, the loop
// minus an empty loop, best of 5 in one process; and the whole loop's ratio, call included), pystm (this tree, --no-jit) beside python3,
// paired runs alternating which goes first; BASE=/other/built/tree adds a "before" column and the
// median of the per-repetition after/before ratios. Usage:
// [REPS=3] [N=2000000] [KINDS=g1,g3,...] [BASE=...] node bench/micro/calls.mjs
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const prog = path.join(here, 'calls.py');
const REPS = Number(process.env.REPS || 3);
const N = process.env.N || '2000000';
const KINDS = (process.env.KINDS || 'g1,g3,meth,init,fib,dflt,kw').split(',');
const BASE = process.env.BASE;

function perCall(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 600_000 });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.slice(-400)}`);
  const [, ns, sum, loop] = r.stdout.trim().split(/\s+/);
  return { ns: Number(ns), sum, loop: Number(loop) };
}
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

console.log(`ns per call (loop CPU minus an empty loop), median of ${REPS} paired runs, N=${N}`);
console.log(`| call | python3 | pystm | pystm / python3 | whole loop: pystm / python3 |${BASE ? ' before | before / python3 | whole loop: before / python3 | after / before |' : ''}`);
console.log(`|---|---:|---:|---:|---:|${BASE ? '---:|---:|---:|---:|' : ''}`);
for (const kind of KINDS) {
  const runs = {
    python3: () => perCall('python3', [prog, kind, N]),
    pystm: () => perCall(path.join(root, 'bin', 'pystm'), ['--no-jit', prog, kind, N]),
  };
  if (BASE) runs.before = () => perCall(path.join(BASE, 'bin', 'pystm'), ['--no-jit', prog, kind, N]);
  const names = Object.keys(runs);
  const got = Object.fromEntries(names.map((k) => [k, []]));
  const loops = Object.fromEntries(names.map((k) => [k, []]));
  const pairs = [];
  for (let r = 0; r < REPS; r++) {
    const one = {};
    for (let k = 0; k < names.length; k++) {
      const which = names[(k + r) % names.length];
      one[which] = runs[which]();
      got[which].push(one[which].ns);
      loops[which].push(one[which].loop);
    }
    if (one.pystm.sum !== one.python3.sum) throw new Error(`${kind}: checksum ${one.pystm.sum} != ${one.python3.sum}`);
    if (BASE) pairs.push(one.pystm.ns / one.before.ns);
  }
  const py = median(got.python3), st = median(got.pystm);
  const lpy = median(loops.python3);
  let line = `| ${kind} | ${py.toFixed(1)} | ${st.toFixed(1)} | ${(st / py).toFixed(2)} | ${(median(loops.pystm) / lpy).toFixed(2)} |`;
  if (BASE) { const b = median(got.before); line += ` ${b.toFixed(1)} | ${(b / py).toFixed(2)} | ${(median(loops.before) / lpy).toFixed(2)} | ${median(pairs).toFixed(3)} |`; }
  console.log(line);
}
