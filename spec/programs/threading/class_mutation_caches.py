# A class changed by one thread while other threads' attribute and method caches (per worker,
# vm/interp/attr_cache.ts) are warm: after the change is seen (the join orders it), every reader
# on every worker must see the new method/property/__getattr__, never a cached old one.
import threading


class K:
    def __init__(self, i):
        self.x = i
        self.y = -i

    def m(self):
        return "K.m"


class L(K):
    pass


objs = [K(1), L(2)]


def probe(rounds):
    out = None
    for _ in range(rounds):
        out = [(o.x, o.y, o.m()) for o in objs]
    return out


def readers(n=3):
    res = [None] * n
    def run(i):
        res[i] = probe(200)
    ths = [threading.Thread(target=run, args=(i,)) for i in range(n)]
    for t in ths:
        t.start()
    for t in ths:
        t.join()
    return res


def change(f):
    t = threading.Thread(target=f)
    t.start()
    t.join()


print(readers())
change(lambda: setattr(K, "m", lambda self: "K.m v2"))
print(readers())
change(lambda: setattr(L, "m", lambda self: "L.m"))
print(readers())
change(lambda: setattr(K, "x", property(lambda self: "x prop")))
print(readers())
def add_getattribute():
    K.__getattribute__ = lambda self, name: (lambda: "ga") if name == "m" else "ga " + name
change(add_getattribute)
print(readers())
def undo():
    del K.__getattribute__
    del K.x
    del L.m
change(undo)
print(readers())
def reclass():
    objs[0].__class__ = L
    objs[1].__class__ = K
change(reclass)
print(readers())
