# Subclasses of collections.deque: __init__ with extra attributes, a __dict__, overridden
# methods, repr with the subclass name, copy/+/* keep the subclass, weak references, __slots__.
from collections import deque
import weakref


class Tagged(deque):
    def __init__(self, iterable=(), maxlen=None, tag='t'):
        super().__init__(iterable, maxlen)
        self.tag = tag

    def append(self, x):
        super().append(x * 10)


t = Tagged([1, 2], tag='x')
t.append(3)
print(t, t.tag, t.__dict__, len(t), isinstance(t, deque), type(t).__name__)
t.extra = 5
print(sorted(vars(t)))
c = t.copy()
print(type(c).__name__, c, c.tag)
print(type(t + deque([0])).__name__, type(t * 2).__name__)
b = Tagged('ab', 1)
print(b, b.maxlen, repr(b.copy()))


class Plain(deque):
    pass


p = Plain([1, 2, 3], 5)
print(p, p.__reduce__()[:3])
p.name = 'n'
print(p.__reduce__()[:3])
r = weakref.ref(p)
print(r() is p, weakref.ref(deque())() is None or True)
q = deque([1])
print(weakref.ref(q)() is q)


class Slotted(deque):
    __slots__ = ()


s = Slotted([4])
print(s, hasattr(s, '__dict__'))


class NoInit(deque):
    def __init__(self, *args):
        self.args = args


n = NoInit([1, 2], 3)
print(n, n.maxlen, n.args)


class WithIter(deque):
    def __iter__(self):
        yield 'custom'


print(list(WithIter([1, 2])), deque(WithIter([1])), len(WithIter([1, 2])))
