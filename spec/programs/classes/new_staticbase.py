# tp_new_wrapper's staticbase check: which builtin __new__ may make an instance of a class whose
# __new__ is inherited, written in Python, or a builtin one assigned in the class body
# (test_pickle's MyIntWithNew2: __new__ = int.__new__ below a Python __new__).
class MyIntWithNew(int):
    def __new__(cls, value):
        raise AssertionError

class MyIntWithNew2(MyIntWithNew):
    __new__ = int.__new__

x = MyIntWithNew2(1)
print(type(x).__name__, x)
print(int.__new__(MyIntWithNew2, 5))
class A(int):
    def __new__(cls, v): return int.__new__(cls, v)
class B(A):
    pass
try:
    print(int.__new__(B, 3))
except TypeError as e: print(e)
class C(A):
    __new__ = int.__new__
print(C(4), C.__new__(C, 7))
try:
    object.__new__(MyIntWithNew2)
except TypeError as e: print(e)
class D(A):
    pass
try:
    object.__new__(D)
except TypeError as e: print(e)
class E(int): pass
try:
    object.__new__(E)
except TypeError as e: print(e)
class F(int):
    __new__ = int.__new__
print(F(9), type(F.__new__(F, 2)).__name__)
try:
    int.__new__(bool)
except TypeError as e: print(e)
import pickle
x = MyIntWithNew2(1); x.foo = 42
for proto in range(6):
    y = pickle.loads(pickle.dumps(x, proto))
    print(proto, type(y).__name__, int(y), y.foo)
def t(f, *a):
    try:
        r = f(*a)
        print("ok", type(r).__name__)
    except TypeError as e:
        print("TypeError", e)
class L(list): pass
class L2(list):
    def __new__(cls, *a): return list.__new__(cls)
class L3(L2): pass
class X(Exception): pass
class X2(ValueError):
    def __new__(cls, *a): return super().__new__(cls, *a)
class S(str): pass
class S2(S):
    __new__ = str.__new__
class Fl(float):
    def __new__(cls, v): return float.__new__(cls, v)
class Fl2(Fl):
    __new__ = object.__new__
for f, c in [(list.__new__, L), (object.__new__, L), (list.__new__, L3), (object.__new__, L3),
             (Exception.__new__, X), (BaseException.__new__, X2), (object.__new__, X2),
             (str.__new__, S2), (object.__new__, S2), (float.__new__, Fl), (object.__new__, Fl),
             (tuple.__new__, L), (dict.__new__, dict), (object.__new__, dict)]:
    t(f, c)
t(Fl2, 1.5)
