// TxState (stmgc/txn_state.ts) keeps one V8 hidden class whatever its millisecond fields hold:
// they start as doubles (-0), so the first fraction of a millisecond stored into waitedMs (a
// worker's first contention wait, only with 2+ workers) or beganAt (each isolate's first
// txBegin) does not deprecate the class and deoptimize every barrier and commit function
// compiled against it (stmgc/NOTES.md "h22-par"). Checked with V8's %HaveSameMap: an object
// whose fields took fractions has the hidden class of a fresh one; likewise the nap counter
// (vm/interp/sched_nap.ts napStats). Fails with the fields started at 0 (the fraction moves the
// object to a new class).
import * as v8 from 'node:v8';
import { describe, expect, it } from 'vitest';
import { MS_ZERO, TxState } from '../../stmgc/txn_state';
import { napStats } from '../../vm/interp/sched_nap';

v8.setFlagsFromString('--allow-natives-syntax');
// (compiled after the flag is on: a natives call is a syntax error otherwise)
const sameMap = new Function('a', 'b', 'return %HaveSameMap(a, b);') as (a: object, b: object) => boolean;

describe('TxState hidden class', () => {
  it('milliseconds with fractions leave the hidden class as it was', () => {
    const fresh = new TxState();
    const used = new TxState();
    used.waitedMs += 0.137;
    used.beganAt = 1234.567;
    used.attemptStart = 89.25;
    used.waitedMs = 0; // (txBegin's reset: an integer into a double field)
    expect(sameMap(fresh, used)).toBe(true);
    expect(sameMap(new TxState(), fresh)).toBe(true);
  });

  it("the nap counter's milliseconds take fractions in the same hidden class", () => {
    const fresh = { naps: 0, ms: MS_ZERO };
    expect(sameMap(napStats, fresh)).toBe(true);
    napStats.ms += 0.25; // (what napEnded adds; the counter is only written)
    expect(sameMap(napStats, fresh)).toBe(true);
    napStats.ms -= 0.25;
  });

  it('reads as zero before any time is stored', () => {
    const t = new TxState();
    expect(t.waitedMs + 0).toBe(0);
    expect(`${t.waitedMs.toFixed(3)} ${t.beganAt}`).toBe('0.000 0');
  });
});
