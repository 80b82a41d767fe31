// The calling JS thread's own CPU time in milliseconds (the scheduler's fair share charges it:
// vm/interp/sched_fair.ts). Node 20 has no per-thread CPU clock (process.cpuUsage is the whole
// process's), so on Linux it is the first field of /proc/thread-self/schedstat (nanoseconds on a
// CPU), read with one pread of a descriptor this JS thread opens at its first call (~4-6 us);
// elsewhere, or if that file cannot be read, the wall clock (performance.now()): time descheduled
// by the host then counts as run.
import { openSync, readSync } from 'node:fs';

let fd = -1; // -1: not opened yet; -2: unavailable (wall clock)
const buf = new Uint8Array(64);

export function threadCpuMs(): number {
  if (fd === -1) {
    try {
      fd = openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      fd = -2;
    }
  }
  if (fd >= 0) {
    try {
      const n = readSync(fd, buf, 0, buf.length, 0);
      let ns = 0;
      let i = 0;
      for (; i < n; i++) {
        const c = buf[i];
        if (c < 48 || c > 57) break;
        ns = ns * 10 + (c - 48);
      }
      if (i > 0) return ns / 1e6;
    } catch {
      // (fall through: the wall clock from now on)
    }
    fd = -2;
  }
  return performance.now();
}
