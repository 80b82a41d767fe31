// `node bench/isolate_jit.mjs [PYSTM ARGS...]` (e.g. `--workers 2 bench/parallel/dict_merge.py 4
// 1000000`): V8's optimizing compiles and deopts per isolate of one pystm run (the main isolate
// and the thread pool's), with run()'s (the interpreter loop's) compiles listed and its deopts
// mapped to TypeScript lines. Why per isolate: at 2 workers on 2 cores every compile of either
// isolate takes a guest thread's core, and the pool's isolate compiles the VM's hot set again
// (bench/NOTES.md "h22-par", "h23-warm").
// Which isolate a compile belongs to: V8's trace names no isolate. When the pool's isolates
// compile synchronously (PYSTM_SYNC_POOL_COMPILES=1, vm/workers/pool.ts), a "compiling method"
// line with `ConcurrencyMode::kSynchronous` is the pool's and one with `kConcurrent` the main
// isolate's: exact. Otherwise (the default) a guess, said so in the output: the
// VM's run() has one SharedFunctionInfo per isolate, the first one compiled being the main
// isolate's; an sfi belongs to the isolate whose run() sfi shares its 4 GB address region, and an
// sfi of another region to the isolate that has no function of that name yet.
// A deopt's offset is its innermost frame's (--trace-deopt's one line; the verbose trace's frames
// interleave between two isolates): one in a callee inlined into run() maps to a wrong line of
// run() (bench/deopt_map.mjs lists the frames, for one isolate).
// Env: REPS=n runs it n times (each run's figures, then medians); MAP=0 skips the mapping of
// run()'s deopts (the mapping runs bin/pystm.js -c pass once under --print-bytecode).
import * as path from 'node:path';
import { bytecodeListings, parseCompile, parseDeopt, sourceMapper, tracedRun } from './v8_trace.mjs';
import { median } from './timing.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
if (args.length === 0) throw new Error('usage: node bench/isolate_jit.mjs [PYSTM ARGS...]');
const REPS = Number(process.env.REPS || 1);
// (the VM's run() takes 30-400 ms to compile; the bundle's other functions called `run` < 15)
const VM_RUN_MS = 15;

/** One traced run: per isolate { compiles, ms, runCompiles: ['OSR 96', ...], deopts, runDeopts: [{reason, offset}] }. */
function measure() {
  const t = tracedRun(root, args, { flags: '--trace-opt --trace-deopt' });
  if (t.status !== 0) throw new Error(`pystm exited with ${t.status}: ${t.stderr.slice(-400)}`);
  const mode = new Map(); // sfi -> 'pool' | 'main', from the compile lines' concurrency mode
  const compiles = [];
  const deopts = [];
  for (const l of t.lines) {
    const cm = l.match(/^\[compiling method .*\(sfi = (0x[0-9a-f]+)\)>.*mode: ConcurrencyMode::k(\w+)/);
    if (cm) { mode.set(cm[1], cm[2] === 'Synchronous' ? 'pool' : 'main'); continue; }
    const c = parseCompile(l);
    if (c) { compiles.push(c); continue; }
    const d = parseDeopt(l);
    if (d) deopts.push(d);
  }
  const exact = [...mode.values()].includes('pool');
  const isolateOf = exact ? (sfi) => mode.get(sfi) ?? 'main' : guessIsolates(compiles, deopts);
  const per = {};
  for (const iso of ['main', 'pool']) per[iso] = { compiles: 0, ms: 0, runCompiles: [], deopts: 0, runDeopts: [] };
  for (const c of compiles) {
    const p = per[isolateOf(c.sfi)];
    p.compiles++;
    p.ms += c.ms;
    if (c.fn === 'run' && c.ms >= VM_RUN_MS) p.runCompiles.push(`${c.osr ? 'OSR' : 'normal'} ${Math.round(c.ms)}`);
  }
  const vmRun = new Set(compiles.filter((c) => c.fn === 'run' && c.ms >= VM_RUN_MS).map((c) => c.sfi));
  for (const d of deopts) {
    const p = per[isolateOf(d.sfi)];
    p.deopts++;
    if (vmRun.has(d.sfi)) p.runDeopts.push(d);
  }
  return { per, exact: exact || per.pool.compiles === 0, wall: t.wall };
}

/** The address-region guess (see the header) when the trace does not tell the isolates apart. */
function guessIsolates(compiles, deopts) {
  const region = (sfi) => BigInt(sfi) >> 32n;
  const runs = [...new Set(compiles.filter((c) => c.fn === 'run' && c.ms >= VM_RUN_MS).map((c) => c.sfi))];
  const owner = new Map(); // region -> isolate
  if (runs.length > 0) owner.set(region(runs[0]), 'main');
  if (runs.length > 1) owner.set(region(runs[1]), 'pool');
  const names = { main: new Set(), pool: new Set() };
  const byRegion = new Map();
  for (const x of [...compiles, ...deopts]) {
    const r = region(x.sfi);
    if (!byRegion.has(r)) byRegion.set(r, new Set());
    if (x.fn !== '(anonymous)') byRegion.get(r).add(x.fn);
  }
  for (const [r, iso] of owner) for (const n of byRegion.get(r) ?? []) names[iso].add(n);
  for (const [r, ns] of byRegion) {
    if (owner.has(r)) continue;
    let inMain = 0, inPool = 0;
    for (const n of ns) { if (names.main.has(n)) inMain++; if (names.pool.has(n)) inPool++; }
    owner.set(r, runs.length > 1 && inMain > inPool ? 'pool' : 'main');
  }
  return (sfi) => owner.get(region(sfi)) ?? 'main';
}

const results = [];
for (let i = 0; i < REPS; i++) {
  const r = measure();
  results.push(r);
  const line = (iso) => { const p = r.per[iso]; return `${iso} ${p.compiles} compiles (${Math.round(p.ms)} ms), run() ${p.runCompiles.length} [${p.runCompiles.join(', ')}], ${p.deopts} deopts (run() ${p.runDeopts.length})`; };
  console.log(`run ${i + 1}: wall ${r.wall.toFixed(2)} s${r.exact ? '' : ' (isolates guessed by address)'}; ${line('main')}; ${line('pool')}`);
}
if (REPS > 1) {
  for (const iso of ['main', 'pool']) {
    const med = (f) => median(results.map((r) => f(r.per[iso])));
    console.log(`median ${iso}: ${med((p) => p.compiles)} compiles, ${Math.round(med((p) => p.ms))} ms, run() compiled ${med((p) => p.runCompiles.length)} times (${Math.round(med((p) => p.runCompiles.reduce((a, s) => a + Number(s.split(' ')[1]), 0)))} ms)`);
  }
}
if (process.env.MAP !== '0') {
  const where = sourceMapper(root, bytecodeListings(root, ['run'], ['--workers', '1', '-c', 'pass']));
  for (const [i, r] of results.entries()) {
    for (const iso of ['main', 'pool']) {
      for (const d of r.per[iso].runDeopts) console.log(`  run ${i + 1} ${iso}: ${d.reason.replace('Insufficient type feedback for', 'no feedback:')} @${d.offset} ${where('run', d.offset)}`);
    }
  }
}
