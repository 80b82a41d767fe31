# str(obj, encoding, errors): encoding and errors must be str, obj any bytes-like object (not a
# str); CPython's TypeErrors otherwise (str('x', 0) was an internal error).
for args in [('x', 0), ('x', 'utf-8'), (b'x', 'utf-8', 3), (1, 'utf-8'), (b'x', None),
             (bytearray(b'ab'), 'ascii'), (memoryview(b'ab'), 'ascii'), (b'\xff', 'ascii', 'replace')]:
    try:
        print(repr(str(*args)))
    except TypeError as e:
        print('TypeError', e)


class S(str):
    pass


print(repr(S(b'abc', 'ascii')), type(S(b'abc', 'ascii')).__name__)
