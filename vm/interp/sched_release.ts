// vm/interp/sched_release.ts: whether a guest lock release ends the running transaction (at the
// next safe point). A transaction that took a Lock holds the Lock's STM write lock until it ends,
// so threads that take a shared Lock now and then between long stretches of work (a progress
// counter, a results list) conflicted on it whenever their slices overlapped, and the pool
// worker napped GIL-style though the critical sections were short and rare. A release that comes
// at least RELEASE_COMMIT_MS after the transaction's begin or its previous release, while a
// transaction runs on another worker, therefore ends the transaction: the Lock is published at
// once and held only for its critical section. Back-to-back critical sections (a Lock around
// every iteration: bench/parallel/contended_counter.py) are left to the slice and the contention
// naps (sched_nap.ts), since a commit each would cost more than it frees; a release that another
// worker is waiting for (stmgc commitSoonAsked) always ends it. vm/NOTES.md "Lock releases end
// transactions".

/** PYSTM_RELEASE_COMMIT_MS (Infinity: only when another worker asked). */
export const RELEASE_COMMIT_MS = Number(process.env.PYSTM_RELEASE_COMMIT_MS ?? 0.05);

/** The decision, from explicit times (ms): `began` the transaction's begin, `lastRelease` the
 *  previous release on this worker (any transaction), `now` this release. */
export function releaseEndsTransaction(now: number, began: number, lastRelease: number, asked: boolean, otherRunning: () => boolean, thresholdMs = RELEASE_COMMIT_MS): boolean {
  if (asked) return true;
  const since = now - (lastRelease > began ? lastRelease : began);
  return since >= thresholdMs && otherRunning();
}
