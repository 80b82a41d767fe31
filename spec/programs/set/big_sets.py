# Big sets (tables of 8192+ slots keep split per-region counts, vm/objects/set_counts.ts): the
# order of ints, len, add/discard/pop/clear, the resize points (CPython's, exactly: the table
# sizes show in the iteration order of ints larger than the table), algebra, iterators, copies.
import random

r = random.Random(7)
s = set()
for i in range(20000):
    s.add(r.randrange(-10**9, 10**9))
print(len(s), hash(frozenset(s)) == hash(frozenset(list(s))))
print(list(s)[:20], list(s)[-20:])
xs = list(s)
for x in xs[::3]:
    s.discard(x)
print(len(s), list(s)[:10])
for i in range(5000):
    s.add(r.randrange(-10**9, 10**9))
print(len(s), list(s)[:10], list(s)[-10:])

# growth one add at a time past several resize points: order after each
g = set()
for i in range(60000):
    g.add(i * 7919 % 1000003)
    if i in (1500, 5000, 9829, 9830, 9831, 39321, 39322, 59999):
        print(i, len(g), list(g)[:6], list(g)[-3:])

t = set(range(0, 100000, 3))
u = set(range(0, 100000, 5))
print(len(t | u), len(t & u), len(t - u), len(t ^ u))
print(list(t ^ u)[:10], list(t - u)[-10:])
print(sorted(t & u) == sorted(set(range(0, 100000, 15))))
p = [t.pop() for _ in range(10)]
print(p, len(t))
t.difference_update(range(0, 50000))
print(len(t), list(t)[:5])
t.clear()
print(len(t), t, bool(t))
f = frozenset(range(30000, 0, -7))
print(len(f), list(f)[:8], 29996 in f, 29995 in f)
d = {k: 1 for k in range(12345)}
s2 = set(d)
print(len(s2), list(s2)[-5:])
it = iter(s2)
next(it)
print(it.__length_hint__())
s2.add(-1)
try:
    next(it)
except RuntimeError as e:
    print('RuntimeError', e)
s3 = set(str(i) for i in range(5000))
print(len(s3), '4999' in s3, 'x' in s3)
s3 -= set(str(i) for i in range(0, 5000, 2))
print(len(s3), sorted(s3)[:5])
print(s3 == set(str(i) for i in range(1, 5000, 2)), s3 <= set(str(i) for i in range(5000)))

# dense ints: discard every other, then re-add new keys (dummies reused or not)
big = set(range(100000))
for i in range(0, 100000, 2):
    big.discard(i)
for i in range(100000, 150000):
    big.add(i * 7919 % 1000003)
print(len(big), list(big)[:12], list(big)[-12:])
print(len(big.copy()), list(big.copy())[:5], big.copy() == big)
c = big.copy()
c.update(range(-5000, 0))
print(len(c), list(c)[-5:])
big.symmetric_difference_update(c)
print(len(big), list(big)[:5])
big.intersection_update(range(-100, 100))
print(len(big), sorted(big)[:5])

# pop everything from a big set: CPython's finger order, and len after each 10000
e = set(range(30000, 60000))
out = []
while e:
    out.append(e.pop())
    if len(out) % 10000 == 0:
        print(len(e), out[-1])
print(len(out), out[:5], out[-5:], e)
print(set(range(5000)).isdisjoint(range(5000, 6000)), set(range(5000)) > set(range(4999)))
print(frozenset(range(10000)) == frozenset(range(9999, -1, -1)), hash(frozenset(range(10000))))
