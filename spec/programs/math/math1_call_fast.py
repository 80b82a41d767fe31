# math's one-argument functions called as CALL's "float -> float" fast path takes them (one exact
# float or small int, a finite result: interp/loop.ts callFromStack) and every case it leaves to
# the builtin: errors (domain, range), inf and nan in and out, bools, big ints, float subclasses,
# objects with __float__/__index__, keywords, wrong argument counts, the functions rebound.
import math
from math import sin, cos, sqrt, exp, log1p, fabs, atanh, cosh, tan, erf


def show(label, f, *args, **kw):
    try:
        r = f(*args, **kw)
        print(label, repr(r), type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)


class F(float):
    pass


class HasFloat:
    def __float__(self):
        return 2.5


class HasIndex:
    def __index__(self):
        return 7


for x in (0.0, -0.0, 0.5, -1.25, 3, -7, 1e-310, 1e300, 2 ** 40, 12345678901234567890):
    show('sin', sin, x)
    show('cos', cos, x)
    show('sqrt', sqrt, x)
    show('exp', exp, x)
    show('log1p', log1p, x)
    show('fabs', fabs, x)
    show('atanh', atanh, x)
    show('cosh', cosh, x)
    show('tan', tan, x)
    show('erf', erf, x)

for x in (float('inf'), float('-inf'), float('nan'), -1.0, -1, 710.0, 710, 1.0, -1e-320):
    for f in (sin, cos, sqrt, exp, log1p, fabs, atanh, cosh, tan, erf, math.asin, math.acosh, math.expm1, math.exp2):
        show(f.__name__, f, x)

for x in (True, False, F(0.25), F(-4.0), HasFloat(), HasIndex(), 2 ** 2000, '1.0', None, [1.0], 1j):
    show('sqrt', sqrt, x)
    show('sin', sin, x)

show('sqrt()', sqrt)
show('sqrt(1, 2)', sqrt, 1.0, 2.0)
show('sqrt(x=)', sqrt, x=4.0)
show('sin(x=)', math.sin, x=4.0)


def loop(f, xs):
    # the same call site over many values and then a failing one (a traceback through the fast site)
    out = []
    for x in xs:
        out.append(f(x))
    return out


print(loop(sqrt, [float(i) for i in range(20)])[-3:])
print(sum(loop(sin, list(range(1000)))))
try:
    loop(sqrt, [4.0, 1.0, 0.0, -2.0])
except ValueError as e:
    print('loop sqrt', e)
try:
    loop(exp, [1.0, 2.0, 1000.0])
except OverflowError as e:
    print('loop exp', e)

# the name rebound to another builtin or a Python function at the same site
for f in (sqrt, abs, len, str, lambda v: v * 2, math.floor, math.ceil, float, int):
    show('site', f, 4.0 if f is not len else [1, 2])

# a module function object's identity and attributes are unchanged
print(sqrt is math.sqrt, sqrt.__name__, type(sqrt).__name__, sqrt.__self__ is math)
