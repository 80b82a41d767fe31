// Barriers in both builds. The STM build (the default) compares the STM word with this worker's
// lock; the single-threaded build (STM_BUILD folded to false) has no read barrier and only the
// generational GC_WB test. Each build is loaded fresh with `__PYSTM_STM__` set on globalThis,
// as esbuild's define does in the bundles; the bundled single-threaded build is checked to
// contain no STM test at all.
import { describe, expect, it, vi } from 'vitest';
import { buildSync } from 'esbuild';
import * as path from 'node:path';

type Stmgc = typeof import('../../stmgc/index');

async function loadBuild(stm: boolean): Promise<Stmgc> {
  vi.resetModules();
  (globalThis as { __PYSTM_STM__?: boolean }).__PYSTM_STM__ = stm;
  try {
    return await import('../../stmgc/index');
  } finally {
    delete (globalThis as { __PYSTM_STM__?: boolean }).__PYSTM_STM__;
  }
}

function exercise(g: Stmgc, T: number): void {
  g.attachHeap(g.createHeap({ heapBytes: 32 << 20, maxWorkers: 2 }), 1);
  const young = g.allocate(T, 2, 2);
  const s0 = g.readStats(1).writeBarrierSlow;
  g.storeField(young, 0, g.tagInt(1)); // young: fast path in both builds
  expect(g.readStats(1).writeBarrierSlow).toBe(s0);
  const slot = g.addRoot(young);
  g.collectGarbage();
  const old = g.getRoot(slot);
  expect(g.isOld(old)).toBe(true);
  expect(g.mem[old] & g.GC_WB).toBe(g.GC_WB);
  expect(g.mem[old + g.HDR_STM]).toBe(0); // version 0
  g.readBarrier(old);
  expect(g.loadField(old, 0)).toBe(g.tagInt(1));
  expect(g.isWritableOfType(old, T)).toBe(false); // barrier work due
  expect(g.readStats(1).readBarrierSlow).toBe(0);
  g.storeField(old, 1, g.allocate(T, 2, 2));
  g.storeField(old, 0, g.tagInt(2));
  g.storeField(old, 0, g.tagInt(3));
  expect(g.readStats(1).writeBarrierSlow).toBe(s0 + 1); // once per object per cycle
  expect(g.isWritableOfType(old, T)).toBe(true);
  expect(g.isWritableOfType(old, T + 1)).toBe(false);
  expect(g.isWritableOfType(g.allocate(T, 1, 1), T)).toBe(true);
  expect(g.mem[old] & g.GC_WB).toBe(0);
  g.collectAtSafePoint();
  expect(g.mem[old] & g.GC_WB).toBe(g.GC_WB);
  expect(g.mem[old + g.HDR_STM]).toBe(0);
  expect(g.isOld(g.mem[old + 3])).toBe(true);
  expect(g.verifyHeap({ nurseryEmpty: true })).toEqual([]);
}

describe('stmgc barriers', () => {
  it('STM build: objects of this transaction carry its lock, first writes lock old objects', async () => {
    const g = await loadBuild(true);
    expect(g.STM_BUILD).toBe(true);
    const T = g.FIRST_VM_TYPE;
    exercise(g, T);
    const lock = g.LOCK_BASE + 1;
    const y = g.allocate(T, 2, 2);
    expect(g.mem[y + g.HDR_STM]).toBe(lock);
    const o = g.allocateOld(T, 2, 2);
    expect(g.mem[o + g.HDR_STM]).toBe(lock);
    const slot = g.addRoot(o);
    g.collectGarbage();
    expect(g.mem[o + g.HDR_STM]).toBe(0);
    g.storeField(o, 0, g.tagInt(5));
    expect(g.mem[o + g.HDR_STM]).toBe(lock); // "locked" by this worker until the commit
    g.collectAtSafePoint();
    expect(g.mem[o + g.HDR_STM]).toBe(0);
    // an object locked by another worker, or newer than the snapshot, takes the slow read path
    g.mem[o + g.HDR_STM] = g.LOCK_BASE + 0;
    g.readBarrier(o);
    g.mem[o + g.HDR_STM] = 7;
    g.readBarrier(o);
    expect(g.readStats(1).readBarrierSlow).toBe(2);
    g.mem[o + g.HDR_STM] = 0;
    g.removeRoot(slot);
  });

  it('single-threaded build: no read barrier, generational write barrier only', async () => {
    const g = await loadBuild(false);
    expect(g.STM_BUILD).toBe(false);
    const T = g.FIRST_VM_TYPE;
    exercise(g, T);
    const y = g.allocate(T, 2, 2);
    expect(g.mem[y + g.HDR_STM]).toBe(0);
    const o = g.getRoot(0);
    g.mem[o + g.HDR_STM] = g.LOCK_BASE; // never looked at
    g.readBarrier(o);
    expect(g.readStats(1).readBarrierSlow).toBe(0);
  });

  it('the bundled single-threaded build folds the STM checks away', () => {
    const root = path.resolve(__dirname, '..', '..');
    const build = (stm: boolean): string => buildSync({
      entryPoints: [path.join(root, 'stmgc', 'barriers.ts')], bundle: true, platform: 'node', format: 'esm',
      write: false, minifySyntax: true, define: { __PYSTM_STM__: String(stm) }, logLevel: 'error',
    }).outputFiles[0].text;
    const fnBody = (src: string, name: string): string => {
      const m = new RegExp(`function ${name}\\([^)]*\\)\\s*\\{([^}]*)\\}`).exec(src);
      if (!m) throw new Error(`${name} not found`);
      return m[1];
    };
    const st = build(false);
    expect(fnBody(st, 'readBarrier')).not.toMatch(/mem|txSnapshot|readSlow/); // at most a leftover `!1;`
    expect(fnBody(st, 'writeBarrier')).not.toMatch(/txLock/);
    expect(fnBody(st, 'writeBarrier')).toMatch(/134217728|GC_WB/);
    const stm = build(true);
    expect(fnBody(stm, 'readBarrier')).toMatch(/txSnapshot/);
    expect(fnBody(stm, 'writeBarrier')).toMatch(/txLock/);
  });
});
