// `node bench/steady_state.mjs [ROUNDS]`: first-run against steady-state cost of each benchmark
// program, pystm beside python3. A small Python driver execs the program's source without its
// final `main()` call (print replaced by a no-op) and runs `main()` ROUNDS times (default 6) in
// one process, printing `time.process_time()` per round (the whole process's CPU: V8's compile
// threads count). Round 1 carries the warm-up (V8's first compiles of run(), cold caches); the
// minimum of the later rounds is the steady state. The two interpreters alternate per program
// and REPS processes each (default 2) are run; the table reports the per-interpreter median of
// each figure and the ratios. Env: ONLY=a,b, REPS, SIZE_<name> (a size for one program).
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { median } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ROUNDS = Number(process.argv[2] || 6);
const REPS = Number(process.env.REPS || 2);
const SIX = ['deltablue', 'go', 'hexiom', 'chaos', 'nqueens', 'richards'];
const names = process.env.ONLY ? process.env.ONLY.split(',') : SIX;

const driver = `
import sys, time
src = open(sys.argv[1]).read().rstrip()
assert src.endswith('main()'), 'program must end with main()'
src = src[:-len('main()')]
sys.argv = [sys.argv[1]] + sys.argv[3:]
g = {'__name__': 'steady', 'print': lambda *a, **k: None}
t0 = time.process_time()
exec(compile(src, sys.argv[0], 'exec'), g)
out = [time.process_time() - t0]
for _ in range(${ROUNDS}):
    t = time.process_time()
    g['main']()
    out.append(time.process_time() - t)
sys.stdout.write(' '.join('%.4f' % x for x in out) + '\\n')
`;

function once(cmd, args) {
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 16 << 20, timeout: 900000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')}: ${r.status} ${(r.stderr || '').slice(-400)}`);
  return r.stdout.trim().split('\n').pop().split(' ').map(Number);
}

console.log(`| program | CPython import / round 1 / steady s | pystm import / round 1 / steady s | round-1 ratio | steady ratio |`);
console.log('|---|---|---|---:|---:|');
for (const name of names) {
  const file = path.join(root, 'bench', 'programs', `${name}.py`);
  const size = process.env[`SIZE_${name}`];
  const extra = size ? [size] : [];
  const figs = { py: [], pystm: [] };
  for (let r = 0; r < REPS; r++) {
    for (const which of r % 2 ? ['pystm', 'py'] : ['py', 'pystm']) {
      const cmd = which === 'py' ? 'python3' : path.join(root, 'bin', 'pystm');
      const pre = which === 'py' ? ['-c', driver] : ['--no-jit', '-c', driver];
      const t = once(cmd, [...pre, file, String(ROUNDS), ...extra]);
      figs[which].push({ imp: t[0], first: t[1], steady: Math.min(...t.slice(2)) });
    }
  }
  const m = (w, k) => median(figs[w].map((x) => x[k]));
  const f = (w) => `${m(w, 'imp').toFixed(2)} / ${m(w, 'first').toFixed(2)} / ${m(w, 'steady').toFixed(2)}`;
  console.log(`| ${name} | ${f('py')} | ${f('pystm')} | ${(m('pystm', 'first') / m('py', 'first')).toFixed(2)} | ${(m('pystm', 'steady') / m('py', 'steady')).toFixed(2)} |`);
}
