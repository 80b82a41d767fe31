# getattr(o, name), hasattr() and d.get(k) called by CALL without the arguments array (h28-throw:
# interp/loop.ts callFromStack, builtins attrName): dict subclasses, __missing__, an own get(),
# str subclass names and keys, bad names, a built name, __getattr__ and properties raising.
import sys
class D(dict):
    def __missing__(self, k): return "miss"
class D2(dict):
    def get(self, k, d=None): return "own"
d = D(a=1); d2 = D2(a=1)
print(d.get("a"), d.get("b"), d.get(1, 5), dict.get(d, "a"), d2.get("a"), {}.get(3), {1: 2}.get(1))
try: dict.get(5, 1)
except TypeError as e: print(e)
try: dict.get([], 1)
except TypeError as e: print(e)
try: {}.get([])
except TypeError as e: print(e)
print({(1,2): 3}.get((1,2)), {1.0: 2}.get(1), {"x": 1}.get("x", 0))
class S(str): pass
print({"x": 1}.get(S("x")))
o = D(); o.zz = 3
print(getattr(o, "zz"), getattr(o, S("zz")), getattr(o, "__class__").__name__)
for bad in (1, None, b"zz"):
    try: getattr(o, bad)
    except TypeError as e: print(e)
    try: hasattr(o, bad)
    except TypeError as e: print(e)
    try: getattr(o, bad, 1)
    except TypeError as e: print(e)
try: getattr(o)
except TypeError as e: print(e)
try: getattr(o, "a", 1, 2)
except TypeError as e: print(e)
n = "".join(["z", "z"])
print(getattr(o, n), hasattr(o, n), getattr(o, n + "q", "dflt"))
class G:
    def __getattr__(self, name):
        if name == "dyn": return 7
        raise AttributeError("custom " + name)
g = G()
print(getattr(g, "dyn"))
for i in range(3):
    try: getattr(g, "nope")
    except AttributeError as e: print(e, e.name, type(e.obj).__name__)
    try: g.nope2
    except AttributeError as e: print(e, e.name)
class Pr:
    @property
    def p(self): raise AttributeError("inner")
try: Pr().p
except AttributeError as e: print(e, e.name)
try: getattr(Pr(), "p")
except AttributeError as e: print(e, e.name)
