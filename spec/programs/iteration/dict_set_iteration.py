# iteration: iterating dict views and sets, length hints, exhausted iterators stay exhausted
d = {'a': 1, 'b': 2, 'c': 3}
ki = iter(d)
print(next(ki), ki.__length_hint__(), list(ki), list(ki))
vi = iter(d.values())
print(list(vi), list(d.items())[1])
si = iter({3, 1, 2})
print(next(si), list(si), next(si, 'end'))
d2 = {}
it = iter(d2)
d2['x'] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
