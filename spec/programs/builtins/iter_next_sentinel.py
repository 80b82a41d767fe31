# iter with a sentinel, next with a default, reversed, isinstance with tuples, getattr default.
vals = iter([1, 2, 0, 3].pop, 1)
print(list(vals))
it = iter([10])
print(next(it), next(it, "done"), list(reversed([1, 2, 3])))
print(isinstance(3, (str, int)), issubclass(bool, int), getattr(object(), "nope", 42), callable(len))
