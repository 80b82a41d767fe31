# base64's Base32 (b32encode/b32decode/b32hexencode/b32hexdecode) through the native helper: every
# length 0-12 and a long input, both alphabets, str and buffer arguments, casefold and map01,
# and each error (type, message) in CPython's order.
import array
import base64
import binascii

data = bytes(range(256)) * 3
for n in list(range(13)) + [255, 768]:
    chunk = data[:n]
    e = base64.b32encode(chunk)
    h = base64.b32hexencode(chunk)
    assert base64.b32decode(e) == chunk and base64.b32hexdecode(h) == chunk, n
    print(n, e if n < 13 else (len(e), e[-16:]), h if n < 13 else (len(h), h[-16:]))

print(base64.b32encode(bytearray(b'abc')), base64.b32encode(memoryview(b'abcdef')[1:]))
print(base64.b32encode(array.array('H', [1, 2, 3])))
print(base64.b32decode('MFRGG==='), base64.b32decode(bytearray(b'MFRGG===')))
print(base64.b32decode(b'mfrgg===', casefold=True), base64.b32hexdecode(b'c5h66===', casefold=True))
print(base64.b32decode(b'MFRGGZDF', map01=b'L'), base64.b32decode(b'0I======', map01=b'I'))
print(base64.b32decode(b'01======', map01='L'))

def err(f, *a, **k):
    try:
        print('ok', f(*a, **k))
    except Exception as e:
        print(type(e).__name__, e)

err(base64.b32encode, 'abc')
err(base64.b32encode, 12)
err(base64.b32decode, 12)
err(base64.b32decode, 'MFRGG==\u00e9')
for bad in [b'MFRGG==', b'MFRGG=A=', b'MFRG====', b'M=======', b'========', b'MFRGGZD=', b'mfrgg===',
            b'MFRGG1==', b'AB======', b'MFRGG===MFRGG===', b'MFRGGZDFMZTW====', b'MFRGG=======',
            b'MFRGGZ==', b'MFRGGZDF']:
    err(base64.b32decode, bad)
err(base64.b32hexdecode, b'W0======')
err(base64.b32decode, b'')
err(base64.b32hexdecode, b'')
print(isinstance(binascii.Error('x'), ValueError))
