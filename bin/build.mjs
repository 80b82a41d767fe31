// Builds the CLI bundle dist/pystm.js (and dist/compiler.js, the compiler alone, for benchmarks) from the TypeScript sources with esbuild (run by
// `npm install` through the `prepare` script, so the CLI never compiles TypeScript at start-up).
// esbuild bundles the whole tree in well under a second; type checking is `npm run typecheck`
// (tsc --noEmit), which the test suite also runs. Then the start-up snapshot dist/pystm.blob
// (bin/build_snapshot.js: the bundle loaded and the VM core booted; bin/pystm runs it) with
// dist/pystm.blob.node (the node that made it), and the V8 code cache dist/pystm.cache (workers
// load the bundle through it). PYSTM_NO_SNAPSHOT=1 builds no snapshot.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';

await build({
  entryPoints: { pystm: 'vm/cli/main.ts', compiler: 'compiler/index.ts' },
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'warning',
});

// the blob is replaced atomically (other builds and runs may share the tree); until then the old
// one is stale, which its start code sees (the bundle's size and mtime) and then loads the bundle
const blob = 'dist/pystm.blob';
if (process.env.PYSTM_NO_SNAPSHOT) fs.rmSync(blob, { force: true });
else {
  const tmp = `${blob}.${process.pid}.tmp`;
  const r = spawnSync(process.execPath, ['--no-warnings', '--snapshot-blob', tmp, '--build-snapshot', 'bin/build_snapshot.js'], { encoding: 'utf8' });
  if (r.status === 0 && fs.existsSync(tmp)) {
    fs.writeFileSync(blob + '.node', process.execPath + '\n');
    fs.renameSync(tmp, blob);
  } else {
    fs.rmSync(tmp, { force: true });
    fs.rmSync(blob, { force: true });
    process.stderr.write(`build: no start-up snapshot (pystm starts without it): ${(r.stderr || r.error || '').toString().slice(-2000)}\n`);
  }
}
// the code cache (dist/pystm.cache) for worker threads, written by the loader after one run
spawnSync(process.execPath, ['bin/pystm.js', '-c', 'pass'], { stdio: 'ignore' });
