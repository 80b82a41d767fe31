// Builds the CLI bundle dist/pystm.js (and dist/compiler.js, the compiler alone, for benchmarks) from the TypeScript sources with esbuild (run by
// `npm install` through the `prepare` script, so the CLI never compiles TypeScript at start-up).
// esbuild bundles the whole tree in well under a second; type checking is `npm run typecheck`
// (tsc --noEmit), which the test suite also runs.
import { build } from 'esbuild';

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
