# Every binary operator dunder with its reflected form and NotImplemented fallback.
class V:
    def __init__(self, v): self.v = v
    def __repr__(self): return f"V({self.v})"
ops = ["add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow", "lshift", "rshift", "and", "xor", "or"]
for op in ops:
    def fwd(self, other, op=op):
        if isinstance(other, V): return f"{op}({self.v},{other.v})"
        if other == "skip": return NotImplemented
        return f"{op}({self.v},{other!r})"
    def rev(self, other, op=op):
        return f"r{op}({other!r},{self.v})"
    setattr(V, f"__{op}__", fwd)
    setattr(V, f"__r{op}__", rev)
a, b = V(1), V(2)
print(a + b, a - b, a * b, a @ b, a / b, a // b, a % b, a ** b)
print(a << b, a >> b, a & b, a ^ b, a | b)
print(3 + a, 3 - a, 3 * a, 3 @ a if False else "-", 3 / a, 3 // a, 3 % a, 3 ** a)
print(3 << a, 3 >> a, 3 & a, 3 ^ a, 3 | a)
print(divmod(7, 2), pow(a, 2))
class W:
    pass
try:
    W() + 1
except TypeError as e:
    print(e)
try:
    1 - W()
except TypeError as e:
    print(e)
try:
    W() @ W()
except TypeError as e:
    print(e)
try:
    "s" * 2.5
except TypeError as e:
    print(e)
