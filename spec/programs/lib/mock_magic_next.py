# MagicMock configures __next__ as CPython's does (test_types test_duck_gen): next() on a mock
# gives a child mock, a spec'd generator-like mock is its own iterator once __iter__ returns it.
import collections.abc
from unittest import mock


class GenLike:
    def send(self): pass
    def throw(self): pass
    def close(self): pass
    def __iter__(self): pass
    def __next__(self): pass


m = mock.MagicMock()
print(type(next(m)).__name__, hasattr(type(m), '__next__'))
m.__next__.return_value = 7
print(next(m), m.__next__.call_count)
m.__next__.side_effect = [1, 2]
print(next(m), next(m), m.__next__.call_count)

gen = mock.MagicMock(GenLike)
gen.__iter__ = lambda gen: gen
print(isinstance(gen, collections.abc.Generator), iter(gen) is gen)


class NoNext:
    def __iter__(self): pass


n = mock.MagicMock(NoNext)
print(hasattr(type(n), '__next__'))
try:
    next(n)
except TypeError as e:
    print('TypeError', e)
