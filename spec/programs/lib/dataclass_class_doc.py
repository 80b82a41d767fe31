# A dataclass's doc string is its name and inspect.signature(cls) as CPython finds it: the fields
# (the generated __init__), or a metaclass's __call__, an own or inherited __new__/__init__ (init=False),
# the bare name when that is not a Python function (test_dataclasses test_docstring_with_no_signature).
from dataclasses import dataclass
@dataclass(init=False)
class C:
    x: int
print(C.__doc__)
class B:
    def __init__(self, a, b=2): pass
@dataclass(init=False)
class D(B):
    x: int
print(D.__doc__)
class N:
    def __new__(cls, *args): return object.__new__(cls)
@dataclass
class E(N):
    x: int
print(E.__doc__)
@dataclass
class F:
    x: int
    def __new__(cls, q): return object.__new__(cls)
print(F.__doc__)
class M(type):
    def __call__(cls, a, *, k=1): return 5
@dataclass
class G(metaclass=M):
    x: int
print(G.__doc__)
class M2(type):
    def __call__(cls, a, b: int = 3, /, c=4, *rest, k, z: 'str' = 'q', **kw) -> int: return 5
@dataclass
class H(metaclass=M2):
    x: int
print(H.__doc__)
class M3(type):
    __call__ = dict
class Base(metaclass=M3):
    pass
@dataclass
class I(Base):
    pass
print(I.__doc__)
class P:
    def __new__(cls, p, /): return object.__new__(cls)
@dataclass(init=False)
class J(P):
    y: int
print(J.__doc__)
@dataclass(init=False)
class K(int):
    y: int
print(K.__doc__)
class M4(type):
    def __call__(cls) -> None: return 5
@dataclass
class L(metaclass=M4):
    pass
print(L.__doc__)
