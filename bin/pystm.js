#!/usr/bin/env node
// pystm's loader without the start-up snapshot (bin/pystm runs dist/pystm.blob when it can, else
// this file; the snapshot's own start code also comes here when the blob is stale): loads the
// prebuilt bundle (built by `npm install` / `npm run build`).
// The bundle is compiled through a V8 code cache kept beside it (dist/pystm.cache, written after
// the first run), which saves most of the ~60 ms V8 spends compiling 1 MB of JavaScript.
// `--single-threaded` among pystm's own options (before the program: FILE, -c, -m, -, report)
// selects the barrier-free bundle dist/pystm-st.js (issue 6); bin/pystm (sh) makes the same
// choice with the same rules (singleThreaded below), an argument of the guest program never does.
'use strict';
const path = require('path');
const fs = require('fs');
const vm = require('vm');
const Module = require('module');
const { chooseBundle } = require('./choose_bundle.js');
const chosen = chooseBundle(process.argv.slice(2));
process.argv.splice(2, process.argv.length - 2, ...chosen.args);
const name = chosen.name;
const bundle = path.join(__dirname, '..', 'dist', `${name}.js`);
// one cache per --stack-size (V8 rejects a cache made under other flags; the same rule as
// vm/workers/pool.ts codeCacheSuffix, whose pool workers read it)
const stackFlag = process.execArgv.find((a) => a.startsWith('--stack-size='));
const cacheFile = path.join(__dirname, '..', 'dist', `${name}${stackFlag === undefined ? '' : '.stack' + stackFlag.slice(13)}.cache`);
let source;
try {
  source = fs.readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write(`pystm: dist/${name}.js is missing; run \`npm install\` (or \`npm run build\`) first\n`);
  process.exit(70);
}
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
// V8 keeps --use-osr in a code cache's flag hash and the VM turns OSR off when it starts
// (vm/interp/osr_off.ts): turned off here first, the cache read now is one made under the flags
// it was written with (at exit, below), and the pool workers' caches match their flags too
if (process.env.PYSTM_OSR !== '1') require('node:v8').setFlagsFromString('--no-use-osr');
// and, opt-in, run()'s feedback vector allocated at once (vm/interp/v8_feedback.ts, the same string)
if (process.env.PYSTM_EARLY_FEEDBACK === '1') require('node:v8').setFlagsFromString('--interrupt-budget-factor-for-feedback-allocation=1');
const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
const mod = { exports: {} };
script.runInThisContext()(mod.exports, require, mod, bundle, path.dirname(bundle));
if (cachedData === undefined || script.cachedDataRejected) {
  // write the cache once the program has run (more functions are compiled by then)
  process.once('exit', () => {
    try {
      fs.writeFileSync(cacheFile + '.tmp', script.createCachedData());
      fs.renameSync(cacheFile + '.tmp', cacheFile);
    } catch {
      // a read-only install simply runs without the cache
    }
  });
}
// main runs as a microtask: V8 runs microtasks under a TryCatch that wants no message, so a JS
// throw inside the VM (a builtin's TypeError, ValueError, ...) skips the message object and the
// stack walk that locates it (~0.4 µs of ~1.9 a throw caught in run(): vm/NOTES.md "Main as a
// microtask"); everything else is the same (the VM catches its own errors).
queueMicrotask(() => mod.exports.main(process.argv.slice(2)));
