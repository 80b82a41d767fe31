// stmgc/txn_aborted.ts: the JS exception a transaction's barrier slow paths (and txPoll,
// txValidate, becomeInevitable) throw when it must abort. The VM catches it at the top of its
// dispatch loop, calls txAbort() (which rolls back, if nothing did yet) and restarts the
// transaction from the thread state saved at txBegin. Guest code never sees it.
import type { ConflictKind } from './txn_state';

export class TxAborted extends Error {
  constructor(readonly kind: ConflictKind, readonly ref: number, readonly other: number, readonly reason: string) {
    super(`transaction aborted: ${kind}${ref ? ` on object ${ref}` : ''}${other >= 0 ? ` against worker ${other}` : ''} (${reason})`);
    this.name = 'TxAborted';
  }
}
