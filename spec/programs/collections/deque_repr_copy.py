# collections.deque repr (maxlen, recursion "[...]"), __reduce__, and copy.copy/deepcopy of
# plain, bounded, recursive and subclass deques (through __reduce__, as pickle does); the
# iterator's __reduce__ rebuilds it at its position.
from collections import deque
import copy


class Sub(deque):
    pass


d = deque([1, 'a', (2,)])
print(repr(d), str(deque(maxlen=2)), repr(deque(range(3), 5)))
d.append(d)
print(d)
e = deque([[1], 2], maxlen=4)
f = copy.copy(e); g = copy.deepcopy(e)
e[0].append(9)
print(f, g, f.maxlen, g.maxlen, f[0] is e[0], g[0] is e[0])
for x in (deque('xyz'), deque('xyz', 2), Sub([1, 2], 3)):
    y = copy.deepcopy(x)
    print(type(y).__name__, y, y.maxlen, y == x, y is x)
s = Sub('ab')
s.attr = [42]
s.append(s)
y = copy.deepcopy(s)
print(type(y).__name__, y.attr, y.attr is s.attr, y[-1] is y, len(y))
z = copy.copy(s)
print(type(z).__name__, hasattr(z, 'attr'), z[-1] is s)  # (__copy__ calls Sub(s): no attributes)
print(deque('ab').__reduce__()[:3], deque('ab', 3).__reduce__()[:3], s.__reduce__()[0].__name__)
it = iter(deque('abcd'))
next(it)
cls, args = it.__reduce__()
print(cls.__name__, args[1], list(cls(*args)))
