// Entry of the start-up snapshot, run by bin/build.mjs as
//   node --snapshot-blob dist/pystm.blob --build-snapshot bin/build_snapshot.js
// Build time: evaluates dist/pystm.js, boots the VM core into a compact heap image
// (vm/cli/snapshot.ts prebootHeap) and records what the blob was made from (the bundle's path,
// size and mtime; env vars read at module load). Start (bin/pystm execs
// `node --snapshot-blob dist/pystm.blob dist/pystm.js ARGS...`): if the bundle is the one the
// blob was built from, runs main(ARGS) on the prebooted heap; otherwise runs bin/pystm.js (the
// ordinary loader) in this same process. No host handle (fd, worker, timer) is made before start.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const v8 = require('v8');
const Module = require('module');

const bundle = path.resolve(process.env.PYSTM_SNAPSHOT_BUNDLE || path.join(__dirname, '..', 'dist', 'pystm.js'));
// module-level reads of the environment in the bundle: a start with other values must not use the blob
const ENV_AT_LOAD = ['PYSTM_VERIFY_GC', 'PYSTM_SCHED_DEBUG', 'PYSTM_REENTER_AFTER', 'PYSTM_RELEASE_COMMIT_MS'];
const envOf = () => ENV_AT_LOAD.map((k) => process.env[k] ?? '').join('\0');

const st = fs.statSync(bundle);
const built = { bundle, size: st.size, mtimeMs: st.mtimeMs, env: envOf() };
// V8 builds snapshots without SharedArrayBuffer and Atomics: the bootstrap runs on one thread over
// a plain ArrayBuffer, so plain reads and writes stand in for Atomics until the snapshot is taken
const atomicsStandIn = {
  load: (a, i) => a[i],
  store: (a, i, v) => (a[i] = v),
  add: (a, i, v) => { const o = a[i]; a[i] = o + v; return o; },
  sub: (a, i, v) => { const o = a[i]; a[i] = o - v; return o; },
  or: (a, i, v) => { const o = a[i]; a[i] = o | v; return o; },
  and: (a, i, v) => { const o = a[i]; a[i] = o & v; return o; },
  xor: (a, i, v) => { const o = a[i]; a[i] = o ^ v; return o; },
  exchange: (a, i, v) => { const o = a[i]; a[i] = v; return o; },
  compareExchange: (a, i, e, v) => { const o = a[i]; if (o === e) a[i] = v; return o; },
  notify: () => 0,
  wait: () => { throw new Error('snapshot build: Atomics.wait'); },
};
if (typeof Atomics === 'undefined') globalThis.Atomics = atomicsStandIn;
const source = fs.readFileSync(bundle, 'utf8');
const mod = { exports: {} };
vm.runInThisContext(Module.wrap(source), { filename: bundle })(mod.exports, require, mod, bundle, path.dirname(bundle));
const api = mod.exports;
api.configureWorkers(null, false);
const info = api.prebootHeap(Math.max(4, api.heapSlotsNeeded())); // as vm/cli/main.ts run()
// bytecode for the functions of every start (vm/cli/snapshot_warm_up.ts): the compiler's by a
// warm-up compile, the start path's by V8's own compile-without-calling (natives syntax is on
// only while this one function is parsed: the blob is made and used with the default flags)
api.warmUpCompiler();
v8.setFlagsFromString('--allow-natives-syntax');
const compileNow = new Function('f', '%PrepareFunctionForOptimization(f);'); // (vm.runInThisContext ignores the flag)
v8.setFlagsFromString('--no-allow-natives-syntax');
for (const f of api.startPathFunctions()) compileNow(f);
if (globalThis.Atomics === atomicsStandIn) delete globalThis.Atomics;
process.stdout.write(`pystm snapshot: heap image ${(info.bytes / 1048576).toFixed(1)} MiB\n`);

function fresh() {
  if (path.resolve(process.argv[1]) !== built.bundle || envOf() !== built.env) return false;
  try {
    const now = fs.statSync(built.bundle);
    return now.size === built.size && now.mtimeMs === built.mtimeMs;
  } catch {
    return false;
  }
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  if (fresh()) {
    queueMicrotask(() => api.main(process.argv.slice(2))); // (as bin/pystm.js: a microtask's throws make no message)
    return;
  }
  api.discardSnapshot();
  Module.createRequire(built.bundle)(path.join(path.dirname(built.bundle), '..', 'bin', 'pystm.js'));
});
