// Shared by the handle-driven STM tests (stmgc_txn, stmgc_cards, stmgc_commit_soon): a fresh
// 32 MiB heap with handles for worker slots 0..3 driven from this one JS thread, contention
// waits set to zero (a handle that would wait gives way at once: every script is deterministic),
// and the "this must abort" assertion.
import { TxAborted, attachHeap, closeAllHandles, createHeap, openHandle, setTxConfig, switchTo, type TxHandle } from '../../stmgc/index';

/** A fresh heap and handles for slots 0..3; slot 0's is current. */
export function freshHandles(): TxHandle[] {
  setTxConfig({ waitMicros: 0, inevitableWaitMicros: 0, escalateAfter: 8, backoffMaxMicros: 0 });
  const sab = createHeap({ heapBytes: 32 << 20, maxWorkers: 4, nurseryBytes: 256 << 10 });
  attachHeap(sab, 0);
  closeAllHandles();
  const h = [0, 1, 2, 3].map((s) => openHandle(s));
  switchTo(h[0]);
  return h;
}

/** Runs `fn`, which must throw TxAborted; returns it. */
export function aborts(fn: () => void): TxAborted {
  try {
    fn();
  } catch (e) {
    if (e instanceof TxAborted) return e;
    throw e;
  }
  throw new Error('expected TxAborted');
}
