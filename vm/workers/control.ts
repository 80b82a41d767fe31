// The control block shared by the main thread and the pool's workers: a small SharedArrayBuffer
// apart from the heap (it carries no guest objects), one 128-byte line per worker slot so that
// no two threads write the same cache line. The protocol is a state word per worker, written
// with Atomics.store and waited on with Atomics.wait/notify (a job handoff is rare next to the
// work it carries; DESIGN §3 spin-then-wait only pays for fine-grained handoffs):
//   STARTING → READY (attached) → [JOB posted by main → RUNNING → DONE, read by main → READY]*
//   any state → DEAD (the worker thread is exiting; EXIT_CODE says how)
// Everything a job names (the callable, the args tuple, the result) travels as root slots of
// the heap, so collections on either side keep the references right.
import type { MessagePort } from 'node:worker_threads';

export const LINE_WORDS = 32; // 128 bytes

// per-worker line (word offsets)
export const C_STATE = 0;
export const C_CALLABLE_SLOT = 1; // root slot holding the callable
export const C_ARGS_SLOT = 2; // root slot holding the args tuple; the worker writes the result there
export const C_OUTCOME = 3; // OUT_VALUE | OUT_EXCEPTION | OUT_INTERNAL
export const C_EXIT_CODE = 4;
export const C_ATTACH_US = 5; // attach time (replay + verify + switch) in microseconds
export const C_BOOT_US = 6; // from the worker's first line of JS to ready, in microseconds
export const C_PINNED = 7; // pinned objects the replay checked
export const C_JOBS = 8; // jobs run
export const C_MINORS = 9; // minor collections run on this worker (its nursery), read at DONE

export const S_STARTING = 0;
export const S_READY = 1;
export const S_JOB = 2;
export const S_RUNNING = 3;
export const S_DONE = 4;
export const S_DEAD = 5;

export const OUT_VALUE = 0;
export const OUT_EXCEPTION = 1;
export const OUT_INTERNAL = 2;

// global line 0 (worker slots start at 1, as heap slots do: slot 0 is the main thread)
export const G_INTERRUPT = 0; // set by the main thread on SIGINT (polled by workers; see NOTES)
export const G_GO = 1; // 1: workers of a pool started early (init.held) may attach (pool.ts prespawnThreadPool)

export function controlWords(maxSlots: number): number { return (maxSlots + 1) * LINE_WORDS; }
export function lineOf(slot: number): number { return slot * LINE_WORDS; }

/** What the main thread hands a new worker (workerData). */
export interface WorkerInit {
  pystmWorker: true;
  /** Run guest threads (the scheduler's driver loop) instead of waiting for jobs. */
  threads?: boolean;
  /** Started early (pool.ts prespawnThreadPool): replay the bootstrap, then wait for G_GO before
   *  attaching to the heap. */
  held?: boolean;
  heap: SharedArrayBuffer;
  /** The shared WebAssembly.Memory whose buffer `heap` is, when it is one (stmgc/heap_buffer.ts):
   *  the worker takes its buffer as the heap, so WebAssembly kernels run there too. */
  heapMemory?: WebAssembly.Memory;
  control: SharedArrayBuffer;
  slot: number;
  /** The bundle (dist/pystm.js) and its V8 code cache, loaded by the worker as bin/pystm does. */
  bundle: string;
  cache: string;
  /** performance.timeOrigin + now() on the main thread when the worker was created. */
  createdAt: number;
  /** Where the worker posts the text of an internal error (read with receiveMessageOnPort). */
  port?: MessagePort;
  /** JS threads running guest threads in all (the main one included), for contention tuning. */
  threadWorkers?: number;
  /** The main thread's str/bytes hash key (objects/siphash.ts hashKeyWords): equal hashes on
   *  every worker, whatever PYTHONHASHSEED the worker's environment shows. */
  hashKey?: number[];
}
