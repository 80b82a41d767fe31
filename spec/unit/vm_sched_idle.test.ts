// The busy count behind the deadlock report (vm/interp/sched_idle.ts), driven step by step for
// two JS threads on one heap: A (the main JS thread, the only one that reports) and B (a pool
// worker in a daemon's nested wait). Each case is an interleaving that made A report "all threads
// are blocked (deadlock)" while a thread could still run (vm/NOTES.md "Deadlock detection across
// workers"): the decision must be one consistent picture taken under the scheduler lock, and a
// pinned thread woken by another JS thread must count as running from its wake-up on.
import { beforeEach, describe, expect, it } from 'vitest';
import { addRoot, allocate, attachHeap, closeAllHandles, createHeap, FIRST_VM_TYPE, getRoot, mem, tagInt, txBegin, txCommit } from '../../stmgc/index';
import { SC_BUSY, SC_RQ_HEAD, SC_TIMERS, forgetWaiter, markIdle, markRunning, newIdleState, nothingCanRun, wokenPinned, type IdleState } from '../../vm/interp/sched_idle';
import { ST_BLOCKED, ST_READY, ST_RUNNABLE, TF_IDLEWAIT, TF_PINNED, TS_FLAGS, TS_STATUS } from '../../vm/interp/thread';

let anchor = 0;
let daemon = 0; // pinned in B's nested wait
let main = 0; // the main guest thread
let a: IdleState;
let b: IdleState;

function obj(words: number): number {
  const o = allocate(FIRST_VM_TYPE, words, words);
  for (let i = 0; i < words; i++) mem[o + 2 + i] = 0; // (empty queue and timer list: word 0)
  return addRoot(o);
}

beforeEach(() => {
  attachHeap(createHeap({ heapBytes: 16 << 20, maxWorkers: 2, nurseryBytes: 256 << 10 }), 0);
  closeAllHandles();
  txBegin();
  const roots = [obj(16), obj(24), obj(24)];
  expect(txCommit()).toBe(true);
  [anchor, daemon, main] = roots.map(getRoot);
  mem[main + TS_FLAGS] = tagInt(0);
  mem[daemon + TS_FLAGS] = tagInt(TF_PINNED);
  mem[daemon + TS_STATUS] = tagInt(ST_BLOCKED);
  mem[main + TS_STATUS] = tagInt(ST_RUNNABLE);
  // A runs the main guest thread; B went idle in the daemon's nested wait
  mem[anchor + SC_BUSY] = tagInt(2);
  a = newIdleState(true);
  b = newIdleState(true);
  expect(markIdle(anchor, b, daemon)).toBe(false);
});

const busyCount = (): number => mem[anchor + SC_BUSY] >> 1;

describe('deadlock detection across JS threads', () => {
  it('a thread queued for B and taken by B while A decides: no report', () => {
    // A bounces the main guest thread to B (queued for B only) and finds nothing for itself
    mem[anchor + SC_RQ_HEAD] = main;
    const aDecides = markIdle(anchor, a, 0);
    // B takes it before A acts on its decision (the old code read the queue head only now)
    mem[anchor + SC_RQ_HEAD] = 0;
    markRunning(anchor, b);
    expect(aDecides).toBe(false);
    expect(busyCount()).toBe(1);
    expect(nothingCanRun(anchor)).toBe(false);
  });

  it('a pinned waiter woken by A (a timer, a signal) counts B as busy before B wakes up', () => {
    expect(mem[daemon + TS_FLAGS] >> 1).toBe(TF_PINNED | TF_IDLEWAIT);
    // A fires the daemon's timer (wakeLocked: pinned, so READY and not queued)
    mem[daemon + TS_STATUS] = tagInt(ST_READY);
    wokenPinned(anchor, daemon);
    expect(mem[daemon + TS_FLAGS] >> 1).toBe(TF_PINNED);
    // A goes idle before B has noticed: B is about to run, so nothing is blocked
    expect(markIdle(anchor, a, 0)).toBe(false);
    expect(busyCount()).toBe(1);
    // B wakes up, its level's condition holds: it resumes the daemon, counted once only
    markRunning(anchor, b);
    expect(b.busy).toBe(true);
    expect(b.waitingFor).toBe(0);
    expect(busyCount()).toBe(1);
    // the daemon waits again; B finds nothing: now nothing can run anywhere
    mem[daemon + TS_STATUS] = tagInt(ST_BLOCKED);
    expect(markIdle(anchor, b, daemon)).toBe(true);
    expect(busyCount()).toBe(0);
  });

  it('a waiter woken while its JS thread is busy is not counted twice', () => {
    markRunning(anchor, b); // B runs another thread inside its nested wait
    expect(busyCount()).toBe(2);
    mem[daemon + TS_STATUS] = tagInt(ST_READY);
    wokenPinned(anchor, daemon); // (no TF_IDLEWAIT: B is not idle for it)
    expect(busyCount()).toBe(2);
    expect(markIdle(anchor, b, daemon)).toBe(false); // (A still runs)
    expect(b.waitingFor).toBe(0); // (READY: nothing to sleep for)
    expect(markIdle(anchor, a, 0)).toBe(true);
  });

  it('the count stays right when B leaves its wait by an exception after a wake-up', () => {
    mem[daemon + TS_STATUS] = tagInt(ST_READY);
    wokenPinned(anchor, daemon);
    forgetWaiter(b); // (e.g. DaemonWaitAbandoned out of pickNext)
    expect(b.busy).toBe(true);
    expect(busyCount()).toBe(2);
    expect(markIdle(anchor, b, 0)).toBe(false);
    expect(markIdle(anchor, a, 0)).toBe(true);
    expect(busyCount()).toBe(0);
  });

  it('a timer or a queued thread anywhere is not a deadlock', () => {
    expect(markIdle(anchor, a, 0)).toBe(true);
    mem[anchor + SC_TIMERS] = daemon;
    expect(nothingCanRun(anchor)).toBe(false);
    mem[anchor + SC_TIMERS] = 0;
    mem[anchor + SC_RQ_HEAD] = main;
    expect(nothingCanRun(anchor)).toBe(false);
  });

  it('random interleavings: the count always equals the JS threads running or woken for', () => {
    let seed = 12345;
    const rnd = (n: number): number => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed % n; };
    for (let step = 0; step < 20000; step++) {
      const s = rnd(2) === 0 ? a : b;
      const waiter = s === b ? daemon : 0;
      switch (rnd(4)) {
        case 0: // takes a thread, or its woken waiter
          markRunning(anchor, s);
          if (s === b && (mem[daemon + TS_STATUS] >> 1) === ST_READY) mem[daemon + TS_STATUS] = tagInt(ST_RUNNABLE);
          break;
        case 1: // idle (B's waiter blocked again once it ran)
          if (s === b && (mem[daemon + TS_STATUS] >> 1) === ST_READY) { markRunning(anchor, b); break; }
          if (s === b) mem[daemon + TS_STATUS] = tagInt(ST_BLOCKED);
          markIdle(anchor, s, waiter);
          break;
        case 2: // the other one wakes the daemon
          if ((mem[daemon + TS_STATUS] >> 1) === ST_BLOCKED) {
            mem[daemon + TS_STATUS] = tagInt(ST_READY);
            wokenPinned(anchor, daemon);
          }
          break;
        default:
          forgetWaiter(s);
      }
      const woken = b.waitingFor !== 0 && (mem[daemon + TS_FLAGS] >> 1 & TF_IDLEWAIT) === 0 ? 1 : 0;
      expect(busyCount()).toBe(Number(a.busy) + Number(b.busy) + woken);
    }
  });
});
