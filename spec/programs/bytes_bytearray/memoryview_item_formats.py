# memoryview item reads and writes of every integer and float format at their range edges, by
# positive and negative index, through bytes, bytearray and stepped views; len, tobytes and
# creation of released, read-only and sliced views (the no-View fast paths and their fallbacks).
import struct

def show(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)

EDGES = {
    'b': [-128, -1, 0, 127], 'B': [0, 1, 255], 'h': [-32768, -2, 32767], 'H': [0, 65535],
    'i': [-2**31, -5, 2**31 - 1], 'I': [0, 2**32 - 1], 'l': [-2**63, -2**53 - 1, -2**53, -1, 2**53, 2**63 - 1],
    'L': [0, 2**53 - 1, 2**53 + 1, 2**64 - 1], 'q': [-2**63, -(2**31), 2**62], 'Q': [2**64 - 1, 2**32],
    'n': [-7, 2**60], 'N': [2**63],
}
for fmt, vals in EDGES.items():
    size = struct.calcsize(fmt)
    ba = bytearray(size * len(vals))
    mv = memoryview(ba).cast(fmt)
    for k, x in enumerate(vals):
        mv[k] = x
    print(fmt, mv.tolist() == vals, [mv[k] for k in range(len(vals))], [mv[-k - 1] for k in range(len(vals))])
    print(' ', struct.unpack('%d%s' % (len(vals), fmt), bytes(ba)) == tuple(vals))
    ro = memoryview(bytes(ba)).cast(fmt)
    print(' ', [ro[k] for k in range(len(vals))] == vals)
    # out of range, wrong type, small ints near the edge
    for bad in [min(vals) - 1, max(vals) + 1, 1.5, 'x', True]:
        show('  set %r' % (bad,), lambda: (mv.__setitem__(0, bad), mv[0])[1])
    show('  set -1', lambda: (mv.__setitem__(0, -1), mv[0])[1])
    show('  set 300', lambda: (mv.__setitem__(0, 300), mv[0])[1])

for fmt in 'fd':
    mv = memoryview(bytearray(16)).cast(fmt)
    mv[0] = 3; mv[1] = -0.1
    print(fmt, mv[0], mv[1], mv[-1], mv.tolist())
    show('  set big', lambda: mv.__setitem__(0, 1e300))
    print(memoryview(struct.pack('<2' + fmt, 1.25, float('inf'))).cast(fmt).tolist())

mv = memoryview(bytearray(b'abcd')).cast('c')
mv[1] = b'Z'
show('c set int', lambda: mv.__setitem__(0, 65))
print(mv[0], mv[1], mv[-1], bytes(mv))
mv = memoryview(bytearray(3)).cast('?')
mv[0] = 5; mv[1] = 0
print(mv[0], mv[1], mv.tolist())

b = bytes(range(20))
mv = memoryview(b)
print(len(mv), mv[0], mv[19], mv[-20], mv.readonly, mv.format, mv.shape, mv.strides)
show('index 20', lambda: mv[20])
show('index -21', lambda: mv[-21])
show('ro set', lambda: mv.__setitem__(0, 1))
s = mv[2:17:3]
print(len(s), list(s), s.tobytes(), s.strides, mv[3:9].strides, mv[9:3:-2].tolist(), mv[5:5].tobytes())
ba = bytearray(range(10))
mv = memoryview(ba)
mv[-1] = 99; mv[0] = 255
show('ba set 256', lambda: mv.__setitem__(2, 256))
show('ba set -1', lambda: mv.__setitem__(2, -1))
show('ba index 10', lambda: mv.__setitem__(10, 0))
t = mv[1:9:2]
t[0] = 42; t[-1] = 43
print(ba, t.tobytes(), len(t), mv.toreadonly().tobytes())
show('readonly set', lambda: mv.toreadonly().__setitem__(0, 1))
mv.release()
for name, f in [('len', lambda: len(mv)), ('get', lambda: mv[0]), ('set', lambda: mv.__setitem__(0, 1)),
                ('tobytes', lambda: mv.tobytes()), ('slice', lambda: mv[1:])]:
    show('released ' + name, f)
print(len(memoryview(b'')), memoryview(b'').tobytes(), len(memoryview(bytearray())))
print(memoryview(b'xyz').tobytes(order='C'), memoryview(b'xyz').tobytes(None))
z = memoryview(b'\x07\x00\x00\x00').cast('i', [])
print(len(z), z[()], z.tobytes())
m2 = memoryview(bytearray(12)).cast('B', [3, 4])
print(len(m2), m2.tobytes(), m2.tolist())
print([x for x in memoryview(b'\x01\x02\xff')], [x for x in memoryview(bytearray(b'\x00\x80')).cast('b')])
class B(bytes): pass
print(memoryview(B(b'sub'))[1], memoryview(B(b'sub')).obj)
