// The native module `_functools` (CPython 3.11's Modules/_functoolsmodule.c): reduce, cmp_to_key
// and the classes partial, KeyWrapper and _lru_cache_wrapper (vm/objects/partial.ts,
// keywrapper.ts, lru_cache.ts, built by the bootstrap). lib/functools.py takes them with
// `try: from _functools import ...` as CPython's functools.py does, keeping its Python versions
// as the fallbacks test_functools compares against.
import { K, T } from '../runtime/types';
import { typeError, PyException } from '../runtime/errors';
import { isInstance, iter, next } from '../runtime/protocol';
import { argRange, bindArgs, defineBuiltin } from '../objects/builtin_function';
import { newModule, moduleSet } from '../objects/module';
import { intern } from '../objects/str_core';
import { callObject } from '../interp/call';
import { newKeyWrapper } from '../objects/keywrapper';

const DOC = 'Tools that operate on functions.';

function reduce(a: number[], kw: number): number {
  argRange('reduce', a, 2, 3, kw);
  const func = a[0];
  let it: number;
  try {
    it = iter(a[1]);
  } catch (e) {
    if (e instanceof PyException && isInstance(e.exc, T.TypeError)) typeError('reduce() arg 2 must support iteration');
    throw e;
  }
  let result = a.length > 2 ? a[2] : 0;
  for (let x = next(it); x !== 0; x = next(it)) result = result === 0 ? x : callObject(func, [result, x], 0);
  if (result === 0) typeError('reduce() of empty iterable with no initial value');
  return result;
}

export function makeFunctoolsModule(): number {
  const m = newModule('_functools', T.module, intern(DOC));
  moduleSet(m, 'reduce', defineBuiltin('reduce', reduce, 0, m));
  moduleSet(m, 'cmp_to_key', defineBuiltin('cmp_to_key', (a, kw) => {
    const [mycmp] = bindArgs('cmp_to_key', a, kw, ['mycmp']);
    return newKeyWrapper(mycmp, 0);
  }, 0, m));
  moduleSet(m, 'partial', T.partial);
  moduleSet(m, '_lru_cache_wrapper', T._lru_cache_wrapper);
  void K;
  return m;
}
