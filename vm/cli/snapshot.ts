// Start-up snapshot support (bin/build_snapshot.js builds dist/pystm.blob, bin/pystm runs it).
// At build time V8 has no SharedArrayBuffer: `prebootHeap()` boots the deterministic core
// (bootCore) on a default-geometry heap backed by a plain ArrayBuffer, runs a minor collection
// (empty nursery), keeps a compact image of the non-zero words only (runs of the global and
// worker areas, root table, page table, old space below the frontier) and attaches the views to
// a tiny dummy heap so the big buffer is not serialized. At start `bootVmFromSnapshot()` copies
// the image into a new SAB of the same size, attaches to it (attachHeap re-points every view),
// then applyEnvironment. Anything but the default geometry, or a second boot in one process,
// takes bootVm's path.
import { STM_BUILD } from '../../stmgc/build_mode';
import { attachHeap, createHeap, mem, nurseryStart, workerBase } from '../../stmgc/heap';
import { minorCollection } from '../../stmgc/gc_minor';
import { newHeapBuffer } from '../../stmgc/heap_buffer';
import { nurseryTop } from '../../stmgc/alloc';
import { G_FRONTIER, G_HEAP_WORDS, G_MAX_WORKERS, G_NURSERY_BASE, G_OLD_BASE, G_WORKERS_BASE, PAGE_WORDS, WORKER_WORDS, W_NURSERY_TOP } from '../../stmgc/layout';
import { type VmOptions, applyEnvironment, bootCore, bootVm } from '../runtime/bootstrap';
import { forgetHashKey, hashKeyIsZero, setHashKeyWords } from '../objects/siphash';

interface HeapImage {
  heapWords: number;
  maxWorkers: number;
  /** [first word, words] pairs, in `data` one after the other. */
  regions: number[];
  data: Int32Array;
}

let image: HeapImage | null = null;

/** Build time only: boots the core for `maxWorkers` slots and keeps the compact heap image. */
export function prebootHeap(maxWorkers: number): { bytes: number; heapBytes: number } {
  const big = createHeap({ maxWorkers });
  attachHeap(big, 0);
  // the image's hashes are the zero key's (PYTHONHASHSEED=0, pystm's default); the key of a run
  // is chosen at its start (forgetHashKey), and another key boots in full (bootWith)
  setHashKeyWords([0, 0, 0, 0, 0]);
  bootCore();
  forgetHashKey();
  minorCollection();
  if (nurseryTop !== nurseryStart) throw new Error('snapshot: nursery not empty after the collection');
  mem[workerBase + W_NURSERY_TOP] = nurseryStart;
  const oldBase = mem[G_OLD_BASE];
  const regions = [...nonZeroRuns(0, mem[G_NURSERY_BASE]), ...nonZeroRuns(oldBase, oldBase + mem[G_FRONTIER] * PAGE_WORDS)];
  let total = 0;
  for (let i = 0; i < regions.length; i += 2) total += regions[i + 1];
  const data = new Int32Array(total);
  for (let i = 0, at = 0; i < regions.length; i += 2) {
    data.set(mem.subarray(regions[i], regions[i] + regions[i + 1]), at);
    at += regions[i + 1];
  }
  image = { heapWords: mem[G_HEAP_WORDS] >>> 0, maxWorkers: mem[G_MAX_WORKERS], regions, data };
  // drop the big buffer (V8 would serialize all of it): attach the views to a copy of the global
  // and worker areas alone, all that attachHeap and its hooks touch
  const head = mem[G_WORKERS_BASE] + mem[G_MAX_WORKERS] * WORKER_WORDS;
  const small = new ArrayBuffer(head * 4) as unknown as SharedArrayBuffer;
  new Int32Array(small).set(mem.subarray(0, head));
  attachHeap(small, 0);
  return { bytes: data.byteLength, heapBytes: big.byteLength };
}

/** Zero runs at least this long (words) split a region of the image: a fresh SAB is zero already. */
const MIN_ZERO_GAP = 256;

/** [first word, words] pairs covering every non-zero word of mem[from, to), split at long zero
 *  runs: the page table of a 1 GiB heap alone is 2 MiB, almost all of it zero (pages beyond the
 *  frontier), and every byte kept is read, copied and page-faulted at each start (vm/NOTES.md). */
function nonZeroRuns(from: number, to: number): number[] {
  const runs: number[] = [];
  let start = -1;
  let lastNonZero = -1;
  for (let i = from; i < to; i++) {
    if (mem[i] === 0) continue;
    if (start !== -1 && i - lastNonZero > MIN_ZERO_GAP) {
      runs.push(start, lastNonZero + 1 - start);
      start = -1;
    }
    if (start === -1) start = i;
    lastNonZero = i;
  }
  if (start !== -1) runs.push(start, lastNonZero + 1 - start);
  return runs;
}

/** Whether a prebooted image is there and fits `opts` (default heap size, same worker slots). */
export function snapshotFits(opts: VmOptions): boolean {
  return image !== null && opts.heapBytes === undefined && (opts.maxWorkers ?? 4) === image.maxWorkers;
}

/** Boots from the prebooted image when it fits, else as bootVm. The image is used at most once.
 *  With PYSTM_BOOT_REPORT set, says which on stderr ("pystm: boot: snapshot" or "...: full"; the
 *  barrier-free bundle of `--single-threaded` adds " (single-threaded build)"). */
export function bootVmFromSnapshot(opts: VmOptions): 'snapshot' | 'full' {
  const how = bootWith(opts);
  if (process.env.PYSTM_BOOT_REPORT) process.stderr.write(`pystm: boot: ${how}${STM_BUILD ? '' : ' (single-threaded build)'}\n`);
  return how;
}

function bootWith(opts: VmOptions): 'snapshot' | 'full' {
  const img = image;
  if (img === null || !snapshotFits(opts) || !hashKeyIsZero()) {
    image = null;
    bootVm(opts);
    return 'full';
  }
  image = null;
  const sab = newHeapBuffer(img.heapWords * 4);
  const m = new Int32Array(sab);
  for (let i = 0, at = 0; i < img.regions.length; i += 2) {
    m.set(img.data.subarray(at, at + img.regions[i + 1]), img.regions[i]);
    at += img.regions[i + 1];
  }
  attachHeap(sab, 0);
  applyEnvironment(opts);
  return 'snapshot';
}

/** Drops the image (the fallback path when the snapshot cannot be used). */
export function discardSnapshot(): void { image = null; }
