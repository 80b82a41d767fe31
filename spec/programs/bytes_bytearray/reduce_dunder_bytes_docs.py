# bytearray's own __reduce__/__reduce_ex__ (a latin-1 str below protocol 3, bytes from 3, the
# instance dict or slots as state, () for an empty one) so copy and pickle keep subclasses and
# their attributes; bytes(x) returns what x.__bytes__ returned, a bytes subclass included;
# bytes(list) reads the list at its live length while __index__ shrinks it; the builtin classes
# carry CPython's docstrings.
import copy, pickle


class BA(bytearray):
    pass


class BAS(bytearray):
    __slots__ = ('x',)


a = BA(b'abcd')
a.y = 1
print(a.__reduce_ex__(2), a.__reduce_ex__(4), a.__reduce__())
print(BA().__reduce_ex__(4), bytearray(b'\xff\x00').__reduce_ex__(1))
c = copy.copy(a)
print(type(c).__name__, c, c.y, copy.deepcopy(a).y)
for p in range(0, pickle.HIGHEST_PROTOCOL + 1):
    b = pickle.loads(pickle.dumps(a, p))
    print(p, type(b).__name__, b, b.__dict__)
s = BAS(b'xy')
s.x = 5
print(s.__reduce_ex__(4))
print(copy.copy(s), copy.copy(s).x, pickle.loads(pickle.dumps(s, 4)).x)
print(bytearray(b'ab').__reduce_ex__(2), bytearray(b'ab').__reduce__(), bytearray(b'ab').__reduce_ex__(3))
print(pickle.loads(pickle.dumps(bytearray(b'\x00\x80\xff'), 0)))


class BytesSubclass(bytes):
    pass


class OtherBytesSubclass(bytes):
    pass


class WithBytes:
    def __init__(self, value):
        self.value = value

    def __bytes__(self):
        return self.value


print(type(bytes(WithBytes(BytesSubclass(b'abc')))).__name__)
print(type(BytesSubclass(WithBytes(OtherBytesSubclass(b'abc')))).__name__)
print(type(bytes(BytesSubclass(b'abc'))).__name__, bytes(WithBytes(b'x')))
for bad in ('abc', None, bytearray(b'x')):
    try:
        bytes(WithBytes(bad))
    except TypeError as e:
        print('TypeError', e)


class Shrink:
    def __index__(self):
        lst.clear()
        return 42


lst = [Shrink(), Shrink()]
print(bytes(lst))
lst = [Shrink(), Shrink()]
print(bytearray(lst))
lst = [1, Shrink(), 3]
print(bytes(lst))

for t in (bytes, bytearray, bool, dict, list, tuple, set, frozenset, float, str, int, object, type,
          range, slice, map, zip, filter, enumerate, reversed, property, staticmethod, classmethod,
          super, memoryview, complex, Exception, ValueError, KeyError, StopIteration, OSError):
    print(t.__name__, (t.__doc__ or 'None').splitlines()[0])
