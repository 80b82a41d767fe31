# `Class(...)` of a __slots__ class allocates its instance with a size kept per class
# (interp/inline_init.ts instanceWordsOf): unset slots, subclasses adding slots or a __dict__,
# "__dict__" in __slots__, __del__ added to and removed from a hot class, abstract methods set
# and cleared, __class__ assigned between slot classes, each after the site ran hundreds of times.
import gc


class V:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y


class W(V):
    __slots__ = ('w',)

    def __init__(self, x):
        V.__init__(self, x, 2)
        self.w = 4


class D(V):
    def __init__(self, x):
        V.__init__(self, x)
        self.extra = 'e'


class S:
    __slots__ = ('a', '__dict__')

    def __init__(self, a):
        self.a = a
        self.b = a + 1


def make(cls, n):
    last = None
    for i in range(n):
        last = cls(i)
    return last


v = make(V, 500)
print(v.x, hasattr(v, 'y'))
try:
    v.z
except AttributeError as e:
    print('AttributeError', e)
try:
    v.q = 1
except AttributeError as e:
    print('AttributeError', e)
w = make(W, 500)
print(w.x, w.y, w.w, hasattr(w, 'z'))
d = make(D, 500)
print(d.x, d.extra, d.__dict__)
s = make(S, 500)
print(s.a, s.b, s.__dict__)

log = []


def d_del(self):
    log.append(('del', self.x))


V.__del__ = d_del
v2 = make(V, 3)
del v2
gc.collect()
print(sorted(log)[-3:], len(log) >= 2)
del V.__del__
log.clear()
v3 = make(V, 300)
del v3
gc.collect()
print(log)

import abc


class A:
    __slots__ = ('k',)

    def __init__(self, k):
        self.k = k


print(make(A, 300).k)
A.__abstractmethods__ = frozenset({'f'})
try:
    A(1)
except TypeError as e:
    print('TypeError', e)
A.__abstractmethods__ = frozenset()
print(make(A, 10).k)


class V2:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, x):
        self.x = x


o = make(V2, 300)
o.__class__ = V
print(type(o).__name__, o.x)
o2 = make(V2, 5)
print(type(o2).__name__, o2.x)
