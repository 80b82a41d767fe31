# d[k] on a miss, many times: KeyError(k) with CPython's args, str, traceback line and context,
# for exact dicts (the interpreter raises it without a JS throw since 2026-12-07), subclasses
# with and without __missing__, keys whose __hash__/__eq__ raise or run Python code, and
# unhashable keys.
import sys


class D(dict):
    pass


class M(dict):
    def __missing__(self, k):
        return ("missing", k)


class K:
    def __init__(self, v): self.v = v
    def __hash__(self): return hash(self.v)
    def __eq__(self, o): return isinstance(o, K) and o.v == self.v
    def __repr__(self): return "K(%r)" % (self.v,)


class BadHash:
    def __hash__(self): raise ValueError("no hash")


d = {1: "a", "x": "b", (1, 2): "c", K(5): "k"}
misses = 0
for i in range(5000):
    for key in (2, "y", (1, 3), K(6), 1.5, None, frozenset()):
        try:
            d[key]
        except KeyError as e:
            misses += 1
            last = (e.args, str(e), repr(e), e.__context__, e.__traceback__.tb_lineno)
print(misses, last)
print(d[1], d["x"], d[(1, 2)], d[K(5)], d[1.0], d[True])

for dd in (D(a=1), M(a=1)):
    try:
        print(type(dd).__name__, dd["a"], dd["b"])
    except KeyError as e:
        print(type(dd).__name__, "KeyError", e.args)

for bad in ([1], {}, BadHash()):
    try:
        d[bad]
    except Exception as e:
        print(type(e).__name__, e)

# a KeyError inside an except block gets the handled exception as its context
try:
    try:
        raise RuntimeError("first")
    except RuntimeError:
        d["nope"]
except KeyError as e:
    print(repr(e), repr(e.__context__))

# KeyError from a dict read inside a function, caught by its caller; then uncaught
def get(m, k):
    return m[k]
n = 0
for i in range(2000):
    try:
        get({}, i)
    except KeyError as e:
        n += e.args[0]
print(n)
print(sys.exc_info())
get({"a": 1}, "b")
