// How CPython names a callable in a call's error messages (_PyObject_FunctionStr): "mod.qualname()"
// ("qualname()" for builtins), or str(x) for a callable without __qualname__ (None(*f): "None"). Used by f(*x)
// and f(**x) when x is not an iterable / a mapping, and by f(**x) with a repeated keyword.
import { mem } from '../../stmgc/heap';
import { L_STR } from './layouts';
import { getattrOpt, names as N, strOf } from './protocol';
import { strJs } from '../objects/str_core';

export function functionStr(func: number): string {
  const q = getattrOpt(func, N.qualname);
  if (q === 0) return strOf(func);
  const mod = getattrOpt(func, N.module);
  const ms = mod !== 0 && (mod & 1) === 0 && (mem[mod] & 0x7ff) === L_STR ? strJs(mod) : 'builtins';
  return (ms === 'builtins' ? '' : ms + '.') + strJs(q) + '()';
}
