// LOAD_METHOD's cache entries (vm/interp/attr_cache.ts cachedMethod/fillMethod) hold old objects
// only and are tagged with gcEpoch (major collections and aborts), so a minor collection leaves
// them hitting: run()'s inline test of Q_LOAD_FAST_LOAD_METHOD (vm/interp/loop.ts case 107)
// compares the entry's word 3 with gcEpoch(). Before h32-gen every minor collection made each
// method site miss once (the entries were tagged with anyGcEpoch), and a fused site's miss path
// first run after V8 had optimized run() threw the compiled run() away (vm/NOTES.md "h32-gen").
// A class or a method made since the last minor collection (young: it may still move) gets no
// entry. The VM is booted in-process (spec/helpers/vm_handles.ts); the entries are read directly.
import { describe, expect, it } from 'vitest';
import { mem } from '../../stmgc/heap';
import { switchTo } from '../../stmgc/index';
import { minorCollection } from '../../stmgc/gc_minor';
import { codeInfo, type CodeInfo } from '../../vm/objects/code';
import { FN_CODE } from '../../vm/objects/function';
import { intValue } from '../../vm/objects/int';
import { gcEpoch } from '../../vm/runtime/alloc';
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
    expect(mc[k + 3]).toBe(gcEpoch() | 0);
    expect(committed(() => num(vm.run('call_m')))).toBe(5);
    expect(mc[k + 3]).toBe(gcEpoch() | 0);
  });
  it('a young class gets no entry, and answers right', () => {
    switchTo(vm.t1);
    expect(committed(() => num(vm.run('make_young')))).toBe(14);
    const { ci, pc } = site('make_young');
    const mc = ci.mcache as Int32Array;
    expect(mc[pc * MC_WORDS]).toBe(0);
    expect(mc[pc * MC_WORDS + 5]).toBe(0);
  });
  it('an instance attribute shadows the cached method, before and after a minor collection', () => {
    switchTo(vm.t1);
    expect(committed(() => num(vm.run('shadow')))).toBe(95);
    committed(() => minorCollection());
    expect(committed(() => num(vm.run('shadow')))).toBe(95);
    expect(committed(() => num(vm.run('call_m')))).toBe(5);
  });
});
