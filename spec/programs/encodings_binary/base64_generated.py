# base64 against CPython on generated inputs: every codec's encode/decode round trip, Base85/
# Ascii85 options (pad, foldspaces, wrapcol, adobe, z/y), bad padding and digits, type errors
import base64, binascii
seed = 12345
def rnd(n):
    global seed
    out = bytearray()
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7fffffff
        out.append(seed >> 16 & 0xff)
    return bytes(out)
def show(name, f, *a, **k):
    try:
        r = f(*a, **k)
        print(name, 'ok', r if len(repr(r)) < 200 else (len(r), hash(bytes(r)) if False else binascii.crc32(r)))
    except Exception as e:
        print(name, type(e).__name__, e)
datas = [b'', b'\0', b'\0\0\0\0', b'    ', b'\0\0\0\0\0\0\0\0a'] + [rnd(n) for n in range(0, 24)] + [rnd(1000), rnd(4099)]
for i, d in enumerate(datas):
    for fn in ('b64encode', 'b32encode', 'b32hexencode', 'b16encode', 'b85encode', 'a85encode', 'encodebytes', 'urlsafe_b64encode'):
        e = getattr(base64, fn)(d)
        show(f'{i} {fn}', lambda: e)
        dec = fn.replace('encode', 'decode')
        show(f'{i} {dec}', lambda: getattr(base64, dec)(e) == d)
    show(f'{i} b85pad', base64.b85encode, d, pad=True)
    show(f'{i} a85 opts', base64.a85encode, d, foldspaces=True, wrapcol=7, pad=True, adobe=True)
    show(f'{i} a85 rt', lambda: base64.a85decode(base64.a85encode(d, foldspaces=True, wrapcol=7, adobe=True), foldspaces=True, adobe=True) == d)
    show(f'{i} a85 z', base64.a85decode, base64.a85encode(d) + b'z')
bad = [b'abc', b'ab=c', b'====', b'A=======', b'AA======', b'AAA=====', b'AAAA====', b'AAAAA===', b'AAAAAA==', b'AAAAAAA=', b'a1234567', b'AB!CDEFG', b'ABCDEFGH', b'MZXW6===']
for s in bad:
    for dec in ('b32decode', 'b32hexdecode', 'b64decode', 'b16decode', 'b85decode', 'a85decode'):
        show(f'bad {s} {dec}', getattr(base64, dec), s)
    show(f'bad {s} b32 casefold', base64.b32decode, s.lower(), casefold=True)
    show(f'bad {s} b32 map01', base64.b32decode, s, map01=b'L')
    show(f'bad {s} b64 validate', base64.b64decode, s, validate=True)
for s in [b'z', b'!!z', b'!!!!!z', b'y', b'!!!!!y', b'!!y!!', b'<~!!~>', b'!!!!!~', b's8W-"', b's8W-!', b'uuuuu', b'~~~~~', b'|NsC0', b'|NsC1', b'0 1', b'!! !!\n!', b'z!!z', b'zzz', b'!!!!!zy']:
    show(f'a85 {s}', base64.a85decode, s)
    show(f'a85fs {s}', base64.a85decode, s, foldspaces=True)
    show(f'a85ign {s}', base64.a85decode, s, ignorechars=b'!z')
    show(f'b85 {s}', base64.b85decode, s)
show('a85 adobe bad', base64.a85decode, b'abc', adobe=True)
show('b64 alt', base64.b64encode, b'\xd3V\xbeo\xf7\x1d', altchars=b'*$')
show('b64 alt str', base64.b64encode, b'', altchars='*$')
for bad in ([], 'abc', 5, memoryview(b'abcd').cast('B', (2, 2)), memoryview(b'abcd').cast('I')):
    for fn in ('b64encode', 'b32encode', 'b16encode', 'b85encode', 'a85encode', 'encodebytes', 'decodebytes', 'b64decode', 'b32decode'):
        show(f'type {type(bad).__name__} {fn}', getattr(base64, fn), bad)
