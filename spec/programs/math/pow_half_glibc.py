# x ** 0.5 and math.pow(x, 0.5) as this machine's CPython prints them (glibc 2.36's pow, not
# sqrt: they differ next to midpoints between doubles): arguments built next to such midpoints,
# random ones over the whole range, and the special values. Prints a digest of the bits and the
# count of arguments where pow and sqrt differ.
import hashlib
import math
import random

random.seed(5)
xs = []
for i in range(6000):
    m = random.getrandbits(53) | (1 << 53) | 1  # an odd 54-bit integer: a midpoint
    k = random.randint(-400, 400) * 2
    x = m * m / (1 << 106)
    x = math.ldexp(x, k)
    xs += [x, math.nextafter(x, 0), math.nextafter(x, math.inf)]
for i in range(6000):
    xs.append(random.random() * 10.0 ** random.randint(-320, 308))
xs += [0.0, -0.0, math.inf, -math.inf, math.nan, 1.0, 4.0, 2.0, 5e-324, 2.2250738585072014e-308,
       1.7976931348623157e308, 1e-300, 1e300, 0.25, -1.0, -4.0]
h = hashlib.sha256()
differ = 0
for x in xs:
    try:
        a = x ** 0.5
    except Exception as e:
        a = type(e).__name__
    try:
        b = math.pow(x, 0.5)
    except Exception as e:
        b = type(e).__name__
    for v in (a, b):
        h.update((v.hex() if isinstance(v, float) else repr(v)).encode())
    if isinstance(a, float) and x >= 0 and a == a and a != math.sqrt(x):
        differ += 1
print(len(xs), h.hexdigest())
print('pow and sqrt differ:', differ > 0)
print((-4.0) ** 0.5)
print(repr(2.0 ** 0.5), repr(math.pow(1e300, 0.5)), repr((-0.0) ** 0.5), repr(math.inf ** 0.5))
