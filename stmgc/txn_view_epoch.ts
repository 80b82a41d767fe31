// stmgc/txn_view_epoch.ts: keeps a transaction's cached class reads consistent with the rest of
// its view when its snapshot moves mid-transaction (stmgc/NOTES.md "Caches beside the heap follow
// the snapshot", h27-epoch).
// The VM reads class attributes from per-worker caches (TypeInfo, inline caches) kept valid by
// the heap class epoch G_CLASS_EPOCH, not by the read set. At txBegin the caches are dropped when
// the epoch moved; but a snapshot *extension* validates only the recorded reads, so a transaction
// could read C.a from a cache, extend past a commit that changed C.a and C.b, and read the new
// C.b (a torn pair). So: a transaction notes the epoch its snapshot was taken at (read after the
// clock, before the VM's own check, so the caches it keeps are never older than the note), and
//   - an extension (or becoming inevitable mid-transaction) that finds the epoch moved aborts;
//   - an inevitable transaction cannot abort, so a commit that bumps the epoch aborts instead
//     while another worker holds the inevitable token: the committer bumps (Atomics.add) before
//     loading G_INEVITABLE, the inevitable one takes the token (CAS) before loading the epoch, so
//     one of the two always sees the other (a bump of an aborted commit is only a spurious move).
import { G_CLASS_EPOCH, G_INEVITABLE } from './layout';
import { mem, workerSlot } from './heap';
import { tx } from './txn_state';
import { doom } from './txn_contention';

/** At txBegin and at an escalation to inevitable at begin (nothing read yet): after the clock. */
export function noteViewEpoch(): void {
  tx.viewEpoch = Atomics.load(mem, G_CLASS_EPOCH);
}

/** When the snapshot moves mid-transaction (an extension, becoming inevitable), after the clock
 *  was read and the read set validated: a class changed since the view was taken aborts. */
export function checkViewEpoch(): void {
  const e = Atomics.load(mem, G_CLASS_EPOCH);
  if (e === tx.viewEpoch) return;
  // (an inevitable transaction meets only bumps of commits that then aborted: see above)
  if (!tx.inevitable) {
    doom('write-read', 0, -1, 'a class changed: class attributes read from the caches may be stale');
  }
  tx.viewEpoch = e;
}

/** A committing transaction that changed a class (its epoch bump published): another worker's
 *  inevitable transaction may hold cached reads of it, so this one aborts. */
export function checkClassCommit(): void {
  const holder = Atomics.load(mem, G_INEVITABLE);
  if (holder !== 0 && holder !== workerSlot + 1) doom('inevitable', 0, holder - 1, 'a class change cannot commit while another transaction is inevitable');
}
