// An inevitable transaction among long lock holders, on real worker_threads (stress, randomized by
// the timing): each worker runs transactions that write its own object in two halves (field 0,
// then a long stretch of work that polls but does not commit when asked, as a sort with a key
// function in the VM, then field 1 = 2 * field 0), and move one unit between two shared accounts.
// Every few transactions a worker becomes inevitable in the middle and then reads every other
// worker's object: since becoming inevitable no longer aborts the other lock holders
// (stmgc/txn_inevitable.ts), those reads meet holders mid-transaction, and the contention path
// must take the object back (the holder aborts) before the inevitable transaction sees it.
// Checked: the inevitable reads never see half a transaction (field 1 = 2 * field 0), no update
// is lost or doubled (each worker's field 0 = its commits), the accounts' total is conserved,
// nothing stays locked, the heap verifies.
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIRST_VM_TYPE, LOCK_BASE, addRoot, allocate, attachHeap, createHeap, getRoot, mem, readTxStats, tagInt, txBegin, txCommit, untagInt, verifyHeap } from '../../stmgc/index';

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
import * as g from './stmgc/index';
import { pollTx } from './stmgc/txn';
const { sab, slot, n, own, accounts, T } = workerData;
g.attachHeap(sab, slot);
g.setTxConfig({ waitMicros: 100, inevitableWaitMicros: 5000, escalateAfter: 8, backoffMaxMicros: 200 });
let seed = slot * 7919 + 17;
const rand = (k) => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % k; };
let torn = 0, crossReads = 0, sink = 0;
for (let i = 0; i < n; i++) {
  const inevitable = rand(6) === 0;
  const work = 2000 + rand(20000);
  const a = rand(accounts.length), b = rand(accounts.length);
  g.atomically(() => {
    const p = g.getRoot(own[slot]);
    const c = g.untagInt(g.loadField(p, 0));
    g.storeField(p, 0, g.tagInt(c + 1)); // the first half, in place
    if (inevitable) g.becomeInevitable();
    for (let k = 0; k < work; k++) {
      if ((k & 31) === 0) pollTx(); // an abort request throws; a commit-soon request is ignored
      sink = (sink * 31 + k) | 0;
    }
    g.storeField(p, 1, g.tagInt(2 * (c + 1)));
    if (a !== b) {
      const x = g.getRoot(accounts[a]), y = g.getRoot(accounts[b]);
      const vx = g.untagInt(g.loadField(x, 0)), vy = g.untagInt(g.loadField(y, 0));
      g.storeField(x, 0, g.tagInt(vx - 1));
      g.storeField(y, 0, g.tagInt(vy + 1));
    }
    if (inevitable) {
      for (let v = 0; v < own.length; v++) {
        if (v === slot) continue;
        const q = g.getRoot(own[v]);
        const f0 = g.untagInt(g.loadField(q, 0)), f1 = g.untagInt(g.loadField(q, 1));
        crossReads++;
        if (f1 !== 2 * f0) torn++;
      }
    }
  });
}
const st = g.readTxStats(slot);
g.detachHeap();
parentPort.postMessage({ torn, crossReads, commits: st.commits, aborts: st.totalAborts, inevitable: st.inevitable, sink });
`;

function bundleWorker(): string {
  const root = path.resolve(__dirname, '..', '..');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-inev-')), 'worker.js');
  buildSync({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
  });
  return out;
}

interface Result { torn: number; crossReads: number; commits: number; aborts: number; inevitable: number }
function run(file: string, data: Record<string, unknown>): Promise<Result> {
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: data });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => { if (code !== 0) reject(new Error(`worker exited with ${code}`)); });
  });
}

describe('stmgc: an inevitable transaction among long lock holders, on real workers', () => {
  for (const workers of [2, 3]) {
    it(`${workers} workers: inevitable reads never see half a transaction, no lost update, totals conserved`, async () => {
      const T = FIRST_VM_TYPE;
      const sab = createHeap({ heapBytes: 64 << 20, maxWorkers: workers + 1, nurseryBytes: 256 << 10, rootSlots: 256 });
      attachHeap(sab, workers); // the main thread uses the last slot for setup
      const own: number[] = [];
      const accounts: number[] = [];
      txBegin();
      for (let w = 0; w < workers; w++) {
        const o = allocate(T, 2, 2);
        mem[o + 2] = tagInt(0);
        mem[o + 3] = tagInt(0);
        own.push(addRoot(o));
      }
      for (let i = 0; i < 4; i++) {
        const o = allocate(T, 1, 1);
        mem[o + 2] = tagInt(1000);
        accounts.push(addRoot(o));
      }
      expect(txCommit()).toBe(true);
      const n = 600;
      const results = await Promise.all(Array.from({ length: workers }, (_, slot) => run(bundleWorker(), { sab, slot, n, own, accounts, T })));
      for (let w = 0; w < workers; w++) {
        const o = getRoot(own[w]);
        expect([untagInt(mem[o + 2]), untagInt(mem[o + 3])]).toEqual([n, 2 * n]);
        expect(mem[o + 1]).toBeLessThan(LOCK_BASE);
        expect(readTxStats(w).commits).toBe(n);
      }
      expect(accounts.reduce((s, r) => s + untagInt(mem[getRoot(r) + 2]), 0)).toBe(4000);
      expect(results.reduce((s, r) => s + r.torn, 0)).toBe(0);
      expect(results.reduce((s, r) => s + r.crossReads, 0)).toBeGreaterThan(0);
      expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
      console.log(`${workers} workers: ${results.map((r) => `${r.commits} commits ${r.aborts} aborts ${r.inevitable} inevitable`).join('; ')}`);
    }, 120_000);
  }
});
