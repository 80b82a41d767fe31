// stmgc/txn_guarded.ts: the slow path of writeBarrierGuardedWord (barriers.ts), for raw tables
// that no one reads or writes without first taking the barrier of a guarding object (a dict's
// index table: every reader read-barriers the dict, every writer write-barriers it first). The
// guard's lock already excludes every other transaction, so the table itself takes no lock (no
// CAS, no card lock); a write only saves the one word it changes in the undo log (4 words of log
// instead of a 32-word card: inserts into a big dict committed earlier hit a new card of its index
// table almost every time, bench/NOTES.md item 10). Nothing is saved when the table is this
// transaction's as a whole: allocated by it (an abort drops it), or whole-written (its whole
// backup is in the log; the backups replay newest first, so the older copy wins either way).
// An inevitable transaction never aborts and logs nothing. The table's version never changes:
// nobody validates it (readers validate the guard). Its words must not be references (the GC
// does not look at what this path writes; raw tables have none).
import { HDR_STM } from './layout';
import { mem, txLockClean } from './heap';
import { tx } from './txn_state';
import { backupRange } from './txn_undo';
import { checkUsable } from './txn_contention';

/** In a transaction, the table's STM word is not our lock: save payload word `i`, if needed. */
export function txGuardedWordSlow(ref: number, i: number): void {
  checkUsable();
  if (tx.inevitable || mem[ref + HDR_STM] === txLockClean) return;
  backupRange(ref, i, 1);
}
