// LOAD_METHOD's cache entries (vm/interp/attr_cache.ts cachedMethod/fillMethod) that hold no young
// object are tagged with gcEpoch (major collections and aborts: odd tags), so a minor collection
// leaves them hitting; run()'s inline test of Q_LOAD_FAST_LOAD_METHOD (vm/interp/loop.ts case 107)
// accepts the entry's word 3 of either kind. Before h32-gen every minor collection made each
// method site miss once (every entry was tagged with anyGcEpoch), and a fused site's miss path
// first run after V8 had optimized run() threw the compiled run() away (vm/NOTES.md "h32-gen").
// An entry holding a class or a method made since the last minor collection (young: it moves at
// the next one) is tagged with anyGcEpoch (even tags) and goes stale at the next collection.
// The VM is booted in-process (spec/helpers/vm_handles.ts); the entries are read directly.
import { describe, expect, it } from 'vitest';
import { mem } from '../../stmgc/heap';
import { switchTo, txBegin, txCommit } from '../../stmgc/index';
import { minorCollection } from '../../stmgc/gc_minor';
import { codeInfo, type CodeInfo } from '../../vm/objects/code';
import { FN_CODE } from '../../vm/objects/function';
import { intValue } from '../../vm/objects/int';
import { anyGcEpoch, gcEpoch } from '../../vm/runtime/alloc';
import { MC_WORDS } from '../../vm/interp/attr_cache';
import { committed, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
class K:
    def m(self):
        return 5
k = K()
def call_m():
    o = k
    return o.m()
def make_young():
    class Y:
        def m(self):
            return 7
    o = Y()
    return o.m() + o.m()
def shadow():
    o = k
    o.m = lambda: 9
    r = o.m()
    del o.m
    return r * 10 + o.m()
def reset():
    pass
`;

const vm = vmWithHandles(SRC, 'methodcacheepoch.py');
const num = (r: number): number => Number(intValue(r));

/** The code of the module's function `name` and the word index of its (only) LOAD_METHOD. */
function site(name: string): { ci: CodeInfo; pc: number } {
  const ci = codeInfo(mem[vm.global(name) + FN_CODE]);
  const pc = Array.from(ci.words).findIndex((w) => (w & 0xff) === 26);
  expect(pc).toBeGreaterThanOrEqual(0);
  return { ci, pc };
}

describe('LOAD_METHOD cache entries across collections', () => {
  it('an entry of an old class and method still hits after a minor collection', () => {
    switchTo(vm.t1);
    expect(committed(() => num(vm.run('call_m')))).toBe(5);
    const { ci, pc } = site('call_m');
    const mc = ci.mcache as Int32Array;
    const k = pc * MC_WORDS;
    expect(mc[k]).toBe(vm.global('K'));
    committed(() => minorCollection());
    // run()'s inline hit test (case 107): class, and the collection epoch of the entry
    expect(mc[k]).toBe(vm.global('K'));
    expect(mc[k + 3]).toBe((gcEpoch() * 2 + 1) | 0);
    expect(committed(() => num(vm.run('call_m')))).toBe(5);
    expect(mc[k + 3]).toBe((gcEpoch() * 2 + 1) | 0);
  });
  it('an entry of a young class is tagged young and goes stale at the next minor collection', () => {
    switchTo(vm.t1);
    txBegin();
    expect(num(vm.run('make_young'))).toBe(14);
    const { ci, pc } = site('make_young');
    const mc = ci.mcache as Int32Array;
    const k = pc * MC_WORDS;
    expect(mc[k]).not.toBe(0);
    expect(mc[k + 3]).toBe((anyGcEpoch() * 2) | 0);
    minorCollection();
    expect(txCommit()).toBe(true);
    expect([(anyGcEpoch() * 2) | 0, (gcEpoch() * 2 + 1) | 0]).not.toContain(mc[k + 3]);
    expect(committed(() => num(vm.run('make_young')))).toBe(14);
  });
  it('an instance attribute shadows the cached method, before and after a minor collection', () => {
    switchTo(vm.t1);
    expect(committed(() => num(vm.run('shadow')))).toBe(95);
    committed(() => minorCollection());
    expect(committed(() => num(vm.run('shadow')))).toBe(95);
    expect(committed(() => num(vm.run('call_m')))).toBe(5);
  });
});
