// interp/frame_recycle.ts: a frame that returned without escaping is its code's spare and the
// next frame of that code; a spare is valid only for the nursery generation it was kept in.
// Scripted on one JS thread with two transaction handles (spec/helpers/vm_handles.ts): a call
// keeps its frame and the next call reuses it; a frame Python holds (sys._getframe) is never kept
// and its caller is marked escaped; an aborted transaction (rollback), a commit (its minor
// collection) and a switch to the other handle each make the spare stale, and calls after them
// return their own results.
import { describe, expect, it } from 'vitest';
import { switchTo, txAbort, txBegin, txCommit } from '../../stmgc/index';
import { mem } from '../../stmgc/heap';
import { installStmHooks } from '../../vm/interp/stm_hooks';
import { txHooks } from '../../vm/interp/sched';
import { intValue } from '../../vm/objects/int';
import { codeInfo, type CodeInfo } from '../../vm/objects/code';
import { FN_CODE } from '../../vm/objects/function';
import { youngEpoch } from '../../vm/runtime/alloc';
import { FF_ESCAPED, FR_BACK, FR_FLAGS } from '../../vm/interp/frame_layout';
import { listItems } from '../../vm/objects/list_core';
import { endTx, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
import sys
HELD = []
def leaf(x):
    y = x + 1
    return y
def twice():
    return leaf(1) + leaf(2)
def holder(x):
    here = x
    return sys._getframe()
def keep():
    HELD.append(holder(5))
    return len(HELD)
def held_ok():
    f = HELD[-1]
    return 1 if f.f_code.co_name == 'holder' and f.f_locals['here'] == 5 and f.f_back.f_code.co_name == 'keep' else 0
def churn():
    t = 0
    for i in range(200):
        t += leaf(i) + holder(i).f_locals['here']
    return t
def reset():
    HELD.clear()
`;

const h = vmWithHandles(SRC, 'frame_recycle_prog.py');
const num = (v: number): number => Number(intValue(v));
const infoOf = (name: string): CodeInfo => codeInfo(mem[h.global(name) + FN_CODE]);
const validSpare = (ci: CodeInfo): number => (ci.spareFrame !== 0 && ci.spareGen === youngEpoch ? ci.spareFrame : 0);

describe('frame reuse (interp/frame_recycle.ts)', () => {
  it('keeps the frame of a call that returned and reuses it for the next call of that code', () => {
    installStmHooks();
    switchTo(h.t1);
    txBegin();
    expect(num(h.run('twice'))).toBe(5);
    const leaf = infoOf('leaf');
    const first = validSpare(leaf);
    expect(first).not.toBe(0);
    expect(num(h.run('twice'))).toBe(5);
    expect(validSpare(leaf)).toBe(first); // (leaf(1)'s frame served leaf(2) and came back)
    expect(txCommit()).toBe(true);
    endTx();
  });

  it('never keeps a frame Python code holds, and marks its caller escaped', () => {
    switchTo(h.t1);
    txBegin();
    expect(num(h.run('keep'))).toBe(1);
    const held = h.global('HELD');
    expect(held).not.toBe(0);
    expect(validSpare(infoOf('holder'))).toBe(0);
    expect(num(h.run('churn'))).toBe(2 * 19900 + 200);
    expect(num(h.run('held_ok'))).toBe(1);
    expect(txCommit()).toBe(true);
    endTx();
  });

  it('a spare is stale after an abort, a commit or a switch of handle', () => {
    switchTo(h.t1);
    txBegin();
    h.run('twice');
    const leaf = infoOf('leaf');
    expect(validSpare(leaf)).not.toBe(0);
    txAbort('test');
    txHooks.afterAbort();
    expect(validSpare(leaf)).toBe(0); // (the rollback emptied the nursery it was in)
    txBegin();
    expect(num(h.run('twice'))).toBe(5);
    const leaf2 = infoOf('leaf'); // (an abort drops the CodeInfos too: their code may be gone)
    expect(validSpare(leaf2)).not.toBe(0);
    expect(txCommit()).toBe(true); // (the commit's minor collection)
    expect(validSpare(leaf2)).toBe(0);
    txBegin();
    h.run('twice');
    expect(validSpare(leaf2)).not.toBe(0);
    switchTo(h.t2); // (a frame in slot 1's nursery is not slot 2's)
    expect(validSpare(leaf2)).toBe(0);
    txBegin();
    expect(num(h.run('twice'))).toBe(5);
    expect(txCommit()).toBe(true);
    switchTo(h.t1);
    expect(validSpare(leaf2)).toBe(0);
    expect(num(h.run('twice'))).toBe(5);
    expect(txCommit()).toBe(true);
    endTx();
  });

  it('an escaped frame passes the mark to its caller when it returns', () => {
    switchTo(h.t1);
    txBegin();
    h.run('keep');
    const items = listItems(h.global('HELD'));
    const f = items[items.length - 1];
    const caller = mem[f + FR_BACK];
    expect((mem[f + FR_FLAGS] >> 1) & FF_ESCAPED).toBe(FF_ESCAPED); // (sys._getframe)
    expect((mem[caller + FR_FLAGS] >> 1) & FF_ESCAPED).toBe(FF_ESCAPED); // (keep(), by the return)
    expect(validSpare(infoOf('keep'))).toBe(0);
    expect(num(h.run('held_ok'))).toBe(1);
    expect(txCommit()).toBe(true);
    endTx();
  });
});
