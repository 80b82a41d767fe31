# collections.deque methods: extend(left), rotate, clear, count, index (start/stop), insert,
# remove, reverse, and the operators + * += *= and comparisons.
from collections import deque

d = deque(range(10))
d.rotate(3); print(d)
d.rotate(-5); print(d)
d.rotate(0); d.rotate(23); print(d)
full = deque(range(8)); full.rotate(2); print(full)
print(d.count(3), deque([1, 1, 2, 1]).count(1), deque().count(0))
x = deque('abcdabcd')
print(x.index('c'), x.index('c', 3), x.index('a', -4), x.index('d', 0, 4), x.index('b', -100, 100))
for args in [('c', 3, 5), ('z',), ('a', 10)]:
    try:
        x.index(*args)
    except ValueError as e:
        print('ValueError', e)
i = deque([1, 2, 3])
i.insert(1, 'x'); i.insert(-1, 'y'); i.insert(100, 'end'); i.insert(-100, 'start'); print(i)
i.remove('x'); print(i)
i.reverse(); print(i)
i.clear(); print(i, len(i))
a = deque([1, 2]); b = deque([3])
print(a + b, a * 3, 3 * a, a * 0, a * -1)
a += [9, 8]; print(a)
a += a; print(a)
a *= 2; print(a)
bounded = deque([1, 2], maxlen=3)
print(bounded * 5, (bounded * 5).maxlen, bounded + deque([7, 8, 9]))
bounded *= 2; print(bounded)
print(deque([1, 2]) == deque([1, 2]), deque([1, 2]) != deque([1]), deque([1, 2]) < deque([1, 3]))
print(deque([1, 2]) <= deque([1, 2]), deque([2]) > deque([1, 9]), deque() >= deque(), deque([1]) == [1])
nan = float('nan'); n = deque([nan]); print(n == n, n == deque([nan]))
ex = deque([1]); ex.extend(ex); ex.extendleft(ex); print(ex)
g = deque(); g.extend(x * 2 for x in range(4)); g.extendleft(range(3)); print(g)
big = deque()
for k in range(5000):
    big.append(k)
for k in range(4990):
    big.popleft()
print(big, len(big))
big.rotate(3); print(big)
