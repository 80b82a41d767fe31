# math's one-argument functions through CALL's fast path (exact floats and small ints) and every
# case it declines to the generic path: other types, NaN/inf arguments, domain and range errors,
# keywords, wrong counts; the same calls bound to names, as attributes and inside loops.
import math
from math import sqrt, sin, cos, exp, log1p, atanh, fabs, cosh


class F(float):
    pass


class Idx:
    def __index__(self):
        return 7

    def __repr__(self):
        return 'Idx()'


class Fl:
    def __float__(self):
        return 2.25

    def __repr__(self):
        return 'Fl()'


def show(f, *a, **k):
    try:
        r = f(*a, **k)
        print(f.__name__, a, k, repr(r))
    except Exception as e:
        print(f.__name__, a, k, type(e).__name__, e)


args = [0.0, -0.0, 1.0, 2.0, 0.5, -1.0, 1e308, 5e-324, 4, 0, -3, 2**30, 2**62, True, False,
        float('inf'), float('-inf'), float('nan'), F(2.0), Idx(), Fl(), '1', None, 1j]
for f in (sqrt, sin, cos, exp, log1p, atanh, fabs, cosh, math.tan, math.erf, math.gamma):
    for a in args:
        show(f, a)
for f in (sqrt, math.log, math.pow, math.hypot, math.dist, math.atan2, math.floor):
    show(f)
    show(f, 1.0, 2.0, 3.0)
    show(f, x=1.0)
    show(f, 4.0, y=1.0)
    show(f, *[4.0], **{})

# in a loop (the fast path warm), then a value it declines at the same site
total = 0.0
for i in range(2000):
    total += sqrt(i) + sin(i * 0.5) + cos(float(i))
print(round(total, 6))
for v in (4.0, 9, -1.0, 'x', 16.0):
    try:
        print(sqrt(v))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
for v in (1.0, 800.0, 1000.0, 0.5):
    try:
        print(exp(v))
    except OverflowError as e:
        print('OverflowError', e)
