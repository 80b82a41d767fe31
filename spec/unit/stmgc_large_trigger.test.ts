// The major-collection request that large-object allocation makes (stmgc/old_space.ts
// noteLargePages, stmgc/NOTES.md "Large objects and the major trigger"): after more than 8 MiB of
// large-object pages since the last major collection that are 3/4 of the pages in use, and not
// when most pages in use hold small objects (float's 100k live objects beside its list growth).
import { describe, expect, it } from 'vitest';
import {
  G_MAJOR_COUNT, G_MAJOR_REQUESTED, G_MAJOR_TRIGGER, G_USED_PAGES, MAX_SMALL_WORDS, PAGE_WORDS, addRoot, allocate, allocateOld, attachHeap,
  collectGarbage, createHeap, mem, removeRoot, setRoot, storeField, verifyHeap,
} from '../../stmgc/index';

const T = 10;
const LARGE_WORDS = 3 * PAGE_WORDS; // a 12 KiB object: 3 pages (+1 for its header)

function fresh(): void {
  attachHeap(createHeap({ heapBytes: 1 << 30, maxWorkers: 1 }), 0);
}

/** Allocates dead large objects until a major collection is requested; the pages used then. */
function largeUntilRequested(limitPages: number): number {
  const start = mem[G_USED_PAGES];
  while (mem[G_MAJOR_REQUESTED] === 0 && mem[G_USED_PAGES] - start < limitPages) allocate(T, LARGE_WORDS, 0);
  return mem[G_USED_PAGES] - start;
}

describe('stmgc: large objects ask for a major collection', () => {
  it('after 8 MiB of large pages when they are most of the pages in use', () => {
    fresh();
    expect(mem[G_MAJOR_TRIGGER]).toBeGreaterThan(16384); // the ordinary trigger is far away
    const pages = largeUntilRequested(8192);
    expect(mem[G_MAJOR_REQUESTED]).toBe(1);
    expect(pages).toBeGreaterThan(2048);
    expect(pages).toBeLessThan(2048 + 8);
    const count = mem[G_MAJOR_COUNT];
    collectGarbage();
    expect(mem[G_MAJOR_COUNT]).toBe(count + 1);
    expect(mem[G_MAJOR_REQUESTED]).toBe(0);
    expect(verifyHeap({ nurseryEmpty: true })).toEqual([]);
    // counted again from the collection: the freed pages are reused, the next request comes after
    // another 8 MiB
    const again = largeUntilRequested(8192);
    expect(mem[G_MAJOR_REQUESTED]).toBe(1);
    expect(again).toBeGreaterThan(2048);
  });

  it('not while small live objects are more than a quarter of the pages in use', () => {
    fresh();
    // ~16 MiB of live small objects in old space, kept by a root through a chain
    const root = addRoot(0);
    let head = 0;
    const perObject = MAX_SMALL_WORDS >> 1;
    for (let i = 0; i < (16 << 20) / 4 / perObject; i++) {
      const r = allocateOld(T, perObject, 1);
      storeField(r, 0, head);
      head = r;
    }
    setRoot(root, head);
    expect(mem[G_USED_PAGES]).toBeGreaterThan(4000);
    const pages = largeUntilRequested(4096); // 16 MiB of large objects: below 3/4 of what is used
    expect(pages).toBeGreaterThanOrEqual(4096);
    expect(mem[G_MAJOR_REQUESTED]).toBe(0);
    removeRoot(root);
  });
});
