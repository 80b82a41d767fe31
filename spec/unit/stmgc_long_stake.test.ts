// A long transaction waits for a lock before it gives way (stmgc/txn_contention.ts `patience`):
// on two real worker_threads, worker 1 (the holder, older by slot) locks an object; worker 2
// (younger) runs RAN ms in its transaction, then reads the object while the holder keeps it
// HOLD ms more. A transaction that ran 40 ms waits (a quarter of it: 10 ms) and commits with the
// holder's value; one that ran nothing gives way after waitMicros, as before (it aborts). Before
// 2026-12-05 age alone decided, and dict_merge's 1.3 s sorts were thrown away this way.
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import { Worker } from 'node:worker_threads';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { FIRST_VM_TYPE, addRoot, allocate, attachHeap, createHeap, mem, tagInt, txBegin, txCommit } from '../../stmgc/index';
import { patience, txConfig } from '../../stmgc/txn_contention';

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
import * as g from './stmgc/index';
const { sab, ctl: ctlBuf, slot, root, ran, hold } = workerData;
const ctl = new Int32Array(ctlBuf);
g.attachHeap(sab, slot);
const spin = (ms) => { const t = performance.now() + ms; while (performance.now() < t); };
let out = { value: -1, aborted: '', committed: false };
if (slot === 1) {
  g.txBegin();
  g.storeField(g.getRoot(root), 0, g.tagInt(7)); // locked until the commit
  Atomics.store(ctl, 0, 1); Atomics.notify(ctl, 0);
  Atomics.wait(ctl, 1, 0); // the reader is about to read
  spin(hold);
  out.committed = g.txCommit();
} else {
  Atomics.wait(ctl, 0, 0);
  g.txBegin();
  spin(ran);
  Atomics.store(ctl, 1, 1); Atomics.notify(ctl, 1);
  try {
    out.value = g.untagInt(g.loadField(g.getRoot(root), 0));
    out.committed = g.txCommit();
  } catch (e) {
    if (!(e instanceof g.TxAborted)) throw e;
    out.aborted = e.reason;
    g.txAbort();
  }
}
g.detachHeap();
parentPort.postMessage(out);
`;

function bundleWorker(): string {
  const root = path.resolve(__dirname, '..', '..');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-stake-')), 'worker.js');
  buildSync({
    stdin: { contents: WORKER_SOURCE, resolveDir: root, loader: 'ts' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
  });
  return out;
}

interface Out { value: number; aborted: string; committed: boolean }
function run(file: string, data: Record<string, unknown>): Promise<Out> {
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: data });
    w.once('message', resolve);
    w.once('error', reject);
    w.once('exit', (code) => { if (code !== 0) reject(new Error(`worker exited with ${code}`)); });
  });
}

/** The holder (slot 1) and the reader (slot 2) on one fresh heap; the reader's outcome. */
async function scenario(file: string, ran: number, hold: number): Promise<{ holder: Out; reader: Out }> {
  const sab = createHeap({ heapBytes: 16 << 20, maxWorkers: 3, nurseryBytes: 256 << 10, rootSlots: 64 });
  attachHeap(sab, 0);
  txBegin();
  const o = allocate(FIRST_VM_TYPE, 2, 2);
  mem[o + 2] = tagInt(1);
  const root = addRoot(o);
  expect(txCommit()).toBe(true);
  const ctl = new SharedArrayBuffer(8);
  const [holder, reader] = await Promise.all([1, 2].map((slot) => run(file, { sab, ctl, slot, root, ran, hold })));
  return { holder, reader };
}

describe('a long transaction waits before it gives way', () => {
  it('patience: the base wait for short transactions, a capped share of the run time for long ones', () => {
    expect(patience(200, 1)).toBe(200);
    expect(patience(200, txConfig.stakeAfterMs)).toBe(200);
    expect(patience(200, 40)).toBe(40_000 * txConfig.stakeFraction);
    expect(patience(10_000, 21)).toBe(10_000); // never below the base
    expect(patience(200, 1e6)).toBe(txConfig.stakeMaxMicros);
  });

  it('a younger transaction that ran 40 ms waits for the holder and commits its value', async () => {
    const file = bundleWorker();
    const { holder, reader } = await scenario(file, 40, 3);
    expect(holder.committed).toBe(true);
    expect(reader.aborted).toBe('');
    expect(reader.value).toBe(7);
    expect(reader.committed).toBe(true);
  }, 30_000);

  it('a younger transaction that ran nothing still gives way', async () => {
    const file = bundleWorker();
    const { holder, reader } = await scenario(file, 0, 100);
    expect(holder.committed).toBe(true);
    expect(reader.aborted).toBe('younger transaction gives way');
  }, 30_000);
});
