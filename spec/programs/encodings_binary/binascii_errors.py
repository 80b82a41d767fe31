# binascii's argument handling and error messages (clinic's wording per function, buffers vs
# ASCII str, non-contiguous views, C int ranges) and the module's names
import array
import binascii as b
calls = [
 "b.a2b_uu()", "b.a2b_uu(b'', b'')", "b.a2b_uu(data=b'')",
 "b.b2a_uu()", "b.b2a_uu(b'', True)", "b.b2a_uu(b'', backtick='x')", "b.b2a_uu(b'', backtick=2**40)", "b.b2a_uu(b'', foo=1)", "b.b2a_uu(data=b'')",
 "b.a2b_base64()", "b.a2b_base64(b'', 1)", "b.a2b_base64(b'', strict_mode=1.5)", "b.b2a_base64(b'', newline=None)",
 "b.crc32()", "b.crc32(b'', 1, 2)", "b.crc32(b'', 1.5)", "b.crc32(b'', -1)", "b.crc32(b'', 2**70+5)", "b.crc32('abc')", "b.crc32(data=b'')",
 "b.crc_hqx(b'')", "b.crc_hqx(b'', -1)", "b.crc_hqx(b'', 2**40+7)",
 "b.hexlify()", "b.hexlify(b'ab', None)", "b.hexlify(b'ab', 1)", "b.hexlify(b'ab', '')", "b.hexlify(b'ab', 'ab')", "b.hexlify(b'ab', '\xe9')", "b.hexlify(b'abc', b':', 2)", "b.hexlify(b'abc', ':', -2)", "b.hexlify(data=b'abc', sep='-', bytes_per_sep=1)", "b.hexlify(b'abc', bytes_per_sep=2)", "b.hexlify(b'a', 'x', 1, 2)", "b.hexlify(b'abc', '-', 1.5)", "b.hexlify(b'abc', '-', 2**64)", "b.b2a_hex(b'abc', '-', 0)",
 "b.unhexlify()", "b.unhexlify('abc')", "b.unhexlify('zz')", "b.unhexlify('\xe9\xe9')", "b.unhexlify(5)", "b.unhexlify(hexstr='ab')", "b.a2b_hex(b'AbCd')",
 "b.a2b_qp()", "b.a2b_qp(b'a', 1, 2)", "b.a2b_qp(data=b'a_b', header=True)", "b.a2b_qp(b'', foo=1)",
 "b.b2a_qp()", "b.b2a_qp(b'a', 1, 1, 1, 1)", "b.b2a_qp(data=b'a b', header=True)", "b.b2a_qp('x')",
 "b.b2a_base64('x')", "b.b2a_base64(5)", "b.a2b_base64(5)", "b.a2b_base64('\xe9')", "b.a2b_base64(memoryview(b'abcd')[::2])", "b.b2a_base64(memoryview(b'abcd')[::2])",
 "b.a2b_base64(b'a')", "b.a2b_base64(b'ab')", "b.a2b_base64(b'abcde')", "b.a2b_base64(b'=ab', strict_mode=True)", "b.a2b_base64(b'ab==c', strict_mode=True)", "b.a2b_base64(b'ab!c', strict_mode=True)", "b.a2b_base64(b'ab=c=', strict_mode=True)",
 "b.b2a_uu(b'x'*46)", "b.a2b_uu(b'!!!!')",
 "b.Error.__mro__", "b.Incomplete.__mro__", "b.Error.__module__", "repr(b.Error('x'))", "b.__name__", "sorted(x for x in dir(b) if not x.startswith('__'))", "b.crc32.__name__", "b.b2a_hex.__name__", "b.hexlify", "b.crc32.__module__", "b.a2b_uu(bytes([255, 0]))", "b.a2b_uu(bytes([255]))", "b.hexlify(b'ab', '\u0100')", "b.hexlify(b'ab', bytearray(b'-'))", "b.hexlify(b'ab', [1])", "b.b2a_hex(array.array('I', [1, 2]))", "b.crc32(array.array('h', [1, -1]))", "b.a2b_base64(array.array('B', b'YWJj'))",
]
for c in calls:
    try:
        r = eval(c)
        print(c, '->', repr(r))
    except BaseException as e:
        print(c, '!!', type(e).__name__, e)
