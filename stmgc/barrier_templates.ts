// stmgc/barrier_templates.ts: the barriers as JavaScript source fragments for the JIT, which
// inlines them into generated traces (DESIGN §7). They must behave exactly as barriers.ts (a test
// runs both on the same heap). The generated function binds the names in BARRIER_ENV: the heap
// view, this worker's lock, snapshot, transaction flag and read markers, and the slow paths
// (see barrierEnv()); a stale snapshot only sends more reads to the (exact) slow path. In the
// single-threaded build the read barrier is empty and the write barrier is the GC_WB test alone.
// `ref` must be a JS identifier holding the object reference (never guest text).
import { GC_WB, HDR_STM, TYPE_MASK } from './layout';
import { mem, readMarks, txActive, txLock, txSnapshot } from './heap';
import { readBarrier, writeBarrier } from './barriers';

/** Identifiers the fragments use; the JIT declares them from barrierEnv(). */
export const BARRIER_ENV = ['mem', 'txLock', 'txSnapshot', 'txActive', 'readMarks', 'readBarrierSlow', 'writeBarrierSlow'] as const;
export interface BarrierEnv {
  mem: Int32Array;
  txLock: number;
  txSnapshot: number;
  txActive: boolean;
  readMarks: Uint8Array;
  readBarrierSlow(ref: number): void;
  writeBarrierSlow(ref: number): void;
}

const IDENT = /^[A-Za-z_$][\w$]*$/;
function checkIdent(ref: string): string {
  if (!IDENT.test(ref)) throw new Error(`barrier template: ${JSON.stringify(ref)} is not an identifier`);
  return ref;
}

export function readBarrierSource(stm: boolean, ref: string): string {
  checkIdent(ref);
  if (!stm) return '';
  return `if ((mem[${ref} + ${HDR_STM}] > txSnapshot || (txActive && readMarks[${ref} >> 1] === 0)) && mem[${ref} + ${HDR_STM}] !== txLock) readBarrierSlow(${ref});`;
}

export function writeBarrierSource(stm: boolean, ref: string): string {
  checkIdent(ref);
  if (stm) return `if (mem[${ref} + ${HDR_STM}] !== txLock) writeBarrierSlow(${ref});`;
  return `if ((mem[${ref}] & ${GC_WB}) !== 0) writeBarrierSlow(${ref});`;
}

/** Expression: `ref` has type `type` and needs no write-barrier work (see isWritableOfType). */
export function writableOfTypeSource(stm: boolean, ref: string, type: number): string {
  checkIdent(ref);
  if (!Number.isInteger(type) || type < 0 || type > TYPE_MASK) throw new RangeError(`bad type ${type}`);
  if (stm) return `((mem[${ref}] & ${TYPE_MASK}) === ${type} && mem[${ref} + ${HDR_STM}] === txLock)`;
  return `((mem[${ref}] & ${TYPE_MASK | GC_WB}) === ${type})`;
}

/**
 * Current values for the fragments' identifiers. The slow paths are the full barriers (their
 * fast test repeats, harmlessly). Re-read after attachHeap and at every transaction start
 * (txSnapshot changes per transaction in issue 6).
 */
export function barrierEnv(): BarrierEnv {
  return { mem, txLock, txSnapshot, txActive, readMarks, readBarrierSlow: readBarrier, writeBarrierSlow: writeBarrier };
}
