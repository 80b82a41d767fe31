# Lambdas: defaults, closures, keyword-only, immediate calls, sorting keys.
sq = lambda x: x * x
add = lambda a, b=10, *r, k=0, **kw: (a + b + sum(r) + k, kw)
print(sq(7), add(1), add(1, 2, 3, k=4, z=5))
print((lambda *a: a)(1, 2), (lambda: "noargs")())
adders = [lambda x, i=i: x + i for i in range(3)]
late = [lambda x: x + i for i in range(3)]
print([f(10) for f in adders], [f(10) for f in late])
pairs = [(1, "b"), (3, "a"), (2, "c")]
print(sorted(pairs, key=lambda p: p[1]), max(pairs, key=lambda p: -p[0]))
print(sq.__name__, (lambda: None)() is None)
try:
    sq()
except TypeError as e:
    print(e)
