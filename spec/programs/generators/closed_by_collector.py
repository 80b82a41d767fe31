# A suspended generator that becomes unreachable is closed by the collector (CPython's generator
# finalizer): GeneratorExit is raised where it suspended, so `finally` blocks and `with` exits
# run; errors in close() go to sys.unraisablehook. pystm closes it at the collection that finds
# it dead, so the program calls gc.collect() where CPython's refcounting would free it.
import gc
import sys


def unraisable(args):
    print("unraisable:", args.exc_type.__name__, args.exc_value, "in", type(args.object).__name__,
          args.object.__name__)


sys.unraisablehook = unraisable


def fin(name):
    try:
        yield 1
        yield 2
    finally:
        print("finally", name)


class CM:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)

    def __exit__(self, t, v, tb):
        print("exit", self.name, t.__name__ if t else None)
        return False


def with_block(name):
    with CM(name):
        yield 1


def catches():
    try:
        yield 1
    except GeneratorExit as e:
        print("caught", type(e).__name__, repr(e.args))
        raise


def swallows():
    try:
        yield 1
    except GeneratorExit:
        print("swallowed")
    yield 2


def raises_in_finally():
    try:
        yield 1
    finally:
        raise ValueError("in finally")


def returns_in_finally():
    try:
        yield 1
    finally:
        return 5


x = fin("x")
next(x)
del x
gc.collect()
print("after x")

y = with_block("y")
next(y)
del y
gc.collect()
print("after y")

c = catches()
next(c)
del c
gc.collect()
print("after catches")

s = swallows()
next(s)
del s
gc.collect()
print("after swallows")

r = raises_in_finally()
next(r)
del r
gc.collect()
print("after raises_in_finally")

r = returns_in_finally()
next(r)
del r
gc.collect()
print("after returns_in_finally")

# never started: close() runs nothing
n = fin("never started")
del n
gc.collect()
print("after never started")

# exhausted: its finally ran already, once
d = fin("exhausted")
print(list(d))
del d
gc.collect()
print("after exhausted")

# closed explicitly: not again
e = fin("closed")
next(e)
e.close()
del e
gc.collect()
print("after closed")


# yield from: the outer one is closed, which closes the inner one
def outer(name):
    try:
        yield from fin(name + ".inner")
    finally:
        print("finally", name)


def plain_outer(name):
    yield from fin(name + ".inner")


o = outer("o")
next(o)
del o
gc.collect()
print("after outer")
p = plain_outer("p")
next(p)
del p
gc.collect()
print("after plain_outer")


# a suspended generator in a dead cycle, and several at once
class Holder:
    pass


h = Holder()
h.g = fin("cycle")
h.g.__next__()
h.self = h
del h
gc.collect()
print("after cycle")

closed = []


def quiet(name):
    try:
        yield 1
    finally:
        closed.append(name)


# (the order among them is CPython's list_dealloc order: not compared)
gens = [quiet("list %d" % i) for i in range(3)]
for g in gens:
    next(g)
del g, gens
gc.collect()
print("after list", sorted(closed))


# the first suspension outside the try, the second inside
def late():
    yield 0
    try:
        yield 1
    finally:
        print("finally late")


l1 = late()
next(l1)
del l1
gc.collect()
l2 = late()
next(l2)
next(l2)
del l2
gc.collect()
print("after late")


# a generator expression and a loop over a dead generator: nothing to close
ge = (i for i in range(10))
next(ge)
del ge
gc.collect()
for v in fin("loop broken"):
    break
gc.collect()
print("end")
