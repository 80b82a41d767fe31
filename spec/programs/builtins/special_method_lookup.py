# Special methods outside the type slots are looked up on the class (CPython's
# _PyObject_LookupSpecial): list() asks __length_hint__, sys.getsizeof asks __sizeof__,
# isinstance asks a non-class second argument's class for __instancecheck__ (once, through its
# descriptor), and their results are checked as CPython checks them.
import sys
class It:
    def __init__(self, hint):
        self.hint = hint
        self.n = 2
    def __iter__(self):
        return self
    def __next__(self):
        self.n -= 1
        if self.n < 0:
            raise StopIteration
        return self.n
    def __length_hint__(self):
        if isinstance(self.hint, Exception):
            raise self.hint
        return self.hint
for hint in (5, 0, NotImplemented, -1, 'x', 2.5, True, KeyError('k')):
    try:
        print(repr(hint), list(It(hint)))
    except Exception as e:
        print(repr(hint), type(e).__name__, e)
class B:
    def __sizeof__(self): return 10
class C:
    def __sizeof__(self): return -1
class D:
    def __sizeof__(self): return 'x'
class E:
    __slots__ = ()
    def __sizeof__(self): return 10
print(sys.getsizeof(B()), sys.getsizeof(E()), sys.getsizeof(B(), 5))
for c in (C, D):
    try:
        sys.getsizeof(c())
    except Exception as e:
        print(type(e).__name__, e)
class F:
    def __sizeof__(self): raise KeyError('k')
try:
    sys.getsizeof(F(), 3)
except Exception as e:
    print(type(e).__name__, e)
class G:
    def __sizeof__(self): raise TypeError('k')
print(sys.getsizeof(G(), 3))
calls = []
class Checker:
    def __getattribute__(self, name):
        calls.append(name)
        return object.__getattribute__(self, name)
    def __instancecheck__(self, inst):
        return True
print(isinstance(int, Checker()), calls)
class NoCheck:
    pass
try:
    isinstance(1, NoCheck())
except TypeError as e:
    print(e)
