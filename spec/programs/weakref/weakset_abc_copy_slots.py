# WeakSet is a registered MutableSet (as CPython's weakref.py does), and copy/deepcopy of a
# subclass with __slots__ keep both the __dict__ and the slot values (object.__getstate__).
import copy
from collections.abc import MutableSet, Set
from weakref import WeakSet


class Obj:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return 'Obj(%d)' % self.n


class WeakSetWithSlots(WeakSet):
    __slots__ = ('x', 'y')


items = [Obj(i) for i in range(3)]
print(isinstance(WeakSet(), Set), isinstance(WeakSet(), MutableSet), issubclass(WeakSet, MutableSet))
for cls in (WeakSet, WeakSetWithSlots):
    s = cls(items)
    s.x = ['x']
    s.z = ['z']
    dup = copy.copy(s)
    print(cls.__name__, type(dup).__name__, dup == s, dup is s, dup.x is s.x, dup.z is s.z,
          hasattr(dup, 'y'))
    deep = copy.deepcopy(s)
    print(cls.__name__, type(deep).__name__, len(deep), deep.x == s.x, deep.x is s.x,
          deep.z == s.z, deep.z is s.z, hasattr(deep, 'y'))
    state = s.__reduce__()[2]
    print(sorted(o.n for o in dup), type(state).__name__, sorted(state if cls is WeakSet else state[1]))
