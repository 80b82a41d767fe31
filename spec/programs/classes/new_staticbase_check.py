# T.__new__(S) refuses a class S whose first builtin base makes its instances otherwise
# (tp_new_wrapper's staticbase check: int.__new__(bool); CPython's test_bool test_subclass).
import collections, enum
class MyInt(int): pass
class MyStr(str): pass
class MyT(tuple): pass
class D(dict): pass
class L(list): pass
class F(float): pass
class B(bytes): pass
class E(Exception): pass
class A(int):
    def __new__(cls, v): return int.__new__(cls, v + 1)
class AB(A): pass
print(int.__new__(MyInt, 5), str.__new__(MyStr, 'x'), tuple.__new__(MyT, (1,)), dict.__new__(D), list.__new__(L), float.__new__(F, 1.5), bytes.__new__(B, b'a'))
print(AB(1), int.__new__(AB, 3), Exception.__new__(E), OSError.__new__(FileNotFoundError), BaseException.__new__(KeyError))
P = collections.namedtuple('P', 'x y'); print(P(1, 2), P._make([3, 4]))
class Color(enum.IntEnum):
    R = 1
print(Color.R, object.__new__(MyInt) if False else '')
for f, c in ((int.__new__, bool), (object.__new__, MyInt), (tuple.__new__, bool)):
    try:
        f(c); print('made')
    except TypeError as e: print(e)
try: int.__new__(bool, 0)
except TypeError as e: print(e)
