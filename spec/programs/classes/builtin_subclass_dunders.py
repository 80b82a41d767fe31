# Dunders overridden in subclasses of int, str, list and dict, and the numeric protocol hooks.
class MyInt(int):
    def __add__(self, o): return "myadd"
print(MyInt(1) + 1, 1 + MyInt(1), MyInt(2) * 3, sum([MyInt(1)], 0))
class RInt(int):
    def __radd__(self, o): return "rint"
print(1 + RInt(1), RInt(1) + 1)
class MyStr(str):
    def __eq__(self, o): return True
    __hash__ = str.__hash__
print(MyStr("a") == "b", "b" == MyStr("a"), {MyStr("a"): 1}["a"])
class MyList(list):
    def __getitem__(self, i): return "item"
    def __len__(self): return 42
m = MyList([1, 2])
print(m[0], len(m), list(m), bool(MyList()))
class MyDict(dict):
    def __setitem__(self, k, v): super().__setitem__(k, v * 2)
d = MyDict(); d["a"] = 1; d.update(b=1)
print(d)
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
print(sorted([Num(3), Num(1)], key=lambda n: n)[0].v, min(Num(5), Num(2)).v)
class Cmp:
    def __eq__(self, o): return NotImplemented
print(Cmp() == Cmp(), Cmp() != 1)
class Hashy:
    def __hash__(self): return -1
print(hash(Hashy()))
class Idx:
    def __index__(self): return 2
print("abcd"[Idx()], [1,2,3][Idx():], (2).__pow__(Idx()) if False else pow(2, Idx()))
class Ops:
    def __matmul__(self, o): return "mm"
    def __rmatmul__(self, o): return "rmm"
    def __divmod__(self, o): return "dm"
    def __rdivmod__(self, o): return "rdm"
    def __pow__(self, o, mod=None): return f"pow {mod}"
    def __rpow__(self, o): return "rpow"
print(Ops() @ 1, 1 @ Ops(), divmod(Ops(), 1), divmod(1, Ops()), pow(Ops(), 2, 5), 2 ** Ops())
class Len:
    def __len__(self): return 2**40
try:
    len(Len())
except OverflowError as e:
    print(e)
class Neg:
    def __len__(self): return -1
try:
    bool(Neg())
except ValueError as e:
    print(e)
class Rev:
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(Rev())))
class Round:
    def __round__(self, n=None): return ("round", n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
print(round(Round()), round(Round(), 2), math.trunc(Round()), math.floor(Round()), math.ceil(Round()))
class CI:
    def __complex__(self): return 1j
    def __bytes__(self): return b"xy"
print(complex(CI()), bytes(CI()))
