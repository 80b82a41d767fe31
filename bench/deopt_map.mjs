// `node bench/deopt_map.mjs PROG [ARGS...]`: every TurboFan compile and deoptimization of run()
// (the interpreter loop) and of the functions inlined into it, for one pystm run of PROG (a path,
// or a name in bench/programs), each deopt mapped to the TypeScript line it came from.
// How: PROG runs as `npm run bench` runs it (bin/pystm's start-up snapshot, --no-jit), with V8's
// --trace-opt --trace-deopt-verbose switched on by a --require'd preload (v8.setFlagsFromString:
// on the command line they would change V8's flag hash and the snapshot would be refused), and
// with --no-concurrent-recompilation (synchronous compiles: the same sites every run; the
// default concurrent compiles land later, so they can meet more or fewer sites). Each deopt
// names its frames (run, then the inlined callee it was in) with bytecode offsets; a second run of
// bin/pystm.js under --print-bytecode gives each function's bytecode with the source positions
// in dist/pystm.js, and dist/pystm.js.map turns those into TypeScript lines. That run's flags
// make bin/pystm.js rewrite the code cache (dist/*.cache): the files are put back afterwards.
// Env: DEOPT_MAP_ARGS="--workers 1" puts pystm options before PROG (that one: the STM build for a
// program without threads, which otherwise runs on the barrier-free one); DEOPT_MAP_CONCURRENT=1 keeps V8's concurrent compiles; DEOPT_MAP_ALL=1 lists the deopts of
// every function, not only run()'s. bench/NOTES.md "h18-speed" has the table for the 14 programs.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bytecodeListings, sourceMapper, tracedRun } from './v8_trace.mjs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const [progArg, ...args] = process.argv.slice(2);
if (!progArg) throw new Error('usage: node bench/deopt_map.mjs PROG [ARGS...]');
const prog = fs.existsSync(progArg) ? path.resolve(progArg) : path.join(root, 'bench', 'programs', `${progArg}.py`);

// 1. the traced run, as bin/pystm runs the snapshot
const sync = process.env.DEOPT_MAP_CONCURRENT === '1' ? [] : ['--no-concurrent-recompilation'];
const pre = process.env.DEOPT_MAP_ARGS ? process.env.DEOPT_MAP_ARGS.split(' ').filter((a) => a !== '') : [];
const { lines } = tracedRun(root, [...pre, '--no-jit', prog, ...args], { flags: '--trace-opt --trace-deopt-verbose', nodeFlags: sync });

const all = process.env.DEOPT_MAP_ALL === '1';
const compiles = [];
const deopts = [];
for (let i = 0; i < lines.length; i++) {
  const l = lines[i];
  let m = l.match(/completed compiling .*<JSFunction (\S+) .*\(target TURBOFAN\)( OSR)? - took [\d.]+, ([\d.]+)/);
  if (m) {
    if (m[1] === 'run') compiles.push(`${m[2] ? 'OSR' : 'normal'} ${Math.round(Number(m[3]))} ms`);
    continue;
  }
  m = l.match(/bailout \(kind: ([^,]+), reason: ([^)]+)\): begin\. deoptimizing \S+ <JSFunction (\S+) /);
  if (!m || (!all && m[3] !== 'run')) continue;
  const frames = [];
  for (let j = i + 1; j < lines.length && j < i + 2000; j++) {
    const f = lines[j].match(/reading input frame (\S+) => bytecode_offset=(-?\d+)/);
    if (f) frames.push({ fn: f[1], off: Number(f[2]) });
    if (/^\[bailout|^\[completed|^\[compiling|^\[marking/.test(lines[j])) break;
  }
  deopts.push({ fn: m[3], kind: m[1], reason: m[2], frames });
}

// 2. the bytecode listings of the functions named in the frames, 3. offsets -> TypeScript lines
const needed = [...new Set(deopts.flatMap((d) => d.frames.map((f) => f.fn)))];
const where = sourceMapper(root, bytecodeListings(root, needed, [...pre, '--no-jit', prog, ...args]));
console.log(`${path.basename(prog)} ${args.join(' ')}: run() compiled ${compiles.length} times (${compiles.join(', ')})`);
for (const d of deopts) {
  console.log(`  deopt of ${d.fn} (${d.kind}): ${d.reason}`);
  for (const f of d.frames) console.log(`    ${f.fn} @${f.off}: ${where(f.fn, f.off)}`);
}
