# `x in s`, `s.add(x)`, set comprehensions (SET_ADD), set literals (BUILD_SET) and len(s) with
# tagged int and str keys, which take vm/objects/set_fast.ts's probe (h29-sets), against
# everything that must leave it: equal keys of other types, Python __eq__/__hash__ (also ones that
# change the set), unhashable keys, -1/-2, dummies reused, resizes, subclasses. Orders printed
# are CPython's table orders.


def order(s):
    return list(s)


# go's pattern: a one-item literal, then `not in` / add per neighbour; orders through resizes
# (5 keys: 8 -> 32 slots, 19 keys: 32 -> 128, 77: 128 -> 512)
for n in (4, 5, 6, 18, 19, 20, 76, 77, 78, 300):
    seen = {n * 7 % 97}
    for k in range(n):
        v = (k * 37 + 11) % 500
        if v not in seen:
            seen.add(v)
    print(n, len(seen), order(seen)[:12], sum(i * x for i, x in enumerate(seen)))

# colliding low bits: multiples of 8, 32, 128 (linear probes, then perturbation)
for step in (8, 32, 128, 1024):
    s = set()
    for k in range(40):
        s.add(k * step)
        s.add(-k * step)
    print(step, order(s)[:16], len(s), all(k * step in s for k in range(40)), (40 * step) in s)

# nqueens' comprehensions and literals
rows = range(8)
for cols in [(0, 4, 7, 5, 2, 6, 1, 3), (7, 6, 5, 4, 3, 2, 1, 0), (3, 3, 3, 3, 3, 3, 3, 3)]:
    a = {cols[r] + r for r in rows}
    b = {cols[r] - r for r in rows}
    print(order(a), order(b), len(a), len(b))
x = 5
print(order({x, 1, 2}), order({x, x, x}), order({-1, -2, 3}), order({-2, -1}), order({"b", 1, "a"} - {"a", "b"}))
print(sorted({"a", "bb", "a", "ccc"}), len({"a", "bb", "a", "ccc"}))

# -1 and -2 hash alike (hash(-1) == -2): both kept, neither found for the other
s = {-2}
print(-1 in s, -2 in s, -3 in s)
s.add(-1)
print(order(s), len(s), -1 in s, -2 in s)
s = {-1}
s.add(-2)
s.add(-1)
print(order(s), -2 in s)
print(order({-1, -2, -1, -2}), order({i for i in (-2, -1, -2, -1, 0, 1)}))

# 1 == 1.0 == True, 0 == 0.0 == False: the first one stored stays
print(order({1, 1.0, True}), order({True, 1, 1.0}), order({1.0, 1}), order({False, 0, 0.0}))
s = {1.0}
s.add(1)
s.add(True)
print(order(s), 1 in s, True in s, 1.0 in s, 2 in s)
s = {True}
print(1 in s, 1.0 in s, 0 in s)
s = {0.0, 2.0, 3.5}
print(0 in s, 2 in s, 3 in s, False in s, order({k for k in (2.0, 2, 0.0, 0)}))
s = set()
for k in (2, 2.0, 3.0, 3):
    s.add(k)
print(order(s), [type(k).__name__ for k in s])


# a Python __hash__ equal to a small int's, and __eq__
class H:
    def __init__(self, h, eq):
        self.h = h
        self.eq = eq

    def __hash__(self):
        return self.h

    def __eq__(self, other):
        print("  eq", self.h, other)
        return self.eq

    def __repr__(self):
        return "H(%d)" % self.h


s = {H(3, True)}
print(3 in s)  # the int key meets an H with its hash: H.__eq__ runs (reflected)
s.add(3)
print(len(s))
s = {H(4, False)}
print(4 in s)
s.add(4)
print(len(s), sorted(s, key=repr))
print(5 in {H(5, False), 5}, {5, H(5, True)})
print(order({k for k in (7, H(7, True))}), order({H(7, True), 7}))


# __eq__ that mutates the set under the lookup (CPython restarts the probe)
class M:
    def __init__(self, target):
        self.target = target

    def __hash__(self):
        return 9

    def __eq__(self, other):
        t = self.target
        if 100 not in t:
            print("  mutating")
            t.discard(self)
            t.add(100)
            t.add(101)
        return False


s = set(range(5))
m = M(s)
s.add(m)
print(9 in s, sorted(k for k in s if isinstance(k, int)), m in s)
s = set(range(5))
m = M(s)
s.add(m)
s.add(9)
print(sorted(k for k in s if isinstance(k, int)), len(s))

# set iteration with a change of size
s = {1, 2, 3}
try:
    for k in s:
        s.add(k + 10)
except RuntimeError as e:
    print("RuntimeError", e)
try:
    for k in s:
        if k not in s:
            pass
        s.discard(k)
except RuntimeError as e:
    print("RuntimeError", e)

# unhashable keys
for bad in ([1], {2: 3}, {4}):
    try:
        bad in {1, 2}
    except TypeError as e:
        print("TypeError", e)
    try:
        {1}.add(bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        {1, bad}
    except TypeError as e:
        print("TypeError", e)
    try:
        {k for k in (1, bad)}
    except TypeError as e:
        print("TypeError", e)
print(frozenset({4}) in {frozenset({4}), 1}, {4} in {frozenset({4})})

# dummies: discard then add reuses the last dummy on the probe path
s = set(range(0, 64, 8))
for k in (8, 24, 40):
    s.discard(k)
print(order(s), len(s))
for k in (72, 24, 136, 8):
    s.add(k)
    print(order(s), k in s, 40 in s)
s = set(range(20))
for k in range(0, 20, 3):
    s.remove(k)
for k in range(100, 110):
    s.add(k)
print(order(s), len(s), 0 in s, 1 in s, 105 in s)
for k in range(200):
    s.add(k)
    s.discard(k - 3)
print(order(s), len(s))

# strs: exact, equal but not the same object, a subclass, one whose hash is an int's
a = "".join(["ab", "c"])
s = {"abc", "x"}
print(a in s, "ab" in s, len(s))
s.add(a)
print(len(s), sorted(s))


class S(str):
    pass


s = {"q", S("r")}
print("r" in s, S("q") in s, S("z") in s, sorted(s))
s.add("r")
s.add(S("q"))
print(len(s), sorted(type(k).__name__ for k in s))
t = "collide"
s = {hash(t) & 0x3FFFFFFF, hash(t), t}
print(t in s, hash(t) in s, len(s))

# frozenset, set subclasses (their add may be overridden), len
f = frozenset(range(0, 50, 5))
print(10 in f, 11 in f, "a" in f, len(f))


class Logged(set):
    def add(self, k):
        print("  add", k)
        set.add(self, k * 2)

    def __contains__(self, k):
        print("  contains", k)
        return set.__contains__(self, k)

    def __len__(self):
        return 99


ls = Logged()
ls.add(3)
print(3 in ls, 6 in ls, len(ls), sorted(ls))


class Plain(set):
    pass


p = Plain()
for k in (3, 1, 2, 3, "a"):
    p.add(k)
print(3 in p, len(p), sorted(p, key=str), type(p).__name__)
print(len(set()), len({1}), len(frozenset()), len(set(range(1000))), len({i for i in range(20000)}))

# big sets (tables of 8192+ slots: split counts) through the same sites
s = set()
for k in range(3000):
    s.add(k * 3)
print(len(s), sum(1 for k in range(9000) if k in s), order(s)[:10], 8997 in s, 8998 in s)
for k in range(0, 9000, 6):
    s.discard(k)
for k in range(1, 9000, 6):
    s.add(k)
print(len(s), order(s)[:10], sum(i * x for i, x in enumerate(s)) % 1000003)
