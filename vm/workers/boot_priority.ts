// vm/workers/boot_priority.ts: a pool worker spawned early (pool.ts prespawnThreadPool) boots at
// a low OS priority until the main thread lets it attach. Its boot (the bootstrap replay on a
// private heap, 0.1-0.2 s of CPU) runs while the main thread imports and runs the program's
// first lines; on 2 cores it shares the second one with V8's compiles of the main isolate (run()
// at first), so the main thread ran unoptimized longer than at 1 worker: about half of what a
// short threaded program lost at 2 workers (bench/NOTES.md "h18-par"). At nice 10 the boot takes
// what the main isolate's helpers leave. Only where the priority can be put back (root, or an
// RLIMIT_NICE that allows it): a pool worker left at nice 10 would lose its core to every
// compile. Linux only (/proc/thread-self; elsewhere nothing changes). PYSTM_BOOT_NICE=N sets the
// boot's nice (0: off).
import * as fs from 'node:fs';
import * as os from 'node:os';

const DEFAULT_BOOT_NICE = 10;

/** Whether this process may set a thread's nice back to `nice` after raising it. */
function mayRestore(nice: number): boolean {
  if (typeof process.getuid === 'function' && process.getuid() === 0) return true;
  const m = /^Max nice priority\s+(\d+)/m.exec(fs.readFileSync('/proc/self/limits', 'utf8'));
  return m !== null && 20 - Number(m[1]) <= nice;
}

/** Lowers this thread's priority for its boot: returns what restoreBootPriority needs (null:
 *  nothing was changed). */
export function lowerBootPriority(): { tid: number; nice: number } | null {
  const want = Number(process.env.PYSTM_BOOT_NICE ?? DEFAULT_BOOT_NICE);
  if (!(want > 0)) return null;
  try {
    const tid = Number(fs.readlinkSync('/proc/thread-self').split('/').pop());
    if (!(tid > 0)) return null;
    const nice = os.getPriority(tid);
    if (want <= nice || !mayRestore(nice)) return null;
    os.setPriority(tid, Math.min(19, want));
    return { tid, nice };
  } catch {
    return null;
  }
}

/** Back to the priority the thread had (the worker is about to run guest threads). */
export function restoreBootPriority(saved: { tid: number; nice: number } | null): void {
  if (saved === null) return;
  try {
    os.setPriority(saved.tid, saved.nice);
  } catch {
    // (checked by mayRestore: not expected)
  }
}
