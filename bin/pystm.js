#!/usr/bin/env node
// pystm's loader without the start-up snapshot (bin/pystm runs dist/pystm.blob when it can, else
// this file; the snapshot's own start code also comes here when the blob is stale): loads the
// prebuilt bundle (built by `npm install` / `npm run build`).
// The bundle is compiled through a V8 code cache kept beside it (dist/pystm.cache, written after
// the first run), which saves most of the ~60 ms V8 spends compiling 1 MB of JavaScript.
'use strict';
const path = require('path');
const fs = require('fs');
const vm = require('vm');
const Module = require('module');
const bundle = path.join(__dirname, '..', 'dist', 'pystm.js');
const cacheFile = path.join(__dirname, '..', 'dist', 'pystm.cache');
let source;
try {
  source = fs.readFileSync(bundle, 'utf8');
} catch {
  process.stderr.write('pystm: dist/pystm.js is missing; run `npm install` (or `npm run build`) first\n');
  process.exit(70);
}
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  cachedData = undefined;
}
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
mod.exports.main(process.argv.slice(2));
