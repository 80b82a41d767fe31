# UnicodeEncodeError/DecodeError/TranslateError check their arguments as CPython 3.11 does
# (exactly 5 or 4, str where a str is due, indexes for start and end; a decode error keeps a
# bytes copy of a bytes-like object), and subclasses construct the same way.
cases = [
    (UnicodeEncodeError, ()), (UnicodeEncodeError, (1, 'a', 0, 1, 'r')), (UnicodeEncodeError, ('a', 'a', 0, 1)),
    (UnicodeEncodeError, ('a', b'a', 0, 1, 'r')), (UnicodeEncodeError, ('a', 'a', 0, 1, None)),
    (UnicodeDecodeError, ('a', 'a', 0, 1, 'r')), (UnicodeDecodeError, ('a', bytearray(b'x'), 0, 1, 'r')),
    (UnicodeDecodeError, ('a', memoryview(b'xy'), 0, 1, 'r')), (UnicodeDecodeError, ('a', b'x', 0, 1, 5)),
    (UnicodeTranslateError, ('a', 0, 1)), (UnicodeTranslateError, (b'a', 0, 1, 'r')),
    (UnicodeTranslateError, ('\u20ac', 0, 1, 'r')), (UnicodeEncodeError, ('a', 'b', '0', 1, 'r')),
    (UnicodeEncodeError, ('ascii', 'b\xe9', True, 2, 'r')), (UnicodeDecodeError, ('utf-8', b'\xff', 0, 1.0, 'r')),
]
for cls, args in cases:
    try:
        e = cls(*args)
        print(cls.__name__, e.args[0], type(e.object).__name__, e.start, type(e.start).__name__, e.end, str(e))
    except TypeError as x:
        print(cls.__name__, 'TypeError', x)

class MyError(UnicodeDecodeError):
    pass

e = MyError('utf-8', bytearray(b'\xff\xfe'), 0, 2, 'bad')
print(repr(e), type(e.object).__name__, str(e))
try:
    MyError('x')
except TypeError as x:
    print('TypeError', x)
try:
    UnicodeEncodeError('a', 'b', 0, 1, reason='r')
except TypeError as x:
    print('TypeError', x)
