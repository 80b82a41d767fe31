# range: reversed(), iterating twice, iterator independence, negative-step iteration
r = range(2, 12, 3)
print(list(reversed(r)), list(reversed(range(0))), list(reversed(range(5, -5, -4))))
it = iter(r)
print(next(it), next(it), list(it), list(r))
print(sum(range(101)), [i for i in range(-3, 3)], list(range(-1, -10, -3)))
print(type(iter(r)).__name__, iter(r).__length_hint__())
