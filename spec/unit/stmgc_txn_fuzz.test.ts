// Random interleavings of transactions over 2-4 handles (one JS thread), checked against a
// serial reference model: reads, writes, allocations of child objects (young or old), commits,
// aborts, minor collections inside transactions, inevitable transactions and major collections
// between transactions, and a large array (card-granular conflicts, stmgc/txn_cards.ts) read and
// written per element (card barriers, young children stored through card locks), per range, and
// whole (readBarrier / writeBarrier on it). Checks: (1) every committed transaction, replayed serially in commit
// order on the model, reads exactly what it read in the heap (its serialization point is its
// commit); (2) opacity: every attempt, committed or aborted, saw one committed state (the state
// after some prefix of the commits) plus its own writes; (3) at the end the heap equals the model
// (aborted attempts left no trace) and the heap verifies. A failing schedule is printed as JSON:
// rerun it alone with STM_FUZZ_REPLAY='<json>' npx vitest run spec/unit/stmgc_txn_fuzz.test.ts.
// STM_FUZZ_SCHEDULES=100000 runs more schedules (default: a few seconds' worth).
import { describe, expect, it } from 'vitest';
import {
  FIRST_VM_TYPE, TxAborted, addRoot, allocate, allocateOld, attachHeap, becomeInevitable, closeAllHandles,
  collectAllHandles, collectAtSafePoint, removeRoot, createHeap, getRoot, inTransaction, isInevitable, loadField, mem, openHandle, readBarrier,
  readBarrierCard, readBarrierRange, setTxConfig, storeField, switchTo, tagInt, txAbort, txBegin, txCommit, untagInt, verifyHeap,
  writeBarrier, writeBarrierCard, CARD_SHIFT, LOCK_BASE, type TxHandle,
} from '../../stmgc/index';
import { cardBase } from '../../stmgc/heap';
import { nurseryUsedWords } from '../../stmgc/alloc';

type Op =
  | ['r', number, number, number] // read field f of object o
  | ['w', number, number, number, number] // write value v to field f of o
  | ['rc', number, number] // read the child of o (its payload word)
  | ['a', number, number, number] // allocate a child holding v (old when v % 5 == 0), store it in o
  | ['c', number] // commit
  | ['x', number] // abort
  | ['g', number] // minor collection inside the running transaction
  | ['i', number] // become inevitable
  | ['M'] // major collection (when every handle is idle)
  | ['lr', number, number] // card read of array position p (POS[p])
  | ['lw', number, number, number] // card write of v at position p (a young child holding v when v % 3 == 0)
  | ['LR', number] // whole read of the array (readBarrier), then every position
  | ['LW', number, number, number] // whole write (writeBarrier), v at position p
  | ['rr', number, number]; // range read of the positions p, p+1 (readBarrierRange over both)

const T = FIRST_VM_TYPE;
const FIELDS = 3; // int fields 0..2; field 3 holds the child reference (model: the child's value)
const CHILD = 3;
/** The large array: ARRAY_WORDS payload words (> 4 KiB: a large object, 63 cards); the model
 *  follows the words at POS (two pairs share a card, the others are cards apart). */
const ARRAY_WORDS = 2000;
const POS = [0, 5, 40, 300, 301, 900, 1500, 1990];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function makeSchedule(seed: number): { handles: number; objects: number; ops: Op[] } {
  const r = rng(seed);
  const pick = (n: number): number => Math.floor(r() * n);
  const handles = 2 + pick(3);
  const objects = 2 + pick(5);
  const ops: Op[] = [];
  const n = 20 + pick(80);
  let v = 1;
  for (let i = 0; i < n; i++) {
    const h = pick(handles);
    const o = pick(objects);
    const k = r();
    if (k < 0.32) ops.push(['r', h, o, pick(FIELDS)]);
    else if (k < 0.55) ops.push(['w', h, o, pick(FIELDS), v++]);
    else if (k < 0.62) ops.push(['rc', h, o]);
    else if (k < 0.68) ops.push(['a', h, o, v++]);
    else if (k < 0.86) ops.push(['c', h]);
    else if (k < 0.91) ops.push(['x', h]);
    else if (k < 0.95) ops.push(['g', h]);
    else if (k < 0.98) ops.push(['i', h]);
    else ops.push(['M']);
    if (r() < 0.35) {
      const q = r();
      const p = pick(POS.length);
      if (q < 0.4) ops.push(['lr', pick(handles), p]);
      else if (q < 0.75) ops.push(['lw', pick(handles), p, v++]);
      else if (q < 0.85) ops.push(['LR', pick(handles)]);
      else if (q < 0.93) ops.push(['LW', pick(handles), p, v++]);
      else ops.push(['rr', pick(handles), p === POS.length - 1 ? p - 1 : p]);
    }
  }
  return { handles, objects, ops };
}

type State = number[][]; // [object][field 0..3], then [array][position]
interface Event { read: boolean; o: number; f: number; v: number }
interface Attempt { h: number; events: Event[] }

/** One heap and four handles serve many schedules (a fresh 16 MB heap per schedule costs more
 *  than the schedule); each schedule roots its own objects and drops them at the end. */
let allHandles: TxHandle[] = [];
function freshHeap(): void {
  const sab = createHeap({ heapBytes: 16 << 20, maxWorkers: 4, nurseryBytes: 64 << 10, rootSlots: 64 });
  attachHeap(sab, 0);
  closeAllHandles();
  allHandles = [0, 1, 2, 3].map((i) => openHandle(i));
}

function run(s: { handles: number; objects: number; ops: Op[] }, verify = true): void {
  if (allHandles.length === 0) freshHeap();
  const hs = allHandles.slice(0, s.handles);
  switchTo(hs[0]);
  const roots: number[] = [];
  txBegin();
  for (let o = 0; o < s.objects; o++) {
    const r = allocate(T, 4, 4);
    for (let f = 0; f < FIELDS; f++) mem[r + 2 + f] = tagInt(0);
    roots.push(addRoot(r));
  }
  const arr0 = allocateOld(T, ARRAY_WORDS, 31);
  for (const p of POS) mem[arr0 + 2 + p] = tagInt(0);
  roots.push(addRoot(arr0));
  if (!txCommit()) throw new Error('setup commit failed');
  const A = s.objects; // the array's row in the model
  const states: State[] = [[...Array.from({ length: s.objects }, () => [0, 0, 0, 0]), POS.map(() => 0)]];
  const arrayWord = (w: number): number => ((w & 1) === 1 ? untagInt(w) : untagInt(mem[w + 2]));
  const arrayValue = (v: number): number => {
    if (v % 3 !== 0) return tagInt(v);
    const c = allocate(T, 2, 2);
    mem[c + 2] = tagInt(v);
    return c;
  };
  const attempts: Array<Attempt | null> = hs.map(() => null);
  const fail = (msg: string): never => { throw new Error(msg); };

  const checkOpacity = (a: Attempt): void => {
    const own = new Map<number, number>();
    let candidates = states.map((_, k) => k);
    for (const e of a.events) {
      const key = e.o * 16 + e.f;
      if (!e.read) { own.set(key, e.v); continue; }
      if (own.has(key)) {
        if (own.get(key) !== e.v) fail(`w${a.h} read its own write of o${e.o}.${e.f} as ${e.v}, wrote ${own.get(key)}`);
        continue;
      }
      candidates = candidates.filter((k) => states[k][e.o][e.f] === e.v);
      if (candidates.length === 0) fail(`opacity: w${a.h} saw a state no commit produced (o${e.o}.${e.f} = ${e.v})`);
    }
  };
  const onCommitted = (a: Attempt): void => {
    const next = states[states.length - 1].map((row) => row.slice());
    for (const e of a.events) {
      if (e.read) {
        if (next[e.o][e.f] !== e.v) fail(`w${a.h} committed after reading o${e.o}.${e.f} = ${e.v}; serially it is ${next[e.o][e.f]}`);
      } else {
        next[e.o][e.f] = e.v;
      }
    }
    if (a.events.some((e) => !e.read)) states.push(next);
  };
  const end = (h: number, committed: boolean): void => {
    const a = attempts[h];
    attempts[h] = null;
    if (!a) return;
    checkOpacity(a);
    if (committed) onCommitted(a);
  };

  for (const op of s.ops) {
    if (op[0] === 'M') {
      if (attempts.every((a) => a === null) && hs.every((h) => { switchTo(h); return !inTransaction(); })) collectAllHandles();
      continue;
    }
    const h = op[1];
    switchTo(hs[h]);
    if (op[0] === 'c' || op[0] === 'x') {
      if (!inTransaction()) continue;
      if (op[0] === 'c' || isInevitable()) end(h, txCommit()); // an inevitable transaction cannot abort
      else { txAbort(); end(h, false); }
      continue;
    }
    if (!inTransaction()) {
      txBegin();
      attempts[h] = { h, events: [] };
    }
    const a = attempts[h] as Attempt;
    try {
      switch (op[0]) {
        case 'r': {
          const v = untagInt(loadField(getRoot(roots[op[2]]), op[3]));
          a.events.push({ read: true, o: op[2], f: op[3], v });
          break;
        }
        case 'w':
          storeField(getRoot(roots[op[2]]), op[3], tagInt(op[4]));
          a.events.push({ read: false, o: op[2], f: op[3], v: op[4] });
          break;
        case 'rc': {
          const c = loadField(getRoot(roots[op[2]]), CHILD);
          if (c !== 0) readBarrier(c);
          a.events.push({ read: true, o: op[2], f: CHILD, v: c === 0 ? 0 : untagInt(mem[c + 2]) });
          break;
        }
        case 'a': {
          const c = op[3] % 5 === 0 ? allocateOld(T, 2, 2) : allocate(T, 2, 2);
          mem[c + 2] = tagInt(op[3]);
          storeField(getRoot(roots[op[2]]), CHILD, c);
          a.events.push({ read: false, o: op[2], f: CHILD, v: op[3] });
          break;
        }
        case 'g':
          collectAtSafePoint();
          break;
        case 'i':
          becomeInevitable();
          break;
        case 'lr': {
          const big = getRoot(roots[A]);
          readBarrierCard(big, POS[op[2]]);
          a.events.push({ read: true, o: A, f: op[2], v: arrayWord(mem[big + 2 + POS[op[2]]]) });
          break;
        }
        case 'lw': {
          const big = getRoot(roots[A]);
          const w = arrayValue(op[3]);
          writeBarrierCard(big, POS[op[2]]);
          mem[big + 2 + POS[op[2]]] = w;
          a.events.push({ read: false, o: A, f: op[2], v: op[3] });
          break;
        }
        case 'LR': {
          const big = getRoot(roots[A]);
          readBarrier(big);
          POS.forEach((p, f) => a.events.push({ read: true, o: A, f, v: arrayWord(mem[big + 2 + p]) }));
          break;
        }
        case 'LW': {
          const big = getRoot(roots[A]);
          const w = arrayValue(op[3]);
          writeBarrier(big);
          mem[big + 2 + POS[op[2]]] = w;
          a.events.push({ read: false, o: A, f: op[2], v: op[3] });
          break;
        }
        case 'rr': {
          const big = getRoot(roots[A]);
          const [p, q] = [op[2], op[2] + 1];
          readBarrierRange(big, POS[p], POS[q] + 1);
          a.events.push({ read: true, o: A, f: p, v: arrayWord(mem[big + 2 + POS[p]]) });
          a.events.push({ read: true, o: A, f: q, v: arrayWord(mem[big + 2 + POS[q]]) });
          break;
        }
      }
    } catch (e) {
      if (!(e instanceof TxAborted)) throw e;
      txAbort();
      end(h, false);
    }
  }
  // finish: commit whatever is open (in order), then the heap must equal the model
  for (let h = 0; h < hs.length; h++) {
    switchTo(hs[h]);
    if (inTransaction()) end(h, txCommit());
  }
  const last = states[states.length - 1];
  for (let o = 0; o < s.objects; o++) {
    const r = getRoot(roots[o]);
    const c = mem[r + 2 + CHILD];
    const got = [untagInt(mem[r + 2]), untagInt(mem[r + 3]), untagInt(mem[r + 4]), c === 0 ? 0 : untagInt(mem[c + 2])];
    if (got.join() !== last[o].join()) fail(`final state of o${o} is ${got}, the serial model says ${last[o]}`);
    if (mem[r + 1] >= 0x7fffff00) fail(`o${o} is still locked`);
  }
  const arr = getRoot(roots[A]);
  const gotArray = POS.map((p) => arrayWord(mem[arr + 2 + p]));
  if (gotArray.join() !== last[A].join()) fail(`final state of the array is ${gotArray}, the serial model says ${last[A]}`);
  for (let k = arr >>> CARD_SHIFT; k <= (arr + ARRAY_WORDS + 1) >>> CARD_SHIFT; k++) {
    if (mem[cardBase + k] >= LOCK_BASE) fail(`card ${k - (arr >>> CARD_SHIFT)} of the array is still locked`);
  }
  for (const h of hs) {
    switchTo(h);
    if (nurseryUsedWords() !== 0) fail(`w${h.slot}: the nursery is not empty after its commit`);
    const problems = verify ? verifyHeap({ nurseryEmpty: true }) : [];
    if (problems.length) fail(`heap: ${problems.join('; ')}`);
  }
  switchTo(hs[0]);
  for (const r of roots) removeRoot(r);
  collectAllHandles();
  const problems = verify ? verifyHeap({ nurseryEmpty: true }) : [];
  if (problems.length) fail(`heap after a major collection: ${problems.join('; ')}`);
}

describe('stmgc transaction fuzzer', () => {
  it('random schedules over 2-4 handles match the serial model', () => {
    setTxConfig({ waitMicros: 0, inevitableWaitMicros: 0, escalateAfter: 6, backoffMaxMicros: 0 });
    const replay = process.env.STM_FUZZ_REPLAY;
    if (replay) {
      run(JSON.parse(replay) as { handles: number; objects: number; ops: Op[] });
      return;
    }
    const n = Number(process.env.STM_FUZZ_SCHEDULES ?? 1000);
    const base = Number(process.env.STM_FUZZ_SEED ?? 1);
    for (let i = 0; i < n; i++) {
      const s = makeSchedule(base + i);
      try {
        run(s, i % 8 === 0); // the heap verifier costs more than a schedule
      } catch (e) {
        allHandles = []; // the next run starts from a fresh heap
        const msg = e instanceof Error ? e.message : String(e);
        throw new Error(`schedule seed ${base + i} failed: ${msg}\nreplay with:\nSTM_FUZZ_REPLAY='${JSON.stringify(s)}' npx vitest run spec/unit/stmgc_txn_fuzz.test.ts`);
      }
    }
    expect(n).toBeGreaterThan(0);
  });
});
