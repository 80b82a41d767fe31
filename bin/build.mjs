// Builds the CLI bundle dist/pystm.js (and dist/compiler.js, the compiler alone, for benchmarks) from the TypeScript sources with esbuild (run by
// `npm install` through the `prepare` script, so the CLI never compiles TypeScript at start-up).
// esbuild bundles the whole tree in well under a second; type checking is `npm run typecheck`
// (tsc --noEmit), which the test suite also runs. Then the start-up snapshot dist/pystm.blob
// (bin/build_snapshot.js: the bundle loaded and the VM core booted; bin/pystm runs it) with
// dist/pystm.blob.node (the node that made it), and the V8 code cache dist/pystm.cache (workers
// load the bundle through it). PYSTM_NO_SNAPSHOT=1 builds no snapshot. Then lib/'s compiled code.
// The same again for the single-threaded build (`pystm --single-threaded`, issue 6):
// dist/pystm-st.js is the same VM with `__PYSTM_STM__` defined false, so esbuild
// folds STM_BUILD (stmgc/build_mode.ts) and deletes every STM branch of the barriers: no STM test
// is left in it, not merely skipped; with its own blob (dist/pystm-st.blob) and code cache.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import { cliBundleOptions } from './bundle_options.mjs';

const out = { outdir: 'dist', sourcemap: 'linked' };
await Promise.all([
  build({ ...cliBundleOptions(false), ...out }),
  build({ ...cliBundleOptions(true), ...out }),
  build({ ...out, entryPoints: { compiler: 'compiler/index.ts' }, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' }),
]);

for (const name of ['pystm', 'pystm-st']) asciiOnly(`dist/${name}.js`);

// V8 keeps a source with any character above U+00FF as a two-byte string: the 1.5 MB bundle
// would take 3 MB in every process and in the start-up snapshot (which is read, copied and
// page-faulted at each start, vm/NOTES.md "Start-up"). charset 'ascii' escapes strings and
// identifiers; esbuild leaves comments (box-drawing rules) and regular expressions as they are,
// where a \uXXXX escape means the same character, so every one left is escaped here.
function asciiOnly(file) {
  const text = fs.readFileSync(file, 'utf8');
  if (/\\[^\x00-\x7f]/.test(text)) throw new Error(`${file}: a backslash before a non-ASCII character (escape it in the source)`);
  const ascii = text.replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (ascii !== text) fs.writeFileSync(file, ascii);
}

// the blob is replaced atomically (other builds and runs may share the tree); until then the old
// one is stale, which its start code sees (the bundle's size and mtime) and then loads the bundle
/** The main thread's JS stack under bin/pystm (its --stack-size, kB; vm/NOTES.md "JS stack"). */
const STACK_KB = 3800;
for (const name of ['pystm', 'pystm-st']) snapshot(name);

function snapshot(name) {
  const blob = `dist/${name}.blob`;
  if (process.env.PYSTM_NO_SNAPSHOT) {
    fs.rmSync(blob, { force: true });
    return;
  }
  const tmp = `${blob}.${process.pid}.tmp`;
  const env = { ...process.env, PYSTM_SNAPSHOT_BUNDLE: `dist/${name}.js` };
  // built with the JS stack bin/pystm runs it with (V8 refuses a blob made under other flags)
  const r = spawnSync(process.execPath, ['--no-warnings', `--stack-size=${STACK_KB}`, '--snapshot-blob', tmp, '--build-snapshot', 'bin/build_snapshot.js'], { encoding: 'utf8', env });
  if (r.status === 0 && fs.existsSync(tmp)) {
    fs.writeFileSync(blob + '.node', process.execPath + '\n');
    fs.renameSync(tmp, blob);
  } else {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(blob, { force: true });
    process.stderr.write(`build: no start-up snapshot for ${name} (pystm starts without it): ${(r.stderr || r.error || '').toString().slice(-2000)}\n`);
  }
}
// lib/'s compiled code (lib/**/__pycache__/*.pystm.code, vm/runtime/code_cache.ts), as CPython's
// installer compiles its standard library
spawnSync(process.execPath, ['bin/pystm.js', '--workers', '1', '-c', 'pass'], { stdio: 'ignore', env: { ...process.env, PYSTM_PRECOMPILE_LIB: '1' } });
// the code cache (dist/pystm.cache) for worker threads, written by the loader after one run
// (--workers 1: the parallel build; a program that names no threads runs on the other one)
spawnSync(process.execPath, ['bin/pystm.js', '--workers', '1', '-c', 'pass'], { stdio: 'ignore' });
spawnSync(process.execPath, ['bin/pystm.js', '--single-threaded', '-c', 'pass'], { stdio: 'ignore' });
// and the one for the pool workers of snapshot runs, which share bin/pystm's --stack-size (V8
// rejects a cache made under other flags: vm/workers/pool.ts codeCacheSuffix)
spawnSync(process.execPath, [`--stack-size=${STACK_KB}`, 'bin/pystm.js', '--workers', '1', '-c', 'pass'], { stdio: 'ignore' });
