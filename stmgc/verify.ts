// stmgc/verify.ts: a heap verifier for tests and debugging (slow, allocates JS memory). Walks the
// page table, every block cell, every large object and this worker's nursery, and checks the
// invariants the collectors rely on: well-formed headers, traced words that are small ints, NULL
// or the start of a live object, no mark bits outside a collection, consistent page accounting,
// free lists made of free cells of the right class, and (when `nurseryEmpty`) no old object or
// root pointing into the nursery. Returns the problems found (empty: the heap is consistent).
import {
  BLOCK_PAGES, BLOCK_WORDS, GC_MARK, GC_OLD, G_FREE_RUNS, G_FRONTIER, G_TYPE_TABLE, G_USED_PAGES, HDR_STM,
  NUM_SIZE_CLASSES, PT_BLOCK, PT_FREE, PT_KIND_MASK, PT_LARGE, SIZE_CLASS_WORDS, TYPE_FREE, TYPE_MASK, W_FREE_HEADS,
  headWords,
} from './layout';
import { mem, nurseryStart, rootBase, rootSlots, workerBase } from './heap';
import { nurseryTop } from './alloc';
import { pageOf, pageRef, ptA, ptB } from './pages';
import { objectWords, scanWords } from './objects';

export interface VerifyOptions { nurseryEmpty?: boolean }

export function verifyHeap(opts: VerifyOptions = {}): string[] {
  const errors: string[] = [];
  const err = (s: string): void => { if (errors.length < 20) errors.push(s); };
  const objects = new Set<number>();
  const young = new Set<number>();
  const cellClass = new Map<number, number>(); // free cells -> class
  // 1. page runs
  const frontier = mem[G_FRONTIER];
  let used = 0;
  const freeRunHeads = new Set<number>();
  for (let page = 0; page < frontier;) {
    const a = ptA(page);
    const kind = a & PT_KIND_MASK;
    if (kind === PT_FREE) {
      freeRunHeads.add(page);
      page += a >>> 3;
    } else if (kind === PT_LARGE) {
      const len = a >>> 3;
      const r = pageRef(page);
      if (ptB(page) > len * 1024 || ptB(page) <= 1024) err(`large object at ${r}: size ${ptB(page)} for ${len} pages`);
      if (headWords(mem[r]) !== 0) err(`large object at ${r}: head has a size`);
      objects.add(r);
      used += len;
      page += len;
    } else if (kind === PT_BLOCK) {
      const cls = a >>> 3;
      if (cls >= NUM_SIZE_CLASSES) { err(`block at page ${page}: bad class ${cls}`); break; }
      const size = SIZE_CLASS_WORDS[cls];
      for (let i = 0, c = pageRef(page); i < Math.floor(BLOCK_WORDS / size); i++, c += size) {
        const h = mem[c];
        if ((h & TYPE_MASK) === TYPE_FREE) {
          if (headWords(h) !== size) err(`free cell ${c}: size ${headWords(h)} in class ${size}`);
          cellClass.set(c, cls);
        } else {
          if (headWords(h) > size || headWords(h) === 0) err(`object ${c}: size ${headWords(h)} in class ${size}`);
          objects.add(c);
        }
      }
      used += BLOCK_PAGES;
      page += BLOCK_PAGES;
    } else {
      err(`corrupt page table entry at page ${page}: ${a}`);
      break;
    }
  }
  if (used !== mem[G_USED_PAGES]) err(`used pages ${mem[G_USED_PAGES]} but ${used} in use`);
  for (let r = mem[G_FREE_RUNS], n = 0; r !== -1 && n < 1e7; r = ptB(r), n++) {
    if (!freeRunHeads.has(r)) { err(`free-run list names page ${r}, not a free run`); break; }
  }
  // 2. nursery
  for (let c = nurseryStart; c < nurseryTop;) {
    const w = headWords(mem[c]);
    if (w === 0) { err(`nursery object ${c}: bad head ${mem[c]}`); break; }
    if ((mem[c] & GC_OLD) !== 0) err(`nursery object ${c} marked OLD`);
    young.add(c);
    c += w;
  }
  if (opts.nurseryEmpty && young.size > 0) err(`nursery holds ${young.size} objects`);
  // 3. every object's header and traced words
  const checkValue = (where: string, v: number, fromOld: boolean): void => {
    if ((v & 1) === 1 || v === 0) return;
    if (objects.has(v)) return;
    if (young.has(v)) {
      if (fromOld && opts.nurseryEmpty) err(`${where} points into the nursery (${v})`);
      return;
    }
    err(`${where} holds ${v}, not an object (type ${mem[Number(where.split(" ")[1])] & 0x7ff})`);
  };
  for (const o of objects) {
    const h = mem[o];
    if ((h & GC_OLD) === 0) err(`old object ${o} lacks OLD`);
    if ((h & GC_MARK) !== 0) err(`object ${o} still marked`);
    const n = scanWords(o);
    if (n > objectWords(o) - 2) err(`object ${o}: scan ${n} > payload`);
    for (let i = 0; i < n; i++) checkValue(`object ${o} word ${i}`, mem[o + 2 + i], true);
  }
  for (const o of young) {
    const n = scanWords(o);
    for (let i = 0; i < n; i++) checkValue(`young ${o} word ${i}`, mem[o + 2 + i], false);
  }
  for (let i = 0; i < rootSlots; i++) checkValue(`root ${i}`, mem[rootBase + i], true);
  checkValue('type table', mem[G_TYPE_TABLE], true);
  // 4. this worker's free lists
  for (let k = 0; k < NUM_SIZE_CLASSES; k++) {
    for (let c = mem[workerBase + W_FREE_HEADS + k], n = 0; c !== 0 && n < 1e7; c = mem[c + HDR_STM], n++) {
      if (cellClass.get(c) !== k) { err(`free list ${k} holds ${c} (class ${cellClass.get(c)}, page ${pageOf(c)})`); break; }
    }
  }
  return errors;
}
