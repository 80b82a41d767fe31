# OrderedDict details CPython's test_ordered_dict checks: __init__ does not call an overridden
# update(), copy.copy/deepcopy/pickle keep instance attributes and slots, recursive views in a
# repr, a key whose hash changed is a KeyError in repr(), getsizeof above a plain dict's.
import copy
import pickle
import sys
from collections import OrderedDict
from random import randrange


class MyOD(OrderedDict):
    def update(self, *args, **kwds):
        raise Exception('update called')


print(list(MyOD([('a', 1), ('c', 3), ('b', 2)]).items()))

od = OrderedDict([('c', 1), ('b', 2), ('a', 3)])
od.x = ['x']
for dup in (copy.copy(od), copy.deepcopy(od), pickle.loads(pickle.dumps(od, 2)), pickle.loads(pickle.dumps(od, 0))):
    print(type(dup).__name__, list(dup.items()), dup.x, dup.x is od.x, hasattr(dup, 'y'))


class Slotted(OrderedDict):
    __slots__ = ('x', 'y')


s = Slotted(a=1)
s.x = [1]
for dup in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s, 4))):
    print(type(dup).__name__, list(dup.items()), dup.x, hasattr(dup, 'y'))

od = OrderedDict()
od[42] = od.values()
print(repr(od))
od[42] = od.items()
print(repr(od))
od[42] = od.keys()
print(repr(od))


class Key:
    def __hash__(self):
        return randrange(100000)


od = OrderedDict()
for i in range(100):
    od[Key()] = i
for what, f in (('values', lambda: list(od.values())), ('items', lambda: list(od.items())),
                ('repr', lambda: repr(od)), ('copy', lambda: od.copy())):
    try:
        f()
        print(what, 'no error')
    except KeyError:
        print(what, 'KeyError')

print(sys.getsizeof(OrderedDict(a=1)) > sys.getsizeof(dict(a=1)))


class D(dict):
    pass


print(sys.getsizeof(D()) > sys.getsizeof({}))

for f in (dict.__init__, list.__init__, set.__init__, object.__init__):
    try:
        f()
    except TypeError as e:
        print(e)
