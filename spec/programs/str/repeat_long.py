# Long repetitions of str, bytes, bytearray and array.array (copied once, then doubled in place:
# vm/objects/unit_loops.ts repeatUnits, seq_repeat.ts repeatBytes): lengths 1 to 7 and counts
# that are and are not powers of two, lone surrogates meeting across the copies, astral text,
# *=, zero and negative counts, subclasses, and the identity of an exact str times 1.
import array, hashlib

def h(b):
    return hashlib.sha1(b).hexdigest()[:12]

for unit in ('7', 'ab', 'xyz', 'abcdefg', '\u00e9\u4e2d', '\udc00\ud800', '\U0001f600', 'a\U0001f600'):
    for n in (1, 2, 3, 1000, 1024, 4097, 100003):
        s = unit * n
        print(repr(unit), n, len(s), s[:5] == (unit * 5)[:5], s[-3:] == (unit * 3)[-3:], h(s.encode('utf-8', 'surrogatepass')))
print(len('7' * 1200000), ('ab' * 3000000)[5999999], ('' * 10 ** 9), repr('x' * 0), repr('x' * -3))
s = 'abc'
print(s * 1 is s, (s * 1) * 2, 2 * s, type(S := type('S', (str,), {})('q') * 3).__name__)
for unit in (b'7', b'ab', b'\x00\xff\x10', bytes(range(7))):
    for n in (1, 3, 1024, 4097, 100003):
        b = unit * n
        ba = bytearray(unit) * n
        c = bytearray(unit); c *= n
        a = array.array('B', unit) * n
        print(unit, n, len(b), h(b), h(bytes(ba)), bytes(c) == b, a.tobytes() == b, type(ba).__name__)
print(b'x' * 0, bytearray(b'x') * -1, array.array('i', [1, 2]) * 3, array.array('d', [0.5]) * 2)
ai = array.array('i', range(5)) * 1000
print(len(ai), ai[4999], sum(ai))
big = b'\xab' * 5000000
print(len(big), big[4999999], h(big))
try:
    'x' * (2 ** 62)
except (OverflowError, MemoryError) as e:
    print(type(e).__name__)
