// builtins.breakpoint() and sys.breakpointhook / sys.__breakpointhook__ (PEP 553), as CPython
// 3.11's bltinmodule.c builtin_breakpoint and sysmodule.c sys_breakpointhook: breakpoint() calls
// whatever sys.breakpointhook is *now* with its own arguments ("lost sys.breakpointhook" when the
// name is gone); the default hook reads $PYTHONBREAKPOINT at each call ('' or unset: pdb.set_trace,
// '0': nothing, 'mod.attr' or a builtin's name: that callable), and an entry it cannot import or
// find becomes a RuntimeWarning 'Ignoring unimportable $PYTHONBREAKPOINT: "..."' and None.
import { K, T } from '../runtime/types';
import { PyException, raise } from '../runtime/errors';
import { getattr, isInstance } from '../runtime/protocol';
import { importModule } from '../runtime/importer';
import { warn } from '../runtime/warn';
import { callObject } from '../interp/call';
import { intern } from '../objects/str_core';
import { moduleDict } from '../objects/module';
import { dictGetStr } from '../objects/dict_core';
import { sysModuleRef } from './sys';

/** sys.breakpointhook(*args, **kws): the default hook. */
export function defaultBreakpointHook(args: number[], kwnames: number): number {
  let envar = process.env.PYTHONBREAKPOINT;
  if (envar === undefined || envar === '') envar = 'pdb.set_trace';
  else if (envar === '0') return K.None;
  const dot = envar.lastIndexOf('.');
  if (dot !== 0) {
    const modulePath = dot < 0 ? 'builtins' : envar.slice(0, dot);
    const attr = envar.slice(dot + 1);
    let hook = 0;
    try {
      hook = getattr(importModule(modulePath), intern(attr));
    } catch (e) {
      if (!(e instanceof PyException) || !(isInstance(e.exc, T.ImportError) || isInstance(e.exc, T.AttributeError))) throw e;
    }
    if (hook !== 0) return callObject(hook, args, kwnames);
  }
  warn(T.RuntimeWarning, `Ignoring unimportable $PYTHONBREAKPOINT: "${envar}"`);
  return K.None;
}

/** builtins.breakpoint(*args, **kws): calls the current sys.breakpointhook with them. */
export function breakpointBuiltin(args: number[], kwnames: number): number {
  const sys = sysModuleRef();
  const hook = sys === 0 ? 0 : dictGetStr(moduleDict(sys), intern('breakpointhook'));
  if (hook === 0) raise(T.RuntimeError, 'lost sys.breakpointhook');
  return callObject(hook, args, kwnames);
}
