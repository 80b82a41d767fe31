# len() with __len__ (including errors), iter() of iterables, id-free identity checks, bool().
class Sized:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n

print(len([1, 2]), len("héllo"), len({}), len(range(0, 10, 3)), len(Sized(4)), len(b"ab"))
for bad in [lambda: len(5), lambda: len(Sized(-1)), lambda: len(Sized("x"))]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
it = iter([1, 2])
print(iter(it) is it, next(it), next(it), next(it, "done"))
a = [1]
b = a
print(a is b, a is not [1], id(a) == id(b), bool([]), bool(Sized(0)), bool(Sized(2)))
print(int(), float(), str(), list(), dict(), tuple(), set(), bool(), complex())
