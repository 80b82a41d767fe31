# sorted() / list.sort() of exact floats mixed with small ints and no NaN compare the keys as
# doubles (vm/objects/sort_numeric.ts): order, stability of equal values (identity, -0.0 and 0.0),
# reverse, key=, infinities; with a NaN, a bool, a big int or a float subclass the protocol's
# order as before.
import random
random.seed(7)


class F(float):
    pass


def ids(seq, src):
    return [next(i for i, y in enumerate(src) if y is x) for x in seq]


a = [0.5, -0.0, 0.0, 2, -3, 0.5, float('inf'), -float('inf'), 1e300, -1e-300, 7, 0]
print(sorted(a), sorted(a, reverse=True))
p = [float(i % 5) for i in range(20)]
q = [x + 0.0 for x in p]
print(ids(sorted(q), q), ids(sorted(q, reverse=True), q))
z = [0.0, -0.0, 0, -0.0, 0.0]
print([str(x) for x in sorted(z)], [str(x) for x in sorted(z, reverse=True)])
print(sorted([3, 1.5, 2], key=lambda x: -x), sorted(['bb', 'a', 'ccc'], key=len), sorted([2.5, 1], key=float))
w = [(1.5, 'x'), (0.5, 'y'), (1.5, 'z')]
print(sorted(w, key=lambda t: t[0]), sorted(w, key=lambda t: t[0], reverse=True))
n = [1.0, float('nan'), 0.5, 2.0, float('nan'), -1.0]
print(sorted(n), sorted(n, reverse=True))
print(sorted([1.5, True, 0.5, False]), sorted([2**70, 1.5, -2**70, 0.0]), sorted([F(2.0), 1.0, F(0.5)]))
r = [random.random() * 100 - 50 for i in range(5000)] + list(range(-20, 20)) + [0.25] * 10
s = sorted(r)
print(all(s[i] <= s[i + 1] for i in range(len(s) - 1)), s[:3], s[-3:], sum(s) == sum(r))
L = list(r)
L.sort(reverse=True)
print(L == sorted(r, reverse=True), L[:2], L[-2:])
big = [random.randint(0, 1000) / 8 for i in range(100000)]
sb = sorted(big)
print(sb[0], sb[50000], sb[-1], ids(sorted(big[:50]), big[:50]))
