// stmgc/layout.ts: THE definition of the shared heap's representation: value encoding, object
// header bits, size classes, and where every region of the one SharedArrayBuffer lies. Nothing
// else in pystm may hard-code any of these numbers. Pure constants and pure functions only (no
// state, no views), so every module and every JIT template can import it freely.
// Invariants: a reference is an even word index (8-byte aligned object), 0 is NULL; every object
// starts with a 2-word header; everything the GC needs (size, how many words to trace, its bits)
// is in that header (or, for large objects, in the page table), never in VM type knowledge.
//
// ─── Values (one int32 word) ──────────────────────────────────────────────────────────────────
//
//    31                                                        1   0
//   +-----------------------------------------------------------+---+
//   |  small int, two's complement, 31 bits  (value = v >> 1)   | 1 |
//   +-----------------------------------------------------------+---+
//   |  reference = WORD INDEX of the object header (even)       | 0 |   0 = NULL (no object;
//   +-----------------------------------------------------------+---+       None is an object)
//
//   A reference is the index into the Int32Array view `mem` of the object's first header word,
//   so a field load is `mem[ref + 2 + i]`: no shift, no scaling. Objects are 8-byte aligned, so a
//   reference is even and the low bit is free for the small-int tag. A word index < 2^31 reaches
//   8 GiB (the largest fixed SAB we use; indices >= 2^31 measured ~1.4x slower), and a float
//   payload at an even word is `f64[(ref + 2 + i) >> 1]`.
//
// ─── Object header (2 words) ──────────────────────────────────────────────────────────────────
//
//   word 0 "head"
//    31 30  29    28   27  26  25     21 20            11 10             0
//   +--+-----+-----+----+---+---+---------+----------------+----------------+
//   |r |CARDS|LARGE|MARK|WB |OLD|  scan   | size/granules  |    type id     |
//   +--+-----+-----+----+---+---+---------+----------------+----------------+
//   word 1 "stm": STM word (issue 6: version, or lock naming the owning worker; see NOTES.md)
//   words 2..: payload. The first `scan` payload words hold tagged values (traced by the GC);
//              the rest is raw data (float bits, string code units, bytes, big-int limbs).
//
//   type id   11 bits, index into the VM's type table (a heap object, see G_TYPE_TABLE).
//             0 (TYPE_FREE) marks a free old-space cell; ids 1..7 are reserved to stmgc
//             (1 = TYPE_WEAKREF, a weak reference: see stmgc/weakrefs.ts).
//   size      total object size in 8-byte granules (header included), 1..1023; 0 = large object,
//             whose size in words is in the page table.
//   scan      0..30 = that many leading payload words are tagged; 31 (SCAN_ALL) = all payload.
//   OLD       lives outside the nursery (old space or large space).
//   WB        "write barrier needed": set on old objects at every minor collection; the first
//             write clears it and records the object in the remembered set (in issue 6 that same
//             slow path takes the object's lock and backs it up: the undo-log trigger).
//   MARK      major-collection mark bit (clear outside a major collection).
//   LARGE     allocated in its own run of pages; its STM conflicts are per card (the card table).
//   CARDS     reserved.  r: reserved.
//   A forwarded nursery object (during a minor collection only) has head 0 and stm = new ref.
//   A free old-space cell has type 0, its size, and stm = the next free cell (0 ends the list).
//
// ─── The heap (one fixed SharedArrayBuffer; word indices, each region page-aligned) ───────────
//
//   0        ┌──────────────────────────────┐ global area, 4 KiB, one 128-byte line per job:
//            │ G line 0: geometry, magic    │   read-only after creation (+ type table ref)
//            │ G line 1: version clock      │   issue 6: only writing commits bump it
//            │ G line 2: alloc lock, pages  │   page allocator + root table state (locked)
//            │ G lines 3-4: partial blocks  │   per size class, under the alloc lock
//            │ G line 5: scheduler          │   issue 6 (run queue, inevitable owner, stop-world)
//            │ G line 6: GC state           │
//   workers  ├──────────────────────────────┤ maxWorkers x 1 KiB, each written by its worker only:
//            │ W line 0: nursery bounds     │   (start, soft limit, end, published top, tx lock)
//            │ W line 1: statistics (f64)   │   feeds --stm-stats
//            │ W lines 2-3: free-list heads │   one per size class, filled from the worker's blocks
//            │ W lines 4-7: STM descriptor  │   reserved for issue 6
//   roots    ├──────────────────────────────┤ root table: rootSlots tagged words (free = small int)
//   pagetab  ├──────────────────────────────┤ 2 words per old-space page (kind/length, link/size)
//   nursery  ├──────────────────────────────┤ maxWorkers x nurseryWords, bump allocation
//   cards    ├──────────────────────────────┤ card table: one STM word per CARD_WORDS heap words
//            │                              │ (used for large objects only; NOTES.md "Cards")
//   old      ├──────────────────────────────┤ 4 KiB pages: 32 KiB blocks of one size class, or
//            │                              │ runs of pages holding one large object; grows
//            │                              │ upward from a frontier, so untouched pages stay
//   end      └──────────────────────────────┘ untouched (the SAB is never pre-touched)

// ── values ──
export const NULL = 0;
/** Smallest and largest small int (31-bit). */
export const SMALL_INT_MIN = -(2 ** 30);
export const SMALL_INT_MAX = 2 ** 30 - 1;
export function isSmallInt(v: number): boolean { return (v & 1) === 1; }
export function isRef(v: number): boolean { return (v & 1) === 0 && v !== 0; }
export function tagInt(n: number): number { return (n << 1) | 1; }
export function untagInt(v: number): number { return v >> 1; }

// ── header ──
export const HEADER_WORDS = 2;
export const HDR_HEAD = 0;
export const HDR_STM = 1;
export const TYPE_BITS = 11;
export const TYPE_MASK = (1 << TYPE_BITS) - 1; // 0x7ff
export const SIZE_SHIFT = 11;
export const SIZE_MASK = 0x3ff; // granules, after shifting
export const SCAN_SHIFT = 21;
export const SCAN_MASK = 0x1f;
export const SCAN_ALL = 31;
export const MAX_SCAN_COUNT = 30;
export const GC_OLD = 1 << 26;
export const GC_WB = 1 << 27;
export const GC_MARK = 1 << 28;
export const GC_LARGE = 1 << 29;
export const GC_CARDS = 1 << 30;
export const GC_FLAGS_MASK = GC_OLD | GC_WB | GC_MARK | GC_LARGE | GC_CARDS | (1 << 31);

export const TYPE_FREE = 0;
/** A weak reference (stmgc/weakrefs.ts): the GC knows its layout, the VM gives it a class word.
 *  Payload: [class, __dict__, callback (0 = none), pending link] traced, then [referent, registry
 *  link, kind, hash] raw: the referent is not traced; the collectors clear it when it dies and
 *  queue the reference on the pending list if it has a callback. */
export const TYPE_WEAKREF = 1;
export const WR_CALLBACK = 2;
export const WR_PENDING = 3; // next on a pending-callback list (traced, 0 ends it)
export const WR_SCAN = 4; // traced payload words
export const WR_REFERENT = 4; // raw: the referent, 0 once it died
export const WR_NEXT = 5; // raw: next weak reference on its worker's registry chain
export const WR_KIND = 6; // raw: VM-defined flags (plain ref or not, hash cached)
export const WR_HASH = 7; // raw: VM-defined (the cached hash)
export const WR_PAYLOAD = 8;
/** WR_KIND bit: a finalizer registration (`__del__`), not a weak reference (stmgc/finalizers.ts).
 *  Its referent is resurrected, not cleared, when a collection finds it dead. The VM's own flag
 *  bits stay below it. */
export const WRK_FINALIZER = 1 << 30;
/** WR_KIND bit, only inside one collection: the finalizer's referent was found dead. */
export const WRK_DUE = 1 << 29;
/** WR_KIND bit: a *watch* (the VM's weak subclass-list entries, vm/objects/type_watch.ts): kept
 *  by both collections while it is on its chain, like a finalizer registration; when the major
 *  collection finds its referent dead it reports the referent to the death hook (weakrefs.ts
 *  setWatchDeathHook) before the sweep, clears it and leaves the chain. Never called back. */
export const WRK_WATCH = 1 << 28;
/** Type ids below this are stmgc's own; the VM's type table starts here. */
export const FIRST_VM_TYPE = 8;
export const MAX_TYPE_ID = TYPE_MASK;

/** Header word 0 for an object of `totalWords` words (even, <= MAX_SMALL_WORDS; 0 for large). */
export function makeHead(type: number, totalWords: number, scan: number, flags: number): number {
  return type | ((totalWords >> 1) << SIZE_SHIFT) | (scan << SCAN_SHIFT) | flags;
}
export function headType(h: number): number { return h & TYPE_MASK; }
/** Size in words from the head, 0 for a large object (size in the page table). */
export function headWords(h: number): number { return ((h >>> SIZE_SHIFT) & SIZE_MASK) << 1; }
export function headScan(h: number): number { return (h >>> SCAN_SHIFT) & SCAN_MASK; }

/** Total words (header included, rounded up to a granule) for `payloadWords` of payload. */
export function totalWordsFor(payloadWords: number): number { return (payloadWords + HEADER_WORDS + 1) & ~1; }

// ── size classes (total object words, header included) ──
// 2..64 by 2 (32 classes), then 4 geometric bands of 8 classes: 72..128 by 8, 144..256 by 16,
// 288..512 by 32, 576..1024 by 64. Worst internal waste above 64 words: < 12.5 %.
export const MAX_SMALL_WORDS = 1024; // objects above 4 KiB are large objects
export const SIZE_CLASS_WORDS: readonly number[] = (() => {
  const c: number[] = [];
  for (let w = 2; w <= 64; w += 2) c.push(w);
  for (let band = 0, step = 8, w = 64; band < 4; band++, step *= 2) for (let i = 0; i < 8; i++) c.push((w += step));
  return c;
})();
export const NUM_SIZE_CLASSES = SIZE_CLASS_WORDS.length; // 64
/** granules (1..512) -> size class index. */
export const CLASS_OF_GRANULES: Uint8Array = (() => {
  const t = new Uint8Array(MAX_SMALL_WORDS / 2 + 1);
  let k = 0;
  for (let g = 1; g <= MAX_SMALL_WORDS / 2; g++) {
    while (SIZE_CLASS_WORDS[k] < g * 2) k++;
    t[g] = k;
  }
  return t;
})();

// ── pages and blocks ──
export const PAGE_WORDS = 1024; // 4 KiB
export const PAGE_SHIFT = 10;
export const BLOCK_PAGES = 8; // a small-object block is 32 KiB of one size class
export const BLOCK_WORDS = BLOCK_PAGES * PAGE_WORDS;
// page table: 2 words per page, at pageTableBase + 2*page
export const PT_FREE = 1; // A = FREE | pages << 3, B = next free run page (-1 ends)
export const PT_BLOCK = 2; // A = BLOCK | class << 3, B = next partial block of that class (-1)
export const PT_LARGE = 3; // A = LARGE | pages << 3, B = object size in words
export const PT_KIND_MASK = 7;
// second page of a block: A = head of the block's free-cell list (0 = none), B = live cells at
// the last sweep (diagnostics only)

// ── regions ──
export const LINE_WORDS = 32; // 128 bytes: per-worker and hot global words never share a line
export const GLOBAL_WORDS = 1024;
export const HEAP_MAGIC = 0x5053544d; // 'PSTM'
export const LAYOUT_VERSION = 2;
// global line 0 (read-only after creation, except G_TYPE_TABLE)
export const G_MAGIC = 0;
export const G_VERSION = 1;
export const G_HEAP_WORDS = 2; // may be 2^31 for an 8 GiB heap: read with >>> 0
export const G_MAX_WORKERS = 3;
export const G_NURSERY_WORDS = 4;
export const G_ROOT_SLOTS = 5;
export const G_WORKERS_BASE = 6;
export const G_ROOT_BASE = 7;
export const G_PT_BASE = 8;
export const G_NURSERY_BASE = 9;
export const G_OLD_BASE = 10;
export const G_OLD_PAGES = 11;
export const G_GC_RESERVE_PAGES = 12;
export const G_TYPE_TABLE = 13; // tagged: the VM's type table object (a GC root)
export const G_CARD_BASE = 14; // the card table: STM word of heap card k at G_CARD_BASE + k
// global line 1: STM version clock (issue 6)
export const G_CLOCK = 1 * LINE_WORDS;
// global line 2: allocation state, under G_ALLOC_LOCK (taken only off the fast path)
export const G_ALLOC_LOCK = 2 * LINE_WORDS;
export const G_FRONTIER = G_ALLOC_LOCK + 1; // pages below it have been used at least once
export const G_FREE_RUNS = G_ALLOC_LOCK + 2; // first free run (page index, -1 = none)
export const G_USED_PAGES = G_ALLOC_LOCK + 3;
export const G_MAJOR_TRIGGER = G_ALLOC_LOCK + 4; // used pages above which a major GC is requested
export const G_ROOT_FREE = G_ALLOC_LOCK + 5; // first free root slot (-1 = full)
export const G_ROOT_COUNT = G_ALLOC_LOCK + 6;
// global lines 3-4: partial blocks per size class (first block page, -1 = none)
export const G_PARTIAL = 3 * LINE_WORDS;
// global line 5: scheduler (issue 6; words 2-4 in vm/interp/sched.ts, 5-6 in vm/interp/sched_nap.ts)
export const G_SCHED = 5 * LINE_WORDS;
export const G_STOP_WORLD = G_SCHED + 0; // STW_NONE / STW_STOPPING / STW_COLLECTING (gc_stw.ts)
export const G_INEVITABLE = G_SCHED + 1;
// global line 6: GC state
export const G_GC = 6 * LINE_WORDS;
export const G_MAJOR_REQUESTED = G_GC + 0;
export const G_MAJOR_COUNT = G_GC + 1;
export const G_LIVE_PAGES = G_GC + 2; // used pages after the last major collection
export const G_STW_HOLDOFF = G_GC + 3; // Date.now()/1000 before which no automatic stop-the-world is raised (after a timeout)
export const G_STW_FREED = G_GC + 4; // objects freed by the last stop-the-world collection
export const G_STW_COUNT = G_GC + 5; // stop-the-world collections done
export const G_STW_TIMEOUTS = G_GC + 6; // stop-the-world requests given up (a worker never stopped)
export const G_STATS_TIMING = G_GC + 7; // 1: time transactions and minor collections (stats.ts setStatsTiming)
export const G_WEAK_REGISTRY = G_GC + 8; // the weak-reference registry: one chain cell per worker slot (weakrefs.ts), 0 = none
export const G_WEAK_PENDING = G_GC + 9; // cleared weak references whose callbacks are due (a list through WR_PENDING; a root)
// G_STOP_WORLD values
export const STW_NONE = 0;
export const STW_STOPPING = 1; // requested: every attached worker stops at its next boundary
export const STW_COLLECTING = 2; // all stopped: one of them runs the major collection
// global line 7: VM words every worker reads at transaction begin and rarely writes (issue 6)
export const G_VM = 7 * LINE_WORDS;
export const G_CLASS_EPOCH = G_VM + 0; // bumped (Atomics.add) by typeModified(): class caches of every worker are stale
export const G_STM_ON = G_VM + 1; // 1 once the main thread runs guest code in transactions (pool workers wait for it)
export const G_ID_TABLE = G_VM + 2; // shared identity table of promoted young objects (vm/runtime/identity.ts), 0 = none
// interpreter-wide settings every worker obeys (CPython keeps them per interpreter), non-transactional:
export const G_RECURSION_LIMIT = G_VM + 3; // sys.setrecursionlimit's value, 0 = the default (workers copy it at each transaction begin)
export const G_SWITCH_SECONDS = G_VM + 4; // float64 at words 4-5: sys.setswitchinterval's value, 0 = the default
export const G_GC_DISABLED = G_VM + 6; // 1 after gc.disable() (gc.isenabled() on any thread)
export const G_TRACING = G_VM + 7; // threads with a sys.settrace/setprofile function (vm/interp/py_trace.ts; Atomics, not transactional)

// per-worker area (offsets from the worker's base)
export const WORKER_WORDS = 256; // 1 KiB
export const W_NURSERY_START = 0;
export const W_NURSERY_SOFT = 1;
export const W_NURSERY_END = 2;
export const W_NURSERY_TOP = 3; // published at safe points only (the live pointer is JS-local)
export const W_TX_LOCK = 4; // this worker's lock value in STM words (issue 6)
export const W_ATTACHED = 5;
export const W_STW = 6; // this worker's stop-the-world state: WS_RUNNING / WS_PARKED / WS_IDLE (gc_stw.ts)
export const W_WEAK_MARK = 7; // head of this slot's weakref chain at its last minor collection (weakrefs.ts)
export const W_WEAK_PENDING = 8; // weak references cleared by this transaction's minor collections, published at commit
export const WS_RUNNING = 0;
export const WS_PARKED = 1; // waiting at a transaction boundary for a stop-the-world collection
export const WS_IDLE = 2; // blocked with nothing to run (stwIdleEnter): counts as stopped
export const W_STATS = 1 * LINE_WORDS; // 16 float64 counters, see stats.ts
export const W_FREE_HEADS = 2 * LINE_WORDS; // NUM_SIZE_CLASSES words
export const W_STM = 4 * LINE_WORDS; // issue 6: transaction descriptor (4 lines)
// descriptor line 0 (W_STM): what other workers read (and D_ABORT_REQ, which they write)
export const D_STATE = W_STM + 0; // TX_NONE / TX_ACTIVE / TX_INEVITABLE
export const D_START_TS = W_STM + 1; // priority: clock at the first attempt (kept across retries)
export const D_ABORT_REQ = W_STM + 2; // 0, or (requesting slot + 1) | kind << 8: "please abort"
export const D_ABORT_REF = W_STM + 3; // the object of that request
export const D_HOLDS_LOCKS = W_STM + 4; // 1 while this worker holds STM locks (write set non-empty)
export const D_SNAPSHOT = W_STM + 5; // informational: the running transaction's snapshot
export const D_LOCATION = W_STM + 6; // VM-defined int naming the guest location (file:line) of the tx start
export const D_ATTEMPT = W_STM + 7; // consecutive aborts of the current logical transaction
export const D_COMMIT_SOON = W_STM + 8; // bit k: worker k waits for one of our locks ("commit when you can")
export const D_TX_SEQ = W_STM + 9; // transactions ended (commit or rollback) on this worker: a waiter's "released" test
export const D_WAITING_ON = W_STM + 10; // slot + 1 of the worker whose lock this one waits for, 0 when not waiting
export const D_NESTED_WAIT = W_STM + 11; // 1 while this worker's inevitable transaction waits below a builtin (txn_nested.ts)
export const TX_NONE = 0;
export const TX_ACTIVE = 1;
export const TX_INEVITABLE = 2;
// descriptor line 1: transaction statistics (16 float64, see stats.ts)
export const W_TX_STATS = W_STM + LINE_WORDS;
// descriptor line 2: contention this worker caused others, written by them (Atomics.add; its
// own line, so those writes do not disturb the line 0 words every waiter reads: txn_caused.ts)
export const W_CAUSED = W_STM + 2 * LINE_WORDS;
export const D_CAUSED_ABORTS = W_CAUSED + 0; // aborts of other workers' transactions over our locks
export const D_CAUSED_WAIT_US = W_CAUSED + 1; // microseconds other workers waited for our locks (int32, wraps)

// ── STM word encoding (issue 6; see NOTES.md) ──
/** Unlocked: a version number 0..LOCK_BASE-1. Locked by worker w: LOCK_BASE + w ("dirty": in
 *  the remembered set since the last minor collection) or LOCK_CLEAN + w (locked, but a minor
 *  collection ran inside the transaction since, so the next write must remember it again). */
export const LOCK_BASE = 0x7fffff00;
export const MAX_WORKERS = 64;
export const LOCK_CLEAN = LOCK_BASE + MAX_WORKERS;
/** The worker slot owning a lock word (stm >= LOCK_BASE). */
export function lockOwner(stm: number): number { return (stm - LOCK_BASE) & (MAX_WORKERS - 1); }
/** Past this clock value the next major collection renormalizes every version to 0. */
export const VERSION_RENORMALIZE_AT = 0x40000000;
/** Cards of big (GC_LARGE) objects: a card is 2^CARD_SHIFT words (128 bytes) of the heap; heap
 *  card k = word >>> CARD_SHIFT has its own STM word in the card table (version or lock, like an
 *  object's), so conflicts on large objects are per card (NOTES.md "Cards"). */
export const CARD_SHIFT = 5;
export const CARD_WORDS = 1 << CARD_SHIFT;

// ── geometry ──
export const MIN_HEAP_BYTES = 16 * 1024 * 1024;
export const MAX_HEAP_BYTES = 8 * 1024 * 1024 * 1024;
export const DEFAULT_HEAP_BYTES = 1024 * 1024 * 1024;
export const DEFAULT_NURSERY_BYTES = 4 * 1024 * 1024;
export const DEFAULT_ROOT_SLOTS = 16384;

export interface HeapGeometry {
  heapWords: number;
  maxWorkers: number;
  nurseryWords: number;
  rootSlots: number;
  workersBase: number;
  rootBase: number;
  pageTableBase: number;
  nurseryBase: number;
  /** The card table: one word per CARD_WORDS words of the whole heap, page-aligned. */
  cardBase: number;
  cardWords: number;
  oldBase: number;
  oldPages: number;
  /** Pages kept back so that a minor collection can always copy a full nursery. */
  gcReservePages: number;
}

function pageAlign(w: number): number { return Math.ceil(w / PAGE_WORDS) * PAGE_WORDS; }

/**
 * Lays the regions out for a heap of `heapBytes`. The nursery shrinks (to at most 1/8 of the heap
 * over all workers, at least 64 KiB) so that small heaps stay usable.
 */
export function computeGeometry(heapBytes: number, maxWorkers: number, nurseryBytes: number, rootSlots: number): HeapGeometry {
  const heapWords = Math.floor(heapBytes / 4 / PAGE_WORDS) * PAGE_WORDS;
  let nurseryWords = pageAlign(Math.floor(nurseryBytes / 4));
  const cap = Math.floor(heapWords / 8 / maxWorkers / PAGE_WORDS) * PAGE_WORDS;
  if (nurseryWords > cap) nurseryWords = Math.max(cap, 16 * PAGE_WORDS);
  const workersBase = GLOBAL_WORDS;
  const rootBase = workersBase + maxWorkers * WORKER_WORDS;
  const pageTableBase = pageAlign(rootBase + rootSlots);
  // old pages: what is left after the page table (2 words per page) and the nurseries
  // (the card table sits between the nurseries and old space: the start-up snapshot copies the
  // regions below the nurseries and old space only, so its zero words are never copied)
  const cardWords = pageAlign(Math.ceil(heapWords / CARD_WORDS));
  const rest = heapWords - pageTableBase - maxWorkers * nurseryWords - cardWords;
  let oldPages = Math.floor(rest / (PAGE_WORDS + 2));
  const ptWords = pageAlign(2 * oldPages);
  oldPages = Math.floor((rest - ptWords) / PAGE_WORDS);
  const nurseryBase = pageTableBase + ptWords;
  const cardBase = nurseryBase + maxWorkers * nurseryWords;
  const oldBase = cardBase + cardWords;
  const gcReservePages = Math.ceil((nurseryWords / PAGE_WORDS) * 9 / 8) + BLOCK_PAGES * NUM_SIZE_CLASSES;
  if (oldPages < 2 * gcReservePages) throw new RangeError(`heap of ${heapBytes} bytes is too small for ${maxWorkers} workers`);
  return { heapWords, maxWorkers, nurseryWords, rootSlots, workersBase, rootBase, pageTableBase, nurseryBase, cardBase, cardWords, oldBase, oldPages, gcReservePages };
}
