# collections.deque: construction, both ends, len/bool, indexing, maxlen, the type's identity.
from collections import deque
import collections

d = deque('abc')
print(d, len(d), bool(d), bool(deque()))
d.append('d'); d.appendleft('z')
print(d, d.pop(), d.popleft(), d)
print(d[0], d[-1], d[1])
d[1] = 'B'; print(d)
del d[0]; print(d)
print(deque(range(5), maxlen=3), deque(maxlen=0), deque(iterable=[1], maxlen=2).maxlen, deque().maxlen)
m = deque(maxlen=3)
for i in range(6):
    m.append(i)
print(m)
m.appendleft(-1); print(m)
m.extend([10, 11]); print(m)
m.extendleft([20, 21]); print(m)
z = deque(maxlen=0); z.append(1); z.extend(iter([1, 2])); print(z)
print(type(d).__module__, repr(deque), type(d) is collections.deque, deque.__name__, deque.__qualname__)
print(deque.__hash__, isinstance(d, collections.abc.MutableSequence), issubclass(deque, collections.abc.Sequence))
print(deque[int], deque.__class_getitem__(str))
e = deque([1, 2, 3])
e.__init__([7, 8])
print(e)
print(type(iter(e)).__name__, type(reversed(e)).__name__, type(iter(e)).__module__)
print(list(reversed(deque(range(5)))), 3 in deque(range(5)), 9 in deque(range(5)))
print(d.__copy__(), d.copy(), deque(d, 2).copy().maxlen)
