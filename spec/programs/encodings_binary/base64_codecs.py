# base64: Base64 (standard, URL-safe, alternative characters, validation), Base32 and base32hex,
# Base16, Base85, Ascii85 and the MIME line helpers, with their errors
import base64
import io

samples = [b'', b'f', b'fo', b'foo', b'foob', b'fooba', b'foobar', bytes(range(250, 256)) * 3]
for s in samples:
    row = [base64.b64encode(s), base64.urlsafe_b64encode(s), base64.b32encode(s),
           base64.b32hexencode(s), base64.b16encode(s), base64.b85encode(s), base64.a85encode(s)]
    print(row)
    assert base64.b64decode(row[0]) == s and base64.urlsafe_b64decode(row[1]) == s
    assert base64.b32decode(row[2]) == s and base64.b32hexdecode(row[3]) == s
    assert base64.b16decode(row[4]) == s and base64.b85decode(row[5]) == s and base64.a85decode(row[6]) == s
print(base64.b64encode(b'\xfb\xff', altchars=b'-_'), base64.b64decode('+/+/', altchars='-_'))
print(base64.b64decode(b'Zm9v\nYmFy'), base64.b32decode('mzxw6===', casefold=True), base64.b32decode('MZXW1===', map01='L'))
print(base64.a85encode(b'hello world', adobe=True, wrapcol=10), base64.a85encode(b'    \0\0\0\0', foldspaces=True))
print(base64.b85encode(b'abc', pad=True), base64.a85decode(b'<~BOu!rD]j7BEbo7~>', adobe=True))
print(base64.encodebytes(b'x' * 100))
print(base64.decodebytes(base64.encodebytes(bytes(range(100)))) == bytes(range(100)))
out = io.BytesIO()
base64.encode(io.BytesIO(b'stream data' * 10), out)
print(out.getvalue())
for bad in [lambda: base64.b64decode(b'Zm9v!', validate=True), lambda: base64.b64decode(b'Zm9'),
            lambda: base64.b32decode(b'MZXW6'), lambda: base64.b32decode(b'mzxw6==='),
            lambda: base64.b16decode(b'ab'), lambda: base64.b64encode('text'),
            lambda: base64.b85decode(b'|NsC0~'), lambda: base64.a85decode(b'xyz{'),
            lambda: base64.b64decode('é')]:
    try:
        print(bad())
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
