// Class attributes read from this worker's caches stay consistent with the rest of a transaction's
// view when its snapshot moves mid-transaction (stmgc/txn_view_epoch.ts, stmgc/NOTES.md h27-epoch).
// The caches (TypeInfo, inline caches) are not in the read set: they are valid for one value of
// the heap class epoch. Scripted with two transaction handles on one JS thread
// (spec/helpers/vm_handles): t1 reads K.a through the caches, t2 changes K.a and K.b together and
// commits, t1 then reads K.b, which is newer than its snapshot (an extension). Before the fix the
// extension validated only the recorded reads and t1 committed having seen the old K.a and the new
// K.b. An inevitable transaction cannot abort, so a commit that changes a class while another
// worker is inevitable aborts instead.
import { describe, expect, it } from 'vitest';
import { becomeInevitable, inTransaction, switchTo, txBegin, txCommit } from '../../stmgc/index';
import { intValue } from '../../vm/objects/int';
import { aborted, endTx, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
class K:
    a = 1
    b = -1
    def m(self):
        return 5
k = K()
def read_a(): return K.a
def read_b(): return K.b
def call_m(): return k.m()
def store_ab():
    K.a = K.a + 1
    K.b = -K.a
def reset():
    K.a = 1
    K.b = -1
    for f in (read_a, read_b, call_m):
        f(); f()
`;

const vm = vmWithHandles(SRC, 'classepoch.py');
const num = (r: number): number => Number(intValue(r));

/** t2 changes K.a and K.b and commits (it must). */
function t2Stores(): void {
  switchTo(vm.t2);
  txBegin();
  vm.run('store_ab');
  expect(txCommit()).toBe(true);
}

describe('cached class attributes and snapshot extensions', () => {
  it('t1 reads K.a from its caches, t2 changes K.a and K.b, t1 reads K.b: t1 never commits a torn pair', () => {
    switchTo(vm.t1);
    txBegin();
    const a = num(vm.run('read_a'));
    expect(a).toBe(1);
    t2Stores();
    switchTo(vm.t1);
    let b = 0;
    let committedPair = false;
    const e = aborted(() => {
      b = num(vm.run('read_b')); // newer than t1's snapshot: an extension
      committedPair = txCommit();
    });
    if (e !== null) endTx();
    // committing is allowed only with a pair that sums to 0 (it never did before the fix: 1, -2)
    if (committedPair) expect(a + b).toBe(0);
    expect(committedPair).toBe(false);
  });

  it('without an extension t1 commits its cached read (it serializes before t2)', () => {
    switchTo(vm.t1);
    txBegin();
    expect(num(vm.run('read_a'))).toBe(1);
    t2Stores();
    switchTo(vm.t1);
    expect(txCommit()).toBe(true);
  });

  it('a retry after the abort sees both new values', () => {
    t2Stores();
    switchTo(vm.t1);
    txBegin();
    const a = num(vm.run('read_a'));
    const b = num(vm.run('read_b'));
    expect(txCommit()).toBe(true);
    expect([a, b]).toEqual([2, -2]);
  });

  it('t1 read K.a from its caches, t2 changed K.a and K.b: t1 cannot become inevitable on that view', () => {
    switchTo(vm.t1);
    txBegin();
    expect(num(vm.run('read_a'))).toBe(1);
    t2Stores();
    switchTo(vm.t1);
    const e = aborted(() => becomeInevitable());
    expect(e).not.toBeNull();
    endTx();
  });

  it('a class change cannot commit while another transaction is inevitable', () => {
    // t2 locks K.a and K.b first; t1 reads K.a from its caches and becomes inevitable (t2's locks
    // are not in its read set); t2 may not commit: t1 would then read its new K.b
    switchTo(vm.t2);
    txBegin();
    vm.run('store_ab');
    switchTo(vm.t1);
    txBegin();
    const a = num(vm.run('read_a'));
    becomeInevitable();
    switchTo(vm.t2);
    const lost = aborted(() => expect(txCommit()).toBe(false));
    if (lost !== null || inTransaction()) endTx();
    switchTo(vm.t1);
    const b = num(vm.run('read_b'));
    expect(txCommit()).toBe(true);
    expect(a + b).toBe(0);
  });

  it('a method call (the inline caches) and an extension past a class change: aborts', () => {
    switchTo(vm.t1);
    txBegin();
    expect(num(vm.run('call_m'))).toBe(5);
    t2Stores();
    switchTo(vm.t1);
    const e = aborted(() => {
      vm.run('read_b');
      expect(txCommit()).toBe(false);
    });
    if (e !== null) endTx();
  });
});
