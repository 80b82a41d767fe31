// bin/choose_bundle.js: which of the two CLI bundles runs a pystm command line, and with which
// arguments: dist/pystm-st.js (the STM barriers compiled out) for `--single-threaded`, and for a
// program FILE or -c code that names no threading module unless an option asks for STM by name
// (then with the internal `--auto-single-threaded` first: the VM also follows the program's local
// imports, vm/cli/thread_scan.ts); dist/pystm.js otherwise. bin/pystm.js loads by it, and the
// bench tools that start a bundle themselves (bench/v8_trace.mjs) ask it. bin/pystm (sh) makes
// the same choice with the same rules in sh (keep the two alike).
'use strict';
const fs = require('fs');

/** Options of pystm that take a separate value (vm/cli/args.ts): their value is skipped. */
const VALUE_OPTIONS = ['--workers', '--heap', '--jit-threshold', '--stm-log', '--dump'];
function singleThreaded(args) {
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--single-threaded') return true;
    if (VALUE_OPTIONS.includes(a)) i++;
    else if (a === '-c' || a === '-m' || a === '-' || !a.startsWith('-')) return false;
  }
  return false;
}
/** The modules through which a program starts threads (vm/cli/thread_scan.ts THREAD_WORDS). */
const THREAD_WORDS = /\b(?:threading|_thread|concurrent|pystm_workers)\b/;
/**
 * Without --single-threaded, --workers or an STM report option, a program FILE (a regular file)
 * or -c code that names no threading module runs on the barrier-free build too, marked
 * --auto-single-threaded (the VM then looks at the modules it imports: vm/cli/thread_scan.ts).
 * The same rules as bin/pystm (sh).
 */
function autoSingleThreaded(args) {
  if (process.env.PYPYSTM) return false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--workers' || a === '--stm-log' || a.startsWith('--workers=') || a.startsWith('--stm-log=')) return false;
    if (a === '--stm-stats' || a === '--trace-stm' || a === '-m' || a === '-' || a === 'report') return false;
    if (a === '-h' || a === '-?' || a === '--help' || a === '-V' || a === '--version') return false;
    if (a === '-c') return i + 1 < args.length && !THREAD_WORDS.test(args[i + 1]);
    if (['--heap', '--jit-threshold', '--dump', '-W', '-X'].includes(a)) i++;
    else if (!a.startsWith('-')) {
      try {
        return fs.statSync(a).isFile() && !THREAD_WORDS.test(fs.readFileSync(a, 'latin1'));
      } catch {
        return false;
      }
    }
  }
  return false;
}

/** { name: 'pystm' | 'pystm-st', args } for the command-line arguments `argv` (after node's). */
function chooseBundle(argv) {
  const explicitSingle = singleThreaded(argv);
  const autoSingle = !explicitSingle && autoSingleThreaded(argv);
  return { name: explicitSingle || autoSingle ? 'pystm-st' : 'pystm', args: autoSingle ? ['--auto-single-threaded', ...argv] : [...argv] };
}

module.exports = { chooseBundle, THREAD_WORDS };
