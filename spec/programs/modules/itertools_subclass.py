# itertools' classes are subclassable (not _tee, _grouper, _tee_dataobject): attributes,
# overridden __next__, __new__/__init__ with extra keywords (clinic's rule), reprs, pickling.
import pickle
from itertools import *


class Chain(chain):
    def __next__(self):
        return super().__next__().upper()


c = Chain('ab', 'c')
c.tag = 'x'
print(type(c).__name__, list(c), c.tag, isinstance(c, chain))
print(list(Chain.from_iterable(['de', 'f'])), type(Chain.from_iterable([])).__name__)


class Product(product):
    def __new__(cls, *args, label='', **kw):
        self = super().__new__(cls, *args, **kw)
        self.label = label
        return self

    def __init__(self, *args, **kw):
        pass


p = Product('ab', repeat=2, label='P')
print(p.label, list(p))
try:
    product('ab', repeat=2, label='P')
except TypeError as e:
    print('product', e)


class Islice(islice):
    def __init__(self, *args, extra=None):
        self.extra = extra


s = Islice(range(10), 2, 8, 3, extra=5)
print(s.extra, list(s))
try:
    class Plain(islice):
        pass
    Plain(range(3), 2, extra=1)
except TypeError as e:
    print('plain', e)


class Count(count):
    def __new__(cls, start=0, step=1, *, name='c'):
        self = super().__new__(cls, start, step)
        self.name = name
        return self


c = Count(10, 2, name='ten')
print(c, c.name, next(c), next(c), c)
c2 = pickle.loads(pickle.dumps(c))
print(type(c2).__name__, c2, c2.name, next(c2))

for cls, args in [(cycle, ('ab',)), (repeat, (1, 3)), (accumulate, ([1, 2, 3],)), (compress, ('abc', [1, 0, 1])),
                  (dropwhile, (bool, [1, 0, 2])), (takewhile, (bool, [1, 0, 2])), (filterfalse, (bool, [1, 0, 2])),
                  (starmap, (divmod, [(7, 2)])), (groupby, ('aab',)), (pairwise, ('abc',)),
                  (zip_longest, ('ab', 'c')), (permutations, ('abc', 2)), (combinations, ('abc', 2)),
                  (combinations_with_replacement, ('ab', 2))]:
    sub = type('Sub' + cls.__name__, (cls,), {'extra': 1})
    obj = sub(*args)
    out = list(islice(obj, 6))
    if cls is groupby:
        out = [k for k, g in out]
    print(cls.__name__, type(obj).__name__, obj.extra, out)
for cls in [count, repeat]:
    sub = type('My' + cls.__name__, (cls,), {})
    print(repr(sub(3)))
