// Big sets through the VM under transactions (issue 6, vm/objects/set_counts.ts): a set whose
// table has 8192+ slots keeps its fill/used counts per region (32 counter cards) and locks only
// the card of the slot written and its region's counter card. Two transaction handles take turns
// on this one JS thread (spec/helpers/vm_handles.ts): adds and discards far apart both commit;
// the same card or the same region conflicts; readers (membership, len, iteration) are recorded
// per card; the counts are exact after both commits, after a rollback and across a resize.
import { describe, expect, it } from 'vitest';
import { switchTo, txAbort, txBegin, txCommit, inTransaction } from '../../stmgc/index';
import { mem } from '../../stmgc/heap';
import { payloadWords } from '../../stmgc/objects';
import { SE_MASK, SE_TABLE, setContains, setDummy, setLen, setSlots } from '../../vm/objects/set_core';
import { forgetUsedSum, isBigTable, tableSlots } from '../../vm/objects/set_counts';
import { intValue } from '../../vm/objects/int';
import { aborted, committed, endTx, vmWithHandles, readIsRecorded as readIsRecordedOf, writeLocks as writeLocksOf } from '../helpers/vm_handles';

const SRC = `
BS = set(range(20000))   # a 131072-slot table (as CPython): 32 regions of 4096 slots, cards of 16 slots
SMALL = set(range(100))
def bs_add_a(): BS.add(30000)
def bs_add_near(): BS.add(30001)      # the same card as 30000
def bs_add_region(): BS.add(30100)    # another card of the same region (its counter card)
def bs_add_b(): BS.add(60000)
def bs_discard_a(): BS.discard(100)
def bs_discard_b(): BS.discard(15000)
def bs_readd_b():
    BS.discard(15000)
    BS.add(15000)
def bs_contains_a(): return 30000 in BS
def bs_len(): return len(BS)
def bs_iter_sum(): return sum(BS)
def bs_grow():                        # past CPython's resize point (fill 78643 of 131072)
    for i in range(100000, 160000):
        BS.add(i)
def bs_check(): return sum(1 << i for i, k in enumerate((30000, 30001, 60000, 100, 15000)) if k in BS)
def small_add(): SMALL.add(1000)
def small_add_far(): SMALL.add(2000)
def reset():
    BS.clear()
    BS.update(range(20000))
    SMALL.clear()
    SMALL.update(range(100))
    for i in range(3):
        bs_contains_a(); bs_len()
reset()
`;

const vm = vmWithHandles(SRC, 'set_cards.py');
const run = vm.run;
const writeLocks = (w1: string, w2: string): boolean => writeLocksOf(vm, w1, w2);
const readIsRecorded = (reader: string, writer: string): boolean => readIsRecordedOf(vm, reader, writer);
const num = (v: number): number => Number(intValue(v));



function len(): number {
  switchTo(vm.t1);
  return committed(() => num(run('bs_len')));
}
/** Which of 30000, 30001, 60000, 100, 15000 are in BS (a committed read). */
function check(): boolean[] {
  switchTo(vm.t1);
  const bits = committed(() => num(run('bs_check')));
  return [0, 1, 2, 3, 4].map((i) => ((bits >> i) & 1) === 1);
}

describe('big set: the table is big (split counts)', () => {
  it('BS has a 131072-slot table with counters, SMALL does not', () => {
    switchTo(vm.t1);
    committed(() => {
      const t = mem[vm.global('BS') + SE_TABLE];
      expect(isBigTable(t)).toBe(true);
      expect(tableSlots(t)).toBe(131072);
      expect(setLen(vm.global('BS'))).toBe(20000);
      expect(isBigTable(mem[vm.global('SMALL') + SE_TABLE])).toBe(false);
    });
  });
});

describe('big set: writers far apart do not conflict, near ones do', () => {
  it('adds of new keys in different regions both commit; len counts both', () => {
    expect(writeLocks('bs_add_a', 'bs_add_b')).toBe(false);
    expect(len()).toBe(20002);
    expect(check()).toEqual([true, false, true, true, true]);
  });
  it('the other order too', () => {
    expect(writeLocks('bs_add_b', 'bs_add_a')).toBe(false);
    expect(len()).toBe(20002);
  });
  it('discards in different regions both commit', () => {
    expect(writeLocks('bs_discard_a', 'bs_discard_b')).toBe(false);
    expect(len()).toBe(19998);
    expect(check()).toEqual([false, false, false, false, false]);
  });
  it('an add and a discard-then-re-add far apart both commit', () => {
    expect(writeLocks('bs_add_a', 'bs_readd_b')).toBe(false);
    expect(len()).toBe(20001);
    expect(check()).toEqual([true, false, false, true, true]);
  });
  it('adds into the same card conflict; exactly one key is in afterwards', () => {
    expect(writeLocks('bs_add_a', 'bs_add_near')).toBe(true);
    const c = check();
    expect(len()).toBe(20000 + Number(c[0]) + Number(c[1]));
    expect(Number(c[0]) + Number(c[1])).toBeLessThanOrEqual(1);
  });
  it('adds into the same region (another card) conflict on its counter card', () => {
    expect(writeLocks('bs_add_a', 'bs_add_region')).toBe(true);
  });
  it('a small set still conflicts per object (its header counts)', () => {
    expect(writeLocks('small_add', 'small_add_far')).toBe(true);
  });
});

describe('big set: readers are recorded per card', () => {
  it('membership of a key vs its add', () => {
    expect(readIsRecorded('bs_contains_a', 'bs_add_a')).toBe(true);
  });
  it('control: membership vs an add far away commits', () => {
    expect(readIsRecorded('bs_contains_a', 'bs_add_b')).toBe(false);
  });
  it('len() vs an add anywhere (every counter card is read)', () => {
    expect(readIsRecorded('bs_len', 'bs_add_b')).toBe(true);
  });
  it('iteration vs a discard far away', () => {
    expect(readIsRecorded('bs_iter_sum', 'bs_discard_b')).toBe(true);
  });
});

describe('big set: counts after a rollback and a resize', () => {
  it('an aborted transaction leaves the counters as they were', () => {
    switchTo(vm.t1);
    txBegin();
    run('bs_add_a');
    run('bs_add_b');
    run('bs_discard_a');
    expect(num(run('bs_len'))).toBe(20001);
    txAbort('test');
    expect(len()).toBe(20000);
    expect(check()).toEqual([false, false, false, true, true]);
    expect(writeLocks('bs_add_a', 'bs_add_b')).toBe(false);
    expect(len()).toBe(20002);
  });
  it('growing past the resize point in one transaction: a concurrent far add conflicts, counts exact', () => {
    expect(writeLocks('bs_grow', 'bs_add_b')).toBe(true);
    switchTo(vm.t1);
    committed(() => {
      const s = vm.global('BS');
      const n = setLen(s);
      expect([80000, 80001]).toContain(n); // bs_grow committed; bs_add_b maybe (it gave way)
      expect(tableSlots(mem[s + SE_TABLE])).toBe(262144);
    });
  });
});

describe('big set: zombie safety (a torn header or torn counters stay bounded)', () => {
  it('a mask past the table: walks stop at the slots (not into the counter cards)', () => {
    const s = vm.global('BS');
    const t = mem[s + SE_TABLE];
    const saved = mem[s + SE_MASK];
    mem[s + SE_MASK] = ((1 << 24) << 1) | 1;
    try {
      expect(setSlots(s)).toBe(tableSlots(t));
      expect(setSlots(s) * 2).toBeLessThan(payloadWords(t));
      expect(setContains(s, (987654 << 1) | 1)).toBe(false);
    } finally {
      mem[s + SE_MASK] = saved;
    }
  });
  it('torn counters: len() stays within [0, slots]', () => {
    const s = vm.global('BS');
    const t = mem[s + SE_TABLE];
    const n = payloadWords(t);
    const saved = Array.from(mem.subarray(t + 2, t + 2 + n));
    // (raw pokes bypass the counter writers, so the cached sum is dropped by hand after each)
    for (let i = tableSlots(t) * 2; i < n; i++) mem[t + 2 + i] = (1 << 28) | 1; // every counter huge
    forgetUsedSum();
    try {
      expect(setLen(s)).toBe(tableSlots(t));
      for (let i = tableSlots(t) * 2; i < n; i++) mem[t + 2 + i] = -(1 << 28) | 1; // every counter negative
      forgetUsedSum();
      expect(setLen(s)).toBe(0);
    } finally {
      mem.set(saved, t + 2);
      forgetUsedSum();
    }
    expect(setLen(s)).toBe(20000);
  });
  it('a table without any free slot: the probe ends', () => {
    const s = vm.global('BS');
    const t = mem[s + SE_TABLE];
    const slots = tableSlots(t);
    const saved = Array.from(mem.subarray(t + 2, t + 2 + slots * 2));
    for (let i = 0; i < slots * 2; i += 2) {
      mem[t + 2 + i] = (5 << 1) | 1;
      mem[t + 3 + i] = setDummy();
    }
    try {
      expect(setContains(s, (77 << 1) | 1)).toBe(false);
    } finally {
      mem.set(saved, t + 2);
    }
  });
});
