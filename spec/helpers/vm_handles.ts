// Shared by the VM-under-transactions tests (vm_barriers, vm_weakref_stm, vm_finalizer_stm): boots
// the VM in-process on a 64 MiB heap with 3 worker slots, runs a Python module `src` there (its
// globals kept in a root slot), makes everything old and committed, then opens two transaction
// handles (slots 1 and 2) that take turns on this one JS thread. Registers the vitest hooks:
// before each test no transaction is left open and the module's `reset()` ran in a committed
// transaction. Contention waits are zero, so every script is deterministic.
import { beforeAll, beforeEach, expect } from 'vitest';
import * as path from 'node:path';
import '../../vm/cli/main';
import {
  TxAborted, addRoot, attachHeap, closeAllHandles, createHeap, getRoot, inTransaction, openHandle, setTxConfig, switchTo,
  txAbort, txBegin, txCommit, type TxHandle,
} from '../../stmgc/index';
import { minorCollection } from '../../stmgc/gc_minor';
import { applyEnvironment, bootCore } from '../../vm/runtime/bootstrap';
import { builtinsModule, compileToHeap, execCode } from '../../vm/runtime/importer';
import { dictGetStr, dictSet } from '../../vm/objects/dict_core';
import { intern } from '../../vm/objects/str_core';
import { newModule, moduleDict } from '../../vm/objects/module';
import { names as N } from '../../vm/runtime/protocol';
import { callObject } from '../../vm/interp/call';
import { runWeakCallbacks } from '../../vm/objects/weakref';
import { intValue } from '../../vm/objects/int';

export interface VmHandles {
  /** The handles of worker slots 1 and 2 (set once the beforeAll hook ran). */
  t1: TxHandle;
  t2: TxHandle;
  /** The module's global `name` (0 when missing). */
  global(name: string): number;
  /** Calls the module's function `name` with no arguments. */
  run(name: string): number;
}

/** Runs `body`, returning the TxAborted it threw (or null). */
export function aborted(body: () => void): TxAborted | null {
  try {
    body();
    return null;
  } catch (e) {
    if (e instanceof TxAborted) return e;
    throw e;
  }
}

/** Runs `body` in a transaction of the current handle that must commit; returns what it returned. */
export function committed<T>(body: () => T): T {
  txBegin();
  const result = body();
  expect(txCommit()).toBe(true);
  return result;
}

/** Runs the due weak callbacks and finalizers in a committed transaction of the current handle;
 *  returns the length of the module's `log` (through its `log_len()`). */
export function logAfterCallbacks(h: VmHandles): number {
  return committed(() => {
    runWeakCallbacks();
    return Number(intValue(h.run('log_len')));
  });
}

/** Ends whatever transaction the current handle has (tests leave none open). */
export function endTx(): void {
  if (inTransaction()) txAbort('test cleanup');
}

/** t1 writes with `w1` (keeps its transaction open), t2 writes with `w2`: true when they conflict. */
export function writeLocks(h: VmHandles, w1: string, w2: string): boolean {
  switchTo(h.t1);
  txBegin();
  h.run(w1);
  switchTo(h.t2);
  txBegin();
  const a = aborted(() => h.run(w2));
  let conflict = a !== null;
  if (a !== null) endTx();
  else conflict = !txCommit();
  switchTo(h.t1);
  if (inTransaction()) {
    if (!txCommit()) conflict = true;
  } else conflict = true; // t1 was rolled back by t2 (handles: the loser is rolled back on the spot)
  return conflict;
}

/** t1 reads with `reader`, t2 writes with `writer` and commits: true when t1 then fails to commit. */
export function readIsRecorded(h: VmHandles, reader: string, writer: string): boolean {
  switchTo(h.t1);
  txBegin();
  h.run(reader);
  switchTo(h.t2);
  txBegin();
  h.run(writer);
  expect(txCommit()).toBe(true);
  switchTo(h.t1);
  let failed = false;
  const a = aborted(() => {
    // a later read of the same object may already see the conflict (snapshot extension fails)
    h.run(reader);
    failed = !txCommit();
  });
  if (a !== null) {
    failed = true;
    endTx();
  }
  return failed;
}

/** Boots the VM with module `src` (file name `file`) and registers the hooks described above;
 *  `src` must define `reset()`. */
export function vmWithHandles(src: string, file: string): VmHandles {
  let globalsSlot = -1;
  const h: VmHandles = {
    t1: undefined as unknown as TxHandle,
    t2: undefined as unknown as TxHandle,
    global: (name) => dictGetStr(getRoot(globalsSlot), intern(name)),
    run: (name) => {
      const f = h.global(name);
      if (f === 0) throw new Error(`no ${name}`);
      return callObject(f, [], 0);
    },
  };
  beforeAll(() => {
    setTxConfig({ waitMicros: 0, inevitableWaitMicros: 0, escalateAfter: 1000, backoffMaxMicros: 0 });
    attachHeap(createHeap({ heapBytes: 64 << 20, maxWorkers: 3 }), 0);
    bootCore();
    applyEnvironment({ argv: [file], path0: '', executable: process.execPath, libDir: path.resolve(__dirname, '../../lib') });
    const mod = newModule(file.replace(/\.py$/, ''));
    const g = moduleDict(mod);
    dictSet(g, N.builtins, builtinsModule());
    globalsSlot = addRoot(g);
    execCode(compileToHeap(src, file), g, g, false);
    minorCollection(); // every object old and committed (version 0) before the handles start
    closeAllHandles();
    openHandle(0);
    h.t1 = openHandle(1);
    h.t2 = openHandle(2);
  });
  beforeEach(() => {
    // no transaction left open by a failed test; the module's objects back to their first
    // contents (a committed transaction), the inline caches warm again
    for (const t of [h.t2, h.t1]) {
      switchTo(t);
      endTx();
    }
    txBegin();
    h.run('reset');
    expect(txCommit()).toBe(true);
  });
  return h;
}
