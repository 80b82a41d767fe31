# `x in L` and L.index(x) of a small int skip the other small ints of the list by their words
# (vm/objects/list_scan.ts) and compare every other item as CPython does: True == 1, 1.0 == 1,
# big ints, objects with __eq__ (even one that changes the list), start/stop bounds, misses.
class Eq:
    def __init__(self, v):
        self.v = v
        self.calls = 0

    def __eq__(self, o):
        self.calls += 1
        return o == self.v


class Shrink:
    def __init__(self, target):
        self.target = target

    def __eq__(self, o):
        self.target.clear()
        return False


L = [5, 6, True, 1.0, 2**70, 'x', None, 7, 3]
for v in [5, 7, 3, 1, 0, 2**70, -1, 6, 1.0, 'x', None, 9]:
    try:
        i = L.index(v)
    except ValueError as e:
        i = str(e)
    print(repr(v), v in L, i)
e = Eq(42)
M = list(range(10000)) + [e] + [42]
print(42 in M, M.index(42), e.calls, 10001 in M, -5 in M, M.index(9999), e.calls)
print(M.index(42, 10000), M.index(42, 0, 10001), M.index(5, 3, 7), M.index(5, -9999))
for args in [(42, 0, 10000), (5, 6), (5, 0, 5), (5, 10, 3), (5, -3)]:
    try:
        print(M.index(*args))
    except ValueError as err:
        print('ValueError', err)
S = [0, 1, 2]
S.insert(1, Shrink(S))
print(5 in S, S)
S = [0, Shrink(None), 9]
S[1].target = S
try:
    print(S.index(9))
except ValueError as err:
    print('ValueError', err, S)
big = list(range(300000))
print(299999 in big, -1 in big, big.index(123456), big.index(299999, 200000))
big[150000] = 1.5
big[250000] = Eq(-7)
print(-7 in big, big.index(-7), big[250000].calls, 1.5 in big, 150000 in big)
print([2**30 - 1, -2**30].index(-2**30), (2**30) in [2**30], [True].index(1), 0 in [False])
