// How CPython names a callable in a call's error messages (_PyObject_FunctionStr): "mod.qualname()"
// ("qualname()" for builtins), or "T object" for a callable without __qualname__. Used by f(*x)
// and f(**x) when x is not an iterable / a mapping, and by f(**x) with a repeated keyword.
import { mem } from '../../stmgc/heap';
import { L_STR } from './layouts';
import { getattrOpt, names as N, tname } from './protocol';
import { strJs } from '../objects/str_core';

export function functionStr(func: number): string {
  const q = getattrOpt(func, N.qualname);
  if (q === 0) return tname(func) + ' object';
  const mod = getattrOpt(func, N.module);
  const ms = mod !== 0 && (mod & 1) === 0 && (mem[mod] & 0x7ff) === L_STR ? strJs(mod) : 'builtins';
  return (ms === 'builtins' ? '' : ms + '.') + strJs(q) + '()';
}
