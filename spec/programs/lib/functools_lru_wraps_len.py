# The pure-Python lru_cache (the one test_functools checks as py_functools) does not call the
# global len() itself, so builtins.len may be replaced by an lru_cache of len.
import builtins
import sys
sys.modules['_functools'] = None   # force functools' Python implementations
sys.modules.pop('functools', None)
import functools

print(functools.lru_cache.__module__, functools._lru_cache_wrapper.__module__)
old_len = builtins.len
try:
    builtins.len = functools.lru_cache(4)(len)
    print([len('abcdefghijklmn'[:i]) for i in [0, 0, 1, 2, 3, 3, 4, 5, 6, 1, 7, 2, 1]])
    print(builtins.len.cache_info())
finally:
    builtins.len = old_len
