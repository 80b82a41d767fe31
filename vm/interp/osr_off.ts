// V8's on-stack replacement off for the process, and the driver loop re-entered at every slice
// end: the interpreter loop run() is then optimized only as a function, whose code keeps its
// registers (pc, sp, f, lp...) as int32, while the on-stack-replacement code of a driver loop
// that never returns gets them as tagged values, tested and untagged at every use (~30% more
// machine instructions in the simple cases: vm/NOTES.md "h22-dispatch", "h25-speed"). The
// driver returns at each slice end (sched.ts driverReenters) and is called again at once, which
// is where V8 enters that code. PYSTM_OSR=1 keeps V8's default (OSR on, the driver never
// returns unless PYSTM_REENTER_AFTER says so), to compare.
// The environment is read when the VM starts, not at module load (the start-up snapshot would
// keep the build's value), by the main thread and by each worker (V8's flag is process-wide,
// the re-entry is per JS thread).

let off = false;

/** True once switchOsrOff() turned OSR off (this JS thread's driver loops then re-enter). */
export function osrIsOff(): boolean {
  return off;
}

/** At the VM's start (main thread and workers): OSR off unless PYSTM_OSR=1. */
export function switchOsrOff(): void {
  if (process.env.PYSTM_OSR === '1') return;
  off = true;
  (require('node:v8') as typeof import('node:v8')).setFlagsFromString('--no-use-osr');
}

/** Items per call of a builtin's loop over a big container (list(range), sum, `in`, listItems,
 *  join...): with OSR off V8 optimizes a function only at a call, so such a loop is split into
 *  calls of this many items, and all but its first few chunks run optimized. */
export const LOOP_CHUNK = 4096;
