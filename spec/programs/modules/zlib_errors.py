# zlib's errors as CPython words them: truncated and corrupt streams, bad parameters, streams
# used after their end; crc32/adler32 with start values and bad arguments.
import zlib

good = zlib.compress(b'spam and eggs ' * 50)


def attempt(f):
    try:
        r = f()
        print('ok', r if not isinstance(r, bytes) else len(r))
    except Exception as e:
        print(type(e).__name__, e)


for cut in (0, 1, 2, 5, len(good) - 4, len(good) - 1):
    attempt(lambda: zlib.decompress(good[:cut]))
bad = bytearray(good)
bad[-1] ^= 1
attempt(lambda: zlib.decompress(bytes(bad)))
attempt(lambda: zlib.decompress(b'\x78\x9d' + good[2:]))
attempt(lambda: zlib.decompress(b'\x07\x00', -15))
attempt(lambda: zlib.decompress(b'\x01\x00\x00\x00\x00', -15))
attempt(lambda: zlib.decompress(b'\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03', 31))
attempt(lambda: zlib.decompress(good, 7))
attempt(lambda: zlib.decompress(good, 15, -1))
attempt(lambda: zlib.compress(b'x', 10))
attempt(lambda: zlib.compressobj(1, memLevel=10))
attempt(lambda: zlib.decompressobj(7))
attempt(lambda: zlib.decompressobj().decompress(b'x', -1))
attempt(lambda: zlib.decompressobj().flush(0))
attempt(lambda: zlib.compressobj().flush(9))
attempt(lambda: zlib.compress('text'))
attempt(lambda: zlib.compressobj(zdict=1))
c = zlib.compressobj()
c.compress(b'abc')
c.flush()
attempt(lambda: c.compress(b'abc'))
attempt(lambda: c.flush())
attempt(lambda: c.copy())
d = zlib.decompressobj()
d.decompress(good)
d.flush()
attempt(lambda: d.copy())
d = zlib.decompressobj()
attempt(lambda: d.decompress(good[:20]))
attempt(lambda: d.flush())
print(d.eof)
print(zlib.crc32(b'hello'), zlib.crc32(b'hello', 12345), zlib.crc32(b'', -1), zlib.crc32(b'a' * 100000))
print(zlib.adler32(b'hello'), zlib.adler32(b'hello', 12345), zlib.adler32(b'', -1), zlib.adler32(b'a' * 100000))
attempt(lambda: zlib.crc32('x'))
print(zlib.ZLIB_VERSION, zlib.ZLIB_RUNTIME_VERSION, zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL)
print(zlib.Z_NO_FLUSH, zlib.Z_PARTIAL_FLUSH, zlib.Z_SYNC_FLUSH, zlib.Z_FULL_FLUSH, zlib.Z_FINISH, zlib.Z_BLOCK, zlib.Z_TREES)
print(type(zlib.compressobj()).__name__, type(zlib.decompressobj()).__name__, issubclass(zlib.error, Exception))
