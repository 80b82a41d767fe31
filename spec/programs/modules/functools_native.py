# _functools: reduce, cmp_to_key's KeyWrapper (rich comparisons through cmp, unhashable) and
# _lru_cache_wrapper (maxsize None/0/n, typed, keywords, cache_info/clear/parameters,
# __wrapped__, __dict__, method binding, pickling by qualified name, copy returns itself).
import copy
import operator
import pickle
from functools import cmp_to_key, lru_cache, reduce, cache


def show(f, *args, **kw):
    try:
        print(repr(f(*args, **kw)))
    except Exception as e:
        print(type(e).__name__, e)


print(reduce(operator.add, [1, 2, 3]), reduce(operator.add, [], 10), reduce(lambda a, b: a + [b], 'ab', []))
show(reduce, operator.add, [])
show(reduce, operator.add, 1)
show(reduce)
show(reduce, 1, 2, 3, 4)
show(reduce, operator.add, [1], initial=2)
K = cmp_to_key(lambda a, b: (a > b) - (a < b))
print(sorted([3, 1, 2], key=cmp_to_key(lambda a, b: b - a)), K(1) < K(2), K(2) <= K(2), K(1) == K(1), K(3) != K(3), K(1).obj)
show(hash, K(1))
show(lambda: K(1) < 2)
show(K)
show(K, 1, 2)
print(type(K).__name__, type(K).__module__)


@lru_cache(maxsize=2)
def sq(x):
    return x * x


print([sq(i) for i in [1, 2, 1, 3, 2, 1]], sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info(), sq.__name__, sq.__wrapped__(4), type(sq).__name__)


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90), fib.cache_info())


@lru_cache(maxsize=0)
def nocache(x):
    return x


print(nocache(1), nocache(1), nocache.cache_info())


@lru_cache(typed=True)
def t(x, y=0):
    return (type(x).__name__, y)


print(t(1), t(1.0), t(1, y=2), t(x=1), t.cache_info())


class C:
    @lru_cache
    def m(self, x):
        return x + 1


c = C()
print(c.m(1), c.m(1), C.m.cache_info(), C.m(c, 1))
print(pickle.loads(pickle.dumps(sq)) is sq, copy.copy(sq) is sq, copy.deepcopy(sq) is sq)
sq.note = 'n'
print(sq.__dict__['note'], sq.__doc__, sq.__qualname__)
for bad in [(1.5,), ('x',)]:
    try:
        lru_cache(*bad)
    except TypeError as e:
        print('TypeError', e)
show(lru_cache(maxsize=-3)(len).cache_info)
