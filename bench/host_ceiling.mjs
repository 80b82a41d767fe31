// The host's own parallel ceiling, measured beside the parallel benchmarks: the same pure-JS CPU
// loop (no shared memory, no allocation) run once in 1 worker_thread and once in N at the same
// time. ceiling(N) = N * wall(1) / wall(N): the speedup a perfectly parallel program could show
// on this machine at this minute. On a dedicated 2-core machine it is ~2.0; on a shared one the
// other tenants take their share, and pystm's speedups should be read against it, not against 2.
import { Worker } from 'node:worker_threads';

const LOOP = `
const { parentPort, workerData } = require('node:worker_threads');
let x = 0, y = 0;
for (let i = 0; i < workerData.iters; i++) { const t = x * x - y * y + 0.25; y = 2 * x * y + 0.01; x = t; if (x > 4) x = 0; if (y > 4) y = 0; }
parentPort.postMessage(x + y);
`;

function runWorkers(n, iters) {
  const t0 = performance.now();
  const done = [];
  for (let k = 0; k < n; k++) {
    done.push(new Promise((resolve, reject) => {
      const w = new Worker(LOOP, { eval: true, workerData: { iters } });
      w.once('message', () => resolve());
      w.once('error', reject);
    }));
  }
  return Promise.all(done).then(() => performance.now() - t0);
}

/** ceiling(n) for each n in `counts`: medians of `reps` interleaved runs of about `ms` each. */
export async function hostCeiling(counts, { ms = 300, reps = 5 } = {}) {
  // size the loop so one worker takes about `ms`
  let iters = 2e6;
  for (;;) {
    const t = await runWorkers(1, iters);
    if (t > ms / 4 || iters > 4e9) { iters = Math.round(iters * (ms / t)); break; }
    iters *= 4;
  }
  const times = Object.fromEntries(counts.map((n) => [n, []]));
  for (let r = 0; r < reps; r++) for (const n of new Set([1, ...counts])) (times[n] ??= []).push(await runWorkers(n, iters));
  const med = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  return Object.fromEntries(counts.map((n) => [n, (n * med(times[1])) / med(times[n])]));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const counts = (process.argv[2] || '1,2,4').split(',').map(Number);
  console.log(JSON.stringify(await hostCeiling(counts)));
}
