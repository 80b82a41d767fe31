// vm/interp/sched_endjit.ts: no new optimizing compile of the interpreter loop `run()` while
// threading._shutdown() runs at the program's end with no other guest thread alive.
// Why: V8 marks a hot function for optimization and starts the compile at its next entry from the
// top. The driver loop `run(0, true)` runs for the whole program as on-stack-replacement code, so
// the mark waits, and _shutdown's driver loop (sched.ts runOutermost, from waitForThreads) is that
// entry: V8 then compiles run() (18 KB of bytecode: 60-250 ms on a helper thread), and Node's exit
// waits for every background task it started, so each threaded program ended that much later
// (at 1, 2 and N workers alike: bench/NOTES.md "The compile at exit"). With V8's --turbo-filter
// excluding functions named `run` for that entry, the mark is consumed without a compile (V8
// clears a function's tiering request before it applies the filter); the filter is put back as
// soon as _shutdown returns, so atexit callbacks and finalizers tier up as ever. Only run() is
// held, and only when _shutdown has no thread to wait for (it is then a few lines of Python; a
// callback registered with threading._register_atexit that computes for long runs unoptimized).
// Invariant: held only between holdRunCompiles() and releaseRunCompiles() of one runOutermost.
// PYSTM_DEBUG_END_JIT=1 says on stderr when it holds and releases (tests).
import { writeSync } from 'node:fs';

let setFlags: (flags: string) => void = (flags) => {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
};
let held = false;

/** Holds run()'s optimizing compiles; true when it did (the caller releases them after).
 *  PYSTM_END_JIT=keep leaves V8 alone (the behaviour before 2026-12-05, to compare). */
export function holdRunCompiles(): boolean {
  if (held || process.env.PYSTM_END_JIT === 'keep') return false;
  setFlags('--turbo-filter=-run');
  held = true;
  if (process.env.PYSTM_DEBUG_END_JIT) writeSync(2, '[endjit] run() compiles held\n');
  return true;
}

export function releaseRunCompiles(): void {
  if (!held) return;
  held = false;
  setFlags('--turbo-filter=*');
  if (process.env.PYSTM_DEBUG_END_JIT) writeSync(2, '[endjit] released\n');
}

export function runCompilesHeld(): boolean { return held; }

/** Tests: observe the flag strings instead of setting V8 flags. */
export function setFlagSetterForTest(f: (flags: string) => void): void { setFlags = f; }
