# collections.deque keeps its items alive across collections (the collector traces the ring
# buffer, small and large, wrapped around the end, after growth and shrinking), and a deque
# held only by a weak reference is collected.
from collections import deque
import gc
import weakref

d = deque()
for i in range(3000):
    d.append([i])  # fresh objects: young when appended
    if i % 3 == 0:
        d.appendleft((i, str(i)))
gc.collect()
print(len(d), d[0], d[-1], sum(1 for x in d if type(x) is list))
for _ in range(2500):
    d.popleft()
d.rotate(7)
junk = [[k] * 10 for k in range(20000)]  # churn the nursery
del junk
gc.collect()
print(len(d), d[0], d[-1], d[500])
small = deque(maxlen=5)
for i in range(100):
    small.append({'k': i})
gc.collect()
print(list(small))


class Node:
    pass


w = deque([Node()])
r = weakref.ref(w)
del w
gc.collect()
print(r())
it = iter(deque([Node(), 'x']))
gc.collect()
print(type(next(it)).__name__, next(it))
