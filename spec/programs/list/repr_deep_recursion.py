# repr() of a container nested deeper than the recursion limit is a RecursionError (CPython's
# PyObject_Repr counts against the limit), and the interpreter goes on normally afterwards.
import sys

a = []
for i in range(sys.getrecursionlimit() + 100):
    a = [a]
try:
    repr(a)
    print("no error")
except RecursionError as e:
    print("list: RecursionError", e)
t = ()
for i in range(sys.getrecursionlimit() + 100):
    t = (t,)
try:
    str(t)
    print("no error")
except RecursionError as e:
    print("tuple: RecursionError", e)

# below the limit it works, and the depth is back to normal afterwards
b = []
for i in range(500):
    b = [b]
print(len(repr(b)))


def depth(n):
    return n if n == 0 else depth(n - 1)


print(depth(900))


class R:
    def __repr__(self):
        return "R(%r)" % (self.inner,)


r = R()
r.inner = r
try:
    repr(r)
except RecursionError:
    print("self-referencing __repr__: RecursionError")
print(repr([1, (2, 3), {"a": [4]}]))
