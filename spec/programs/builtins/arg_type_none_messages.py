# A bad argument's type in Argument Clinic's messages: "None" for None (CPython's
# _PyArg_BadArgument), the type's name for anything else; __import__'s and str.center's own words.
import unicodedata, array, io
cases = [lambda: 'a'.encode(None), lambda: 'a'.encode('ascii', None), lambda: b'a'.decode(None),
         lambda: b'a'.decode('ascii', None), lambda: 'a'.encode(1), lambda: b'a'.decode(b'x'),
         lambda: bytes('a', None), lambda: bytes('a', 'ascii', None), lambda: open('x', None),
         lambda: unicodedata.name(None), lambda: unicodedata.name(3), lambda: (1).to_bytes(1, None),
         lambda: format(1, None), lambda: format(1, 2), lambda: type(None, (), {}),
         lambda: array.array('u').fromunicode(None), lambda: bytes.fromhex(None), lambda: bytes.fromhex(1),
         lambda: io.StringIO().write(None), lambda: bytearray('a', None), lambda: str(b'a', None),
         lambda: __import__(None), lambda: __import__(1), lambda: __import__(b'os')]
for fill in [None, 1, 'ab', '', b'x']:
    for meth in ['center', 'ljust', 'rjust']:
        cases.append(lambda meth=meth, fill=fill: getattr('a', meth)(3, fill))
for c in cases:
    try:
        c()
    except TypeError as e:
        print(e)
print('a'.center(5, '*'), 'a'.ljust(3, '\u20ac'), 'a'.rjust(3, '\U0001f600') == '\U0001f600' * 2 + 'a')
