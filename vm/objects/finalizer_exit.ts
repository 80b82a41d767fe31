// `__del__` at interpreter exit. CPython 3.11 tears the modules down at exit, which releases the
// objects they hold: a module-level instance of a class with `__del__` gets it called after the
// atexit handlers (measured: in the order of the `__main__` globals, then what those held). PyPy
// calls nothing at exit. We follow CPython for the common programs: after atexit, a full
// collection (its `__del__`s run first: objects already dead), then every object still registered
// for finalization is finalized once: first those bound directly to a `__main__` global, in the
// globals' order, then the rest oldest first. Unlike CPython the globals are not cleared first,
// so a `__del__` at exit still sees them. vm/NOTES.md "Finalizers".
import { mem } from '../../stmgc/heap';
import { addRoot, removeRoot } from '../../stmgc/roots';
import { G_MAX_WORKERS, WRK_FINALIZER, WR_CALLBACK, WR_KIND, WR_NEXT, WR_REFERENT } from '../../stmgc/layout';
import { weakCell } from '../../stmgc/weakrefs';
import { becomeInevitable, inTransaction, isInevitable } from '../../stmgc/txn';
import { PyException } from '../runtime/errors';
import { importModule, sysModulesGet } from '../runtime/importer';
import { getattr } from '../runtime/protocol';
import { callObject } from '../interp/call';
import { dictEntryCount, dictEntryValue } from './dict_core';
import { moduleDict } from './module';
import { newList, listItems } from './list_core';
import { intern } from './str_core';
import { runFinalizer } from './finalizer';
import { writeUnraisable } from '../runtime/unraisable';

/** Registrations still on a chain with a live referent, oldest first. */
function liveRegistrations(): number[] {
  const out: number[] = [];
  for (let w = 0, n = mem[G_MAX_WORKERS]; w < n; w++) {
    const cell = weakCell(w);
    if (cell === 0) break;
    const chain: number[] = [];
    for (let r = mem[cell + 2]; r !== 0; r = mem[r + 2 + WR_NEXT]) {
      if ((mem[r + 2 + WR_KIND] & WRK_FINALIZER) !== 0 && mem[r + 2 + WR_REFERENT] !== 0) chain.push(r);
    }
    for (let i = chain.length - 1; i >= 0; i--) out.push(chain[i]);
  }
  return out;
}

/** Runs the finalizers due at exit (after the atexit handlers, before the files are flushed). */
export function runExitFinalizers(): void {
  if (liveRegistrations().length === 0) return;
  try {
    callObject(getattr(importModule('gc'), intern('collect')), [], 0); // (everything is old afterwards)
  } catch (e) {
    if (!(e instanceof PyException)) throw e;
    writeUnraisable(e.exc, 0);
  }
  if (inTransaction() && !isInevitable()) becomeInevitable(); // (the chain words below are not undone)
  const regs = liveRegistrations();
  if (regs.length === 0) return;
  const byReferent = new Map<number, number>();
  for (const r of regs) byReferent.set(mem[r + 2 + WR_REFERENT], r);
  const ordered: number[] = [];
  const main = sysModulesGet('__main__');
  if (main !== 0) {
    const d = moduleDict(main);
    for (let i = 0, n = dictEntryCount(d); i < n; i++) {
      const r = byReferent.get(dictEntryValue(d, i));
      if (r !== undefined) {
        ordered.push(r);
        byReferent.delete(mem[r + 2 + WR_REFERENT]);
      }
    }
  }
  for (const r of regs) if (byReferent.get(mem[r + 2 + WR_REFERENT]) === r) ordered.push(r);
  // the registrations stay in a rooted list while guest code runs (a collection may come)
  const list = newList(ordered);
  const slot = addRoot(list);
  try {
    for (const r of listItems(list)) {
      const obj = mem[r + 2 + WR_REFERENT];
      if (obj === 0) continue; // (found dead and finalized meanwhile)
      // off the collectors' books: a registration with no referent is never due again
      mem[r + 2 + WR_REFERENT] = 0;
      mem[r + 2 + WR_CALLBACK] = obj;
      runFinalizer(r);
    }
  } finally {
    if (slot >= 0) removeRoot(slot);
  }
}
