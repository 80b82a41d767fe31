# object.__new__(X) refuses classes whose builtin base has its own __new__.
for cls in (int, ValueError, list, dict):
    try:
        object.__new__(cls)
    except TypeError as e:
        print(e)
class MyList(list): pass
try:
    object.__new__(MyList)
except TypeError as e:
    print(e)
class Plain: pass
print(type(object.__new__(Plain)).__name__)
class E(Exception):
    def __new__(cls, *a):
        return super().__new__(cls, *a)
print(repr(E(1)))
import enum
class F(enum.IntFlag):
    A = 1
    B = 2
print(F.A | F.B, F(3))
class G(enum.Flag):
    X = 1
    Y = 2
print(G.X | G.Y)
