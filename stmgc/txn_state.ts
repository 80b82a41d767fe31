// stmgc/txn_state.ts: the JS-local half of a worker's transaction descriptor (the shared half is
// the D_* words on the worker's W_STM lines, which other workers read). One TxState per worker
// slot; `tx` is the live one, swapped by txn_handles.ts. The logs are private JS typed arrays,
// not heap words: only the owning worker ever reads them (other workers ask for an abort through
// D_ABORT_REQ and the owner rolls back itself), and private memory needs no lines of padding.
// Invariants: status NONE <=> no lock held, logs empty, every read marker of this worker 0.
import { WorkList } from './worklist';
import { attachHooks, threadStateHooks } from './heap';

export const ST_NONE = 0;
/** Running (txActive true). */
export const ST_ACTIVE = 1;
/** Must abort: TxAborted was thrown, the rollback runs at txAbort/txBegin/txCommit. */
export const ST_DOOMED = 2;
/** Already rolled back by someone else driving this handle (handle mode); TxAborted pending. */
export const ST_ROLLED_BACK = 3;

export type ConflictKind = 'write-write' | 'write-read' | 'inevitable' | 'other';
export const KIND_CODE: Record<ConflictKind, number> = { 'write-write': 0, 'write-read': 1, inevitable: 2, other: 3 };
export const KIND_NAMES: readonly ConflictKind[] = ['write-write', 'write-read', 'inevitable', 'other'];

/** Why a transaction must abort. */
export interface Doom { kind: ConflictKind; ref: number; other: number; reason: string }

/**
 * The first value of every millisecond field of TxState: a zero that is not a small integer
 * (V8 stores -0 as a double), so that the class's hidden class has those fields as doubles from
 * its first object. Started at 0 (a small integer), a field turned double at its first fraction
 * of a millisecond, V8 deprecated the hidden class, and every optimized function that had
 * checked it deoptimized ("wrong map") and was compiled again: beganAt at each isolate's first
 * txBegin, waitedMs at each isolate's first contention wait, i.e. only with 2 or more workers,
 * where ~15 barrier and commit functions of each isolate deoptimized mid-run (stmgc/NOTES.md
 * "h22-par"). Sums and differences of -0 print as 0. (Also the first value of other
 * millisecond counters that turn double only with 2+ workers: sched_nap.ts napStats.)
 */
export const MS_ZERO = -0;

export class TxState {
  status = ST_NONE;
  inevitable = false;
  /** Refs read this transaction (deduplicated by the read markers). */
  readSet = new WorkList();
  /** Refs locked by this transaction (released at commit/abort). */
  writeSet = new WorkList();
  /** Cards of large objects read (txn_cards.ts): pairs [ref, card], deduplicated by cardReadMarks. */
  cardReadSet = new WorkList();
  /** Cards of large objects locked (released at commit/abort; their traced words are minor-GC
   *  roots while the transaction runs): pairs [ref, card]. */
  cardLocks = new WorkList();
  /** Undo log: entries [ref, first payload word, count, ...saved words], appended in order. */
  undo = new Int32Array(4096);
  undoLen = 0;
  /** Undo entries below this offset were scanned by a minor collection of this transaction. */
  undoScanned = 0;
  /** Cards marked in heap.cardMarks by this transaction (cleared at its end). */
  cardsSet = new WorkList();
  /** D_HOLDS_LOCKS was published as 1. */
  holdsLocks = false;
  /** G_INEVITABLE holds this worker (becomeInevitable in progress or done). */
  inevitableToken = false;
  /** Priority (D_START_TS): the clock at the first attempt of this logical transaction. */
  startTs = 0;
  /** performance.now() at the start of this attempt (0 unless stats.ts statsTiming). */
  attemptStart = MS_ZERO;
  /** performance.now() at the start of this attempt, always (txn_contention.ts `patience`). */
  beganAt = MS_ZERO;
  consecutiveAborts = 0;
  /** G_CLASS_EPOCH when the snapshot was taken (txn_view_epoch.ts). */
  viewEpoch = 0;
  doom: Doom | null = null;
  /** Time spent waiting in this attempt (ms). */
  waitedMs = MS_ZERO;
}

/** The live transaction state of this JS thread's current worker slot. */
export let tx = new TxState();

attachHooks.onAttach.push(() => { tx = new TxState(); });
/** What `tx` is while the live state is parked (switchTo replaces it at once; attach makes a new one). */
const PARKED = new TxState();
threadStateHooks.push({
  save: () => { const s = tx; tx = PARKED; return s; },
  restore: (s) => { tx = s as TxState; },
});

/** Grows the undo log to hold `extra` more words. */
export function reserveUndo(extra: number): Int32Array {
  let u = tx.undo;
  if (tx.undoLen + extra > u.length) {
    let n = u.length * 2;
    while (n < tx.undoLen + extra) n *= 2;
    const next = new Int32Array(n);
    next.set(u.subarray(0, tx.undoLen));
    tx.undo = u = next;
  }
  return u;
}
