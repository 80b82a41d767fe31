# str.encode() and bytes.decode() in UTF-8, ASCII and Latin-1 of ASCII text take a copy of the
# units (vm/objects/str_fast.ts encodeAscii/decodeAscii); everything else the codec path. Both
# must give CPython's results: values, types, shared one-character strs, and errors.
texts = ['', 'a', 'ab', 'hello world', 'x' * 1000, '\x7f\x00\n', 'caf\xe9', '\u20ac1', '\U0001f600',
         'a\ud800b', '\udc80']
for t in texts:
    for args in [(), ('utf-8',), ('utf8',), ('UTF-8',), ('ascii',), ('latin-1',), ('iso-8859-1',),
                 ('utf_8',), ('utf-8-sig',), ('utf-16-le',), ('ascii', 'replace'), ('latin-1', 'xmlcharrefreplace')]:
        try:
            r = t.encode(*args)
            print(repr(t[:12]), args, type(r).__name__, r[:24], len(r))
        except UnicodeError as e:
            print(repr(t[:12]), args, type(e).__name__, e)

datas = [b'', b'a', b'ab', b'hello', b'\x00\x7f', b'\x80', b'caf\xc3\xa9', b'\xff\xfe', b'\xef\xbb\xbfhi', bytes(range(256))]
for d in datas:
    for args in [(), ('utf-8',), ('ascii',), ('latin-1',), ('latin1',), ('ISO-8859-1',), ('us-ascii',),
                 ('utf-8-sig',), ('utf-8', 'ignore'), ('ascii', 'replace')]:
        try:
            r = d.decode(*args)
            print(d[:8], args, type(r).__name__, ascii(r[:20]), len(r))
        except UnicodeError as e:
            print(d[:8], args, type(e).__name__, e)

# one-character and empty results are CPython's shared strs
a, e, z, empty = chr(97), chr(0xe9), chr(122), str()
print(b'a'.decode() is a, b''.decode() is empty, b'\xe9'.decode('latin-1') is e, b'z'.decode('ascii') is z)


class S(str):
    pass


class B(bytes):
    pass


print(type(S('abc').encode()).__name__, S('abc').encode(), S('abc').encode('ascii'))
print(type(B(b'abc').decode()).__name__, B(b'abc').decode(), B(b'xyz').decode('latin-1'))
print(bytearray(b'abc').decode(), bytearray(b'\xe9').decode('latin-1'), memoryview(b'abc').tobytes().decode())
print('abc'.encode(encoding='ascii'), b'abc'.decode(encoding='ascii', errors='strict'), 'abc'.encode(errors='strict'))
for bad in [lambda: 'abc'.encode(b'ascii'), lambda: b'abc'.decode(1),
            lambda: 'abc'.encode('nope'), lambda: b'abc'.decode('nope'), lambda: str.encode(b'abc'),
            lambda: bytes.decode('abc'), lambda: bytes.decode(bytearray(b'a')), lambda: 'a'.encode('ascii', 'strict', 1)]:
    try:
        print(bad())
    except (TypeError, LookupError) as e:
        print(type(e).__name__, e)
print(str.encode('abc'), bytes.decode(b'abc'), str.encode('abc', 'utf-8'), bytes.decode(b'abc', 'ascii'))
for d in [b'', b'a', b'abc', b'\xe9t\xe9', B(b'sub')]:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf_8', 'UTF8']:
        try:
            print(ascii(str(d, enc)), type(str(d, enc)).__name__)
        except UnicodeError as e:
            print(type(e).__name__, e)
print(str(b'x', 'ascii') is chr(120), str(bytearray(b'ab'), 'ascii'), str(memoryview(b'ab'), 'latin-1'))
try:
    str(b'a', None)
except TypeError as e:
    print(e)
total = 0
for i in range(2000):
    s = 'k%d' % i
    b = s.encode()
    total += len(b) + len(b.decode()) + (b.decode('ascii') == s)
print(total)
