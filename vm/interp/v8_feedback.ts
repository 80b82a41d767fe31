// Opt-in (PYSTM_EARLY_FEEDBACK=1): V8 allocates the interpreter loop run()'s feedback vector at
// once, not after a budget of eight times its bytecode size (V8's lazy feedback allocation,
// `--interrupt-budget-factor-for-feedback-allocation`, default 8). Why it exists: run() is ~18 KB
// of bytecode and long-running, so under the default the first Python instructions of a program
// (each global, attribute and store site's first run: its cache fill, the out-of-line miss, and
// run()'s own prologue) run before run() has a feedback vector and leave no type feedback; the
// optimized run() later meets those operations with none ("Insufficient type feedback") and is
// thrown away and compiled again (60-250 ms of compile each). float.py: 6-7 compiles of run() ->
// 3. Off by default: its instruction counts were mixed (float -1.3 to -3.7%, deltablue -3.0%,
// raytrace +2.2%, nbody +2.8%: more sites with feedback are compiled in full; vm/NOTES.md
// "h28-float"). The flag is in V8's code-cache flag hash: bin/pystm.js sets it (same env test,
// same string) before it reads its cache, and a run with it rejects and rewrites a cache made
// without it (and the other way round); the snapshot path (bin/pystm) reads no cache on the main
// thread.

/** V8's feedback-allocation budget factor when PYSTM_EARLY_FEEDBACK=1 (bin/pystm.js repeats it). */
export const EARLY_FEEDBACK_FLAG = '--interrupt-budget-factor-for-feedback-allocation=1';

let setFlags: (flags: string) => void = (flags) => {
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString(flags);
};

/** At the VM's start (main thread and workers), before any guest code; true when it set the flag. */
export function allocateFeedbackEarly(env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.PYSTM_EARLY_FEEDBACK !== '1') return false;
  setFlags(EARLY_FEEDBACK_FLAG);
  return true;
}

/** Tests: observe the flag strings instead of setting V8 flags. */
export function setFeedbackFlagSetterForTest(f: (flags: string) => void): void { setFlags = f; }
