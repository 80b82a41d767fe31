// stmgc/barriers.ts: what the VM and the JIT call on every access to a shared mutable object.
//   readBarrier(ref)        before reading fields of a mutable object that may be shared.
//   writeBarrier(ref)       before writing any field of any object.
//   writeBarrierCard(ref,i) before writing payload word i of a big array (card-granular undo;
//                           on a large object also card-granular conflicts: txn_cards.ts).
//   readBarrierCard(ref,i)  before reading payload word i of a large object (card conflicts);
//   readBarrierRange / writeBarrierRange  the same for payload words [lo, hi) (bulk moves).
//   writeBarrierGuardedWord(ref,i) before writing word i of a raw table guarded by an object this
//                           transaction write-locked (a dict's index table): logs that word only.
// Each is a few bytecodes so V8 inlines it (a real call costs 3-4x on an object walk). The STM
// build tests the object's STM word against this worker's lock/snapshot and (in a transaction)
// its read marker; the single-threaded build (STM_BUILD folded to false by esbuild) keeps only
// the generational write check (one load, one AND) and has no read barrier at all. Immutable
// objects (int, float, str, tuple, ...) need no read barrier once published; objects allocated
// in this transaction carry its lock and pass every fast path. Outside a transaction (txActive
// false: issue-5 mode) the slow paths only do the GC's remembered-set work, as before.
import { CARD_SHIFT, GC_WB, HDR_STM, HEADER_WORDS, TYPE_MASK } from './layout';
import { STM_BUILD } from './build_mode';
import { cardBase, cardMarks, cardReadMarks, mem, readMarks, txActive, txLock, txSnapshot } from './heap';
import { remembered } from './remembered';
import { S_READ_SLOW, S_WRITE_SLOW, bumpStat } from './stats';
import { txReadSlow, txWriteCardSlow, txWriteSlow } from './txn_barriers';
import { readCardRangeSlow, writeCardRangeSlow } from './txn_cards_range';
import { txGuardedWordSlow } from './txn_guarded';

export { allocate, allocateOld } from './alloc';
export { remembered } from './remembered';

/**
 * Read barrier. Passes when the STM word is this worker's own lock (objects it wrote or
 * allocated), or a version no newer than the snapshot that (in a transaction) is already in the
 * read set. Locks are >= LOCK_BASE, above any version.
 */
export function readBarrier(ref: number): void {
  // (no `const` here: esbuild does not delete an `if (false)` block that declares a variable;
  // TurboFan merges the loads of the same element. Outside a transaction a committed object
  // costs one compare and one flag load, as in issue 5)
  if (STM_BUILD && (mem[ref + HDR_STM] > txSnapshot || (txActive && readMarks[ref >> 1] === 0)) && mem[ref + HDR_STM] !== txLock) readSlow(ref);
}

/** Write barrier: the first write to an object per transaction (STM) / per minor cycle (GC). */
export function writeBarrier(ref: number): void {
  if (STM_BUILD) {
    if (mem[ref + HDR_STM] !== txLock) writeSlowStm(ref);
  } else if ((mem[ref] & GC_WB) !== 0) {
    writeSlowGc(ref);
  }
}

/**
 * Write barrier for payload word `i` of a big array (list/dict storage): in a transaction only
 * the card (CARD_WORDS words) holding it is saved in the undo log, not the whole object, and a
 * large object is locked per card (the object word is ours only after a whole write, the card
 * word after a card write). Equal to writeBarrier in the single-threaded build.
 */
export function writeBarrierCard(ref: number, i: number): void {
  if (STM_BUILD) {
    if ((mem[ref + HDR_STM] !== txLock && mem[cardBase + ((ref + HEADER_WORDS + i) >>> CARD_SHIFT)] !== txLock) || (txActive && cardMarks[(ref + HEADER_WORDS + i) >>> CARD_SHIFT] === 0)) writeCardSlow(ref, i);
  } else if ((mem[ref] & GC_WB) !== 0) {
    writeSlowGc(ref);
  }
}

/**
 * Write barrier for payload word `i` of a raw table (no references) that is only ever accessed
 * under the barrier of a guarding object, which the caller has write-barriered already (a dict's
 * index table under its dict): no lock on the table, only word `i` saved in the undo log
 * (txn_guarded.ts); nothing when the table is ours (allocated or whole-written in this
 * transaction). Outside a transaction and in the single-threaded build: writeBarrier.
 */
export function writeBarrierGuardedWord(ref: number, i: number): void {
  if (STM_BUILD) {
    if (mem[ref + HDR_STM] !== txLock) {
      if (txActive) txGuardedWordSlow(ref, i);
      else writeSlowStm(ref);
    }
  } else if ((mem[ref] & GC_WB) !== 0) {
    writeSlowGc(ref);
  }
}

/**
 * Read barrier for payload word `i` of a LARGE object (a big list's items, a big dict's tables):
 * passes when the card's STM word is our lock, or a version no newer than the snapshot that (in
 * a transaction) is already in the card read set; so it conflicts only with writers of that
 * card. On a small object it is readBarrier (through the slow path: use readBarrier there).
 * Nothing in the single-threaded build.
 */
export function readBarrierCard(ref: number, i: number): void {
  if (STM_BUILD && (mem[cardBase + ((ref + HEADER_WORDS + i) >>> CARD_SHIFT)] > txSnapshot || (txActive && cardReadMarks[(ref + HEADER_WORDS + i) >>> CARD_SHIFT] === 0)) && mem[cardBase + ((ref + HEADER_WORDS + i) >>> CARD_SHIFT)] !== txLock) readCardRangeSlow(ref, i, i + 1);
}

/** Read barrier for payload words [lo, hi) of an object: the cards they span of a large object,
 *  the whole object otherwise. */
export function readBarrierRange(ref: number, lo: number, hi: number): void {
  if (STM_BUILD && mem[ref + HDR_STM] !== txLock && txActive) readCardRangeSlow(ref, lo, hi);
}

/** Write barrier for payload words [lo, hi): the cards they span of a large object (locked and
 *  saved once each), the whole object otherwise. */
export function writeBarrierRange(ref: number, lo: number, hi: number): void {
  if (STM_BUILD) {
    if (mem[ref + HDR_STM] !== txLock) writeCardRangeSlow(ref, lo, hi);
  } else if ((mem[ref] & GC_WB) !== 0) {
    writeSlowGc(ref);
  }
}

/**
 * Fused type guard + write barrier for the interpreter and the JIT: true when `ref` has type
 * `type` AND needs no barrier work, in one test in the single-threaded build (the WB bit sits
 * next to the type, so `head & (TYPE_MASK | GC_WB)` equals `type` only when both hold). When it
 * returns false the caller takes its slow path: check the type, then call writeBarrier.
 */
export function isWritableOfType(ref: number, type: number): boolean {
  if (STM_BUILD) return (mem[ref] & TYPE_MASK) === type && mem[ref + HDR_STM] === txLock;
  return (mem[ref] & (TYPE_MASK | GC_WB)) === type;
}

/** Store of a tagged value into payload word `i` of `ref`, with its barrier. */
export function storeField(ref: number, i: number, value: number): void {
  writeBarrier(ref);
  mem[ref + 2 + i] = value;
}

/** Load of payload word `i` of a shared mutable object, with its barrier. */
export function loadField(ref: number, i: number): number {
  readBarrier(ref);
  return mem[ref + 2 + i];
}

// ── slow paths (not inlined) ──

export function readSlow(ref: number): void {
  bumpStat(S_READ_SLOW, 1);
  if (txActive) txReadSlow(ref);
}

/** STM build: in a transaction, lock + undo log (txn_barriers.ts); outside, as issue 5. */
export function writeSlowStm(ref: number): void {
  if (txActive) {
    txWriteSlow(ref, true);
    bumpStat(S_WRITE_SLOW, 1);
    return;
  }
  mem[ref + HDR_STM] = txLock;
  if ((mem[ref] & GC_WB) !== 0) writeSlowGc(ref);
}

export function writeCardSlow(ref: number, i: number): void {
  if (txActive) {
    txWriteCardSlow(ref, i);
    return;
  }
  writeSlowStm(ref);
}

function writeSlowGc(ref: number): void {
  mem[ref] &= ~GC_WB;
  remembered.push(ref);
  bumpStat(S_WRITE_SLOW, 1);
}
