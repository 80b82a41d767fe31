// Pinned objects: a growable vector of references held by one root slot, for objects the VM
// must keep alive for the whole run and whose addresses it caches in JS (builtin types,
// singletons, interned strings, builtin function objects). Allocated in old space, never moved.
// The vector is shared by every worker attached to the heap: its count lives in the heap
// (payload word 0, tagged), never in a JS variable, so a pin made on one worker is never
// overwritten by a pin made on another. The root slot index is the same on every worker
// (the bootstrap is deterministic: vm/workers/attach.ts checks that the first `bootPrefix`
// entries of a worker's replay equal the shared heap's).
//   array payload: [count (tagged), ref 0, ref 1, ...]
// A native factory's capture run (vm/objects/builtin_function.ts runNativeFactory) builds a module
// object that nothing keeps: its pin is skipped (setCapturePins), so that the capture does not
// make its transaction inevitable. Only modules: a string pinned then is a new interned one (the
// intern table and the JS intern map keep it), a type a real one (see makeBuiltinType).
import { mem, txActive } from '../../stmgc/heap';
import { becomeInevitable, isInevitable } from '../../stmgc/txn';
import { addRoot, getRoot, setRoot } from '../../stmgc/roots';
import { GC_OLD, SCAN_ALL, TYPE_MASK } from '../../stmgc/layout';
import { allocateOld } from '../../stmgc/alloc';
import { payloadWords } from '../../stmgc/objects';
import { L_ARRAY, L_MODULE } from './layouts';

let slot = -1;
/** > 0 while a native factory runs in capture mode: its module objects are not pinned. */
let captureDepth = 0;

/** Entered and left around a native factory's capture run (runNativeFactory). */
export function setCapturePins(on: boolean): void { captureDepth += on ? 1 : -1; }

export function pin(ref: number): number {
  // pinned objects are old: the array is written without a barrier and JS keeps the address
  if ((mem[ref] & GC_OLD) === 0) throw new Error('internal: pinning a young object');
  // a capture's module is garbage once the capture returns (no closure keeps it: the factories
  // read their module at call time from sys.modules, never through the factory's `m`)
  if (captureDepth > 0 && (mem[ref] & TYPE_MASK) === L_MODULE) return ref;
  // the vector is not transactional (and JS caches the address): no abort after a pin
  if (txActive && !isInevitable()) becomeInevitable();
  if (slot < 0) grow(1024);
  let arr = getRoot(slot);
  const n = mem[arr + 2] >> 1;
  if (n + 1 >= payloadWords(arr)) arr = grow(payloadWords(arr) * 2);
  mem[arr + 3 + n] = ref;
  mem[arr + 2] = ((n + 1) << 1) | 1;
  return ref;
}

function grow(cap: number): number {
  const arr = allocateOld(L_ARRAY, cap, SCAN_ALL);
  if (arr === 0) throw new RangeError('pystm: heap too small for the VM itself');
  if (slot < 0) {
    mem[arr + 2] = 1; // count 0
    slot = addRoot(arr);
  } else {
    const old = getRoot(slot);
    const n = mem[old + 2] >> 1;
    for (let i = 0; i <= n; i++) mem[arr + 2 + i] = mem[old + 2 + i];
    setRoot(slot, arr);
  }
  return arr;
}

/** Forgets everything (a new heap was attached). */
export function resetPinned(): void {
  slot = -1;
}

/** How many objects are pinned (on every worker: the count is in the heap). */
export function pinnedCount(): number { return slot < 0 ? 0 : mem[getRoot(slot) + 2] >> 1; }
/** The i-th pinned reference. */
export function pinnedAt(i: number): number { return mem[getRoot(slot) + 3 + i]; }
/** The root slot of the vector (-1 before the first pin). */
export function pinnedSlot(): number { return slot; }
