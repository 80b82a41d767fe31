// `BASE=/path/to/other/pystm node bench/before_after.mjs`: paired before/after CPU comparison of
// two pystm trees (BASE: a built checkout of the "before" commit; this tree is "after") on
// bench/programs, with CPython beside them. For each program and repetition it runs python3,
// BASE/bin/pystm and bin/pystm (all --no-jit) one after the other (rotating the order each
// repetition), so a load swing on this shared machine hits all three alike; it reports the
// median user+sys CPU of each, the ratios to CPython, and the median of the per-repetition
// after/before ratios. Checksums (last stdout line) must agree with CPython's. Prints a
// markdown table (bench/results/interpreter_before_after.md is written from it by hand, with
// the commits and the load). Env: ONLY=a,b (a name with a '/' is a path to any .py, e.g.
// bench/micro/str_mix.py), REPS (default 3).
import * as path from 'node:path';
import { geomean, median, timed } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const base = process.env.BASE;
if (!base) throw new Error('BASE=/path/to/the/before/tree is required');
const REPS = Number(process.env.REPS || 3);
const SIZES = {}; // as bench/run.mjs: every program at its default size (pidigits 2500 since 2026-12-02)
const ALL = ['richards', 'nbody', 'fannkuch', 'spectral_norm', 'float', 'chaos', 'nqueens', 'deltablue', 'go', 'hexiom', 'raytrace', 'pidigits', 'generators', 'unpack_sequence'];
const names = process.env.ONLY ? process.env.ONLY.split(',') : ALL;

const rows = [];
for (const name of names) {
  const file = name.includes('/') ? path.resolve(root, name) : path.join(root, 'bench', 'programs', `${name}.py`);
  const args = SIZES[name] ? [SIZES[name]] : [];
  const runs = {
    py: () => timed('python3', [file, ...args]),
    before: () => timed(path.join(base, 'bin', 'pystm'), ['--no-jit', file, ...args]),
    after: () => timed(path.join(root, 'bin', 'pystm'), ['--no-jit', file, ...args]),
  };
  const cpu = { py: [], before: [], after: [] };
  const pairs = [];
  let bad = '';
  const order = ['py', 'before', 'after'];
  for (let r = 0; r < REPS; r++) {
    const got = {};
    for (let k = 0; k < order.length; k++) {
      const which = order[(k + r) % order.length];
      const x = runs[which]();
      if (!x.ok) bad = `${which}: ${x.err}`;
      got[which] = x;
      cpu[which].push(x.cpu);
    }
    if (got.before.out !== got.py.out || got.after.out !== got.py.out) bad ||= `checksum: py=${got.py.out} before=${got.before.out} after=${got.after.out}`;
    pairs.push(got.after.cpu / got.before.cpu);
  }
  const row = {
    name, py: median(cpu.py), before: median(cpu.before), after: median(cpu.after), pair: median(pairs), bad,
  };
  row.rBefore = row.before / row.py;
  row.rAfter = row.after / row.py;
  rows.push(row);
  console.error(`${name}: py ${row.py.toFixed(2)} before ${row.before.toFixed(2)} (${row.rBefore.toFixed(2)}x) after ${row.after.toFixed(2)} (${row.rAfter.toFixed(2)}x) after/before ${row.pair.toFixed(3)} ${bad}`);
}
const f2 = (x) => x.toFixed(2);
console.log('| program | CPython CPU s | before CPU s | after CPU s | before / CPython | after / CPython | after / before (median of pairs) |');
console.log('|---|---:|---:|---:|---:|---:|---:|');
for (const r of rows) console.log(`| ${r.name}${r.bad ? ' **' + r.bad + '**' : ''} | ${f2(r.py)} | ${f2(r.before)} | ${f2(r.after)} | ${f2(r.rBefore)} | ${f2(r.rAfter)} | ${r.pair.toFixed(3)} |`);
const good = rows.filter((r) => !r.bad);
console.log(`| **geometric mean** | | | | **${f2(geomean(good.map((r) => r.rBefore)))}** | **${f2(geomean(good.map((r) => r.rAfter)))}** | **${geomean(good.map((r) => r.pair)).toFixed(3)}** |`);
