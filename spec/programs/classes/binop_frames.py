# user-class binary operators run as frames of the loop: NotImplemented, errors, in-place, reflected
class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __mul__(self, k):
        if k == 0: raise ValueError("zero")
        return V(self.x * k)
    def __sub__(self, o):
        return NotImplemented
    def __radd__(self, o): return V(o + self.x + 1000)
    def __repr__(self): return f"V({self.x})"

class W:
    def __radd__(self, o): return "W.radd"
    def __rsub__(self, o): return "W.rsub"

class Sub(V):
    def __radd__(self, o): return "Sub.radd"

a, b = V(1), V(2)
print(a + b, a + 5, 5 + a, a * 3, a * 2.5)
print(a + W(), a - W())
print(a + Sub(7), Sub(7) + a)
try: a * 0
except ValueError as e: print("ValueError", e)
try: a - b
except TypeError as e: print(e)
try: a - 1
except TypeError as e: print(e)
try: a + 1.5
except TypeError as e: print(e)
c = V(10)
c += 1
print(c)
c *= 2
print(c)
try:
    c -= 1
except TypeError as e: print(e)
class P:
    def __pow__(self, o): return NotImplemented
try: P() ** 2
except TypeError as e: print(e)
try:
    p = P(); p **= 2
except TypeError as e: print(e)
class I:
    def __init__(self): self.n = 0
    def __iadd__(self, o): self.n += o; return self
    def __add__(self, o): return "add"
i = I(); i += 3; print(i.n, I() + 1)
class Deep:
    def __init__(self, n): self.n = n
    def __add__(self, o):
        return self.n if self.n == 0 else Deep(self.n - 1) + o
print(Deep(50) + Deep(0))
import sys
class R:
    def __add__(self, o): return R() + o
try: R() + R()
except RecursionError: print("RecursionError")
class T:
    def __add__(self, o):
        f = sys._getframe(1)
        return f.f_code.co_name
def caller(): return T() + T()
print(caller())
class G:
    def __add__(self, o):
        yield 1
print(list(G() + G()))
class D:
    def __add__(self, o, extra=1): return extra
print(D() + D())
def tb():
    return V(1) * 0
try: tb()
except ValueError:
    import traceback; print(traceback.format_exc().count(", line "))
