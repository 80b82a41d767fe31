# range: membership (ints, floats, others), equality by sequence, count/index, hash
r = range(1, 100, 7)
print(8 in r, 9 in r, 8.0 in r, 'a' in r, -6 in r, 99 in r, 92 in r)
print(r.index(15), r.count(15), r.count(16))
print(range(0) == range(5, 5), range(1, 4) == range(1, 5, 3) if False else range(0, 3, 2) == range(0, 4, 2))
print(range(3) == [0, 1, 2], range(1, 2) == range(1, 2, 7), hash(range(0)) == hash(range(4, 4)))
try:
    r.index(2)
except ValueError as e:
    print(e)
