# hash() of str, bytes, tuples and small ints is an int built from the 64-bit hash's two 32-bit
# halves (h26-hash: no BigInt): every size of result behaves as an int (small, below 2**53, big,
# negative), arithmetic on it agrees with CPython's, and the values are CPython's under the
# goldens' PYTHONHASHSEED=0. Dicts and sets of equal strs of every kind, colliding keys and str
# subclasses with their own __hash__ find each other as in CPython.
import sys

hs = [hash('w%d' % i) for i in range(30000)]
small = [h for h in hs if -2**30 <= h < 2**30]
medium = [h for h in hs if -2**53 < h < 2**53]
print(len(small), len(medium), sum(medium) % 1000003, min(hs), max(hs))
print(sum(hs) % (2**61 - 1), sum(h >> 32 for h in hs) % 999983, sum(h & 0xffffffff for h in hs) % 999983)
print(sum(1 for h in hs if h < 0), sum(h % 7 for h in hs), sum(abs(h) >> 40 for h in hs) % 1000)
print([type(h).__name__ for h in hs[:3]], all(h == int(str(h)) for h in hs[:500]))
print(sorted(medium)[:4], sorted(hs)[:2], sorted(hs)[-2:])
print(hash(-1), hash(-2), hash(0), hash(1), hash(2**30 - 1), hash(-2**30), hash(2**30), hash(-1) == (-1).__hash__())
print(hash('a') == 'a'.__hash__() == str.__hash__('a'), hash(b'a') == bytes.__hash__(b'a'), hash(('a', 1)) == tuple.__hash__(('a', 1)))
print(int.__hash__(-1), int.__hash__(5), int.__hash__(True))
print([hash(b'x' * n) for n in range(0, 18, 3)])
print([hash(('k', n)) for n in range(4)], hash((b'ab', ('c', b'd'))), hash(()))
bs = [hash(('w%d' % i).encode()) for i in range(3000)]
print(bs == hs[:3000], sum(bs) % 1000003)


# equal strs of every kind (latin-1, BMP, astral) and made every way are one key
keys = ['abc', 'é' * 3, 'Ωλφα', '\U0001f600x', 'x\U0001f600', '\ud800', 'a' * 100]
d = {k: i for i, k in enumerate(keys)}
built = [''.join(list(k)) for k in keys] + [k[:1] + k[1:] for k in keys]
print([d[k] for k in built], all(hash(a) == hash(b) for a, b in zip(keys, built)))
s = set(keys) | set(built)
print(len(s), sorted(len(k) for k in s))


class S(str):
    pass


class H(str):
    def __hash__(self):
        return 42


class E(str):
    def __eq__(self, other):
        return True

    __hash__ = str.__hash__


d = {S('abc'): 1, 'Ωλφα': 2}
print(d['abc'], d[S('Ωλφα')], S('abc') in {'abc'}, 'abc' in {S('abc')}, hash(S('é')) == hash('é'))
h = {H('abc'): 1}
print('abc' in h, H('abc') in h, hash(H('x')), H('abc') == 'abc', {'abc': 1}.get(H('abc')))
e = {E('p'): 1}
print('p' in e, 'q' in e, E('zz') in {'zz'}, len({E('a'), 'a'}), len({'a', E('a')}))


# colliding table hashes: keys with the same hash, all kept apart
class C:
    def __init__(self, n):
        self.n = n

    def __hash__(self):
        return 7

    def __eq__(self, other):
        return isinstance(other, C) and self.n == other.n


cd = {C(i): i for i in range(50)}
print(len(cd), cd[C(17)], C(50) in cd, sum(cd.values()))
del cd[C(3)]
cd[C(3)] = 'again'
print(len(cd), list(cd.values())[-1], [k.n for k in cd][:5])
mix = {1: 'int', 1.0: 'float', True: 'bool', 'k0': 'str', b'k0': 'bytes', ('k0',): 'tuple'}
print(mix)
ks = {'k%d' % i for i in range(2000)}
print(len(ks), sum(1 for i in range(4000) if 'k%d' % i in ks), list(ks)[:5])
