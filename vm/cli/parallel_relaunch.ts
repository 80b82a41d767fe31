// vm/cli/parallel_relaunch.ts: runs the program again on the parallel build. The launchers chose
// the barrier-free bundle for a main script that names no threading module; when a local module
// it imports does (thread_scan.ts), this process has run nothing of the program yet and hands it
// to `bin/pystm --workers N` (the parallel build, as if the user had asked for it), waits, and
// exits as it did. Costs one more start-up (~60 ms) for those programs only.
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { defaultWorkerCount } from '../workers/pool';

/** The launchers' internal option (args.ts): first among the arguments when they put it there. */
const AUTO_FLAG = '--auto-single-threaded';

/** Runs `args` (this process's own, without the launcher's flag) on the parallel build: its exit
 *  status, or the signal that ended it raised here again. */
export function relaunchParallel(args: readonly string[], writeErr: (s: string) => void): number {
  const rest = args[0] === AUTO_FLAG ? args.slice(1) : [...args]; // (a guest argument of that name stays)
  const workers = ['--workers', String(defaultWorkerCount())];
  // (Ctrl-C reaches the child too, which makes it a KeyboardInterrupt: this one waits for it)
  process.on('SIGINT', () => {});
  const root = path.resolve(__dirname, '..');
  let r = spawnSync(path.join(root, 'bin', 'pystm'), [...workers, ...rest], { stdio: 'inherit' });
  if (r.error !== undefined) {
    // (no usable sh launcher: the same node, the loader without the snapshot)
    r = spawnSync(process.execPath, [path.join(root, 'bin', 'pystm.js'), ...workers, ...rest], { stdio: 'inherit' });
  }
  if (r.error !== undefined) {
    writeErr(`pystm: cannot start the parallel build: ${r.error.message}\n`);
    return 70;
  }
  if (r.signal !== null) {
    process.removeAllListeners('SIGINT');
    process.kill(process.pid, r.signal);
  }
  return r.status ?? 70;
}
