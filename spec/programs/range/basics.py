# range: len, indexing, negative indexes, start/stop/step attributes, repr, bool
r = range(3, 20, 4)
print(r, len(r), r[0], r[-1], r[2], r.start, r.stop, r.step, list(r))
print(range(5), range(0), range(1, 2, 1), range(10, 0, -2), list(range(10, 0, -3)))
print(len(range(0, -10)), len(range(0, -10, -1)), bool(range(0)), bool(range(1)))
print(range(10**20)[-1], range(10**20)[10**19])
try:
    len(range(10**20))
except OverflowError as e:
    print(e)
try:
    r[5]
except IndexError as e:
    print(e)
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
try:
    range(1.5)
except TypeError as e:
    print(e)
