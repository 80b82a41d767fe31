# marshal (lib/marshal.py): CPython 3.11's format. Reads what CPython wrote (the bytes below came
# from python3's marshal.dumps, with its back-references), round-trips the value types, and
# fails as CPython on short or bad data and on unmarshallable objects.
import marshal
import io

VALUES = [None, True, False, StopIteration, ..., 0, 1, -1, 2**31-1, -2**31, 2**31, -2**40, 2**100, 1.5, -0.0, float('inf'), 1+2j, 'abc', 'é€x', 'a'*300, b'bytes', (), (1, 'a', (2,)), [1, [2, 3]], {'a': 1, 2: [3]}, {1, 2}, frozenset({3}), ['x', 'x', 'x'], [(1, 2)] * 3]
CPYTHON = [
    b'N',
    b'T',
    b'F',
    b'S',
    b'.',
    b'\xe9\x00\x00\x00\x00',
    b'\xe9\x01\x00\x00\x00',
    b'\xe9\xff\xff\xff\xff',
    b'\xe9\xff\xff\xff\x7f',
    b'\xe9\x00\x00\x00\x80',
    b'\xec\x03\x00\x00\x00\x00\x00\x00\x00\x02\x00',
    b'\xec\xfd\xff\xff\xff\x00\x00\x00\x00\x00\x04',
    b'\xec\x07\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x00\x04',
    b'\xe7\x00\x00\x00\x00\x00\x00\xf8?',
    b'\xe7\x00\x00\x00\x00\x00\x00\x00\x80',
    b'\xe7\x00\x00\x00\x00\x00\x00\xf0\x7f',
    b'\xf9\x00\x00\x00\x00\x00\x00\xf0?\x00\x00\x00\x00\x00\x00\x00@',
    b'\xda\x03abc',
    b'\xf5\x06\x00\x00\x00\xc3\xa9\xe2\x82\xacx',
    b'\xc1,\x01\x00\x00aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
    b'\xf3\x05\x00\x00\x00bytes',
    b'\xa9\x00',
    b'\xa9\x03\xe9\x01\x00\x00\x00\xda\x01a)\x01\xe9\x02\x00\x00\x00',
    b'\xdb\x02\x00\x00\x00\xe9\x01\x00\x00\x00[\x02\x00\x00\x00\xe9\x02\x00\x00\x00\xe9\x03\x00\x00\x00',
    b'\xfb\xda\x01a\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00[\x01\x00\x00\x00\xe9\x03\x00\x00\x000',
    b'\xbc\x02\x00\x00\x00\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00',
    b'\xbe\x01\x00\x00\x00\xe9\x03\x00\x00\x00',
    b'\xdb\x03\x00\x00\x00\xda\x01xr\x01\x00\x00\x00r\x01\x00\x00\x00',
    b'\xdb\x03\x00\x00\x00\xa9\x02\xe9\x01\x00\x00\x00\xe9\x02\x00\x00\x00r\x01\x00\x00\x00r\x01\x00\x00\x00',
]

for v, data in zip(VALUES, CPYTHON):
    got = marshal.loads(data)
    print(repr(got)[:40], type(got).__name__, got == v or got != got)
    back = marshal.loads(marshal.dumps(v))
    print("  round trip", type(back).__name__, repr(back) == repr(v))

shared = marshal.loads(CPYTHON[-1])
print(shared, shared[0] is shared[1])
print(marshal.loads(marshal.dumps(True)) is True, marshal.loads(marshal.dumps(StopIteration)) is StopIteration)
print(marshal.loads(b"N extra bytes"), marshal.version)
f = io.BytesIO()
marshal.dump([1, "two", 3.0], f)
marshal.dump({"k": (4,)}, f)
f.seek(0)
print(marshal.load(f), marshal.load(f))
print(marshal.loads(bytearray(marshal.dumps("ba"))), marshal.loads(memoryview(marshal.dumps(7))))
for bad in (b"", b"i\x01", b"?", b"\xda\x05ab", b"r\x00\x00\x00\x00"):
    try:
        marshal.loads(bad)
        print("no error")
    except (EOFError, ValueError, TypeError) as e:
        print(type(e).__name__)
for obj in (object(), [1, object()], len):
    try:
        marshal.dumps(obj)
        print("no error")
    except ValueError as e:
        print("ValueError", e)

