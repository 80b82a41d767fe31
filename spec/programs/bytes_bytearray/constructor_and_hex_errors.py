# bytes()/bytearray() argument checks in CPython's order (encoding/errors without a string,
# __bytes__ of a str subclass for bytes() only, __index__ errors kept, OverflowError for a huge
# count), hex(sep) checks, bytearray index TypeErrors, int.from_bytes of str/int.
import sys
class C: pass
class BadInt:
    def __index__(self): 1/0
class BadIterable:
    def __iter__(self): 1/0
class StrWithBytes(str):
    def __new__(cls, value):
        self = str.__new__(cls, '\u20ac')
        self.value = value
        return self
    def __bytes__(self):
        return self.value
class BytesSubclass(bytes): pass
for T in (bytes, bytearray):
    for args, kw in [((0.0,), {}), ((["0"],), {}), (([0.0],), {}), (([None],), {}), (([C()],), {}), ((), {'encoding': 'ascii'}), ((), {'errors': 'ignore'}),
                     ((0, 'ascii'), {}), ((b'', 'ascii'), {}), ((0,), {'errors': 'ignore'}), ((b'',), {'errors': 'ignore'}), (('',), {}), (('',), {'errors': 'ignore'}),
                     (('', b'ascii'), {}), (('', 'ascii', b'ignore'), {}), ((BadInt(),), {}), (([BadInt()],), {}), ((BadIterable(),), {}),
                     ((StrWithBytes(b'abc'),), {}), ((StrWithBytes(b'abc'), 'iso8859-15'), {}), ((sys.maxsize + 1,), {}), ((-1,), {})]:
        try:
            print(T.__name__, repr(T(*args, **kw)))
        except Exception as e:
            print(T.__name__, type(e).__name__, e)
    b = T(b'\xb9\x01\xef')
    for a in [('',), ('xx',), (':', 0), (None, 0), ('\xff',), (b'\xff',), (b'\x80',), (chr(0x100),), ('x', 'y')]:
        try:
            print(b.hex(*a))
        except Exception as e:
            print(type(e).__name__, e)
ba = bytearray(b'ab')
for k in ['a', 1.0, None]:
    try:
        ba[k] = 1
    except TypeError as e:
        print(e)
    try:
        ba[k]
    except TypeError as e:
        print(e)
    try:
        del ba[k]
    except TypeError as e:
        print(e)
for a in ['', '\x00', 0]:
    try: int.from_bytes(a, 'big')
    except TypeError as e: print(e)
print(int.from_bytes([1, 2], 'big'), int.from_bytes(bytearray(b'\x01'), 'little'))
class ValidBytes:
    def __bytes__(self):
        return b'\x01'
class InvalidBytes:
    def __bytes__(self):
        return 'abc'
class MissingBytes: ...
class RaisingBytes:
    def __bytes__(self):
        1 / 0
class SubStr(str):
    pass
print(int.from_bytes(ValidBytes()), int.from_bytes(b'', SubStr('big')), int.from_bytes(b'\x00', SubStr('little')))
for x in [InvalidBytes(), MissingBytes(), RaisingBytes(), [256], (1, 2), iter([3])]:
    try:
        print(int.from_bytes(x, 'big'))
    except Exception as e:
        print(type(e).__name__, e)
