# Calls with several * and ** unpackings, and duplicate keyword errors.
def f(*a, **k): return a, k
print(f(*[1, 2], 3, *(4,), x=1, **{"y": 2}, **{"z": 3}))
print(f(*"ab", *range(2)))
try:
    f(**{"x": 1}, **{"x": 2})
except TypeError as e:
    print(e)
try:
    f(x=1, **{"x": 2})
except TypeError as e:
    print(e)
def g(a, b, c): return a + b + c
print(g(*[1], **{"c": 3, "b": 2}))
class M:
    def keys(self): return ["q"]
    def __getitem__(self, k): return k * 2
print(f(**M()))
