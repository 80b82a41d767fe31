// Heap creation and allocation: geometry, --heap parsing, headers, every size class in the
// nursery and in old space, large objects, the nursery's soft limit and reserve, out of memory.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  CLASS_OF_GRANULES, G_GC_RESERVE_PAGES, G_OLD_PAGES, G_USED_PAGES, GC_LARGE, GC_OLD, GC_WB, MAX_SMALL_WORDS, NUM_SIZE_CLASSES, PAGE_WORDS, PT_BLOCK,
  SCAN_ALL, SIZE_CLASS_WORDS, addRoot, allocate, allocateOld, attachHeap, collectGarbage, createHeap, f64, getRoot,
  headScan, headType, headWords, isLarge, isOld, isYoung, mem, objectType, objectWords, outOfMemorySinceSafePoint,
  parseHeapSize, readStats, removeRoot, safePoint, safePointRequested, scanWords, setRoot, storeField, tagInt,
  untagInt, verifyHeap, workerSlot,
} from '../../stmgc/index';
import { pageOf, ptA } from '../../stmgc/pages';
import { nurseryTop } from '../../stmgc/alloc';
import { nurseryEnd, nurserySoft, nurseryStart, oldBase, zeroZone } from '../../stmgc/heap';

const T = 10;

function fresh(heapBytes = 64 << 20): void {
  attachHeap(createHeap({ heapBytes, maxWorkers: 1 }), 0);
}

describe('stmgc heap creation', () => {
  it('parses --heap sizes', () => {
    expect(parseHeapSize('256M')).toBe(256 * 1024 * 1024);
    expect(parseHeapSize('2G')).toBe(2 * 1024 ** 3);
    expect(parseHeapSize('65536k')).toBe(64 * 1024 * 1024);
    expect(parseHeapSize('1.5G')).toBe(1.5 * 1024 ** 3);
    expect(parseHeapSize('8G')).toBe(8 * 1024 ** 3);
    expect(parseHeapSize(String(32 * 1024 * 1024))).toBe(32 * 1024 * 1024);
    expect(() => parseHeapSize('9G')).toThrow(RangeError);
    expect(() => parseHeapSize('1M')).toThrow(/out of range/);
    expect(() => parseHeapSize('lots')).toThrow(/invalid heap size/);
  });

  it('lays out regions in order, page aligned, within the SAB', () => {
    const s = createHeap({ heapBytes: 64 << 20, maxWorkers: 2 });
    attachHeap(s, 1);
    expect(workerSlot).toBe(1);
    expect(nurseryStart % PAGE_WORDS).toBe(0);
    expect(oldBase % PAGE_WORDS).toBe(0);
    expect(nurseryStart).toBeLessThan(nurseryEnd);
    expect(nurserySoft).toBeGreaterThan(nurseryStart);
    expect(nurserySoft).toBeLessThan(nurseryEnd);
    expect(oldBase).toBeGreaterThanOrEqual(nurseryEnd);
    expect(s.byteLength).toBe(64 << 20);
    expect(() => attachHeap(s, 2)).toThrow(RangeError);
    expect(() => attachHeap(new SharedArrayBuffer(1 << 20), 0)).toThrow(/not a pystm heap/);
  });

  it('creates a default 1 GiB heap without touching it', () => {
    const before = process.memoryUsage().rss;
    const s = createHeap();
    attachHeap(s, 0);
    expect(s.byteLength).toBe(1024 ** 3);
    // formatting writes the global area, the worker areas and the root table only
    expect(process.memoryUsage().rss - before).toBeLessThan(64 << 20);
  });

  it('has 64 size classes from 2 to 1024 words with bounded waste', () => {
    expect(NUM_SIZE_CLASSES).toBe(64);
    expect(SIZE_CLASS_WORDS[0]).toBe(2);
    expect(SIZE_CLASS_WORDS[NUM_SIZE_CLASSES - 1]).toBe(MAX_SMALL_WORDS);
    for (let g = 1; g <= MAX_SMALL_WORDS / 2; g++) {
      const w = SIZE_CLASS_WORDS[CLASS_OF_GRANULES[g]];
      expect(w).toBeGreaterThanOrEqual(2 * g);
      if (g > 32) expect(w / (2 * g)).toBeLessThan(1.125);
    }
  });
});

describe('stmgc allocation', () => {
  beforeEach(() => fresh());

  it('allocates zeroed objects with a correct header in the nursery', () => {
    const r = allocate(T, 5, 3);
    expect(r % 2).toBe(0);
    expect(isYoung(r)).toBe(true);
    expect(headType(mem[r])).toBe(T);
    expect(headWords(mem[r])).toBe(8);
    expect(headScan(mem[r])).toBe(3);
    expect(objectWords(r)).toBe(8);
    expect(scanWords(r)).toBe(3);
    for (let i = 0; i < 6; i++) expect(mem[r + 2 + i]).toBe(0);
    const all = allocate(T + 1, 4, SCAN_ALL);
    expect(scanWords(all)).toBe(4);
    expect(all).toBe(r + 8);
  });

  it('allocates every size class in the nursery and in old space without overlap', () => {
    const spans: Array<[number, number]> = [];
    for (const kind of ['young', 'old'] as const) {
      for (let k = 0; k < NUM_SIZE_CLASSES; k++) {
        const words = SIZE_CLASS_WORDS[k];
        for (const payload of [words - 2, words - 3]) {
          if (payload < 0) continue;
          const r = kind === 'young' ? allocate(T, payload, 0) : allocateOld(T, payload, 0);
          expect(r).not.toBe(0);
          expect(objectWords(r)).toBe((payload + 3) & ~1);
          expect(isOld(r)).toBe(kind === 'old');
          if (kind === 'old') {
            const a = ptA(pageOf(r) & ~7);
            expect(a & 7).toBe(PT_BLOCK);
            expect(a >>> 3).toBe(CLASS_OF_GRANULES[objectWords(r) >> 1]);
          }
          for (let i = 0; i < payload; i++) {
            expect(mem[r + 2 + i]).toBe(0);
            mem[r + 2 + i] = r ^ i;
          }
          spans.push([r, r + objectWords(r)]);
        }
      }
    }
    spans.sort((a, b) => a[0] - b[0]);
    for (let i = 1; i < spans.length; i++) expect(spans[i][0]).toBeGreaterThanOrEqual(spans[i - 1][1]);
    for (const [r, end] of spans) for (let i = 0; r + 2 + i < end - 1; i++) expect(mem[r + 2 + i]).toBe(r ^ i);
    expect(verifyHeap()).toEqual([]);
  });

  it('puts objects above 4 KiB in their own pages as large objects', () => {
    const r = allocate(T, 5000, SCAN_ALL);
    expect(r).not.toBe(0);
    expect(isLarge(r)).toBe(true);
    expect(isOld(r)).toBe(true);
    expect((r - oldBase) % PAGE_WORDS).toBe(0);
    expect(objectWords(r)).toBe(5002);
    expect(scanWords(r)).toBe(5000);
    expect(mem[r] & (GC_LARGE | GC_OLD)).toBe(GC_LARGE | GC_OLD);
    expect(objectType(r)).toBe(T);
    const small = allocate(T, MAX_SMALL_WORDS - 2, 0);
    expect(isYoung(small)).toBe(true);
    const big = allocate(T, MAX_SMALL_WORDS - 1, 0);
    expect(isLarge(big)).toBe(true);
    expect(verifyHeap()).toEqual([]);
  });

  it('stores floats through the f64 view at even payload offsets', () => {
    const r = allocate(T, 2, 0);
    f64[(r + 2) >> 1] = Math.PI;
    expect(f64[(r + 2) >> 1]).toBe(Math.PI);
    expect(mem[r]).not.toBe(0);
  });

  it('keeps allocating past the soft limit and requests a safe point instead of collecting', () => {
    const first = allocate(T, 2, 2);
    storeField(first, 0, tagInt(1234));
    const objs: number[] = [];
    while (!safePointRequested) objs.push(allocate(T, 62, 0));
    expect(nurseryTop).toBeGreaterThan(nurserySoft);
    // the reserve, then old space: every allocation still succeeds, nothing moved
    let sawOld = false;
    for (let i = 0; i < 20000; i++) {
      const r = allocate(T, 62, 0);
      expect(r).not.toBe(0);
      if (isOld(r)) sawOld = true;
    }
    expect(sawOld).toBe(true);
    expect(untagInt(mem[first + 2])).toBe(1234);
    expect(isYoung(first)).toBe(true);
    const slot = addRoot(first);
    safePoint();
    expect(safePointRequested).toBe(false);
    const moved = getRoot(slot);
    expect(isOld(moved)).toBe(true);
    expect(untagInt(mem[moved + 2])).toBe(1234);
    expect(nurseryTop).toBe(nurseryStart);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    removeRoot(slot);
  });

  it('reports out of memory with 0, never throws, and recovers after a collection', () => {
    // fill old space with rooted large objects, then with rooted small old objects
    const slots: number[] = [];
    let r: number;
    // (large objects of ~65 pages, sized so that the pages left over take 40+ pages of small
    // objects, whatever the heap geometry: the card table's share of the heap moves it)
    const room = mem[G_OLD_PAGES] - mem[G_GC_RESERVE_PAGES] - mem[G_USED_PAGES];
    let pages = 60;
    while (room % pages < 40) pages++;
    while ((r = allocate(T, pages * 1024 - 2, 0)) !== 0) slots.push(addRoot(r));
    expect(outOfMemorySinceSafePoint).toBe(true);
    expect(slots.length).toBeGreaterThan(50);
    // small objects keep coming from the nursery, then fail in old space too
    const chain = allocateOld(T, 1, 1);
    const chainSlot = addRoot(chain);
    let tail = chain;
    let n = 0;
    for (;;) {
      const o = allocateOld(T, 30, 1);
      if (o === 0) break;
      storeField(tail, 0, o);
      tail = o;
      n++;
    }
    expect(allocateOld(T, 30, 1)).toBe(0);
    expect(readStats(0).outOfMemory).toBeGreaterThan(1);
    expect(verifyHeap()).toEqual([]);
    // the program drops its data (as a `except MemoryError` handler would) and goes on
    for (const s of slots) removeRoot(s);
    setRoot(chainSlot, 0);
    removeRoot(chainSlot);
    safePoint();
    expect(outOfMemorySinceSafePoint).toBe(false);
    expect(readStats(0).majorCollections).toBeGreaterThanOrEqual(1);
    expect(mem[G_USED_PAGES]).toBeLessThan(100);
    const again = allocate(T, 64 * 1024, 0);
    expect(again).not.toBe(0);
    expect(allocateOld(T, 30, 1)).not.toBe(0);
    expect(n).toBeGreaterThan(1000);
    collectGarbage();
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('copies a full nursery of survivors from the GC reserve when old space is exhausted', () => {
    const list = addRoot(0);
    let n = 0;
    while (!safePointRequested) {
      const r = allocate(T, 4, 2);
      storeField(r, 0, getRoot(list));
      storeField(r, 1, tagInt(n++));
      setRoot(list, r);
    }
    const big: number[] = [];
    let r: number;
    while ((r = allocate(T, 16 * 1024, 0)) !== 0) big.push(addRoot(r));
    expect(outOfMemorySinceSafePoint).toBe(true);
    safePoint(); // minor collection: survivors go to the reserve; the major frees nothing
    let o = getRoot(list);
    for (let i = n - 1; i >= 0; i--) {
      if (!isOld(o) || untagInt(mem[o + 3]) !== i) throw new Error(`list element ${i} wrong`);
      o = mem[o + 2];
    }
    expect(o).toBe(0);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    for (const s of big) removeRoot(s);
    collectGarbage();
    expect(allocate(T, 16 * 1024, 0)).not.toBe(0);
  });

  it('sets GC_WB on old objects only after a minor collection', () => {
    const o = allocateOld(T, 2, 2);
    expect(mem[o] & GC_WB).toBe(0);
    const slot = addRoot(o);
    safePoint(); // nothing requested: no-op
    collectGarbage();
    expect(mem[getRoot(slot)] & GC_WB).toBe(GC_WB);
    removeRoot(slot);
  });

  it('rejects malformed requests on the slow path', () => {
    expect(() => allocateOld(0, 2, 0)).toThrow(RangeError);
    expect(() => allocateOld(T, -1, 0)).toThrow(RangeError);
    expect(() => allocateOld(T, 2, 32)).toThrow(RangeError);
  });
});

describe('stmgc zeroZone (the nursery emptied by a collection or an abort)', () => {
  beforeEach(() => fresh());
  it('zeroes exactly [from, to) at odd and even edges, short and long', () => {
    const base = nurseryStart + 64;
    for (const [from, to] of [[0, 0], [0, 1], [1, 2], [1, 40], [2, 41], [3, 4000], [0, 4001], [5, 5], [7, 23]]) {
      mem.fill(-1, base - 4, base + 4010);
      zeroZone(base + from, base + to);
      for (let i = base - 4; i < base + 4010; i++) {
        const inside = i >= base + from && i < base + to;
        if (mem[i] !== (inside ? 0 : -1)) throw new Error(`[${from}, ${to}): word ${i - base} is ${mem[i]}`);
      }
    }
  });
  it('leaves a used nursery all zero after a minor collection', () => {
    for (let i = 0; i < 1000; i++) {
      const r = allocate(T, 3, 0);
      mem[r + 2] = -1; mem[r + 3] = 7; mem[r + 4] = -1;
    }
    const top = nurseryTop;
    collectGarbage();
    let nonzero = 0;
    for (let i = nurseryStart; i < top; i++) if (mem[i] !== 0) nonzero++;
    expect(nonzero).toBe(0);
  });
});
