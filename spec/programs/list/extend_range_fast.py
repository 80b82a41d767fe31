# list(range(...)), list.extend(range) and [*range] of tagged-int ranges are filled in one pass
# (vm/objects/list_core.ts listExtendRange); ranges reaching past the small ints, empty and
# negative-step ranges, extending a non-empty list, and big lists that grow past 64 Ki items.
for r in [range(0), range(5), range(3, 10), range(10, 3), range(10, 3, -2), range(-5, 5, 3),
          range(0, 1), range(2**30 - 3, 2**30 + 2), range(-2**30 - 2, -2**30 + 2), range(2**62, 2**62 + 3),
          range(5, -5, -1), range(0, 20, 7), range(2**29, 2**31, 2**29)]:
    print(r, list(r))
a = [1, 2]
a.extend(range(3))
a.extend(range(0))
a += range(4, 6)
print(a, [*range(3), *range(2)])
b = list(range(200000))
print(len(b), b[0], b[-1], sum(b), b[65535:65538])
b.extend(range(200000, 300000, 3))
print(len(b), b[-1], b[199999:200002])
c = []
for i in range(150000):
    c.append(i)
print(len(c), c[-1], sum(c))
print(list(range(10))[::3], list(reversed(range(4))))
