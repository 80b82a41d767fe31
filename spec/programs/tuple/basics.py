# Tuples: packing, unpacking, comparison, hashing equal tuples, count/index.
t = 1, "two", 3.0
a, b, c = t
print(t, a, b, c, t[1:], (1, 2) < (1, 3), (1,) * 3)
print(hash((1, 2)) == hash((1, 2)), t.count(1), t.index("two"), len(()), tuple("ab"))
