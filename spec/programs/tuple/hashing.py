# tuple: hash of tuples of ints/strs/nested tuples, equal tuples hash equal, unhashable items
print(hash((1, 2, 3)), hash(()), hash((1,)), hash((-1, -2)), hash(((1, 2), (3,))))
print(hash((1, 2)) == hash((1.0, 2.0)), hash((True,)) == hash((1,)))
print(hash((1 << 70, 0.5)))
d = {(1, 2): 'a', (1, 2, 3): 'b'}
print(d[(1, 2)], d[1, 2, 3])
try:
    hash((1, [2]))
except TypeError as e:
    print(e)
