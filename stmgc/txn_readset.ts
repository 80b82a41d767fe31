// stmgc/txn_readset.ts: the read set. Reads are invisible: other workers never see them. The
// read barrier records an old object once per transaction (its read marker, one byte per 8-byte
// granule in a private Uint8Array, says it is already in); validation checks that every object
// read still has a version no newer than the snapshot, or is locked by this transaction itself.
// An object locked by another transaction fails validation (its value may be changing; if that
// transaction aborts it republishes the object with a fresh version, see txn_rollback.ts).
// The markers are cleared through the read set at the end of the transaction, so the table is
// never scanned and its untouched pages stay unallocated. Cards of large objects read are kept
// apart (txn_cards.ts, tx.cardReadSet) and validated here too.
import { cardMarks, cardReadMarks, mem, readMarks, setCardMarks, setCardReadMarks, setReadMarks, txLock, txLockClean, txSnapshot } from './heap';
import { clearCardReads, validateCardReads } from './txn_cards';
import { CARD_SHIFT, HDR_STM } from './layout';
import { bumpTxStat, X_READ_SET } from './stats';
import { tx } from './txn_state';

/** Gives this worker its marker tables (first transaction of the slot). */
export function ensureMarkTables(): void {
  if (readMarks.length === 0) setReadMarks(new Uint8Array(mem.length >>> 1));
  if (cardMarks.length === 0) setCardMarks(new Uint8Array((mem.length >>> CARD_SHIFT) + 1));
  if (cardReadMarks.length === 0) setCardReadMarks(new Uint8Array((mem.length >>> CARD_SHIFT) + 1));
}

export function recordRead(ref: number): void {
  readMarks[ref >> 1] = 1;
  tx.readSet.push(ref);
}

/** Returns 0 when every object read is still valid for the snapshot, else the first bad one. */
export function validateReadSet(): number {
  const rs = tx.readSet;
  const items = rs.items;
  const snap = txSnapshot;
  for (let i = 0, n = rs.length; i < n; i++) {
    const r = items[i];
    const s = mem[r + HDR_STM];
    if (s <= snap || s === txLock || s === txLockClean) continue;
    return r;
  }
  return tx.cardReadSet.length === 0 ? 0 : validateCardReads();
}

export function clearReadSet(): void {
  const rs = tx.readSet;
  const items = rs.items;
  const marks = readMarks;
  for (let i = 0, n = rs.length; i < n; i++) marks[items[i] >> 1] = 0;
  bumpTxStat(X_READ_SET, rs.length + (tx.cardReadSet.length >> 1));
  rs.clear();
  if (tx.cardReadSet.length !== 0) clearCardReads();
}
