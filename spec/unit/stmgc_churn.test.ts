// Bounded memory under churn: a program that allocates >= 2 GB in total while keeping < 20 MB
// live must run to completion in a 64 MB heap. It mimics an interpreter: objects of mixed sizes
// (some large) replace entries of a rooted table (old-to-young writes through the barrier), new
// objects point to live ones (young-to-old), and safePoint() runs between "bytecodes".
// The heap code runs from an esbuild bundle, as in pystm itself: under vitest's module runner
// every cross-module binding is a getter, which makes this loop ~30x slower than in the product.
import { describe, expect, it } from 'vitest';
import { buildSync } from 'esbuild';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

type Stmgc = typeof import('../../stmgc/index') & typeof import('../../stmgc/pages') & { oldPages(): number };

function loadBundledStmgc(): Stmgc {
  const root = path.resolve(__dirname, '..', '..');
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stmgc-')), 'stmgc.js');
  buildSync({
    stdin: {
      contents: "export * from './stmgc/index'; export { usedPages } from './stmgc/pages';" +
        "import { oldPages as p } from './stmgc/heap'; export function oldPages() { return p; }",
      resolveDir: root, loader: 'ts',
    },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, logLevel: 'error',
  });
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require(out) as Stmgc;
}

const OBJ = 20;

describe('stmgc churn', () => {
  it('allocates 2 GB through a 64 MB heap with < 20 MB live', () => {
    const g = loadBundledStmgc();
    const {
      SCAN_ALL, addRoot, allocate, attachHeap, createHeap, getRoot, objectType, objectWords, readStats, safePoint,
      storeField, verifyHeap, usedPages,
    } = g;
    attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 1 }), 0);
    const SLOTS = 16384;
    const table = allocate(OBJ, SLOTS, SCAN_ALL); // large object, old from birth
    const tableSlot = addRoot(table);
    const mem = g.mem; // fixed until the next attachHeap
    const ids = new Int32Array(SLOTS); // what each table entry should hold (0 = nothing)
    let seed = 12345;
    const rnd = (): number => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 8;
    let total = 0;
    let id = 0;
    let maxUsedPages = 0;
    let liveWords = 0;
    const entryWords = new Int32Array(SLOTS);
    while (total < 2.1e9) {
      // one "bytecode": allocate, link, store
      const r = rnd();
      const payload = r % 100 === 0 ? 1200 + (r % 3000) : 5 + (r % 160);
      const o = allocate(OBJ, payload, 2);
      if (o === 0) throw new Error(`out of memory after ${total} bytes`); // (expect() per object is too slow)
      id++;
      const t = getRoot(tableSlot);
      const slot = rnd() % SLOTS;
      storeField(o, 0, mem[t + 2 + (rnd() % SLOTS)]); // point to some live entry (or NULL)
      mem[o + 4] = id; // raw payload: identity and length
      mem[o + 5] = payload;
      mem[o + 1 + payload] = ~id; // last payload word
      storeField(t, slot, o);
      liveWords += objectWords(o) - entryWords[slot];
      entryWords[slot] = objectWords(o);
      ids[slot] = id;
      total += objectWords(o) * 4;
      if ((id & 63) === 0) {
        const u = usedPages();
        if (u > maxUsedPages) maxUsedPages = u;
        if (liveWords * 4 >= 20e6) throw new Error(`live data ${liveWords * 4} bytes`);
      }
      safePoint();
    }
    safePoint();
    const st = readStats(0);
    expect(st.allocatedBytes).toBeGreaterThan(2e9);
    expect(st.minorCollections).toBeGreaterThan(100);
    expect(st.majorCollections).toBeGreaterThan(5);
    expect(st.outOfMemory).toBe(0);
    expect(maxUsedPages).toBeLessThan(g.oldPages());
    // every table entry holds the object last stored there
    const t = getRoot(tableSlot);
    for (let s = 0; s < SLOTS; s++) {
      const e = mem[t + 2 + s];
      if (ids[s] === 0) { expect(e).toBe(0); continue; }
      expect(objectType(e)).toBe(OBJ);
      expect(mem[e + 4]).toBe(ids[s]);
      expect(mem[e + 1 + mem[e + 5]]).toBe(~ids[s]);
    }
    expect(verifyHeap()).toEqual([]);
  }, 300_000); // (12.8 s alone; 80-99 s in full-suite runs at load 7-37: one JS thread's CPU, a bounded loop)
});
