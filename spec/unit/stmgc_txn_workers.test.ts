// Transactions on real worker_threads with the real barriers: 2-4 workers attach to one heap and
// run many small transactions over a few shared objects: increment a counter (no lost update),
// hang a freshly allocated child holding the new value on it (commit's minor collection under
// concurrency), transfer one unit between two accounts (the total is conserved), and now and then
// become inevitable. Contention (waits, abort requests, backoff, escalation) happens for real.
// The main thread then checks every invariant against what the workers say they committed.
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  FIRST_VM_TYPE, addRoot, attachHeap, createHeap, getRoot, mem, readTxStats, tagInt, untagInt, verifyHeap,
  txBegin, txCommit, allocate,
} from '../../stmgc/index';

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
import * as g from './stmgc/index';
const { sab, slot, n, roots, T } = workerData;
g.attachHeap(sab, slot);
g.setTxConfig({ waitMicros: 100, inevitableWaitMicros: 5000, escalateAfter: 8, backoffMaxMicros: 200 });
let seed = slot * 7919 + 1;
const rand = (k) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k; };
const counts = new Array(roots.length).fill(0);
for (let i = 0; i < n; i++) {
  const c = rand(roots.length);
  const d = rand(roots.length);
  g.atomically(() => {
    const o = g.getRoot(roots[c]);
    const v = g.untagInt(g.loadField(o, 0));
    const kid = g.allocate(T, 2, 2);
    g.mem[kid + 2] = g.tagInt(v + 1);
    g.storeField(o, 0, g.tagInt(v + 1));
    g.storeField(o, 1, kid);
    if (c !== d) {
      const a = g.getRoot(roots[d]);
      const x = g.untagInt(g.loadField(o, 2));
      const y = g.untagInt(g.loadField(a, 2));
      g.storeField(o, 2, g.tagInt(x - 1));
      g.storeField(a, 2, g.tagInt(y + 1));
    }
    if (i % 61 === 0) g.becomeInevitable();
  });
  counts[c]++;
}
const st = g.readTxStats(slot);
g.detachHeap();
parentPort.postMessage({ counts, commits: st.commits, aborts: st.totalAborts, inevitable: st.inevitable });
`;

function bundleWorker(): string {
  const root = path.resolve(__dirname, '..', '..');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-tx-')), 'worker.js');
  buildSync({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
  });
  return out;
}

interface Result { counts: number[]; commits: number; aborts: number; inevitable: number }
function run(file: string, data: Record<string, unknown>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: data });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => { if (code !== 0) reject(new Error(`worker exited with ${code}`)); });
  });
}

describe('stmgc transactions on real workers', () => {
  for (const workers of [2, 4]) {
    it(`${workers} workers: no lost update, totals conserved, children consistent`, async () => {
      const T = FIRST_VM_TYPE;
      const sab = createHeap({ heapBytes: 64 << 20, maxWorkers: workers + 1, nurseryBytes: 256 << 10, rootSlots: 256 });
      attachHeap(sab, workers); // the main thread uses the last slot for setup
      const N_OBJ = 5;
      const roots: number[] = [];
      txBegin();
      for (let i = 0; i < N_OBJ; i++) {
        const o = allocate(T, 3, 3);
        mem[o + 2] = tagInt(0);
        mem[o + 4] = tagInt(1000);
        roots.push(addRoot(o));
      }
      expect(txCommit()).toBe(true);
      const file = bundleWorker();
      const n = workers === 2 ? 4000 : 2000;
      const t0 = performance.now();
      const results = await Promise.all(Array.from({ length: workers }, (_, slot) => run(file, { sab, slot, n, roots, T })));
      const ms = performance.now() - t0;
      let total = 0;
      for (let i = 0; i < N_OBJ; i++) {
        const o = getRoot(roots[i]);
        const expected = results.reduce((s, r) => s + r.counts[i], 0);
        expect(untagInt(mem[o + 2])).toBe(expected);
        expect(untagInt(mem[mem[o + 3] + 2])).toBe(expected); // the child hung by the last increment
        expect(mem[o + 1]).toBeLessThan(0x7fffff00); // unlocked
        total += untagInt(mem[o + 4]);
      }
      expect(total).toBe(1000 * N_OBJ);
      expect(results.reduce((s, r) => s + r.commits, 0)).toBe(workers * n);
      for (let w = 0; w < workers; w++) expect(readTxStats(w).commits).toBe(n);
      expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
      const aborts = results.reduce((s, r) => s + r.aborts, 0);
      console.log(`${workers} workers: ${workers * n} commits, ${aborts} aborts, ${ms.toFixed(0)} ms`);
    }, 60_000);
  }
});
