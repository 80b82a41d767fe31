# binascii: hex, base64 (lenient and strict), uuencode, quoted-printable, CRC-32 and CRC-CCITT
import binascii

for d in [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256))]:
    e = binascii.b2a_base64(d)
    print(e[:40], binascii.a2b_base64(e) == d, binascii.hexlify(d[:8]), binascii.crc32(d), binascii.crc_hqx(d, 0))
print(binascii.hexlify(b'\x01\x02\x03\x04', '-', 2), binascii.unhexlify('0aFF'),
      binascii.a2b_base64(b'YQ==YQ=='), binascii.a2b_base64('Y*Q=\n='))
for bad in [b'YQ', b'Y', b'YQ=', 'é']:
    try:
        print(binascii.a2b_base64(bad))
    except (binascii.Error, ValueError) as e:
        print(type(e).__name__, e)
for bad in [b'=YQ==', b'YQ==x', b'Y!Q==', b'YQ=a=']:
    try:
        print(binascii.a2b_base64(bad, strict_mode=True))
    except binascii.Error as e:
        print(e)
for bad in [b'abc', b'zz']:
    try:
        binascii.unhexlify(bad)
    except binascii.Error as e:
        print(e)
print(binascii.b2a_uu(b'hello world'), binascii.a2b_uu(binascii.b2a_uu(b'hello world')), binascii.b2a_uu(b'', backtick=True))
print(binascii.b2a_qp(b'caf\xe9 = ok \nline'), binascii.a2b_qp(b'caf=E9 =3D ok=\nmore'), binascii.b2a_qp(b'a b_c', header=True))
print(binascii.crc32(b'hello', 12345), binascii.b2a_hex(b'xy'), binascii.b2a_base64(b'xy', newline=False))
print(issubclass(binascii.Error, ValueError), binascii.Error.__module__)
