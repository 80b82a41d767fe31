# tuple hashes (xxHash lanes over the items' full 64-bit hashes) for items of every kind: small
# and big ints of both signs (-1 hashes as -2), strs of each width, bytes, floats, bools,
# frozensets, str subclasses, nested and deeply nested tuples; and the orders of sets of tuples.
import random
rng = random.Random(20261206)
def item(depth):
    k = rng.randrange(12)
    if k == 0: return rng.randrange(-3, 3)
    if k == 1: return rng.randrange(-2**30, 2**30)
    if k == 2: return rng.randrange(-2**70, 2**70)
    if k == 3: return ''.join(chr(rng.randrange(32, 127)) for _ in range(rng.randrange(12)))
    if k == 4: return 'é\u20ac\U0001f600'[:rng.randrange(4)]
    if k == 5: return bytes(rng.randrange(256) for _ in range(rng.randrange(10)))
    if k == 6: return rng.random() * 1e6 - 5e5
    if k == 7: return rng.choice([True, False, -1, -2, 2**61 - 1, 2**61, -2**63])
    if k == 8: return frozenset(rng.randrange(100) for _ in range(3))
    if k == 9 and depth < 4: return tuple(item(depth + 1) for _ in range(rng.randrange(5)))
    return rng.randrange(10)
hs = []
for _ in range(400):
    t = tuple(item(0) for _ in range(rng.randrange(6)))
    hs.append(hash(t))
print(sum(hs) % 1000000007, hs[:12])
class S(str):
    pass
print(hash(('a', S('a'))), hash((S('b'),)) == hash(('b',)), hash(()), hash(((),)), hash((-1,)), hash((-2,)))
deep = ()
for i in range(1000):
    deep = (deep, i)
print(hash(deep))
print({(i, str(i)) for i in range(20)})
print({(i % 3, -i) for i in range(12)}, {('x', 'y'), ('y', 'x'), ('x',), ()})
