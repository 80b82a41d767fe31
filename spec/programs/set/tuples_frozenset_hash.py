# set: sets of tuples, frozenset as element and dict key; frozenset hash order-independent
s = {(1, 2), (2, 1), (1, 2), (0, 0)}
print(len(s), sorted(s), (2, 1) in s)
f = frozenset([1, 2, 3])
g = frozenset([3, 2, 1, 1])
print(f == g, hash(f) == hash(g), {f: 'x'}[g], {f, g})
nested = {frozenset([1]), frozenset([1, 2]), frozenset()}
print(sorted(len(x) for x in nested), frozenset([1]) in nested, {1} in nested)
print(hash(frozenset()), hash(frozenset([1, 2, 3])))
try:
    {[1, 2]}
except TypeError as e:
    print(e)
try:
    hash({1})
except TypeError as e:
    print(e)
