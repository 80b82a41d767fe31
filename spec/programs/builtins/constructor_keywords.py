# Keyword arguments to the builtin constructors: which take them, CPython's messages for the rest,
# and subclasses whose own __init__ takes keywords the base's __new__ refuses.
for f in [lambda: int(x=1), lambda: float(x=2), lambda: bool(x=2), lambda: tuple(sequence=range(3)), lambda: list(sequence=(0,1)),
          lambda: complex(imag=42, real=666), lambda: str(object=500), lambda: str(object=b'abc', errors='strict'),
          lambda: int(bogus=1), lambda: float(bogus=1), lambda: complex(bogus=1), lambda: str(bogus=1), lambda: tuple(bogus=1),
          lambda: list(bogus=1), lambda: set(bogus=1), lambda: frozenset(bogus=1), lambda: bytes(bogus=1), lambda: bytearray(bogus=1),
          lambda: dict(bogus=1), lambda: range(bogus=1), lambda: slice(bogus=1), lambda: object(bogus=1), lambda: type(bogus=1)]:
    try: print(repr(f()))
    except TypeError as e: print('TypeError', e)
class T(tuple):
    def __init__(self, arg, newarg=None):
        self.newarg = newarg
t = T([1, 2], newarg=3)
print(t, t.newarg)
class Fl(float):
    def __init__(self, x, tag=None):
        self.tag = tag
f = Fl(2.5, tag='t')
print(f, f.tag)
class T2(tuple): pass
try: T2([1], x=1)
except TypeError as e: print('TypeError', e)
