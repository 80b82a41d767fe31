# zlib compressobj/decompressobj streams: flush modes, copy(), zdict, small input chunks,
# max_length with unconsumed_tail, unused_data after the end, eof, and decompressing in pieces.
import zlib

data = b''.join(b'line %d: the quick brown fox jumps over the lazy dog\n' % i for i in range(3000))

c = zlib.compressobj(6)
parts = []
for i in range(0, len(data), 5000):
    parts.append(c.compress(data[i:i + 5000]))
    if i == 10000:
        parts.append(c.flush(zlib.Z_SYNC_FLUSH))
    if i == 20000:
        parts.append(c.flush(zlib.Z_FULL_FLUSH))
    if i == 30000:
        c2 = c.copy()
parts.append(c.flush())
print([len(p) for p in parts])
stream = b''.join(parts)
tail = c2.flush()
print(len(tail), zlib.decompress(b''.join(parts[:-1]) + tail) == data[:35000])
print(zlib.decompress(stream) == data)
print(parts[3][-4:].hex(), parts[5][-4:].hex())

for chunk, maxlen in [(1, 0), (37, 0), (4096, 100), (100000, 5000)]:
    d = zlib.decompressobj()
    out = []
    for i in range(0, len(stream), chunk):
        out.append(d.decompress(stream[i:i + chunk], maxlen))
        while d.unconsumed_tail:
            assert len(out[-1]) <= maxlen
            out.append(d.decompress(d.unconsumed_tail, maxlen))
    out.append(d.flush())
    print(chunk, maxlen, b''.join(out) == data, d.eof, d.unused_data)

d = zlib.decompressobj()
print(len(d.decompress(stream + b'extra bytes')), d.eof, d.unused_data)
print(d.decompress(b'more'), d.unused_data)

zd = b'the quick brown fox jumps over the lazy dog'
c = zlib.compressobj(9, zdict=zd)
z = c.compress(data[:500]) + c.flush()
print(len(z), z[:6].hex())
print(zlib.decompressobj(zdict=zd).decompress(z) == data[:500])
try:
    zlib.decompressobj().decompress(z)
except zlib.error as e:
    print('error', e)

g = zlib.compressobj(wbits=31)
gz = g.compress(data) + g.flush()
print(gz[:10].hex(), zlib.decompress(gz, 47) == data, zlib.decompress(gz, 31) == data)
raw = zlib.compress(data, wbits=-15)
print(zlib.decompressobj(-15).decompress(raw) == data)
