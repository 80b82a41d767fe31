# __repr__, __str__ and __format__ and where each is used.
class P:
    def __init__(self, x): self.x = x
    def __repr__(self): return f"P({self.x!r})"
    def __str__(self): return f"<{self.x}>"
    def __format__(self, spec):
        return f"fmt[{spec}]" if spec else str(self)
p = P("a")
print(p, repr(p), str(p), [p], (p,), {"k": p})
print(f"{p}", f"{p!r}", f"{p!s}", f"{p:>5}", format(p, "x"), "{}".format(p), "{:q}".format(p))
print("%s %r" % (p, p))
class OnlyRepr:
    def __repr__(self): return "OR"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
class BadRepr:
    def __repr__(self): return 42
try:
    repr(BadRepr())
except TypeError as e:
    print(e)
class BadStr:
    def __str__(self): return None
try:
    str(BadStr())
except TypeError as e:
    print(e)
try:
    format(object(), "d")
except TypeError as e:
    print(e)
