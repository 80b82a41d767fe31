// stmgc/txn_handles.ts: several worker slots driven from ONE JS thread, for deterministic tests
// (stmgc's c8/test style: "t1 reads x, t2 writes x and commits, t1 must abort"). The per-worker
// state of stmgc is JS-local (module bindings: slot, nursery pointer, lock value, snapshot, logs,
// remembered set...); every module registers a save/restore pair in heap.threadStateHooks, and a
// handle holds one saved copy. switchTo(h) parks the live state in the current handle and makes
// h's live. A conflict with another handle of this thread cannot be waited for (nobody else
// runs): the contention code instead rolls that handle back on the spot (`withHandle`) when
// policy says the other side loses, or aborts the caller.
import { attachHeap, clearSafePointRequest, mem, sab, threadStateHooks, workerSlot } from './heap';
import { G_STOP_WORLD } from './layout';
import { minorCollection } from './gc_minor';
import { majorCollection } from './gc_major';

export interface TxHandle { readonly slot: number; saved: unknown[] | null }

const handles = new Map<number, TxHandle>();
let current: TxHandle | null = null;

function saveLive(): unknown[] { return threadStateHooks.map((h) => h.save()); }
function restoreLive(s: unknown[]): void { threadStateHooks.forEach((h, i) => h.restore(s[i])); }

/** Attaches worker `slot` of the current heap as a new handle and makes it current. */
export function openHandle(slot: number): TxHandle {
  if (handles.has(slot)) throw new Error(`stmgc: slot ${slot} already has a handle`);
  if (current) current.saved = saveLive();
  const h: TxHandle = { slot, saved: null };
  attachHeap(sab, slot);
  handles.set(slot, h);
  current = h;
  return h;
}

/** Makes `h` the live worker of this JS thread. */
export function switchTo(h: TxHandle): void {
  if (h === current) return;
  if (!handles.has(h.slot) || h.saved === null) throw new Error('stmgc: not an open handle');
  if (current) current.saved = saveLive();
  restoreLive(h.saved);
  h.saved = null;
  current = h;
}

export function currentHandle(): TxHandle | null { return current; }
/** The handle of `slot` in this JS thread, if any (contention uses it instead of waiting). */
export function localHandle(slot: number): TxHandle | null {
  return slot === workerSlot ? null : handles.get(slot) ?? null;
}
/** Whether handles are in use in this thread (then nothing ever waits: see the header). */
export function handleMode(): boolean { return handles.size > 0; }

/** Runs `fn` with `h` live, then switches back to whatever was live before. */
export function withHandle<T>(h: TxHandle, fn: () => T): T {
  const prev = current;
  switchTo(h);
  try {
    return fn();
  } finally {
    if (prev) switchTo(prev);
  }
}

export function allHandles(): TxHandle[] { return [...handles.values()]; }

/** Forgets every handle (the live state stays that of the current one). */
export function closeAllHandles(): void {
  handles.clear();
  current = null;
}

/**
 * Stop-the-world of this thread's handles (none may be in a transaction): a minor collection
 * of every handle's nursery, then a major collection. Returns the objects freed.
 */
export function collectAllHandles(): number {
  const prev = current;
  for (const h of handles.values()) {
    switchTo(h);
    if (inTransactionHook()) throw new Error(`stmgc: handle ${h.slot} is in a transaction`);
    minorCollection();
  }
  if (prev) switchTo(prev);
  const freed = majorCollection();
  Atomics.store(mem, G_STOP_WORLD, 0); // a request raised meanwhile (gc_stw.ts) is served too
  for (const h of handles.values()) withHandle(h, clearSafePointRequest);
  return freed;
}
let inTransactionHook: () => boolean = () => false;
/** txn.ts registers how to ask whether the live slot is in a transaction (no import cycle). */
export function setInTransactionHook(f: () => boolean): void { inTransactionHook = f; }
