# Frames reused for the next call of their code (interp/frame_recycle.ts) with the positional
# arguments copied over the old ones without zeroing them first (h21-calls): the other locals
# are still unset in every call (a local read before its assignment raises), defaults,
# keywords, *args/**kwargs, closures and inlined __init__ bind as before; and the return paths
# the common return tests once for (generator, entry, binop frames, an inlined __init__
# returning a value) leave the recursion depth as it was.
import sys
import traceback


def uses_late(a, b, first):
    if first:
        late = a + b
        return late
    return late  # unbound unless assigned in this very call


def call_late():
    out = [uses_late(1, 2, True)]
    for i in range(3):
        try:
            out.append(uses_late(i, i, False))
        except UnboundLocalError as e:
            out.append(type(e).__name__ + ": " + str(e))
    return out


def defaults(a, b=10, c=20):
    d = a + b + c
    return d


def kw_only(a, *, k=5):
    return a * k


def star(a, *args, **kw):
    return a, args, sorted(kw.items())


def make_counter(start):
    n = start

    def step(by):
        nonlocal n
        n += by
        return n

    return step


class Point:
    def __init__(self, x, y):
        if x < 0:
            return late_name  # noqa: F821  (NameError from an inlined __init__)
        self.x = x
        self.y = y

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(%d, %d)" % (self.x, self.y)


class Bad:
    def __init__(self, v):
        self.v = v
        return v


def gen(n):
    for i in range(n):
        yield i * i
    return "done"


def depth_now():
    d = 0
    f = sys._getframe()
    while f is not None:
        d += 1
        f = f.f_back
    return d


def recurse(n):
    if n == 0:
        return 0
    return recurse(n - 1) + 1


def leaf(x):
    return x


def raiser(n):
    a = leaf(n)
    b = Point(a, a) + Point(1, 1)
    if n > 1:
        return raiser(n - 1)
    return {}[b.x]


def tb_names():
    for i in range(3):
        try:
            raiser(3)
        except KeyError as e:
            print([(t.name, t.lineno) for t in traceback.extract_tb(e.__traceback__)])


def main():
    print(call_late())
    print([defaults(i) for i in range(3)], [defaults(i, i) for i in range(3)], defaults(1, 2, 3))
    print([kw_only(i) for i in range(3)], kw_only(2, k=3))
    print(star(1), star(1, 2, 3), star(1, 2, x=3, y=4))
    c = make_counter(100)
    print([c(i) for i in range(5)])
    p = Point(0, 0)
    for i in range(5):
        p = p + Point(i, i * 2)
    print(p)
    for i in range(3):
        try:
            Point(-1, i)
        except NameError as e:
            print("NameError", e)
    base = depth_now()
    for i in range(3):
        try:
            Bad(i)
        except TypeError as e:
            print(e, depth_now() == base)
    g = gen(4)
    print(list(g), sorted([3, 1, 2], key=lambda v: -v), list(map(defaults, [1, 2])))
    try:
        next(g)
    except StopIteration as e:
        print("StopIteration", e.value)
    print(depth_now() == base)
    limit = sys.getrecursionlimit()
    print(recurse(limit // 2) == limit // 2)
    try:
        recurse(limit * 2)
    except RecursionError as e:
        print("RecursionError", e)
    print(depth_now() == base, recurse(50))
    tb_names()
    print(depth_now() == base)


main()
