# math.modf, frexp and ldexp: parts, exponents, specials and range errors.
import math
for x in (3.75, -3.75, 0.0, -0.0, 1e300, 5e-324, 1.0, 0.5, 1024, math.inf, -math.inf):
    print(x, math.modf(x), math.frexp(x))
print(math.modf(math.nan), math.frexp(math.nan))
print(math.ldexp(0.5, 2), math.ldexp(1, -1074), math.ldexp(1, -1075), math.ldexp(0.75, 1024), math.ldexp(1.0, -10 ** 9), math.ldexp(-0.0, 5))
for args in [(1.0, 1024), (1.0, 10 ** 20), (1.0, 0.5)]:
    try:
        print(math.ldexp(*args))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)
