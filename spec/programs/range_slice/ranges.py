# range objects: len, indexing, slicing, containment, negative steps, equality.
r = range(2, 20, 3)
print(list(r), len(r), r[2], r[-1], r[1:4], 11 in r, 12 in r)
print(list(range(10, 0, -3)), range(0) == range(5, 5), list(range(-3)), r.index(14))
s = slice(1, 10, 2)
print(s.indices(5), "abcdefghij"[s])
