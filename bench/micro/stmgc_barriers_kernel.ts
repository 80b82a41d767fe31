// bench/micro/stmgc_barriers_kernel.ts: the object walks measured by stmgc_barriers.mjs, bundled
// once per build (STM / single-threaded / runtime-constant). A shuffled singly linked list of
// old heap objects [next, value, 4 raw words]; each walk visits every object, reading (and in
// the read-write walks, writing) its value field, with or without the stmgc barriers.
import { attachHeap, createHeap, mem } from '../../stmgc/heap';
import { allocate } from '../../stmgc/alloc';
import { isWritableOfType, readBarrier, writeBarrier } from '../../stmgc/barriers';
import { collectGarbage } from '../../stmgc/gc';
import { addRoot, getRoot } from '../../stmgc/roots';
import { STM_BUILD } from '../../stmgc/build_mode';
import { tagInt } from '../../stmgc/layout';

let head = 0;
export const build = STM_BUILD ? 'stm' : 'single-threaded';

export function setup(n: number, seed: number): void {
  attachHeap(createHeap({ heapBytes: 256 << 20, maxWorkers: 1 }), 0);
  const refs: number[] = [];
  for (let i = 0; i < n; i++) {
    const r = allocate(16, 6, 2);
    mem[r + 3] = tagInt(i);
    refs.push(r);
  }
  let s = seed;
  for (let i = n - 1; i > 0; i--) {
    s = (Math.imul(s, 1103515245) + 12345) >>> 0;
    const j = s % (i + 1);
    const t = refs[i]; refs[i] = refs[j]; refs[j] = t;
  }
  for (let i = 0; i + 1 < n; i++) mem[refs[i] + 2] = refs[i + 1];
  const slot = addRoot(refs[0]);
  collectGarbage(); // everything old, as shared objects are
  head = getRoot(slot);
  walkRwBarriers(); // first writes: the slow paths run once, then every barrier hits
}

export function walkRwPlain(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    const v = mem[o + 3];
    sum += v >> 1;
    mem[o + 3] = v + 2;
  }
  return sum;
}

export function walkRwBarriers(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    readBarrier(o);
    const v = mem[o + 3];
    sum += v >> 1;
    writeBarrier(o);
    mem[o + 3] = v + 2;
  }
  return sum;
}

export function walkReadPlain(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) sum += mem[o + 3] >> 1;
  return sum;
}

export function walkReadBarriers(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    readBarrier(o);
    sum += mem[o + 3] >> 1;
  }
  return sum;
}

// As the interpreter accesses objects: check the type in the header first, then the field. The
// single-threaded write barrier's header load is then the same load as the type check.
export function walkTypedRwPlain(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    if ((mem[o] & 0x7ff) !== 16) throw new Error('type');
    const v = mem[o + 3];
    sum += v >> 1;
    mem[o + 3] = v + 2;
  }
  return sum;
}

export function walkTypedRwBarriers(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    if ((mem[o] & 0x7ff) !== 16) throw new Error('type');
    readBarrier(o);
    const v = mem[o + 3];
    sum += v >> 1;
    writeBarrier(o);
    mem[o + 3] = v + 2;
  }
  return sum;
}

// The interpreter's fused form: one guard checks the type and that no write barrier work is due.
export function walkFusedRwBarriers(): number {
  let sum = 0;
  for (let o = head; o !== 0; o = mem[o + 2]) {
    if (!isWritableOfType(o, 16)) {
      if ((mem[o] & 0x7ff) !== 16) throw new Error('type');
      writeBarrier(o);
    }
    readBarrier(o);
    const v = mem[o + 3];
    sum += v >> 1;
    mem[o + 3] = v + 2;
  }
  return sum;
}
