// `__del__` finalizers under transactions (vm/NOTES.md "Finalizers", stmgc/finalizers.ts): the VM
// is booted in-process with 3 worker slots and two transaction handles take turns on this thread.
//   - an aborted transaction that made finalizable objects (dead in a minor collection inside
//     it) leaves no registration and no pending finalizer: no `__del__` ever runs for them;
//   - a committed one publishes them; `__del__` runs once per object, as Python code, on any
//     worker, and the objects it reaches were kept alive for it (resurrection);
//   - later collections never finalize the same object again, even when `__del__` resurrected it;
//   - an object registered on one worker and dropped by another is finalized by the major
//     collection; weak references to it are cleared in the same collection and call back after it.
import { describe, expect, it } from 'vitest';
import { G_WEAK_PENDING, W_WEAK_PENDING, WRK_FINALIZER, WR_KIND, collectAllHandles, switchTo, txAbort, txBegin, txCommit } from '../../stmgc/index';
import { mem, workerBase } from '../../stmgc/heap';
import { minorCollection } from '../../stmgc/gc_minor';
import { forEachWeakref } from '../../stmgc/weakrefs';
import { runWeakCallbacks } from '../../vm/objects/weakref';
import { intValue } from '../../vm/objects/int';
import { strJs } from '../../vm/objects/str_core';
import { committed, logAfterCallbacks, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
import _weakref
log = []
class Child:
    def __init__(self, v):
        self.v = v
class F:
    def __init__(self, n):
        self.n = n
        self.child = Child(n * 10)
    def __del__(self):
        log.append((self.n, self.child.v))
class Phoenix:
    def __del__(self):
        global SAVED
        SAVED = self
        log.append('phoenix')
SAVED = None
HELD = None
REFS = []
def reset():
    global SAVED, HELD
    log.clear()
    REFS.clear()
    SAVED = None
    HELD = None
def make_garbage():
    for i in range(4):
        F(i)
def make_phoenix():
    Phoenix()
def drop_saved():
    global SAVED
    SAVED = None
def hold():
    global HELD
    HELD = F(7)
    REFS.append(_weakref.ref(HELD, lambda w: log.append('callback')))
def drop_held():
    global HELD
    HELD = None
def log_text(): return repr(sorted(log, key=repr))
def log_len(): return len(log)
def log_raw(): return repr(log)
`;

const vm = vmWithHandles(SRC, 'fin.py');
const run = vm.run;
const num = (v: number): number => Number(intValue(v));
function registrations(): number {
  let n = 0;
  forEachWeakref((r) => {
    if ((mem[r + 2 + WR_KIND] & WRK_FINALIZER) !== 0) n++;
  });
  return n;
}

describe('__del__ in transactions (through the VM)', () => {
  it('an aborted transaction leaves no registration and no pending finalizer', () => {
    switchTo(vm.t1);
    const before = registrations();
    txBegin();
    run('make_garbage');
    expect(registrations()).toBe(before + 4);
    minorCollection(); // inside the transaction: the 4 objects die, their finalizers are queued privately
    expect(mem[workerBase + W_WEAK_PENDING]).not.toBe(0);
    expect(mem[G_WEAK_PENDING]).toBe(0);
    txAbort();
    expect(mem[workerBase + W_WEAK_PENDING]).toBe(0);
    expect(mem[G_WEAK_PENDING]).toBe(0);
    expect(registrations()).toBe(before);
    expect(logAfterCallbacks(vm)).toBe(0);
  });

  it('a commit publishes them: __del__ runs once each, with what the object reaches kept alive', () => {
    switchTo(vm.t1);
    committed(() => run('make_garbage')); // its minor collection finds the 4 dead and resurrects them
    expect(mem[G_WEAK_PENDING]).not.toBe(0);
    switchTo(vm.t2); // any worker may run them
    txBegin();
    runWeakCallbacks();
    expect(strJs(run('log_text'))).toBe('[(0, 0), (1, 10), (2, 20), (3, 30)]');
    expect(txCommit()).toBe(true);
    collectAllHandles(); // now they are plain garbage: never finalized again
    expect(logAfterCallbacks(vm)).toBe(4);
  });

  it('a resurrected object is not finalized a second time', () => {
    switchTo(vm.t1);
    committed(() => run('make_phoenix'));
    txBegin();
    runWeakCallbacks();
    expect(num(run('log_len'))).toBe(1);
    run('drop_saved');
    expect(txCommit()).toBe(true);
    collectAllHandles();
    expect(logAfterCallbacks(vm)).toBe(1);
  });

  it("one worker's object dropped by another: the major collection finalizes it, then clears its weak references", () => {
    switchTo(vm.t1);
    committed(() => run('hold'));
    switchTo(vm.t2);
    committed(() => run('drop_held'));
    collectAllHandles();
    expect(mem[G_WEAK_PENDING]).not.toBe(0);
    txBegin();
    runWeakCallbacks();
    expect(strJs(run('log_raw'))).toBe("[(7, 70), 'callback']"); // (__del__ first, as CPython)
    expect(txCommit()).toBe(true);
  });
});
