// Several JS threads on one heap: worker_threads attach to the SAB created by the main thread,
// each as its own worker slot, and allocate at the same time (own nursery, own free lists, the
// shared page allocator under its lock, the shared root table), running their own minor
// collections. Major collections they request are stop-the-world ones (stmgc/gc_stw.ts: the
// main thread idles meanwhile). The main thread then finds every object intact and the heap
// consistent, and a major collection of its own keeps exactly the rooted lists.
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import {
  G_MAJOR_REQUESTED, G_STW_COUNT, G_STW_TIMEOUTS, stwIdleEnter, stwIdleLeave, attachHeap, collectGarbage, createHeap, getRoot, mem, objectType, readStats, removeRoot,
  untagInt, verifyHeap,
} from '../../stmgc/index';

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
import * as g from './stmgc/index';
const { sab, slot, n } = workerData;
g.attachHeap(sab, slot);
const root = g.addRoot(0);
const spare = g.addRoot(0);
for (let i = 0; i < n; i++) {
  const r = i % 5 === 0 ? g.allocateOld(40, 3, 2) : g.allocate(40, 3 + (i % 40), 2);
  g.storeField(r, 0, g.getRoot(root));
  g.storeField(r, 1, g.tagInt(i));
  g.mem[r + 4] = slot;
  g.setRoot(root, r);
  if (i % 7 === 0) g.setRoot(spare, g.allocate(41, 100 + (i % 2000), 0)); // garbage, some large
  g.safePoint();
}
g.setRoot(spare, 0);
g.collectAtSafePoint();
const st = g.readStats(slot);
g.removeRoot(spare);
g.detachHeap();
parentPort.postMessage({ root, minors: st.minorCollections, majors: st.majorCollections });
`;

function bundleWorker(): string {
  const root = path.resolve(__dirname, '..', '..');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-w-')), 'worker.js');
  buildSync({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
  });
  return out;
}

function run(file: string, sab: SharedArrayBuffer, slot: number, n: number): Promise<{ root: number; minors: number; majors: number }> {
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: { sab, slot, n } });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => { if (code !== 0) reject(new Error(`worker exited with ${code}`)); });
  });
}

describe('stmgc with several workers', () => {
  it('workers attach to the same SAB and allocate in parallel', async () => {
    const sab = createHeap({ heapBytes: 256 << 20, maxWorkers: 3, nurseryBytes: 1 << 20 });
    attachHeap(sab, 0);
    const file = bundleWorker();
    const N = 150_000;
    stwIdleEnter(); // the main thread only waits: a stop-the-world need not wait for it
    const results = await Promise.all([run(file, sab, 1, N), run(file, sab, 2, N)]);
    stwIdleLeave();
    expect(results[0].majors + results[1].majors).toBe(mem[G_STW_COUNT]);
    expect(mem[G_STW_TIMEOUTS]).toBe(0);
    for (const [k, res] of results.entries()) {
      const slot = k + 1;
      expect(res.minors).toBeGreaterThan(3);
      let r = getRoot(res.root);
      let bad = 0;
      for (let i = N - 1; i >= 0; i--) {
        if (objectType(r) !== 40 || untagInt(mem[r + 3]) !== i || mem[r + 4] !== slot) bad++;
        r = mem[r + 2];
      }
      expect(bad).toBe(0);
      expect(r).toBe(0);
      expect(readStats(slot).allocatedBytes).toBeGreaterThan(N * 16);
    }
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    collectGarbage(); // the workers detached: a direct major collection
    expect(mem[G_MAJOR_REQUESTED]).toBe(0);
    expect(readStats(0).majorCollections).toBe(1);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    expect(objectType(getRoot(results[0].root))).toBe(40);
    for (const res of results) removeRoot(res.root);
    collectGarbage();
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });
});
