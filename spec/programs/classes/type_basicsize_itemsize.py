# type.__basicsize__ and __itemsize__ report CPython 3.11's sizes (64-bit) for the builtin
# classes, and for class statements the base's plus __slots__ / __weakref__; test_list bounds a
# list repetition with tuple.__itemsize__.
class A: pass
class B(A): pass
class S: __slots__ = ('a', 'b')
class S1: __slots__ = 'a'
class T(tuple): pass
class I(int): pass
class L(list): pass
class E(Exception): pass
class D(dict): pass
for t in [object, type, int, bool, float, complex, str, bytes, bytearray, tuple, list, dict, set,
          frozenset, range, slice, BaseException, Exception, ValueError, A, B, S, S1, T, I, L, E, D,
          type(None), property, staticmethod]:
    print(t.__name__, t.__itemsize__, t.__basicsize__)
lst = [0]
size = (2 ** (tuple.__itemsize__ * 8) - 1) // 2
try:
    lst * size
except (MemoryError, OverflowError) as e:
    print("repeat", type(e).__name__ in ("MemoryError", "OverflowError"))
