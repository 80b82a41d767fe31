// id() and identity hashes for a moving nursery. An old object's identity is its address (old
// space never moves). A young object asked for its identity gets a number from a counter,
// remembered in a per-worker table keyed by address; the minor collection moves the entry to
// the object's new address (stmgc minorHooks), the major one drops entries of dead objects. The
// two kinds never collide: addresses are multiples of 8 below 2^35, counters start at 2^36.
import { mem, workerSlot } from '../../stmgc/heap';
import { G_ID_TABLE } from '../../stmgc/layout';
import { allocateOld } from '../../stmgc/alloc';
import { addRoot, setRoot } from '../../stmgc/roots';
import { L_ARRAY } from './layouts';
import { GC_OLD, TYPE_MASK } from '../../stmgc/layout';
import { minorHooks } from '../../stmgc/gc_minor';
import { majorHooks } from '../../stmgc/gc_major';

const young = new Map<number, number>();
const promoted = new Map<number, number>();
/** Next id for a young object: strided by worker slot, so two workers never hand out one id. */
let counter = 0;
const ID_BASE = 2 ** 36;
const ID_STRIDE = 16 * 64; // 64 worker slots at most

// ── the shared table (issue 6): with several workers, an id handed out to a young object must
// be the same on every worker once the object is old. At each minor collection, the promoted
// objects that have such an id are published in a heap table (address -> id), which a worker
// consults for an old object it has no entry for. The table is raw (not traced), reachable
// from a root slot, written under its own spin lock, outside any transaction's undo log. Dead
// objects' entries are never removed (a new object at a reused address then gets that dead
// object's id: still unique among live objects). A table half full is replaced by one twice
// its size (same root slot; the old one is garbage at the next major collection, which stops
// every worker, so no reader is still probing it): a fixed table that stopped publishing once
// full gave a promoted object another id on another worker (its address), so a set or dict
// keyed by it lost the key when its thread moved (test_weakref test_threaded_weak_*_dict_copy).
const IDT_LOCK = 2; // payload word 0: spin lock
const IDT_COUNT = 3; // payload word 1: entries
const IDT_CAP = 4; // payload word 2: slots (a power of two)
const IDT_ROOT = 5; // payload word 3: the root slot that holds the table
const IDT_SLOTS = 6; // then [address, (id - ID_BASE) / 16] pairs
const IDT_FIRST_CAP = 1 << 16;

function newTable(cap: number): number {
  const t = allocateOld(L_ARRAY, IDT_SLOTS - 2 + cap * 2, 0);
  if (t === 0) return 0;
  mem.fill(0, t + 2, t + IDT_SLOTS + cap * 2);
  mem[t + IDT_CAP] = cap;
  return t;
}

/** Creates the shared table (main thread, once, when transactions start). */
export function initSharedIdentity(): void {
  if (mem[G_ID_TABLE] !== 0) return;
  const t = newTable(IDT_FIRST_CAP);
  if (t === 0) return;
  mem[t + IDT_ROOT] = addRoot(t);
  mem[G_ID_TABLE] = t;
  for (const [ref, id] of promoted) publish(ref, id); // ids handed out before
}

/** The first slot to probe: the product's top log2(cap) bits (Fibonacci hashing). */
function idSlot(ref: number, cap: number): number { return Math.imul(ref, 0x9e3779b1) >>> Math.clz32(cap - 1); }

/** Writes ref -> id into table t (its lock held, a free slot left). */
function put(t: number, ref: number, idWord: number): void {
  const cap = mem[t + IDT_CAP];
  let i = idSlot(ref, cap);
  while (mem[t + IDT_SLOTS + i * 2] !== 0 && mem[t + IDT_SLOTS + i * 2] !== ref) i = (i + 1) & (cap - 1);
  if (mem[t + IDT_SLOTS + i * 2] === 0) mem[t + IDT_COUNT]++;
  mem[t + IDT_SLOTS + i * 2 + 1] = idWord;
  Atomics.store(mem, t + IDT_SLOTS + i * 2, ref);
}

/** Table t (its lock held) copied into one twice its size, which replaces it; false when
 *  there is no memory for it (the id is then not published, as before). */
function grow(t: number): boolean {
  const cap = mem[t + IDT_CAP];
  const n = newTable(cap * 2);
  if (n === 0) return false;
  for (let i = 0; i < cap; i++) {
    const a = mem[t + IDT_SLOTS + i * 2];
    if (a !== 0) put(n, a, mem[t + IDT_SLOTS + i * 2 + 1]);
  }
  const slot = mem[t + IDT_ROOT];
  mem[n + IDT_ROOT] = slot;
  setRoot(slot, n);
  Atomics.store(mem, G_ID_TABLE, n);
  return true;
}

function publish(ref: number, id: number): void {
  for (;;) {
    const t = mem[G_ID_TABLE];
    if (t === 0) return;
    while (Atomics.compareExchange(mem, t + IDT_LOCK, 0, 1) !== 0) { /* spin: a few stores */ }
    if (mem[G_ID_TABLE] !== t) {
      // (replaced while we waited: publish in the new one)
      Atomics.store(mem, t + IDT_LOCK, 0);
      continue;
    }
    if (mem[t + IDT_COUNT] >= mem[t + IDT_CAP] / 2 && !grow(t)) {
      Atomics.store(mem, t + IDT_LOCK, 0);
      return;
    }
    if (mem[G_ID_TABLE] !== t) {
      Atomics.store(mem, t + IDT_LOCK, 0);
      continue;
    }
    put(t, ref, (id - ID_BASE) / 16);
    Atomics.store(mem, t + IDT_LOCK, 0);
    return;
  }
}

function sharedId(ref: number): number {
  const t = Atomics.load(mem, G_ID_TABLE);
  if (t === 0 || mem[t + IDT_COUNT] === 0) return 0;
  const cap = mem[t + IDT_CAP];
  for (let i = idSlot(ref, cap); ; i = (i + 1) & (cap - 1)) {
    const a = mem[t + IDT_SLOTS + i * 2];
    if (a === 0) return 0;
    if (a === ref) return ID_BASE + (mem[t + IDT_SLOTS + i * 2 + 1] >>> 0) * 16;
  }
}

/** The id() of a heap object, as a JS number (exact below 2^53). */
export function identity(ref: number): number {
  if ((mem[ref] & GC_OLD) !== 0) {
    const p = promoted.get(ref);
    if (p !== undefined) return p;
    const s = sharedId(ref);
    if (s === 0) return ref * 4;
    promoted.set(ref, s);
    return s;
  }
  let id = young.get(ref);
  if (id === undefined) {
    if (counter === 0) counter = ID_BASE + workerSlot * 16;
    id = counter;
    counter += ID_STRIDE;
    young.set(ref, id);
  }
  return id;
}

/** The identity hash (an int32), as CPython's id(x) >> 4 folded. */
export function identityHash(ref: number): number {
  const id = identity(ref);
  const h = (id / 16) | 0;
  return h === -1 ? -2 : h;
}

let hooked = false;
export function resetIdentity(): void {
  young.clear();
  promoted.clear();
  if (hooked) return;
  hooked = true;
  minorHooks.push((forwarded) => {
    for (const [ref, id] of young) {
      const to = forwarded(ref);
      if (to === ref) continue; // (still young: below a partial collection's range)
      young.delete(ref);
      if (to !== 0) {
        promoted.set(to, id);
        publish(to, id);
      }
    }
  });
  majorHooks.push(() => {
    for (const ref of promoted.keys()) if ((mem[ref] & TYPE_MASK) === 0) promoted.delete(ref);
  });
}
