# binascii against CPython on generated inputs: quoted-printable both ways (quotetabs, istext,
# header, soft breaks, CRLF detection), uuencode, base64 (strict and lenient), hexlify with
# separators, unhexlify, crc32/crc_hqx, arrays; errors print their class and message
import binascii, array
seed = 4242
def r(n):
    global seed
    seed = (seed * 1103515245 + 12345) & 0x7fffffff
    return (seed >> 8) % n
PIECES = [b'a', b' ', b'\t', b'\n', b'\r\n', b'\r', b'=', b'.', b'_', b'\x00', b'\xff', b'\x7f', b'~', b'A', b'=4', b'=4F', b'=\n', b'x' * 70, b'=g1', b'==']
def rdata(n):
    return b''.join(PIECES[r(len(PIECES))] for _ in range(n))
def show(name, f, *a, **k):
    try:
        print(name, repr(f(*a, **k)))
    except Exception as e:
        print(name, '!', type(e).__name__, e)
for case in range(120):
    d = rdata(r(40))
    show(f'{case} qp', binascii.b2a_qp, d, quotetabs=bool(r(2)), istext=bool(r(2)), header=bool(r(2)))
    show(f'{case} a2bqp', binascii.a2b_qp, d, header=bool(r(2)))
    show(f'{case} a2bqp str', binascii.a2b_qp, d.decode('latin-1'))
    show(f'{case} uu', binascii.b2a_uu, d[:45], backtick=bool(r(2)))
    show(f'{case} a2buu', binascii.a2b_uu, d[:60])
    show(f'{case} uurt', lambda: binascii.a2b_uu(binascii.b2a_uu(d[:45], backtick=bool(r(2)))) == d[:45])
    show(f'{case} b64', binascii.b2a_base64, d, newline=bool(r(2)))
    show(f'{case} a2b64', binascii.a2b_base64, d, strict_mode=bool(r(2)))
    show(f'{case} hex', binascii.hexlify, d, [b'-', ':', '\xe9', b'\xe9'][r(4)], r(9) - 4)
    show(f'{case} unhex', binascii.unhexlify, d[:8])
    show(f'{case} crc', binascii.crc32, d, r(1 << 30))
    show(f'{case} hqx', binascii.crc_hqx, d, r(1 << 17))
    show(f'{case} arr', binascii.crc32, array.array('B', d))
b64s = [b'', b'=', b'a=', b'ab=', b'ab==', b'abc=', b'abcd=', b'ab=c', b'ab==cd', b'a!b@c#d', b'ab\ncd\n', b'YWJj\nZA==\n', b'abcd===', b'ab=\n=']
for s in b64s:
    for sm in (False, True):
        show(f'b64 {s} {sm}', binascii.a2b_base64, s, strict_mode=sm)
show('uu empty', binascii.a2b_uu, b'')
show('uu str', binascii.a2b_uu, ' \n')
show('uu spaces', binascii.a2b_uu, b'#86)C   \n')
show('uu trailing', binascii.a2b_uu, b'!86)C!\n')
show('mv', binascii.b2a_base64, memoryview(b'abcdef')[1:4])
show('mv2d', binascii.b2a_base64, memoryview(b'abcdef').cast('B', (2, 3)))
show('mv released', lambda: binascii.b2a_hex((lambda m: (m.release(), m)[1])(memoryview(b'ab'))))
show('ba', binascii.b2a_hex, bytearray(b'\x01\x02'))
show('qp big', lambda: binascii.b2a_qp(b'a' * 200 + b' \n' + b'b' * 80 + b'\t'))
show('qp crlf', lambda: binascii.b2a_qp(b'x \r\ny\t\r\n' + b'z' * 100))
