// stmgc/roots.ts: the root table, a fixed array of tagged words in the heap that the VM uses to
// pin its global objects (thread states, module dicts, interned strings, the builtins...). Both
// collectors trace every slot and update it when the referent moves, so a slot index is a stable
// handle where a raw reference is not. Free slots hold small ints chaining the free list (the GC
// ignores small ints); add/remove take the global allocation lock, get/set are plain accesses.
import { G_ROOT_COUNT, G_ROOT_FREE, G_TYPE_TABLE, tagInt, untagInt } from './layout';
import { mem, rootBase, rootSlots } from './heap';
import { lockAlloc, unlockAlloc } from './pages';

/** Pins `value` in a new root slot and returns the slot index, or -1 when the table is full. */
export function addRoot(value: number): number {
  lockAlloc();
  try {
    const slot = mem[G_ROOT_FREE];
    if (slot === -1) return -1;
    mem[G_ROOT_FREE] = untagInt(mem[rootBase + slot]);
    mem[rootBase + slot] = value;
    mem[G_ROOT_COUNT]++;
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
export function setRoot(slot: number, value: number): void { mem[rootBase + slot] = value; }
export function rootCount(): number { return mem[G_ROOT_COUNT]; }

/** The VM's type table object (also a root). */
export function setTypeTable(ref: number): void { mem[G_TYPE_TABLE] = ref; }
export function getTypeTable(): number { return mem[G_TYPE_TABLE]; }

function checkSlot(slot: number): void {
  if (!(slot >= 0 && slot < rootSlots) || (slot | 0) !== slot) throw new RangeError(`stmgc: bad root slot ${slot}`);
}
