# LOAD_METHOD on lists, dicts, sets and exceptions checked inline in run() (Q_LOAD_FAST_LOAD_METHOD,
# vm/interp/loop.ts): one call site sees exact objects and subclasses that override the method
# (two cache entries, then a third class), an instance attribute that shadows the method, a
# method replaced on the subclass after the site cached it, methods taken from the type
# (`list.append(l, 3)`), and wrong argument counts (CPython's messages).


class L(list):
    def append(self, x):
        list.append(self, x * 10)


class D(dict):
    def get(self, k, default=None):
        return ("D", k)


class S(set):
    def add(self, x):
        set.add(self, -x)


class L2(list):
    pass


def fill(objs, n):
    for i in range(n):
        for o in objs:
            o.append(i)


l, ll, l2 = [], L(), L2()
fill([l, ll, l2], 3)
print(l, ll, l2)
l2.append = lambda x: print("instance append", x)  # shadows the method
fill([l2, l], 1)
print(l)
del l2.append
fill([l2], 1)
print(l2)
L.append = lambda self, x: list.append(self, "replaced")
fill([ll, l], 1)
print(ll, l)


def gets(ds):
    return [d.get(1) for d in ds]


print(gets([{1: "a"}, D({1: "b"}), {}]))
print(gets([D(), {1: 2}]))


def adds(sets, n):
    for i in range(n):
        for s in sets:
            s.add(i)
    return [sorted(s) for s in sets]


print(adds([set(), S(), frozenset and set()], 3))


def tb(es):
    return [e.with_traceback(None) is e for e in es]


print(tb([ValueError(1), KeyError(2)]))
x = []
list.append(x, 3)
set.add(s := set(), 4)
print(x, s, dict.get({1: 2}, 1))
for call in (lambda: x.append(), lambda: x.append(1, 2), lambda: s.add(), lambda: list.append(),
             lambda: list.append(1, 2), lambda: {}.get(), lambda: x.pop(1, 2), lambda: s.add([])):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
