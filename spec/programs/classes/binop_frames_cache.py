# BINARY_OP's Python dunders looked up once per class (kept until any class changes): each
# change below must be seen by the next operation of a site that ran many times before it.
import sys
import traceback


class V:
    __slots__ = ("x",)

    def __init__(self, x):
        self.x = x

    def __add__(self, o):
        return V(self.x + (o.x if isinstance(o, V) else o))

    def __repr__(self):
        return f"V({self.x})"


def add(a, b):
    return a + b

def iadd(a, b):
    a += b
    return a

def hot(n):
    acc = V(0)
    one = V(1)
    for _ in range(n):
        acc = add(acc, one)
        acc = iadd(acc, 0.5)
    return acc

print(hot(2000))

# the method replaced, deleted, replaced by a non-function callable, put back
def add2(self, o):
    return "add2"
V.__add__ = add2
print(add(V(1), V(2)), iadd(V(1), 3))

class Adder:
    def __call__(self, *a):
        return "callable object"
V.__add__ = Adder()
try:
    print(add(V(1), V(2)))
except TypeError as e:
    print("TypeError", e)
V.__add__ = lambda self, o: "lambda"
print(add(V(1), V(2)))
V.__add__ = staticmethod(lambda a, b: "static")
try:
    print(add(V(1), V(2)))
except TypeError as e:
    print("TypeError", e)
del V.__add__
try:
    add(V(1), V(2))
except TypeError as e:
    print("TypeError", e)
V.__add__ = lambda self, o: V(self.x * 100 + (o.x if isinstance(o, V) else o))
print(add(V(1), V(2)), hot(3))

# an in-place method added after `+=` ran through __add__, then removed
V.__iadd__ = lambda self, o: "iadd"
print(iadd(V(1), 2))
del V.__iadd__
print(iadd(V(1), 2))

# __code__ reassigned: a generator, other argument counts
def gen_code(self, o):
    yield self.x
    yield o
def three(self, o, extra=7):
    return extra
def one(self):
    return "one"
f = V.__add__
f.__code__ = gen_code.__code__
print(list(add(V(4), 5)))
f.__code__ = three.__code__
try:
    print(add(V(4), 5))
except TypeError as e:
    print("TypeError", e)
f.__code__ = one.__code__
try:
    add(V(4), 5)
except TypeError as e:
    print("TypeError", e)


# subclasses: an override added later, reflected methods, a class assigned to an instance
class P:
    def __init__(self, x):
        self.x = x
    def __sub__(self, o):
        if isinstance(o, (P, int, float)):
            return P(self.x - (o.x if isinstance(o, P) else o))
        return NotImplemented
    def __rsub__(self, o):
        return P(o - self.x + 1000)
    def __mul__(self, k):
        if k == 0:
            raise ZeroDivisionError("scaled by zero")
        return P(self.x * k)
    def __repr__(self):
        return f"{type(self).__name__}({self.x})"

class Q(P):
    pass

def sub(a, b):
    return a - b

def mul(a, b):
    return a * b

for _ in range(500):
    r = sub(P(3), P(1)), sub(Q(3), 1), sub(P(1), 2.5), sub(5, P(1)), mul(Q(2), 3)
print(r)
Q.__sub__ = lambda self, o: "Q.sub"
print(sub(Q(3), P(1)), sub(P(3), Q(1)), sub(P(3), P(1)))
p = P(9)
p.__class__ = Q
print(sub(p, 1), sub(2, p))
try:
    sub(P(1), "s")
except TypeError as e:
    print("TypeError", e)
try:
    sub("s", P(1))
except TypeError as e:
    print("TypeError", e)

# an exception raised inside a dunder: CPython's traceback, the BINARY_OP's line in the caller
def scale_all(xs, k):
    out = []
    for x in xs:
        out.append(x * k)
    return out

print(scale_all([P(1), Q(2)], 3))
try:
    scale_all([P(1), Q(2)], 0)
except ZeroDivisionError:
    for line in traceback.format_exc().splitlines():
        print(line.replace(__file__, "FILE"))
