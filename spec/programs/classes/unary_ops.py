# Unary dunders, abs, __index__, __int__/__float__ conversions.
class N:
    def __init__(self, v): self.v = v
    def __neg__(self): return N(-self.v)
    def __pos__(self): return "pos"
    def __invert__(self): return "inv"
    def __abs__(self): return 99
    def __index__(self): return self.v
    def __float__(self): return 1.5
    def __repr__(self): return f"N({self.v})"
n = N(3)
print(-n, +n, ~n, abs(n))
print([10, 20, 30, 40][N(2)], bin(n), hex(N(255)), float(n), int(n))
print(range(10)[N(1):N(4)], "ab" * N(2), n.__index__())
class E: pass
for f in (lambda: -E(), lambda: +E(), lambda: ~E(), lambda: abs(E()), lambda: [1][E()], lambda: int(E()), lambda: float(E())):
    try:
        f()
    except TypeError as e:
        print(e)
