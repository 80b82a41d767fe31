# Containers nested far past the recursion limit: repr/str/format, comparisons, json and
# isinstance raise CPython's RecursionError (each with its own "while ..." message); hashing a
# nested tuple and frozenset works (CPython's C recursion goes that deep); never a JS stack overflow.
import collections
import json


def attempt(name, f):
    try:
        r = f()
        print(name, "ok", type(r).__name__)
    except RecursionError as e:
        print(name, "RecursionError", e)


def nest(make, n=3000):
    x = make(None)
    for _ in range(n):
        x = make(x)
    return x


x = nest(lambda v: [] if v is None else [v])
y = nest(lambda v: [] if v is None else [v])
attempt("repr list", lambda: repr(x))
attempt("str list", lambda: str(x))
attempt("f-string", lambda: f"{x}")
attempt("%r", lambda: "%r" % (x,))
attempt("ascii", lambda: ascii(x))
attempt("list ==", lambda: x == y)
attempt("list <", lambda: x < y)
attempt("list in", lambda: y in [x])
attempt("list.index", lambda: [x].index(y))
attempt("list.count same", lambda: [x].count(x))
d = nest(lambda v: {} if v is None else {"k": v})
e = nest(lambda v: {} if v is None else {"k": v})
attempt("repr dict", lambda: repr(d))
attempt("dict ==", lambda: d == e)
attempt("dict items repr", lambda: repr(d.items()))
t = nest(lambda v: () if v is None else (v,))
t2 = nest(lambda v: () if v is None else (v,))
attempt("repr tuple", lambda: repr(t))
attempt("hash tuple", lambda: hash(t) == hash(t2))
attempt("tuple ==", lambda: t == t2)
attempt("set of tuple", lambda: {t, t2})
deep = nest(lambda v: () if v is None else (v,), 100000)
attempt("hash tuple nested 100000 deep", lambda: hash(deep) == hash(deep))
fs = nest(lambda v: frozenset() if v is None else frozenset([v]))
attempt("hash frozenset", lambda: hash(fs))
attempt("repr frozenset", lambda: repr(fs))
dq = nest(lambda v: collections.deque() if v is None else collections.deque([v]))
attempt("repr deque", lambda: repr(dq))
attempt("json dumps", lambda: json.dumps(x))
attempt("json dumps dict", lambda: json.dumps(d))
attempt("json loads", lambda: json.loads("[" * 3000 + "]" * 3000))
attempt("json loads dict", lambda: json.loads('{"a":' * 3000 + "1" + "}" * 3000))
c = nest(lambda v: int if v is None else (v,))
attempt("isinstance", lambda: isinstance(1, c))
attempt("issubclass", lambda: issubclass(int, c))
print("done")
