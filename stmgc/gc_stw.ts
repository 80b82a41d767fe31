// stmgc/gc_stw.ts: stop-the-world coordination of the major collection across workers (issue 6).
// The VM calls these at the points where a worker holds no reference in a JS local:
//   stwBoundary()   at every transaction boundary (after its commit and minor collection,
//                   before the next begin; thread registers saved in the heap);
//   stwIdleEnter()  before it blocks with nothing to run (futex wait on the scheduler),
//   stwIdleLeave()  after it wakes, before it touches the heap again.
// A worker that is idle counts as stopped. API first (this file); the collection itself is
// gc_major.ts. Until the coordination is built, a major collection only runs when the
// collecting worker is the one attached (gc.ts), so these only keep the contract.

/** Takes part in a requested stop-the-world major collection, if any (one load when none). */
export function stwBoundary(): void {}

/** This worker is about to block outside any transaction, holding no unrooted reference. */
export function stwIdleEnter(): void {}

/** This worker woke up; waits while a stop-the-world collection is running. */
export function stwIdleLeave(): void {}
