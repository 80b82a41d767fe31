# Prints the results of every `random` API after seeding, one line each, so the output of this
# script under CPython's own `random` can be compared byte for byte with lib/random.py (under
# CPython with lib/ first on sys.path, and later under pystm). Plain Python on purpose: no
# imports besides `random` and `sys`; no output that depends on hashing or addresses.
import random
import sys

out = []


def show(label, value):
    out.append(label + ': ' + repr(value))


def attempt(label, func):
    try:
        show(label, func())
    except Exception as exc:
        out.append(label + ': ' + type(exc).__name__ + ' ' + repr(str(exc)))


# ---- seeding ----
SEEDS = [0, 1, 42, -5, 2 ** 32, 2 ** 32 - 1, 2 ** 100 + 7, -(2 ** 64), 3 ** 700, 1.5, -2.25,
         0.0, 1e300, float('inf'), True, False, 'hello', '', 'üñíçødé ✓', b'bytes', b'',
         bytearray(b'xy'), 12345678901234567890]
for s in SEEDS:
    random.seed(s)
    show('seed %r random' % (s,), [random.random() for _ in range(5)])
    show('seed %r bits' % (s,), [random.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 100)])
for s in ['hello', b'hello', '', 'abc' * 50, b'\xff\x00']:
    random.seed(s, version=1)
    show('seed v1 %r' % (s,), [random.random() for _ in range(3)])
random.seed(7, version=1)
show('seed v1 int', random.random())
for bad in [(1, 2), [1], {1: 2}]:
    attempt('seed %r' % (bad,), lambda: random.seed(bad))
r = random.Random(99)
show('Random(99)', [r.random() for _ in range(3)])
r = random.Random(x=99)
show('Random(x=99)', r.random())
attempt('Random(1, 2)', lambda: random.Random(1, 2))

# ---- integers ----
random.seed(12345)
show('getrandbits 0', random.getrandbits(0))
show('getrandbits 1000', random.getrandbits(1000))
attempt('getrandbits -1', lambda: random.getrandbits(-1))
show('randbytes 0', random.randbytes(0))
show('randbytes 13', random.randbytes(13))
attempt('randbytes -1', lambda: random.randbytes(-1))
for args in [(10,), (1,), (2 ** 70,), (5, 10), (-5, 5), (0, 100, 7), (100, 0, -7), (10, 0, -1),
             (0, 2 ** 80, 3), (3, 4), (-10, -3, 2), (7, 8, 5)]:
    show('randrange %r' % (args,), [random.randrange(*args) for _ in range(8)])
for args in [(0,), (-3,), (0, 0), (5, 1), (0, 10, 0), (10, 0, 2), (0, 10, -2), (10.5,),
             (1, 10.5), (1, 10, 1.5), ('5',)]:
    attempt('randrange %r' % (args,), lambda: random.randrange(*args))
attempt('randrange step no stop', lambda: random.randrange(5, step=2))
attempt('randrange 10.0', lambda: random.randrange(10.0))
attempt('randrange 1.0 10.0 2.0', lambda: random.randrange(1.0, 10.0, 2.0))
for args in [(1, 6), (0, 0), (-100, 100), (0, 2 ** 64)]:
    show('randint %r' % (args,), [random.randint(*args) for _ in range(8)])
attempt('randint 5 1', lambda: random.randint(5, 1))
attempt('randint 1.5 3', lambda: random.randint(1.5, 3))

# ---- sequences ----
random.seed(2024)
show('choice', [random.choice('abcdefg') for _ in range(10)])
show('choice range', [random.choice(range(1000)) for _ in range(5)])
attempt('choice empty', lambda: random.choice([]))
show('choices', random.choices(range(10), k=12))
show('choices default k', random.choices('xyz'))
show('choices weights', random.choices('abcd', [1, 2, 3, 4], k=12))
show('choices float weights', random.choices('abcd', [0.5, 0.0, 2.25, 1e-3], k=12))
show('choices cum_weights', random.choices('abcd', cum_weights=[1, 1, 5, 10], k=12))
show('choices k=0', random.choices('abcd', k=0))
attempt('choices positional k', lambda: random.choices('ab', 5))
attempt('choices both', lambda: random.choices('ab', [1, 1], cum_weights=[1, 2]))
attempt('choices count', lambda: random.choices('ab', [1]))
attempt('choices zero', lambda: random.choices('ab', [0, 0]))
attempt('choices inf', lambda: random.choices('ab', [1, float('inf')]))
attempt('choices bad weight', lambda: random.choices('ab', ['x', 1]))
attempt('choices empty', lambda: random.choices([], k=2))
for n in (0, 1, 2, 5, 52):
    x = list(range(n))
    random.shuffle(x)
    show('shuffle %d' % n, x)
attempt('shuffle tuple', lambda: random.shuffle((1, 2)))
# sample: every (n, k) around the list-versus-set boundary, and some large ones
for n in list(range(0, 30)) + [40, 45, 60, 64, 85, 100, 200, 300, 333, 1000, 5000]:
    ks = sorted(set(k for k in (0, 1, 2, 5, 6, 7, 10, 16, 21, 22, 30, 43, 50, 100, 171, 250, 683)
                    if k <= n) | {n})
    for k in ks:
        got = random.sample(range(n), k)
        show('sample %d %d' % (n, k), got if k <= 40 else sum(i * v for i, v in enumerate(got)))
show('sample str', random.sample('abcdefgh', 4))
show('sample tuple', random.sample(tuple('abcdefgh'), 8))
show('sample counts', random.sample(['red', 'blue'], counts=[4, 2], k=5))
show('sample counts big', random.sample(range(3), counts=[100, 1, 1000], k=20))
attempt('sample set', lambda: random.sample({1, 2}, 1))
attempt('sample dict', lambda: random.sample({1: 2}, 1))
attempt('sample too many', lambda: random.sample([1, 2], 3))
attempt('sample negative', lambda: random.sample([1, 2], -1))
attempt('sample counts size', lambda: random.sample([1, 2], 1, counts=[1]))
attempt('sample counts zero', lambda: random.sample([1, 2], 1, counts=[0, 0]))
attempt('sample counts float', lambda: random.sample([1, 2], 1, counts=[1.0, 1]))
attempt('sample counts too many', lambda: random.sample([1, 2], 5, counts=[1, 1]))

# ---- distributions ----
random.seed(31337)
show('random', [random.random() for _ in range(10)])
show('uniform', [random.uniform(-3, 7.5) for _ in range(5)])
show('uniform reversed', random.uniform(10, 1))
show('triangular', [random.triangular() for _ in range(5)])
show('triangular mode', [random.triangular(1, 10, 2) for _ in range(5)])
show('triangular same', random.triangular(3, 3))
show('triangular inverted', [random.triangular(10, 0, 9) for _ in range(3)])
show('gauss', [random.gauss() for _ in range(7)])
show('gauss mu sigma', [random.gauss(100, 15) for _ in range(5)])
random.seed(5)
show('gauss after seed', random.gauss())
show('normalvariate', [random.normalvariate() for _ in range(8)])
show('normalvariate mu sigma', [random.normalvariate(-2, 0.5) for _ in range(4)])
show('lognormvariate', [random.lognormvariate(0, 1) for _ in range(5)])
show('expovariate', [random.expovariate(1.5) for _ in range(5)])
show('expovariate negative', random.expovariate(-2))
attempt('expovariate zero', lambda: random.expovariate(0))
for kappa in (0.0, 1e-7, 1e-6, 0.5, 1, 4, 100, 1e6):
    show('vonmisesvariate %r' % kappa, [random.vonmisesvariate(1.0, kappa) for _ in range(4)])
show('vonmisesvariate mu 5', [random.vonmisesvariate(5.0, 2.0) for _ in range(4)])
for alpha in (0.1, 0.5, 0.999, 1.0, 1.5, 2, 10, 1000):
    show('gammavariate %r' % alpha, [random.gammavariate(alpha, 2.0) for _ in range(4)])
attempt('gammavariate 0', lambda: random.gammavariate(0, 1))
attempt('gammavariate beta', lambda: random.gammavariate(1, -1))
for a, b in ((0.5, 0.5), (2, 5), (1, 1), (10, 0.1), (1e-3, 1e-3)):
    show('betavariate %r %r' % (a, b), [random.betavariate(a, b) for _ in range(4)])
for alpha in (0.5, 1, 3, 100):
    show('paretovariate %r' % alpha, [random.paretovariate(alpha) for _ in range(4)])
for a, b in ((1, 1), (2, 0.5), (0.5, 5)):
    show('weibullvariate %r %r' % (a, b), [random.weibullvariate(a, b) for _ in range(4)])

# ---- state ----
random.seed(777)
random.random()
random.gauss()
saved = random.getstate()
show('state version', saved[0])
show('state length', len(saved[1]))
show('state index', saved[1][-1])
show('state gauss_next', saved[2])
first = [random.random() for _ in range(5)] + [random.gauss()]
random.setstate(saved)
show('state replay equal', first == [random.random() for _ in range(5)] + [random.gauss()])
show('state replay', first)
v2 = (2, tuple(w - 2 ** 32 if w >= 2 ** 31 else w for w in saved[1][:-1]) + saved[1][-1:], None)
random.setstate(v2)
show('state v2', [random.random() for _ in range(3)])
attempt('state v4', lambda: random.setstate((4, (), None)))
attempt('state size', lambda: random.Random().setstate((3, (1, 2), None)))
attempt('state index', lambda: random.Random().setstate((3, tuple([0] * 624 + [625]), None)))
attempt('state list', lambda: random.Random().setstate((3, [0] * 625, None)))
r1 = random.Random(1)
r2 = random.Random(2)
r2.setstate(r1.getstate())
show('state copy', [r1.random() == r2.random() for _ in range(3)])
show('reduce', (r1.__reduce__()[0] is random.Random, len(r1.__reduce__()[1])))
r3 = random.Random()
r3.__setstate__(r1.__getstate__())
show('getstate dunder', r3.random() == r1.random())
r = random.Random(0)
r.setstate((3, tuple([0] * 623 + [1, 624]), None))
show('state near-zero', [r.getrandbits(32) for _ in range(3)])


# ---- subclasses ----
class OnlyRandom(random.Random):
    def random(self):
        return super().random()


class OwnBits(random.Random):
    def getrandbits(self, k):
        return super().getrandbits(k)


for cls in (OnlyRandom, OwnBits):
    r = cls(8675309)
    show(cls.__name__ + ' randrange', [r.randrange(1000) for _ in range(6)])
    show(cls.__name__ + ' shuffle', r.sample(range(50), 10))
    show(cls.__name__ + ' choice', r.choice('abcdefghijklmnopqrstuvwxyz'))

# ---- module level ----
show('module functions', sorted(n for n in random.__all__))
show('constants', (random.NV_MAGICCONST, random.TWOPI, random.LOG4, random.SG_MAGICCONST,
                   random.BPF, random.RECIP_BPF))
show('Random.VERSION', random.Random.VERSION)
s = random.SystemRandom()
show('SystemRandom seed', s.seed(1))
attempt('SystemRandom getstate', lambda: s.getstate())
attempt('SystemRandom setstate', lambda: s.setstate(None))
show('SystemRandom random range', 0.0 <= s.random() < 1.0)
show('SystemRandom bits', 0 <= s.getrandbits(70) < 2 ** 70)
attempt('SystemRandom bits -1', lambda: s.getrandbits(-1))
show('SystemRandom randbytes', len(s.randbytes(9)))
show('SystemRandom randrange', 0 <= s.randrange(10) < 10)
random.seed()
show('seed None varies', random.random() != random.Random().random())

sys.stdout.write('\n'.join(out) + '\n')
