# Class attributes are shared until an instance attribute shadows them.
class Counter:
    shared = []
    n = 0
    def add(self, x):
        self.shared.append(x)
        self.n += 1
a, b = Counter(), Counter()
a.add(1)
b.add(2)
print(Counter.shared, a.n, b.n, Counter.n)
print("n" in a.__dict__, "shared" in a.__dict__)
Counter.n = 10
c = Counter()
print(c.n, a.n)
del a.n
print(a.n)
Counter.method = lambda self: "added later"
print(a.method())
print(sorted(k for k in vars(Counter) if not k.startswith("__")))
