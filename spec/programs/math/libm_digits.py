# math's transcendental functions give CPython's (glibc's) last digits: sin/cos/tan and the
# inverse trig functions correctly rounded, cbrt/sinh/cosh/asinh/acosh by glibc's formulas, gamma
# over them, hypot and dist by CPython's vector_norm; a fixed sample of arguments, every digit printed
import math
import random

rng = random.Random(20261205)
SAMPLES = 150


def args(kind):
    if kind == 'unit':
        return [rng.uniform(-1, 1) for _ in range(SAMPLES)]
    if kind == 'pos':
        return [rng.uniform(0.01, 1000) for _ in range(SAMPLES)]
    if kind == 'exp':
        return [rng.uniform(-30, 30) for _ in range(SAMPLES)]
    if kind == 'wide':
        return [rng.uniform(-100, 100) for _ in range(SAMPLES // 2)] + [rng.uniform(-1e6, 1e6) for _ in range(SAMPLES // 4)] + \
            [math.copysign(10 ** rng.uniform(-8, 22), rng.random() - 0.5) for _ in range(SAMPLES // 4)]
    if kind == 'gamma':
        return [rng.uniform(-50, 170) for _ in range(SAMPLES)]
    return [math.copysign(10 ** rng.uniform(-300, 300), rng.random() - 0.5) for _ in range(SAMPLES)]


for name, kind in [('sin', 'wide'), ('cos', 'wide'), ('tan', 'wide'), ('atan', 'wide'), ('asin', 'unit'),
                   ('acos', 'unit'), ('cbrt', 'any'), ('cbrt', 'wide'), ('sinh', 'exp'), ('cosh', 'exp'),
                   ('asinh', 'wide'), ('asinh', 'any'), ('acosh', 'pos'), ('gamma', 'gamma')]:
    f = getattr(math, name)
    print(name, ' '.join(repr(f(x)) for x in args(kind)))
for name in ('atan2', 'hypot'):
    f = getattr(math, name)
    print(name, ' '.join(repr(f(x, y)) for x, y in zip(args('wide'), args('wide'))))
print('hypot3', ' '.join(repr(math.hypot(x, y, z)) for x, y, z in zip(args('any'), args('any'), args('any'))))
print('dist', ' '.join(repr(math.dist((x, y), (z, 1.5))) for x, y, z in zip(args('pos'), args('wide'), args('pos'))))
print(math.hypot(1e308, 1e308), math.hypot(5e-324, 5e-324), math.hypot(), math.hypot(-3.0), math.hypot(math.nan, math.inf))
print(math.dist((1e308,), (-1e308,)), math.sin(1e300), math.cos(-1e22), math.tan(2 ** 1000), math.atan(1.7976931348623157e308))
print(math.sin(-0.0), math.cbrt(-0.0), math.sinh(-0.0), math.asinh(-0.0), math.atan2(-0.0, -0.0), math.acos(1.0), math.asin(-1.0))
for bad in ('math.sin(math.inf)', 'math.cosh(1000.0)', 'math.sinh(-1000.0)', 'math.asin(1.5)', 'math.hypot(x=1)', 'math.dist(p=(1,), q=(2,))'):
    try:
        eval(bad)
    except (ValueError, OverflowError, TypeError) as e:
        print(bad, type(e).__name__, e)
