# zlib.compress and compressobj give CPython's exact bytes (zlib 1.2.13's deflate) at every
# level and strategy, for text, random bytes, runs and empty input, with zlib/raw/gzip wrappers.
import hashlib
import random
import zlib

r = random.Random(2024)
words = [bytes(r.choice(b'abcdefgh ') for _ in range(r.randint(1, 7))) for _ in range(80)]
inputs = {
    'empty': b'',
    'one': b'x',
    'text': b' '.join(r.choice(words) for _ in range(6000)),
    'random': r.randbytes(3000),
    'runs': b''.join(bytes([r.randrange(4)]) * r.randint(1, 400) for _ in range(200)),
}


def digest(b):
    return hashlib.md5(b).hexdigest()[:10]


for name, data in inputs.items():
    row = []
    for level in range(-1, 10):
        c = zlib.compress(data, level)
        assert zlib.decompress(c) == data
        row.append('%d:%s' % (len(c), digest(c)))
    print(name, ' '.join(row))
    for strategy in (zlib.Z_FILTERED, zlib.Z_HUFFMAN_ONLY, zlib.Z_RLE, zlib.Z_FIXED):
        c = zlib.compressobj(6, zlib.DEFLATED, 15, 8, strategy)
        out = c.compress(data) + c.flush()
        print(' strategy', strategy, len(out), digest(out))
    for wbits in (-15, 31, 9, -9):
        c = zlib.compressobj(9, zlib.DEFLATED, wbits, 9)
        out = c.compress(data) + c.flush()
        assert zlib.decompress(out, wbits) == data
        print(' wbits', wbits, len(out), digest(out))
print(zlib.compress(b'hello hello hello').hex())
print(zlib.compress(b'hello', 0).hex())
print(zlib.compress(b'abc', wbits=-15).hex(), zlib.compress(b'abc', 1, 31).hex())
