// stmgc/index.ts: the public face of the heap for the VM. Hot code should import the barriers,
// `allocate` and the views (`mem`, `f64`, ...) directly from their modules so that esbuild
// keeps them as plain bindings; this file gathers the rest of the API in one place.
export * from './layout';
export {
  attachHeap, detachHeap, createHeap, parseHeapSize, mem, f64, u16, u8, u8hi, sab, workerSlot, safePointRequested,
  type HeapOptions,
} from './heap';
export { allocate, allocateOld, outOfMemorySinceSafePoint } from './alloc';
export { readBarrier, writeBarrier, writeBarrierCard, writeBarrierGuardedWord, readBarrierCard, readBarrierRange, writeBarrierRange, isWritableOfType, loadField, storeField } from './barriers';
export { safePoint, collectAtSafePoint, collectGarbage, setDirectMajorStep } from './gc';
export { HeapExhaustedError } from './gc_minor';
export {
  stwBoundary, stwIdleEnter, stwIdleLeave, stopTheWorld, raiseStopTheWorld, stwConfig, stwInternals, type StwConfig,
} from './gc_stw';
export { addRoot, removeRoot, getRoot, setRoot, rootCount, setTypeTable, getTypeTable } from './roots';
export { objectType, objectWords, payloadWords, scanWords, isOld, isLarge, isYoung } from './objects';
export { readStats, formatGcStats, type GcStats, readTxStats, formatTxStats, type TxStats, setStatsTiming, statsTiming } from './stats';
export {
  txBegin, txCommit, txAbort, txPoll, txValidate, atomically, inTransaction, TxAborted, becomeInevitable, isInevitable,
  setTxConfig, txConfig, type TxConfig, abortHooks, txLogSizes,
} from './txn';
export { openHandle, switchTo, currentHandle, withHandle, closeAllHandles, collectAllHandles, type TxHandle } from './txn_handles';
export {
  conflictLog, clearConflictLog, formatConflict, setTxLocation, setLocationResolver, describeLocation, type ConflictRecord,
} from './conflict_log';
export type { ConflictKind } from './txn_state';
export { verifyHeap } from './verify';
export { STM_BUILD } from './build_mode';
