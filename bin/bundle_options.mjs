// esbuild options of the two CLI bundles (bin/build.mjs; spec/unit/cli_single_threaded.test.ts
// builds the same in memory). STM_BUILD (stmgc/build_mode.ts) is `__PYSTM_STM__` defined by the
// build: 'true' in dist/pystm.js, 'false' in dist/pystm-st.js (`--single-threaded`).
// esbuild folds a define inside the module that reads it, but an *imported* constant only at
// print time, after tree shaking: the `if (STM_BUILD)` branches would vanish from the hot paths
// while the slow-path functions they call stayed in the bundle. So the plugin below rewrites, in
// every module that imports STM_BUILD alone (`import { STM_BUILD } from '.../build_mode'`), each
// use of STM_BUILD into the define itself; esbuild then deletes the dead branches while parsing,
// and with them every function only they called (readSlow, writeSlowStm...). A module importing
// STM_BUILD with other names still works (V8 folds the constant) but keeps its dead code.
import * as fs from 'node:fs';

const IMPORT_ALONE = /^import\s*\{\s*STM_BUILD\s*\}\s*from\s*'[^']*build_mode';?[ \t]*$/m;

export const stmBuildPlugin = {
  name: 'pystm-stm-build',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async (args) => {
      const src = await fs.promises.readFile(args.path, 'utf8');
      if (!IMPORT_ALONE.test(src)) return undefined;
      return { contents: src.replace(IMPORT_ALONE, '').replace(/\bSTM_BUILD\b/g, '__PYSTM_STM__'), loader: 'ts' };
    });
  },
};

/** Options for bundle `name` ('pystm' or 'pystm-st') of vm/cli/main.ts. */
export function cliBundleOptions(singleThreaded) {
  return {
    entryPoints: { [singleThreaded ? 'pystm-st' : 'pystm']: 'vm/cli/main.ts' },
    bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', charset: 'ascii',
    define: { __PYSTM_STM__: singleThreaded ? 'false' : 'true' },
    // (no minifySyntax: the dead branches go without it, as `if (false)` blocks that V8's bytecode
    // generator drops; minified, the st bundle's generators and raytrace took 8-12% more CPU than
    // the STM bundle's in paired runs, 2026-12-08: vm/NOTES.md "Lead, 2026-12-08")
    minifySyntax: false,
    plugins: [stmBuildPlugin],
  };
}
