# sorted() and list.sort() of small ints already in order, in reverse order, all equal, or
# nearly so (one pass finds the run since 2026-12-07), with reverse=, keys, and the neighbours
# that leave the path: big ints, bools, mixed int/float, a list changed during the sort.
import random

rng = random.Random(7)
cases = {
    "asc": list(range(-50, 50)),
    "desc": list(range(50, -50, -1)),
    "equal": [3] * 40,
    "asc with dups": sorted(rng.randrange(-5, 5) for _ in range(60)),
    "desc with dups": sorted((rng.randrange(-5, 5) for _ in range(60)), reverse=True),
    "one swap": list(range(30)),
    "random": [rng.randrange(-1000, 1000) for _ in range(80)],
    "big ints": [2**40 + i for i in range(20)],
    "bools": [True, False, True, 1, 0],
    "mixed": [1, 0.5, 2, -1.5, 3],
    "short": [2, 1],
}
cases["one swap"][10], cases["one swap"][11] = cases["one swap"][11], cases["one swap"][10]
for name, L in cases.items():
    for rev in (False, True):
        a = sorted(L, reverse=rev)
        b = L.copy()
        b.sort(reverse=rev)
        c = sorted(L, key=lambda x: x, reverse=rev)
        print(name, rev, a == b == c, a[:6], a[-3:], type(a) is list, a is not L)
for n in (0, 1, 2, 17, 1000, 100000):
    up = list(range(n))
    assert sorted(up) == up and sorted(up, reverse=True) == up[::-1]
    assert sorted(up[::-1]) == up and sorted(up[::-1], reverse=True) == up[::-1]
print("sizes ok")

class Meddle(int):
    pass
L = list(range(20))
def key(x):
    if x == 5:
        L.append(1)
    return x
try:
    L.sort(key=key)
except ValueError as e:
    print("ValueError", e)
