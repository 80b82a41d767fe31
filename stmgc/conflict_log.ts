// stmgc/conflict_log.ts: every abort of this worker, as PyPy-STM's conflict log (reference §2):
// its kind, the object it was about, the other worker involved, the time lost, and the guest
// locations of both sides where the VM told us (setTxLocation: an int the VM defines, e.g. an
// index into its own table of "file:line"; the other side's is read from its descriptor, so it
// crosses threads). JS-local and bounded (the oldest records are dropped past MAX_RECORDS;
// counters in stats.ts keep the totals). `--stm-log`/`pystm report` can be built on top.
import { D_LOCATION, G_WORKERS_BASE, WORKER_WORDS } from './layout';
import { mem, threadStateHooks, workerBase, workerSlot } from './heap';
import type { ConflictKind } from './txn_state';

export interface ConflictRecord {
  kind: ConflictKind;
  /** The object the conflict was about (0 if none, e.g. an explicit abort). */
  ref: number;
  worker: number;
  /** The other worker slot, -1 if none. */
  other: number;
  /** Milliseconds of work thrown away (this attempt's run time). */
  lostMs: number;
  /** Guest location ids (setTxLocation) of this transaction's start and of the other side's, -1 if unknown. */
  location: number;
  otherLocation: number;
  reason: string;
  /** performance.now() at the abort. */
  at: number;
}

export const MAX_RECORDS = 10_000;
let records: ConflictRecord[] = [];
threadStateHooks.push({
  save: () => { const r = records; records = []; return r; },
  restore: (s) => { records = s as ConflictRecord[]; },
});

/** Optional: turns a location id into text ("file.py:12") for reports. */
let resolver: ((id: number) => string) | null = null;
export function setLocationResolver(fn: ((id: number) => string) | null): void { resolver = fn; }
export function describeLocation(id: number): string {
  if (id < 0) return '?';
  return resolver ? resolver(id) : `#${id}`;
}

/** The VM names the guest location of the current transaction (at its start, or any later point). */
export function setTxLocation(id: number): void { mem[workerBase + D_LOCATION] = id; }
export function txLocation(): number { return mem[workerBase + D_LOCATION]; }
function locationOf(slot: number): number {
  return slot < 0 ? -1 : mem[mem[G_WORKERS_BASE] + slot * WORKER_WORDS + D_LOCATION];
}

export function recordConflict(kind: ConflictKind, ref: number, other: number, lostMs: number, reason: string): ConflictRecord {
  const r: ConflictRecord = {
    kind, ref, worker: workerSlot, other, lostMs, location: txLocation(), otherLocation: locationOf(other), reason, at: performance.now(),
  };
  if (records.length >= MAX_RECORDS) records.splice(0, MAX_RECORDS >> 2);
  records.push(r);
  return r;
}

/** This worker's conflict records, oldest first. */
export function conflictLog(): readonly ConflictRecord[] { return records; }
export function clearConflictLog(): void { records = []; }

/** One line per record, for tests and `--trace-stm`. */
export function formatConflict(r: ConflictRecord): string {
  return `[w${r.worker}] abort ${r.kind}${r.ref ? ` on object ${r.ref}` : ''}${r.other >= 0 ? ` against w${r.other}` : ''}` +
    ` (${r.reason}), lost ${r.lostMs.toFixed(3)} ms at ${describeLocation(r.location)}` +
    (r.other >= 0 ? ` / other side at ${describeLocation(r.otherLocation)}` : '');
}
