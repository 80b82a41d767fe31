// The JIT's barrier source fragments (stmgc/barrier_templates.ts) behave as the barriers in
// stmgc/barriers.ts, in both builds: a function generated with new Function from the fragments
// and the same walk through the real barriers leave the heap in the same state (STM words, GC
// bits, remembered set, slow-path counts), and the fragments refuse non-identifiers.
import { describe, expect, it, vi } from 'vitest';

type Mods = [typeof import('../../stmgc/index'), typeof import('../../stmgc/barrier_templates'), typeof import('../../stmgc/barriers')];

async function load(stm: boolean): Promise<Mods> {
  vi.resetModules();
  (globalThis as { __PYSTM_STM__?: boolean }).__PYSTM_STM__ = stm;
  try {
    return [await import('../../stmgc/index'), await import('../../stmgc/barrier_templates'), await import('../../stmgc/barriers')];
  } finally {
    delete (globalThis as { __PYSTM_STM__?: boolean }).__PYSTM_STM__;
  }
}

for (const stm of [true, false]) {
  describe(`stmgc barrier templates (${stm ? 'STM' : 'single-threaded'} build)`, () => {
    it('generated code does what the barriers do', async () => {
      const [g, t, b] = await load(stm);
      const T = g.FIRST_VM_TYPE;
      const state = (objs: number[]): number[] => objs.flatMap((o) => [g.mem[o], g.mem[o + 1], g.mem[o + 2]]);
      const build = (n: number): number[] => {
        const slot = g.addRoot(0);
        for (let i = 0; i < n; i++) {
          const o = g.allocate(T, 2, 2);
          g.storeField(o, 0, g.getRoot(slot));
          g.setRoot(slot, o);
        }
        g.collectGarbage();
        const objs: number[] = [];
        for (let o = g.getRoot(slot); o !== 0; o = g.mem[o + 2]) objs.push(o);
        return objs;
      };
      const body = `
        let n = 0;
        for (let o = head; o !== 0; o = mem[o + 2]) {
          ${t.readBarrierSource(stm, 'o')}
          if (${t.writableOfTypeSource(stm, 'o', T)}) n++;
          ${t.writeBarrierSource(stm, 'o')}
          mem[o + 3] = mem[o + 3] + 2;
        }
        return n;`;
      // eslint-disable-next-line @typescript-eslint/no-implied-eval
      const jitted = new Function(...t.BARRIER_ENV, 'head', body) as (...a: unknown[]) => number;
      const run = (objs: number[]): number => {
        const env = t.barrierEnv();
        return jitted(...t.BARRIER_ENV.map((k) => env[k]), objs[0]);
      };
      const interp = (objs: number[]): number => {
        let n = 0;
        for (let o = objs[0]; o !== 0; o = g.mem[o + 2]) {
          b.readBarrier(o);
          if (b.isWritableOfType(o, T)) n++;
          b.writeBarrier(o);
          g.mem[o + 3] = g.mem[o + 3] + 2;
        }
        return n;
      };
      g.attachHeap(g.createHeap({ heapBytes: 32 << 20, maxWorkers: 1 }), 0);
      const a = build(50);
      g.mem[a[7] + 1] = 3; // a version newer than the snapshot (STM: read slow path)
      const r1 = [run(a), run(a)];
      const s1 = [state(a), b.remembered.length, g.readStats(0).writeBarrierSlow, g.readStats(0).readBarrierSlow];
      g.attachHeap(g.createHeap({ heapBytes: 32 << 20, maxWorkers: 1 }), 0);
      const c = build(50);
      expect(c).toEqual(a); // same addresses in a fresh heap
      g.mem[c[7] + 1] = 3;
      const r2 = [interp(c), interp(c)];
      const s2 = [state(c), b.remembered.length, g.readStats(0).writeBarrierSlow, g.readStats(0).readBarrierSlow];
      expect(r1).toEqual(r2);
      expect(r1).toEqual([0, 50]);
      expect(s1).toEqual(s2);
      expect(s1[1]).toBe(50);
      expect(s1[3]).toBe(stm ? 1 : 0);
      expect(t.readBarrierSource(stm, 'x') === '').toBe(!stm);
      expect(() => t.writeBarrierSource(stm, 'o); evil(')).toThrow(/not an identifier/);
    });
  });
}
