# set(list), set(tuple), set.update(list) and {*list} into an empty set: the bulk build of tagged
# ints and exact strs (vm/objects/set_build.ts) must give CPython's table, so its iteration order,
# and hand over to the key-by-key path at the first other key (1.0, True, a str subclass, a
# class with __hash__/__eq__) with the same result.

def show(s):
    print(len(s), list(s)[:12], sum(1 for _ in s))

# ints in orders that collide, grow through every resize, negative, -1 (hash -2) and -2
for n in (0, 1, 4, 5, 6, 19, 20, 77, 78, 1229, 4915, 4916, 8192, 50001, 78643, 78644, 100000):
    L = [(i * 7919) % (n * 3 + 1) - n for i in range(n)]
    show(set(L))
    show(set(tuple(L)))
show(set([-1, -2, -1, -2, 2**30 - 1, -2**30, 2**30, 2**31, 2**62]))
show(set([i * 2**16 for i in range(3000)]))   # colliding low bits: the probes' perturbation
show(set([i * 8 for i in range(5000)] + [i * 8 for i in range(5000)]))  # duplicates
print(list(set(range(100000)))[-5:], list(set(range(100000, 0, -1)))[:5])

# strs: new ones (not hashed yet), duplicates, equal strs that are different objects
words = ["w%d" % i for i in range(3000)]
S = set(words + [("w%d" % i) for i in range(0, 3000, 3)])
print(len(S), sorted(S)[:5], all(w in S for w in words))
print(sorted(set("the quick brown fox jumps over the lazy dog the end".split())))
print(len(set(["", "", "a", "\ud800", "\ud800", "\U0001f600", "\U0001f600"])))

# equal keys by different paths: 1, 1.0, True; the first kept, as CPython
for L in ([1, 1.0, True], [True, 1, 1.0], [1.0, 1, True], [0, False, 0.0, -0.0],
          [1, 2, 3, 2.0, True, "1"], ["a", 1, 1.0, "a"]):
    s = set(L)
    print(len(s), sorted(s, key=repr), [type(x).__name__ for x in sorted(s, key=repr)])

class MyStr(str):
    pass

class H:
    calls = 0
    def __init__(self, v): self.v = v
    def __hash__(self):
        H.calls += 1
        return hash(self.v)
    def __eq__(self, o):
        return isinstance(o, H) and o.v == self.v or o == self.v

s = set([1, 2, MyStr("a"), "a", 3])
print(len(s), sorted(type(x).__name__ for x in s))
s = set([1, 2, H(2), H(5), 5, 6])
print(len(s), H.calls, sorted(repr(type(x).__name__) for x in s))

# a __hash__ that mutates the list being consumed, after a prefix of ints
class Mut:
    def __init__(self, L): self.L = L
    def __hash__(self):
        self.L.append(99)
        self.L.append(Mut.__name__)
        return 7
L = [1, 2, 3]
L.append(Mut(L))
L += [4, 5]
try:
    s = set(L)
except Exception as e:
    print(type(e).__name__)
else:
    print(len(s), sorted(x for x in s if isinstance(x, int)))

# update of an empty set, of a non-empty one, {*L}, frozenset, subclasses
s = set()
s.update([3, 1, 2])
s.update([5, 4, 3])
print(list(s))
print(list({*[9, 8, 7, 9]}), list({*(4, 2, 4)}))
print(list(frozenset([10, 20, 10, 30])), list(frozenset(range(20))))
class L2(list): pass
print(list(set(L2([3, 2, 1]))))
s = set([1, 2, 3])
s.__init__([7, 6])
print(s)
s = {1}
s.discard(1)
s.update([40, 8, 16])
print(list(s))

# unhashable items after a prefix
try:
    set([1, 2, [3]])
except TypeError as e:
    print(e)

# a big set built, then mutated: its split counts must be right
B = set(range(20000))
B.add(-1)
for i in range(0, 20000, 2):
    B.discard(i)
print(len(B), min(B), max(B), len(set(B)))
B.update(range(30000))
print(len(B))
B2 = set([i * 3 for i in range(30000)])
for i in range(40000):
    B2.add(i)
print(len(B2), sum(B2))
print(list(set(list(range(9000)) + ["x", "y"]))[-3:])
