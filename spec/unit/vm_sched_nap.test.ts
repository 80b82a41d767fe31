// The contention-nap verdict of a pool worker (vm/interp/sched_nap.ts), driven with explicit
// times and this worker's transaction counters on a fresh heap: windows shorter than 4 ms are not
// judged (the first opens when the worker takes its first thread); a window that waited 25% of
// its time, or took 3 aborts, asks for a nap of 8 ms that doubles while the windows stay
// contended, up to 128 ms; the first calm window resets it. What
// the worker's locks cost the others (their waits and aborts, stmgc/txn_caused.ts) counts as its
// own: a worker that wins every conflict is contended too.
import { beforeAll, describe, expect, it } from 'vitest';
import { freshHandles } from '../helpers/stm_handles';
import { bumpTxStat, X_ABORTS, X_WAIT_MS } from '../../stmgc/stats';
import { D_CAUSED_ABORTS, D_CAUSED_WAIT_US } from '../../stmgc/layout';
import { mem, workerBase } from '../../stmgc/heap';
import { NAP_MAX_MS, NAP_MIN_MS, initNaps, napAfterSlice, napFirstWindow } from '../../vm/interp/sched_nap';

beforeAll(() => {
  freshHandles();
  delete process.env.PYSTM_NO_NAP;
  delete process.env.PYSTM_NAP;
  initNaps();
});

describe('vm: contention naps', () => {
  it('judges windows, doubles while contended, resets when calm', () => {
    let t = 1000;
    napFirstWindow(t); // the worker takes its first thread: the first window opens
    t += 2;
    bumpTxStat(X_WAIT_MS, 2);
    expect(napAfterSlice(t)).toBe(0); // 2 ms: too short to judge
    t += 3;
    napFirstWindow(t); // (no effect once open)
    expect(napAfterSlice(t)).toBe(NAP_MIN_MS); // 5 ms, 2 of them waiting: 40%: the first slice end judged it
    const naps: number[] = [];
    for (let k = 0; k < 6; k++) {
      t += 200; // (the nap and a slice)
      bumpTxStat(X_ABORTS + 1, 3); // 3 write-read aborts, no waiting
      naps.push(napAfterSlice(t));
    }
    expect(naps).toEqual([16, 32, 64, 128, NAP_MAX_MS, NAP_MAX_MS]);
    t += 200;
    bumpTxStat(X_WAIT_MS, 10); // 5%: calm
    bumpTxStat(X_ABORTS, 2);
    expect(napAfterSlice(t)).toBe(0);
    t += 10;
    bumpTxStat(X_WAIT_MS, 3);
    expect(napAfterSlice(t)).toBe(NAP_MIN_MS); // 30% again: from the start
  });

  it('counts the waits and aborts it caused the others', () => {
    let t = 5000;
    bumpTxStat(X_WAIT_MS, 1); // (calm: 1 ms of 100)
    t += 100;
    expect(napAfterSlice(t)).toBe(0);
    t += 10;
    Atomics.add(mem, workerBase + D_CAUSED_WAIT_US, 3000); // the others waited 3 ms of 10 for its locks
    expect(napAfterSlice(t)).toBe(NAP_MIN_MS);
    t += 100;
    bumpTxStat(X_WAIT_MS, 1);
    expect(napAfterSlice(t)).toBe(0); // calm again
    t += 10;
    Atomics.add(mem, workerBase + D_CAUSED_ABORTS, 2); // 2 aborts of the others and 1 of its own
    bumpTxStat(X_ABORTS + 1, 1);
    expect(napAfterSlice(t)).toBe(NAP_MIN_MS);
    t += 100;
    Atomics.add(mem, workerBase + D_CAUSED_ABORTS, 2); // 2: below 3
    expect(napAfterSlice(t)).toBe(0);
  });
});
