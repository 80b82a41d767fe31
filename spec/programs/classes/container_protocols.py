# __contains__, __iter__, and the old __getitem__ sequence protocol.
class Evens:
    def __contains__(self, x): return x % 2 == 0
print(4 in Evens(), 3 in Evens(), 3 not in Evens())
class Seq:
    def __getitem__(self, i):
        if i >= 3: raise IndexError(i)
        return i * 10
print(list(Seq()), 20 in Seq(), 25 in Seq())
for x in Seq(): print("item", x)
class It:
    def __init__(self): self.i = 0
    def __iter__(self): return self
    def __next__(self):
        self.i += 1
        if self.i > 3: raise StopIteration
        return self.i
print(list(It()), 2 in It(), sum(It()))
a, b, c = It()
print(a, b, c)
class BadIter:
    def __iter__(self): return 5
try:
    iter(BadIter())
except TypeError as e:
    print(e)
try:
    iter(object())
except TypeError as e:
    print(e)
try:
    3 in object()
except TypeError as e:
    print(e)
class Map:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
    def __len__(self): return len(self.d)
m = Map()
m["a"] = 1; m["b"] = 2
del m["a"]
print(m["b"], len(m), m[slice(1, 2)] if False else "ok")
try:
    m["a"]
except KeyError as e:
    print("KeyError", e)
