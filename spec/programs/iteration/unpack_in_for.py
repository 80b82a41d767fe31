# iteration: unpacking in for targets, starred targets, nested tuples, items()
for a, *rest in [(1, 2, 3), (4,), [5, 6]]:
    print(a, rest)
for (x, y), z in zip([(1, 2), (3, 4)], 'ab'):
    print(x, y, z)
for i, (k, v) in enumerate(sorted({'b': 2, 'a': 1}.items())):
    print(i, k, v)
try:
    for a, b in [(1, 2), (3,)]:
        print(a, b)
except ValueError as e:
    print(e)
