// When a guest lock release ends the running transaction (vm/interp/sched_release.ts), driven
// with explicit times: always when another worker asked; otherwise only for a release at least
// the threshold after the transaction's begin or this worker's previous release, and only while
// a transaction runs on another worker (asked last: no other worker, no descriptor scan).
import { describe, expect, it } from 'vitest';
import { releaseEndsTransaction } from '../../vm/interp/sched_release';

describe('vm: lock releases end transactions', () => {
  const T = 0.05;
  it('ends it whenever another worker asked', () => {
    expect(releaseEndsTransaction(100.001, 100, 100, true, () => false, T)).toBe(true);
  });
  it('ends a sparse critical section while another transaction runs', () => {
    // 0.2 ms since the begin, no release before in this transaction
    expect(releaseEndsTransaction(100.2, 100, 50, false, () => true, T)).toBe(true);
    // 0.1 ms since the previous release in this transaction
    expect(releaseEndsTransaction(100.3, 100, 100.2, false, () => true, T)).toBe(true);
  });
  it('leaves back-to-back critical sections to the slice', () => {
    expect(releaseEndsTransaction(100.21, 100, 100.2, false, () => true, T)).toBe(false);
    expect(releaseEndsTransaction(100.01, 100, 99, false, () => true, T)).toBe(false);
  });
  it('does not end it when no other worker runs a transaction, and asks that last', () => {
    expect(releaseEndsTransaction(101, 100, 0, false, () => false, T)).toBe(false);
    let asked = 0;
    const other = (): boolean => { asked++; return true; };
    releaseEndsTransaction(100.01, 100, 0, false, other, T);
    expect(asked).toBe(0);
    releaseEndsTransaction(100.5, 100, 0, false, other, T);
    expect(asked).toBe(1);
  });
  it('Infinity turns the age rule off', () => {
    expect(releaseEndsTransaction(1e9, 0, 0, false, () => true, Infinity)).toBe(false);
  });
});
