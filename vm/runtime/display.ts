// sys.displayhook (also what PRINT_EXPR runs at the interactive prompt): prints repr(value) to
// the current sys.stdout unless it is None, and remembers it as builtins._ . A program (doctest)
// may replace sys.displayhook or sys.stdout; PRINT_EXPR calls the replacement.
import { K } from './types';
import { getattr, reprJs } from './protocol';
import { runtimeError } from './errors';
import { setBuiltin } from '../builtins/builtins_module';
import { stdioWrite, sysStdout } from '../modules/io';
import { callObject } from '../interp/call';
import { intern, newStr } from '../objects/str_core';
import { dictGetStr } from '../objects/dict_core';
import { sysModuleRef } from '../modules/sys';
import { mem } from '../../stmgc/heap';

/** Writes text to a stream object: the standard streams directly, others through .write(). */
export function writeToStream(f: number, text: string): void {
  if (!stdioWrite(f, text)) callObject(getattr(f, intern('write')), [newStr(text)], 0);
}

/** The builtin sys.displayhook. */
export function builtinDisplayHook(v: number): void {
  if (v === K.None) return;
  setBuiltin('_', K.None);
  const out = sysStdout();
  if (out === K.None) runtimeError('lost sys.stdout');
  writeToStream(out, reprJs(v) + '\n');
  setBuiltin('_', v);
}

let builtinHookRef = 0;
/** sys registers its displayhook builtin so PRINT_EXPR can tell a replacement from it. */
export function setBuiltinDisplayHook(ref: number): void { builtinHookRef = ref; }

/** PRINT_EXPR: the current sys.displayhook. */
export function displayHook(v: number): void {
  const sys = sysModuleRef();
  const hook = sys === 0 ? 0 : dictGetStr(mem[sys + 3], intern('displayhook'));
  if (hook === 0 || hook === builtinHookRef) builtinDisplayHook(v);
  else if (hook === K.None) runtimeError('lost sys.displayhook');
  else callObject(hook, [v], 0);
}
