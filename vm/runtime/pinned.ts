// Pinned objects: a growable vector of references held by one root slot, for objects the VM
// must keep alive for the whole run and whose addresses it caches in JS (builtin types,
// singletons, interned strings, builtin function objects). Allocated in old space, never moved.
import { mem } from '../../stmgc/heap';
import { addRoot, getRoot, setRoot } from '../../stmgc/roots';
import { GC_OLD, SCAN_ALL } from '../../stmgc/layout';
import { allocateOld } from '../../stmgc/alloc';
import { L_ARRAY } from './layouts';

let slot = -1;
let count = 0;
let capacity = 0;

export function pin(ref: number): number {
  // pinned objects are old: the array is written without a barrier and JS keeps the address
  if ((mem[ref] & GC_OLD) === 0) throw new Error('internal: pinning a young object');
  if (slot < 0 || count === capacity) grow();
  const arr = getRoot(slot);
  mem[arr + 2 + count++] = ref;
  return ref;
}

function grow(): void {
  const cap = Math.max(1024, capacity * 2);
  const arr = allocateOld(L_ARRAY, cap, SCAN_ALL);
  if (arr === 0) throw new RangeError('pystm: heap too small for the VM itself');
  if (slot < 0) slot = addRoot(arr);
  else {
    const old = getRoot(slot);
    for (let i = 0; i < count; i++) mem[arr + 2 + i] = mem[old + 2 + i];
    setRoot(slot, arr);
  }
  capacity = cap;
}

/** Forgets everything (a new heap was attached). */
export function resetPinned(): void {
  slot = -1;
  count = 0;
  capacity = 0;
}
