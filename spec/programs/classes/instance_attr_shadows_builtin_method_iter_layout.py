# An instance attribute shadows a builtin method of the class on a Python subclass of a native
# class whose objects use the iterator layout (_random.Random), as on any other instance:
# LOAD_METHOD found the class's method (its instance-dict check skipped that layout).
import _random
import random


class B(_random.Random):
    pass


b = B(5)
b.random = lambda: 0.5
b.seed = lambda *a: 'instance seed'
print(b.random(), b.seed(1), getattr(b, 'random')())


def call(o):
    return o.random()


print([call(b) for _ in range(3)])
del b.random
print(type(b.random()).__name__)
g = random.Random(1)
g.random = [0.25, 0.75].pop
print(g.random(), g.uniform(0.0, 10.0))
