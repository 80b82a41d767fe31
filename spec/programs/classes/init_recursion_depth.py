# Recursion through class instantiation and __call__ counts as CPython 3.11 counts it: the
# tp_call of a class or of an instance with __call__ is one level, the frame it runs another, so
# an __init__ (or __new__, a metaclass __call__, an instance's __call__) that recurses stops at
# about half the recursion limit; a plain function recursion after them still gets the full limit.
import sys
def probe(name, make):
    global depth
    depth = 0
    try:
        make()
    except RecursionError as e:
        print(name, "RecursionError", depth)
    except Exception as e:
        print(name, type(e).__name__, e)

class A:
    def __init__(self):
        global depth; depth += 1; A()
class B(list):
    def __init__(self):
        global depth; depth += 1; B()
class C:
    def __new__(cls):
        global depth; depth += 1; return C()
class Meta(type):
    def __call__(cls):
        global depth; depth += 1; return E()
class E(metaclass=Meta): pass
class F(Exception):
    def __init__(self):
        global depth; depth += 1; F()
class G:
    def __init__(self, *a, **k):
        global depth; depth += 1; G(*a, x=1)
class H:
    __slots__ = ('x',)
    def __init__(self):
        global depth; depth += 1; H()
class I:
    def __init__(self):
        global depth; depth += 1; self.x = [I() for _ in range(1)]

for limit in (1000, 300):
    sys.setrecursionlimit(limit)
    print("limit", limit)
    for n, c in [("A", A), ("B", B), ("C", C), ("E", E), ("F", F), ("G", G), ("H", H), ("I", I)]:
        probe(n, c)
class K:
    def __call__(self):
        global depth; depth += 1; k()
k = K()
class L:
    def __call__(self, *a, **kw):
        global depth; depth += 1; l(*a, **kw)
l = L()
for limit in (1000, 300):
    sys.setrecursionlimit(limit)
    print("limit", limit)
    for n, c in [("K", k), ("L", l)]:
        probe(n, c)

sys.setrecursionlimit(1000)
def plain():
    global depth; depth += 1; plain()
probe("plain", plain)
