// stmgc/remembered.ts: this worker's remembered set: old objects written since the last minor
// collection, the roots of the next one (with the objects allocated directly in old space). In a
// transaction every entry is also in the write set (it holds this worker's lock). JS-local,
// saved and restored with the rest of the per-worker state by txn_handles.ts.
import { WorkList } from './worklist';
import { threadStateHooks } from './heap';

export const remembered = new WorkList();

/** Detaches a work list's contents (the live list gets a fresh array) / puts them back. */
export function takeList(w: WorkList): { items: Int32Array; length: number } {
  const s = { items: w.items, length: w.length };
  w.items = new Int32Array(16);
  w.length = 0;
  return s;
}
export function putList(w: WorkList, s: unknown): void {
  const v = s as { items: Int32Array; length: number };
  w.items = v.items;
  w.length = v.length;
}

threadStateHooks.push({ save: () => takeList(remembered), restore: (s) => putList(remembered, s) });
