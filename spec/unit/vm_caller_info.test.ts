// interp/caller_info.ts, which empties objects/code.ts's direct-mapped CodeInfo table (every
// CALL and RETURN_VALUE looks its code up there). A slot must never outlive the code object it
// was made for when that object's address may be reused: after an aborted transaction (its code
// objects are freed) and after a major collection. Scripted on one JS thread with two
// transaction handles (spec/helpers/vm_handles.ts): Python calls fill slots; the abort hook the
// scheduler runs after a rollback, a major collection, and a collection epoch that moved without
// this worker's hooks (checkCallerInfos) each empty them; calls made after a rollback, and
// functions exec'd after a rollback (new code objects, perhaps at reused addresses), return their own results.
import { describe, expect, it } from 'vitest';
import { collectGarbage, switchTo, txAbort, txBegin, txCommit } from '../../stmgc/index';
import { mem } from '../../stmgc/heap';
import { G_MAJOR_COUNT } from '../../stmgc/layout';
import { checkCallerInfos } from '../../vm/interp/caller_info';
import { codeInfoTableFilled } from '../../vm/objects/code';
import { installStmHooks } from '../../vm/interp/stm_hooks';
import { txHooks } from '../../vm/interp/sched';
import { intValue } from '../../vm/objects/int';
import { endTx, vmWithHandles } from '../helpers/vm_handles';

const SRC = `
K = [0]
def depth(n):
    return depth(n - 1) + 1 if n else 0
def depth6():
    return depth(6)
def exec_next():
    K[0] += 1
    ns = {}
    exec("def f(n):\\n    return f(n - 1) + %d if n else 0\\n" % K[0], ns)
    return ns["f"](6)
def reset():
    K[0] = 0
`;

const h = vmWithHandles(SRC, 'caller_info_prog.py');
const filled = (): number => codeInfoTableFilled();
const num = (v: number): number => Number(intValue(v));

describe('the CodeInfo table emptied (interp/caller_info.ts)', () => {
  it('are filled by calls and emptied by the abort hook the scheduler runs after a rollback', () => {
    installStmHooks();
    switchTo(h.t1);
    txBegin();
    expect(num(h.run('depth6'))).toBe(6);
    expect(filled()).toBeGreaterThanOrEqual(2); // (depth6 and depth)
    txAbort('test');
    txHooks.afterAbort();
    expect(filled()).toBe(0);
  });

  it('are emptied by a major collection', () => {
    switchTo(h.t1);
    txBegin();
    expect(num(h.run('depth6'))).toBe(6);
    expect(txCommit()).toBe(true);
    expect(filled()).toBeGreaterThan(0);
    endTx();
    const majors = mem[G_MAJOR_COUNT];
    collectGarbage(); // (other handles are attached: it may only be requested, then run here)
    if (mem[G_MAJOR_COUNT] !== majors) expect(filled()).toBe(0);
    else {
      // the request waits for the other handles: this worker's next check sees no new epoch
      checkCallerInfos();
      expect(filled()).toBeGreaterThan(0);
    }
  });

  it('are emptied when the collection epoch moved without this worker running its hooks', () => {
    switchTo(h.t1);
    txBegin();
    expect(num(h.run('depth6'))).toBe(6);
    expect(txCommit()).toBe(true);
    checkCallerInfos(); // (the epoch it last saw: nothing to drop)
    expect(filled()).toBeGreaterThan(0);
    mem[G_MAJOR_COUNT]++; // as a collection by another worker seen only at attach
    try {
      checkCallerInfos();
      expect(filled()).toBe(0);
    } finally {
      mem[G_MAJOR_COUNT]--;
      checkCallerInfos();
    }
  });

  it('calls after a rolled-back transaction return their own results (exec makes a transaction inevitable: no rollback)', () => {
    switchTo(h.t1);
    for (let round = 1; round <= 4; round++) {
      txBegin();
      expect(num(h.run('depth6'))).toBe(6);
      txAbort('test');
      txHooks.afterAbort();
      expect(filled()).toBe(0);
      txBegin();
      // a committed transaction execs a new function at the depths the rolled-back one used
      expect(num(h.run('exec_next'))).toBe(6 * round); // f(6) = 6 * K
      expect(txCommit()).toBe(true);
    }
  });
});
