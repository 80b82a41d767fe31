# Two BINARY_OPs in a row, the second taking the first's result as its right operand
# (`c + a * b`, `c -= a * b`, `d * d ** 0.5`): pystm fuses such pairs and does two float ops
# without allocating the first result (vm/interp/float_binop.ts). Every operator pair over
# floats, ints, signed zeros, inf, nan, subnormals, bools and other types, in-place forms too,
# with the exceptions (which operator raises, and its message) as CPython gives them.

import zlib

OPS = ['+', '-', '*', '/', '**', '//', '%']
INF = float('inf')
NAN = float('nan')
VALUES = [1.5, -0.0, 0.0, 3, -2, 1e308, INF, NAN, 5e-324, True, 0.1]
BELOW = [0.5, -0.0, 7, -1e308, -INF, 'x', None]

src = []
for i, o2 in enumerate(OPS):
    for j, o1 in enumerate(OPS):
        src.append(f"def f_{i}_{j}(c, a, b):\n    return c {o2} (a {o1} b)\n")
        src.append(f"def g_{i}_{j}(c, a, b):\n    c {o2}= a {o1} b\n    return c\n")
ns = {}
exec(''.join(src), ns)


def show(fn, c, a, b):
    try:
        r = fn(c, a, b)
    except Exception as e:
        return f'{type(e).__name__}({e})'
    return repr(r)


# every pair over every operand: a digest per operator pair (the whole table is 1.7 MB), and the
# pairs of + - * / ** written out over a smaller set
for i, o2 in enumerate(OPS):
    for j, o1 in enumerate(OPS):
        f = ns[f'f_{i}_{j}']
        g = ns[f'g_{i}_{j}']
        out = []
        for c in BELOW:
            for a in VALUES:
                for b in VALUES:
                    r1 = show(f, c, a, b)
                    r2 = show(g, c, a, b)
                    out.append(r1 if r1 == r2 else f'{r1}|{r2}')
        kinds = {}
        for r in out:
            k = r.split('(')[0] if 'Error(' in r else 'value'
            kinds[k] = kinds.get(k, 0) + 1
        print(f'c {o2} (a {o1} b):', zlib.crc32(' '.join(out).encode()), sorted(kinds.items()))
SMALL = [1.5, -0.0, 3, 1e308, NAN, 5e-324]
for i, o2 in enumerate(OPS[:5]):
    for j, o1 in enumerate(OPS[:5]):
        f = ns[f'f_{i}_{j}']
        print(f'c {o2} (a {o1} b):', ' '.join(show(f, c, a, b) for c in (0.5, -0.0, 7) for a in SMALL for b in SMALL))

# the operator that raises is the one the traceback names (both on one line here, so the
# messages tell them apart), and a failing second op leaves the first's result computed
def raises(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)


raises(lambda: 1.0 / (0.0 * 5.0))
raises(lambda: 1.0 / (1e-200 * 1e-200))
raises(lambda: 'x' + 1.0 * 2.0)
raises(lambda: None - 2.0 ** 0.5)
raises(lambda: 1.0 + 10.0 ** 400)
raises(lambda: 1.0 + 0.0 ** -1)
raises(lambda: 1.0 + 0.0 ** -1.5)
raises(lambda: 2.0 * (-8.0) ** 0.5)
print(2.0 * (-8.0) ** (1 / 3))
print(1.0 - (-0.0) ** 0.5, -0.0 - 0.0 * 1.0, -0.0 + -0.0 * 1.0, 0.0 * -(1.0 * 1.0))


# float subclasses and other numbers in either place keep their own methods
class F(float):
    def __add__(self, o):
        return 111.0

    def __radd__(self, o):
        return 222.0

    def __mul__(self, o):
        return 333.0

    def __rmul__(self, o):
        return 444.0


class R:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return self.v + o + 0.25

    __radd__ = __add__

    def __mul__(self, o):
        return self.v * o * 2

    __rmul__ = __mul__

    def __sub__(self, o):
        return self.v - o

    def __rsub__(self, o):
        return o - self.v - 100

    def __pow__(self, o):
        return 2.0

    def __rpow__(self, o):
        return -1.0


for c, a, b in [(F(1.0), 2.0, 3.0), (1.0, F(2.0), 3.0), (1.0, 2.0, F(3.0)), (R(1.5), 2.0, 3.0),
                (1.0, R(1.5), 3.0), (1.0, 2.0, R(1.5)), (2 ** 100, 2.0, 3.0), (1.0, 2 ** 100, 0.5), (1j, 2.0, 3.0),
                (1.0, 2.0, 3j), (True, 0.5, 0.5), (-2 ** 62, 1.0, 1.0)]:
    print(repr(c + a * b), repr(c * (a + b)), repr(c - a ** b) if not isinstance(b, complex) else '')

# the in-place pairs of nbody: list items and locals, in a loop
bodies = [[0.1 * i, -0.2 * i, 1.0, 0.5, -0.25, 0.125] for i in range(4)]
e = 0.0
for step in range(50):
    for a in bodies:
        for b in bodies:
            if a is b:
                continue
            dx = a[0] - b[0]
            dy = a[1] - b[1]
            d2 = dx * dx + dy * dy + 1e-3
            mag = 0.01 / (d2 * d2 ** 0.5)
            a[3] -= dx * b[2] * mag
            a[4] -= dy * b[2] * mag
            e -= a[2] * b[2] / d2 ** 0.5
    for b in bodies:
        b[0] += 0.01 * b[3]
        b[1] += 0.01 * b[4]
print(e, [[round(x, 12) for x in b] for b in bodies])

# a pair whose second word is also a jump target (a conditional expression's arms)
for k in (0, 1):
    x = 2.0
    print(x * (3.0 if k else 4.0) + x * x, (x if k else 1.0) - x * 3.0)
