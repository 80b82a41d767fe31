// stmgc/roots.ts: the root table, a fixed array of tagged words in the heap that the VM uses to
// pin its global objects (thread states, module dicts, interned strings, the builtins...). Both
// collectors trace every slot and update it when the referent moves, so a slot index is a stable
// handle where a raw reference is not. Free slots hold small ints chaining the free list (the GC
// ignores small ints); add/remove take the global allocation lock, get/set are plain accesses.
// A slot that receives a reference into this worker's nursery is recorded in `rootsWritten`
// (JS-local, per worker): a minor collection visits only those slots, not the whole table (16384
// slots by default: scanning them all cost ~70 µs per commit). A young object of this worker can
// only reach a slot through addRoot/setRoot on this worker since its last minor collection, so
// writing root slots any other way than through this file is not allowed.
import { G_ROOT_COUNT, G_ROOT_FREE, G_TYPE_TABLE, tagInt, untagInt } from './layout';
import { attachHooks, mem, nurseryEnd, nurseryStart, rootBase, rootSlots, threadStateHooks } from './heap';
import { lockAlloc, unlockAlloc } from './pages';
import { WorkList } from './worklist';
import { putList, takeList } from './remembered';

/** Root slots written with a reference into this worker's nursery since its last minor collection. */
export const rootsWritten = new WorkList(64);
threadStateHooks.push({ save: () => takeList(rootsWritten), restore: (s) => putList(rootsWritten, s) });
attachHooks.onAttach.push(() => { rootsWritten.length = 0; });

function noteYoung(slot: number, value: number): void {
  if ((value & 1) === 0 && ((value - nurseryStart) >>> 0) < ((nurseryEnd - nurseryStart) >>> 0)) rootsWritten.push(slot);
}

/** Pins `value` in a new root slot and returns the slot index, or -1 when the table is full. */
export function addRoot(value: number): number {
  lockAlloc();
  try {
    const slot = mem[G_ROOT_FREE];
    if (slot === -1) return -1;
    mem[G_ROOT_FREE] = untagInt(mem[rootBase + slot]);
    mem[rootBase + slot] = value;
    mem[G_ROOT_COUNT]++;
    noteYoung(slot, value);
    return slot;
  } finally {
    unlockAlloc();
  }
}

/** Frees a slot returned by addRoot (its value is no longer a root). */
export function removeRoot(slot: number): void {
  checkSlot(slot);
  lockAlloc();
  try {
    mem[rootBase + slot] = tagInt(mem[G_ROOT_FREE]);
    mem[G_ROOT_FREE] = slot;
    mem[G_ROOT_COUNT]--;
  } finally {
    unlockAlloc();
  }
}

export function getRoot(slot: number): number { return mem[rootBase + slot]; }
export function setRoot(slot: number, value: number): void {
  mem[rootBase + slot] = value;
  noteYoung(slot, value);
}
export function rootCount(): number { return mem[G_ROOT_COUNT]; }

/** The VM's type table object (also a root). */
export function setTypeTable(ref: number): void { mem[G_TYPE_TABLE] = ref; }
export function getTypeTable(): number { return mem[G_TYPE_TABLE]; }

function checkSlot(slot: number): void {
  if (!(slot >= 0 && slot < rootSlots) || (slot | 0) !== slot) throw new RangeError(`stmgc: bad root slot ${slot}`);
}
