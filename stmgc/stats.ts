// stmgc/stats.ts: per-worker GC statistics, kept as float64 counters on the worker's own 128-byte
// line in the heap (W_STATS), so any thread can read every worker's figures for `--stm-stats`
// while each worker writes only its own line (no false sharing, no atomics). Nursery bytes are
// added at each minor collection, never per allocation, so the bump fast path stays untouched.
import { W_STATS, W_TX_STATS, WORKER_WORDS, G_WORKERS_BASE, G_MAX_WORKERS, G_OLD_PAGES, G_USED_PAGES } from './layout';
import { attachHooks, f64, mem, workerBase, workerSlot } from './heap';
import { G_STATS_TIMING } from './layout';

/**
 * Whether transactions and minor collections read the clock for the time counters (committed,
 * aborted, minor-GC milliseconds). Off by default: a transaction then reads no clock at all
 * (begin + commit of an empty transaction: ~1 µs, a few performance.now() calls were a quarter
 * of it). `--stm-stats` / `--stm-log` turn it on; the setting is a heap word, so workers that
 * attach later get it too. Counts are kept either way.
 */
export let statsTiming = false;
export function setStatsTiming(on: boolean): void {
  statsTiming = on;
  mem[G_STATS_TIMING] = on ? 1 : 0;
}
attachHooks.onAttach.push(() => {
  statsTiming = mem[G_STATS_TIMING] !== 0;
  f64[((workerBase + W_STATS) >> 1) + S_STARTED_AT] = performance.timeOrigin + performance.now();
});
/** Transactions began (the first thread start): kept in worker 0's S_STARTED_AT (its attach
 *  time is the process start), for `--stm-stats`: a pool worker attached later than this ran
 *  no thread before it attached. */
export function noteStmStart(): void {
  if (workerSlot === 0) f64[((workerBase + W_STATS) >> 1) + S_STARTED_AT] = performance.timeOrigin + performance.now();
}
/** performance.now() when timing is on, else 0 (no clock read). */
export function statClock(): number { return statsTiming ? performance.now() : 0; }

export const S_NURSERY_BYTES = 0;
export const S_OLD_DIRECT_BYTES = 1;
export const S_LARGE_BYTES = 2;
export const S_MINOR_COUNT = 3;
export const S_MAJOR_COUNT = 4;
export const S_MINOR_MS = 5;
export const S_MAJOR_MS = 6;
export const S_COPIED_BYTES = 7;
export const S_FREED_BYTES = 8;
export const S_OOM_COUNT = 9;
export const S_WRITE_SLOW = 10;
export const S_READ_SLOW = 11;
/** Milliseconds parked waiting for a stop-the-world collection (gc_stw.ts), and the parks. */
export const S_STW_WAIT_MS = 12;
export const S_STW_PARKS = 13;
/** Milliseconds with no guest thread to run (the scheduler's futex wait, vm/interp/sched.ts). */
export const S_IDLE_MS = 14;
/** When this worker attached to the heap (epoch milliseconds, performance.timeOrigin + now()). */
export const S_STARTED_AT = 15;
export const NUM_STATS = 16;

/** Adds `v` to this worker's counter `k`. */
export function bumpStat(k: number, v: number): void {
  f64[((workerBase + W_STATS) >> 1) + k] += v;
}

// ── transaction counters (W_TX_STATS line: 16 float64) ──
export const X_COMMITS = 0;
export const X_COMMITS_READ_ONLY = 1;
/** Aborts by kind: + KIND_CODE (write-write 0, write-read 1, inevitable 2, other 3). */
export const X_ABORTS = 2;
/** Milliseconds of aborted work by kind: + KIND_CODE. */
export const X_ABORTED_MS = 6;
export const X_COMMITTED_MS = 10;
export const X_WAIT_MS = 11;
export const X_INEVITABLE = 12;
export const X_FIRST_WRITES = 13;
export const X_READ_SET = 14;
export const X_ESCALATIONS = 15;

/** Adds `v` to this worker's transaction counter `k`. */
export function bumpTxStat(k: number, v: number): void {
  f64[((workerBase + W_TX_STATS) >> 1) + k] += v;
}

/** This worker's transaction counter `k` (X_*), for the VM's own contention measure. */
export function ownTxStat(k: number): number {
  return f64[((workerBase + W_TX_STATS) >> 1) + k];
}

export interface TxStats {
  worker: number;
  commits: number;
  readOnlyCommits: number;
  aborts: { 'write-write': number; 'write-read': number; inevitable: number; other: number };
  abortedMs: { 'write-write': number; 'write-read': number; inevitable: number; other: number };
  totalAborts: number;
  committedMs: number;
  waitMs: number;
  inevitable: number;
  firstWrites: number;
  readSetEntries: number;
  escalations: number;
}

/** Transaction counters of worker `slot` (any thread may read them). */
export function readTxStats(slot: number): TxStats {
  const base = ((mem[G_WORKERS_BASE] + slot * WORKER_WORDS + W_TX_STATS) >> 1);
  const s = (k: number): number => f64[base + k];
  const byKind = (b: number) => ({ 'write-write': s(b), 'write-read': s(b + 1), inevitable: s(b + 2), other: s(b + 3) });
  return {
    worker: slot,
    commits: s(X_COMMITS),
    readOnlyCommits: s(X_COMMITS_READ_ONLY),
    aborts: byKind(X_ABORTS),
    abortedMs: byKind(X_ABORTED_MS),
    totalAborts: s(X_ABORTS) + s(X_ABORTS + 1) + s(X_ABORTS + 2) + s(X_ABORTS + 3),
    committedMs: s(X_COMMITTED_MS),
    waitMs: s(X_WAIT_MS),
    inevitable: s(X_INEVITABLE),
    firstWrites: s(X_FIRST_WRITES),
    readSetEntries: s(X_READ_SET),
    escalations: s(X_ESCALATIONS),
  };
}

/** PyPy-STM-style per-worker table for `--stm-stats` (workers that ran transactions). */
export function formatTxStats(): string {
  const lines: string[] = [];
  const ms = (x: number): string => (x / 1000).toFixed(3).padStart(9);
  for (let w = 0; w < workerCount(); w++) {
    const t = readTxStats(w);
    if (t.commits === 0 && t.totalAborts === 0) continue;
    const total = t.commits + t.totalAborts;
    lines.push(`worker ${w}: ${total} transactions, ${t.commits} committed (${t.readOnlyCommits} read-only), ` +
      `${t.totalAborts} aborted (${total ? ((100 * t.totalAborts) / total).toFixed(1) : '0.0'}%), ${t.inevitable} inevitable`);
    lines.push(`  run committed              ${String(t.commits).padStart(9)} ${ms(t.committedMs)} s`);
    for (const k of ['write-write', 'write-read', 'inevitable', 'other'] as const) {
      lines.push(`  run aborted ${k.padEnd(15)}${String(t.aborts[k]).padStart(9)} ${ms(t.abortedMs[k])} s`);
    }
    lines.push(`  wait (contention)          ${''.padStart(9)} ${ms(t.waitMs)} s`);
    const g = readStats(w);
    lines.push(`  minor GC                   ${String(g.minorCollections).padStart(9)} ${ms(g.minorMs)} s`);
    lines.push(`  major GC                   ${String(g.majorCollections).padStart(9)} ${ms(g.majorMs)} s`);
    lines.push(`  idle (no thread to run)    ${''.padStart(9)} ${ms(g.idleMs)} s`);
    if (w === 0 && g.startedAt > 0) lines.push(`  transactions began (first thread start) ${((g.startedAt - performance.timeOrigin) / 1000).toFixed(3)} s after the process started`);
    if (w > 0 && g.startedAt > 0) lines.push(`  attached ${((g.startedAt - performance.timeOrigin) / 1000).toFixed(3)} s after the process started`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}

export interface GcStats {
  worker: number;
  allocatedBytes: number;
  nurseryBytes: number;
  oldDirectBytes: number;
  largeBytes: number;
  minorCollections: number;
  majorCollections: number;
  gcMs: number;
  minorMs: number;
  majorMs: number;
  copiedBytes: number;
  freedBytes: number;
  outOfMemory: number;
  writeBarrierSlow: number;
  readBarrierSlow: number;
  stwWaitMs: number;
  stwParks: number;
  idleMs: number;
  startedAt: number;
}

/** Counters of worker `slot` (any thread may read them). `pendingNurseryBytes`: not yet counted. */
export function readStats(slot: number, pendingNurseryBytes = 0): GcStats {
  const base = ((mem[G_WORKERS_BASE] + slot * WORKER_WORDS + W_STATS) >> 1);
  const s = (k: number): number => f64[base + k];
  const nursery = s(S_NURSERY_BYTES) + pendingNurseryBytes;
  return {
    worker: slot,
    allocatedBytes: nursery + s(S_OLD_DIRECT_BYTES) + s(S_LARGE_BYTES),
    nurseryBytes: nursery,
    oldDirectBytes: s(S_OLD_DIRECT_BYTES),
    largeBytes: s(S_LARGE_BYTES),
    minorCollections: s(S_MINOR_COUNT),
    majorCollections: s(S_MAJOR_COUNT),
    gcMs: s(S_MINOR_MS) + s(S_MAJOR_MS),
    minorMs: s(S_MINOR_MS),
    majorMs: s(S_MAJOR_MS),
    copiedBytes: s(S_COPIED_BYTES),
    freedBytes: s(S_FREED_BYTES),
    outOfMemory: s(S_OOM_COUNT),
    writeBarrierSlow: s(S_WRITE_SLOW),
    readBarrierSlow: s(S_READ_SLOW),
    stwWaitMs: s(S_STW_WAIT_MS),
    stwParks: s(S_STW_PARKS),
    idleMs: s(S_IDLE_MS),
    startedAt: s(S_STARTED_AT),
  };
}

export function workerCount(): number { return mem[G_MAX_WORKERS]; }

/** Text for `--stm-stats`: one line per worker that allocated anything, then old-space use. */
export function formatGcStats(pendingNurseryBytesOfThisWorker = 0, thisSlot = -1): string {
  const mb = (b: number): string => (b / 1048576).toFixed(1);
  const lines: string[] = [];
  for (let w = 0; w < workerCount(); w++) {
    const s = readStats(w, w === thisSlot ? pendingNurseryBytesOfThisWorker : 0);
    if (s.allocatedBytes === 0 && s.minorCollections === 0) continue;
    lines.push(`worker ${w}: allocated ${mb(s.allocatedBytes)} MB (old ${mb(s.oldDirectBytes)}, large ${mb(s.largeBytes)}), ` +
      `${s.minorCollections} minor / ${s.majorCollections} major collections, GC ${s.gcMs.toFixed(1)} ms ` +
      `(minor ${s.minorMs.toFixed(1)}, major ${s.majorMs.toFixed(1)}), copied ${mb(s.copiedBytes)} MB, freed ${mb(s.freedBytes)} MB` +
      (s.outOfMemory > 0 ? `, ${s.outOfMemory} out-of-memory` : ''));
  }
  lines.push(`old space: ${mb(mem[G_USED_PAGES] * 4096)} MB of ${mb(mem[G_OLD_PAGES] * 4096)} MB in use`);
  return lines.join('\n') + '\n';
}
