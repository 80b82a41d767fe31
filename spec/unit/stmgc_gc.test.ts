// Minor and major collection: survivors keep their contents and references (cycles, shared
// objects, large objects, old-to-young references through the remembered set, objects
// allocated directly in old space), mark-sweep frees unreachable old objects and reuses their
// memory, free page runs coalesce, statistics count what happened.
import { beforeEach, describe, expect, it } from 'vitest';
import {
  GC_WB, G_FREE_RUNS, G_USED_PAGES, SCAN_ALL, addRoot, allocate, allocateOld, attachHeap, collectAtSafePoint,
  collectGarbage, createHeap, formatGcStats, getRoot, isLarge, isOld, isYoung, mem, objectType, objectWords, readStats, removeRoot,
  rootCount, setRoot, setTypeTable, getTypeTable, storeField, tagInt, untagInt, verifyHeap,
} from '../../stmgc/index';
import { minorCollection } from '../../stmgc/gc_minor';
import { ptA } from '../../stmgc/pages';
import { remembered } from '../../stmgc/barriers';

const NODE = 12; // payload: [next, other, tagged value]
const LEAF = 13; // payload: 2 raw words

function fresh(): void {
  attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 1, rootSlots: 256 }), 0);
}
function node(value: number, next = 0, other = 0): number {
  const r = allocate(NODE, 3, 3);
  storeField(r, 0, next);
  storeField(r, 1, other);
  storeField(r, 2, tagInt(value));
  return r;
}
const nextOf = (r: number): number => mem[r + 2];
const otherOf = (r: number): number => mem[r + 3];
const valueOf = (r: number): number => untagInt(mem[r + 4]);

describe('stmgc minor collection', () => {
  beforeEach(fresh);

  it('copies a rooted list to old space with contents and links intact', () => {
    let head = 0;
    for (let i = 0; i < 1000; i++) head = node(i, head);
    const slot = addRoot(head);
    const leaf = allocate(LEAF, 2, 0);
    mem[leaf + 2] = -7;
    mem[leaf + 3] = 0x12345678;
    storeField(head, 1, leaf);
    minorCollection();
    let r = getRoot(slot);
    expect(isOld(r)).toBe(true);
    const l2 = otherOf(r);
    expect(isOld(l2)).toBe(true);
    expect(objectType(l2)).toBe(LEAF);
    expect([mem[l2 + 2], mem[l2 + 3]]).toEqual([-7, 0x12345678]);
    for (let i = 999; i >= 0; i--) {
      expect(objectType(r)).toBe(NODE);
      expect(valueOf(r)).toBe(i);
      expect(mem[r] & GC_WB).toBe(GC_WB);
      r = nextOf(r);
    }
    expect(r).toBe(0);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    expect(readStats(0).minorCollections).toBe(1);
    expect(readStats(0).copiedBytes).toBe(1000 * 4 * 6 + 16);
  });

  it('preserves cycles and sharing (each object copied once)', () => {
    const a = node(1);
    const b = node(2, a);
    const c = node(3, b, b);
    storeField(a, 0, c); // cycle a -> c -> b -> a
    storeField(a, 1, a); // self loop
    const slot = addRoot(b);
    minorCollection();
    const b2 = getRoot(slot);
    const a2 = nextOf(b2);
    const c2 = nextOf(a2);
    expect([valueOf(a2), valueOf(b2), valueOf(c2)]).toEqual([1, 2, 3]);
    expect(nextOf(c2)).toBe(b2);
    expect(otherOf(c2)).toBe(b2);
    expect(otherOf(a2)).toBe(a2);
    expect(new Set([a2, b2, c2]).size).toBe(3);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('drops unreachable nursery objects', () => {
    for (let i = 0; i < 10000; i++) node(i);
    const keep = addRoot(node(42));
    minorCollection();
    expect(readStats(0).copiedBytes).toBe(24);
    expect(valueOf(getRoot(keep))).toBe(42);
  });

  it('finds young objects stored into old ones through the remembered set', () => {
    const old = node(1);
    const slot = addRoot(old);
    minorCollection();
    const o = getRoot(slot);
    expect(mem[o] & GC_WB).toBe(GC_WB);
    // a young object reachable only from the old one
    const y = node(2, node(3));
    storeField(o, 0, y);
    expect(mem[o] & GC_WB).toBe(0); // recorded once, flag cleared
    expect(remembered.length).toBe(1);
    storeField(o, 1, y);
    expect(remembered.length).toBe(1);
    minorCollection();
    expect(remembered.length).toBe(0);
    expect(mem[o] & GC_WB).toBe(GC_WB);
    const y2 = nextOf(o);
    expect(isOld(y2)).toBe(true);
    expect(otherOf(o)).toBe(y2);
    expect(valueOf(y2)).toBe(2);
    expect(valueOf(nextOf(y2))).toBe(3);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('traces old objects allocated directly in old space during the cycle', () => {
    const o = allocateOld(NODE, 3, 3);
    storeField(o, 0, node(5));
    storeField(o, 2, tagInt(4));
    const slot = addRoot(o);
    minorCollection();
    expect(getRoot(slot)).toBe(o); // old objects never move
    expect(valueOf(nextOf(o))).toBe(5);
    expect(isOld(nextOf(o))).toBe(true);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('keeps large objects in place and updates their young references', () => {
    const big = allocate(NODE, 3000, SCAN_ALL);
    expect(isLarge(big)).toBe(true);
    for (let i = 0; i < 3000; i += 7) storeField(big, i, node(i));
    storeField(big, 1, big);
    const slot = addRoot(big);
    minorCollection();
    expect(getRoot(slot)).toBe(big);
    for (let i = 0; i < 3000; i += 7) {
      const e = mem[big + 2 + i];
      expect(isOld(e)).toBe(true);
      expect(valueOf(e)).toBe(i);
    }
    expect(mem[big + 3]).toBe(big);
    // young object stored into the (now old, remembered) large object later
    storeField(big, 2, node(77));
    minorCollection();
    expect(valueOf(mem[big + 4])).toBe(77);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });

  it('updates the type table and leaves small ints in roots alone', () => {
    const tt = allocate(NODE, 3, 3);
    storeField(tt, 2, tagInt(99));
    setTypeTable(tt);
    const s = addRoot(tagInt(-5));
    minorCollection();
    expect(isOld(getTypeTable())).toBe(true);
    expect(valueOf(getTypeTable())).toBe(99);
    expect(untagInt(getRoot(s))).toBe(-5);
    expect(rootCount()).toBe(1);
  });

  it('does not scan raw payload words', () => {
    const r = allocate(LEAF, 4, 1);
    const young = node(8);
    storeField(r, 0, young);
    mem[r + 3] = young; // raw word that looks like a reference: must not be updated
    const slot = addRoot(r);
    minorCollection();
    const r2 = getRoot(slot);
    expect(valueOf(mem[r2 + 2])).toBe(8);
    expect(mem[r2 + 3]).toBe(young);
  });
});

describe('stmgc major collection', () => {
  beforeEach(fresh);

  it('frees unreachable old objects and reuses their cells', () => {
    const keep = addRoot(0);
    const drop = addRoot(0);
    let kept = 0;
    let dropped = 0;
    for (let i = 0; i < 5000; i++) {
      kept = allocateOld(NODE, 3, 3);
      storeField(kept, 0, getRoot(keep));
      storeField(kept, 2, tagInt(i));
      setRoot(keep, kept);
      dropped = allocateOld(NODE, 3, 3);
      storeField(dropped, 0, getRoot(drop));
      setRoot(drop, dropped);
    }
    collectGarbage();
    const usedBefore = mem[G_USED_PAGES];
    setRoot(drop, 0);
    expect(collectGarbage()).toBe(5000);
    expect(readStats(0).freedBytes).toBe(5000 * 6 * 4);
    expect(formatGcStats()).toMatch(/^worker 0: allocated 0\.2 MB \(old 0\.2, large 0\.0\), 2 minor \/ 2 major collections, GC [\d.]+ ms .*freed 0\.1 MB\nold space: [\d.]+ MB of [\d.]+ MB in use\n$/);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    // the freed cells are handed out again before any new page is used
    const freed = new Set<number>();
    for (let i = 0; i < 5000; i++) freed.add(allocateOld(NODE, 3, 3));
    expect(mem[G_USED_PAGES]).toBe(usedBefore);
    expect(freed.size).toBe(5000);
    // the kept list is intact
    let r = getRoot(keep);
    for (let i = 4999; i >= 0; i--) {
      expect(valueOf(r)).toBe(i);
      expect(freed.has(r)).toBe(false);
      r = nextOf(r);
    }
    expect(r).toBe(0);
  });

  it('frees large objects and coalesces their pages into one free run', () => {
    const slots: number[] = [];
    for (let i = 0; i < 20; i++) slots.push(addRoot(allocate(LEAF, 20000, 0)));
    const pinned = getRoot(slots[10]);
    collectGarbage();
    const used = mem[G_USED_PAGES];
    for (const s of slots) if (s !== slots[10]) removeRoot(s);
    collectGarbage();
    expect(mem[G_USED_PAGES]).toBe(used - 19 * 20);
    // the 10 dead objects below the pinned one form one run of 200 pages
    const firstRun = mem[G_FREE_RUNS];
    expect(firstRun).not.toBe(-1);
    expect(ptA(firstRun) >>> 3).toBeGreaterThanOrEqual(10 * 20);
    // a bigger object fits in the coalesced run
    const huge = allocate(LEAF, 150 * 1024, 0);
    expect(huge).not.toBe(0);
    expect(huge).toBeLessThan(pinned);
    expect(objectWords(huge)).toBe(150 * 1024 + 2);
    expect(verifyHeap()).toEqual([]);
  });

  it('marks through cycles, large objects and deep chains without recursion', () => {
    const big = allocateOld(NODE, 2000, SCAN_ALL);
    const slot = addRoot(big);
    let head = 0;
    for (let i = 0; i < 200000; i++) head = node(i, head);
    storeField(big, 0, head);
    storeField(big, 1, big);
    collectAtSafePoint();
    collectGarbage();
    collectGarbage();
    let r = mem[getRoot(slot) + 2];
    let n = 0;
    while (r !== 0) { n++; r = nextOf(r); }
    expect(n).toBe(200000);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    removeRoot(slot);
    collectGarbage();
    expect(mem[G_USED_PAGES]).toBe(0);
    expect(isYoung(big)).toBe(false);
  });

  it('requests a major collection when old space grows past its trigger', () => {
    const keep = addRoot(0);
    for (let round = 0; round < 40; round++) {
      // a list that survives one minor collection and becomes old garbage in the next round
      setRoot(keep, 0);
      for (let i = 0; i < 20000; i++) setRoot(keep, node(i, getRoot(keep)));
      collectAtSafePoint();
    }
    expect(readStats(0).majorCollections).toBeGreaterThan(0);
    expect(readStats(0).minorCollections).toBe(40);
    expect(mem[G_USED_PAGES]).toBeLessThan(3000);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });
});

describe('root slots in the minor collection', () => {
  it('visits only the slots written with young references since the last one (addRoot/setRoot)', () => {
    attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 2, rootSlots: 16384 }), 0);
    const a = addRoot(node(1));
    const b = addRoot(tagInt(5));
    const c = addRoot(0);
    setRoot(c, node(3));
    setRoot(b, node(2)); // a slot written twice: once with an int, then with a young object
    setRoot(b, node(4));
    collectAtSafePoint();
    expect([a, b, c].map((s) => [isOld(getRoot(s)), valueOf(getRoot(s))])).toEqual([[true, 1], [true, 4], [true, 3]]);
    // an old reference needs no visit; a reference into this worker's nursery needs one
    setRoot(a, getRoot(c));
    setRoot(c, node(7));
    collectAtSafePoint();
    expect([isOld(getRoot(c)), valueOf(getRoot(c)), getRoot(a) === getRoot(b) ? 'same' : 'differ']).toEqual([true, 7, 'differ']);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
  });
});
