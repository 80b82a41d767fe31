# In-place operators use __iadd__ etc., falling back to the binary form.
class Acc:
    def __init__(self, v): self.v = v
    def __iadd__(self, o):
        self.v += o
        return self
    def __isub__(self, o):
        return NotImplemented
    def __sub__(self, o):
        return Acc(self.v - o)
    def __imul__(self, o):
        self.v *= o
        return self
    def __repr__(self): return f"Acc({self.v})"
a = Acc(1)
b = a
a += 5
print(a, a is b)
a -= 2
print(a, a is b, b)
b *= 3
print(b)
class Plain:
    def __init__(self, v): self.v = v
    def __add__(self, o): return Plain(self.v + o)
p = Plain(1); q = p
p += 1
print(p.v, q.v, p is q)
names = ["iadd", "isub", "imul", "imatmul", "itruediv", "ifloordiv", "imod", "ipow", "ilshift", "irshift", "iand", "ixor", "ior"]
class All:
    pass
for n in names:
    setattr(All, f"__{n}__", lambda self, o, n=n: n)
x = All(); x += 1; print(x)
x = All(); x -= 1; print(x)
x = All(); x *= 1; print(x)
x = All(); x @= 1; print(x)
x = All(); x /= 1; print(x)
x = All(); x //= 1; print(x)
x = All(); x %= 1; print(x)
x = All(); x **= 1; print(x)
x = All(); x <<= 1; print(x)
x = All(); x >>= 1; print(x)
x = All(); x &= 1; print(x)
x = All(); x ^= 1; print(x)
x = All(); x |= 1; print(x)
try:
    z = object(); z += 1
except TypeError as e:
    print(e)
