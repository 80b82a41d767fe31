# itertools' tools are classes (not generators): type(), __module__, isinstance, reprs of count
# and repeat (with subclass names), __length_hint__, count with floats and big ints.
import itertools
from itertools import *

for name in ['count', 'cycle', 'repeat', 'accumulate', 'chain', 'compress', 'dropwhile', 'filterfalse',
             'groupby', 'islice', 'pairwise', 'starmap', 'takewhile', 'zip_longest', 'product',
             'permutations', 'combinations', 'combinations_with_replacement', '_grouper', '_tee',
             '_tee_dataobject']:
    t = getattr(itertools, name)
    print(name, type(t).__name__, t.__module__, t.__name__, repr(t))
print(type(count()) is count, isinstance(chain(), chain), type(tee([1])[0]).__name__)
print(type(next(groupby('a'))[1]).__name__, iter(count()) is not None)
c = count()
print(iter(c) is c, hasattr(c, '__next__'), hasattr(c, '__dict__'))
print(count(), count(5), count(-3), count(1.5, 0.5), count(2 ** 70), count(5, 1.0), count(0, True))
print(count(True), next(count(True)), count(True, 1.0), count(1 + 2j), count(3, 2 ** 65))
c = count(1.5, 0.25)
print([next(c) for _ in range(4)], c)
c = count(2 ** 63 - 2)
print([next(c) for _ in range(3)], c, c.__reduce__())
c = count(-5, -2)
print([next(c) for _ in range(3)], c, c.__reduce__())
print(repeat('a'), repeat('a', 3), repeat('a', -2), repeat(None, times=2), repeat([1], 0))
r = repeat('x', 3)
print(r.__length_hint__(), next(r), r.__length_hint__(), r, list(r), r.__length_hint__(), r)
try:
    repeat(1).__length_hint__()
except TypeError as e:
    print('hint', e)
import operator
print(operator.length_hint(repeat(1, 7)))


class MyCount(count):
    pass


class MyRepeat(repeat):
    pass


print(MyCount(3), MyCount(1.0, 2), MyRepeat('z', 2), MyRepeat('z'))
print(list(islice(MyCount(10, 5), 3)), MyCount.__mro__[1].__name__)


class Num:
    # a number by PyNumber_Check (it has __float__); count adds with its __add__
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)

    def __add__(self, other):
        return Num(self.v + (other.v if isinstance(other, Num) else other))

    def __repr__(self):
        return 'Num(%r)' % self.v


c = count(Num(1), Num(10))
print([next(c) for _ in range(3)], c, c.__reduce__()[1])
c = count(Num(1))
print([next(c) for _ in range(3)], c)
