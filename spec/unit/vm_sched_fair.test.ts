// The fair-share pick of the run queue (vm/interp/sched_fair.ts), driven step by step on heap
// thread states: which queued thread a worker takes (least virtual time, FIFO among equals, a
// bounced thread first, an ineligible one never, a yielder passed over once), the floor that
// bounds how far behind a started or woken thread may be, and two simulated runs: four equal
// threads on two workers of different speeds (the FIFO rotation keeps each thread on one worker
// and the threads drift apart; the fair pick keeps them within a slice or two), and a thread that
// makes no ticks beside a loop (the CPU guard: the loop still gets its turns).
import { beforeEach, describe, expect, it } from 'vitest';
import { addRoot, allocate, attachHeap, closeAllHandles, createHeap, FIRST_VM_TYPE, f64, getRoot, mem, tagInt, txBegin, txCommit } from '../../stmgc/index';
import { GUARD_TICKS_PER_MS, G_SCHED_VFLOOR, charge, choose, chosenPrev, costOf, place, resetVfloor, vfloor, vtimeOf } from '../../vm/interp/sched_fair';
import { TF_YIELDED, TS_AFFINITY, TS_FLAGS, TS_QNEXT, TS_VTIME } from '../../vm/interp/thread';

const N = 6;
let th: number[] = [];

beforeEach(() => {
  attachHeap(createHeap({ heapBytes: 16 << 20, maxWorkers: 2, nurseryBytes: 256 << 10 }), 0);
  closeAllHandles();
  txBegin();
  const roots: number[] = [];
  for (let i = 0; i < N; i++) {
    const o = allocate(FIRST_VM_TYPE, 24, 17);
    for (let w = 0; w < 24; w++) mem[o + 2 + w] = 0;
    roots.push(addRoot(o));
  }
  expect(txCommit()).toBe(true);
  th = roots.map(getRoot);
  for (const t of th) {
    expect(t & 1).toBe(0); // (the f64 words need an even address)
    mem[t + TS_FLAGS] = tagInt(0);
    f64[(t + TS_VTIME) >> 1] = 0;
  }
  resetVfloor();
});

/** Links `ts` into a queue through TS_QNEXT; returns its head. */
function queue(...ts: number[]): number {
  for (let i = 0; i < ts.length; i++) mem[ts[i] + TS_QNEXT] = i + 1 < ts.length ? ts[i + 1] : 0;
  return ts.length > 0 ? ts[0] : 0;
}
const setV = (t: number, v: number): void => { f64[(t + TS_VTIME) >> 1] = v; };
const all = (): boolean => true;

describe('the pick', () => {
  it('without fair picks, the first eligible thread (FIFO), with its predecessor', () => {
    const [a, b, c] = th;
    setV(a, 50); setV(b, 10); setV(c, 0);
    expect(choose(queue(a, b, c), 0, false, all)).toBe(a);
    expect(chosenPrev).toBe(0);
    expect(choose(queue(a, b, c), 0, false, (t) => t !== a)).toBe(b);
    expect(chosenPrev).toBe(a);
    expect(choose(0, 0, false, all)).toBe(0);
  });

  it('takes the least virtual time, equal times in queue order', () => {
    const [a, b, c, d] = th;
    setV(a, 30); setV(b, 20); setV(c, 10); setV(d, 10);
    expect(choose(queue(a, b, c, d), 1, true, all)).toBe(c);
    expect(chosenPrev).toBe(b);
    setV(c, 10.5);
    expect(choose(queue(a, b, c, d), 1, true, all)).toBe(d);
    expect(chosenPrev).toBe(c);
  });

  it('never takes an ineligible thread, however little it ran', () => {
    const [a, b, c] = th;
    setV(a, 0); setV(b, 40); setV(c, 30);
    expect(choose(queue(a, b, c), 1, true, (t) => t !== a)).toBe(c);
    expect(choose(queue(a), 1, true, (t) => t !== a)).toBe(0);
  });

  it('takes a thread bounced to this worker first', () => {
    const [a, b, c] = th;
    setV(a, 0); setV(b, 100); setV(c, 5);
    mem[b + TS_AFFINITY] = 2; // (worker slot 1)
    expect(choose(queue(a, b, c), 1, true, all)).toBe(b);
    expect(choose(queue(a, b, c), 0, true, (t) => t !== b)).toBe(a);
  });

  it('passes a yielder over once, then takes it; a lone yielder is taken', () => {
    const [a, b, c] = th;
    setV(a, 0); setV(b, 10); setV(c, 20);
    mem[a + TS_FLAGS] = tagInt(TF_YIELDED);
    const head = queue(a, b, c);
    expect(choose(head, 0, true, all)).toBe(b);
    expect((mem[a + TS_FLAGS] >> 1) & TF_YIELDED).toBe(0);
    expect(choose(head, 0, true, all)).toBe(a);
    mem[a + TS_FLAGS] = tagInt(TF_YIELDED);
    expect(choose(queue(a), 0, true, all)).toBe(a);
  });

  it('raises the taken thread to the floor', () => {
    const [a, b] = th;
    f64[G_SCHED_VFLOOR >> 1] = 100;
    setV(a, 20); setV(b, 150);
    expect(choose(queue(a, b), 0, true, all)).toBe(a);
    expect(vtimeOf(a)).toBe(100);
    expect(vtimeOf(b)).toBe(150);
  });
});

describe('charges and the floor', () => {
  it('charges ticks, or the CPU guard when a stretch made few', () => {
    expect(costOf(5000, 2)).toBe(5000);
    expect(costOf(0, 5)).toBe(5 * GUARD_TICKS_PER_MS);
  });

  it('keeps the floor at the most-run thread less the lag; a started or woken thread starts a slice behind the most-run', () => {
    const [a, b, c] = th;
    charge(a, 1000, 300);
    expect(vtimeOf(a)).toBe(1000);
    expect(vfloor()).toBe(700);
    charge(b, 200, 300); // (behind: the floor does not move back)
    expect(vfloor()).toBe(700);
    place(c, 100);
    expect(vtimeOf(c)).toBe(900);
    place(c, 500); // (never below the floor)
    expect(vtimeOf(c)).toBe(900);
    setV(b, 950);
    place(b, 100); // (ahead already: unchanged)
    expect(vtimeOf(b)).toBe(950);
    setV(b, 0);
    place(b, 500);
    expect(vtimeOf(b)).toBe(700);
  });
});

/**
 * Two workers take turns ending a 5 ms slice (w0, w1, w0, ...): the ending worker charges its
 * thread the ticks it made (`speed[w]` a slice; switch interval 10000 ticks), queues it at the tail and takes the next per the rule.
 * Returns the largest difference in work between two threads seen while all four ran.
 */
function simulate(fair: boolean, speed: number[], work: number): { spread: number; ends: number[] } {
  const ts = th.slice(0, 4);
  const done = new Map<number, number>(ts.map((t) => [t, 0]));
  const running = [ts[0], ts[1]];
  let head = queue(ts[2], ts[3]);
  let spread = 0;
  const ends: number[] = [];
  const enqueue = (t: number): void => {
    mem[t + TS_QNEXT] = 0;
    if (head === 0) { head = t; return; }
    let x = head;
    while (mem[x + TS_QNEXT] !== 0) x = mem[x + TS_QNEXT];
    mem[x + TS_QNEXT] = t;
  };
  for (let step = 0; step < 100000 && ends.length < 4; step++) {
    const w = step % 2;
    const t = running[w];
    if (t === 0) continue;
    done.set(t, done.get(t)! + speed[w]);
    charge(t, costOf(speed[w], 5), 4 * 10000); // (5 ms slices: the CPU guard is below the ticks)
    if (done.get(t)! >= work) {
      ends.push(step);
      running[w] = 0;
    } else enqueue(t);
    const n = choose(head, w, fair, all);
    if (n !== 0) {
      if (chosenPrev === 0) head = mem[n + TS_QNEXT];
      else mem[chosenPrev + TS_QNEXT] = mem[n + TS_QNEXT];
      mem[n + TS_QNEXT] = 0;
      running[w] = n;
    }
    if (ends.length === 0) {
      const ws = [...done.values()];
      spread = Math.max(spread, Math.max(...ws) - Math.min(...ws));
    }
  }
  return { spread, ends };
}

describe('four equal threads on two workers of different speeds', () => {
  it('FIFO: each thread stays on one worker and they drift apart (the end-of-phase idle)', () => {
    const { spread, ends } = simulate(false, [10000, 7000], 7_000_000);
    expect(spread).toBeGreaterThan(1_000_000);
    expect(ends[3] - ends[2]).toBeGreaterThan(100); // (steps one worker idles while the last runs)
  });

  it('fair: they stay within two slices and end together', () => {
    const { spread, ends } = simulate(true, [10000, 7000], 7_000_000);
    expect(spread).toBeLessThanOrEqual(20000);
    expect(ends.length).toBe(4);
    expect(ends[3] - ends[2]).toBeLessThanOrEqual(6);
  });
});

describe('no starvation', () => {
  it('a thread that makes no ticks still pays for its CPU: the loop beside it gets its turns', () => {
    const [loop, builtin] = th;
    let head = queue(builtin);
    let running = loop;
    let loopTurns = 0;
    for (let i = 0; i < 200; i++) {
      // one worker: the running thread ends its 5 ms slice, is queued, the next is taken
      charge(running, running === loop ? costOf(20000, 5) : costOf(0, 5), 4 * 20000);
      mem[running + TS_QNEXT] = 0;
      if (head === 0) head = running;
      else { let x = head; while (mem[x + TS_QNEXT] !== 0) x = mem[x + TS_QNEXT]; mem[x + TS_QNEXT] = running; }
      const n = choose(head, 0, true, all);
      head = chosenPrev === 0 ? mem[n + TS_QNEXT] : head;
      if (chosenPrev !== 0) mem[chosenPrev + TS_QNEXT] = mem[n + TS_QNEXT];
      mem[n + TS_QNEXT] = 0;
      running = n;
      if (n === loop) loopTurns++;
    }
    // the guard charges 5 ms of CPU as 5 * GUARD_TICKS_PER_MS ticks: one loop slice per 20 of the other's
    expect(loopTurns).toBeGreaterThanOrEqual(Math.floor(200 / (1 + 20000 / (5 * GUARD_TICKS_PER_MS))) - 1);
  });

  it('a thread started after another ran alone for long is not owed all of it', () => {
    const [old, young] = th;
    charge(old, 1_000_000, 80000); // (ran alone: the floor followed it)
    place(young, 20000);
    expect(vtimeOf(old) - vtimeOf(young)).toBe(20000);
  });
});
