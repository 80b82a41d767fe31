// stmgc/barriers.ts: what the VM and the JIT call on every access to a shared mutable object.
// The shapes are final; in issue 5 the slow paths do only the GC part, issue 6 fills in STM.
//   readBarrier(ref)  before reading fields of a mutable object that may be shared.
//   writeBarrier(ref) before writing any field of any object.
// Each is a few bytecodes so V8 inlines it (a real call costs 3-4x on an object walk). The
// STM build tests the object's STM word against this worker's lock/snapshot; the single-threaded
// build (STM_BUILD folded to false by esbuild) keeps only the generational write check (one load,
// one AND) and has no read barrier at all. Immutable objects (int, float, str, tuple, ...) need no
// read barrier once published; objects allocated in this transaction pass both fast paths.
import { GC_WB, HDR_STM, TYPE_MASK } from './layout';
import { STM_BUILD } from './build_mode';
import { mem, txLock, txSnapshot } from './heap';
import { S_READ_SLOW, S_WRITE_SLOW, bumpStat } from './stats';
import { WorkList } from './worklist';

export { allocate, allocateOld } from './alloc';

/** Old objects written since the last minor collection (roots of the next one). */
export const remembered = new WorkList();

/**
 * Read barrier. Passes when the STM word is a version no newer than the snapshot, or is this
 * worker's own lock (objects it wrote or allocated). Locks are >= LOCK_BASE, above any version.
 */
export function readBarrier(ref: number): void {
  // (no `const` here: esbuild does not delete an `if (false)` block that declares a variable;
  // TurboFan merges the two loads of the same element)
  if (STM_BUILD && mem[ref + HDR_STM] > txSnapshot && mem[ref + HDR_STM] !== txLock) readSlow(ref);
}

/** Write barrier: the first write to an old object since the last minor collection records it. */
export function writeBarrier(ref: number): void {
  if (STM_BUILD) {
    if (mem[ref + HDR_STM] !== txLock) writeSlowStm(ref);
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

/** Issue 6: revalidate/extend the snapshot or abort; record in the read set. */
function readSlow(_ref: number): void {
  bumpStat(S_READ_SLOW, 1);
}

/** STM build: issue 6 takes the lock here (CAS on the STM word) and backs the object up. */
function writeSlowStm(ref: number): void {
  mem[ref + HDR_STM] = txLock;
  if ((mem[ref] & GC_WB) !== 0) writeSlowGc(ref);
}

function writeSlowGc(ref: number): void {
  mem[ref] &= ~GC_WB;
  remembered.push(ref);
  bumpStat(S_WRITE_SLOW, 1);
}
