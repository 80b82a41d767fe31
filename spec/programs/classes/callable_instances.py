# __call__ makes instances callable; callable() reflects the class, not the instance.
class Adder:
    def __init__(self, n): self.n = n
    def __call__(self, x, *rest, scale=1):
        return (self.n + x + sum(rest)) * scale
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), add5(1, scale=10), callable(add5), callable(Adder), callable(5))
a = Adder(1)
a.__call__ = lambda x: "instance attr ignored"
print(a(1))
try:
    object()()
except TypeError as e:
    print(e)
try:
    add5()
except TypeError as e:
    print(e)
print(list(map(Adder(100), [1, 2])))
