// Weak references through the VM under transactions (vm/NOTES.md "Weak references"): the VM is
// booted in-process with 3 worker slots and two transaction handles take turns on this thread.
//   - calling a weak reference is a transactional read of it (a writer's commit makes the
//     reader fail), and creating weak references in two workers does not conflict (each links
//     on its own slot's registry chain);
//   - an aborted transaction that made weak references (with callbacks, to objects that died in
//     a minor collection inside it) leaves no trace: no pending callback, the chains as before;
//   - a committed one publishes its cleared references, and the VM runs their callbacks as
//     Python code (runWeakCallbacks) after the transaction that cleared them;
//   - getweakrefcount's per-worker index (vm/objects/weakref_index.ts) forgets a reference
//     whose transaction aborted and sees the ones other workers made since its last call;
//   - a weak reference made by one worker to another worker's object is cleared by the major
//     collection once the object is unreachable.
import { describe, expect, it } from 'vitest';
import { G_WEAK_PENDING, W_WEAK_PENDING, collectAllHandles, switchTo, txAbort, txBegin, txCommit } from '../../stmgc/index';
import { mem, workerBase } from '../../stmgc/heap';
import { minorCollection } from '../../stmgc/gc_minor';
import { forEachWeakref } from '../../stmgc/weakrefs';
import { runWeakCallbacks } from '../../vm/objects/weakref';
import { intValue } from '../../vm/objects/int';
import { aborted, committed, logAfterCallbacks, endTx, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
import _weakref
ref = _weakref.ref
class Obj:
    pass
class Tagged(ref):
    pass
log = []
O1 = Obj()
O2 = Obj()
SHARED = Obj()
W = None
def reset():
    global W
    W = Tagged(O1)          # a weak reference with no __dict__ yet
    log.clear()
def call_w(): return W() is O1
def write_w(): W.tag = 1    # makes its __dict__: a write of the weak reference itself
def ref_o1(): return ref(O1)
def ref_o2(): return ref(O2)
def make_doomed():
    keep = []
    for i in range(5):
        keep.append(ref(Obj(), lambda w, i=i: log.append(i)))
    return keep
KEEP = []
def make_kept():
    KEEP.extend(make_doomed())
def count_shared(): return _weakref.getweakrefcount(SHARED)
def ref_shared():
    KEEP.append(ref(SHARED, lambda w: log.append('shared')))
def drop_shared():
    global SHARED
    SHARED = None
def log_len(): return len(log)
`;

const vm = vmWithHandles(SRC, 'wr.py');
const run = vm.run;
const num = (v: number): number => Number(intValue(v));
function chainLength(): number {
  let n = 0;
  forEachWeakref(() => n++);
  return n;
}

describe('weak references in transactions (through the VM)', () => {
  it('calling a weak reference is a transactional read of it', () => {
    switchTo(vm.t1);
    txBegin();
    expect(run('call_w')).not.toBe(0);
    switchTo(vm.t2);
    committed(() => run('write_w'));
    switchTo(vm.t1);
    let failed = false;
    if (aborted(() => {
      run('call_w');
      failed = !txCommit();
    }) !== null) {
      failed = true;
      endTx();
    }
    expect(failed).toBe(true);
  });

  it('two workers making weak references do not conflict (one registry chain each)', () => {
    switchTo(vm.t1);
    txBegin();
    run('ref_o1');
    switchTo(vm.t2);
    committed(() => run('ref_o2'));
    switchTo(vm.t1);
    expect(txCommit()).toBe(true);
  });

  it('an aborted transaction leaves no weak reference and no callback behind', () => {
    switchTo(vm.t1);
    const before = chainLength();
    txBegin();
    run('make_kept'); // 5 refs kept in KEEP, their referents already garbage
    minorCollection(); // inside the transaction: the referents die, the refs are queued privately
    expect(mem[workerBase + W_WEAK_PENDING]).not.toBe(0);
    expect(mem[G_WEAK_PENDING]).toBe(0);
    txAbort();
    expect(mem[workerBase + W_WEAK_PENDING]).toBe(0);
    expect(mem[G_WEAK_PENDING]).toBe(0);
    expect(chainLength()).toBe(before);
    expect(logAfterCallbacks(vm)).toBe(0);
  });

  it('a committed transaction publishes its cleared references; their callbacks run afterwards', () => {
    switchTo(vm.t1);
    committed(() => run('make_kept')); // its minor collection clears the 5 refs
    expect(mem[G_WEAK_PENDING]).not.toBe(0);
    switchTo(vm.t2); // any worker may run them
    expect(logAfterCallbacks(vm)).toBe(5);
    expect(mem[G_WEAK_PENDING]).toBe(0);
  });

  it("getweakrefcount's index follows an abort and other workers' new references", () => {
    switchTo(vm.t1);
    txBegin();
    const before = num(run('count_shared'));
    expect(txCommit()).toBe(true);
    txBegin();
    run('ref_shared');
    expect(num(run('count_shared'))).toBe(before + 1);
    txAbort(); // the reference was never made
    txBegin();
    expect(num(run('count_shared'))).toBe(before);
    expect(txCommit()).toBe(true);
    switchTo(vm.t2);
    txBegin();
    run('ref_shared');
    run('ref_shared');
    expect(txCommit()).toBe(true);
    switchTo(vm.t1); // (its index saw the old chain heads: it walks the two new references only)
    txBegin();
    expect(num(run('count_shared'))).toBe(before + 2);
    expect(txCommit()).toBe(true);
  });

  it("a weak reference made on one worker to another worker's object dies with it", () => {
    switchTo(vm.t1);
    committed(() => run('ref_shared'));
    switchTo(vm.t2);
    txBegin();
    expect(num(run('count_shared'))).toBe(3);
    run('drop_shared');
    expect(txCommit()).toBe(true);
    collectAllHandles(); // the stop-the-world major collection
    expect(mem[G_WEAK_PENDING]).not.toBe(0);
    expect(logAfterCallbacks(vm)).toBe(3);
  });
});
