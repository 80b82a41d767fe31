# `__slots__ = ()` on a subclass of a builtin (namedtuple does it) leaves instances without a
# __dict__: new attributes are refused.
from collections import namedtuple
Point = namedtuple('Point', 'x y')
p = Point(1, 2)
for obj in [p]:
    try:
        obj.z = 3
    except AttributeError as e:
        print('AttributeError', e)
    print(hasattr(obj, '__dict__'))
class T(tuple):
    __slots__ = ()
class L(list):
    __slots__ = ()
class D(dict):
    __slots__ = ()
class S(str):
    __slots__ = ()
for cls in (T, L, D, S):
    o = cls()
    try:
        o.z = 1
        print(cls.__name__, 'accepted')
    except AttributeError as e:
        print(cls.__name__, 'AttributeError', e)
class WithDict(tuple):
    pass
w = WithDict()
w.z = 1
print(w.z, w.__dict__)
